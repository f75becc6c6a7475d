import { UserError } from '@mlship/core';
import type { CheckSpec } from '../checks/config';
import { keyText, leakageVerdict } from '../checks/rules/leakage';
import type { Verdict } from '../checks/rule';
import { isNumericKind, isTemporalKind, type Field } from '../table';
import { valueExpr } from './columns';
import { boundStatement, type Bindings, type Dialect, type Statement } from './dialect';
import type { Run } from './engine-verdicts';
import type { Side } from './source';

export type LeakageSpec = Extract<CheckSpec, { type: 'leakage' }>;

/** Up to this many leaked keys are shown, as the local check shows its first ones. */
const EXAMPLES = 3;

/** How the local check's hash tells values apart: by kind (1, "1" and true never match), numbers and instants by value. */
type KeyClass = 'number' | 'string' | 'boolean';

function keyClass(f: Field, d: Dialect, where: string): KeyClass {
  if (isNumericKind(f.kind) || isTemporalKind(f.kind)) return 'number';
  if (f.kind === 'string') return 'string';
  if (f.kind === 'bool') return 'boolean';
  throw new UserError(`leakage key column "${f.name}" is ${f.kind}: engine ${d.engine} writes its values as text its own way`, { where, hint: 'Leave it out of key_columns, or use engine: local.' });
}

/**
 * One side's key columns, as both sides are joined on them: mlship_k{j} the value with
 * missing (null or NaN) as a fixed stand-in and mlship_m{j} whether it is missing, so
 * that missing equals missing (as in the local check's hash) and the join is an
 * equality of plain values, which every engine can hash rather than compare
 * every pair of rows. The data side also keeps each value as read (mlship_e{j}) for the examples.
 */
function keys(d: Dialect, b: Bindings, x: Side, fields: Field[], withValues: boolean, where: string): string {
  // mlship_-prefixed: ClickHouse 18.x would read an alias in place of a key column of the same name (clickhouse.ts refuses mlship_ columns).
  const columns = fields.flatMap((f, j) => {
    const read = valueExpr(d, f);
    const v = f.kind === 'bool' ? d.cast(d.cast(read, 'int'), 'double') : read;
    const standIn = keyClass(f, d, where) === 'string' ? "''" : '0';
    return [`COALESCE(${v}, ${standIn}) AS mlship_k${j}`, `(CASE WHEN ${v} IS NULL THEN 1 ELSE 0 END) AS mlship_m${j}`, ...(withValues ? [`${read} AS mlship_e${j}`] : [])];
  });
  return `(SELECT ${withValues ? '' : 'DISTINCT '}${columns.join(', ')} FROM ${x.source.from(b, d)})`;
}

/**
 * The leakage check as a join on the key columns (every column when
 * key_columns is not given): the training rows whose key is also a test key,
 * the distinct keys that leak, and the first leaked keys. Columns are matched
 * by name; a key column of one kind in the data and another in test-data
 * (text and numbers, say) never matches, as locally, so nothing can leak.
 */
export interface LeakagePlan {
  spec: LeakageSpec;
  names: string[];
  testRows: Statement;
  /** Absent when some key column can never match. */
  counts?: Statement;
  examples?: Statement;
}

/** Compiled (and refused) before any statement runs, like every other check. */
export function leakageStatements(d: Dialect, data: Side, test: Side, spec: LeakageSpec, where: string): LeakagePlan {
  const names = spec.key_columns ?? data.schema.fields.map((f) => f.name);
  const a = names.map((n) => data.schema.fields.find((f) => f.name === n)!);
  const b = names.map((n) => test.schema.fields.find((f) => f.name === n)!);
  const comparable = a.every((f, j) => keyClass(f, d, where) === keyClass(b[j]!, d, where));
  const testRows = boundStatement(d, 'test-data rows', (x) => `SELECT count(*) AS test_rows FROM ${test.source.from(x, d)}`);
  if (!comparable) return { spec, testRows, names };
  const using = names.flatMap((_, j) => [`mlship_k${j}`, `mlship_m${j}`]).join(', ');
  const joined = (x: Bindings) => `${keys(d, x, data, a, true, where)} AS t JOIN ${keys(d, x, test, b, false, where)} AS s USING (${using})`;
  const on = `leakage on ${names.join(', ')}`;
  return {
    spec,
    names,
    testRows,
    counts: boundStatement(d, `${on}: training rows with a test key (one join)`, (x) =>
      [`SELECT COALESCE(sum(n), 0) AS leaked, count(*) AS leaked_keys FROM (`, `  SELECT count(*) AS n FROM ${joined(x)}`, `  GROUP BY ${using}`, `) AS hit`].join('\n'),
    ),
    examples: boundStatement(d, `${on}: first leaked keys`, (x) => `SELECT ${a.map((_, j) => `mlship_e${j}`).join(', ')} FROM ${joined(x)} LIMIT ${EXAMPLES}`),
  };
}

export async function leakageCheckVerdict(run: Run, plan: LeakagePlan): Promise<Verdict> {
  const [rows] = await run(plan.testRows);
  const [counts] = plan.counts ? await run(plan.counts) : [{ leaked: 0, leaked_keys: 0 }];
  const leaked = Number(counts!.leaked);
  const examples = leaked > 0 && plan.examples ? (await run(plan.examples)).map((r) => keyText(plan.names, plan.names.map((_, j) => r[`mlship_e${j}`] ?? null))) : [];
  return leakageVerdict(plan.spec, { leaked, keys: Number(counts!.leaked_keys), testRows: Number(rows!.test_rows), examples });
}
