/**
 * docs/arc/gpu-runner-scale-set.yaml is a values file users install as it is, so it is
 * checked like one: only keys the gha-runner-scale-set chart reads (0.14.x; its
 * values.yaml, listed below), a runner container that gets GPUs the way Kubernetes
 * allocates them, a GPU node to land on, and the names the guide and the workflow use.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { repoRoot } from './harness';

/** Top-level keys of the gha-runner-scale-set chart's values.yaml (0.14.2), commented ones included. */
const chartKeys = [
  'githubConfigUrl', 'scaleSetLabels', 'githubConfigSecret', 'proxy', 'maxRunners', 'minRunners', 'runnerGroup',
  'runnerScaleSetName', 'githubServerTLS', 'keyVault', 'containerMode', 'listenerTemplate', 'listenerMetrics',
  'template', 'controllerServiceAccount', 'namespaceOverride', 'annotations', 'labels', 'resourceMeta',
];

type Container = { name: string; image?: string; command?: string[]; resources?: { requests?: Record<string, unknown>; limits?: Record<string, unknown> }; env?: { name: string; value: string }[] };
type Values = {
  githubConfigUrl: string;
  githubConfigSecret: unknown;
  runnerScaleSetName: string;
  minRunners?: number;
  maxRunners?: number;
  template: { spec: { nodeSelector?: Record<string, string>; tolerations?: { key: string; operator: string; effect?: string }[]; containers: Container[]; runtimeClassName?: string } };
};

const valuesFile = path.join(repoRoot, 'docs/arc/gpu-runner-scale-set.yaml');
const values = parse(fs.readFileSync(valuesFile, 'utf8')) as Values;
const guide = fs.readFileSync(path.join(repoRoot, 'docs/gpu-runners.md'), 'utf8');
const runner = values.template.spec.containers.find((c) => c.name === 'runner');

describe('the ARC GPU runner scale set values file', () => {
  it('uses only keys the chart reads', () => {
    expect(Object.keys(values).filter((k) => !chartKeys.includes(k))).toEqual([]);
  });

  it('names a GitHub URL and a pre-created secret, never a token in the file', () => {
    expect(values.githubConfigUrl).toMatch(/^https:\/\/github\.com\/[\w.-]+(\/[\w.-]+)?$/);
    expect(typeof values.githubConfigSecret).toBe('string');
  });

  it('has a runner container the chart recognises (name runner, run.sh)', () => {
    expect(runner).toBeDefined();
    expect(runner!.command).toEqual(['/home/runner/run.sh']);
    expect(runner!.image).toMatch(/^ghcr\.io\/actions\/actions-runner:\d+\.\d+\.\d+$/);
  });

  it('gives each runner whole GPUs, with request equal to limit as Kubernetes requires for extended resources', () => {
    const limit = runner!.resources?.limits?.['nvidia.com/gpu'];
    expect(Number.isInteger(limit) && (limit as number) >= 1).toBe(true);
    const request = runner!.resources?.requests?.['nvidia.com/gpu'];
    if (request !== undefined) expect(request).toBe(limit);
  });

  it('lands on GPU nodes only, and tolerates their taint', () => {
    expect(Object.keys(values.template.spec.nodeSelector ?? {})).toContain('nvidia.com/gpu.present');
    expect(values.template.spec.tolerations).toEqual(expect.arrayContaining([expect.objectContaining({ key: 'nvidia.com/gpu', operator: 'Exists', effect: 'NoSchedule' })]));
  });

  it('mounts nvidia-smi into the runner, which the GPU check and the GPU charts need', () => {
    expect(values.template.spec.runtimeClassName).toBe('nvidia');
    expect(runner!.env).toEqual(expect.arrayContaining([{ name: 'NVIDIA_DRIVER_CAPABILITIES', value: expect.stringContaining('utility') }]));
  });

  it('scales within bounds', () => {
    expect(values.minRunners).toBeGreaterThanOrEqual(0);
    expect(values.maxRunners).toBeGreaterThanOrEqual(values.minRunners ?? 0);
  });

  it('is the scale set the guide tells users to put in runs-on', () => {
    expect(guide).toContain(`runs-on: ${values.runnerScaleSetName}`);
    expect(guide).toContain(`helm install ${values.runnerScaleSetName} `);
  });
});

describe('the guide and train-gpu.yml agree', () => {
  const workflow = parse(fs.readFileSync(path.join(repoRoot, '.github/workflows/train-gpu.yml'), 'utf8'));
  const runsOn = workflow.on.workflow_call.inputs['runs-on'];

  it('documents the default label set of the workflow', () => {
    expect(guide).toContain('`' + runsOn.default + '`');
    expect(JSON.parse(runsOn.default)).toEqual(['self-hosted', 'linux', 'x64', 'gpu']);
  });

  it('links the values file that exists', () => {
    expect(guide).toContain('(arc/gpu-runner-scale-set.yaml)');
  });

  it('names runners and the scale set so that the fork guard counts them as self-hosted, and says names match exactly', () => {
    const listFile = '../actions/fork-guard/github-hosted-labels.txt';
    expect(guide).toContain(`(${listFile})`);
    const hosted = fs.readFileSync(path.join(repoRoot, 'docs', listFile), 'utf8').split('\n').filter((l) => l && !l.startsWith('#'));
    const named = [values.runnerScaleSetName, ...(JSON.parse(runsOn.default) as string[])];
    expect(named.filter((n) => hosted.includes(n) || /^(?:ubuntu|windows|macos)-/.test(n))).toEqual([]);
    expect(guide).toMatch(/matched exactly, never by prefix/);
  });
});
