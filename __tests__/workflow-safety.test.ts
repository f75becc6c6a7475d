/**
 * The static safety audit (scripts/workflow-audit.js) over every workflow users
 * run, copy or are shown, and each of its rules caught on a planted violation —
 * on the line of the offending node — next to a compliant variant that passes, so
 * no rule is too weak to fail or so broad that the fix does not satisfy it.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditWorkflow, formatFinding, messages, workflowFiles } from '../scripts/workflow-audit.js';
import { repoRoot } from './harness';

const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';
const DOWNLOAD = 'actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1';
const SCRIPT = 'actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1';

const audit = (text: string) => auditWorkflow(text, 'planted.yml').map((f) => [f.rule, f.line]);
/** 1-based line of the first line of `text` containing `snippet`. */
const lineOf = (text: string, snippet: string) => {
  const i = text.split('\n').findIndex((l) => l.includes(snippet));
  if (i < 0) throw new Error(`${snippet} is not in the planted workflow`);
  return i + 1;
};

describe('the repository workflows', () => {
  const files = workflowFiles(repoRoot);

  it('audits the reusable workflows, examples and templates, and only workflows', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '.github/workflows/model-gate.yml',
        '.github/workflows/validate-data.yml',
        'workflows-examples/gpu-training.yml',
        'action-templates/mlship-model-release.yml',
      ]),
    );
    const helmValues = 'image:\n  repository: ml-model\n  tag: v1\nresources:\n  limits: { nvidia.com/gpu: 1 }\n';
    expect(auditWorkflow(helmValues, 'values.yml')).toEqual([]);
  });

  it.each(files)('%s passes the audit', (rel) => {
    expect(auditWorkflow(fs.readFileSync(path.join(repoRoot, rel), 'utf8'), rel).map(formatFinding)).toEqual([]);
  });
});

type Case = { name: string; rule: string; bad: string; at: string; good: string };

