/**
 * env-config end to end: the dist bundle run as the runner runs it
 * (harness.ts) on the production and staging environment files, reading the
 * GITHUB_ENV file back the way the runner does; secrets checked to be masked
 * before any line shows them; bad configs refused with one line.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectUserError, repoRoot, runBundle, type RunOptions, expectErrorRecorded } from './harness';

const fixtures = path.join(repoRoot, '__tests__/fixtures/env-config');
const root = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-envcfg-'));
let n = 0;

/** A fresh workspace holding configs/environments/{production,staging}.yaml plus `extra` files. */
function workspace(extra: Record<string, string> = {}): string {
  const dir = path.join(root, `ws${++n}`);
  fs.cpSync(fixtures, dir, { recursive: true });
  for (const [f, text] of Object.entries(extra)) {
    fs.mkdirSync(path.dirname(path.join(dir, f)), { recursive: true });
    fs.writeFileSync(path.join(dir, f), text);
  }
  return dir;
}

async function envConfig(inputs: Record<string, string>, o: { files?: Record<string, string> } & Partial<RunOptions> = {}) {
  const cwd = workspace(o.files);
  const reportDir = path.join(cwd, 'mlship-report');
  const r = await runBundle('env-config', { timeoutMs: 60000, ...o, cwd, inputs: { 'report-path': reportDir, ...inputs } });
  const reportFile = path.join(reportDir, 'report.json');
  return { ...r, cwd, reportDir, reportText: fs.existsSync(reportFile) ? fs.readFileSync(reportFile, 'utf8') : undefined };
}

const production = {
  model_batch_size: '64',
  model_precision: 'fp16',
  deployment_replicas: '4',
  deployment_resources_gpu: '2',
  deployment_resources_memory: '32Gi',
  monitoring_alert_threshold_latency: '500ms',
  monitoring_alert_threshold_error_rate: '0.01',
};

describe.each(['node20', 'node24'] as const)('env-config on %s', (node) => {
  it('exports production.yaml under the names yq -o=shell prints, and copies it', async () => {
    const r = await envConfig({ environment: 'production', 'copy-to': 'config.yaml' }, { node });
    expect(r.exitCode).toBe(0);
    expect(r.exported).toEqual(production);
    expect(r.outputs).toEqual({
      passed: 'true',
      status: 'pass',
      'failed-checks': '[]',
      'report-path': r.reportDir,
      'config-path': path.join(r.cwd, 'configs/environments/production.yaml'),
      environment: 'production',
      variables: JSON.stringify(Object.keys(production)),
    });
    expect(fs.readFileSync(path.join(r.cwd, 'config.yaml'), 'utf8')).toBe(fs.readFileSync(path.join(fixtures, 'configs/environments/production.yaml'), 'utf8'));
    expect(r.summary).toContain('7 variables from `configs/environments/production.yaml` exported to the following steps; the file was copied to `config.yaml`.');
    expect(r.summary).toContain('| deployment\\_resources\\_gpu | 2 | deployment.resources.gpu | 8 |');
    expect(r.stdout).toContain('  monitoring_alert_threshold_latency=500ms\n');
    expect(r.stderr).toBe('');
  });
});

it('a later step sees the variables: GITHUB_ENV read back and handed to bash', async () => {
  const r = await envConfig({ environment: 'staging' });
  const env = { PATH: process.env.PATH ?? '', ...r.exported };
  const out = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', 'echo "bs=$model_batch_size gpu=$deployment_resources_gpu mem=$deployment_resources_memory"'], { env, encoding: 'utf8' });
  expect(out.stdout).toBe('bs=32 gpu=1 mem=16Gi\n');
  expect(r.outputs.variables).toBe('["model_batch_size","model_precision","deployment_replicas","deployment_resources_gpu","deployment_resources_memory"]');
});

it('case: upper and prefix rename every variable', async () => {
  const r = await envConfig({ environment: 'staging', case: 'upper', prefix: 'CFG_' });
  expect(r.exported).toEqual({ CFG_MODEL_BATCH_SIZE: '32', CFG_MODEL_PRECISION: 'fp32', CFG_DEPLOYMENT_REPLICAS: '1', CFG_DEPLOYMENT_RESOURCES_GPU: '1', CFG_DEPLOYMENT_RESOURCES_MEMORY: '16Gi' });
});

