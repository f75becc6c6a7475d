// The six rules of the workflow audit. Each takes the parsed workflow (`data`) and a
// `report(rule, path, needle?)` that turns a YAML path into a finding on its line;
// what each rule accepts is spelled out in ../workflow-audit.js.
import { excludesForks, sameRepoOperands } from './fork-condition.js';

export const messages = {
  'expression-in-run':
    '${{ }} in a script is pasted into it before it runs (template injection): pass the value through env: and read it as "$NAME" (process.env.NAME in github-script)',
  'untrusted-checkout':
    'this workflow runs with the base repository\'s token and secrets: do not check out the pull request\'s or triggering run\'s code, and download or extract artifacts only under ${{ runner.temp }} ($RUNNER_TEMP in scripts)',
  'self-hosted-fork':
    'a pull request from a fork could run code on this possibly self-hosted runner: add `github.event.pull_request.head.repo.full_name == github.repository` (or the workflow_run head_repository form) to the job\'s if:, or make it need a job whose first step is the `id: fork-guard` check',
  'unpinned-action':
    'pin third-party actions to a full commit SHA followed by its release tag, `owner/repo@<40 hex> # vX.Y.Z`, and docker:// images by @sha256: digest',
  permissions:
    'give the workflow a top-level permissions: block (e.g. contents: read) or every job its own; no write-all/read-all, and write scopes only on the jobs that need them',
  'persist-credentials':
    'add `persist-credentials: false` to actions/checkout so the token is not left in .git/config for later steps; only jobs with `permissions: contents: write` (they push) may keep it',
};

/** Events that can start a run from a fork's pull request (workflow_call: whatever started the caller). */
const FORK_EVENTS = ['pull_request', 'pull_request_target', 'workflow_run'];
/** Events whose token and secrets are the base repository's while their input is not. */
const PRIVILEGED_EVENTS = ['pull_request_target', 'workflow_run'];

export function triggers(data) {
  const on = data.on;
  if (typeof on === 'string') return [on];
  if (Array.isArray(on)) return on.map(String);
  return on && typeof on === 'object' ? Object.keys(on) : [];
}

const jobsOf = (data) => Object.entries(data.jobs && typeof data.jobs === 'object' ? data.jobs : {});
const stepsOf = (job) => (Array.isArray(job?.steps) ? job.steps : []).map((step, i) => [i, step ?? {}]);
const actionOf = (step) => (typeof step.uses === 'string' ? step.uses.split('@')[0].toLowerCase() : '');

export function expressionInRun(data, report) {
  for (const [id, job] of jobsOf(data)) {
    for (const [i, step] of stepsOf(job)) {
      if (typeof step.run === 'string' && step.run.includes('${{')) report('expression-in-run', ['jobs', id, 'steps', i, 'run'], '${{');
      const script = step.with?.script;
      if (actionOf(step) === 'actions/github-script' && typeof script === 'string' && script.includes('${{'))
        report('expression-in-run', ['jobs', id, 'steps', i, 'with', 'script'], '${{');
    }
  }
}

