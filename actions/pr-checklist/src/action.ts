import fs from 'node:fs';
import path from 'node:path';
import { createReport, defineAction, failOnInput, loadYamlParser, UserError, writeFileAtomic, type ActionIO, type ActionResult } from '@mlship/core';
import {
  addLabels,
  canWrite,
  createGitHub,
  getPullRequest,
  gitHubUserError,
  listIssueComments,
  pickSticky,
  pullRequestChanges,
  readPullRequestContext,
  repoPermission,
  setCommitStatus,
  stickyAuthor,
  stickyMarker,
  upsertCheckRun,
  upsertStickyComment,
  type GitHub,
  type PullRequestContext,
  type PullRequestInfo,
} from '@mlship/github';
import { z } from 'zod';
import { applyTicks, COMMENT_KEY, evaluateRules, parseTicks, renderComment, type ChecklistState } from './checklist';
import { loadRegexEngine } from '@mlship/core/glob';
import { loadChecklistConfig } from './config';
import { readDvcChanges } from './dvc';
import { previewLocally } from './preview';
import { checklistReport } from './report';

const TOKEN_DEFAULT = '${{ github.token }}';
const CONTEXT = 'mlship/checklist';

const inputSchema = z.object({
  token: z.string().default(TOKEN_DEFAULT),
  config: z.string().optional(),
  'status-check': z.enum(['none', 'status', 'check-run']).default('none'),
  'tick-permission': z.enum(['write', 'author']).default('write'),
  'fail-on': failOnInput(),
  'report-path': z.string().default('mlship-reports/pr-checklist'),
  base: z.string().optional(),
  head: z.string().optional(),
});
export type Inputs = z.output<typeof inputSchema>;

export const prChecklist = defineAction({
  name: 'pr-checklist',
  inputs: inputSchema,
  secrets: ['token'],
  async run(inputs, io) {
    // base/head: the changes come from the local repository and nothing is written to GitHub, token or not.
    if (inputs.base !== undefined || inputs.head !== undefined) return previewLocally(inputs, io);
    try {
      return await check(inputs, io);
    } catch (e) {
      // A refusal by GitHub (token, permissions, fork) is the user's to fix: one line, no stack.
      throw gitHubUserError(e) ?? e;
    }
  },
});

async function check(inputs: Inputs, io: ActionIO): Promise<ActionResult> {
  const ctx = readPullRequestContext(io.env);
  if (!ctx) return skipped(io, `event "${io.env('GITHUB_EVENT_NAME') ?? ''}" is not about a pull request; nothing to check. Run pr-checklist on pull_request, pull_request_target or issue_comment.`);
  const token = inputs.token === TOKEN_DEFAULT ? '' : inputs.token;
  if (!token) throw new UserError('input "token" is empty.', { hint: 'Pass `token: ${{ github.token }}` (the default) with `permissions: pull-requests: write` (and `statuses: write` / `checks: write` for status-check).' });
  await Promise.all([loadRegexEngine(), loadYamlParser()]);
  const config = loadChecklistConfig(inputs.config, process.cwd());
  const gh = await createGitHub({ token, apiUrl: io.env('GITHUB_API_URL'), log: io });

  let ticksFrom: 'comment' | 'previous' = 'comment';
  let notice: string | undefined;
  let edit: CommentEdit | undefined;
  if (ctx.eventName === 'issue_comment') {
    edit = readCommentEdit(io);
    if (ctx.action !== 'edited') return skipped(io, `issue_comment "${ctx.action}": only edits of the checklist comment are re-evaluated.`);
    if (!edit.body.includes(stickyMarker(COMMENT_KEY))) return skipped(io, `comment ${edit.id} is not the checklist comment; nothing to re-evaluate.`);
  }

  const pr = await getPullRequest(gh, ctx);
  const source = pullRequestChanges(gh, { ...ctx, changedFiles: pr.changedFiles, baseSha: pr.baseSha, headSha: pr.headSha, baseRef: pr.baseRef, headRef: pr.headRef });
  // Comments first: the file pages would otherwise queue it behind up to 30 requests.
  const [comments, listed] = await Promise.all([listIssueComments(gh, { ...ctx, issueNumber: ctx.number }), source.listFiles()]);
  const sticky = pickSticky(comments, COMMENT_KEY, await stickyAuthor(gh, comments, COMMENT_KEY));

  if (edit) {
    if (!sticky || sticky.id !== edit.id) return skipped(io, `comment ${edit.id} by @${edit.author} carries the checklist marker but is not the checklist${sticky ? ` (that is comment ${sticky.id})` : ''}; ignored.`);
    if (edit.sender === sticky.user?.login) return skipped(io, `the checklist was edited by its own author (@${edit.sender}), i.e. by this action; nothing to re-evaluate.`);
    const allowed = edit.sender === pr.author || (inputs['tick-permission'] === 'write' && canWrite(await repoPermission(gh, { ...ctx, username: edit.sender })));
    if (!allowed) {
      ticksFrom = 'previous';
      const who = inputs['tick-permission'] === 'author' ? `only the pull request's author (@${pr.author})` : `only the pull request's author (@${pr.author}) and people with write access`;
      notice = `@${edit.sender} edited this checklist, but ${who} may tick it; the boxes were restored.`;
      io.warning(`pr-checklist: ${notice}`);
    }
  }

  const files = listed.files.map((f) => f.filename);
  const sections = evaluateRules(config.rules, files);
  const ticks = parseTicks(ticksFrom === 'previous' ? edit?.previousBody : sticky?.body);
  const state = applyTicks(sections, ticks);

  const labels = sections.flatMap((s) => s.rule.labels);
  const unique = [...new Map(labels.map((l) => [l.name.toLowerCase(), l])).values()];
  // The label writes (serial and spaced by the client) overlap the .dvc reads instead of waiting for them.
  const [labelResult, dvc] = await Promise.all([addLabels(gh, { ...ctx, issueNumber: ctx.number, labels: unique, current: pr.labels }), readDvcChanges(source, listed.files, sections)]);

  const body = renderComment(config, state, {
    headRef: source.headRef,
    baseRef: source.baseRef,
    changedFiles: listed.changedFiles,
    listedFiles: listed.files.length,
    capped: listed.capped,
    dvc: dvc.rows,
    dvcErrors: dvc.errors,
    dvcSkipped: dvc.skipped,
    configSource: config.source,
    notice,
  });
  await writeFileAtomic(path.join(path.resolve(inputs['report-path']), 'comment.md'), body + '\n');
  const comment = await upsertStickyComment(gh, { ...ctx, issueNumber: ctx.number, key: COMMENT_KEY, body, comments });
  io.info(`Checklist comment ${comment.action}: ${comment.url}`);
  if (listed.capped) io.annotate('warning', `This pull request changes ${pr.changedFiles} files; GitHub's API lists only the first ${listed.files.length}, so rules saw only those.`, { title: 'pr-checklist' });

  await reportStatus(gh, inputs['status-check'], ctx, pr, state, comment.url);

  return {
    report: checklistReport(state, {
      title: `PR checklist for #${pr.number}`,
      outcome: `Comment: ${comment.url}`,
      capped: listed.capped,
      listed: listed.files.length,
      changedFiles: listed.changedFiles,
      dvc: dvc.rows,
      data: { pullRequest: pr.number, labelsAdded: labelResult.added, commentUrl: comment.url },
    }),
    outputs: {
      'required-unchecked': String(state.requiredUnchecked.length),
      sections: JSON.stringify(state.sections.map((s) => s.result.rule.id)),
      'comment-url': comment.url,
      'labels-added': JSON.stringify(labelResult.added),
    },
  };
}

