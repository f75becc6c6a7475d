import { sendWebhook, type DeliveryOptions, type DeliveryResult } from './webhook';

/** A legacy attachment field: shown as a two-column grid when `short`. */
export interface SlackField {
  title: string;
  value: string;
  short?: boolean;
}

/** A legacy ("secondary") attachment: the coloured side bar with fields under the message. */
export interface SlackAttachment {
  /** 'good' | 'warning' | 'danger' or a hex colour like '#439FE0'. */
  color?: string;
  fallback?: string;
  pretext?: string;
  title?: string;
  title_link?: string;
  text?: string;
  fields?: SlackField[];
  footer?: string;
  /** Unix seconds. */
  ts?: number;
  mrkdwn_in?: ('pretext' | 'text' | 'fields')[];
}

/** A Block Kit block, passed through as is (https://api.slack.com/block-kit). */
export interface SlackBlock {
  type: string;
  block_id?: string;
  [key: string]: unknown;
}

/**
 * An incoming-webhook message. `text` is required: it is the notification text
 * and the fallback wherever blocks cannot render.
 */
export interface SlackMessage {
  text: string;
  attachments?: SlackAttachment[];
  blocks?: SlackBlock[];
  /** Ignored by app webhooks; honoured by legacy ones. */
  username?: string;
  icon_emoji?: string;
}

/** The JSON body posted for `message`: only the keys that are set, in a fixed order. */
export function slackPayload(message: SlackMessage): Record<string, unknown> {
  const payload: Record<string, unknown> = { text: message.text };
  if (message.blocks?.length) payload.blocks = message.blocks;
  if (message.attachments?.length) payload.attachments = message.attachments;
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
  if (typeof message?.text !== 'string' || message.text.trim() === '') {
    return { delivered: false, attempts: 0, error: 'the Slack message has no text' };
  }
  return sendWebhook(webhookUrl, slackPayload(message), options);
}
