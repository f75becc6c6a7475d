/**
 * Hostile data values reaching Slack, end to end: the committed validate-data
 * bundle runs on a CSV whose cells are Slack control sequences and markup, and
 * posts its failure alert to a real HTTP server on 127.0.0.1 standing in for
 * Slack's incoming webhook. The body received must carry every value escaped
 * (`&amp;` `&lt;` `&gt;`, Slack's rule) so that no cell pings a channel,
 * mentions a person or shows a link in the bot's voice; markdown emphasis is
 * left as written (see packages/notify/src/mrkdwn.ts for why).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordingServer } from '../packages/notify/src/testing/recording-server';
import { runBundle } from './harness';

it('validate-data: cells <!channel>, <!here>, <@U123>, <url|label>, & and *bold*/`code` reaches Slack as text', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-slack-'));
  const hostile = ['<!channel>', '<!here>', '<@U123>', '<https://e.vl|Fix here>', 'R&D: *bold* `rm -rf`'];
  // RFC 4180: the quoted cells keep their commas and quotes out of the CSV syntax.
  fs.writeFileSync(path.join(dir, 'teams.csv'), `id,team\n${hostile.map((v, i) => `${i},"${v}"`).join('\n')}\n5,ok\n`);
  const slack = await recordingServer([{ status: 200, body: 'ok' }]);
  try {
    const r = await runBundle('validate-data', {
      inputs: {
        data: path.join(dir, 'teams.csv'),
        config: 'checks:\n  - type: values_in_set\n    id: team_known\n    column: team\n    values: [ok]\n',
        'slack-webhook': slack.url,
        'report-path': path.join(dir, 'report'),
      },
      env: { GITHUB_SERVER_URL: 'https://github.com', GITHUB_REPOSITORY: 'octo-org/ml-repo', GITHUB_RUN_ID: '4242' },
    });
    expect(r.exitCode).toBe(1);
    expect(slack.requests).toHaveLength(1);
    const run = 'https://github.com/octo-org/ml-repo/actions/runs/4242';
    expect(slack.requests[0]!.body).toBe(
      JSON.stringify({
        text: 'Data validation failed in CI pipeline',
        attachments: [
          {
            color: 'danger',
            title: '1 failed check(s)',
            title_link: run,
            text:
              '• *team_known*: 5 rows not allowed, e.g. "&lt;!channel&gt;"×1, "&lt;!here&gt;"×1, "&lt;@U123&gt;"×1, "&lt;https://e.vl|Fix here&gt;"×1, "R&amp;D: *bold* `rm -rf`"×1' +
              `\n<${run}|Check the data report for details>`,
            fields: [
              { title: 'Status', value: 'FAIL', short: true },
              { title: 'Failed checks', value: '1', short: true },
            ],
          },
        ],
      }),
    );
  } finally {
    await slack.close();
  }
});
