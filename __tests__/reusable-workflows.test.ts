/**
 * The reusable workflows' own logic, run for real: each `run:` script is taken out of
 * the committed workflow file and executed by bash with the environment the runner
 * would give it, so what is tested is what users run. The GitHub-side wiring (outputs,
 * needs, step ids) is checked statically against the files themselves.
 *
 * nvidia-smi and dvc are stand-ins written here: no GPU and no DVC on this machine. They
 * print what the real tools print for these calls (nvidia-smi's csv,noheader lines;
 * DVC's exit codes: `dvc status --quiet` exits 1 when the workspace differs from the
 * recorded checksums, 255 on an error) and record how they were called.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readActionYml } from '../packages/core/src/action-yml';
import { parseCommandFile, repoRoot } from './harness';
import { evaluateExpression, simulateJobs, simulateSteps, stepKey, type JobResult, type StepOutcome, type Value } from './workflow-expressions';

type Step = { id?: string; name?: string; if?: string; run?: string; uses?: string; env?: Record<string, unknown>; with?: Record<string, unknown> };
type Job = { needs?: string | string[]; if?: string; outputs?: Record<string, string>; steps?: Step[]; uses?: string; environment?: string | { name: string; url?: string }; permissions?: Record<string, string> };
type Input = { type: string; required?: boolean; default?: unknown; description?: string };
type Workflow = { on: { workflow_call?: { inputs?: Record<string, Input>; outputs?: Record<string, { value: string }> } }; jobs: Record<string, Job> };

const readWorkflow = (rel: string) => parse(fs.readFileSync(path.join(repoRoot, rel), 'utf8')) as Workflow;

function script(rel: string, job: string, stepId: string): string {
  const step = readWorkflow(rel).jobs[job]?.steps?.find((s) => s.id === stepId);
  if (!step?.run) throw new Error(`${rel}: job ${job} has no run step with id ${stepId}`);
  return step.run;
}

interface Ran {
  code: number | null;
  stdout: string;
  outputs: Record<string, string>;
  errors: string[];
}

/** Runs a step script as the runner does: bash --noprofile --norc -eo pipefail, GITHUB_OUTPUT a file. */
function runStep(body: string, env: Record<string, string>, opts: { cwd?: string; path?: string } = {}): Ran {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-step-'));
  const file = path.join(tmp, 'step.sh');
  fs.writeFileSync(file, body);
  const output = path.join(tmp, 'output');
  fs.writeFileSync(output, '');
  const r = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', file], {
    cwd: opts.cwd ?? tmp,
    env: { PATH: `${opts.path ? opts.path + ':' : ''}/usr/bin:/bin`, RUNNER_TEMP: tmp, RUNNER_NAME: 'gpu-runner-7', GITHUB_OUTPUT: output, ...env },
    encoding: 'utf8',
  });
  return {
    code: r.status,
    stdout: r.stdout,
    outputs: parseCommandFile(fs.readFileSync(output, 'utf8')),
    errors: r.stdout.split('\n').filter((l) => l.startsWith('::error')),
  };
}

/** A directory with one executable stand-in `name` running `body` (sh). */
function fakeTool(name: string, body: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `mlship-fake-${name}-`));
  fs.writeFileSync(path.join(dir, name), `#!/bin/sh\n${body}\n`, { mode: 0o755 });
  return dir;
}

