import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runnerIO } from './runner-io';

/**
 * runnerIO must write what @actions/core writes. The same calls go through
 * @actions/core in a child process and through runnerIO here, against the same
 * INPUT_* variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files; the bytes are
 * compared with the random heredoc delimiters normalised.
 */
const message = 'multi\nline 100% done\r, with: colons';
const calls = [
  ['setOutput', 'passed', 'true'],
  ['setOutput', 'failed-checks', '["row_count","range:x"]\nsecond line'],
  ['setSecret', 'https://hooks.slack.com/services/T0/B0/XYZ'],
  ['info', message],
  ['warning', message],
  ['debug', message],
  ['error', message, { title: 'validate-data: range, x', file: 'data/a,b.csv', line: 3 }],
  ['notice', message, { title: 't' }],
  ['summary', '## Report\n\n| a | b |\n| --- | --- |\n| 1 | 2 |'],
  ['setFailed', 'Data Validation Report: FAIL — missing_values'],
] as const;

function files() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-runner-io-'));
  const out = path.join(dir, 'output');
  const summary = path.join(dir, 'summary');
  fs.writeFileSync(out, '');
  fs.writeFileSync(summary, '');
  const env = { GITHUB_OUTPUT: out, GITHUB_STEP_SUMMARY: summary, INPUT_DATA: '  data/train.parquet  ', 'INPUT_FAIL-ON': 'warning', 'INPUT_WITH SPACE': 'x', INPUT_EMPTY: '' };
  return { out, summary, env };
}

const normalise = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]{36}/g, 'ghadelimiter_<uuid>');

describe('runnerIO', () => {
  it('writes outputs, commands and the summary byte for byte as @actions/core does', async () => {
    const theirs = files();
    const script = `
      import * as core from '@actions/core';
      const calls = ${JSON.stringify(calls)};
      const inputs = ['data', 'fail-on', 'with space', 'empty', 'missing'].map((n) => core.getInput(n));
      for (const [fn, a, b] of calls) {
        if (fn === 'summary') await core.summary.addRaw(a, true).write();
        else if (fn === 'error') core.error(a, { title: b.title, file: b.file, startLine: b.line });
        else if (fn === 'notice') core.notice(a, b);
        else core[fn](a, b);
      }
      process.stderr.write(JSON.stringify(inputs));
      process.exitCode = process.exitCode === 1 ? 0 : 2;`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH, ...theirs.env } });
    expect(r.status).toBe(0);

    const ours = files();
    let stdout = '';
    const io = runnerIO(ours.env, (s) => (stdout += s));
    const inputs = ['data', 'fail-on', 'with space', 'empty', 'missing'].map((n) => io.getInput(n) ?? '');
    const exitCode = process.exitCode;
    for (const [fn, a, b] of calls) {
      if (fn === 'summary') await io.appendSummary(a);
      else if (fn === 'error' || fn === 'notice') io.annotate(fn, a, b);
      else if (fn === 'setOutput') io.setOutput(a, b!);
      else io[fn](a);
    }
    expect(process.exitCode).toBe(1);
    process.exitCode = exitCode;

    expect(inputs).toEqual(JSON.parse(r.stderr));
    expect(stdout).toBe(r.stdout);
    expect(normalise(fs.readFileSync(ours.out, 'utf8'))).toBe(normalise(fs.readFileSync(theirs.out, 'utf8')));
    expect(fs.readFileSync(ours.summary, 'utf8')).toBe(fs.readFileSync(theirs.summary, 'utf8'));
  });

  it('falls back to the set-output command without a GITHUB_OUTPUT file, as @actions/core does', () => {
    let stdout = '';
    runnerIO({}, (s) => (stdout += s)).setOutput('a,b', 'x\ny');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', "import * as core from '@actions/core'; core.setOutput('a,b', 'x\\ny');"], { encoding: 'utf8', env: { PATH: process.env.PATH } });
    expect(stdout).toBe(r.stdout);
  });

  it('saves state for the post step as @actions/core does, and reads it back from STATE_*', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-runner-state-'));
    const theirs = path.join(dir, 'theirs');
    const ours = path.join(dir, 'ours');
    fs.writeFileSync(theirs, '');
    fs.writeFileSync(ours, '');
    const value = '{"provider":"istio","weights":[95,5]}\nsecond line';
    const script = `import * as core from '@actions/core'; core.saveState('traffic', ${JSON.stringify(value)}); process.stderr.write(core.getState('traffic'));`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH, GITHUB_STATE: theirs, STATE_traffic: 'restored' } });
    expect(r.status).toBe(0);
    const io = runnerIO({ GITHUB_STATE: ours, STATE_traffic: 'restored' }, () => undefined);
    io.saveState('traffic', value);
    expect(normalise(fs.readFileSync(ours, 'utf8'))).toBe(normalise(fs.readFileSync(theirs, 'utf8')));
    expect(io.getState('traffic')).toBe(r.stderr);
    expect(io.getState('missing')).toBeUndefined();
  });

  it('exports variables to GITHUB_ENV as @actions/core does, multi-line values and = included', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-runner-env-'));
    const theirs = path.join(dir, 'theirs');
    const ours = path.join(dir, 'ours');
    fs.writeFileSync(theirs, '');
    fs.writeFileSync(ours, '');
    const vars = [['model_batch_size', '64'], ['db_dsn', 'postgres://u:p@h/db?a=b'], ['pem', '-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n']];
    const script = `import * as core from '@actions/core'; for (const [n, v] of ${JSON.stringify(vars)}) core.exportVariable(n, v);`;
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8', env: { PATH: process.env.PATH, GITHUB_ENV: theirs } });
    expect(r.status).toBe(0);
    const io = runnerIO({ GITHUB_ENV: ours }, () => undefined);
    for (const [n, v] of vars) io.exportVariable(n!, v!);
    expect(normalise(fs.readFileSync(ours, 'utf8'))).toBe(normalise(fs.readFileSync(theirs, 'utf8')));
    expect(() => runnerIO({}, () => undefined).exportVariable('a', 'b')).toThrow(/GITHUB_ENV is not set/);
  });
});
