#!/usr/bin/env node
// Static safety audit of GitHub Actions workflows. actionlint checks that a
// workflow is valid; this checks that it is safe to run on untrusted pull
// requests and with the repository's token.
//
//   node scripts/workflow-audit.js [file…]    (default: this repository's workflows and Markdown)
//
// prints `file:line: rule: message` per finding and exits 1 when there is one.
// YAML files that are not workflows (no `on:` and `jobs:`) are skipped. In a
// Markdown file (`.md`), each ```yaml block that is a workflow, a job, a list of
// steps or a step is held to expression-in-run: readers copy those snippets into
// their workflows (see workflow-audit/markdown.js).
//
// expression-in-run
//   `${{ … }}` in a step's `run:`, or in the `script:` input of actions/github-script.
//   The runner pastes the value into the script before the shell sees it, so a
//   branch name or PR title becomes code. Values go through `env:`.
//
// untrusted-checkout
//   Applies to workflows triggered by pull_request_target, workflow_run or
//   issue_comment, which get the base repository's token and secrets while their
//   input comes from anyone, and to reusable workflows (workflow_call): they run with
//   whatever event started the caller and cannot see it, so they are held to the
//   caller's worst case. Flags
//     - actions/checkout whose `ref:` or `repository:` mentions
//       github.event.pull_request.head.*, github.event.pull_request.merge_commit_sha
//       (the test merge holds the fork's code too), github.head_ref,
//       github.event.workflow_run.head_* or refs/pull/;
//     - a `run:` command that fetches that code itself: `gh pr checkout`, or git
//       fetch/pull/checkout/switch/worktree/reset of a `pull/<n>/head` or
//       `pull/<n>/merge` ref, or of a variable whose `env:` value is one of the
//       expressions above;
//     - actions/download-artifact, and any action named like it
//       (dawidd6/action-download-artifact, …), without a `path:` that starts with
//       `${{ runner.temp }}` (an artifact of a fork's run can hold .git/config or the
//       gate's own config file);
//     - a `run:` command that unpacks into the working directory: unzip without
//       `-d "$RUNNER_TEMP…"`, tar or bsdtar x… without `-C`/`--directory`/`--cd
//       "$RUNNER_TEMP…"`, 7z x/e without `-o"$RUNNER_TEMP…"`, `python -m zipfile -e`
//       or `python -m tarfile -e` without a "$RUNNER_TEMP…" directory after the
//       archive, `gh run download` without `-D`/`--dir "$RUNNER_TEMP…"` — unless an
//       earlier `cd "$RUNNER_TEMP…"` in the script or the step's `working-directory:
//       ${{ runner.temp }}…` already left the workspace.
//
// self-hosted-fork
//   Applies to workflows triggered by pull_request, pull_request_target, workflow_run
//   or workflow_call (the caller's event may be any of the three). A job may run on
//   a self-hosted runner unless every label of its `runs-on:` is the exact label of
//   a GitHub-hosted image, as listed in actions/fork-guard/github-hosted-labels.txt
//   (the list the fork-guard action reads too): `self-hosted`, custom labels,
//   look-alikes such as ubuntu-gpu-a100, runner groups and expressions
//   (`${{ inputs.runs-on }}`, fromJSON(…)) all count;
//   `${{ matrix.x }}` is resolved from a literal matrix. Such a job must be kept from
//   fork pull requests, in one of three ways:
//     1. its `if:` is false for a run from a fork. The condition is evaluated for
//        each fork-capable event of the workflow, with
//        `github.event.pull_request.head.repo.full_name == github.repository` and
//        `github.event.workflow_run.head_repository.full_name == github.repository`
//        false, `github.event.pull_request.head.repo.fork` and
//        `github.event.workflow_run.head_repository.fork` true for their own events
//        (null, so falsy, for the others) and `github.event_name == '<event>'`
//        known; anything else is unknown, and unknown is not a guard. So
//        `github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository`
//        guards, `always() || <that test>` does not;
//     2. its first step is the fork guard: `id: fork-guard`, no `if:` or
//        `continue-on-error:` (on the step or the job), and either mlship's own
//        guard action (`uses: mlship/mlship/actions/fork-guard@…` or
//        `./actions/fork-guard`, tested in __tests__/reusable-workflows.test.ts) or
//        a `run:` script with one of the two head-repository expressions above in
//        its `env:` or script. Such a script must exit 1 when the run comes from
//        another repository: the audit checks the shape, the reviewer the script;
//     3. it `needs:`, directly or through other jobs, a job guarded by 1 or 2, and
//        neither it nor any job on that path has always(), failure() or
//        cancelled() in its `if:` (those run after the guard failed or was skipped)
//        — unless that `if:` is false for forks by 1, where
//        `needs.<guarded job>.result == 'success'` counts as false: a guarded job
//        fails or is skipped for a fork. So
//        `always() && needs.fork-guard.result == 'success' && needs.lint.result != 'failure'`
//        guards.
//
// unpinned-action
//   Every `uses:` (steps and reusable-workflow calls) is `owner/repo[/path]@<40 hex>`
//   with a `# vX.Y.Z` comment on the same line, and `docker://` images end in
//   `@sha256:<digest>`. Exempt: local `./…` actions and this project's own
//   `mlship/mlship/…@v1` actions and reusable workflows — they are released together
//   from one repository, so within it `@v1` names the release being tested, and users
//   pin `mlship/mlship` by commit SHA in their own workflows (see the README).
//
// permissions
//   A top-level `permissions:` block, or one on every job (otherwise the token gets
//   the repository's default, which may be write-all). `write-all` and `read-all`
//   are refused anywhere; at the top level only read/none scopes — a write scope
//   belongs on the job that needs it. Reusable workflows follow the same rule: their
//   top-level block is the ceiling below what the caller grants, and a caller job
//   that `uses:` one grants write scopes with job-level `permissions:`, which is fine.
//
// persist-credentials
//   actions/checkout with `persist-credentials: false`, unless the job's permissions
//   (its own, else the top-level ones) have `contents: write`: such a job exists to
//   push (tags of the git model registry, say) and may use the persisted credentials.
//   Not, though, when the job also runs a command its caller or dispatcher chose: a
//   `*command` input of an action set from `inputs.…`, or a script that executes a
//   variable its `env:` sets from `inputs.…` (`bash -c "$DEPLOY_COMMAND"`, `eval`, or
//   the variable as the command). That command could read the token from .git/config;
//   the action that pushes gets it as `github-token` instead.
import fs from 'node:fs';
import path from 'node:path';
import { readWorkflowSource } from './workflow-audit/source.js';
import { messages, rules } from './workflow-audit/rules.js';
import { auditMarkdown } from './workflow-audit/markdown.js';