const UNTRUSTED_REF = /github\.event\.pull_request\.head\.|github\.head_ref|github\.event\.workflow_run\.head_|refs\/pull\//;
const UNDER_RUNNER_TEMP = /^\$\{\{\s*runner\.temp\s*\}\}(?:\/|$)/;
const INTO_RUNNER_TEMP = /^["']?\$\{?RUNNER_TEMP\}?(?:["'/]|$)/;

/** The commands of a script that write an archive's or artifact's files into the working directory. */
function extractionsIntoWorkspace(script, startsInTemp) {
  const found = [];
  let inTemp = startsInTemp;
  for (const command of script.split(/\n|;|&&|\|\||\|/).map((c) => c.trim()).filter(Boolean)) {
    const words = command.split(/\s+/);
    if (words[0] === 'cd') {
      inTemp = INTO_RUNNER_TEMP.test(words[1] ?? '');
      continue;
    }
    const destination = (flags) => {
      for (let w = 0; w < words.length; w++) {
        for (const flag of flags) {
          if (words[w] === flag && INTO_RUNNER_TEMP.test(words[w + 1] ?? '')) return true;
          if (words[w].startsWith(flag) && words[w] !== flag && INTO_RUNNER_TEMP.test(words[w].slice(flag.length).replace(/^=/, ''))) return true;
        }
      }
      return false;
    };
    const at = (name) => words.indexOf(name);
    let extracts = false;
    let intoTemp = false;
    if (at('unzip') >= 0) {
      extracts = true;
      intoTemp = destination(['-d']);
    } else if (at('tar') >= 0) {
      const args = words.slice(at('tar') + 1);
      extracts = /^-?[A-Za-z]*x[A-Za-z]*$/.test(args[0] ?? '') || args.some((a) => /^-[A-Za-z]*x[A-Za-z]*$/.test(a) || /^--(?:extract|get)$/.test(a));
      intoTemp = destination(['-C', '--directory']);
    } else if (at('gh') >= 0 && words[at('gh') + 1] === 'run' && words[at('gh') + 2] === 'download') {
      extracts = true;
      intoTemp = destination(['-D', '--dir']);
    }
    if (extracts && !intoTemp && !inTemp) found.push(command);
  }
  return found;
}

export function untrustedCheckout(data, report) {
  const on = triggers(data);
  if (!on.some((e) => PRIVILEGED_EVENTS.includes(e) || e === 'workflow_call')) return;
  for (const [id, job] of jobsOf(data)) {
    for (const [i, step] of stepsOf(job)) {
      const at = ['jobs', id, 'steps', i];
      const action = actionOf(step);
      if (action === 'actions/checkout') {
        for (const key of ['ref', 'repository']) {
          const value = step.with?.[key];
          if (typeof value === 'string' && UNTRUSTED_REF.test(value)) report('untrusted-checkout', [...at, 'with', key]);
        }
      }
      if (action === 'actions/download-artifact' && !UNDER_RUNNER_TEMP.test(String(step.with?.path ?? '')))
        report('untrusted-checkout', step.with?.path === undefined ? [...at, 'uses'] : [...at, 'with', 'path']);
      if (typeof step.run === 'string') {
        const startsInTemp = UNDER_RUNNER_TEMP.test(String(step['working-directory'] ?? ''));
        for (const command of extractionsIntoWorkspace(step.run, startsInTemp)) report('untrusted-checkout', [...at, 'run'], command);
      }
    }
  }
}

const GITHUB_HOSTED = /^(?:ubuntu|windows|macos)-[\w.-]+$/;

/** The labels a job may run on; `${{ matrix.x }}` is resolved from the job's matrix when it is literal. */
function runnerLabels(job) {
  const runsOn = job['runs-on'];
  if (runsOn && typeof runsOn === 'object' && !Array.isArray(runsOn)) return runsOn.group !== undefined ? [undefined] : [].concat(runsOn.labels ?? []);
  const labels = [].concat(runsOn ?? []);
  return labels.flatMap((label) => {
    const m = typeof label === 'string' ? /^\$\{\{\s*matrix\.([\w-]+)\s*\}\}$/.exec(label.trim()) : null;
    if (!m) return [label];
    const matrix = job.strategy?.matrix;
    if (!matrix || typeof matrix !== 'object' || !Array.isArray(matrix[m[1]])) return [undefined];
    const included = (Array.isArray(matrix.include) ? matrix.include : []).filter((e) => e && m[1] in e).map((e) => e[m[1]]);
    return [...matrix[m[1]], ...included];
  });
}

function maySelfHost(job) {
  if (job['runs-on'] === undefined) return false;
  return runnerLabels(job).some((l) => typeof l !== 'string' || l.includes('${{') || !GITHUB_HOSTED.test(l));
}

/** mlship's own guard action (actions/fork-guard), by its released or its local path. */
const GUARD_ACTION = /^(?:mlship\/mlship\/actions\/fork-guard@|\.\/actions\/fork-guard$)/;

/**
 * First step `id: fork-guard`, never skipped or excused: mlship's fork-guard action, or a
 * script of your own that compares the head repository.
 */
function startsWithForkGuard(job) {
  const first = Array.isArray(job?.steps) ? job.steps[0] : undefined;
  if (!first || first.id !== 'fork-guard') return false;
  if (first.if !== undefined || first['continue-on-error'] !== undefined || job['continue-on-error'] !== undefined) return false;
  if (typeof first.uses === 'string') return GUARD_ACTION.test(first.uses);
  if (typeof first.run !== 'string') return false;
  const text = JSON.stringify(first.env ?? {}) + first.run;
  return sameRepoOperands.some((operand) => text.includes(operand));
}

/** always(), failure() and cancelled() let a job run after the job it needs failed or was skipped. */
const RUNS_AFTER_FAILURE = /\b(?:always|failure|cancelled)\s*\(/;

export function selfHostedFork(data, report) {
  const on = triggers(data);
  const events = on.includes('workflow_call') ? FORK_EVENTS : FORK_EVENTS.filter((e) => on.includes(e));
  if (!events.length) return;
  const jobs = Object.fromEntries(jobsOf(data));
  const memo = new Map();
  const guarded = (id) => {
    if (memo.has(id)) return memo.get(id);
    memo.set(id, false); // a cycle guards nothing
    const job = jobs[id];
    const guardedNeeds = job ? [].concat(job.needs ?? []).map(String).filter(guarded) : [];
    const result =
      !!job &&
      (excludesForks(job.if, events, guardedNeeds) ||
        startsWithForkGuard(job) ||
        (guardedNeeds.length > 0 && !RUNS_AFTER_FAILURE.test(String(job.if ?? ''))));
    memo.set(id, result);
    return result;
  };
  for (const [id, job] of Object.entries(jobs)) if (maySelfHost(job) && !guarded(id)) report('self-hosted-fork', ['jobs', id, 'runs-on']);
}

const SHA_PINNED = /^[\w.-]+\/[\w.-]+(?:\/[^@\s]+)?@[0-9a-f]{40}$/;
const OWN = /^mlship\/mlship\/[^@\s]+@v1$/;

export function unpinnedAction(data, report, lineText) {
  const check = (uses, at) => {
    if (typeof uses !== 'string' || uses.startsWith('./') || OWN.test(uses)) return;
    if (uses.startsWith('docker://')) {
      if (!/@sha256:[0-9a-f]{64}$/.test(uses)) report('unpinned-action', at);
      return;
    }
    if (!SHA_PINNED.test(uses) || !/#\s*v\d+\.\d+\.\d+\b/.test(lineText(at))) report('unpinned-action', at);
  };
  for (const [id, job] of jobsOf(data)) {
    check(job?.uses, ['jobs', id, 'uses']);
    for (const [i, step] of stepsOf(job)) check(step.uses, ['jobs', id, 'steps', i, 'uses']);
  }
}

const BROAD = ['write-all', 'read-all'];

export function permissions(data, report) {
  const top = data.permissions;
  if (typeof top === 'string' && BROAD.includes(top)) report('permissions', ['permissions']);
  if (top && typeof top === 'object') for (const [scope, level] of Object.entries(top)) if (level === 'write') report('permissions', ['permissions', scope]);
  for (const [id, job] of jobsOf(data)) {
    if (top === undefined && job?.permissions === undefined) report('permissions', ['jobs', id]);
    if (typeof job?.permissions === 'string' && BROAD.includes(job.permissions)) report('permissions', ['jobs', id, 'permissions']);
  }
}

export function persistCredentials(data, report) {
  for (const [id, job] of jobsOf(data)) {
    const granted = job?.permissions ?? data.permissions;
    const pushes = granted && typeof granted === 'object' && granted.contents === 'write';
    for (const [i, step] of stepsOf(job)) {
      if (actionOf(step) !== 'actions/checkout' || pushes) continue;
      const persist = step.with?.['persist-credentials'];
      if (persist !== false && persist !== 'false') report('persist-credentials', ['jobs', id, 'steps', i, 'uses']);
    }
  }
}

export const rules = [expressionInRun, untrustedCheckout, selfHostedFork, unpinnedAction, permissions, persistCredentials];
