import { RaceError, type AssignOptions } from '../registry';
import { assignOptions, userErrorLine } from '../testing/assertions';
import { mlflowServer, type MlflowServer } from '../testing/mlflow-server';
import { MlflowRegistry } from './registry';

const fast = { baseDelayMs: 5, timeoutMs: 2000, random: () => 1 };
const production = { kind: 'stage', name: 'Production' } as const;
const champion = { kind: 'alias', name: 'champion' } as const;
const assign = (expectedHolder: string | null, extra: Partial<AssignOptions> = {}) => assignOptions(production, expectedHolder, extra);

let server: MlflowServer;
beforeEach(async () => {
  server = await mlflowServer();
});
afterEach(() => server.close());

describe('MlflowRegistry against the REST double', () => {
  it('follows the seed: latest Staging version, its run metrics, then Production with archiving', async () => {
    server.createVersion('churn', { metrics: { accuracy: 0.8 }, stage: 'Production' });
    server.createVersion('churn', { metrics: { accuracy: 0.91, f1: 0.7 }, stage: 'Staging' });
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast });

    await expect(reg.getModel('churn')).resolves.toEqual({ name: 'churn', url: `${server.url}/#/models/churn` });
    const staged = await reg.latestVersion('churn', { kind: 'stage', name: 'staging' });
    expect(staged).toEqual({ model: 'churn', version: '2', stages: ['Staging'], aliases: [], runId: 'runchurn2', url: `${server.url}/#/models/churn/versions/2` });
    expect(await reg.versionMetrics('churn', '2')).toEqual({ accuracy: 0.91, f1: 0.7 });
    expect((await reg.latestVersion('churn', production))?.version).toBe('1');

    expect(await reg.assign('churn', '2', assign('1'))).toEqual({ previous: '1', changed: true, archived: ['1'], warnings: [] });
    expect(server.stages('churn')).toEqual({ '1': 'Archived', '2': 'Production' });
    expect(server.version('churn', '2').tags).toEqual({
      'mlship.promoted_to': 'stage:Production',
      'mlship.previous_version': '1',
      'mlship.workflow_run': 'https://github.com/o/r/actions/runs/7',
      'mlship.commit': 'abc',
      'mlship.actor': 'octocat',
      'mlship.gate': 'accuracy >= 0.85: 0.9',
    });
    const transition = server.calls.find((c) => c.path.endsWith('transition-stage'));
    expect(transition?.body).toEqual({ name: 'churn', version: '2', stage: 'Production', archive_existing_versions: true });
  });

  it('moves an alias and is a no-op when the version already holds it', async () => {
    server.createVersion('m', { metrics: {} });
    server.createVersion('m', { metrics: {} });
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast });
    expect(await reg.latestVersion('m', champion)).toBeNull();
    expect(await reg.assign('m', '1', assign(null, { target: champion }))).toMatchObject({ previous: null, changed: true });
    expect(await reg.assign('m', '2', assign('1', { target: champion }))).toEqual({ previous: '1', changed: true, archived: ['1'], warnings: [] });
    expect(server.aliases('m')).toEqual({ champion: '2' });
    const writes = server.writes().length;
    expect(await reg.assign('m', '2', assign('2', { target: champion }))).toEqual({ previous: '2', changed: false, archived: [], warnings: [] });
    expect(server.writes()).toHaveLength(writes);
    expect((await reg.getVersion('m', '2')).aliases).toEqual(['champion']);
  });

  it('empties an alias (DELETE) or a stage (to Archived) for a rollback of a first promotion', async () => {
    server.createVersion('m', { stage: 'Production' });
    server.setAlias('m', 'champion', '1');
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast });
    expect(await reg.unassign('m', { target: champion, expectedHolder: '1', provenance: {} })).toEqual({ previous: '1', changed: true });
    expect(server.aliases('m')).toEqual({});
    expect(server.calls.find((c) => c.method === 'DELETE')?.body).toEqual({ name: 'm', alias: 'champion' });
    expect(await reg.unassign('m', { target: champion, expectedHolder: null, provenance: {} })).toEqual({ previous: null, changed: false });
    expect(await reg.unassign('m', { target: production, expectedHolder: '1', provenance: {} })).toEqual({ previous: '1', changed: true });
    expect(server.stages('m')).toEqual({ '1': 'Archived' });
    expect(await reg.latestVersion('m', production)).toBeNull();
  });

  it('finds the newest version across search pages (page_token)', async () => {
    for (let i = 0; i < 2503; i++) server.createVersion('big');
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast });
    expect((await reg.latestVersion('big'))?.version).toBe('2503');
    const searches = server.calls.filter((c) => c.path.endsWith('model-versions/search'));
    expect(searches.map((c) => c.query.page_token?.[0] !== undefined)).toEqual([false, true, true]);
    expect(searches[0]!.query.filter).toEqual(["name='big'"]);
  });

  it('refuses to write when the stage changed after it was read', async () => {
    server.createVersion('m', { stage: 'Production' });
    server.createVersion('m', { stage: 'Staging' });
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast });
    const seen = (await reg.latestVersion('m', production))!.version;
    server.createVersion('m', { stage: 'Production' });
    const e = await reg.assign('m', '2', assign(seen)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RaceError);
    expect((e as RaceError).line).toMatch(/^stage "Production" of m changed while promoting: expected 1 there, found 3\./);
    expect(server.writes()).toEqual([]);
  });

  it('keeps a newer holder unless archiving, and never sends archive_existing_versions for a passive stage', async () => {
    server.createVersion('m');
    server.createVersion('m', { stage: 'Production' });
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast });
    expect(await userErrorLine(reg.assign('m', '1', assign('2', { archiveExisting: false })))).toMatch(/^version 2 would stay the version of stage "Production"/);
    expect(server.writes()).toEqual([]);
    await reg.assign('m', '1', assign(null, { target: { kind: 'stage', name: 'Archived' } }));
    expect(server.calls.find((c) => c.path.endsWith('transition-stage'))?.body).toMatchObject({ stage: 'Archived', archive_existing_versions: false });
  });

  it('maps MLflow errors to one line: unknown model, unknown version, bad stage, missing run', async () => {
    server.createVersion('m', { metrics: { accuracy: 1 } });
    server.createVersion('m', { runId: null });
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast });
    expect(await userErrorLine(reg.getModel('nope'))).toBe(`model "nope" not found in the MLflow registry at ${server.url}. Check model-name (names are case-sensitive).`);
    expect(await userErrorLine(reg.getVersion('m', '7'))).toMatch(/^version 7 of model "m" not found in the MLflow registry at http:\/\/127\.0\.0\.1:\d+\. MLflow versions are numbers/);
    expect(await userErrorLine(reg.latestVersion('m', { kind: 'stage', name: 'Prod' }))).toBe(
      `MLflow registered-models/get-latest-versions at ${server.url} answered HTTP 400 INVALID_PARAMETER_VALUE: Invalid Model Version stage: Prod. Value must be one of None, Staging, Production, Archived.`,
    );
    expect(await userErrorLine(reg.versionMetrics('m', '2'))).toMatch(/^version 2 of model "m" has no run_id/);
  });

  it('reads a NaN metric as NaN (protobuf JSON writes it as a string)', async () => {
    server.createVersion('m', { metrics: { accuracy: NaN, loss: 0.1 } });
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast });
    expect(await reg.versionMetrics('m', '1')).toEqual({ accuracy: NaN, loss: 0.1 });
  });
});