export { messages, auditMarkdown };

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

/** This repository's workflows, examples, organisation templates and any under docs/. */
export function workflowFiles(dir = root) {
  const yaml = (f) => /\.ya?ml$/.test(f);
  const flat = ['.github/workflows', 'workflows-examples', 'action-templates'].flatMap((d) =>
    fs.existsSync(path.join(dir, d)) ? fs.readdirSync(path.join(dir, d)).filter(yaml).map((f) => path.join(d, f)) : [],
  );
  const docs = fs.existsSync(path.join(dir, 'docs'))
    ? fs.readdirSync(path.join(dir, 'docs'), { recursive: true }).map(String).filter(yaml).map((f) => path.join('docs', f))
    : [];
  return [...flat, ...docs.sort()].filter((rel) => readWorkflowSource(fs.readFileSync(path.join(dir, rel), 'utf8')).isWorkflow);
}

/** The Markdown users read and copy from: top-level documents, the actions' and packages' READMEs, docs/. */
export function markdownFiles(dir = root) {
  const md = (f) => f.endsWith('.md');
  const top = ['README.md', 'CONTRIBUTING.md', 'SECURITY.md'].filter((f) => fs.existsSync(path.join(dir, f)));
  const readmes = ['actions', 'packages'].flatMap((d) =>
    fs.existsSync(path.join(dir, d)) ? fs.readdirSync(path.join(dir, d)).map((n) => path.join(d, n, 'README.md')).filter((f) => fs.existsSync(path.join(dir, f))).sort() : [],
  );
  const docs = fs.existsSync(path.join(dir, 'docs'))
    ? fs.readdirSync(path.join(dir, 'docs'), { recursive: true }).map(String).filter(md).map((f) => path.join('docs', f)).sort()
    : [];
  return [...top, ...readmes, ...docs];
}

/**
 * @param {string} text workflow YAML
 * @param {string} file name to put in the findings
 * @returns {{ file: string, line: number, rule: string, message: string }[]}
 */
export function auditWorkflow(text, file) {
  const source = readWorkflowSource(text);
  if (source.errors.length) return [{ file, line: 1, rule: 'yaml', message: source.errors[0] }];
  if (!source.isWorkflow) return [];
  const findings = [];
  const report = (rule, at, needle) => findings.push({ file, line: source.line(at, needle), rule, message: messages[rule] });
  const lines = text.split('\n');
  const lineText = (at) => lines[source.line(at) - 1] ?? '';
  for (const rule of rules) rule(source.data, report, lineText);
  return findings.sort((a, b) => a.line - b.line);
}

export const formatFinding = (f) => `${f.file}:${f.line}: ${f.rule}: ${f.message}`;

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const args = process.argv.slice(2);
  const files = args.length ? args : [...workflowFiles(), ...markdownFiles()].map((rel) => path.join(root, rel));
  let count = 0;
  for (const file of files) {
    const shown = path.isAbsolute(file) ? path.relative(process.cwd(), file) : file;
    const audit = file.endsWith('.md') ? auditMarkdown : auditWorkflow;
    for (const finding of audit(fs.readFileSync(file, 'utf8'), shown)) {
      count++;
      console.error(formatFinding(finding));
    }
  }
  console.log(`workflow-audit: ${files.length} file(s), ${count} finding(s)`);
  process.exitCode = count ? 1 : 0;
}
