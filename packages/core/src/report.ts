/**
 * The one result model every action produces. Renderers (outputs, job summary,
 * annotations, JSON file, PR comment) all read this object and nothing else.
 */
export type Status = 'pass' | 'warn' | 'fail' | 'error' | 'skip';
export type Severity = 'error' | 'warning';
export type Scalar = string | number | boolean | null;

export interface Check {
  /** Stable identifier, used in `failed-checks` and to match results across runs. */
  id: string;
  title: string;
  status: Status;
  /** A failed check with severity `warning` makes the report `warn`, not `fail`. */
  severity?: Severity;
  observed?: Scalar;
  expected?: Scalar;
  detail?: string;
  /** Where the problem is, for annotations. */
  location?: { file?: string; line?: number; column?: string };
}

export interface Table {
  title: string;
  columns: string[];
  rows: Scalar[][];
  /** Rendered inside <details> so the summary stays one screen. */
  folded?: boolean;
}

export interface Chart {
  title: string;
  kind: 'bar' | 'line';
  x: string[];
  yLabel?: string;
  yRange?: [number, number];
  series: { name: string; values: number[] }[];
}

export interface TextBlock {
  title: string;
  text: string;
  /** Rendered inside <details> unless false. */
  folded?: boolean;
}

export interface Report {
  schemaVersion: 1;
  action: string;
  title: string;
  status: Status;
  /** One sentence under the title. */
  summary?: string;
  checks: Check[];
  tables: Table[];
  charts: Chart[];
  /** Preformatted text shown verbatim in a code block (a traceback, a log tail), after the tables. */
  texts?: TextBlock[];
  /** Action-specific machine-readable data (profiles, metrics). Documented per action. */
  data?: Record<string, unknown>;
  generatedAt: string;
}

const rank: Record<Status, number> = { skip: 0, pass: 1, warn: 2, fail: 3, error: 4 };

/** A failed check counts as `warn` when its severity is warning. */
export function effectiveStatus(check: Check): Status {
  if (check.status === 'fail' && check.severity === 'warning') return 'warn';
  return check.status;
}

export function overallStatus(checks: Check[]): Status {
  let worst: Status = 'pass';
  for (const c of checks) {
    const s = effectiveStatus(c);
    if (rank[s] > rank[worst]) worst = s;
  }
  return worst;
}

export function failedChecks(report: Report): Check[] {
  return report.checks.filter((c) => {
    const s = effectiveStatus(c);
    return s === 'fail' || s === 'error';
  });
}

export function createReport(fields: Omit<Report, 'schemaVersion' | 'status' | 'generatedAt' | 'tables' | 'charts'> & Partial<Pick<Report, 'tables' | 'charts'>>): Report {
  return {
    schemaVersion: 1,
    status: overallStatus(fields.checks),
    generatedAt: new Date().toISOString(),
    tables: [],
    charts: [],
    ...fields,
  };
}

/** `fail-on` decides the step's exit status from the report, the same way in every action. */
export type FailOn = 'error' | 'warning' | 'never';

export function shouldFail(status: Status, failOn: FailOn): boolean {
  if (failOn === 'never') return false;
  if (status === 'fail' || status === 'error') return true;
  return failOn === 'warning' && status === 'warn';
}
