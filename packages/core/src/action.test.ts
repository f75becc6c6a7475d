import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { defineAction, runAction } from './action';
import { cliIO } from './cli-io';
import { UserError } from './errors';
import { failOnInput } from './inputs';
import { createReport } from './report';

const def = defineAction({
  name: 'demo',
  inputs: z.object({ mode: z.string(), token: z.string().optional(), 'fail-on': failOnInput(), 'report-path': z.string().optional() }),
  secrets: ['token'],
  async run(inputs, io) {
    io.info(`token is ${inputs.token}`);
    if (inputs.mode === 'user-error') throw new UserError('file "x.csv" not found', { where: 'data', hint: 'Check the path.' });
    if (inputs.mode === 'bug') throw new TypeError('undefined is not a function');
    const status = inputs.mode === 'warn' ? 'warning' : 'error';
    return {
      report: createReport({ action: 'demo', title: 'Demo', checks: [{ id: 'c1', title: 'C1', status: inputs.mode === 'pass' ? 'pass' : 'fail', severity: status }] }),
      outputs: { extra: '1' },
    };
  },
});

function run(inputs: Record<string, string>) {
  let out = '';
  let err = '';
  const io = cliIO({ inputs, write: (s) => (out += s), writeError: (s) => (err += s) });
  return runAction(def, io).then((r) => ({ ...r, out, err, io }));
}

describe('runAction', () => {
  it('sets the standard outputs and writes both report files', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-core-'));
    const r = await run({ mode: 'fail', 'report-path': dir });
    expect(r.exitCode).toBe(1);
    expect(r.io.outputs).toEqual({ passed: 'false', status: 'fail', 'failed-checks': '["c1"]', 'report-path': dir, extra: '1' });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).checks[0].id).toBe('c1');
    expect(fs.readFileSync(path.join(dir, 'report.md'), 'utf8')).toContain('❌ FAIL');
  });

  it('applies fail-on', async () => {
    expect((await run({ mode: 'warn' })).exitCode).toBe(0);
    expect((await run({ mode: 'warn', 'fail-on': 'warning' })).exitCode).toBe(1);
    expect((await run({ mode: 'fail', 'fail-on': 'never' })).exitCode).toBe(0);
  });

  it('turns a user mistake into one line without a stack, and masks secrets', async () => {
    const r = await run({ mode: 'user-error', token: 's3cret' });
    expect(r.exitCode).toBe(1);
    expect(r.err).toBe('error: data: file "x.csv" not found. Check the path.\n');
    expect(r.out).toBe('token is ***\n');
    // Later `if: failure()` steps still get the verdict: no report-path here, so no files.
    expect(r.io.outputs).toEqual({ passed: 'false', status: 'error', 'failed-checks': '["error"]' });
  });

  it('writes the error report to report-path when a step stops early', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-core-'));
    const r = await run({ mode: 'user-error', 'report-path': dir });
    expect(r.exitCode).toBe(1);
    expect(r.io.outputs).toEqual({ passed: 'false', status: 'error', 'failed-checks': '["error"]', 'report-path': dir });
    const report = JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8'));
    expect(report).toMatchObject({ action: 'demo', status: 'error', checks: [{ id: 'error', status: 'error', detail: 'data: file "x.csv" not found. Check the path.' }] });
    expect(fs.readFileSync(path.join(dir, 'report.md'), 'utf8')).toContain('x.csv');
  });

  it('records an invalid input the same way, with the report where the step asked for it', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-core-'));
    const r = await run({ mode: 'pass', 'fail-on': 'sometimes', 'report-path': dir });
    expect(r.exitCode).toBe(1);
    expect(r.io.outputs).toMatchObject({ passed: 'false', status: 'error', 'report-path': dir });
    expect(JSON.parse(fs.readFileSync(path.join(dir, 'report.json'), 'utf8')).checks[0].detail).toMatch(/^input "fail-on"/);
  });

  it('reports an internal bug as such', async () => {
    const r = await run({ mode: 'bug' });
    expect(r.exitCode).toBe(1);
    expect(r.err).toContain('mlship demo failed unexpectedly: undefined is not a function');
    expect(r.io.outputs).toMatchObject({ passed: 'false', status: 'error' });
  });
});
