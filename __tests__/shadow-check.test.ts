/**
 * shadow-check end to end: the dist/shadow-check bundle run as the runner
 * runs it (harness.ts). The shadow's /metrics page is a real prom-client
 * server fed by this test (source: scrape), or a real Prometheus holding
 * backfilled blocks; the predictions logs are the golden logs of
 * packages/rollout/src/shadow/__golden__ (agreement checked there against
 * pandas). The mirror goes through the recording kubectl stand-in (a
 * VirtualService; the exact patches are asserted) or a recording command.
 * The mirrored period is 1 s, scrape-interval 0.25 s.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { startS3Double, type S3Double } from '../packages/data/src/read/testing/s3-double';
import { installKubectl, liveVirtualService } from '../packages/rollout/src/testing/kubectl-double';
import { startMetricsServer, type MetricsServer } from '../packages/rollout/src/testing/metrics-server';
import { createTsdb, startPrometheus, trafficSeries } from '../packages/rollout/src/testing/prometheus';
import { expectErrorRecorded, expectUserError, repoRoot, runBundle } from './harness';
import { recordingCommand } from './recording-command';

const golden = path.join(repoRoot, 'packages/rollout/src/shadow/__golden__');
const agreement = JSON.parse(fs.readFileSync(path.join(golden, 'agreement.json'), 'utf8'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-shadow-'));
const freshDir = (prefix: string) => {
  const d = path.join(dir, `${prefix}-${Math.random().toString(36).slice(2)}`);
  fs.mkdirSync(d, { recursive: true });
  return d;
};

/** A shadow that answers exactly as the live model: a third of the live log's rows, mirrored. */
const agreeingLog = (() => {
  const file = path.join(dir, 'agreeing-shadow.jsonl');
  const rows = fs.readFileSync(path.join(golden, 'live.jsonl'), 'utf8').split('\n').filter(Boolean);
  // The first 3000 rows hold each request once; the rows after them are a repeat and rows without an id.
  fs.writeFileSync(file, rows.filter((_, i) => i % 3 === 0 && i < 3000).join('\n') + '\n');
  return file;
})();

/** Per 100 ms: the shadow's mirrored requests, how many answer 500, and how long they take. */
let load = { requests: 10, errors: 0, seconds: 0.04 };
let shadow: MetricsServer;
let ticker: NodeJS.Timeout;
beforeAll(async () => {
  shadow = await startMetricsServer('shadow');
  ticker = setInterval(() => {
    shadow.record(load.requests - load.errors, 200, load.seconds);
    shadow.record(load.errors, 500, load.seconds);
  }, 100);
});
afterAll(async () => {
  clearInterval(ticker);
  await shadow.close();
});

const get = ['get', 'virtualservice', 'ml-model', '-n', 'production', '-o', 'json'];
const patch = (ops: unknown[]) => ['patch', 'virtualservice', 'ml-model', '-n', 'production', '--type=json', '-p', JSON.stringify(ops)];

/** A mirror command recording its arguments, as a user's set-mirror script would receive them. */
const mirrorCommand = () => recordingCommand(freshDir('mirror'), ['--percent', '{{percent}}']);

const base = () => ({
  'shadow-metrics-url': shadow.url,
  'scrape-interval': '0.25',
  duration: '1',
  'live-predictions': path.join(golden, 'live.jsonl'),
  'shadow-predictions': path.join(golden, 'shadow.jsonl'),
  'segment-column': 'plan',
  thresholds: 'agreement >= 0.97, score_psi < 0.1, score_ks_pvalue > 0.01',
});

async function check(inputs: Record<string, string>, opts: { node?: 'node20' | 'node24'; env?: Record<string, string>; signal?: { when: RegExp; signal: NodeJS.Signals } } = {}) {
  const reportDir = freshDir('report');
  const r = await runBundle('shadow-check', { ...opts, inputs: { ...base(), ...inputs, 'report-path': reportDir }, timeoutMs: 30000 });
  return { ...r, reportDir, report: () => JSON.parse(fs.readFileSync(path.join(reportDir, 'report.json'), 'utf8')) };
}