describe('MlflowRegistry auth and faults', () => {
  it('sends a bearer token, and turns 401 into a credentials hint', async () => {
    const s = await mlflowServer({ token: 'dapi-good' });
    try {
      s.createModel('m');
      await expect(new MlflowRegistry({ trackingUri: s.url, token: 'dapi-good', ...fast }).getModel('m')).resolves.toMatchObject({ name: 'm' });
      const line = await userErrorLine(new MlflowRegistry({ trackingUri: s.url, token: 'dapi-bad', ...fast }).getModel('m'));
      expect(line).toMatch(/^MLflow registered-models\/get at http:\/\/127\.0\.0\.1:\d+ answered HTTP 401 UNAUTHENTICATED: .* The credentials were rejected: set mlflow-token/);
      expect(line).not.toContain('dapi-bad');
    } finally {
      await s.close();
    }
  });

  it('sends basic auth (also taken from user:pass@ in the URI, which never shows in messages)', async () => {
    const s = await mlflowServer({ basic: { username: 'ci', password: 'p@ss' } });
    try {
      s.createModel('m');
      await expect(new MlflowRegistry({ trackingUri: s.url, username: 'ci', password: 'p@ss', ...fast }).getModel('m')).resolves.toMatchObject({ name: 'm' });
      const withCreds = s.url.replace('http://', 'http://ci:p%40ss@');
      await expect(new MlflowRegistry({ trackingUri: withCreds, ...fast }).getModel('m')).resolves.toMatchObject({ url: `${s.url}/#/models/m` });
      const line = await userErrorLine(new MlflowRegistry({ trackingUri: s.url.replace('http://', 'http://ci:wrong@'), ...fast }).getModel('m'));
      expect(line).toMatch(/answered HTTP 401: You are not authenticated\./);
      expect(line).not.toContain('wrong');
    } finally {
      await s.close();
    }
  });

  it('retries 5xx and 429 and succeeds; gives up with one line after the last attempt', async () => {
    server.createVersion('m', { stage: 'Staging' });
    const retries: string[] = [];
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast, onRetry: (m) => retries.push(m) });
    server.fault({ status: 503, times: 2 });
    server.fault({ status: 429, times: 1 });
    expect((await reg.latestVersion('m', { kind: 'stage', name: 'Staging' }))?.version).toBe('1');
    expect(retries).toHaveLength(3);
    expect(retries[0]).toMatch(/^MLflow registered-models\/get-latest-versions: HTTP 503 TEMPORARILY_UNAVAILABLE: injected fault: HTTP 503; retry 1 in 5 ms$/);

    server.fault({ status: 500, times: 10 });
    const line = await userErrorLine(new MlflowRegistry({ trackingUri: server.url, ...fast, attempts: 3 }).getModel('m'));
    expect(line).toMatch(/^MLflow registered-models\/get at http:\/\/127\.0\.0\.1:\d+ failed after 3 attempts: HTTP 500 INTERNAL_ERROR: injected fault: HTTP 500 The server is unreachable/);
  });

  it('times out a hanging request and retries it', async () => {
    server.createModel('m');
    server.fault({ hang: true, times: 1 });
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast, timeoutMs: 200 });
    await expect(reg.getModel('m')).resolves.toMatchObject({ name: 'm' });
    server.fault({ delayMs: 400, times: 5 });
    const line = await userErrorLine(new MlflowRegistry({ trackingUri: server.url, ...fast, timeoutMs: 100, attempts: 2 }).getModel('m'));
    expect(line).toMatch(/failed after 2 attempts: no response within 100 ms/);
  });

  it('says so when nothing listens, and rejects a tracking-uri that is not http(s)', async () => {
    const closed = await mlflowServer();
    await closed.close();
    expect(await userErrorLine(new MlflowRegistry({ trackingUri: closed.url, ...fast, attempts: 2 }).getModel('m'))).toMatch(/failed after 2 attempts: network error: connect ECONNREFUSED/);
    expect(await userErrorLine(Promise.resolve().then(() => new MlflowRegistry({ trackingUri: 'databricks' })))).toMatch(/^tracking-uri "databricks" is not an http\(s\) URL\./);
  });

  it('builds Databricks UI links for a workspace URL', () => {
    const reg = new MlflowRegistry({ trackingUri: 'https://adb-123.4.azuredatabricks.net', token: 'dapi' });
    expect(reg.url('churn', '3')).toBe('https://adb-123.4.azuredatabricks.net/ml/models/churn/versions/3');
  });
});