describe('fork-guard: code from forks never reaches a self-hosted runner', () => {
  const guard = `bash ${JSON.stringify(path.join(repoRoot, 'actions/fork-guard/guard.sh'))}`;
  const selfHosted = '["self-hosted","linux","x64","gpu"]';
  const base = { REPOSITORY: 'acme/churn', PR_HEAD_REPO: '', RUN_HEAD_REPO: '', RUN_EVENT: '', RUNS_ON: selfHosted, PULL_REQUEST_RUNS: 'allow' };

  it.each([
    ['pull_request', { PR_HEAD_REPO: 'acme/churn' }],
    ['pull_request_target', { PR_HEAD_REPO: 'acme/churn' }],
    ['workflow_run', { RUN_HEAD_REPO: 'acme/churn', RUN_EVENT: 'push' }],
    ['workflow_run', { RUN_HEAD_REPO: 'acme/churn', RUN_EVENT: 'pull_request' }],
    ['push', {}],
    ['schedule', {}],
    ['workflow_dispatch', {}],
    ['repository_dispatch', {}],
  ])('lets a %s from the repository itself through (%j)', (event, extra) => {
    const r = runStep(guard, { ...base, EVENT: event, ...extra });
    expect(r.errors).toEqual([]);
    expect(r.code).toBe(0);
  });

  it.each([
    ['pull_request from a fork', { EVENT: 'pull_request', PR_HEAD_REPO: 'mallory/churn' }, 'comes from mallory/churn, not acme/churn'],
    ['pull_request_target from a fork', { EVENT: 'pull_request_target', PR_HEAD_REPO: 'mallory/churn' }, 'comes from mallory/churn'],
    ['pull_request whose fork was deleted', { EVENT: 'pull_request', PR_HEAD_REPO: '' }, 'comes from a deleted fork'],
    ['workflow_run of a fork pull request', { EVENT: 'workflow_run', RUN_HEAD_REPO: 'mallory/churn', RUN_EVENT: 'pull_request' }, 'comes from mallory/churn'],
    ['issue_comment (head unknown)', { EVENT: 'issue_comment' }, 'issue_comment events cannot prove'],
    ['fork pull request with an empty runs-on', { EVENT: 'pull_request', PR_HEAD_REPO: 'mallory/churn', RUNS_ON: '' }, 'a self-hosted runner'],
    ['fork pull request on a mixed label set', { EVENT: 'pull_request', PR_HEAD_REPO: 'mallory/churn', RUNS_ON: '["ubuntu-latest","gpu"]' }, 'comes from mallory/churn'],
    // Anyone can register a self-hosted runner or scale set under a name that looks like an image.
    ['fork pull request on a runner named like an image', { EVENT: 'pull_request', PR_HEAD_REPO: 'mallory/churn', RUNS_ON: 'ubuntu-gpu-a100' }, "'ubuntu-gpu-a100' (not GitHub-hosted image labels only"],
    ['fork pull request on a look-alike label array', { EVENT: 'pull_request_target', PR_HEAD_REPO: 'mallory/churn', RUNS_ON: '["ubuntu-gpu"]' }, 'comes from mallory/churn'],
    ['fork run on a look-alike macOS runner', { EVENT: 'workflow_run', RUN_HEAD_REPO: 'mallory/churn', RUN_EVENT: 'pull_request', RUNS_ON: 'macos-m2-selfhosted' }, 'comes from mallory/churn'],
    ['issue_comment on a look-alike Windows runner', { EVENT: 'issue_comment', RUNS_ON: 'windows-gpu' }, 'issue_comment events cannot prove'],
    ['fork pull request with an empty label array', { EVENT: 'pull_request', PR_HEAD_REPO: 'mallory/churn', RUNS_ON: '[]' }, 'comes from mallory/churn'],
    ['pull request run to be released', { EVENT: 'workflow_run', RUN_HEAD_REPO: 'acme/churn', RUN_EVENT: 'pull_request', PULL_REQUEST_RUNS: 'refuse' }, 'is not merged'],
    ['fork run to be released from a hosted runner', { EVENT: 'workflow_run', RUN_HEAD_REPO: 'mallory/churn', RUN_EVENT: 'push', RUNS_ON: 'ubuntu-latest', PULL_REQUEST_RUNS: 'refuse' }, 'is not merged'],
    ['a typo in pull-request-runs', { EVENT: 'push', PULL_REQUEST_RUNS: 'deny' }, "pull-request-runs must be allow or refuse, not 'deny'"],
  ])('refuses a %s with one line', (_, env, says) => {
    const r = runStep(guard, { ...base, ...env });
    expect(r.code).toBe(1);
    expect(r.errors).toHaveLength(1);
    expect(r.errors[0]).toContain(says);
  });

  it.each([
    ['ubuntu-latest', 'pull_request'],
    ['["ubuntu-24.04"]', 'pull_request_target'],
    ['windows-latest', 'issue_comment'],
    ['["ubuntu-24.04-arm", "macos-14-xlarge"]', 'pull_request'],
    ['windows-11-arm', 'pull_request_target'],
  ])('lets forks through when the jobs run on GitHub-hosted %s only', (runsOn, event) => {
    const r = runStep(guard, { ...base, EVENT: event, PR_HEAD_REPO: 'mallory/churn', RUNS_ON: runsOn });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('GitHub-hosted runners only');
  });

  it.each(['train-gpu', 'ml-ci', 'ml-cd', 'watch', 'model-gate', 'validate-data'])('guards %s.yml with the runs-on its jobs use', (name) => {
    const wf = readWorkflow(`.github/workflows/${name}.yml`);
    const guardJobs = Object.entries(wf.jobs).filter(([, j]) => j.steps?.[0]?.uses?.startsWith('mlship/mlship/actions/fork-guard@'));
    expect(guardJobs).toHaveLength(1);
    expect(guardJobs[0]![1].steps![0]!.with?.['runs-on']).toBe('${{ inputs.runs-on }}');
  });
});

