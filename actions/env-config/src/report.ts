import { createReport, type Check, type Report } from '@mlship/core';
import type { Variable } from './variables';

export interface ExportResult {
  environment: string;
  /** As the user wrote it (relative), for the summary. */
  source: string;
  variables: (Variable & { masked: boolean; credential?: string })[];
  empty: { keyPath: string; line: number }[];
  copiedTo?: string;
}

/** Long values are cut in the table; the variable itself holds all of it. */
const shown = (v: string) => (v.length > 120 ? `${v.slice(0, 117)}…` : v);

export function buildReport(r: ExportResult): Report {
  const nulls = r.variables.filter((v) => v.isNull);
  const credentials = r.variables.filter((v) => v.credential);
  const masked = r.variables.filter((v) => v.masked).length;
  const checks: Check[] = [
    {
      id: 'exported',
      title: 'Variables exported',
      status: r.variables.length ? 'pass' : 'fail',
      severity: 'error',
      observed: r.variables.length,
      expected: '>= 1',
      detail: r.variables.length ? `${masked} masked` : `${r.source} has no value to export (only empty lists or mappings)`,
      location: r.variables.length ? undefined : { file: r.source },
    },
    {
      id: 'null_values',
      title: 'Null values',
      status: nulls.length ? 'fail' : 'pass',
      severity: 'warning',
      observed: nulls.length,
      expected: 0,
      detail: nulls.length ? `exported as empty strings: ${nulls.map((v) => `${v.keyPath} (line ${v.line})`).join(', ')}` : undefined,
      location: nulls[0] ? { file: r.source, line: nulls[0].line } : undefined,
    },
    {
      id: 'empty_collections',
      title: 'Empty lists and mappings',
      status: r.empty.length ? 'fail' : 'pass',
      severity: 'warning',
      observed: r.empty.length,
      expected: 0,
      detail: r.empty.length ? `nothing exported for: ${r.empty.map((e) => `${e.keyPath} (line ${e.line})`).join(', ')}` : undefined,
      location: r.empty[0] ? { file: r.source, line: r.empty[0].line } : undefined,
    },
    {
      id: 'committed_credentials',
      title: 'Credentials in the config file',
      status: credentials.length ? 'fail' : 'pass',
      severity: 'warning',
      observed: credentials.length,
      expected: 0,
      detail: credentials.length
        ? `masked, but committed to the repository: ${credentials.map((v) => `${v.keyPath} (${v.credential}, line ${v.line})`).join(', ')}; keep them in GitHub secrets and pass them with env:`
        : undefined,
      location: credentials[0] ? { file: r.source, line: credentials[0].line } : undefined,
    },
  ];
  return createReport({
    action: 'env-config',
    title: `Environment config: ${r.environment}`,
    summary: `${r.variables.length} variable${r.variables.length === 1 ? '' : 's'} from \`${r.source}\` exported to the following steps${r.copiedTo ? `; the file was copied to \`${r.copiedTo}\`` : ''}.`,
    checks,
    tables: [
      {
        title: 'Exported variables',
        columns: ['Variable', 'Value', 'Key', 'Line'],
        rows: r.variables.map((v) => [v.envName, v.masked ? '***' : shown(v.value), v.keyPath, v.line]),
        folded: false,
      },
    ],
    data: {
      environment: r.environment,
      file: r.source,
      copiedTo: r.copiedTo ?? null,
      variables: r.variables.map((v) => ({ name: v.envName, key: v.keyPath, line: v.line, masked: v.masked, null: v.isNull, ...(v.masked ? {} : { value: v.value }) })),
    },
  });
}
