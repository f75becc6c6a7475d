/**
 * The `mlship` command as a user runs it (`npx mlship …` resolves to
 * packages/cli/bin/mlship.js, which loads the committed dist/cli bundle).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './harness';

const bin = path.join(repoRoot, 'packages/cli/bin/mlship.js');
const ex = (p: string) => path.join(repoRoot, 'examples', p);

function mlship(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: { ...process.env, GITHUB_ACTIONS: '', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' } });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('mlship CLI', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-cli-'));

  it('prints usage with every action and its inputs', () => {
    const r = mlship('--help');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: mlship <action>/);
    expect(r.out).toContain('validate-data  --data <v> [--config]');
    expect(mlship('validate-data', '--help').out).toContain('--fail-on (default error)');
  });

  it('runs validate-data on passing data: the text report, the outputs, exit 0, and the summary file', () => {
    const summary = path.join(tmp, 'summary.md');
    const report = path.join(tmp, 'pass');
    const r = mlship('validate-data', '--data', ex('data/train.parquet'), '--config', ex('checks.yml'), '--reference', ex('data/reference.parquet'), '--test-data', ex('data/test.parquet'), '--report-path', report, '--summary', summary);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Data Validation Report: PASS');
    expect(r.out).toMatch(/\[PASS\] drift:feature1: observed psi/);
    expect(r.out).toContain('  passed=true\n  status=pass\n  failed-checks=[]\n');
    expect(fs.readFileSync(summary, 'utf8')).toBe(fs.readFileSync(path.join(report, 'report.md'), 'utf8'));
    expect(JSON.parse(fs.readFileSync(path.join(report, 'report.json'), 'utf8')).status).toBe('pass');
  });

  it('exits 1 on failing data and names every failed check', () => {
    const r = mlship('validate-data', '--data', ex('data/train_bad.csv'), '--config', ex('configs/data_validation.json'), '--report-path', path.join(tmp, 'fail'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Data Validation Report: FAIL');
    expect(r.err).toMatch(/^error: Missing values: High null columns: target/m);
    expect(JSON.parse(/failed-checks=(.*)/.exec(r.out)![1]!)).toEqual(['missing_values', 'target_distribution', 'range_feature1', 'duplicates']);
  });

  it('prints the config JSON Schema that is published in schemas/', () => {
    const r = mlship('schema', 'validate-data');
    expect(r.code).toBe(0);
    expect(r.out).toBe(fs.readFileSync(path.join(repoRoot, 'schemas/validate-data.config.schema.json'), 'utf8'));
  });

  it.each([
    [['valdate-data'], /^error: unknown action "valdate-data"\. Did you mean "validate-data"\?/],
    [['validate-data', '--dta', 'x.csv'], /^error: Unknown option '--dta'\. Did you mean "data"\?/],
    [['validate-data'], /^error: input "data" is required/],
    [['validate-data', '--data', 'missing.parquet'], /^error: data missing\.parquet: no such file or directory/],
    [['schema', 'nope'], /^error: no config schema for "nope"/],
  ])('one clear error line for %j', (args, message) => {
    const r = mlship(...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