describe('train-gpu.yml: the GPU check runs first and fails fast', () => {
  const check = script('.github/workflows/train-gpu.yml', 'train', 'gpu-check');
  /** nvidia-smi printing `count` GPUs the way `--query-gpu=index,name,memory.total --format=csv,noheader` does. */
  const gpus = (count: number) =>
    fakeTool(
      'nvidia-smi',
      `[ "$*" = "--query-gpu=index,name,memory.total --format=csv,noheader" ] || { echo "unexpected: $*" >&2; exit 2; }\n` +
        Array.from({ length: count }, (_, i) => `echo "${i}, NVIDIA A100-SXM4-80GB, 81920 MiB"`).join('\n'),
    );

  it('is the first step of the GPU job', () => {
    expect(readWorkflow('.github/workflows/train-gpu.yml').jobs.train!.steps![0]!.id).toBe('gpu-check');
  });

  it('passes when the runner has as many GPUs as asked', () => {
    const r = runStep(check, { WANT: '2' }, { path: gpus(2) });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('2 GPU(s) on gpu-runner-7');
  });

  it('fails with one line when nvidia-smi lists fewer GPUs than gpu-count', () => {
    const r = runStep(check, { WANT: '4' }, { path: gpus(2) });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringContaining('gpu-count is 4 but nvidia-smi lists 2 GPU(s) on runner gpu-runner-7')]);
  });

  it('fails with one line when nvidia-smi succeeds but lists no GPU', () => {
    const r = runStep(check, { WANT: '1' }, { path: gpus(0) });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringContaining('gpu-count is 1 but nvidia-smi lists 0 GPU(s) on runner gpu-runner-7')]);
  });

  it('fails with one line when nvidia-smi is not installed', () => {
    const r = runStep(check, { WANT: '1' }, { path: fs.mkdtempSync(path.join(os.tmpdir(), 'empty-')) });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringContaining('nvidia-smi is not on the PATH of runner gpu-runner-7')]);
  });

  it('fails with one line when nvidia-smi finds no device', () => {
    // What the real tool prints, with exit code 6, on a machine whose driver sees no GPU.
    const r = runStep(check, { WANT: '1' }, { path: fakeTool('nvidia-smi', 'echo "No devices were found"; exit 6') });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringContaining('nvidia-smi failed on runner gpu-runner-7: No devices were found')]);
  });
});

describe('train-gpu.yml: limits and the run id', () => {
  it('leaves the training command time for diagnostics and uploads before the job limit', () => {
    const limits = script('.github/workflows/train-gpu.yml', 'train', 'limits');
    expect(runStep(limits, { JOB_MINUTES: '360' }).outputs['train-timeout']).toBe('350m');
    expect(runStep(limits, { JOB_MINUTES: '30' }).outputs['train-timeout']).toBe('27m');
    expect(runStep(limits, { JOB_MINUTES: '5' }).outputs['train-timeout']).toBe('4m');
  });

  const readId = script('.github/workflows/train-gpu.yml', 'train', 'run-id');
  const inDir = (content?: string) => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-runid-'));
    if (content !== undefined) fs.writeFileSync(path.join(dir, 'run_id.txt'), content);
    return dir;
  };

  it('reads the run id the training wrote', () => {
    const r = runStep(readId, { RUN_ID_FILE: 'run_id.txt' }, { cwd: inDir('9f1c2a7b3e4d4c0e8a1b2c3d4e5f6a7b\n') });
    expect(r.code).toBe(0);
    expect(r.outputs['run-id']).toBe('9f1c2a7b3e4d4c0e8a1b2c3d4e5f6a7b');
  });

  it('is empty, not an error, when the training wrote none', () => {
    const r = runStep(readId, { RUN_ID_FILE: 'run_id.txt' }, { cwd: inDir() });
    expect(r.code).toBe(0);
    expect(r.outputs).toEqual({});
  });

  it('refuses a run id that could inject into later steps', () => {
    const r = runStep(readId, { RUN_ID_FILE: 'run_id.txt' }, { cwd: inDir('abc$(curl evil)\nrun-id=x') });
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringContaining('run_id.txt must hold one run id')]);
    expect(r.outputs).toEqual({});
  });
});

