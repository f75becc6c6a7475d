import path from 'node:path';
import { loadYamlParser, UserError, writeFileAtomic, type ActionIO, type ActionResult } from '@mlship/core';
import { gitChanges } from '@mlship/github';
import type { Inputs } from './action';
import { applyTicks, evaluateRules, renderComment } from './checklist';
import { loadRegexEngine } from '@mlship/core/glob';
import { loadChecklistConfig } from './config';
import { readDvcChanges } from './dvc';
import { checklistReport } from './report';

/**
 * The checklist comment a pull request from `head` into `base` would get,
 * computed from the local git repository with the same rules, rendering and
 * .dvc diffing as on GitHub — and shown, never posted: no token is used and
 * no request leaves the machine, whatever the event or the token input.
 */
export async function previewLocally(inputs: Inputs, io: ActionIO): Promise<ActionResult> {
  if (inputs.base === undefined) {
    throw new UserError('input "head" is set but "base" is not.', { hint: 'A local preview compares head with base: add base (e.g. main), or remove head to check the pull request through the GitHub API.' });
  }
  // Both only act on GitHub; a preview that quietly skipped them would look like it had.
  if (inputs['status-check'] !== 'none') {
    throw new UserError(`input "status-check" is "${inputs['status-check']}", but base/head make a local preview that writes nothing to GitHub.`, { hint: 'Remove status-check for the preview, or remove base and head to run on the pull request.' });
  }
  if (inputs['tick-permission'] !== 'write') {
    throw new UserError(`input "tick-permission" is "${inputs['tick-permission']}", but a local preview has no comment whose ticks could be checked.`, { hint: 'Remove tick-permission for the preview, or remove base and head to run on the pull request.' });
  }
  const head = inputs.head ?? 'HEAD';
  await Promise.all([loadRegexEngine(), loadYamlParser()]);
  const config = loadChecklistConfig(inputs.config, process.cwd());
  const source = await gitChanges({ cwd: process.cwd(), base: inputs.base, head });
  const listed = await source.listFiles();
  const sections = evaluateRules(config.rules, listed.files.map((f) => f.filename));
  // A new pull request: no earlier comment, so nothing is ticked yet.
  const state = applyTicks(sections, new Map());
  const dvc = await readDvcChanges(source, listed.files, sections);
  const body = renderComment(config, state, {
    headRef: source.headRef,
    baseRef: source.baseRef,
    changedFiles: listed.changedFiles,
    listedFiles: listed.files.length,
    capped: false,
    dvc: dvc.rows,
    dvcErrors: dvc.errors,
    dvcSkipped: dvc.skipped,
    configSource: config.source,
  });
  const labels = [...new Map(sections.flatMap((s) => s.rule.labels).map((l) => [l.name.toLowerCase(), l.name])).values()];
  const commentPath = path.join(path.resolve(inputs['report-path']), 'comment.md');
  await writeFileAtomic(commentPath, body + '\n');
  io.info(`pr-checklist: preview of the checklist comment for ${head} → ${inputs.base} (${listed.files.length} changed file${listed.files.length === 1 ? '' : 's'} since they diverged at ${source.mergeBase.slice(0, 12)}); not posted, also in ${commentPath}\n`);
  io.info(body);

  return {
    report: checklistReport(state, {
      title: `PR checklist preview for ${head} → ${inputs.base}`,
      outcome: `Preview only: nothing was posted to GitHub${labels.length ? `; labels it would add: ${labels.join(', ')}` : ''}.`,
      capped: false,
      listed: listed.files.length,
      changedFiles: listed.changedFiles,
      dvc: dvc.rows,
      data: { preview: true, base: inputs.base, head, baseSha: source.baseSha, headSha: source.headSha, mergeBase: source.mergeBase, labelsWouldAdd: labels, files: listed.files },
      texts: [{ title: 'Checklist comment (preview, not posted)', text: body, folded: false }],
    }),
    outputs: { 'required-unchecked': String(state.requiredUnchecked.length), sections: JSON.stringify(state.sections.map((s) => s.result.rule.id)), 'comment-url': '', 'labels-added': '[]' },
  };
}
