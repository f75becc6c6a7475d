/**
 * The static safety audit (scripts/workflow-audit.js) over every workflow users
 * run, copy or are shown, and each of its rules caught on a planted violation —
 * on the line of the offending node — next to a compliant variant that passes, so
 * no rule is too weak to fail or so broad that the fix does not satisfy it.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { auditWorkflow, formatFinding, messages, workflowFiles } from '../scripts/workflow-audit.js';
import { repoRoot } from './harness';

const CHECKOUT = 'actions/checkout@3d3c42e5aac5ba805825da76410c181273ba90b1 # v7.0.1';
const DOWNLOAD = 'actions/download-artifact@3e5f45b2cfb9172054b4087a40e8e0b5a5461e7c # v8.0.1';
const SCRIPT = 'actions/github-script@60a0d83039c74a4aee543508d2ffcb1c3799cdea # v7.0.1';
const THIRD_PARTY_DOWNLOAD = 'dawidd6/action-download-artifact@0123456789abcdef0123456789abcdef01234567 # v11.0.0';

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
    name: "pull_request_target checking out GitHub's test merge of the pull request, then running it",
    rule: 'untrusted-checkout',
    bad: `on: pull_request_target
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          ref: \${{ github.event.pull_request.merge_commit_sha }}
          persist-credentials: false
      - run: make test
`,
    at: 'ref:',
    good: `on: pull_request_target
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - run: make test
`,
  },
  {
    name: 'an issue_comment command checking the pull request out with gh',
    rule: 'untrusted-checkout',
    bad: `on: issue_comment
permissions: { contents: read }
jobs:
  test:
    if: github.event.issue.pull_request
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false }
      - env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.issue.number }}
        run: |
          gh pr checkout "$PR"
          make test
`,
    at: 'gh pr checkout',
    // The diff is data: it is read, never run.
    good: `on: issue_comment
permissions: { contents: read }
jobs:
  test:
    if: github.event.issue.pull_request
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false }
      - env:
          GH_TOKEN: \${{ github.token }}
          PR: \${{ github.event.issue.number }}
        run: |
          gh pr diff "$PR" > "$RUNNER_TEMP/pr.diff"
          make lint-diff DIFF="$RUNNER_TEMP/pr.diff"
`,
  },
  {
    name: "pull_request_target fetching the pull request's head with git",
    rule: 'untrusted-checkout',
    bad: `on: pull_request_target
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false }
      - env:
          PR: \${{ github.event.number }}
        run: |
          git fetch origin "pull/$PR/head:pr"
          make test
`,
    at: 'git fetch',
    good: `on: pull_request_target
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false }
      - env:
          BASE: \${{ github.base_ref }}
        run: |
          git fetch origin "$BASE"
          make test
`,
  },
  {
    name: 'a reusable workflow fetching refs/pull/…/merge in a script',
    rule: 'untrusted-checkout',
    bad: `on: workflow_call
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false }
      - env:
          PR: \${{ github.event.number }}
        run: git fetch origin "+refs/pull/$PR/merge" && git checkout FETCH_HEAD && make test
`,
    at: 'run: git fetch',
    good: `on: workflow_call
permissions: { contents: read }
jobs:
  test:
    runs-on: ubuntu-latest
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false }
      - run: git fetch origin main && git checkout FETCH_HEAD && make test
`,
  },
  {
    name: "workflow_run checking out the triggering run's commit through a variable",
    rule: 'untrusted-checkout',
    bad: `on:
  workflow_run:
    workflows: [Train]
    types: [completed]
permissions: { contents: read }
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      HEAD_SHA: \${{ github.event.workflow_run.head_sha }}
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false, fetch-depth: 0 }
      - run: |
          git checkout "$HEAD_SHA"
          make report
`,
    at: 'git checkout',
    good: `on:
  workflow_run:
    workflows: [Train]
    types: [completed]
permissions: { contents: read }
jobs:
  report:
    runs-on: ubuntu-latest
    env:
      HEAD_SHA: \${{ github.event.workflow_run.head_sha }}
    steps:
      - uses: ${CHECKOUT}
        with: { persist-credentials: false, fetch-depth: 0 }
      - run: |
          echo "reporting on $HEAD_SHA"
          make report
`,
  },
  {
    name: 'workflow_run downloading an artifact into the workspace with a third-party action',
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
      - uses: ${THIRD_PARTY_DOWNLOAD}
        with:
          run_id: \${{ github.event.workflow_run.id }}
          name: predictions
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
      - uses: ${THIRD_PARTY_DOWNLOAD}
        with:
          run_id: \${{ github.event.workflow_run.id }}
          name: predictions
          path: \${{ runner.temp }}/predictions
`,
  },
  ...[
    ['7z', '7z x "$RUNNER_TEMP/bundle/model.7z"', '7z x "$RUNNER_TEMP/bundle/model.7z" -o"$RUNNER_TEMP/model"'],
    ['bsdtar', 'bsdtar -xf "$RUNNER_TEMP/bundle/model.tar"', 'bsdtar -xf "$RUNNER_TEMP/bundle/model.tar" --cd "$RUNNER_TEMP/model"'],
    ['python -m zipfile', 'python3 -m zipfile -e "$RUNNER_TEMP/bundle/model.zip" .', 'python3 -m zipfile -e "$RUNNER_TEMP/bundle/model.zip" "$RUNNER_TEMP/model"'],
  ].map(([tool, bad, good]) => {
    const workflow = (extract: string) => `on:
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
          ${extract}
`;
    return { name: `workflow_run unpacking an archive into the workspace with ${tool}`, rule: 'untrusted-checkout', bad: workflow(bad!), at: bad!, good: workflow(good!) };
  }),
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
    name: 'a self-hosted runner named like a GitHub image',
    rule: 'self-hosted-fork',
    // Runner and scale-set names are free: only GitHub's own image labels, exactly, are hosted.
    bad: `on: pull_request
permissions: { contents: read }
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - run: make
  train:
    runs-on: [ubuntu-gpu-a100]
    steps:
      - run: make train
`,
    at: 'runs-on: [ubuntu-gpu-a100]',
    good: `on: pull_request
permissions: { contents: read }
jobs:
  build:
    runs-on: [ubuntu-24.04-arm]
    steps:
      - run: make
  train:
    runs-on: macos-14-xlarge
    steps:
      - run: make train
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
  {
    name: "a pushing job that keeps the token and runs the caller's deploy command",
    rule: 'persist-credentials',
    // The command could read the token from .git/config; the pushing action gets it as an input.
    bad: `on:
  workflow_call:
    inputs:
      deploy-command: { type: string, required: true }
permissions: { contents: read }
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
      - env:
          DEPLOY_COMMAND: \${{ inputs.deploy-command }}
        run: bash -eo pipefail -c "$DEPLOY_COMMAND"
      - uses: mlship/mlship/actions/promote-model@v1
        with:
          model-name: churn
          version: v1.0.0
          to-stage: prod
`,
    at: 'uses:',
    good: `on:
  workflow_call:
    inputs:
      deploy-command: { type: string, required: true }
      version: { type: string, required: true }
permissions: { contents: read }
jobs:
  release:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: ${CHECKOUT}
        with:
          fetch-depth: 0
          persist-credentials: false
      - env:
          DEPLOY_COMMAND: \${{ inputs.deploy-command }}
        run: bash -eo pipefail -c "$DEPLOY_COMMAND"
      - uses: mlship/mlship/actions/promote-model@v1
        with:
          model-name: churn
          version: v1.0.0
          to-stage: prod
          github-token: \${{ github.token }}
  tag:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: ${CHECKOUT}
      - env:
          VERSION: \${{ inputs.version }}
        run: git tag "$VERSION" && git push origin "$VERSION"
`,
  },
  {
    name: "a pushing job that keeps the token and gives an action the caller's command",
    rule: 'persist-credentials',
    bad: `on:
  workflow_call:
    inputs:
      rollback-command: { type: string, default: '' }
permissions: { contents: read }
jobs:
  watch:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: ${CHECKOUT}
      - uses: mlship/mlship/actions/auto-rollback@v1
        with:
          targets: command, registry
          rollback-command: \${{ inputs.rollback-command }}
`,
    at: 'uses:',
    good: `on:
  workflow_call:
    inputs:
      rollback-command: { type: string, default: '' }
permissions: { contents: read }
jobs:
  watch:
    runs-on: ubuntu-latest
    permissions: { contents: write }
    steps:
      - uses: ${CHECKOUT}
        with:
          persist-credentials: false
      - uses: mlship/mlship/actions/auto-rollback@v1
        with:
          targets: command, registry
          rollback-command: \${{ inputs.rollback-command }}
          github-token: \${{ github.token }}
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

describe('GitHub-hosted runners: one list for the audit and the fork-guard action', () => {
  const listed = fs
    .readFileSync(path.join(repoRoot, 'actions/fork-guard/github-hosted-labels.txt'), 'utf8')
    .split('\n')
    .filter((l) => l.trim() && !l.startsWith('#'));
  const lookAlikes = ['ubuntu-gpu-a100', 'ubuntu-gpu', 'macos-m2-selfhosted', 'windows-gpu', 'ubuntu-latest-8-cores', 'Ubuntu-Latest', 'ubuntu', 'self-hosted'];
  /** Whether the audit lets a pull_request job on `label` go unguarded, i.e. counts it as GitHub-hosted. */
  const auditSaysHosted = (label: string) =>
    audit(`on: pull_request\npermissions: { contents: read }\njobs:\n  job:\n    runs-on: ${JSON.stringify([label])}\n    steps:\n      - run: make\n`).length === 0;
  /** Whether fork-guard lets a fork's pull request run on `label`. */
  const guardSaysHosted = (label: string) => {
    const r = spawnSync('bash', [path.join(repoRoot, 'actions/fork-guard/guard.sh')], {
      env: { PATH: '/usr/bin:/bin', EVENT: 'pull_request', REPOSITORY: 'acme/churn', PR_HEAD_REPO: 'mallory/churn', RUNS_ON: JSON.stringify([label]) },
      encoding: 'utf8',
    });
    return r.status === 0;
  };

  it('lists exact labels only, the current images among them', () => {
    expect(listed).toEqual(expect.arrayContaining(['ubuntu-latest', 'ubuntu-24.04-arm', 'windows-2025', 'windows-11-arm', 'macos-15', 'macos-latest-large', 'macos-13-xlarge']));
    expect(listed.filter((l) => !/^(?:ubuntu|windows|macos)-[a-z0-9.-]+$/.test(l))).toEqual([]);
    expect(new Set(listed).size).toBe(listed.length);
  });

  it.each([...listed, ...lookAlikes])('%s: the audit and the guard agree', (label) => {
    const hosted = listed.includes(label);
    expect({ label, audit: auditSaysHosted(label), guard: guardSaysHosted(label) }).toEqual({ label, audit: hosted, guard: hosted });
  });
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