describe('dvc-pull: the remote, the cache as fallback, checksums verified', () => {
  const pullScript = path.join(repoRoot, 'actions/dvc-pull/pull.sh');
  /**
   * A DVC stand-in for a repository with two `dvc add`-ed directories (data/train.dvc,
   * data/reference.dvc) and a dvc.yaml stage `train` (src/train.py → models/model.pkl).
   * FAIL_PULL, FAIL_CHECKOUT select those outcomes; DIRTY names the .dvc files whose output
   * differs from its checksum; CODE_CHANGED makes src/train.py differ from dvc.lock;
   * STATUS_FAILS makes status itself fail. `dvc status` answers as DVC does: without targets
   * for every .dvc file and stage, with a data path for the .dvc file tracking it, with a
   * stage or its output for the stage (dependencies included); --quiet exits 1 on any
   * change, 255 on an error. Calls are logged.
   */
  const dvc = fakeTool(
    'dvc',
    [
      'echo "$*" >> "$DVC_CALLS"',
      'case "$1" in',
      '  pull) [ -n "$FAIL_PULL" ] && { echo "ERROR: failed to pull data from the cloud - Unable to locate credentials" >&2; exit 1; }; echo "A       data/train/"; exit 0 ;;',
      '  checkout) [ -n "$FAIL_CHECKOUT" ] && { echo "ERROR: Checkout failed for following targets: data/train" >&2; exit 1; }; echo "A       data/train/"; exit 0 ;;',
      '  status)',
      '    shift; quiet=; [ "$1" = --quiet ] && { quiet=1; shift; }',
      '    [ -n "$STATUS_FAILS" ] && { echo "ERROR: unexpected error - database disk image is malformed" >&2; exit 255; }',
      '    [ $# -eq 0 ] && set -- data/reference.dvc data/train.dvc train',
      '    changed=; out=',
      '    for t in "$@"; do',
      '      case "$t" in',
      '        train|models/model.pkl) [ -n "$CODE_CHANGED" ] && { changed=1; out="${out}train:\\n\\tchanged deps:\\n\\t\\tmodified:           src/train.py\\n"; } ;;',
      '        *) f="${t%/}"; case "$f" in *.dvc) ;; *) f="$f.dvc" ;; esac',
      '           [ -f "$f" ] || { echo "ERROR: \'$t\' does not exist" >&2; exit 255; }',
      '           case " $DIRTY " in *" $f "*) changed=1; out="${out}$f:\\n\\tchanged outs:\\n\\t\\tmodified:           ${f%.dvc}\\n" ;; esac ;;',
      '      esac',
      '    done',
      '    if [ -n "$quiet" ]; then [ -n "$changed" ] && exit 1; exit 0; fi',
      '    printf "$out"; exit 0 ;;',
      'esac',
      'exit 3',
    ].join('\n'),
  );

  function pull(env: Record<string, string>, withCache: boolean) {
    const repo = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-dvc-'));
    if (withCache) {
      fs.mkdirSync(path.join(repo, '.dvc/cache/files/md5/3a'), { recursive: true });
      fs.writeFileSync(path.join(repo, '.dvc/cache/files/md5/3a/1b2c'), 'cached');
    }
    fs.mkdirSync(path.join(repo, 'data'));
    for (const name of ['train', 'reference']) fs.writeFileSync(path.join(repo, `data/${name}.dvc`), `outs:\n- md5: 3a1b2c.dir\n  path: ${name}\n`);
    fs.writeFileSync(path.join(repo, 'dvc.yaml'), 'stages:\n  train:\n    cmd: python src/train.py\n    deps: [src/train.py, data/train]\n    outs: [models/model.pkl]\n');
    const calls = path.join(repo, 'calls');
    const r = runStep(`bash ${JSON.stringify(pullScript)}`, { TARGETS: 'data/train data/reference', DVC_CALLS: calls, ...env }, { cwd: repo, path: dvc });
    return { ...r, calls: fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n') : [] };
  }

  it('pulls from the remote and verifies the checksums of the .dvc files tracking the targets', () => {
    const r = pull({}, false);
    expect(r.code).toBe(0);
    expect(r.calls).toEqual(['pull data/train data/reference', 'status --quiet data/train.dvc data/reference.dvc']);
    expect(r.outputs.source).toBe('remote');
    expect(r.stdout).toContain('Data verified against the checksums in data/train.dvc data/reference.dvc (from the remote).');
  });

  it('falls back to the local cache when the remote fails', () => {
    const r = pull({ FAIL_PULL: '1' }, true);
    expect(r.code).toBe(0);
    expect(r.calls).toEqual(['pull data/train data/reference', 'checkout data/train data/reference', 'status --quiet data/train.dvc data/reference.dvc']);
    expect(r.outputs.source).toBe('cache');
    expect(r.stdout).toContain('::warning title=DVC pull failed::');
  });

  it('fails with one line when the remote fails and there is no cache', () => {
    const r = pull({ FAIL_PULL: '1' }, false);
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringContaining('no local DVC cache to fall back on')]);
    expect(r.calls).toEqual(['pull data/train data/reference']);
  });

  it('fails when the cache does not hold every target either', () => {
    const r = pull({ FAIL_PULL: '1', FAIL_CHECKOUT: '1' }, true);
    expect(r.code).toBe(1);
    expect(r.errors).toEqual([expect.stringContaining('the local DVC cache does not hold every target')]);
  });

  it('refuses data that does not match its recorded checksums', () => {
    const r = pull({ DIRTY: 'data/train.dvc' }, false);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('modified:           data/train');
    expect(r.errors).toEqual([expect.stringContaining('does not match the checksums recorded in its .dvc files')]);
    expect(r.outputs.source).toBeUndefined();
  });

  it('without targets, verifies every .dvc file of the repository, and still refuses a changed one', () => {
    const clean = pull({ TARGETS: '' }, false);
    expect(clean.code).toBe(0);
    expect(clean.calls).toEqual(['pull', 'status --quiet data/reference.dvc data/train.dvc']);
    const dirty = pull({ TARGETS: '', DIRTY: 'data/reference.dvc' }, false);
    expect(dirty.code).toBe(1);
    expect(dirty.errors).toEqual([expect.stringContaining('does not match the checksums recorded in its .dvc files')]);
  });

  it('does not take a code change in a dvc.yaml stage for a checksum mismatch', () => {
    // `dvc status` without targets would list the stage's changed dependency and exit 1.
    for (const TARGETS of ['', 'data/train data/reference']) {
      const r = pull({ TARGETS, CODE_CHANGED: '1' }, false);
      expect({ TARGETS, code: r.code, errors: r.errors, source: r.outputs.source }).toEqual({ TARGETS, code: 0, errors: [], source: 'remote' });
    }
  });

  it('verifies a file inside a tracked directory through the directory\'s .dvc file, once', () => {
    const r = pull({ TARGETS: 'data/train/part-0.parquet data/train/part-1.parquet data/reference/' }, false);
    expect(r.code).toBe(0);
    expect(r.calls.at(-1)).toBe('status --quiet data/train.dvc data/reference.dvc');
  });

  it('warns that a stage output it pulled is not verified, and verifies the rest', () => {
    const r = pull({ TARGETS: 'data/train models/model.pkl', CODE_CHANGED: '1' }, false);
    expect(r.code).toBe(0);
    expect(r.calls.at(-1)).toBe('status --quiet data/train.dvc');
    expect(r.stdout).toContain('::warning title=Checksums not verified::models/model.pkl is not tracked by a .dvc file');
  });

  it('says DVC failed, not that the data is corrupt, when dvc status itself fails', () => {
    const r = pull({ STATUS_FAILS: '1' }, false);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('database disk image is malformed');
    expect(r.errors).toEqual([expect.stringContaining('dvc status could not check data/train.dvc data/reference.dvc (exit 255')]);
  });

  it('keeps the DVC output in the log file training-diagnostics reads after a failure', () => {
    const r = pull({ FAIL_PULL: '1' }, false);
    expect(fs.readFileSync(r.outputs['log-path']!, 'utf8')).toContain('Unable to locate credentials');
  });
});

