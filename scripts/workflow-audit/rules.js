// The six rules of the workflow audit. Each takes the parsed workflow (`data`) and a
// `report(rule, path, needle?)` that turns a YAML path into a finding on its line;
// what each rule accepts is spelled out in ../workflow-audit.js.
import fs from 'node:fs';
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
    'add `persist-credentials: false` to actions/checkout so the token is not left in .git/config for later steps; only jobs with `permissions: contents: write` (they push) may keep it, and not when they also run a command passed in as an input (a deploy or clean-up command could read or misuse it): give the pushing action the token as `github-token` instead',
};

/** Events that can start a run from a fork's pull request (workflow_call: whatever started the caller). */
const FORK_EVENTS = ['pull_request', 'pull_request_target', 'workflow_run'];
/** Events whose token and secrets are the base repository's while their input is not. */
const PRIVILEGED_EVENTS = ['pull_request_target', 'workflow_run', 'issue_comment'];

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

// merge_commit_sha is GitHub's test merge of the pull request: the fork's code as much as head.sha.
const UNTRUSTED_REF = /github\.event\.pull_request\.(?:head\.|merge_commit_sha)|github\.head_ref|github\.event\.workflow_run\.head_|refs\/pull\//;
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
    const tar = Math.max(at('tar'), at('bsdtar'));
    const sevenZip = words.findIndex((w) => /^7z[arz]?$/.test(w));
    const pythonModule = words.findIndex((w, i) => w === '-m' && /^python(?:3(?:\.\d+)?)?$/.test(words[0] ?? '') && ['zipfile', 'tarfile'].includes(words[i + 1] ?? ''));
    let extracts = false;
    let intoTemp = false;
    if (at('unzip') >= 0) {
      extracts = true;
      intoTemp = destination(['-d']);
    } else if (tar >= 0) {
      const args = words.slice(tar + 1);
      extracts = /^-?[A-Za-z]*x[A-Za-z]*$/.test(args[0] ?? '') || args.some((a) => /^-[A-Za-z]*x[A-Za-z]*$/.test(a) || /^--(?:extract|get)$/.test(a));
      intoTemp = destination(['-C', '--directory', '--cd']);
    } else if (sevenZip >= 0) {
      // x keeps the archive's paths, e flattens them: both write files; -o<dir> (no space) says where.
      extracts = ['x', 'e'].includes(words[sevenZip + 1] ?? '');
      intoTemp = destination(['-o']);
    } else if (pythonModule >= 0) {
      // python -m zipfile|tarfile -e <archive> [<dir>]: the directory is the word after the archive (tarfile's default is .).
      const flag = words.findIndex((w, i) => i > pythonModule && (w === '-e' || w === '--extract'));
      extracts = flag >= 0;
      intoTemp = INTO_RUNNER_TEMP.test(words[flag + 2] ?? '');
    } else if (at('gh') >= 0 && words[at('gh') + 1] === 'run' && words[at('gh') + 2] === 'download') {
      extracts = true;
      intoTemp = destination(['-D', '--dir']);
    }
    if (extracts && !intoTemp && !inTemp) found.push(command);
  }
  return found;
}

/**
 * The commands of a script that bring a pull request's or triggering run's code into the
 * checkout: `gh pr checkout`, and git fetching, pulling or checking out a `pull/<n>/head`
 * or `pull/<n>/merge` ref or a variable the job's or step's `env:` sets from an untrusted ref.
 */
