/**
 * Slack text: what is data and what is the bot's own markup.
 *
 * Slack reads `<…>` in any message text as a control sequence — `<!channel>`
 * and `<!here>` notify everyone, `<@U123>` mentions a person, `<url|label>`
 * is a link — and `&` starts an entity. A value from a dataset, a config or a
 * log that reaches a message unescaped would speak in the bot's voice: ping a
 * channel, or show "Fix here" linking anywhere. Slack's rule
 * (https://api.slack.com/reference/surfaces/formatting#escaping) is to replace
 * exactly `&`, `<` and `>` with `&amp;`, `&lt;` and `&gt;`; Slack shows them as
 * the characters again, and nothing else may be entity-encoded.
 *
 * Markdown emphasis in data (`*bold*`, `_italic_`, `~strike~`, backticks) is
 * left as written, on purpose: it changes how a value looks, never who is
 * notified or where a click goes, and Slack has no escape for it — the only way
 * to stop it is to insert invisible characters, which would change the value a
 * reader copies out of the alert (a regex `^a.*b$`, a column `user_id_hash`).
 *
 * So every plain string in a message is data and is escaped when the payload is
 * built; the bot's own links and emphasis are `SlackMarkup`, made by `mrkdwn`
 * and `slackLink`, which escape what is interpolated into them.
 */

/** Text that is Slack markup on purpose; sent as it is. */
export class SlackMarkup {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** A message text: a plain string (data, escaped when sent) or the bot's markup. */
export type SlackText = string | SlackMarkup;

/** `&`, `<`, `>` as Slack's entities: the value shows as written and controls nothing. */
export const escapeSlack = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** The text as it goes on the wire: markup unchanged, anything else escaped. */
export const renderSlackText = (text: SlackText): string => (text instanceof SlackMarkup ? text.markup : escapeSlack(String(text)));

/**
 * Markup with data in it: the template's literal parts are the bot's own
 * markup; every interpolated value is escaped unless it is SlackMarkup itself.
 *
 *     mrkdwn`• *${check.id}*: ${check.detail}`
 */
export function mrkdwn(parts: TemplateStringsArray, ...values: (SlackText | number)[]): SlackMarkup {
  let out = parts[0] ?? '';
  values.forEach((v, i) => {
    out += (typeof v === 'number' ? String(v) : renderSlackText(v)) + (parts[i + 1] ?? '');
  });
  return new SlackMarkup(out);
}

/**
 * The bot's own link, `<url|label>`. The label is data and escaped; in the URL,
 * `|` (which would end it early) is percent-encoded and `& < >` escaped as in
 * any text. Only http(s) URLs become links: anything else (a `javascript:` URL
 * from a misconfigured server variable, say) is shown as escaped text beside
 * the label, where it can be read but not clicked.
 */
export function slackLink(url: string, label: string): SlackMarkup {
  let href: string | undefined;
  try {
    const u = new URL(url);
    if (u.protocol === 'https:' || u.protocol === 'http:') href = u.href;
  } catch {
    href = undefined;
  }
  if (href === undefined) return new SlackMarkup(`${escapeSlack(label)} (${escapeSlack(url)})`);
  return new SlackMarkup(`<${escapeSlack(href.replace(/\|/g, '%7C'))}|${escapeSlack(label)}>`);
}