describe('ml-ci.yml: which jobs run after lint, the tests or the data gate end', () => {
  const wf = readWorkflow('.github/workflows/ml-ci.yml');
  const defaults = Object.fromEntries(Object.entries(wf.on.workflow_call!.inputs!).map(([k, i]) => [k, (i.default ?? null) as Value]));
  const inputs = { ...defaults, 'lint-command': 'ruff check src/', data: 'data/sample/', 'train-command': 'python src/train.py --max-epochs 2', predictions: 'predictions/candidate.parquet' };
  const run = (jobs: Workflow['jobs'], given: Record<string, Value>, outcomes: Record<string, JobResult>) =>
    simulateJobs(jobs, { inputs: { ...inputs, ...given }, outcomes, github: { event_name: 'pull_request' } });

  it.each<[string, Record<string, Value>, Record<string, JobResult>, Record<string, JobResult>]>([
    ['everything passes', {}, {}, { lint: 'success', test: 'success', data: 'success', train: 'success' }],
    ['lint fails', {}, { lint: 'failure' }, { lint: 'failure', test: 'skipped', data: 'skipped', train: 'skipped' }],
    ['lint is cancelled on its own', {}, { lint: 'cancelled' }, { lint: 'cancelled', test: 'skipped', data: 'skipped', train: 'skipped' }],
    ['no lint command is configured', { 'lint-command': '' }, {}, { lint: 'skipped', test: 'success', data: 'success', train: 'success' }],
    ['no lint command, and the tests fail', { 'lint-command': '' }, { test: 'failure' }, { lint: 'skipped', test: 'failure', data: 'success', train: 'skipped' }],
    ['the data gate fails', {}, { data: 'failure' }, { lint: 'success', test: 'success', data: 'failure', train: 'skipped' }],
    ['no tests and no data gate are configured', { 'test-command': '', data: '' }, {}, { lint: 'success', test: 'skipped', data: 'skipped', train: 'success' }],
    ['the fork guard refuses', {}, { 'fork-guard': 'failure' }, { lint: 'skipped', test: 'skipped', data: 'skipped', train: 'skipped' }],
  ])('%s', (_, given, outcomes, expected) => {
    expect(run(wf.jobs, given, outcomes)).toMatchObject(expected);
  });

  it('runs the model gate inside the training job, so a skipped training skips the gate', () => {
    const gate = wf.jobs.train!.steps!.find((st) => st.uses?.startsWith('mlship/mlship/actions/eval-gate@'));
    expect(gate?.id).toBe('gate');
    expect(wf.on.workflow_call!.outputs!['gate-status']!.value).toBe('${{ jobs.train.outputs.gate-status }}');
  });

  it('would catch a training job that looks only at the tests and the data gate', () => {
    // The condition before lint was added to it: after a failed lint, test and data are skipped, and skipped passed.
    const looser = {
      ...wf.jobs,
      train: {
        needs: ['fork-guard', 'test', 'data'],
        if: "always() && !cancelled() && needs.fork-guard.result == 'success' && inputs.train-command != '' && needs.test.result != 'failure' && needs.test.result != 'cancelled' && needs.data.result != 'failure' && needs.data.result != 'cancelled'",
      },
    };
    expect(run(looser, {}, { lint: 'failure' }).train).toBe('success');
  });

  it('evaluates expressions as GitHub does', () => {
    const ctx = { inputs: { n: 0, s: 'Main', empty: '' }, github: { event_name: 'push' } };
    expect(evaluateExpression("inputs.s == 'main' && inputs.n == 0 && inputs.empty == 0 && !inputs.missing", ctx)).toBe(true);
    expect(evaluateExpression("inputs.empty != '' && format('{0}/{1}', 'a', inputs.s) || 'none'", ctx)).toBe('none');
    expect(evaluateExpression("contains(fromJSON('[\"push\",\"schedule\"]'), github.event_name) && startsWith(inputs.s, 'ma')", ctx)).toBe(true);
    expect(() => evaluateExpression('hashFiles(\'*.txt\')', ctx)).toThrow('hashfiles() is not implemented here');
    expect(() => evaluateExpression('secrets.token', ctx)).toThrow('no context named secrets');
  });
});

