/**
 * The workflow files users call or copy (reusable workflows, examples,
 * organisation templates) against the actions they use: every `with:` key of
 * an mlship step is an input its action.yml declares, every required input is
 * given, every output read from it is declared, every call of a reusable
 * workflow passes only inputs and secrets it declares, and every
 * `needs.<job>.outputs.<key>` read from such a call is an output the reusable
 * workflow declares (GitHub gives an empty string for any other, so a typo there
 * fails nothing but the release it gates). actionlint checks the
 * syntax; this checks that the examples still fit the actions as they are now.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readActionYml } from '../packages/core/src/action-yml';
import { repoRoot } from './harness';

type Step = { id?: string; uses?: string; with?: Record<string, unknown> };
type Permissions = Record<string, string> | 'read-all' | 'write-all';
type Job = { uses?: string; needs?: string | string[]; if?: string; with?: Record<string, unknown>; secrets?: Record<string, unknown> | 'inherit'; steps?: Step[]; permissions?: Permissions };
type WorkflowCall = { inputs?: Record<string, { required?: boolean }>; secrets?: Record<string, unknown>; outputs?: Record<string, { value: string }> };
type Workflow = { on?: { workflow_call?: WorkflowCall } & Record<string, unknown>; jobs: Record<string, Job>; permissions?: Permissions };

const dirs = ['.github/workflows', 'workflows-examples', 'action-templates'];
const files = dirs.flatMap((d) =>
  fs
    .readdirSync(path.join(repoRoot, d))
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(d, f)),
);
const read = (rel: string) => parse(fs.readFileSync(path.join(repoRoot, rel), 'utf8')) as Workflow;

/** `mlship/mlship/actions/<name>@v1` or `./actions/<name>` → <name>. */
const actionOf = (uses: string) => /^(?:mlship\/mlship\/|\.\/)actions\/([\w-]+)(?:@|$)/.exec(uses)?.[1];
const reusableOf = (uses: string) => /^(?:mlship\/mlship\/|\.\/)(\.github\/workflows\/[\w-]+\.ya?ml)(?:@|$)/.exec(uses)?.[1];

describe.each(files)('%s', (rel) => {
  const wf = read(rel);
  const steps = Object.values(wf.jobs).flatMap((j) => j.steps ?? []);
  const text = fs.readFileSync(path.join(repoRoot, rel), 'utf8');

  it('passes only declared inputs to mlship actions, and every required one', () => {
    for (const step of steps) {
      const name = step.uses && actionOf(step.uses);
      if (!name) continue;
      const yml = readActionYml(path.join(repoRoot, 'actions', name, 'action.yml'));
      const given = Object.keys(step.with ?? {});
      expect({ step: step.id ?? name, unknown: given.filter((k) => !(k in yml.inputs)) }).toEqual({ step: step.id ?? name, unknown: [] });
      const missing = Object.entries(yml.inputs).filter(([k, i]) => i.required && i.default === undefined && !given.includes(k)).map(([k]) => k);
      expect({ step: step.id ?? name, missing }).toEqual({ step: step.id ?? name, missing: [] });
    }
  });

  it('reads only declared outputs of mlship steps', () => {
    for (const step of steps) {
      const name = step.uses && actionOf(step.uses);
      if (!name || !step.id) continue;
      const outputs = Object.keys(readActionYml(path.join(repoRoot, 'actions', name, 'action.yml')).outputs ?? {});
      const read = [...text.matchAll(new RegExp(`steps\\.${step.id}\\.outputs\\.([\\w-]+)`, 'g'))].map((m) => m[1]!);
      expect({ step: step.id, undeclared: read.filter((o) => !outputs.includes(o)) }).toEqual({ step: step.id, undeclared: [] });
    }
  });

  it('calls reusable workflows with the inputs and secrets they declare', () => {
    for (const job of Object.values(wf.jobs)) {
      const target = job.uses && reusableOf(job.uses);
      if (!target) continue;
      const call = read(target).on?.workflow_call ?? {};
      const inputs = call.inputs ?? {};
      expect(Object.keys(job.with ?? {}).filter((k) => !(k in inputs))).toEqual([]);
      expect(Object.entries(inputs).filter(([k, i]) => i.required && !(k in (job.with ?? {}))).map(([k]) => k)).toEqual([]);
      if (job.secrets && job.secrets !== 'inherit') expect(Object.keys(job.secrets).filter((k) => !(k in (call.secrets ?? {})))).toEqual([]);
    }
  });

  it('grants every reusable workflow it calls the permissions its jobs ask for', () => {
    // GitHub refuses to start a run whose called job asks for more than the caller grants.
    const level = (p: Permissions | undefined, scope: string) => {
      const v = p === undefined ? 'none' : typeof p === 'string' ? p.replace(/-all$/, '') : (p[scope] ?? 'none');
      return ['none', 'read', 'write'].indexOf(v);
    };
    for (const [name, job] of Object.entries(wf.jobs)) {
      const target = job.uses && reusableOf(job.uses);
      const granted = job.permissions ?? wf.permissions;
      if (!target || granted === undefined) continue;
      const called = read(target);
      for (const [calledJob, j] of Object.entries(called.jobs)) {
        const asked = j.permissions ?? called.permissions ?? {};
        const scopes = typeof asked === 'string' ? [] : Object.keys(asked);
        const short = scopes.filter((scope) => level(asked, scope) > level(granted, scope));
        expect({ job: name, calls: `${target} ${calledJob}`, short }).toEqual({ job: name, calls: `${target} ${calledJob}`, short: [] });
      }
    }
  });

  it('reads only outputs that the reusable workflows it calls declare', () => {
    const calls = Object.entries(wf.jobs).flatMap(([name, job]) => {
      const target = job.uses && reusableOf(job.uses);
      return target ? [[name, target] as const] : [];
    });
    for (const [reader, job] of Object.entries(wf.jobs)) {
      for (const [, called, key] of JSON.stringify(job).matchAll(/needs\.([\w-]+)\.outputs\.([\w-]+)/g)) {
        const target = calls.find(([name]) => name === called)?.[1];
        if (!target) continue;
        const declared = Object.keys(read(target).on?.workflow_call?.outputs ?? {});
        expect({ job: reader, reads: `${called}.${key}`, from: target, declared: declared.includes(key!) }).toEqual({ job: reader, reads: `${called}.${key}`, from: target, declared: true });
      }
    }
  });
});

