import { createReport, type Check, type Report, type TextBlock } from '@mlship/core';
import type { ChecklistState } from './checklist';
import type { DvcOutDiff } from './dvc';

export interface ChecklistReportInput {
  title: string;
  /** The sentence's end after the section count: where the comment went. */
  outcome: string;
  capped: boolean;
  listed: number;
  changedFiles: number;
  dvc: DvcOutDiff[];
  data: Record<string, unknown>;
  texts?: TextBlock[];
}

/** One report for both sources (the pull request through the API, or a local preview). */
export function checklistReport(state: ChecklistState, x: ChecklistReportInput): Report {
  const checks: Check[] = state.sections.map(({ result, items }) => {
    const required = items.filter((i) => i.required);
    const open = required.filter((i) => !i.ticked);
    return {
      id: `section:${result.rule.id}`,
      title: result.rule.title,
      // warn, not a failed check: an unticked box is work in progress, not an annotation on every push.
      status: open.length ? 'warn' : 'pass',
      observed: `${required.length - open.length}/${required.length} required ticked`,
      expected: 'all required items ticked',
      ...(open.length ? { detail: `not ticked: ${open.map((i) => i.text).join('; ')}` } : {}),
    };
  });
  if (x.capped) checks.push({ id: 'files-capped', title: 'Changed files listed', status: 'warn', observed: x.listed, expected: x.changedFiles, detail: `GitHub lists at most 3000 files of a pull request; ${x.changedFiles - x.listed} were not seen by the rules` });
  const open = state.requiredUnchecked.length;
  return createReport({
    action: 'pr-checklist',
    title: x.title,
    summary: `${state.sections.length} section${state.sections.length === 1 ? '' : 's'} apply; ${open ? `${open} of ${state.requiredTotal} required items not ticked yet` : `all ${state.requiredTotal} required items ticked`}. ${x.outcome}`,
    checks,
    tables: [
      { title: 'Sections', columns: ['section', 'items ticked', 'required open', 'matching files'], rows: state.sections.map((s) => [s.result.rule.title, `${s.items.filter((i) => i.ticked).length}/${s.items.length}`, s.items.filter((i) => i.required && !i.ticked).length, s.result.files.length]) },
      ...(x.dvc.length
        ? [{ title: 'DVC outputs', columns: ['.dvc file', 'output', 'change', 'old size', 'new size'], rows: x.dvc.map((d) => [d.dvcFile, d.path, d.change, d.old?.size ?? null, d.new?.size ?? null]), folded: true }]
        : []),
    ],
    ...(x.texts ? { texts: x.texts } : {}),
    data: { sections: state.sections.map((s) => s.result.rule.id), requiredUnchecked: state.requiredUnchecked.map((i) => i.key), ...x.data },
  });
}