/** Steps that run something the caller passed in: a `*-command` input, or a script executing one. */
const runsCallerCommand = (step: Step) =>
  Object.entries(step.with ?? {}).some(([k, v]) => /(?:^|-)command$/.test(k) && /inputs\./.test(String(v))) ||
  (step.run !== undefined && Object.values(step.env ?? {}).some((v) => /inputs\.[\w-]*command/.test(String(v))));

describe("ml-cd.yml: the environment's reviewers approve each deployment once, before the promotion", () => {
  const rel = '.github/workflows/ml-cd.yml';
  const wf = readWorkflow(rel);
  const defaults = Object.fromEntries(Object.entries(wf.on.workflow_call!.inputs!).map(([k, i]) => [k, (i.default ?? null) as Value]));
  const inputs = { ...defaults, 'model-name': 'churn', version: 'latest', 'staging-deploy-command': './deploy.sh staging', 'canary-deploy-command': './deploy.sh canary', 'canary-cleanup-command': 'kubectl scale deployment/ml-model-canary --replicas=0', 'environment-config': 'production' };
  const environmentOf = (job: Job) => (typeof job.environment === 'string' ? job.environment : job.environment?.name);
  const release = wf.jobs.release!;
  const steps = release.steps!;
  const at = (match: (st: Step) => boolean) => steps.findIndex(match);
  const uses = (action: string) => (st: Step) => st.uses?.startsWith(`mlship/mlship/actions/${action}@`) ?? false;
  const DEPLOY = 'Deploy the new version beside the live one (no user traffic yet)';
  const CLEANUP = 'Take the new version out';
  const UPLOAD = stepKey(steps.find((st) => st.uses?.startsWith('actions/upload-artifact@'))!);
  const runSteps = (jobSteps: Step[], given: Record<string, Value>, outcomes: Record<string, StepOutcome>, outputs: Record<string, Record<string, Value>> = {}) =>
    simulateSteps(jobSteps, { inputs: { ...inputs, ...given }, outcomes, outputs, github: { event_name: 'push' } });

  it('references the environment from one job, the one that promotes the model and releases it', () => {
    expect(Object.entries(wf.jobs).filter(([, j]) => environmentOf(j) === '${{ inputs.environment }}').map(([name]) => name)).toEqual(['release']);
    expect(release.environment).toEqual({ name: '${{ inputs.environment }}', url: '${{ inputs.environment-url }}' });
    expect(steps.filter(uses('promote-model')).map((st) => st.id)).toEqual(['promote']);
    expect(release.permissions).toEqual({ contents: 'write', deployments: 'write' });
  });

  it('promotes after the strategy check, before the environment config and every command of the caller', () => {
    const promote = at((st) => st.id === 'promote');
    expect(at((st) => st.name === 'Check the strategy')).toBeLessThan(promote);
    expect(at(uses('env-config'))).toBeGreaterThan(promote);
    const commands = steps.map((st, i) => (runsCallerCommand(st) ? i : -1)).filter((i) => i >= 0);
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((i) => i < promote)).toEqual([]);
  });

  it('gives the commands the version promoted, exported after the environment config so the config cannot shadow it', () => {
    const exported = at((st) => st.id === 'model-version');
    expect(exported).toBeGreaterThan(at(uses('env-config')));
    expect(steps.map((st, i) => (runsCallerCommand(st) ? i : -1)).filter((i) => i >= 0 && i < exported)).toEqual([]);
    expect(steps[exported]!.env).toEqual({ PROMOTED_VERSION: '${{ steps.promote.outputs.version }}' });
    const body = script(rel, 'release', 'model-version');
    for (const version of ['v1.4.0', '7']) {
      const envFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-env-')), 'env');
      const r = runStep(body, { PROMOTED_VERSION: version, GITHUB_ENV: envFile });
      expect({ version, code: r.code, env: fs.readFileSync(envFile, 'utf8') }).toEqual({ version, code: 0, env: `MODEL_VERSION=${version}\n` });
    }
    for (const version of ['', 'v1\nKUBECONFIG=/tmp/evil']) {
      const envFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-env-')), 'env');
      fs.writeFileSync(envFile, '');
      const r = runStep(body, { PROMOTED_VERSION: version, GITHUB_ENV: envFile });
      expect({ version, code: r.code, errors: r.errors.length, env: fs.readFileSync(envFile, 'utf8') }).toEqual({ version, code: 1, errors: 1, env: '' });
    }
  });

  it('reads the version and the previous version from the promotion in the same job', () => {
    const outputs = wf.on.workflow_call!.outputs!;
    expect(Object.fromEntries(Object.entries(outputs).map(([k, o]) => [k, o.value]))).toEqual({
      verdict: '${{ jobs.release.outputs.verdict }}',
      passed: '${{ jobs.release.outputs.passed }}',
      version: '${{ jobs.release.outputs.version }}',
      'previous-version': '${{ jobs.release.outputs.previous-version }}',
      reverted: '${{ jobs.release.outputs.reverted }}',
    });
    expect(release.outputs).toMatchObject({ version: '${{ steps.promote.outputs.version }}', 'previous-version': '${{ steps.promote.outputs.previous-version }}' });
    expect(steps.find((st) => st.id === 'revert')?.with).toMatchObject({ version: '${{ steps.promote.outputs.version }}', 'previous-version': "${{ steps.promote.outputs.previous-version || 'none' }}" });
  });

  it.each<[string, Record<string, Value>, Record<string, JobResult>, JobResult]>([
    ['staging passes', {}, {}, 'success'],
    ['there is no staging', { 'staging-deploy-command': '' }, {}, 'success'],
    ['staging fails', {}, { staging: 'failure' }, 'skipped'],
    ['the fork guard refuses', {}, { 'fork-guard': 'failure' }, 'skipped'],
  ])('releases (and so asks for the approval) only when %s', (_, given, outcomes, expected) => {
    expect(simulateJobs(wf.jobs, { inputs: { ...inputs, ...given }, outcomes, github: { event_name: 'push' } }).release).toBe(expected);
  });

  it.each<[string, Record<string, Value>, Record<string, StepOutcome>, Record<string, Record<string, Value>>, Record<string, StepOutcome>]>([
    ['the canary passes', {}, {}, { canary: { passed: 'true', verdict: 'promote' } }, { promote: 'success', [DEPLOY]: 'success', canary: 'success', revert: 'skipped', [CLEANUP]: 'skipped' }],
    ['the strategy is unknown', { strategy: 'linear' }, { 'Check the strategy': 'failure' }, {}, { promote: 'skipped', [DEPLOY]: 'skipped', revert: 'skipped', [CLEANUP]: 'skipped', [UPLOAD]: 'success' }],
    ['the promotion fails', {}, { promote: 'failure' }, {}, { 'model-version': 'skipped', [DEPLOY]: 'skipped', canary: 'skipped', revert: 'skipped', [CLEANUP]: 'skipped' }],
    ['the promoted version cannot be exported', {}, { 'model-version': 'failure' }, {}, { [DEPLOY]: 'skipped', canary: 'skipped', revert: 'success', [CLEANUP]: 'success' }],
    ['the deploy command fails', {}, { [DEPLOY]: 'failure' }, {}, { canary: 'skipped', revert: 'success', [CLEANUP]: 'success' }],
    ['the canary rolls back', {}, { canary: 'failure' }, { canary: { passed: 'false', verdict: 'rollback' } }, { revert: 'success', [CLEANUP]: 'success' }],
    ['the canary rolls back, with no clean-up command', { 'canary-cleanup-command': '' }, { canary: 'failure' }, { canary: { passed: 'false', verdict: 'rollback' } }, { revert: 'success', [CLEANUP]: 'skipped' }],
    ['blue-green switches', { strategy: 'blue-green' }, {}, { 'blue-green': { passed: 'true', verdict: 'switched' } }, { canary: 'skipped', 'blue-green': 'success', revert: 'skipped', [CLEANUP]: 'skipped' }],
    ['the shadow is rejected', { strategy: 'shadow' }, { shadow: 'failure' }, { shadow: { passed: 'false', verdict: 'reject' } }, { shadow: 'failure', revert: 'success', [CLEANUP]: 'success' }],
  ])('in the release job, when %s', (_, given, outcomes, outputs, expected) => {
    expect(runSteps(steps, given, outcomes, outputs)).toMatchObject(expected);
  });

  it('would catch a revert that does not wait for the promotion', () => {
    // Before the promotion moved into this job, the job did not start when the promotion failed.
    const looser = steps.map((st) => (st.id === 'revert' ? { ...st, if: st.if!.replace(" && steps.promote.outcome == 'success'", '') } : st));
    expect(looser.find((st) => st.id === 'revert')!.if).not.toEqual(steps.find((st) => st.id === 'revert')!.if);
    expect(runSteps(looser, {}, { promote: 'failure' }).revert).toBe('success');
  });

  it('names every step it simulates', () => {
    const keys = steps.map(stepKey);
    expect(new Set(keys).size).toBe(keys.length);
    for (const key of [DEPLOY, CLEANUP, 'Check the strategy']) expect(keys).toContain(key);
  });
});

