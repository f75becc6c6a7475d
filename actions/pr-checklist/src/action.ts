import fs from 'node:fs';
import { createReport, defineAction, failOnInput, UserError, type ActionIO, type ActionResult, type Check, type Report } from '@mlship/core';
import {
  addLabels,
  canWrite,
  createGitHub,
  getPullRequest,
  gitHubUserError,
  listIssueComments,
  listPullRequestFiles,
  pickSticky,
  readPullRequestContext,
  readRepoFile,
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
import { loadChecklistConfig } from './config';
import { diffDvc, type DvcOutDiff } from './dvc';

const TOKEN_DEFAULT = '${{ github.token }}';
const CONTEXT = 'mlship/checklist';
/** .dvc files read per run (two contents calls each). */
const DVC_LIMIT = 50;

const inputSchema = z.object({
  token: z.string().default(TOKEN_DEFAULT),
  config: z.string().optional(),
  'status-check': z.enum(['none', 'status', 'check-run']).default('none'),
  'tick-permission': z.enum(['write', 'author']).default('write'),
  'fail-on': failOnInput(),
  'report-path': z.string().default('mlship-reports/pr-checklist'),
});
type Inputs = z.output<typeof inputSchema>;

export const prChecklist = defineAction({
  name: 'pr-checklist',
  inputs: inputSchema,
  secrets: ['token'],
  async run(inputs, io) {
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
  const config = loadChecklistConfig(inputs.config, process.cwd());
  const gh = createGitHub({ token, apiUrl: io.env('GITHUB_API_URL'), log: io });

  let ticksFrom: 'comment' | 'previous' = 'comment';
  let notice: string | undefined;
  let edit: CommentEdit | undefined;
  if (ctx.eventName === 'issue_comment') {
    edit = readCommentEdit(io);
    if (ctx.action !== 'edited') return skipped(io, `issue_comment "${ctx.action}": only edits of the checklist comment are re-evaluated.`);
    if (!edit.body.includes(stickyMarker(COMMENT_KEY))) return skipped(io, `comment ${edit.id} is not the checklist comment; nothing to re-evaluate.`);
  }

  const pr = await getPullRequest(gh, ctx);
  // Comments first: the file pages would otherwise queue it behind up to 30 requests.
  const [comments, listed] = await Promise.all([listIssueComments(gh, { ...ctx, issueNumber: ctx.number }), listPullRequestFiles(gh, { ...ctx, changedFiles: pr.changedFiles })]);
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
  const dvcFiles = listed.files.filter((f) => f.filename.endsWith('.dvc') && sections.some((s) => s.files.includes(f.filename)));
  // The label writes (serial and spaced by the client) overlap the .dvc reads instead of waiting for them.
  const [labelResult, dvc] = await Promise.all([
    addLabels(gh, { ...ctx, issueNumber: ctx.number, labels: unique, current: pr.labels }),
    dvcChanges(gh, ctx, pr, dvcFiles.slice(0, DVC_LIMIT)),
  ]);

  const body = renderComment(config, state, {
    headRef: pr.headRef,
    baseRef: pr.baseRef,
    changedFiles: pr.changedFiles,
    listedFiles: listed.files.length,
    capped: listed.capped,
    dvc: dvc.rows,
    dvcErrors: dvc.errors,
    dvcSkipped: Math.max(0, dvcFiles.length - DVC_LIMIT),
    configSource: config.source,
    notice,
  });
  const comment = await upsertStickyComment(gh, { ...ctx, issueNumber: ctx.number, key: COMMENT_KEY, body, comments });
  io.info(`Checklist comment ${comment.action}: ${comment.url}`);
  if (listed.capped) io.annotate('warning', `This pull request changes ${pr.changedFiles} files; GitHub's API lists only the first ${listed.files.length}, so rules saw only those.`, { title: 'pr-checklist' });

  await reportStatus(gh, inputs['status-check'], ctx, pr, state, comment.url);

  return {
    report: buildReport(state, { pr, capped: listed.capped, listed: listed.files.length, commentUrl: comment.url, labelsAdded: labelResult.added, dvc: dvc.rows }),
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

/** Old (base) and new (head) text of each changed .dvc file through the contents API; renames read the old path on the base. */
async function dvcChanges(gh: GitHub, ctx: PullRequestContext, pr: PullRequestInfo, files: { filename: string; status: string; previous_filename?: string }[]) {
  const rows: DvcOutDiff[] = [];
  const errors: string[] = [];
  const results = await Promise.all(
    files.map(async (f) => {
      const oldPath = f.previous_filename ?? f.filename;
      const [oldText, newText] = await Promise.all([
        f.status === 'added' ? null : readRepoFile(gh, { ...ctx, path: oldPath, ref: pr.baseSha }),
        f.status === 'removed' ? null : readRepoFile(gh, { ...ctx, path: f.filename, ref: pr.headSha }),
      ]);
      return diffDvc(f.filename, oldText, newText);
    }),
  );
  for (const r of results) {
    rows.push(...r.rows);
    if (r.error) errors.push(r.error);
  }
  return { rows, errors };
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

function buildReport(state: ChecklistState, x: { pr: PullRequestInfo; capped: boolean; listed: number; commentUrl: string; labelsAdded: string[]; dvc: DvcOutDiff[] }): Report {
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
  if (x.capped) checks.push({ id: 'files-capped', title: 'Changed files listed', status: 'warn', observed: x.listed, expected: x.pr.changedFiles, detail: `GitHub lists at most 3000 files of a pull request; ${x.pr.changedFiles - x.listed} were not seen by the rules` });
  const open = state.requiredUnchecked.length;
  return createReport({
    action: 'pr-checklist',
    title: `PR checklist for #${x.pr.number}`,
    summary: `${state.sections.length} section${state.sections.length === 1 ? '' : 's'} apply; ${open ? `${open} of ${state.requiredTotal} required items not ticked yet` : `all ${state.requiredTotal} required items ticked`}. Comment: ${x.commentUrl}`,
    checks,
    tables: [
      { title: 'Sections', columns: ['section', 'items ticked', 'required open', 'matching files'], rows: state.sections.map((s) => [s.result.rule.title, `${s.items.filter((i) => i.ticked).length}/${s.items.length}`, s.items.filter((i) => i.required && !i.ticked).length, s.result.files.length]) },
      ...(x.dvc.length
        ? [{ title: 'DVC outputs', columns: ['.dvc file', 'output', 'change', 'old size', 'new size'], rows: x.dvc.map((d) => [d.dvcFile, d.path, d.change, d.old?.size ?? null, d.new?.size ?? null]), folded: true }]
        : []),
    ],
    data: { pullRequest: x.pr.number, sections: state.sections.map((s) => s.result.rule.id), requiredUnchecked: state.requiredUnchecked.map((i) => i.key), labelsAdded: x.labelsAdded, commentUrl: x.commentUrl },
  });
}

function skipped(io: ActionIO, message: string) {
  io.annotate('notice', message, { title: 'pr-checklist' });
  return {
    report: createReport({ action: 'pr-checklist', title: 'PR checklist', summary: message, checks: [{ id: 'event', title: 'Pull request event', status: 'skip' as const, detail: message }] }),
    outputs: { 'required-unchecked': '0', sections: '[]', 'comment-url': '', 'labels-added': '[]' },
  };
}
