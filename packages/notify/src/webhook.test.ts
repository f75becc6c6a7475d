import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { parseRetryAfter, sendWebhook, type RetryInfo } from './webhook';
import { recordingServer } from './testing/recording-server';

/** Fast retries so the suite runs in milliseconds; random: () => 1 makes the backoff exact. */
const fast = { baseDelayMs: 5, maxDelayMs: 50, timeoutMs: 1000, random: () => 1 };

let server: Awaited<ReturnType<typeof recordingServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

describe('sendWebhook', () => {
  it('posts the JSON body once when the server answers 200', async () => {
    server = await recordingServer([{ status: 200, body: 'ok' }]);
    const body = { event: 'drift', columns: ['age', 'income'], score: 0.31 };
    const r = await sendWebhook(server.url, body, fast);
    expect(r).toEqual({ delivered: true, attempts: 1, status: 200 });
    expect(server.requests).toHaveLength(1);
    const [req] = server.requests;
    expect(req.method).toBe('POST');
    expect(req.url).toBe('/services/T000/B000/XXXX');
    expect(req.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(req.body).toBe('{"event":"drift","columns":["age","income"],"score":0.31}');
  });

  it('JSON-encodes hostile values, so none can close a string or add a key (a generic receiver is not Slack: no entity escaping)', async () => {
    server = await recordingServer([{ status: 200, body: 'ok' }]);
    const subject = 'svc", "approved": true, "x": "\n}\u2028<!channel> & <https://e.vl|Fix here>';
    await sendWebhook(server.url, { event: 'rollback', subject }, fast);
    const body = server.requests[0]!.body;
    expect(body).toBe('{"event":"rollback","subject":"svc\\", \\"approved\\": true, \\"x\\": \\"\\n}\u2028<!channel> & <https://e.vl|Fix here>"}');
    expect(JSON.parse(body)).toEqual({ event: 'rollback', subject });
  });

  it('retries a 500 and delivers on the next attempt with the same body', async () => {
    server = await recordingServer([{ status: 500, body: 'rollup_error' }, { status: 200, body: 'ok' }]);
    const retries: RetryInfo[] = [];
    const r = await sendWebhook(server.url, { a: 1 }, { ...fast, onRetry: (i) => retries.push(i) });
    expect(r).toEqual({ delivered: true, attempts: 2, status: 200 });
    expect(server.requests.map((q) => q.body)).toEqual(['{"a":1}', '{"a":1}']);
    expect(retries).toEqual([{ attempt: 1, delayMs: 5, error: 'HTTP 500: rollup_error' }]);
  });

  it('gives up after `attempts` 5xx answers, reporting the last one', async () => {
    server = await recordingServer([{ status: 503, body: 'unavailable' }]);
    const r = await sendWebhook(server.url, {}, { ...fast, attempts: 3 });
    expect(r).toEqual({ delivered: false, attempts: 3, status: 503, error: 'HTTP 503: unavailable' });
    expect(server.requests).toHaveLength(3);
    // Backoff doubles: 5 then 10 ms between attempts.
    const gaps = [server.requests[1].at - server.requests[0].at, server.requests[2].at - server.requests[1].at];
    expect(gaps[0]).toBeGreaterThanOrEqual(4);
    expect(gaps[1]).toBeGreaterThanOrEqual(9);
  });

  it('honours Retry-After on 429, capped at maxDelayMs', async () => {
    // Retry-After asks for 1 s; the backoff alone would wait 1 ms; the cap is 150 ms.
    server = await recordingServer([{ status: 429, body: 'rate_limited', headers: { 'retry-after': '1' } }, { status: 200, body: 'ok' }]);
    const retries: RetryInfo[] = [];
    const r = await sendWebhook(server.url, { n: 1 }, { baseDelayMs: 1, maxDelayMs: 150, random: () => 1, onRetry: (i) => retries.push(i) });
    expect(r).toEqual({ delivered: true, attempts: 2, status: 200 });
    expect(retries.map((i) => i.delayMs)).toEqual([150]);
    const gap = server.requests[1].at - server.requests[0].at;
    expect(gap).toBeGreaterThanOrEqual(140);
    expect(gap).toBeLessThan(900);
  });

  it('honours a short Retry-After exactly', async () => {
    server = await recordingServer([{ status: 429, headers: { 'retry-after': '0' } }, { status: 200 }]);
    const retries: RetryInfo[] = [];
    const r = await sendWebhook(server.url, {}, { baseDelayMs: 10_000, maxDelayMs: 10_000, onRetry: (i) => retries.push(i) });
    expect(r.delivered).toBe(true);
    expect(retries.map((i) => i.delayMs)).toEqual([0]);
  });

  it('does not retry a 4xx other than 429 and puts the body in the error', async () => {
    server = await recordingServer([{ status: 400, body: 'invalid_payload' }]);
    const r = await sendWebhook(server.url, { text: '' }, fast);
    expect(r).toEqual({ delivered: false, attempts: 1, status: 400, error: 'HTTP 400: invalid_payload' });
    expect(server.requests).toHaveLength(1);
  });

  it('times out a hanging request and retries it', async () => {
    server = await recordingServer(['hang', 'hang']);
    const r = await sendWebhook(server.url, {}, { ...fast, attempts: 2, timeoutMs: 100 });
    expect(r).toEqual({ delivered: false, attempts: 2, error: 'no response within 100 ms' });
    expect(server.requests).toHaveLength(2);
  });

  it('recovers from a timeout when the next attempt is answered', async () => {
    server = await recordingServer(['hang', { status: 200, body: 'ok' }]);
    const r = await sendWebhook(server.url, {}, { ...fast, timeoutMs: 100 });
    expect(r).toEqual({ delivered: true, attempts: 2, status: 200 });
  });

  it('retries when the server closes the socket without answering', async () => {
    server = await recordingServer(['destroy', { status: 200, body: 'ok' }]);
    const retries: RetryInfo[] = [];
    const r = await sendWebhook(server.url, { x: 'y' }, { ...fast, onRetry: (i) => retries.push(i) });
    expect(r).toEqual({ delivered: true, attempts: 2, status: 200 });
    expect(server.requests.map((q) => q.body)).toEqual(['{"x":"y"}', '{"x":"y"}']);
    expect(retries[0].error).toMatch(/^network error: /);
  });

  it('reports a refused connection after retrying, without throwing', async () => {
    // Grab a free port and release it, so nothing listens there.
    const probe = http.createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const { port } = probe.address() as AddressInfo;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const r = await sendWebhook(`http://127.0.0.1:${port}/hook`, {}, { ...fast, attempts: 2 });
    expect(r.delivered).toBe(false);
    expect(r.attempts).toBe(2);
    expect(r.status).toBeUndefined();
    expect(r.error).toMatch(/^network error: .*ECONNREFUSED/);
  });

  it('stops within the total time budget', async () => {
    server = await recordingServer([{ status: 500 }]);
    // Only the 150 ms budget can stop it short of 100 attempts (no wall-clock bound here: load would eat it).
    const r = await sendWebhook(server.url, {}, { attempts: 100, baseDelayMs: 20, maxDelayMs: 20, maxElapsedMs: 150, random: () => 1 });
    expect(r.delivered).toBe(false);
    expect(r.attempts).toBeGreaterThan(1);
    expect(r.attempts).toBeLessThan(100);
    expect(server.requests).toHaveLength(r.attempts);
  });

  it('does not follow redirects (a POST would turn into a GET)', async () => {
    server = await recordingServer([{ status: 302, headers: { location: '/elsewhere' } }]);
    const r = await sendWebhook(server.url, {}, fast);
    expect(r).toEqual({ delivered: false, attempts: 1, status: 302, error: 'HTTP 302' });
    expect(server.requests).toHaveLength(1);
  });

  it('rejects a malformed URL without echoing it (webhook URLs are secrets)', async () => {
    for (const bad of ['not a url https://hooks.slack.com/services/SECRET', 'ftp://hooks.example/SECRET', '']) {
      const r = await sendWebhook(bad, {}, fast);
      expect(r).toEqual({ delivered: false, attempts: 0, error: 'the webhook URL is not a valid http(s) URL' });
    }
  });

  it('reports an unserialisable body instead of throwing', async () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    const r = await sendWebhook('http://127.0.0.1:9/hook', cyclic, fast);
    expect(r.delivered).toBe(false);
    expect(r.attempts).toBe(0);
    expect(r.error).toMatch(/^the payload cannot be serialised as JSON/);
  });

  it('sends extra headers', async () => {
    server = await recordingServer([{ status: 204 }]);
    const r = await sendWebhook(server.url, [1, 2], { ...fast, headers: { authorization: 'Bearer t' } });
    expect(r).toEqual({ delivered: true, attempts: 1, status: 204 });
    expect(server.requests[0].headers.authorization).toBe('Bearer t');
    expect(server.requests[0].body).toBe('[1,2]');
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('3')).toBe(3000);
    expect(parseRetryAfter(' 0 ')).toBe(0);
    expect(parseRetryAfter('1.5')).toBe(1500);
    const now = Date.parse('Wed, 21 Oct 2015 07:28:00 GMT');
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:28:30 GMT', now)).toBe(30_000);
    expect(parseRetryAfter('Wed, 21 Oct 2015 07:27:00 GMT', now)).toBe(0);
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});
