import type { ValidationOutcome } from '../../validate';

/**
 * How the cross-engine tests compare one engine's outcome with another's:
 * floats to 1e-9 relative (summation order differs), everything else exactly,
 * with what legitimately differs between engines taken out first.
 */
const close = (a: unknown, b: unknown) => {
  if (typeof a !== 'number' || typeof b !== 'number') return a === b;
  return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
};

/** Floats compared to 1e-9 relative; everything else exactly. */
export function expectAgree(actual: unknown, expected: unknown, at: string): void {
  if (typeof expected === 'number') {
    if (!close(actual, expected)) throw new Error(`${at}: ${String(actual)} != ${expected}`);
    return;
  }
  if (Array.isArray(expected) || (expected && typeof expected === 'object')) {
    expect(Object.keys(actual as object).sort()).toEqual(Object.keys(expected).sort());
    for (const [k, v] of Object.entries(expected)) expectAgree((actual as Record<string, unknown>)[k], v, `${at}.${k}`);
    return;
  }
  if (actual !== expected) throw new Error(`${at}: ${JSON.stringify(actual)} != ${JSON.stringify(expected)}`);
}

/** A failed check's examples are the most frequent failing values on an engine, the first ones met locally: compared apart. */
const withoutExamples = (s: unknown) => (typeof s === 'string' ? s.replace(/,? ?\(?e\.g\. .*$/, '') : s);

export function comparable(o: ValidationOutcome) {
  return {
    profile: o.profile,
    // column_type shows the engine's own type name (DOUBLE, float8) after the kind.
    checks: o.checks.map((c) => ({ ...c, detail: withoutExamples(c.detail), observed: c.id.startsWith('column_type') ? String(c.observed).replace(/ \(.*\)$/, '') : c.observed })),
    // The partial list holds the first failing rows: in reading order locally, in the engine's order on a SQL engine;
    // with every failing row in it, the same rows.
    results: o.results.map((r) => {
      const partial = r.result.partial_unexpected_list ?? [];
      const all = (r.result.unexpected_count ?? 0) <= partial.length;
      return { ...r, result: { ...r.result, partial_unexpected_list: all ? partial.map((v) => JSON.stringify(v)).sort() : partial.length } };
    }),
  };
}