interface CommentEdit {
  id: number;
  body: string;
  author: string;
  sender: string;
  previousBody?: string;
}

function readCommentEdit(io: ActionIO): CommentEdit {
  const payload = JSON.parse(fs.readFileSync(io.env('GITHUB_EVENT_PATH')!, 'utf8')) as {
    comment?: { id?: number; body?: string; user?: { login?: string } };
    sender?: { login?: string };
    changes?: { body?: { from?: string } };
  };
  return {
    id: payload.comment?.id ?? 0,
    body: payload.comment?.body ?? '',
    author: payload.comment?.user?.login ?? '',
    sender: payload.sender?.login ?? '',
    previousBody: payload.changes?.body?.from,
  };
}

async function reportStatus(gh: GitHub, kind: 'none' | 'status' | 'check-run', ctx: PullRequestContext, pr: PullRequestInfo, state: ChecklistState, url: string) {
  if (kind === 'none') return;
  const open = state.requiredUnchecked.length;
  const description = open ? `${open} of ${state.requiredTotal} required checklist items not ticked yet` : `All ${state.requiredTotal} required checklist items ticked`;
  if (kind === 'status') {
    await setCommitStatus(gh, { ...ctx, sha: pr.headSha, context: CONTEXT, state: open ? 'pending' : 'success', description, targetUrl: url });
    return;
  }
  const summary = open ? `Still to tick in the [checklist comment](${url}):\n\n${state.requiredUnchecked.map((i) => `- ${i.text.replace(/\r?\n/g, ' ')}`).join('\n')}` : `Every required item in the [checklist comment](${url}) is ticked.`;
  await upsertCheckRun(gh, { ...ctx, headSha: pr.headSha, name: CONTEXT, title: description, summary, detailsUrl: url, ...(open ? {} : { conclusion: 'success' as const }) });
}

function skipped(io: ActionIO, message: string) {
  io.annotate('notice', message, { title: 'pr-checklist' });
  return {
    report: createReport({ action: 'pr-checklist', title: 'PR checklist', summary: message, checks: [{ id: 'event', title: 'Pull request event', status: 'skip' as const, detail: message }] }),
    outputs: { 'required-unchecked': '0', sections: '[]', 'comment-url': '', 'labels-added': '[]' },
  };
}
