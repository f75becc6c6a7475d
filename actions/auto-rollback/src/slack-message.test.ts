/**
 * The rollback alert with hostile values — a deployment named `<!channel>`, a
 * command's output carrying a link in the bot's voice — as Slack's incoming
 * webhook receives it (a real HTTP server on 127.0.0.1): every value is data,
 * escaped as Slack's formatting rules ask; the run link stays a link.
 */
import { recordingServer } from '../../../packages/notify/src/testing/recording-server';
import { notifySlack, type Incident } from './notify';

let server: Awaited<ReturnType<typeof recordingServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it('posts the incident with every value escaped: no channel ping, no mention, no link but the run’s', async () => {
  server = await recordingServer([{ status: 200, body: 'ok' }]);
  const incident: Incident = {
    subject: 'deployment/<!channel> -n <!here>',
    health: 'unhealthy',
    errorRate: 0.3,
    p95: 0.5,
    reasons: ['error-rate is 0.3, which breaks error-rate <= 0.05', 'owner <@U123> & *bold* `code`'],
    steps: [{ target: 'command', subject: 'rollback.sh', result: 'failed', detail: 'printed <https://e.vl|Fix here>' }],
    dryRun: false,
    runUrl: 'https://github.com/o/r/actions/runs/7',
  };
  const warnings: string[] = [];
  expect(await notifySlack(server.url, incident, { warning: (m) => warnings.push(m) })).toEqual({ channel: 'slack', ok: true, detail: 'posted to Slack' });
  expect(warnings).toEqual([]);
  expect(server.requests[0]!.body).toBe(
    JSON.stringify({
      text: ':rotating_light: Production rollback FAILED: a person is needed',
      attachments: [
        {
          color: 'danger',
          fallback: ':rotating_light: Production rollback FAILED: a person is needed: deployment/&lt;!channel&gt; -n &lt;!here&gt;',
          fields: [
            { title: 'Error Rate', value: '0.3 (30.00 %)', short: true },
            { title: 'P95 Latency', value: '0.5s', short: true },
            { title: 'Service', value: 'deployment/&lt;!channel&gt; -n &lt;!here&gt;', short: true },
            { title: 'Health', value: 'unhealthy', short: true },
            { title: 'Why', value: 'error-rate is 0.3, which breaks error-rate &lt;= 0.05\nowner &lt;@U123&gt; &amp; *bold* `code`', short: false },
            { title: 'Rollback', value: 'command rollback.sh: failed — printed &lt;https://e.vl|Fix here&gt;', short: false },
          ],
          title: 'Workflow run',
          title_link: 'https://github.com/o/r/actions/runs/7',
        },
      ],
    }),
  );
});