describe('environment config: loaded and masked before any command of the caller runs', () => {
  it.each([
    ['ml-ci', 'test', 'environment-config'],
    ['ml-ci', 'train', 'environment-config'],
    ['train-gpu', 'train', 'environment-config'],
    ['ml-cd', 'staging', 'staging-environment-config'],
    ['ml-cd', 'release', 'environment-config'],
    ['watch', 'watch', 'environment-config'],
  ])('%s.yml, job %s: the env-config step named by the %s input', (name, jobName, input) => {
    const wf = readWorkflow(`.github/workflows/${name}.yml`);
    expect(wf.on.workflow_call?.inputs?.[input]).toMatchObject({ type: 'string', required: false, default: '', description: expect.stringContaining('configs/environments/<name>.yaml') });
    const steps = wf.jobs[jobName]!.steps!;
    const at = steps.findIndex((st) => st.uses?.startsWith('mlship/mlship/actions/env-config@'));
    expect(at).toBeGreaterThan(-1);
    expect(steps[at]).toMatchObject({ if: `inputs.${input} != ''`, with: { environment: `\${{ inputs.${input} }}` } });
    // After the checkout (the config file is in the repository), before every caller command.
    expect(steps.findIndex((st) => st.uses?.startsWith('actions/checkout@'))).toBeLessThan(at);
    const commands = steps.map((st, i) => (runsCallerCommand(st) ? i : -1)).filter((i) => i >= 0);
    expect(commands.length).toBeGreaterThan(0);
    expect(commands.filter((i) => i < at)).toEqual([]);
  });
});

