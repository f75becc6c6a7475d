import { groupDigits, UserError } from '@mlship/core';
import type { CheckSpec } from '../checks/config';
import { driftTargets, driftVerdict, type DriftStatistics, type DriftTarget } from '../checks/rules/drift';
import type { CompileContext, MultiVerdict } from '../checks/rule';
import { categoricalFromCounts, chiSquare, jensenShannon, ksFromStatistic, psi } from '../drift';
import { MAX_CATEGORIES } from '../profile/frequencies';
import type { NumericDistribution } from '../stats/distribution';
import type { Field } from '../table';
import { orderExpr, valueExpr } from './columns';
import { boundStatement, type Dialect, type Statement } from './dialect';
import type { Run } from './engine-verdicts';
import { shownText } from './profile';
import type { Side } from './source';

type DriftSpec = Extract<CheckSpec, { type: 'drift' }>;

/** The reference's deciles are the PSI bins, as in the local check. */
const PSI_BINS = 10;

const fieldOf = (s: Side, name: string): Field => s.schema.fields.find((f) => f.name === name)!;

/**
 * A drift check computed where the data lives, exactly, whatever the number of
 * distinct values (the local profile switches to a sketch past 10,000):
 * - PSI: the reference's deciles (pandas' interpolation) as bin edges, then one
 *   count per edge on each side, fed to the local PSI code;
 * - KS: D from both sides' cumulative counts over the union of their values (a
 *   window over the grouped values, or where the engine has no window functions
 *   running sums over the sorted groups), and the local p-value from D and the sizes;
 * - χ² and JS: every category's count on each side, fed to the local code; a
 *   column with more than 10,000 categories on a side is refused with one line.
 */
export async function driftOnEngine(run: Run, d: Dialect, data: Side, reference: Side, spec: DriftSpec, ctx: CompileContext): Promise<MultiVerdict> {
  const targets = driftTargets(spec, ctx);
  const numeric = targets.filter((t) => t.kind === 'numeric');
  const stats = new Map<string, DriftStatistics>();

  if (numeric.length) {
    const [deciles] = await run(decilesStatement(d, reference, numeric));
    const edges = numeric.map((_, j) => ((deciles![`qs${j}`] as unknown[] | null) ?? []).map(Number));
    const [refCounts] = await run(edgeCountsStatement(d, reference, numeric, edges, 'reference'));
    const [curCounts] = await run(edgeCountsStatement(d, data, numeric, edges, 'data'));
    for (const [j, t] of numeric.entries()) {
      const nRef = Number(refCounts![`mlship_n${j}`]);
      const nCur = Number(curCounts![`mlship_n${j}`]);
      if (nRef === 0 || nCur === 0) {
        stats.set(t.name, {});
        continue;
      }
      const ref = edgeDistribution(nRef, edges[j]!, refCounts!, j);
      const cur = edgeDistribution(nCur, edges[j]!, curCounts!, j);
      const [ks] = await run(ksStatement(d, reference, data, t.name));
      const test = ksFromStatistic(Number(ks!.d), nRef, nCur);
      stats.set(t.name, { psi: psi(ref, cur, { bins: PSI_BINS }).value, ksStatistic: test.statistic, ksPValue: test.pValue });
    }
  }
  for (const t of targets.filter((x) => x.kind === 'categorical')) {
    const counts = async (side: Side, role: string) => {
      const rows = await run(categoriesStatement(d, side, t.name, role));
      if (rows.length > MAX_CATEGORIES) {
        throw new UserError(`drift on "${t.name}": the ${role} has more than ${groupDigits(MAX_CATEGORIES)} distinct values, and χ² and JS compare every category`, {
          where: `engine ${d.engine}: ${spec.id ?? 'drift'}`,
          hint: 'Leave the column out of the drift check (columns:), or compare it as a number if it is one.',
        });
      }
      return categoricalFromCounts(rows.map((r) => [typeof r.value === 'string' ? shownText(r.value) : (r.value as string), Number(r.n)] as const));
    };
    const a = await counts(reference, 'reference');
    const b = await counts(data, 'data');
    if (a.count === 0 || b.count === 0) {
      stats.set(t.name, {});
      continue;
    }
    const chi = chiSquare(a, b);
    stats.set(t.name, { chi2: chi.statistic, chi2PValue: chi.pValue, js: jensenShannon(a, b) });
  }
  return driftVerdict(
    spec,
    targets.map((t): [DriftTarget, DriftStatistics] => [t, stats.get(t.name)!]),
  );
}