function untrustedFetches(script, env) {
  const tainted = Object.entries(env && typeof env === 'object' ? env : {})
    .filter(([, value]) => typeof value === 'string' && UNTRUSTED_REF.test(value))
    .map(([name]) => name);
  const usesTainted = (word) => tainted.some((name) => new RegExp(`\\$\\{?${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(word));
  const found = [];
  for (const command of script.split(/\n|;|&&|\|\||\|/).map((c) => c.trim()).filter(Boolean)) {
    const words = command.split(/\s+/);
    const gh = words.indexOf('gh');
    const git = words.indexOf('git');
    if (gh >= 0 && words[gh + 1] === 'pr' && words[gh + 2] === 'checkout') found.push(command);
    else if (git >= 0 && words.slice(git + 1).some((w) => ['fetch', 'pull', 'checkout', 'switch', 'worktree', 'reset'].includes(w))) {
      const refs = words.slice(git + 1);
      if (refs.some((w) => /(?:^|[\s"'/:+])pull\/[^\s/]+\/(?:head|merge)\b/.test(w) || usesTainted(w))) found.push(command);
    }
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
      // actions/download-artifact and the actions modelled on it (dawidd6/action-download-artifact, …) all take path:.
      if (action.includes('download-artifact') && !UNDER_RUNNER_TEMP.test(String(step.with?.path ?? '')))
        report('untrusted-checkout', step.with?.path === undefined ? [...at, 'uses'] : [...at, 'with', 'path']);
      if (typeof step.run === 'string') {
        const startsInTemp = UNDER_RUNNER_TEMP.test(String(step['working-directory'] ?? ''));
        for (const command of extractionsIntoWorkspace(step.run, startsInTemp)) report('untrusted-checkout', [...at, 'run'], command);
        for (const command of untrustedFetches(step.run, { ...job.env, ...step.env })) report('untrusted-checkout', [...at, 'run'], command);
      }
    }
  }
}

/**
 * The exact labels of GitHub's runner images, from the file the fork-guard action reads too,
 * so the audit and the guard judge a runner alike (one label a line, `#` comments).
 */
const GITHUB_HOSTED = new Set(
  fs
    .readFileSync(new URL('../../actions/fork-guard/github-hosted-labels.txt', import.meta.url), 'utf8')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#')),
);

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
  const labels = runnerLabels(job);
  return labels.length === 0 || labels.some((l) => typeof l !== 'string' || !GITHUB_HOSTED.has(l));
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

const FROM_INPUT = /\binputs\./;

/**
 * Whether a step runs a command the workflow's caller or dispatcher chose: a `*command`
 * input of an action fed from `inputs.…`, or a script that executes a variable its `env:`
 * sets from `inputs.…` (`bash -c "$DEPLOY_COMMAND"`, `eval "$X"`, `"$X"` as the command).
 */
function runsInputCommand(step, jobEnv) {
  if (typeof step.uses === 'string') {
    return Object.entries(step.with ?? {}).some(([key, value]) => /(?:^|-)command$/.test(key) && FROM_INPUT.test(String(value)));
  }
  if (typeof step.run !== 'string') return false;
  const names = Object.entries({ ...jobEnv, ...step.env })
    .filter(([, value]) => FROM_INPUT.test(String(value)))
    .map(([name]) => name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  if (!names.length) return false;
  const variable = new RegExp(`^["']?\\$\\{?(?:${names.join('|')})\\b`);
  return step.run
    .split(/\n|;|&&|\|\||\|/)
    .map((c) => c.trim().split(/\s+/))
    .some((words) => variable.test(words[0] ?? '') || words.some((w, i) => (w === '-c' || w === 'eval') && variable.test(words[i + 1] ?? '')));
}

export function persistCredentials(data, report) {
  for (const [id, job] of jobsOf(data)) {
    const granted = job?.permissions ?? data.permissions;
    // A job that pushes may keep the checkout's token, unless it also hands the runner to someone else's command.
    const steps = stepsOf(job);
    const pushes = granted && typeof granted === 'object' && granted.contents === 'write' && !steps.some(([, step]) => runsInputCommand(step, job?.env ?? {}));
    for (const [i, step] of steps) {
      if (actionOf(step) !== 'actions/checkout' || pushes) continue;
      const persist = step.with?.['persist-credentials'];
      if (persist !== false && persist !== 'false') report('persist-credentials', ['jobs', id, 'steps', i, 'uses']);
    }
  }
}

export const rules = [expressionInRun, untrustedCheckout, selfHostedFork, unpinnedAction, permissions, persistCredentials];