const cases: Case[] = [
  {
    name: '${{ }} in a run: script',
    rule: 'expression-in-run',
    bad: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: |
          echo start
          echo "\${{ github.event.head_commit.message }}"
`,
    at: 'echo "${{',
    good: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - env:
          MESSAGE: \${{ github.event.head_commit.message }}
        run: |
          echo start
          echo "$MESSAGE"
`,
  },
  {
    name: "${{ }} in actions/github-script's script",
    rule: 'expression-in-run',
    bad: `on: pull_request
permissions: { contents: read }
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: ${SCRIPT}
        with:
          script: core.info('\${{ github.head_ref }}')
`,
    at: 'script:',
    good: `on: pull_request
permissions: { contents: read }
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - uses: ${SCRIPT}
        env:
          HEAD: \${{ github.head_ref }}
        with:
          script: core.info(process.env.HEAD)
`,
  },
  {
    name: "pull_request_target checking out the pull request's head",
    rule: 'untrusted-checkout',
    bad: `on: pull_request_target
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
`,
    at: 'ref:',
    // Under pull_request the token is read-only and there are no secrets: the head is fine.
    good: `on: pull_request
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          ref: \${{ github.event.pull_request.head.sha }}
          persist-credentials: false
`,
  },
  {
    name: 'a reusable workflow checking out refs/pull/…/merge',
    rule: 'untrusted-checkout',
    bad: `on: workflow_call
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          ref: refs/pull/\${{ github.event.number }}/merge
          persist-credentials: false
`,
    at: 'ref:',
    good: `on: workflow_call
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
`,
  },
  {
    name: "workflow_run downloading the triggering run's artifact into the workspace",
    rule: 'untrusted-checkout',
    bad: `on:
  workflow_run:
    workflows: [Train]
    types: [completed]
permissions: { contents: read, actions: read }
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: ${DOWNLOAD}
        with:
          name: predictions
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
`,
    at: 'uses:',
    good: `on:
  workflow_run:
    workflows: [Train]
    types: [completed]
permissions: { contents: read, actions: read }
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - uses: ${DOWNLOAD}
        with:
          name: predictions
          path: \${{ runner.temp }}/predictions
          run-id: \${{ github.event.workflow_run.id }}
          github-token: \${{ github.token }}
`,
  },
  {
    name: 'workflow_run unpacking an archive into the workspace',
    rule: 'untrusted-checkout',
    bad: `on:
  workflow_run:
    workflows: [Train]
    types: [completed]
permissions: { contents: read, actions: read }
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - env:
          GH_TOKEN: \${{ github.token }}
          RUN_ID: \${{ github.event.workflow_run.id }}
        run: |
          gh run download "$RUN_ID" -n bundle -D "$RUNNER_TEMP/bundle"
          tar -xzf "$RUNNER_TEMP/bundle/model.tgz"
`,
    at: 'tar -xzf',
    good: `on:
  workflow_run:
    workflows: [Train]
    types: [completed]
permissions: { contents: read, actions: read }
jobs:
  report:
    runs-on: ubuntu-latest
    steps:
      - env:
          GH_TOKEN: \${{ github.token }}
          RUN_ID: \${{ github.event.workflow_run.id }}
        run: |
          gh run download "$RUN_ID" -n bundle -D "$RUNNER_TEMP/bundle"
          tar -xzf "$RUNNER_TEMP/bundle/model.tgz" -C "$RUNNER_TEMP/model"
          cd "$RUNNER_TEMP/bundle" && unzip extra.zip
`,
  },
  {
    name: 'a self-hosted job on pull requests without a guard',
    rule: 'self-hosted-fork',
    bad: `on: pull_request
permissions: { contents: read }
jobs:
  train:
    runs-on: [self-hosted, gpu]
    steps:
      - run: make train
`,
    at: 'runs-on:',
    good: `on: [push, pull_request]
permissions: { contents: read }
jobs:
  train:
    runs-on: [self-hosted, gpu]
    if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository
    steps:
      - run: make train
  evaluate:
    runs-on: [self-hosted, gpu]
    if: \${{ !github.event.pull_request.head.repo.fork }}
    steps:
      - run: make evaluate
`,
  },
  {
    name: 'a guard that always() bypasses',
    rule: 'self-hosted-fork',
    bad: `on: pull_request
permissions: { contents: read }
jobs:
  train:
    runs-on: gpu
    if: always() || github.event.pull_request.head.repo.full_name == github.repository
    steps:
      - run: make train
`,
    at: 'runs-on:',
    good: `on: pull_request
permissions: { contents: read }
jobs:
  train:
    runs-on: gpu
    if: always() && github.event.pull_request.head.repo.full_name == github.repository
    steps:
      - run: make train
`,
  },
  {
    name: "a reusable workflow's runner from an input, guarded for pull_request only",
    rule: 'self-hosted-fork',
    // The caller may run on pull_request_target or workflow_run, where this if: is true.
    bad: `on:
  workflow_call:
    inputs:
      runs-on: { type: string, default: ubuntu-latest }
permissions: { contents: read }
jobs:
  train:
    runs-on: \${{ inputs.runs-on }}
    if: github.event_name != 'pull_request' || github.event.pull_request.head.repo.full_name == github.repository
    steps:
      - run: make train
`,
    at: 'runs-on: ${{',
    good: `on:
  workflow_call:
    inputs:
      runs-on: { type: string, default: ubuntu-latest }
permissions: { contents: read }
jobs:
  guard:
    runs-on: ubuntu-latest
    steps:
      - id: fork-guard
        env:
          HEAD: \${{ github.event.pull_request.head.repo.full_name || github.event.workflow_run.head_repository.full_name }}
        run: test -z "$HEAD" || test "$HEAD" = "$GITHUB_REPOSITORY" || { echo "::error::refusing a fork"; exit 1; }
  prepare:
    needs: guard
    runs-on: \${{ inputs.runs-on }}
    steps:
      - run: make data
  train:
    needs: prepare
    runs-on: \${{ inputs.runs-on }}
    steps:
      - run: make train
`,
  },
  {
    name: 'a guard step that is not mlship\'s fork-guard action',
    rule: 'self-hosted-fork',
    bad: `on: pull_request
permissions: { contents: read }
jobs:
  guard:
    runs-on: ubuntu-latest
    steps:
      - id: fork-guard
        uses: someone/fork-guard@0123456789abcdef0123456789abcdef01234567 # v1.0.0
  train:
    needs: guard
    runs-on: [self-hosted, gpu]
    steps:
      - run: make train
`,
    at: 'runs-on: [self-hosted, gpu]',
    good: `on: pull_request
permissions: { contents: read }
jobs:
  guard:
    runs-on: ubuntu-latest
    steps:
      - id: fork-guard
        uses: mlship/mlship/actions/fork-guard@v1
  train:
    needs: guard
    runs-on: [self-hosted, gpu]
    steps:
      - run: make train
`,
  },
  {
    name: 'a job that needs the guard but runs after it failed',
    rule: 'self-hosted-fork',
    bad: `on: pull_request
permissions: { contents: read }
jobs:
  guard:
    runs-on: ubuntu-latest
    steps:
      - id: fork-guard
        env:
          HEAD: \${{ github.event.pull_request.head.repo.full_name }}
        run: test "$HEAD" = "$GITHUB_REPOSITORY" || exit 1
  report:
    needs: guard
    if: \${{ !cancelled() }}
    runs-on: [self-hosted]
    steps:
      - run: make report
`,
    at: 'runs-on: [self-hosted]',
    good: `on: pull_request
permissions: { contents: read }
jobs:
  report:
    runs-on: [self-hosted]
    steps:
      - id: fork-guard
        env:
          HEAD: \${{ github.event.pull_request.head.repo.full_name }}
        run: test "$HEAD" = "$GITHUB_REPOSITORY" || exit 1
      - run: make report
`,
  },
  {
    name: 'a job that runs after failures and reads the wrong result of the guard',
    rule: 'self-hosted-fork',
    // A guard skipped by its if: has not failed either.
    bad: `on: pull_request
permissions: { contents: read }
jobs:
  guard:
    if: github.event.pull_request.head.repo.full_name == github.repository
    runs-on: ubuntu-latest
    steps:
      - run: echo same repository
  lint:
    needs: guard
    runs-on: gpu
    steps:
      - run: make lint
  report:
    needs: [guard, lint]
    if: always() && needs.guard.result != 'failure'
    runs-on: [self-hosted, gpu]
    steps:
      - run: make report
`,
    at: 'runs-on: [self-hosted, gpu]',
    good: `on: pull_request
permissions: { contents: read }
jobs:
  guard:
    if: github.event.pull_request.head.repo.full_name == github.repository
    runs-on: ubuntu-latest
    steps:
      - run: echo same repository
  lint:
    needs: guard
    runs-on: gpu
    steps:
      - run: make lint
  report:
    needs: [guard, lint]
    if: always() && needs.lint.result == 'success'
    runs-on: [self-hosted, gpu]
    steps:
      - run: make report
`,
  },
  {
    name: 'a fork guard step that can be skipped',
    rule: 'self-hosted-fork',
    bad: `on: pull_request
permissions: { contents: read }
jobs:
  report:
    runs-on: [self-hosted]
    steps:
      - id: fork-guard
        if: github.event_name == 'pull_request_target'
        env:
          HEAD: \${{ github.event.pull_request.head.repo.full_name }}
        run: test "$HEAD" = "$GITHUB_REPOSITORY" || exit 1
      - run: make report
`,
    at: 'runs-on:',
    good: `on: pull_request
permissions: { contents: read }
jobs:
  report:
    strategy:
      matrix:
        os: [ubuntu-latest, windows-latest, macos-latest]
    runs-on: \${{ matrix.os }}
    steps:
      - run: make report
`,
  },
  {
    name: 'a matrix runner list with a self-hosted label',
    rule: 'self-hosted-fork',
    bad: `on: pull_request
permissions: { contents: read }
jobs:
  report:
    strategy:
      matrix:
        runner: [ubuntu-latest, gpu-a100]
    runs-on: \${{ matrix.runner }}
    steps:
      - run: make report
`,
    at: 'runs-on:',
    good: `on: push
permissions: { contents: read }
jobs:
  report:
    strategy:
      matrix:
        runner: [ubuntu-latest, gpu-a100]
    runs-on: \${{ matrix.runner }}
    steps:
      - run: make report
`,
  },
  {
    name: 'an action by tag',
    rule: 'unpinned-action',
    bad: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false }
      - uses: actions/setup-node@v4
`,
    at: 'setup-node',
    good: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false }
      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0
      - uses: ./actions/validate-data
      - uses: mlship/mlship/actions/validate-data@v1
      - uses: docker://alpine@sha256:${'a'.repeat(64)}
`,
  },
  {
    name: 'a SHA without the release it is',
    rule: 'unpinned-action',
    bad: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020
`,
    at: 'setup-node',
    good: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/setup-node@820762786026740c76f36085b0efc47a31fe5020 # v7.0.0
`,
  },
  {
    name: 'a docker image by tag',
    rule: 'unpinned-action',
    bad: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: docker://alpine:3.20
`,
    at: 'docker://',
    good: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: docker://alpine:3.20@sha256:${'b'.repeat(64)}
`,
  },
  {
    name: "someone else's reusable workflow by tag, and this project's by branch",
    rule: 'unpinned-action',
    bad: `on: push
permissions: { contents: read }
jobs:
  gate:
    uses: mlship/mlship/.github/workflows/validate-data.yml@main
    with: { data: data/ }
`,
    at: 'uses:',
    good: `on: push
permissions: { contents: read }
jobs:
  gate:
    uses: mlship/mlship/.github/workflows/validate-data.yml@v1
    with: { data: data/ }
  other:
    uses: octo-org/shared/.github/workflows/lint.yml@0123456789abcdef0123456789abcdef01234567 # v2.1.0
`,
  },
  {
    name: 'no permissions anywhere',
    rule: 'permissions',
    bad: `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - run: make
  lint:
    runs-on: ubuntu-latest
    steps:
      - run: make lint
`,
    at: 'lint:',
    good: `on: push
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: { contents: read }
    steps:
      - run: make
  lint:
    runs-on: ubuntu-latest
    permissions: {}
    steps:
      - run: make lint
`,
  },
  {
    name: 'a top-level write scope',
    rule: 'permissions',
    bad: `on: pull_request
permissions:
  contents: read
  pull-requests: write
jobs:
  comment:
    runs-on: ubuntu-latest
    steps:
      - run: make comment
`,
    at: 'pull-requests:',
    good: `on: pull_request
permissions:
  contents: read
jobs:
  comment:
    runs-on: ubuntu-latest
    permissions:
      contents: read
      pull-requests: write
    steps:
      - run: make comment
`,
  },
  {
    name: 'write-all',
    rule: 'permissions',
    bad: `on: push
permissions: write-all
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
`,
    at: 'permissions:',
    good: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
`,
  },
  {
    name: 'read-all on a job',
    rule: 'permissions',
    bad: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: read-all
    steps:
      - run: make
`,
    at: 'read-all',
    good: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    permissions: { contents: read, actions: read }
    steps:
      - run: make
`,
  },
  {
    name: 'a checkout that leaves the token in .git/config',
    rule: 'persist-credentials',
    bad: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
`,
    at: 'uses:',
    // A job allowed to push keeps the credentials it pushes with.
    good: `on: push
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
          persist-credentials: false
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: ${CHECKOUT}
      - run: git tag v1 && git push origin v1
`,
  },
];