describe.each(['ml-cd', 'watch', 'model-gate'])('%s.yml: the token never lands in .git/config', (name) => {
  const wf = readWorkflow(`.github/workflows/${name}.yml`);
  const steps = Object.entries(wf.jobs).flatMap(([job, j]) => (j.steps ?? []).map((st) => ({ job, st })));

  it('checks out without persisting credentials', () => {
    const checkouts = steps.filter(({ st }) => st.uses?.startsWith('actions/checkout@'));
    expect(checkouts.length).toBeGreaterThan(0);
    expect(checkouts.filter(({ st }) => st.with?.['persist-credentials'] !== false).map(({ job }) => job)).toEqual([]);
  });

  it('hands the token to every action that fetches or pushes registry tags', () => {
    const registry = steps.filter(({ st }) => /^mlship\/mlship\/actions\/(?:promote-model|auto-rollback)@/.test(st.uses ?? ''));
    expect(registry.length).toBeGreaterThan(0);
    expect(registry.filter(({ st }) => st.with?.['github-token'] !== '${{ github.token }}').map(({ job, st }) => `${job}: ${st.id ?? st.uses}`)).toEqual([]);
  });
});

/** `${{ jobs.X.outputs.Y }}` / `${{ steps.S.outputs.O }}` references of a workflow, resolved against the file. */
describe.each(['ml-ci', 'train-gpu', 'ml-cd', 'watch', 'model-gate', 'validate-data'].map((n) => `.github/workflows/${n}.yml`))('%s wiring', (rel) => {
  const wf = readWorkflow(rel);

  it('maps every workflow output to an output its job declares', () => {
    for (const [name, out] of Object.entries(wf.on.workflow_call?.outputs ?? {})) {
      for (const [, job, key] of out.value.matchAll(/jobs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        expect({ output: name, declared: Object.keys(wf.jobs[job!]?.outputs ?? {}).includes(key!) }).toEqual({ output: name, declared: true });
      }
    }
  });

  it('reads step outputs only from steps that exist and declare them', () => {
    for (const [jobName, job] of Object.entries(wf.jobs)) {
      const text = JSON.stringify(job);
      const steps = new Map((job.steps ?? []).filter((s) => s.id).map((s) => [s.id!, s]));
      for (const [, id, key] of text.matchAll(/steps\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const step = steps.get(id!);
        expect({ job: jobName, step: id, exists: !!step }).toEqual({ job: jobName, step: id, exists: true });
        const uses = step!.uses ?? '';
        const action = /^mlship\/mlship\/actions\/([\w-]+)@/.exec(uses)?.[1];
        let declared: string[];
        if (action) declared = Object.keys(readActionYml(path.join(repoRoot, 'actions', action, 'action.yml')).outputs ?? {});
        else if (uses.startsWith('actions/upload-artifact@')) declared = ['artifact-id', 'artifact-url', 'artifact-digest'];
        // A run step declares an output by writing `name=` (or naming it) into GITHUB_OUTPUT.
        else if (step!.run) declared = step!.run.includes('GITHUB_OUTPUT') && new RegExp(`(^|[\\s"'])${key}(=|\\s)`, 'm').test(step!.run) ? [key!] : [];
        else declared = [];
        expect({ job: jobName, step: id, output: key, declared: declared.includes(key!) }).toEqual({ job: jobName, step: id, output: key, declared: true });
      }
    }
  });

  it('needs only jobs that exist, and reads needs outputs they declare', () => {
    for (const [jobName, job] of Object.entries(wf.jobs)) {
      const needs = [job.needs ?? []].flat();
      for (const n of needs) expect({ job: jobName, needs: n, exists: n in wf.jobs }).toEqual({ job: jobName, needs: n, exists: true });
      for (const [, other, key] of JSON.stringify(job).matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        expect({ job: jobName, reads: `${other}.${key}`, listed: needs.includes(other!) }).toEqual({ job: jobName, reads: `${other}.${key}`, listed: true });
        expect({ job: jobName, reads: `${other}.${key}`, declared: key! in (wf.jobs[other!]?.outputs ?? {}) }).toEqual({ job: jobName, reads: `${other}.${key}`, declared: true });
      }
    }
  });
});
