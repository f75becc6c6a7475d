import type { CheckSpec, LegacyConfig } from './config';

/**
 * seed 002's validator, check for check: same ids, same defaults
 * (`config.get("min_rows", 1000)` …), so a team's existing file gives the same
 * verdicts. The target check is skipped only when the *default* target column
 * is absent, as the seed does; a named target that is missing is an error.
 */
export function fromLegacy(c: LegacyConfig, columns: string[]): CheckSpec[] {
  const checks: CheckSpec[] = [
    { type: 'row_count', id: 'row_count', min: c.min_rows ?? 1000, severity: 'error' },
    { type: 'null_percent', id: 'missing_values', max: c.max_null_percent ?? 5.0, scope: 'column', severity: 'error' },
    { type: 'columns', id: 'schema', columns: c.required_columns ?? [], mode: 'subset', severity: 'error' },
  ];
  const target = c.target_column ?? 'target';
  if (c.target_column !== undefined || columns.includes(target)) {
    checks.push({ type: 'class_balance', id: 'target_distribution', column: target, min_percent: c.min_class_percent ?? 1.0, severity: 'error' });
  }
  for (const [feature, b] of Object.entries(c.feature_ranges ?? {})) {
    checks.push({ type: 'values_between', id: `range_${feature}`, column: feature, min: b.min, max: b.max, strict_min: false, strict_max: false, mostly: 1, severity: 'error' });
  }
  checks.push({ type: 'duplicates', id: 'duplicates', max_percent: c.max_duplicate_percent ?? 1.0, severity: 'error' });
  return checks;
}

export const legacyKeys = ['min_rows', 'max_null_percent', 'required_columns', 'target_column', 'min_class_percent', 'feature_ranges', 'max_duplicate_percent'];