describe('workflows-examples/ml-pipeline.yml chains the reusable workflows in order', () => {
  const wf = read('workflows-examples/ml-pipeline.yml');
  const needs = (job: string) => [wf.jobs[job]?.needs ?? []].flat();

  it('names the jobs after the workflows they call', () => {
    expect(Object.fromEntries(Object.entries(wf.jobs).filter(([, j]) => j.uses).map(([name, j]) => [name, reusableOf(j.uses!)]))).toEqual({
      ci: '.github/workflows/ml-ci.yml',
      train: '.github/workflows/train-gpu.yml',
      gate: '.github/workflows/model-gate.yml',
      cd: '.github/workflows/ml-cd.yml',
      watch: '.github/workflows/watch.yml',
    });
  });

  it('starts GPU training only after CI, the gate after training, CD after the gate and the watch after CD', () => {
    expect(needs('train')).toContain('ci');
    expect(needs('gate')).toContain('train');
    expect(needs('cd')).toContain('gate');
    expect(needs('watch')).toContain('cd');
  });

  it('has a trigger for pull requests, the nightly run, data changes, drift alerts and manual runs', () => {
    const on = wf.on as Record<string, { paths?: string[]; types?: string[] } | null | undefined>;
    expect(Object.keys(on).sort()).toEqual(['pull_request', 'push', 'repository_dispatch', 'schedule', 'workflow_dispatch']);
    expect(on.push?.paths?.filter((p) => p === '**/*.dvc' || p === '*.dvc')).not.toEqual([]);
    expect(on.schedule).toEqual([{ cron: expect.stringMatching(/^\S+ \S+ \* \* \*$/) }]);
    expect(on.repository_dispatch?.types).toEqual(['drift-alert']);
  });
});

describe('organisation workflow templates', () => {
  const templates = files.filter((f) => f.startsWith('action-templates/'));
  it.each(templates)('%s has a properties file GitHub can show', (rel) => {
    const props = JSON.parse(fs.readFileSync(path.join(repoRoot, rel.replace(/\.ya?ml$/, '.properties.json')), 'utf8'));
    expect(props).toEqual({
      name: expect.any(String),
      description: expect.any(String),
      iconName: expect.any(String),
      categories: expect.arrayContaining([expect.any(String)]),
      filePatterns: expect.arrayContaining([expect.any(String)]),
    });
    for (const p of props.filePatterns as string[]) expect(() => new RegExp(p)).not.toThrow();
  });
});
