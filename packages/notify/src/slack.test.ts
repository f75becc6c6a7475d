import { sendSlack, slackPayload, type SlackMessage } from './slack';
import { recordingServer } from './testing/recording-server';

const fast = { baseDelayMs: 5, maxDelayMs: 50, timeoutMs: 1000, random: () => 1 };

let server: Awaited<ReturnType<typeof recordingServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const alert: SlackMessage = {
  text: 'Data validation failed in CI pipeline',
  attachments: [
    {
      color: 'danger',
      fields: [
        { title: 'Failed checks', value: '2', short: true },
        { title: 'Dataset', value: 'data/train.parquet', short: true },
      ],
    },
  ],
};

describe('sendSlack', () => {
  it('posts the incoming-webhook payload the lessons send with curl', async () => {
    server = await recordingServer([{ status: 200, body: 'ok' }]);
    const r = await sendSlack(server.url, alert, fast);
    expect(r).toEqual({ delivered: true, attempts: 1, status: 200 });
    expect(server.requests[0].body).toBe(
      '{"text":"Data validation failed in CI pipeline","attachments":[{"color":"danger","fields":[{"title":"Failed checks","value":"2","short":true},{"title":"Dataset","value":"data/train.parquet","short":true}]}]}',
    );
  });

  it('passes Block Kit blocks through', async () => {
    server = await recordingServer([{ status: 200, body: 'ok' }]);
    const blocks = [{ type: 'section', text: { type: 'mrkdwn', text: '*Drift* in `age`' } }];
    await sendSlack(server.url, { text: 'Drift in age', blocks }, fast);
    expect(JSON.parse(server.requests[0].body)).toEqual({ text: 'Drift in age', blocks });
  });

  it('reports Slack’s refusal (invalid_payload, no_service) without retrying', async () => {
    server = await recordingServer([{ status: 404, body: 'no_service' }]);
    const r = await sendSlack(server.url, alert, fast);
    expect(r).toEqual({ delivered: false, attempts: 1, status: 404, error: 'HTTP 404: no_service' });
  });

  it('retries while Slack is down and reports, never throws', async () => {
    server = await recordingServer([{ status: 500, body: 'rollup_error' }, { status: 502 }, { status: 200, body: 'ok' }]);
    const r = await sendSlack(server.url, alert, fast);
    expect(r).toEqual({ delivered: true, attempts: 3, status: 200 });
    expect(new Set(server.requests.map((q) => q.body)).size).toBe(1);
  });

  it('refuses a message without text before any request', async () => {
    server = await recordingServer([{ status: 200 }]);
    const r = await sendSlack(server.url, { text: '  ' }, fast);
    expect(r).toEqual({ delivered: false, attempts: 0, error: 'the Slack message has no text' });
    expect(server.requests).toHaveLength(0);
  });
});

describe('slackPayload', () => {
  it('keeps only the keys that are set', () => {
    expect(slackPayload({ text: 'hi', attachments: [], blocks: [] })).toEqual({ text: 'hi' });
    expect(Object.keys(slackPayload({ ...alert, blocks: [{ type: 'divider' }], username: 'mlship' }))).toEqual(['text', 'blocks', 'attachments', 'username']);
  });
});
