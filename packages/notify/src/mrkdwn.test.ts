import { escapeSlack, mrkdwn, renderSlackText, slackLink, SlackMarkup } from './mrkdwn';
import { sendSlack } from './slack';
import { recordingServer } from './testing/recording-server';

/** Values a dataset, a config or a log can carry that Slack would act on if sent as they are. */
const HOSTILE = ['<!channel>', '<!here>', '<@U123>', '<https://e.vl|Fix here>', 'R&D <b>&amp;</b>', 'a *bold* claim and `code`'];

describe('escapeSlack', () => {
  it('replaces exactly & < > with the entities Slack decodes, & first so nothing is escaped twice', () => {
    expect(HOSTILE.map(escapeSlack)).toEqual([
      '&lt;!channel&gt;',
      '&lt;!here&gt;',
      '&lt;@U123&gt;',
      '&lt;https://e.vl|Fix here&gt;',
      'R&amp;D &lt;b&gt;&amp;amp;&lt;/b&gt;',
      // Emphasis only changes the look; Slack has no escape for it, so it is left as written.
      'a *bold* claim and `code`',
    ]);
  });
});

describe('mrkdwn and slackLink', () => {
  it('keep the bot’s own markup and escape every interpolated value', () => {
    const line = mrkdwn`• *${'<!channel>'}*: ${'<https://e.vl|Fix here>'} (${3} rows) ${slackLink('https://github.com/o/r/actions/runs/1', 'Run')}`;
    expect(line.markup).toBe('• *&lt;!channel&gt;*: &lt;https://e.vl|Fix here&gt; (3 rows) <https://github.com/o/r/actions/runs/1|Run>');
  });

  it('link a URL whose | or & would otherwise end or change it, and never link a non-http URL', () => {
    expect(slackLink('https://ci.example/runs?a=1&b=x|y', 'R&D <report>').markup).toBe('<https://ci.example/runs?a=1&amp;b=x%7Cy|R&amp;D &lt;report&gt;>');
    expect(slackLink('javascript:alert(1)', 'Run').markup).toBe('Run (javascript:alert(1))');
    expect(slackLink('<!channel>', 'Run').markup).toBe('Run (&lt;!channel&gt;)');
  });

  it('render plain strings as data and markup as markup', () => {
    expect(renderSlackText('<!here>')).toBe('&lt;!here&gt;');
    expect(renderSlackText(new SlackMarkup('<!here>'))).toBe('<!here>');
  });
});

describe('a message with hostile values, as Slack’s incoming webhook receives it', () => {
  let server: Awaited<ReturnType<typeof recordingServer>> | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  it('escapes every text of the message, attachments, fields and mrkdwn blocks; leaves URLs fields and the bot’s links alone', async () => {
    server = await recordingServer([{ status: 200, body: 'ok' }]);
    const [channel, here, user, link, amp, emphasis] = HOSTILE as [string, string, string, string, string, string];
    const r = await sendSlack(
      server.url,
      {
        text: `Drift in ${channel}`,
        attachments: [
          {
            color: 'danger',
            fallback: here,
            pretext: user,
            title: link,
            title_link: 'https://github.com/o/r/actions/runs/7',
            text: mrkdwn`*Failed*: ${amp} ${slackLink('https://github.com/o/r/actions/runs/7', 'Workflow run')}`,
            fields: [{ title: here, value: emphasis, short: true }],
            footer: user,
          },
        ],
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: link }, fields: [{ type: 'mrkdwn', text: channel }] },
          { type: 'context', elements: [{ type: 'mrkdwn', text: mrkdwn`*Run*: ${slackLink('https://github.com/o/r/actions/runs/7', 'logs')}` }] },
        ],
      },
      { attempts: 1 },
    );
    expect(r.delivered).toBe(true);
    expect(server.requests[0]!.body).toBe(
      JSON.stringify({
        text: 'Drift in &lt;!channel&gt;',
        blocks: [
          { type: 'section', text: { type: 'mrkdwn', text: '&lt;https://e.vl|Fix here&gt;' }, fields: [{ type: 'mrkdwn', text: '&lt;!channel&gt;' }] },
          { type: 'context', elements: [{ type: 'mrkdwn', text: '*Run*: <https://github.com/o/r/actions/runs/7|logs>' }] },
        ],
        attachments: [
          {
            color: 'danger',
            fallback: '&lt;!here&gt;',
            pretext: '&lt;@U123&gt;',
            title: '&lt;https://e.vl|Fix here&gt;',
            title_link: 'https://github.com/o/r/actions/runs/7',
            text: '*Failed*: R&amp;D &lt;b&gt;&amp;amp;&lt;/b&gt; <https://github.com/o/r/actions/runs/7|Workflow run>',
            fields: [{ title: '&lt;!here&gt;', value: 'a *bold* claim and `code`', short: true }],
            footer: '&lt;@U123&gt;',
          },
        ],
      }),
    );
  });

  it('refuses a message whose text is markup with nothing in it', async () => {
    server = await recordingServer([{ status: 200 }]);
    expect(await sendSlack(server.url, { text: new SlackMarkup(' ') })).toEqual({ delivered: false, attempts: 0, error: 'the Slack message has no text' });
    expect(server.requests).toHaveLength(0);
  });
});
