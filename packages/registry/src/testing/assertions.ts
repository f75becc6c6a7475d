import { isUserError } from '@mlship/core';
import type { AssignOptions, Target } from '../registry';

/** The one line a UserError shows the user; fails the test when `p` resolves or throws anything else. */
export async function userErrorLine(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isUserError(e)) return e.line;
    throw e;
  }
  throw new Error('expected a UserError');
}

/** AssignOptions as a promotion from a workflow run passes them: archiving, with full provenance. */
export function assignOptions(target: Target, expectedHolder: string | null, extra: Partial<AssignOptions> = {}): AssignOptions {
  return {
    target,
    expectedHolder,
    archiveExisting: true,
    provenance: { runUrl: 'https://github.com/o/r/actions/runs/7', commit: 'abc', actor: 'octocat', gate: 'accuracy >= 0.85: 0.9' },
    ...extra,
  };
}
