import { UserError, formatNumber } from '@mlship/core';
import type { ValidationOutcome } from '../../validate';
import { expectClose, loadRulesGolden, type CategoricalDrift, type NumericDrift } from '../__golden__/golden';
import type { DriftRow } from './drift';
import { byId, compileError, verdict, Workspace } from './test-kit';

const ws = new Workspace();
afterAll(() => ws.remove());
const golden = loadRulesGolden().drift;

// reference: 800 rows; current: 600 rows with nulls in num_same and cat_same (ignored by every statistic).
const reference = ws.csvColumns('reference.csv', golden.reference);
const current = ws.csvColumns('current.csv', golden.current);

const rows = (o: ValidationOutcome): DriftRow[] => o.extras.flatMap((e) => (e.data?.drift as DriftRow[] | undefined) ?? []);
const row = (o: ValidationOutcome, column: string): DriftRow => rows(o).find((r) => r.column === column)!;
const exp = (column: string) => golden.expected[column]!;
const num = (column: string) => exp(column) as NumericDrift;
const cat = (column: string) => exp(column) as CategoricalDrift;

describe('drift: statistics against SciPy / the documented PSI binning', () => {
  let o: ValidationOutcome;
  beforeAll(async () => {
    o = await ws.validate([{ type: 'drift' }], current, { reference });
  });

  it('compares every column, each with every statistic of its kind', () => {
    expect(rows(o).map((r) => [r.column, r.kind])).toEqual(golden.columns.map((c) => [c, exp(c).kind]));
    for (const c of golden.columns) {
      const e = exp(c);
      const r = row(o, c);
      if (e.kind === 'numeric') {
        expectClose(r.psi, e.psi, `${c} psi`);
        expectClose(r.ksStatistic, e.ksStatistic, `${c} ks D`);
        expectClose(r.ksPValue, e.ksPValue, `${c} ks p`);
      } else {
        expectClose(r.chi2, e.chi2, `${c} chi2`);
        expectClose(r.chi2PValue, e.chi2PValue, `${c} chi2 p`);
        expectClose(r.js, e.js, `${c} js`);
      }
    }
  });

  it('defaults: PSI > 0.2 and JS distance > 0.1 drift', () => {
    expect(o.checks.map((c) => [c.id, c.status])).toEqual([
      ['drift:num_same', 'pass'],
      ['drift:num_shift', 'fail'],
      ['drift:cat_same', 'pass'],
      ['drift:cat_shift', 'fail'],
      ['drift:flag', 'fail'],
    ]);
    expect(verdict(byId(o, 'drift:num_same'))).toEqual({
      status: 'pass',
      observed: `psi ${formatNumber(num('num_same').psi)}`,
      expected: '<= 0.2',
      detail: `PSI ${formatNumber(num('num_same').psi)}, KS D ${formatNumber(num('num_same').ksStatistic)} (p ${formatNumber(num('num_same').ksPValue)})`,
    });
    expect(verdict(byId(o, 'drift:num_shift'))).toEqual({
      status: 'fail',
      observed: `psi ${formatNumber(num('num_shift').psi)}`,
      expected: '<= 0.2',
      detail: `PSI ${formatNumber(num('num_shift').psi)}, KS D ${formatNumber(num('num_shift').ksStatistic)} (p ${formatNumber(num('num_shift').ksPValue)})`,
    });
    expect(verdict(byId(o, 'drift:cat_shift'))).toEqual({
      status: 'fail',
      observed: `js ${formatNumber(cat('cat_shift').js)}`,
      expected: '<= 0.1',
      detail: `JS ${formatNumber(cat('cat_shift').js)}, χ² ${formatNumber(cat('cat_shift').chi2)} (p ${formatNumber(cat('cat_shift').chi2PValue)})`,
    });
    expect(byId(o, 'drift:cat_same').observed).toBe(`js ${formatNumber(cat('cat_same').js)}`);
    expect(byId(o, 'drift:flag')).toMatchObject({ title: 'Drift: flag', severity: 'error', observed: `js ${formatNumber(cat('flag').js)}` });
  });

  it('one report table row per column, and a chart of the scores', () => {
    const extra = o.extras.find((x) => x.data?.drift)!;
    expect(extra.tables![0]!.rows.map((r) => [r[0], r[9]])).toEqual([
      ['num_same', 'no'],
      ['num_shift', 'yes'],
      ['cat_same', 'no'],
      ['cat_shift', 'yes'],
      ['flag', 'yes'],
    ]);
    expect(extra.charts![0]!.x).toEqual(golden.columns);
  });
});

