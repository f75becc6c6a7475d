/**
 * A 60 MB quoted CSV field is under read.max_line_bytes (64 MiB), so it is
 * read. The profile once kept the whole value (top value, min, max) and the
 * report copied it again, which took the run past 1.6 GB of RSS. The bound
 * here is the JavaScript heap the child may use (--max-old-space-size=200):
 * the old bundle ran out of memory under it, whatever the machine's speed.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runBundle } from './harness';

describe('validate-data on a 60 MB CSV field', () => {
  it('profiles it within a 200 MB heap and shows it as a label with its size', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-long-field-'));
    const fd = fs.openSync(path.join(dir, 'field.csv'), 'w');
    const mib = 'x'.repeat(1 << 20);
    fs.writeSync(fd, 'a,b\n1,"');
    for (let i = 0; i < 60; i++) fs.writeSync(fd, mib);
    fs.writeSync(fd, '"\n2,y\n');
    fs.closeSync(fd);
    const out = path.join(dir, 'reports');
    const r = await runBundle('validate-data', {
      cwd: dir,
      timeoutMs: 120_000,
      env: { NODE_OPTIONS: '--max-old-space-size=200' },
      inputs: { data: 'field.csv', 'fail-on': 'never', 'report-path': out },
    });
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(out, 'report.json'), 'utf8')) as { data: { profile: { rows: number; columns: { name: string; min: string; max: string; maxLength: number }[] } } };
    const b = report.data.profile.columns.find((c) => c.name === 'b')!;
    expect(report.data.profile.rows).toBe(2);
    expect(b.min).toMatch(/^x{64}… \(62\.9 MB, #[0-9a-f]+\)$/);
    expect(b.max).toBe('y');
    expect(b.maxLength).toBe(60 * (1 << 20));
    expect(fs.statSync(path.join(out, 'report.json')).size).toBeLessThan(1 << 20);
  }, 130_000);
});