describe('shadow-check bundle', () => {
  it.each(['node20', 'node24'] as const)('on %s: a shadow that disagrees on 8.1 %% of requests, mostly pro customers, is rejected and its Istio mirror removed', async (node) => {
    load = { requests: 10, errors: 0, seconds: 0.04 };
    const k = installKubectl('virtualservice', liveVirtualService());
    const r = await check({ mirror: 'istio', 'virtual-service': 'ml-model', namespace: 'production', 'mirror-percentage': '33' }, { node, env: { PATH: k.path } });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('reject');
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs['failed-metrics']).toBe('["agreement","score_ks_pvalue"]');
    expect(JSON.parse(r.outputs['failed-checks']!)).toEqual(['verdict', 'agreement.agreement', 'agreement.score_ks_pvalue']);
    expect(Number(r.outputs.agreement)).toBe(agreement.agreement);
    expect(r.outputs.impact).toBe('8.1% of requests (81 of 1,000 mirrored) would have received a different prediction; most in segment pro (57 of 81).');
    expect(JSON.parse(r.outputs['segments-json']!).map((s: { segment: string; disagreements: number }) => [s.segment, s.disagreements])).toEqual(
      agreement.segments.map((s: { segment: string; disagreements: number }) => [s.segment, s.disagreements]),
    );
    // Preflight get; the mirror set with one guarded patch; removed with another.
    expect(k.calls()).toEqual([
      get,
      get,
      patch([
        { op: 'test', path: '/metadata/resourceVersion', value: '41' },
        { op: 'add', path: '/spec/http/1/mirror', value: { host: 'ml-model', subset: 'shadow' } },
        { op: 'add', path: '/spec/http/1/mirrorPercentage', value: { value: 33 } },
      ]),
      get,
      patch([
        { op: 'test', path: '/metadata/resourceVersion', value: '42' },
        { op: 'remove', path: '/spec/http/1/mirror' },
        { op: 'remove', path: '/spec/http/1/mirrorPercentage' },
      ]),
    ]);
    expect(k.object().spec).toEqual(liveVirtualService().spec);
    expect(r.state).toEqual({ 'shadow-mirror': JSON.stringify({ provider: 'istio', virtualService: 'ml-model', namespace: 'production', liveSubset: 'stable', shadowSubset: 'shadow' }), 'shadow-mirror-removed': 'true' });
    expect(r.errors).toEqual([
      'Shadow verdict: agreement 0.919 breaks agreement >= 0.97; score_ks_pvalue 3.45e-8 breaks score_ks_pvalue > 0.01.',
      expect.stringMatching(/^agreement: observed 0\.919, expected >= 0\.97$/),
      expect.stringMatching(/^score_ks_pvalue: observed 3\.45e-8, expected > 0\.01$/),
      'Shadow analysis: FAIL — verdict, agreement.agreement, agreement.score_ks_pvalue',
    ]);
    expect(r.summary).toContain('8.1% of requests (81 of 1,000 mirrored) would have received a different prediction; most in segment pro (57 of 81).');
    expect(r.summary).toContain('| pro | 343 | 57 | 16.6% | 70.4% |');
    // Rows that could not be joined are reported, never silently dropped.
    expect(r.report().checks.find((c: { id: string }) => c.id === 'predictions.unjoinable')).toMatchObject({ status: 'warn', detail: expect.stringContaining('1 repeated request id(s) (the first row counts), 2 row(s) without a request id') });
  });

  it('a shadow that agrees is promoted; the mirror command is run with the percentage, then with 0', async () => {
    load = { requests: 10, errors: 0, seconds: 0.04 };
    const cmd = mirrorCommand();
    const r = await check({ mirror: 'command', 'mirror-command': cmd.command, 'shadow-predictions': agreeingLog, 'mirror-percentage': '12.5' });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs.verdict).toBe('promote');
    expect(r.outputs.agreement).toBe('1');
    expect(r.outputs.impact).toBe('Every one of the 1,000 mirrored requests would have received the same prediction.');
    expect(cmd.calls()).toEqual([
      ['--percent', '12.5'],
      ['--percent', '0'],
    ]);
    expect(r.stdout).toContain('Mirror set: 12.5% of live requests are copied to the shadow.');
    // The live golden log has a repeated id and rows without one: reported as a warning, which fail-on: error lets pass.
    expect(r.summary).toContain('## ⚠️ WARN Shadow analysis');
    expect(r.outputs.status).toBe('warn');
  });

  it('a shadow answering 30 % of its requests with 500 is rejected on its error rate', async () => {
    load = { requests: 10, errors: 3, seconds: 0.04 };
    const r = await check({ 'shadow-predictions': agreeingLog });
    load = { requests: 10, errors: 0, seconds: 0.04 };
    expect(r.outputs.verdict).toBe('reject');
    expect(r.outputs['failed-metrics']).toBe('["error-rate"]');
    expect(r.report().checks.find((c: { id: string }) => c.id === 'metric.error-rate')).toMatchObject({ status: 'fail', expected: '< 0.01' });
  });

  it.each([
    ['missing', () => path.join(dir, 'never-written.jsonl'), /never-written\.jsonl does not exist/],
    ['empty', () => fs.writeFileSync(path.join(dir, 'empty.jsonl'), '') ?? path.join(dir, 'empty.jsonl'), /empty\.jsonl: the file is empty/],
  ])('a %s shadow predictions log is inconclusive, never a pass, and the mirror is still removed', async (_what, file, reason) => {
    load = { requests: 10, errors: 0, seconds: 0.04 };
    const cmd = mirrorCommand();
    const r = await check({ mirror: 'command', 'mirror-command': cmd.command, 'shadow-predictions': file() });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs.agreement).toBe('');
    expect(cmd.calls()).toEqual([['--percent', '100'], ['--percent', '0']]);
    const predictions = r.report().checks.find((c: { id: string }) => c.id === 'predictions');
    expect(predictions.status).toBe('fail');
    expect(predictions.detail).toMatch(reason);
    expect(r.outputs.impact).toBe('No request is in both predictions logs, so what users would have seen cannot be told.');
  });

  it('fewer matched requests than min-matched is inconclusive', async () => {
    const r = await check({ 'shadow-predictions': agreeingLog, 'min-matched': '5000' });
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.errors[0]).toBe('Shadow verdict: 1000 request(s) are in both predictions logs, fewer than min-matched 5000.');
  });

  it('removes the mirror when the job is cancelled mid-analysis (SIGTERM), with an inconclusive verdict', async () => {
    const cmd = mirrorCommand();
    const r = await check({ mirror: 'command', 'mirror-command': cmd.command, duration: '30', 'shadow-predictions': agreeingLog }, { signal: { when: /Mirror set/, signal: 'SIGTERM' } });
    expect(r.outputs.verdict).toBe('inconclusive');
    expect(r.stdout).toContain('Stopping: the run was cancelled (SIGTERM received)');
    expect(cmd.calls()).toEqual([['--percent', '100'], ['--percent', '0']]);
    expect(r.state['shadow-mirror-removed']).toBe('true');
  });

  it('judges the shadow on a real Prometheus holding backfilled traffic: an error spike is rejected', async () => {
    // One sample a second from 5 minutes before now to 5 minutes after: 200 requests a second, 20 of them 500.
    const now = Math.floor(Date.now() / 1000);
    const times = Array.from({ length: 601 }, (_, i) => now - 300 + i);
    const series = trafficSeries({ labels: { service: 'churn', track: 'shadow' }, times, offset: 10_000, perInterval: () => ({ latencies: new Array(200).fill(0.03), errors: 20 }) });
    const prom = await startPrometheus({ tsdb: createTsdb(series) });
    try {
      const r = await check({ source: 'prometheus', 'prometheus-url': prom.url, service: 'churn', 'scrape-interval': '1', duration: '3', 'shadow-metrics-url': '', 'shadow-predictions': agreeingLog });
      expect(r.stderr).toBe('');
      expect(r.outputs.verdict).toBe('reject');
      expect(r.outputs['failed-metrics']).toBe('["error-rate"]');
      const data = r.report().data;
      expect(data.health.requests.requests).toBeGreaterThan(400);
      expect(data.health.conditions.find((c: { id: string }) => c.id === 'error-rate').value).toBeCloseTo(0.1, 6);
    } finally {
      await prom.stop();
    }
  });

  describe('post: step', () => {
    const config = { provider: 'istio', virtualService: 'ml-model', namespace: 'production', liveSubset: 'stable', shadowSubset: 'shadow' };
    const mirrored = () => liveVirtualService({ mirror: { host: 'ml-model', subset: 'shadow' }, mirrorPercentage: { value: 100 } });

    it('removes the mirror when the main step set it and never removed it', async () => {
      const k = installKubectl('virtualservice', mirrored());
      const r = await runBundle('shadow-check', { entry: 'post/index.js', env: { PATH: k.path, 'STATE_shadow-mirror': JSON.stringify(config) } });
      expect(r.exitCode).toBe(0);
      expect(r.stdout).toContain('shadow-check post: the analysis did not finish; removing the mirror from VirtualService ml-model -n production.');
      expect(k.calls().map((c) => c[0])).toEqual(['get', 'patch']);
      expect(k.object().spec).toEqual(liveVirtualService().spec);
    });

    it('does nothing after a finished analysis, or when no mirror was set', async () => {
      const k = installKubectl('virtualservice', mirrored());
      const done = await runBundle('shadow-check', { entry: 'post/index.js', env: { PATH: k.path, 'STATE_shadow-mirror': JSON.stringify(config), 'STATE_shadow-mirror-removed': 'true' } });
      expect(done.stdout).toContain('the analysis removed the mirror itself; nothing to do.');
      const none = await runBundle('shadow-check', { entry: 'post/index.js', env: { PATH: k.path } });
      expect(none.stdout).toContain('no mirror was set; nothing to remove.');
      expect(k.calls()).toEqual([]);
    });
  });

  describe('predictions logs in object storage (an S3 double on 127.0.0.1 checking every signature)', () => {
    const KEY = { accessKeyId: 'AKIAMLSHIPE2E0000001', secretAccessKey: 'e2e/secret+key/abcdefghijklmnopqrstuvwxyz' };
    const lines = (file: string) => fs.readFileSync(path.join(golden, file), 'utf8').split('\n').filter(Boolean);
    const shadowRows = lines('shadow.jsonl');
    // The shadow's log as three objects under a prefix, in order; two keys a page makes the listing page.
    const parts = [shadowRows.slice(0, 400), shadowRows.slice(400, 800), shadowRows.slice(800)].map((p) => p.join('\n') + '\n');
    let s3: S3Double;
    beforeAll(async () => {
      s3 = await startS3Double({
        ...KEY,
        maxKeys: 2,
        buckets: {
          'ml-logs': {
            'live/2026-12-06.jsonl': fs.readFileSync(path.join(golden, 'live.jsonl')),
            ...Object.fromEntries(parts.map((p, i) => [`shadow/2026-12-06/part-${i}.jsonl`, p])),
          },
        },
      });
    });
    afterAll(() => s3.close());

    /** The AWS environment a workflow sets from its secrets; no ~/.aws or instance metadata can answer instead. */
    const aws = (overrides: Record<string, string | undefined> = {}) =>
      Object.fromEntries(
        Object.entries({
          AWS_ACCESS_KEY_ID: KEY.accessKeyId,
          AWS_SECRET_ACCESS_KEY: KEY.secretAccessKey,
          AWS_ENDPOINT_URL_S3: s3.url,
          AWS_REGION: 'us-east-1',
          AWS_SHARED_CREDENTIALS_FILE: path.join(dir, 'no-aws-credentials'),
          AWS_CONFIG_FILE: path.join(dir, 'no-aws-config'),
          AWS_EC2_METADATA_DISABLED: 'true',
          ...overrides,
        }).filter((e): e is [string, string] => e[1] !== undefined),
      );
    const onS3 = { 'live-predictions': 's3://ml-logs/live/2026-12-06.jsonl', 'shadow-predictions': 's3://ml-logs/shadow/2026-12-06/' };
    const numbers = (r: Awaited<ReturnType<typeof check>>) => ({ verdict: r.outputs.verdict, agreement: r.outputs.agreement, impact: r.outputs.impact, failed: r.outputs['failed-metrics'], segments: r.outputs['segments-json'] });

    it('a key and a prefix on S3 give the same agreement as the same logs on disk', async () => {
      load = { requests: 10, errors: 0, seconds: 0.04 };
      const local = await check({});
      const remote = await check(onS3, { env: aws() });
      expect(remote.stderr).toBe('');
      expect(Number(remote.outputs.agreement)).toBe(agreement.agreement);
      expect(numbers(remote)).toEqual(numbers(local));
      expect(remote.stdout).toContain('Downloading s3://ml-logs/shadow/2026-12-06/: 3 object(s)');
      expect(JSON.stringify(remote.report().tables)).toContain('s3://ml-logs/live/2026-12-06.jsonl');
      // The listing paged with continuation tokens; every request was signed and accepted.
      expect(s3.requests.filter((q) => q.target.includes('continuation-token=')).length).toBeGreaterThan(0);
      expect(s3.requests.every((q) => q.status < 300)).toBe(true);
      // The local copies are removed once read.
      expect(fs.readdirSync(remote.runnerTemp).filter((f) => f.startsWith('mlship-remote-'))).toEqual([]);
    });

    it('a presigned https-style URL needs no credentials, and its signature is never printed', async () => {
      load = { requests: 10, errors: 0, seconds: 0.04 };
      const url = s3.presign('ml-logs', 'live/2026-12-06.jsonl');
      const r = await check({ 'live-predictions': url }, { env: aws({ AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }) });
      expect(r.stderr).toBe('');
      expect(Number(r.outputs.agreement)).toBe(agreement.agreement);
      const signature = new URL(url).searchParams.get('X-Amz-Signature')!;
      // Only the mask command that tells the runner to hide it carries it.
      const [mask, ...rest] = r.stdout.split('\n');
      expect(mask).toMatch(/^::add-mask::\?X-Amz-Algorithm=/);
      expect(`${rest.join('\n')}${fs.readFileSync(path.join(r.reportDir, 'report.json'), 'utf8')}${r.summary}`).not.toContain(signature);
    });

    it.each([
      ['a missing key', { 'shadow-predictions': 's3://ml-logs/shadow/2026-12-07.jsonl' }, /s3:\/\/ml-logs\/shadow\/2026-12-07\.jsonl does not exist \(NoSuchKey/],
      ['an empty prefix', { 'shadow-predictions': 's3://ml-logs/shadow/2026-12-07/' }, /s3:\/\/ml-logs\/shadow\/2026-12-07\/ holds no objects/],
    ])('%s is inconclusive, never a pass', async (_what, inputs, reason) => {
      const r = await check({ ...onS3, ...inputs }, { env: aws() });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.verdict).toBe('inconclusive');
      expect(r.outputs.passed).toBe('false');
      expect(r.report().checks.find((c: { id: string }) => c.id === 'predictions').detail).toMatch(reason);
    });

    it.each([
      ['no credentials', {}, { AWS_ACCESS_KEY_ID: undefined, AWS_SECRET_ACCESS_KEY: undefined }, /^input "live-predictions": no AWS credentials to read s3:\/\/ml-logs\/live\/2026-12-06\.jsonl\. Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY/],
      ['a wrong secret key', {}, { AWS_SECRET_ACCESS_KEY: 'not-the-secret' }, /^input "live-predictions": the store refused the request signature for s3:\/\/ml-logs\/live\/2026-12-06\.jsonl on http:\/\/127\.0\.0\.1:\d+ \(SignatureDoesNotMatch\): the secret key does not belong to the access key id\. Check AWS_SECRET_ACCESS_KEY/],
      ['a missing bucket', { 'shadow-predictions': 's3://ml-logz/shadow/' }, {}, /^input "shadow-predictions": bucket "ml-logz" does not exist on http:\/\/127\.0\.0\.1:\d+ \(NoSuchBucket, s3:\/\/ml-logz\/shadow\/\)\./],
      ['a gs:// log', { 'shadow-predictions': 'gs://ml-logs/shadow/' }, {}, /^input "shadow-predictions": "gs:\/\/ml-logs\/shadow\/": gs:\/\/ locations cannot be read\. Google Cloud Storage is read through its S3-compatible XML API/],
    ])('%s: one line before anything is mirrored', async (_name, inputs, env, message) => {
      const k = installKubectl('virtualservice', liveVirtualService());
      const r = await check({ mirror: 'istio', 'virtual-service': 'ml-model', namespace: 'production', ...onS3, ...inputs }, { env: { ...aws(env), PATH: k.path } });
      expectUserError(r, message);
      expectErrorRecorded(r, r.reportDir);
      expect(r.stdout).not.toContain(KEY.secretAccessKey);
      expect(k.calls()).toEqual([]);
    });
  });

  describe('bad input: one clear line, exit 1, nothing written, no mirror set', () => {
    it.each([
      ['a mirror percentage above 100', { 'mirror-percentage': '150' }, /^input "mirror-percentage": "150" is not a percentage within 0–100\./],
      ['a negative mirror percentage', { 'mirror-percentage': '-5' }, /^input "mirror-percentage": "-5" is not a percentage within 0–100\./],
      ['an unknown agreement metric', { thresholds: 'agrement >= 0.97' }, /^input "thresholds": unknown metric "agrement"\. Did you mean "agreement"\?/],
      ['a score threshold on logs without that score column', { 'score-column': 'probability', thresholds: 'score_psi < 0.1' }, /^input "score-column": .*live\.jsonl has no column "probability" \(columns: request_id, prediction, score, plan\)\./],
      ['an unknown shadow metric', { metrics: 'eror-rate < 0.01' }, /^input "metrics": unknown metric "eror-rate"\. Did you mean "error-rate"\?/],
      ['istio without a VirtualService', { 'virtual-service': '' }, /^input "virtual-service" is required with mirror: istio\./],
      ['a mirror command without {{percent}}', { mirror: 'command', 'mirror-command': './set-mirror.sh 100' }, /^input "mirror-command": never mentions \{\{percent\}\}/],
      ['a duration shorter than two scrapes', { duration: '0.4' }, /^input "duration": duration \(0\.4 s\) must span at least two scrapes \(scrape-interval 0\.25 s\)\./],
      ['no shadow metrics URL with source: scrape', { 'shadow-metrics-url': '' }, /^input "shadow-metrics-url" is required with source: scrape\./],
      ['a missing predictions column', { 'id-column': 'rid' }, /^input "id-column": .*live\.jsonl has no column "rid" \(columns: request_id, prediction, score, plan\)\./],
    ])('%s', async (_name, inputs, message) => {
      const k = installKubectl('virtualservice', liveVirtualService());
      const r = await check({ mirror: 'istio', 'virtual-service': 'ml-model', namespace: 'production', ...inputs } as Record<string, string>, { env: { PATH: k.path } });
      expectUserError(r, message);
      expectErrorRecorded(r, r.reportDir);
      expect(k.calls()).toEqual([]);
    });

    it('without live-predictions the step stops before anything', async () => {
      const r = await check({ 'live-predictions': '' });
      expectUserError(r, /^input "live-predictions" is required/);
    });

    it('a VirtualService already mirroring elsewhere is left alone', async () => {
      const k = installKubectl('virtualservice', liveVirtualService({ mirror: { host: 'audit' } }));
      const r = await check({ mirror: 'istio', 'virtual-service': 'ml-model', namespace: 'production' }, { env: { PATH: k.path } });
      expectUserError(r, /^input "virtual-service": http\[1\] of VirtualService ml-model already mirrors to audit; shadow-check will not overwrite another mirror\./);
      expect(k.calls()).toEqual([get]);
      expect(r.state).toEqual({});
    });
  });
});