it('file: reads an explicit path; multi-line values and values holding = survive GITHUB_ENV', async () => {
  const text = 'query: "SELECT * FROM t WHERE a=1\\nAND b=2"\nbanner: |\n  line one\n  line=two\nflags: [--fp16, --compile]\n';
  const r = await envConfig({ file: 'deploy/settings.yml' }, { files: { 'deploy/settings.yml': text } });
  expect(r.exported).toEqual({ query: 'SELECT * FROM t WHERE a=1\nAND b=2', banner: 'line one\nline=two\n', flags_0: '--fp16', flags_1: '--compile' });
  expect(r.outputs.environment).toBe('settings');
});

describe('masking', () => {
  const pem = '-----BEGIN RSA PRIVATE KEY-----\nMIIEowIBAAKCAQEA0Z3VS5JJcds3xfn\n-----END RSA PRIVATE KEY-----\n';
  const secrets = {
    database_password: 'hunter2-Pa55',
    sentry_dsn: 'https://3f9c2e8b@o1.ingest.sentry.io/42',
    feature_store_url: 'postgres://ml:Tr0ub4dor@db.internal:5432/features',
    notes: 'ghp_abcdefghijklmnopqrstuvwxyz0123456789AB',
  };
  const config = [
    'database:',
    '  host: db.internal',
    `  password: ${secrets.database_password}`,
    `sentry_dsn: ${secrets.sentry_dsn}`,
    'feature_store:',
    `  url: ${secrets.feature_store_url}`,
    `notes: ${secrets.notes}`,
    'signing:',
    '  key: |',
    ...pem.trimEnd().split('\n').map((l) => `    ${l}`),
    '',
  ].join('\n');

  it('masks secret-looking keys and credential-looking values before any line shows them', async () => {
    const r = await envConfig({ environment: 'production' }, { files: { 'configs/environments/production.yaml': config } });
    expect(r.exitCode).toBe(0);
    expect(r.exported).toEqual({ database_host: 'db.internal', database_password: secrets.database_password, sentry_dsn: secrets.sentry_dsn, feature_store_url: secrets.feature_store_url, notes: secrets.notes, signing_key: pem });
    const lines = r.stdout.split('\n');
    for (const value of [...Object.values(secrets), ...pem.trimEnd().split('\n')]) {
      const showing = lines.map((l, i) => [l, i] as const).filter(([l]) => l.includes(value));
      expect(showing.length).toBeGreaterThan(0);
      // The runner masks line by line: each line of a multi-line value is registered on its own too.
      expect(lines).toContain(`::add-mask::${value}`);
      expect(showing[0]![0]).toMatch(/^::add-mask::/);
      expect(showing.filter(([l]) => !l.startsWith('::add-mask::'))).toEqual([]);
    }
    expect(lines).toContain(`::add-mask::${pem.replace(/\n/g, '%0A')}`);
    expect(r.stdout).toContain('  database_password=***\n');
    expect(r.stdout).toContain('  database_host=db.internal\n');
    for (const value of [...Object.values(secrets), 'MIIEowIBAAKCAQEA0Z3VS5JJcds3xfn']) {
      expect(r.summary).not.toContain(value);
      expect(r.reportText).not.toContain(value);
    }
    expect(r.summary).toContain('| database\\_password | \\*\\*\\* | database.password | 3 |');
    // Credentials in a committed file are a warning that names keys, never values.
    expect(r.outputs.status).toBe('warn');
    expect(r.warnings).toEqual([
      'Credentials in the config file: masked, but committed to the repository: feature_store.url (URL with user:password@, line 6), notes (GitHub token, line 7), signing.key (private key, line 9); keep them in GitHub secrets and pass them with env:',
    ]);
  });

  it('mask-keys replaces the key pattern', async () => {
    const r = await envConfig({ environment: 'staging', 'mask-keys': 'precision|memory' });
    expect(r.stdout).toContain('::add-mask::fp32\n');
    expect(r.stdout).toContain('::add-mask::16Gi\n');
    expect(r.stdout).toContain('  model_precision=***\n');
    expect(r.stdout).not.toContain('::add-mask::32\n');
  });
});

