/**
 * validate-data end to end: the committed dist/validate-data bundle run as the
 * runner runs it (see harness.ts), on real files, under Node 20 and Node 24.
 */
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { expectUserError, repoRoot, runBundle, type RunResult, expectErrorRecorded } from './harness';

const ex = (p: string) => path.join(repoRoot, 'examples', p);
const full = { config: ex('checks.yml'), reference: ex('data/reference.parquet'), 'test-data': ex('data/test.parquet') };
const tmpdir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-vd-'));

const lastError = (r: RunResult) => r.errors.at(-1) ?? '';

describe.each(['node20', 'node24'] as const)('validate-data bundle on %s', (node) => {
  it('passes the clean example data and writes outputs, summary and report files', async () => {
    const out = tmpdir();
    const r = await runBundle('validate-data', { node, inputs: { data: ex('data/train.parquet'), ...full, 'report-path': out } });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({ passed: 'true', status: 'pass', 'failed-checks': '[]', 'report-path': out });
    expect(r.summary).toContain('## ✅ PASS Data Validation Report');
    expect(r.summary).toContain('xychart-beta');
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8'));
    expect(report.schemaVersion).toBe(1);
    expect(report.data.profile.rows).toBe(5000);
    // The runner's summary file gets one more newline from core.summary.write().
    expect(fs.readFileSync(path.join(out, 'report.md'), 'utf8').trimEnd()).toBe(r.summary.trimEnd());
  });

  it('fails the broken example data, naming every problem', async () => {
    const r = await runBundle('validate-data', { node, inputs: { data: ex('data/train_bad.csv'), ...full, 'report-path': tmpdir() } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.passed).toBe('false');
    expect(r.outputs.status).toBe('fail');
    expect(JSON.parse(r.outputs['failed-checks']!)).toEqual(
      expect.arrayContaining([
        'not_null:target',
        'values_between:feature1',
        'distinct_values_in_set:category',
        'missing_values',
        'target_distribution',
        'duplicates',
        'unique:id',
        'drift:feature2',
        'leakage',
      ]),
    );
    expect(r.summary).toContain('## ❌ FAIL Data Validation Report');
    expect(r.errors.some((e) => e.startsWith('Not null: target:'))).toBe(true);
    expect(lastError(r)).toMatch(/^Data Validation Report: FAIL — /);
  });
});

describe('validate-data inputs', () => {
  it('accepts the seed configs/data_validation.json and a Great Expectations suite', async () => {
    const seed = await runBundle('validate-data', { inputs: { data: ex('data/train.parquet'), config: ex('configs/data_validation.json'), 'report-path': tmpdir() } });
    expect(seed.outputs.passed).toBe('true');
    const gx = await runBundle('validate-data', { inputs: { data: ex('data/train_bad.csv'), config: ex('gx/training_data_suite.json'), 'report-path': tmpdir() } });
    expect(JSON.parse(gx.outputs['failed-checks']!)).toEqual(['not_null:target', 'values_between:feature1', 'distinct_values_in_set:category']);
  });

  it('writes GX-shaped results per expectation in report.json', async () => {
    const out = tmpdir();
    await runBundle('validate-data', { inputs: { data: ex('data/train_bad.csv'), config: ex('gx/training_data_suite.json'), 'report-path': out } });
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as { data: { results: { id: string; expectation_type?: string; success: boolean; result: Record<string, unknown> }[] } };
    const notNull = report.data.results.find((r) => r.id === 'not_null:target')!;
    expect(notNull).toMatchObject({ expectation_type: 'expect_column_values_to_not_be_null', success: false });
    expect(notNull.result.unexpected_count).toBeGreaterThan(0);
    expect(notNull.result.partial_unexpected_list).toEqual(new Array(Math.min(20, notNull.result.unexpected_count as number)).fill(null));
    const range = report.data.results.find((r) => r.id === 'values_between:feature1')!;
    expect(Object.keys(range.result).sort()).toEqual(['element_count', 'missing_count', 'partial_unexpected_list', 'unexpected_count', 'unexpected_percent']);
    // unexpected_percent is of the non-missing values, as in GX.
    const judged = (range.result.element_count as number) - (range.result.missing_count as number);
    expect(range.result.unexpected_percent).toBeCloseTo(((range.result.unexpected_count as number) / judged) * 100, 10);
  });

  it('fills a suite parameter from the parameters input and filters rows by row_condition', async () => {
    const rows = { expectation_type: 'expect_table_row_count_to_be_between', kwargs: { min_value: { $PARAMETER: 'min_rows' } } };
    const ok = await runBundle('validate-data', { inputs: { data: ex('data/train.parquet'), config: JSON.stringify({ expectations: [rows] }), parameters: 'min_rows: 10\n', 'report-path': tmpdir() } });
    expect(ok.outputs.passed).toBe('true');
    const tooFew = await runBundle('validate-data', { inputs: { data: ex('data/train.parquet'), config: JSON.stringify({ expectations: [rows] }), parameters: 'min_rows: 100000000\n', 'report-path': tmpdir() } });
    expect(JSON.parse(tooFew.outputs['failed-checks']!)).toEqual(['row_count']);
    // train_bad.csv has null targets: the check fails on every row and passes on the rows the condition keeps.
    const notNull = (kwargs: Record<string, unknown>) => JSON.stringify({ expectations: [{ expectation_type: 'expect_column_values_to_not_be_null', kwargs: { column: 'target', ...kwargs } }] });
    const all = await runBundle('validate-data', { inputs: { data: ex('data/train_bad.csv'), config: notNull({}), 'report-path': tmpdir() } });
    expect(all.outputs.passed).toBe('false');
    const some = await runBundle('validate-data', { inputs: { data: ex('data/train_bad.csv'), config: notNull({ row_condition: 'target.notnull()', condition_parser: 'pandas' }), 'report-path': tmpdir() } });
    expect(some.outputs.passed).toBe('true');
  });

  it('judges JSON Schema checks, whose validator the bundle loads only for a config that holds one', async () => {
    const dir = tmpdir();
    fs.writeFileSync(path.join(dir, 'events.csv'), 'id,payload\n1,"{""a"": 1}"\n2,"{""a"": 2}"\n3,"{""b"": 3}"\n4,not json\n');
    const schema = (mostly: number) => `checks:\n  - type: json_schema\n    column: payload\n    schema: {type: object, required: [a]}\n    mostly: ${mostly}\n`;
    const half = await runBundle('validate-data', { inputs: { data: path.join(dir, 'events.csv'), config: schema(0.5), 'report-path': tmpdir() } });
    expect(half.outputs.passed).toBe('true');
    const most = await runBundle('validate-data', { inputs: { data: path.join(dir, 'events.csv'), config: schema(0.75), 'report-path': tmpdir() } });
    expect(JSON.parse(most.outputs['failed-checks']!)).toEqual(['json_schema:payload']);
    const suite = { expectations: [{ expectation_type: 'expect_column_values_to_match_json_schema', kwargs: { column: 'payload', json_schema: { type: 'integr' } } }] };
    const bad = await runBundle('validate-data', { inputs: { data: path.join(dir, 'events.csv'), config: JSON.stringify(suite), 'report-path': tmpdir() } });
    expectUserError(bad, /kwargs\.json_schema is not a valid 2020-12 schema/);
  });

  it('takes inline YAML as config and honours fail-on', async () => {
    const r = await runBundle('validate-data', {
      inputs: { data: ex('data/train.parquet'), config: 'checks:\n  - type: row_count\n    min: 10000\n    severity: warning\n', 'fail-on': 'error', 'report-path': tmpdir() },
    });
    expect(r.exitCode).toBe(0);
    expect(r.outputs.status).toBe('warn');
    expect(r.warnings.some((w) => w.startsWith('Row count:'))).toBe(true);
    const strict = await runBundle('validate-data', {
      inputs: { data: ex('data/train.parquet'), config: 'checks:\n  - type: row_count\n    min: 10000\n    severity: warning\n', 'fail-on': 'warning', 'report-path': tmpdir() },
    });
    expect(strict.exitCode).toBe(1);
  });

  it('sends one Slack message listing the failed checks, and survives Slack being down', async () => {
    const bodies: string[] = [];
    let calls = 0;
    const server = http.createServer((req, res) => {
      let body = '';
      req.on('data', (d) => (body += d));
      req.on('end', () => {
        calls++;
        if (calls === 1) {
          res.writeHead(503).end('upstream down');
          return;
        }
        bodies.push(body);
        res.writeHead(200).end('ok');
      });
    });
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
    const url = `http://127.0.0.1:${(server.address() as { port: number }).port}/services/T000/B000/XXXX`;
    try {
      const r = await runBundle('validate-data', { inputs: { data: ex('data/train_bad.csv'), config: ex('configs/data_validation.json'), 'slack-webhook': url, 'report-path': tmpdir() } });
      expect(r.exitCode).toBe(1);
      expect(calls).toBe(2);
      expect(bodies).toHaveLength(1);
      const msg = JSON.parse(bodies[0]!);
      expect(msg.text).toContain('Data validation failed');
      expect(JSON.stringify(msg)).toContain('target_distribution');
      // Registered as a secret, so the runner redacts it from every later log line; printed nowhere else.
      expect(r.stdout).toMatch(/^::add-mask::http:\/\/127\.0\.0\.1:\d+\/services\/T000\/B000\/XXXX$/m);
      expect(r.stdout.replace(/^::add-mask::.*$/m, '')).not.toContain('/services/T000/B000/XXXX');
    } finally {
      server.close();
    }
    const down = await runBundle('validate-data', {
      inputs: { data: ex('data/train_bad.csv'), config: ex('configs/data_validation.json'), 'slack-webhook': 'http://127.0.0.1:9/hook', 'report-path': tmpdir() },
    });
    expect(down.exitCode).toBe(1);
    expect(down.warnings.some((w) => /Slack notification not delivered/.test(w))).toBe(true);
    expect(lastError(down)).toMatch(/^Data Validation Report: FAIL/);
  });
});

/** Each bad input: exit 1, one error line naming the file/key/row, no stack trace, no report written. */
describe('validate-data on a dataset holding a link out of it', () => {
  // The attack of a pull request: `ln -s ../../.git/config data/train/p2.csv` in a checkout whose
  // git config carries the checkout token, with report.json uploaded as an artifact afterwards.
  it('refuses the link with one line naming it and its target, and writes no byte of the config anywhere', async () => {
    const repo = tmpdir();
    const secret = 'AUTHORIZATION: basic eC1hY2Nlc3MtdG9rZW46Z2hzX2NoZWNrb3V0X3Rva2Vu';
    fs.mkdirSync(path.join(repo, '.git'));
    fs.writeFileSync(path.join(repo, '.git/config'), `[http "https://github.com/"]\n\textraheader = ${secret}\n`);
    fs.mkdirSync(path.join(repo, 'data/train'), { recursive: true });
    fs.writeFileSync(path.join(repo, 'data/train/p1.csv'), 'a,b\n1,2\n');
    fs.symlinkSync('../../.git/config', path.join(repo, 'data/train/p2.csv'));
    const reportDir = path.join(repo, 'mlship-reports');
    const r = await runBundle('validate-data', { cwd: repo, inputs: { data: 'data/train/', 'report-path': reportDir } });
    expectUserError(r, /^data data\/train\/: data\/train\/p2\.csv is a link to \.\.\/\.\.\/\.git\/config, outside the dataset data\/train\. Replace the link/);
    expectErrorRecorded(r, reportDir);
    const written = [r.stdout, r.summary, ...fs.readdirSync(reportDir).map((f) => fs.readFileSync(path.join(reportDir, f), 'utf8'))].join('\n');
    expect(written).not.toContain('eC1hY2Nlc3MtdG9rZW46');
    expect(written).not.toMatch(/extraheader/i);
  });
});

describe('validate-data bad input', () => {
  const dir = tmpdir();
  const write = (name: string, content: string | Buffer) => {
    const p = path.join(dir, name);
    fs.mkdirSync(path.dirname(p), { recursive: true });
    fs.writeFileSync(p, content);
    return p;
  };
  const goodParquet = fs.readFileSync(ex('data/train.parquet'));
  const cases: [string, () => Record<string, string>, RegExp][] = [
    ['missing file', () => ({ data: path.join(dir, 'nope.parquet') }), /nope\.parquet/],
    ['empty file', () => ({ data: write('empty.csv', '') }), /empty\.csv.*empty/i],
    ['directory with no data files', () => ({ data: path.dirname(write('nodata/readme.txt', 'hi')) }), /nodata/],
    ['truncated parquet', () => ({ data: write('trunc.parquet', goodParquet.subarray(0, goodParquet.length - 100)) }), /trunc\.parquet/],
    ['corrupt parquet', () => ({ data: write('junk.parquet', Buffer.from('PAR1 this is not parquet at all PAR1')) }), /junk\.parquet/],
    ['ragged CSV row', () => ({ data: write('ragged.csv', 'a,b\n1,2\n3\n') }), /ragged\.csv.*(line|row) 3/i],
    ['unknown column in config', () => ({ data: ex('data/train.parquet'), config: 'checks:\n  - type: not_null\n    column: feture1\n' }), /column "feture1" is not in the data\. Did you mean "feature1"\?/],
    ['config key typo', () => ({ data: ex('data/train.parquet'), config: write('typo.yml', 'checks:\n  - type: row_count\n    mni: 1\n') }), /typo\.yml:3: checks\[0\]: unknown key "mni"\. Did you mean "min"\?/],
    ['wrong type for a threshold', () => ({ data: ex('data/train.parquet'), config: write('type.yml', 'checks:\n  - type: duplicates\n    max_percent: lots\n') }), /type\.yml:3: checks\[0\]\.max_percent: expected number, got "lots"/],
    ['invalid YAML', () => ({ data: ex('data/train.parquet'), config: write('bad.yml', 'checks:\n  - type: [row_count\n') }), /bad\.yml:\d+: invalid YAML/],
    ['glob that matches nothing', () => ({ data: path.join(dir, 'missing/**/*.parquet') }), /matches? no/i],
    ['reference with a different schema', () => ({ data: ex('data/train.parquet'), reference: write('ref.csv', 'a,b\n1,2\n'), config: 'checks:\n  - type: drift\n' }), /reference .*ref\.csv.*column "id" is in the data but not in the reference/],
    ['drift without a reference', () => ({ data: ex('data/train.parquet'), config: 'checks:\n  - type: drift\n' }), /drift check needs a reference dataset/],
    ['invalid fail-on', () => ({ data: ex('data/train.parquet'), 'fail-on': 'sometimes' }), /input "fail-on"/],
    ['a Great Expectations kwarg mlship does not implement', () => ({ data: ex('data/train.parquet'), config: write('suite-windows.json', JSON.stringify({ expectations: [{ expectation_type: 'expect_column_mean_to_be_between', kwargs: { column: 'feature1', min_value: 0, windows: [] } }] })) }), /suite-windows\.json: expectations\[0\]: expect_column_mean_to_be_between: kwarg "windows" is not supported by mlship/],
    ['a suite parameter nobody gave', () => ({ data: ex('data/train.parquet'), config: write('suite-param.json', JSON.stringify({ expectations: [{ expectation_type: 'expect_table_row_count_to_be_between', kwargs: { min_value: { $PARAMETER: 'min_rows' } } }] })) }), /kwargs\.min_value \{"\$PARAMETER": "min_rows"\}: parameter "min_rows" is not given \(no parameters input\)/],
    ['parameters that are not a mapping', () => ({ data: ex('data/train.parquet'), config: ex('gx/training_data_suite.json'), parameters: '- 1\n- 2\n' }), /parameters must be a mapping of names to values/],
    ['parameters without config', () => ({ data: ex('data/train.parquet'), parameters: 'min_rows: 5' }), /parameters is set without config/],
    ['a row_condition on a column that does not exist', () => ({ data: ex('data/train.parquet'), config: 'checks:\n  - type: not_null\n    column: feature1\n    row_condition: segmnt == 1\n' }), /row_condition "segmnt == 1": column "segmnt" is not in the data/],
  ];

  it.each(cases)('%s', async (_name, inputs, message) => {
    const reportDir = path.join(dir, `report-${Math.random().toString(36).slice(2)}`);
    const r = await runBundle('validate-data', { inputs: { ...inputs(), 'report-path': reportDir } });
    expectUserError(r, message);
    expectErrorRecorded(r, reportDir);
  });
});
