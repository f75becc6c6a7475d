/**
 * The reusable workflows' own logic, run for real: each `run:` script is taken out of
 * the committed workflow file and executed by bash with the environment the runner
 * would give it, so what is tested is what users run. The GitHub-side wiring (outputs,
 * needs, step ids) is checked statically against the files themselves.
 *
 * nvidia-smi and dvc are stand-ins written here: no GPU and no DVC on this machine. They
 * print what the real tools print for these calls (nvidia-smi's csv,noheader lines;
 * DVC's exit codes: `dvc status --quiet` exits 1 when the workspace differs from the
 * recorded checksums) and record how they were called.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { readActionYml } from '../packages/core/src/action-yml';
import { parseCommandFile, repoRoot } from './harness';

type Step = { id?: string; name?: string; run?: string; uses?: string; env?: Record<string, unknown>; with?: Record<string, unknown> };
type Job = { needs?: string | string[]; outputs?: Record<string, string>; steps?: Step[]; uses?: string };
type Workflow = { on: { workflow_call?: { outputs?: Record<string, { value: string }> } }; jobs: Record<string, Job> };

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
  /** A DVC stand-in: FAIL_PULL, FAIL_CHECKOUT, DIRTY select the outcomes; calls are logged. */
  const dvc = fakeTool(
    'dvc',
    [
      'echo "$*" >> "$DVC_CALLS"',
      'case "$1" in',
      '  pull) [ -n "$FAIL_PULL" ] && { echo "ERROR: failed to pull data from the cloud - Unable to locate credentials" >&2; exit 1; }; echo "A       data/train/"; exit 0 ;;',
      '  checkout) [ -n "$FAIL_CHECKOUT" ] && { echo "ERROR: Checkout failed for following targets: data/train" >&2; exit 1; }; echo "A       data/train/"; exit 0 ;;',
      '  status) if [ -n "$DIRTY" ]; then [ "$2" = "--quiet" ] && exit 1; printf "data/train.dvc:\\n\\tchanged outs:\\n\\t\\tmodified:           data/train\\n"; fi; exit 0 ;;',
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
    const calls = path.join(repo, 'calls');
    const r = runStep(`bash ${JSON.stringify(pullScript)}`, { TARGETS: 'data/train data/reference', DVC_CALLS: calls, ...env }, { cwd: repo, path: dvc });
    return { ...r, calls: fs.existsSync(calls) ? fs.readFileSync(calls, 'utf8').trim().split('\n') : [] };
  }

  it('pulls from the remote and verifies the checksums', () => {
    const r = pull({}, false);
    expect(r.code).toBe(0);
    expect(r.calls).toEqual(['pull data/train data/reference', 'status --quiet data/train data/reference']);
    expect(r.outputs.source).toBe('remote');
  });

  it('falls back to the local cache when the remote fails', () => {
    const r = pull({ FAIL_PULL: '1' }, true);
    expect(r.code).toBe(0);
    expect(r.calls).toEqual(['pull data/train data/reference', 'checkout data/train data/reference', 'status --quiet data/train data/reference']);
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
    const r = pull({ DIRTY: '1' }, false);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('modified:           data/train');
    expect(r.errors).toEqual([expect.stringContaining('does not match the checksums recorded in its .dvc files')]);
    expect(r.outputs.source).toBeUndefined();
  });

  it('keeps the DVC output in the log file training-diagnostics reads after a failure', () => {
    const r = pull({ FAIL_PULL: '1' }, false);
    expect(fs.readFileSync(r.outputs['log-path']!, 'utf8')).toContain('Unable to locate credentials');
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