describe('warnings', () => {
  it('null values become empty strings, empty lists export nothing; fail-on: warning fails the job', async () => {
    const files = { 'configs/environments/dev.yaml': 'model:\n  checkpoint:\n  tags: []\n  lr: ~\n' };
    const lenient = await envConfig({ environment: 'dev' }, { files });
    expect(lenient.exitCode).toBe(0);
    expect(lenient.exported).toEqual({ model_checkpoint: '', model_lr: '' });
    expect(lenient.outputs.status).toBe('warn');
    expect(lenient.warnings).toEqual(['Null values: exported as empty strings: model.checkpoint (line 2), model.lr (line 4)', 'Empty lists and mappings: nothing exported for: model.tags (line 3)']);
    const strict = await envConfig({ environment: 'dev', 'fail-on': 'warning' }, { files });
    expect(strict.exitCode).toBe(1);
    expect(strict.errors).toEqual(['Environment config: dev: WARN — warnings present']);
  });

  it('a config with nothing to export fails', async () => {
    const r = await envConfig({ environment: 'dev' }, { files: { 'configs/environments/dev.yaml': 'model: {}\n' } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', status: 'fail', 'failed-checks': '["exported"]', variables: '[]' });
    expect(r.exported).toEqual({});
  });
});

describe('bad input: one line, nothing exported', () => {
  it.each([
    [{ environment: 'prod' }, {}, /^configs\/environments\/prod\.yaml not found; environments in configs\/environments: production, staging\. Add the file, or fix environment\.$/],
    [{ environment: 'production', file: 'x.yaml' }, {}, /^inputs "environment" and "file" are both given; give one of them/],
    [{}, {}, /^neither "environment" nor "file" is given/],
    [{ environment: 'bad' }, { 'configs/environments/bad.yaml': 'model:\n  batch_size: [64\n' }, /^configs\/environments\/bad\.yaml:3: invalid YAML: /],
    [{ environment: 'bad' }, { 'configs/environments/bad.yaml': '- production\n- staging\n' }, /^configs\/environments\/bad\.yaml:1: the top level is a list, not a mapping of keys/],
    [{ environment: 'bad' }, { 'configs/environments/bad.yaml': 'production\n' }, /^configs\/environments\/bad\.yaml:1: the top level is a single value, not a mapping of keys/],
    [{ environment: 'bad' }, { 'configs/environments/bad.yaml': '' }, /^configs\/environments\/bad\.yaml: the config file is empty/],
    [{ environment: 'bad' }, { 'configs/environments/bad.yaml': 'model:\n  batch_size: 64\npath: /tmp/evil\n' }, /^configs\/environments\/bad\.yaml:3: key "path" would set path, which controls how later steps run; it is never exported/],
    [{ environment: 'bad', case: 'upper' }, { 'configs/environments/bad.yaml': 'ld:\n  preload: /tmp/evil.so\n' }, /^configs\/environments\/bad\.yaml:2: key "ld\.preload" would set LD_PRELOAD, which controls/],
    [{ environment: 'bad' }, { 'configs/environments/bad.yaml': 'github:\n  token: x\n' }, /^configs\/environments\/bad\.yaml:2: key "github\.token" would set github_token/],
    [{ environment: 'production', case: 'lower' }, {}, /^input "case" Invalid option: expected one of "keep"\|"upper"/],
    [{ environment: 'production', prefix: '9x' }, {}, /^input "prefix" is "9x", which cannot start a variable name/],
    [{ environment: 'production', 'mask-keys': '(secret' }, {}, /^input "mask-keys" "\(secret" is not a valid regular expression: missing closing \)/],
  ])('%j %j', async (inputs, files, message) => {
    const r = await envConfig(inputs, { files });
    expectUserError(r, message);
    expectErrorRecorded(r);
    expect(r.exported).toEqual({});
  });
});