describe.each(cases)('$rule: $name', ({ rule, bad, at, good }) => {
  it('is found on the line of the offending node', () => {
    expect(audit(bad)).toEqual([[rule, lineOf(bad, at)]]);
  });
  it('passes once fixed', () => {
    expect(audit(good)).toEqual([]);
  });
});

it('every rule has a planted violation above', () => {
  expect([...new Set(cases.map((c) => c.rule))].sort()).toEqual(Object.keys(messages).sort());
});

describe('node scripts/workflow-audit.js', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workflow-audit-'));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const run = (...files: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, [path.join(repoRoot, 'scripts/workflow-audit.js'), ...files], { cwd: dir, encoding: 'utf8', stdio: 'pipe' }) };
    } catch (e) {
      const err = e as { status: number; stderr: string; stdout: string };
      return { code: err.status, out: err.stdout + err.stderr };
    }
  };

  it('prints file:line: rule: message and exits 1 on a finding, 0 on a clean file', () => {
    const bad = cases.find((c) => c.rule === 'expression-in-run')!;
    fs.writeFileSync(path.join(dir, 'bad.yml'), bad.bad);
    fs.writeFileSync(path.join(dir, 'good.yml'), bad.good);
    const failed = run('bad.yml', 'good.yml');
    expect(failed.code).toBe(1);
    expect(failed.out).toContain(`bad.yml:${lineOf(bad.bad, bad.at)}: expression-in-run: ${messages['expression-in-run']}`);
    expect(failed.out).not.toContain('good.yml:');
    expect(run('good.yml')).toEqual({ code: 0, out: 'workflow-audit: 1 file(s), 0 finding(s)\n' });
  });
});
