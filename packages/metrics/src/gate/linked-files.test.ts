/**
 * eval-gate reads some user-named files itself rather than through the dataset
 * readers: a metrics JSON and a text file of latency samples. Named inside the
 * workspace on a runner, a link there must not lead out of it — a JSON parse
 * error or a bad line would otherwise echo the linked file into the report.
 * Real files and real links in a temp workspace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from '@mlship/core';
import { readLatencySamples } from './measurements';
import { readMetricsFile } from './metrics-file';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-gate-links-'));
const ws = path.join(dir, 'ws');
const lineOf = async (work: () => unknown): Promise<string> => {
  try {
    await work();
  } catch (e) {
    if (e instanceof UserError) return e.line;
    throw e;
  }
  throw new Error('expected a UserError');
};

beforeAll(() => {
  fs.mkdirSync(path.join(dir, 'outside'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'outside/config'), '[http]\n\textraheader = AUTHORIZATION: basic c2VjcmV0\n');
  fs.mkdirSync(path.join(ws, 'out'), { recursive: true });
  fs.symlinkSync('../../outside/config', path.join(ws, 'out/metrics.json'));
  fs.symlinkSync('../../outside/config', path.join(ws, 'out/latency.txt'));
  fs.writeFileSync(path.join(ws, 'out/real.json'), '{"accuracy": 0.9}');
  fs.symlinkSync('real.json', path.join(ws, 'out/latest.json'));
  process.env.GITHUB_WORKSPACE = ws;
});
afterAll(() => {
  delete process.env.GITHUB_WORKSPACE;
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('files eval-gate reads itself, linked out of the workspace', () => {
  it('a metrics JSON is refused naming the link, and nothing of the target is echoed', async () => {
    const line = await lineOf(() => readMetricsFile('out/metrics.json', ws, 'baseline-predictions'));
    expect(line).toMatch(/^baseline-predictions out\/metrics\.json: out\/metrics\.json is a link to \.\.\/\.\.\/outside\/config, outside the workspace /);
    expect(line).not.toMatch(/AUTHORIZATION|extraheader/);
  });

  it('latency samples in a text file are refused the same way', async () => {
    const line = await lineOf(() => readLatencySamples('out/latency.txt', 'latency_ms', ws));
    expect(line).toMatch(/^latency-samples out\/latency\.txt: out\/latency\.txt is a link to \.\.\/\.\.\/outside\/config, outside the workspace /);
    expect(line).not.toMatch(/AUTHORIZATION|extraheader/);
  });

  it('a link that stays in the workspace is read', () => {
    expect(readMetricsFile('out/latest.json', ws, 'baseline-predictions')).toEqual({ accuracy: 0.9 });
  });
});