/** The reference's deciles of every numeric column, in one scan. */
function decilesStatement(d: Dialect, reference: Side, targets: DriftTarget[]): Statement {
  return boundStatement(d, `drift: deciles of the reference (${targets.map((t) => t.name).join(', ')})`, (b) => {
    const from = reference.source.from(b, d);
    const select = targets.map((t, j) => {
      const levels = Array.from({ length: PSI_BINS - 1 }, (_, i) => b.bind((i + 1) / PSI_BINS, 'double'));
      return `${d.quantiles(valueExpr(d, fieldOf(reference, t.name)), levels)} AS qs${j}`;
    });
    return `SELECT ${select.join(', ')} FROM ${from}`;
  });
}

/**
 * Per numeric column: its non-missing values and how many are at most each bin edge.
 * The names are mlship_-prefixed: ClickHouse 18.x would read an alias in place of a
 * column of the same name in this very SELECT (clickhouse.ts refuses mlship_ columns).
 */
function edgeCountsStatement(d: Dialect, side: Side, targets: DriftTarget[], edges: number[][], role: string): Statement {
  return boundStatement(d, `drift: the ${role}'s values per PSI bin`, (b) => {
    const from = side.source.from(b, d);
    const select = targets.flatMap((t, j) => {
      const v = valueExpr(d, fieldOf(side, t.name));
      return [`count(${v}) AS mlship_n${j}`, ...edges[j]!.map((e, k) => `count(CASE WHEN ${v} <= ${b.bind(e, 'double')} THEN 1 END) AS mlship_e${j}_${k}`)];
    });
    return `SELECT ${select.join(', ')} FROM ${from}`;
  });
}

/**
 * A side as PSI reads it: the reference's deciles as quantiles, the share at
 * most each edge as the CDF there (the same division the local profile's exact
 * CDF does). PSI asks nothing else.
 */
function edgeDistribution(count: number, edges: number[], counts: Record<string, unknown>, j: number): NumericDistribution {
  const cdf = new Map(edges.map((e, k) => [e, Number(counts[`mlship_e${j}_${k}`]) / count]));
  return {
    count,
    exact: true,
    quantile: (q) => {
      const k = Math.round(q * PSI_BINS) - 1;
      if (Math.abs(q * PSI_BINS - (k + 1)) > 1e-9 || k < 0 || k >= edges.length) throw new Error(`quantile ${q} was not computed`);
      return edges[k]!;
    },
    cdf: (x) => {
      const v = cdf.get(x);
      if (v === undefined) throw new Error(`the CDF at ${x} was not computed`);
      return v;
    },
    support: () => {
      throw new Error('the support is not computed by SQL engines');
    },
  };
}