describe('drift: methods and thresholds', () => {
  it('ks and chi2 decide by p-value: p < 0.05 drifts', async () => {
    const o = await ws.validate([{ type: 'drift', numeric: 'ks', categorical: 'chi2' }], current, { reference });
    expect(o.checks.map((c) => [c.id, c.status])).toEqual([
      ['drift:num_same', 'pass'],
      ['drift:num_shift', 'fail'],
      ['drift:cat_same', 'pass'],
      ['drift:cat_shift', 'fail'],
      ['drift:flag', 'fail'],
    ]);
    const numSame = num('num_same');
    expect(verdict(byId(o, 'drift:num_same'))).toMatchObject({ status: 'pass', observed: `ks ${formatNumber(numSame.ksPValue)}`, expected: 'p >= 0.05' });
    const flag = cat('flag');
    expect(flag.dof).toBe(1); // the bool column goes through Yates' correction, as scipy's chi2_contingency
    expect(verdict(byId(o, 'drift:flag'))).toMatchObject({ status: 'fail', observed: `chi2 ${formatNumber(flag.chi2PValue)}`, expected: 'p >= 0.05' });
  });

  it('a global threshold applies to every column', async () => {
    // num_same PSI ≈ 0.0318 > 0.03; cat_same JS ≈ 0.0156 stays under it.
    const o = await ws.validate([{ type: 'drift', threshold: 0.03, columns: ['num_same', 'cat_same'] }], current, { reference });
    expect(o.checks.map((c) => [c.id, c.status, c.expected])).toEqual([
      ['drift:num_same', 'fail', '<= 0.03'],
      ['drift:cat_same', 'pass', '<= 0.03'],
    ]);
  });

  it('per_column thresholds and methods override the defaults for that column only', async () => {
    const o = await ws.validate(
      [
        {
          type: 'drift',
          per_column: {
            num_shift: { threshold: 0.38 }, // PSI ≈ 0.3797
            cat_shift: { threshold: 0.34 }, // JS ≈ 0.3392
            flag: { method: 'chi2', threshold: 1e-7 }, // p ≈ 1.68e-7
            num_same: { method: 'ks', threshold: 0.3 }, // p ≈ 0.298
          },
        },
      ],
      current,
      { reference },
    );
    expect(o.checks.map((c) => [c.id, c.status, c.expected])).toEqual([
      ['drift:num_same', 'fail', 'p >= 0.3'],
      ['drift:num_shift', 'pass', '<= 0.38'],
      ['drift:cat_same', 'pass', '<= 0.1'],
      ['drift:cat_shift', 'pass', '<= 0.34'],
      ['drift:flag', 'pass', 'p >= 1e-7'],
    ]);
    expect(row(o, 'flag').method).toBe('chi2');
  });

  it('a score exactly at the threshold passes (PSI/JS: drift when >, p-values: drift when <)', async () => {
    const first = await ws.validate([{ type: 'drift', columns: ['num_shift', 'cat_shift'], numeric: 'psi' }], current, { reference });
    const psi = row(first, 'num_shift').psi!;
    const js = row(first, 'cat_shift').js!;
    const at = await ws.validate([{ type: 'drift', columns: ['num_shift', 'cat_shift'], per_column: { num_shift: { threshold: psi }, cat_shift: { threshold: js } } }], current, { reference });
    expect(at.checks.map((c) => c.status)).toEqual(['pass', 'pass']);
    const ks = await ws.validate([{ type: 'drift', columns: ['num_same'], numeric: 'ks' }], current, { reference });
    const p = row(ks, 'num_same').ksPValue!;
    const atP = await ws.validate([{ type: 'drift', columns: ['num_same'], numeric: 'ks', threshold: p }], current, { reference });
    expect(atP.checks[0]!.status).toBe('pass');
  });

  it('identical data: every statistic at its no-drift value, every column passes', async () => {
    const o = await ws.validate([{ type: 'drift', id: 'same' }], reference, { reference });
    expect(o.checks.map((c) => [c.id, c.status])).toEqual(golden.columns.map((c) => [`same:${c}`, 'pass']));
    for (const r of rows(o)) {
      if (r.kind === 'numeric') expect([r.psi, r.ksStatistic, r.ksPValue]).toEqual([0, 0, 1]);
      else expect([r.chi2, r.chi2PValue, r.js]).toEqual([0, 1, 0]);
    }
    expect(byId(o, 'same:num_shift')).toMatchObject({ observed: 'psi 0', detail: 'PSI 0, KS D 0 (p 1)' });
  });

  it('a column with no values on one side drifts and says why', async () => {
    const ref = ws.text('ref-empty.csv', 'v,k\n,1\n,2\n');
    const cur = ws.text('cur-values.csv', 'v,k\n1.5,1\n2.5,2\n');
    const o = await ws.validate([{ type: 'drift', columns: ['v'] }], cur, { reference: ref, read: { csv: { types: { v: 'float' } } } });
    expect(verdict(o.checks[0]!)).toEqual({ status: 'fail', observed: 'no values', expected: '<= 0.2', detail: 'v has no non-null values in one of the datasets' });
  });
});

describe('drift: configuration errors before reading', () => {
  it('needs a reference', async () => {
    expect(await compileError(ws.validate([{ type: 'drift' }], current))).toBe('the drift check needs a reference dataset');
  });

  it('rejects a method of the wrong kind and unknown columns', async () => {
    expect(await compileError(ws.validate([{ type: 'drift', per_column: { cat_same: { method: 'psi' } } }], current, { reference }))).toBe('per_column.cat_same.method: psi does not apply to a categorical column');
    expect(await compileError(ws.validate([{ type: 'drift', per_column: { num_same: { method: 'js' } } }], current, { reference }))).toBe('per_column.num_same.method: js does not apply to a numeric column');
    expect(await compileError(ws.validate([{ type: 'drift', columns: ['nope'] }], current, { reference }))).toMatch(/^columns: column "nope" is not in the data/);
    expect(await compileError(ws.validate([{ type: 'drift', per_column: { nope: {} } }], current, { reference }))).toMatch(/^per_column.nope: column "nope" is not in the data/);
  });
});
