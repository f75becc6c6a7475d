/**
 * The mask-keys input is a regular expression matched against every variable
 * name of the config file, which a pull request can edit. On a backtracking
 * engine `^(a+)+$` against a name of 32 a's and one more character takes about
 * 2^32 steps (hours); the bundle runs it on a linear-time engine, so far longer
 * names finish with the right masking. The only clock is the harness's overall
 * limit, orders of magnitude above what the linear engine needs.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expectUserError, runBundle } from './harness';

function workspace(config: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-envcfg-redos-'));
  fs.mkdirSync(path.join(dir, 'configs/environments'), { recursive: true });
  fs.writeFileSync(path.join(dir, 'configs/environments/production.yaml'), config);
  return dir;
}

describe('env-config mask-keys runs in linear time', () => {
  it('matches ^(a+)+$ against hostile variable names and masks only the all-a one', async () => {
    const hostile = 'a'.repeat(32) + 'b';
    const long = 'a'.repeat(20_000) + 'b';
    const masked = 'a'.repeat(20_000);
    // Explicit keys (`? key`): YAML caps an implicit key at 1024 characters.
    const cwd = workspace(`${hostile}: one\n? ${long}\n: two\n? ${masked}\n: s3cret-value\n`);
    const r = await runBundle('env-config', { cwd, timeoutMs: 300_000, inputs: { environment: 'production', 'mask-keys': '^(a+)+$', 'report-path': path.join(cwd, 'report') } });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(r.stdout).toContain('::add-mask::s3cret-value');
    expect(r.stdout).not.toContain('::add-mask::one');
    expect(r.stdout).not.toContain('::add-mask::two');
  }, 320_000);

  it('refuses a lookahead in mask-keys with one line naming the input and the construct', async () => {
    const cwd = workspace('db_password: x\n');
    const r = await runBundle('env-config', { cwd, inputs: { environment: 'production', 'mask-keys': '(?=.*pass)', 'report-path': path.join(cwd, 'report') } });
    expectUserError(r, /^input "mask-keys" "\(\?=\.\*pass\)" uses a lookahead \(\(\?=…\)\), which the linear-time regular expression engine \(RE2 syntax\) cannot run\. /);
  });
});