/** KS's D: both sides' values grouped, their cumulative shares in value order, the largest gap. */
function ksStatement(d: Dialect, reference: Side, data: Side, column: string): Statement {
  if (d.windowFunctions === false) return ksBySortedGroups(d, reference, data, column);
  return boundStatement(d, `drift: KS statistic of ${column}`, (b) => {
    const ref = `SELECT ${valueExpr(d, fieldOf(reference, column))} AS v, 1 AS r, 0 AS c FROM ${reference.source.from(b, d)}`;
    const cur = `SELECT ${valueExpr(d, fieldOf(data, column))} AS v, 0 AS r, 1 AS c FROM ${data.source.from(b, d)}`;
    const running = (x: string) => d.cast(`sum(${x}) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`, 'double');
    const total = (x: string) => d.cast(`sum(${x}) OVER ()`, 'double');
    return [
      'SELECT max(abs(cr / tr - cc / tc)) AS d FROM (',
      `  SELECT ${running('r')} AS cr, ${running('c')} AS cc, ${total('r')} AS tr, ${total('c')} AS tc`,
      `  FROM (SELECT v, sum(r) AS r, sum(c) AS c FROM (${ref} UNION ALL ${cur}) AS u WHERE v IS NOT NULL GROUP BY v) AS g`,
      ') AS w',
    ].join('\n');
  });
}

/**
 * The same D without window functions (ClickHouse 18.x): the groups, grouped where
 * the data lives, are gathered as one array of (value, reference count, data count)
 * sorted by value, and the running sums are arrayCumSum over it: the same integer
 * counts divided by the same totals as the window's, so the same D. The array holds
 * one entry per distinct value on the server that received the query, as the exact
 * deciles hold every reference value. Names are mlship_-prefixed: ClickHouse 18.x
 * reads an alias in place of a column of the same name (sum(r) AS r fails there).
 */
function ksBySortedGroups(d: Dialect, reference: Side, data: Side, column: string): Statement {
  return boundStatement(d, `drift: KS statistic of ${column}`, (b) => {
    const side = (s: Side, fromReference: boolean) =>
      `SELECT ${valueExpr(d, fieldOf(s, column))} AS mlship_v, ${fromReference ? 1 : 0} AS mlship_r, ${fromReference ? 0 : 1} AS mlship_c FROM ${s.source.from(b, d)}`;
    // Element k of every (value, reference count, data count), summed from the smallest value up.
    const running = (k: number) => `arrayCumSum(arrayMap(mlship_t -> tupleElement(mlship_t, ${k}), mlship_g))`;
    // The totals go in as arrays of the same length, not captured: 18.x drops a subquery's column that only a lambda reads.
    const repeated = (total: string) => `arrayResize(emptyArrayFloat64(), length(mlship_g), ${total})`;
    const gap = '(mlship_cr, mlship_cc, mlship_ntr, mlship_ntc) -> abs(mlship_cr / mlship_ntr - mlship_cc / mlship_ntc)';
    return [
      `SELECT arrayReduce('max', arrayMap(${gap}, ${running(2)}, ${running(3)}, ${repeated('mlship_tr')}, ${repeated('mlship_tc')})) AS d FROM (`,
      '  SELECT arraySort(groupArray((mlship_value, mlship_nr, mlship_nc))) AS mlship_g, toFloat64(sum(mlship_nr)) AS mlship_tr, toFloat64(sum(mlship_nc)) AS mlship_tc FROM (',
      `    SELECT assumeNotNull(mlship_v) AS mlship_value, sum(mlship_r) AS mlship_nr, sum(mlship_c) AS mlship_nc`,
      `    FROM (${side(reference, true)} UNION ALL ${side(data, false)}) AS u WHERE mlship_v IS NOT NULL GROUP BY mlship_v`,
      '  ) AS g',
      ') AS w',
    ].join('\n');
  });
}

/** A categorical column's count per value, one past the most categories compared. */
function categoriesStatement(d: Dialect, side: Side, column: string, role: string): Statement {
  const f = fieldOf(side, column);
  return boundStatement(d, `drift: the ${role}'s categories of ${column}`, (b) => {
    const v = valueExpr(d, f);
    return `SELECT ${v} AS value, count(*) AS n FROM ${side.source.from(b, d)} WHERE ${v} IS NOT NULL GROUP BY ${v} ORDER BY n DESC, ${orderExpr(d, f, v)} LIMIT ${MAX_CATEGORIES + 1}`;
  });
}
