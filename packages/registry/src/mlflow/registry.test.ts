import { RaceError, type AssignOptions } from '../registry';
import { assignOptions, userErrorLine } from '../testing/assertions';
import { mlflowServer, type MlflowServer } from '../testing/mlflow-server';
import { realMlflow, type RealMlflow } from '../testing/real-mlflow';
import { MlflowRegistry } from './registry';

const fast = { baseDelayMs: 5, timeoutMs: 2000, random: () => 1 };
const production = { kind: 'stage', name: 'Production' } as const;
const champion = { kind: 'alias', name: 'champion' } as const;
const assign = (expectedHolder: string | null, extra: Partial<AssignOptions> = {}) => assignOptions(production, expectedHolder, extra);

let ml: RealMlflow;
beforeEach(async () => {
  ml = await realMlflow();
});
afterEach(() => ml?.close());

describe('MlflowRegistry against the real MLflow 2.12.2 server', () => {
  it('follows the seed: latest Staging version, its run metrics, then Production with archiving', async () => {
    const m = ml.name('churn');
    await ml.createVersion(m, { metrics: { accuracy: 0.8 }, stage: 'Production' });
    await ml.createVersion(m, { metrics: { accuracy: 0.91, f1: 0.7 }, stage: 'Staging' });
    const reg = new MlflowRegistry({ trackingUri: ml.url, ...fast });

    await expect(reg.getModel(m)).resolves.toEqual({ name: m, url: `${ml.url}/#/models/${m}` });
    const staged = await reg.latestVersion(m, { kind: 'stage', name: 'staging' });
    expect(staged).toEqual({ model: m, version: '2', stages: ['Staging'], aliases: [], runId: (await ml.version(m, '2')).runId, url: `${ml.url}/#/models/${m}/versions/2` });
    expect(await reg.versionMetrics(m, '2')).toEqual({ accuracy: 0.91, f1: 0.7 });
    expect((await reg.latestVersion(m, production))?.version).toBe('1');

    expect(await reg.assign(m, '2', assign('1'))).toEqual({ previous: '1', changed: true, archived: ['1'], warnings: [] });
    expect(await ml.stages(m)).toEqual({ '1': 'Archived', '2': 'Production' });
    const tags = (await ml.version(m, '2')).tags;
    expect(JSON.parse(tags['mlship.promotion.1']!)).toEqual({
      target: 'stage:Production',
      previous: '1',
      workflow_run: 'https://github.com/o/r/actions/runs/7',
      commit: 'abc',
      actor: 'octocat',
      gate: 'accuracy >= 0.85: 0.9',
      at: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(tags).toMatchObject({
      'mlship.promoted_to': 'stage:Production',
      'mlship.previous_version': '1',
      'mlship.workflow_run': 'https://github.com/o/r/actions/runs/7',
      'mlship.commit': 'abc',
      'mlship.actor': 'octocat',
      'mlship.gate': 'accuracy >= 0.85: 0.9',
    });
    const transition = ml.calls.find((c) => c.path.endsWith('transition-stage'));
    expect(transition?.body).toEqual({ name: m, version: '2', stage: 'Production', archive_existing_versions: true });
  });

  it('keeps every promotion of a version as history: an alias move after a stage move does not erase it', async () => {
    const m = ml.name();
    await ml.createVersion(m, { stage: 'Production' });
    await ml.createVersion(m);
    await ml.setAlias(m, 'champion', '1');
    const reg = new MlflowRegistry({ trackingUri: ml.url, ...fast });
    await reg.assign(m, '2', assign('1'));
    await reg.assign(m, '2', assign('1', { target: champion, provenance: { actor: 'hubot', runUrl: 'https://github.com/o/r/actions/runs/8', gate: 'accuracy >= 0.85: 0.9' } }));
    const tags = (await ml.version(m, '2')).tags;
    const history = Object.keys(tags)
      .filter((k) => k.startsWith('mlship.promotion.'))
      .sort()
      .map((k) => JSON.parse(tags[k]!) as Record<string, string>);
    expect(history.map((h) => [h.target, h.previous, h.actor, h.workflow_run])).toEqual([
      ['stage:Production', '1', 'octocat', 'https://github.com/o/r/actions/runs/7'],
      ['alias:champion', '1', 'hubot', 'https://github.com/o/r/actions/runs/8'],
    ]);
    // The single-value tags describe the latest promotion; the gate line of the first is not carried over to the second.
    expect(tags).toMatchObject({ 'mlship.promoted_to': 'alias:champion', 'mlship.actor': 'hubot', 'mlship.commit': '' });
    expect(history[1]).not.toHaveProperty('commit');
    // The registry reads the same history back (what a person or a rollback asks: how did this version get here?).
    expect((await reg.promotions(m, '2')).map(({ at, ...h }) => (expect(at).toMatch(/^\d{4}-/), h))).toEqual([
      { target: 'stage:Production', previous: '1', runUrl: 'https://github.com/o/r/actions/runs/7', commit: 'abc', actor: 'octocat', gate: 'accuracy >= 0.85: 0.9' },
      { target: 'alias:champion', previous: '1', runUrl: 'https://github.com/o/r/actions/runs/8', actor: 'hubot', gate: 'accuracy >= 0.85: 0.9' },
    ]);
    expect(await reg.promotions(m, '1')).toEqual([]);
  });

  it('moves an alias and is a no-op when the version already holds it', async () => {
    const m = ml.name();
    await ml.createVersion(m, { metrics: {} });
    await ml.createVersion(m, { metrics: {} });
    const reg = new MlflowRegistry({ trackingUri: ml.url, ...fast });
    expect(await reg.latestVersion(m, champion)).toBeNull();
    expect(await reg.assign(m, '1', assign(null, { target: champion }))).toMatchObject({ previous: null, changed: true });
    expect(await reg.assign(m, '2', assign('1', { target: champion }))).toEqual({ previous: '1', changed: true, archived: ['1'], warnings: [] });
    expect(await ml.aliases(m)).toEqual({ champion: '2' });
    const writes = ml.writes().length;
    expect(await reg.assign(m, '2', assign('2', { target: champion }))).toEqual({ previous: '2', changed: false, archived: [], warnings: [] });
    expect(ml.writes()).toHaveLength(writes);
    expect((await reg.getVersion(m, '2')).aliases).toEqual(['champion']);
  });

  it('empties an alias (DELETE) or a stage (to Archived) for a rollback of a first promotion', async () => {
    const m = ml.name();
    await ml.createVersion(m, { stage: 'Production' });
    await ml.setAlias(m, 'champion', '1');
    const reg = new MlflowRegistry({ trackingUri: ml.url, ...fast });
    expect(await reg.unassign(m, { target: champion, expectedHolder: '1', provenance: {} })).toEqual({ previous: '1', changed: true });
    expect(await ml.aliases(m)).toEqual({});
    expect(ml.calls.find((c) => c.method === 'DELETE')?.body).toEqual({ name: m, alias: 'champion' });
    expect(await reg.unassign(m, { target: champion, expectedHolder: null, provenance: {} })).toEqual({ previous: null, changed: false });
    expect(await reg.unassign(m, { target: production, expectedHolder: '1', provenance: {} })).toEqual({ previous: '1', changed: true });
    expect(await ml.stages(m)).toEqual({ '1': 'Archived' });
    expect(await reg.latestVersion(m, production)).toBeNull();
  });

  it('finds the newest version across search pages (page_token)', async () => {
    const m = ml.name('big');
    for (let i = 0; i < 5; i++) await ml.createVersion(m, { runId: null });
    const reg = new MlflowRegistry({ trackingUri: ml.url, ...fast, searchPageSize: 2 });
    expect((await reg.latestVersion(m))?.version).toBe('5');
    const searches = ml.calls.filter((c) => c.path.endsWith('model-versions/search'));
    expect(searches.map((c) => c.query.page_token?.[0] !== undefined)).toEqual([false, true, true]);
    expect(searches[0]!.query.filter).toEqual([`name='${m}'`]);
  });

  it('refuses to write when the stage changed after it was read', async () => {
    const m = ml.name();
    await ml.createVersion(m, { stage: 'Production' });
    await ml.createVersion(m, { stage: 'Staging' });
    const reg = new MlflowRegistry({ trackingUri: ml.url, ...fast });
    const seen = (await reg.latestVersion(m, production))!.version;
    await ml.createVersion(m, { stage: 'Production' });
    const e = await reg.assign(m, '2', assign(seen)).catch((x: unknown) => x);
    expect(e).toBeInstanceOf(RaceError);
    expect((e as RaceError).line).toMatch(new RegExp(`^stage "Production" of ${m} changed while promoting: expected 1 there, found 3\\.`));
    expect(ml.writes()).toEqual([]);
  });

  it('keeps a newer holder unless archiving, and never sends archive_existing_versions for a passive stage', async () => {
    const m = ml.name();
    await ml.createVersion(m);
    await ml.createVersion(m, { stage: 'Production' });
    const reg = new MlflowRegistry({ trackingUri: ml.url, ...fast });
    expect(await userErrorLine(reg.assign(m, '1', assign('2', { archiveExisting: false })))).toMatch(/^version 2 would stay the version of stage "Production"/);
    expect(ml.writes()).toEqual([]);
    await reg.assign(m, '1', assign(null, { target: { kind: 'stage', name: 'Archived' } }));
    expect(ml.calls.find((c) => c.path.endsWith('transition-stage'))?.body).toMatchObject({ stage: 'Archived', archive_existing_versions: false });
    expect((await ml.version(m, '1')).stage).toBe('Archived');
  });

  it('maps MLflow errors to one line: unknown model, unknown version, bad stage, missing run', async () => {
    const m = ml.name();
    await ml.createVersion(m, { metrics: { accuracy: 1 } });
    await ml.createVersion(m, { runId: null });
    const reg = new MlflowRegistry({ trackingUri: ml.url, ...fast });
    const nope = ml.name('nope');
    expect(await userErrorLine(reg.getModel(nope))).toBe(`model "${nope}" not found in the MLflow registry at ${ml.url}. Check model-name (names are case-sensitive).`);
    expect(await userErrorLine(reg.getVersion(m, '7'))).toMatch(new RegExp(`^version 7 of model "${m}" not found in the MLflow registry at http://127\\.0\\.0\\.1:\\d+\\. MLflow versions are numbers`));
    expect(await userErrorLine(reg.latestVersion(m, { kind: 'stage', name: 'Prod' }))).toBe(
      `MLflow registered-models/get-latest-versions at ${ml.url} answered HTTP 400 INVALID_PARAMETER_VALUE: Invalid Model Version stage: Prod. Value must be one of None, Staging, Production, Archived.`,
    );
    expect(await userErrorLine(reg.versionMetrics(m, '2'))).toMatch(new RegExp(`^version 2 of model "${m}" has no run_id`));
  });

  it('reads a NaN metric as NaN (protobuf JSON writes it as a string)', async () => {
    const m = ml.name();
    await ml.createVersion(m, { metrics: { accuracy: NaN, loss: 0.1 } });
    const reg = new MlflowRegistry({ trackingUri: ml.url, ...fast });
    expect(await reg.versionMetrics(m, '1')).toEqual({ accuracy: NaN, loss: 0.1 });
  });
});

describe('MlflowRegistry with the real basic-auth app', () => {
  it('sends basic auth (also taken from user:pass@ in the URI, which never shows in messages); 401 and 403 are one line each', async () => {
    const s = await realMlflow('auth');
    try {
      const m = s.name();
      await s.createVersion(m, { stage: 'Staging' });
      const { username, password } = s.admin!;
      await expect(new MlflowRegistry({ trackingUri: s.url, username, password, ...fast }).getModel(m)).resolves.toMatchObject({ name: m });
      const withCreds = s.url.replace('http://', `http://${username}:${encodeURIComponent(password)}@`);
      await expect(new MlflowRegistry({ trackingUri: withCreds, ...fast }).getModel(m)).resolves.toMatchObject({ url: `${s.url}/#/models/${m}` });
      const line = await userErrorLine(new MlflowRegistry({ trackingUri: s.url.replace('http://', `http://${username}:wrong@`), ...fast }).getModel(m));
      expect(line).toMatch(/answered HTTP 401: You are not authenticated\..* The credentials were rejected/);
      expect(line).not.toContain('wrong');

      // A user with the server's default READ permission may read but not promote.
      await s.createUser('reader', 'reader-pw');
      const reader = new MlflowRegistry({ trackingUri: s.url, username: 'reader', password: 'reader-pw', ...fast });
      expect((await reader.latestVersion(m, { kind: 'stage', name: 'Staging' }))?.version).toBe('1');
      expect(await userErrorLine(reader.assign(m, '1', assign(null)))).toMatch(/^MLflow model-versions\/transition-stage at http:\/\/127\.0\.0\.1:\d+ answered HTTP 403: Permission denied\. The credentials lack permission on this model: promoting needs EDIT or MANAGE/);
      expect(await s.stages(m)).toEqual({ '1': 'Staging' });
    } finally {
      await s.close();
    }
  });
});

/** Faults real MLflow cannot be made to produce on demand: the contract double (mlflow-server.ts) injects them. */
describe('MlflowRegistry auth and faults (contract double)', () => {
  let server: MlflowServer;
  beforeEach(async () => {
    server = await mlflowServer();
  });
  afterEach(() => server.close());

  // Bearer tokens are Databricks' (an open-source MLflow server has no token auth), so this one stays on the double.
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
    expect(line).toMatch(/^MLflow registered-models\/get at http:\/\/127\.0\.0\.1:\d+ failed after 3 attempts: HTTP 500 INTERNAL_ERROR: injected fault: HTTP 500\. The server is unreachable/);
  });

  it('provenance that cannot be written is a warning; the promotion stands', async () => {
    server.createVersion('m', { stage: 'Staging' });
    server.fault({ endpoint: 'model-versions/set-tag', status: 500, times: 100 });
    const reg = new MlflowRegistry({ trackingUri: server.url, ...fast, attempts: 2 });
    const r = await reg.assign('m', '1', assign(null));
    expect(r).toMatchObject({ previous: null, changed: true });
    expect(r.warnings).toEqual([expect.stringMatching(/^provenance not fully recorded: MLflow model-versions\/set-tag at http:\/\/127\.0\.0\.1:\d+ failed after 2 attempts: HTTP 500/)]);
    expect(server.stages('m')).toEqual({ '1': 'Production' });
  });

  it('a history tag edited by hand is one clear line', async () => {
    server.createVersion('m');
    await new MlflowRegistry({ trackingUri: server.url, ...fast }).assign('m', '1', assign(null));
    await fetch(`${server.url}/api/2.0/mlflow/model-versions/set-tag`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ name: 'm', version: '1', key: 'mlship.promotion.2', value: 'moved by hand' }) });
    expect(await userErrorLine(new MlflowRegistry({ trackingUri: server.url, ...fast }).promotions('m', '1'))).toMatch(
      /^tag mlship\.promotion\.2 of m 1 is not the JSON object mlship writes: moved by hand\.? Someone edited the tag by hand; fix or delete it in the MLflow UI\.$/,
    );
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
