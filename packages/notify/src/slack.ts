import { renderSlackText, SlackMarkup, type SlackText } from './mrkdwn';
import { sendWebhook, type DeliveryOptions, type DeliveryResult } from './webhook';

/** A legacy attachment field: shown as a two-column grid when `short`. */
export interface SlackField {
  title: SlackText;
  value: SlackText;
  short?: boolean;
}

/** A legacy ("secondary") attachment: the coloured side bar with fields under the message. */
export interface SlackAttachment {
  /** 'good' | 'warning' | 'danger' or a hex colour like '#439FE0'. */
  color?: string;
  fallback?: SlackText;
  pretext?: SlackText;
  title?: SlackText;
  /** A URL field, not text: Slack does not parse it for mentions or links. */
  title_link?: string;
  text?: SlackText;
  fields?: SlackField[];
  footer?: SlackText;
  /** Unix seconds. */
  ts?: number;
  mrkdwn_in?: ('pretext' | 'text' | 'fields')[];
}

/**
 * A Block Kit block (https://api.slack.com/block-kit), passed through except
 * for text: a plain string as the `text` of a `mrkdwn` text object is data and
 * escaped, SlackMarkup anywhere is sent as its markup. `plain_text` objects go
 * as written: Slack shows them literally, mentions and links included.
 */
export interface SlackBlock {
  type: string;
  block_id?: string;
  [key: string]: unknown;
}

/**
 * An incoming-webhook message. `text` is required: it is the notification text
 * and the fallback wherever blocks cannot render. Every text is a SlackText:
 * plain strings are data and go out escaped (see mrkdwn.ts).
 */
export interface SlackMessage {
  text: SlackText;
  attachments?: SlackAttachment[];
  blocks?: SlackBlock[];
  /** Ignored by app webhooks; honoured by legacy ones. */
  username?: string;
  icon_emoji?: string;
}

const ATTACHMENT_TEXTS = ['fallback', 'pretext', 'title', 'text', 'footer'] as const;

function attachmentPayload(a: SlackAttachment): Record<string, unknown> {
  const out: Record<string, unknown> = { ...a };
  for (const key of ATTACHMENT_TEXTS) {
    const value = a[key];
    if (value !== undefined) out[key] = renderSlackText(value);
  }
  if (a.fields) out.fields = a.fields.map((f) => ({ ...f, title: renderSlackText(f.title), value: renderSlackText(f.value) }));
  return out;
}

/** A block with its texts rendered: markup as is, the plain text of mrkdwn text objects escaped. */
function blockPayload(value: unknown): unknown {
  if (value instanceof SlackMarkup) return value.markup;
  if (Array.isArray(value)) return value.map(blockPayload);
  if (value === null || typeof value !== 'object') return value;
  const object = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(object)) {
    out[key] = object.type === 'mrkdwn' && key === 'text' && typeof v === 'string' ? renderSlackText(v) : blockPayload(v);
  }
  return out;
}

/**
 * The JSON body posted for `message`: only the keys that are set, in a fixed
 * order, every text rendered (data escaped, the bot's markup as is).
 */
export function slackPayload(message: SlackMessage): Record<string, unknown> {
  const payload: Record<string, unknown> = { text: renderSlackText(message.text) };
  if (message.blocks?.length) payload.blocks = message.blocks.map(blockPayload);
  if (message.attachments?.length) payload.attachments = message.attachments.map(attachmentPayload);
  if (message.username) payload.username = message.username;
  if (message.icon_emoji) payload.icon_emoji = message.icon_emoji;
  return payload;
}

/**
 * Post `message` to a Slack incoming webhook — the JSON the lessons send with
 * `curl -X POST $SLACK_WEBHOOK -d '{"text": …, "attachments": [{"color": "danger", "fields": […]}]}'`.
 * Retries as sendWebhook does; a 4xx such as `invalid_payload` or `no_service`
 * is final and its body is in `error`. Never throws.
 */
export async function sendSlack(webhookUrl: string, message: SlackMessage, options: DeliveryOptions = {}): Promise<DeliveryResult> {
  const text = message?.text;
  if (!(typeof text === 'string' || text instanceof SlackMarkup) || renderSlackText(text).trim() === '') {
    return { delivered: false, attempts: 0, error: 'the Slack message has no text' };
  }
  return sendWebhook(webhookUrl, slackPayload(message), options);
}
