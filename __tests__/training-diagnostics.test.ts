/**
 * training-diagnostics end to end: the dist bundle run as the runner runs it
 * (harness.ts) on real failing commands — a CUDA OOM traceback, exit 137, a
 * SIGKILL, a hang past the timeout, a missing module — and a passing one; a
 * fake nvidia-smi on PATH (its header says where the CSV format comes from);
 * collect mode on a 2 MB traceback and on binary junk; the PR comment against
 * the GitHub double (@mlship/github/testing) with a real webhook payload; the
 * artifact upload against the results-service / blob-storage double; and
 * data_stats checked against pandas (actions/training-diagnostics/src/__golden__).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { webhookExample } from '../packages/github/src/testing/events';
import { startGitHubDouble, type GitHubDouble } from '../packages/github/src/testing/github-server';
import { startArtifactService, zipEntries } from '../packages/github/src/testing/artifact-service';
import { spawn } from 'node:child_process';
import { expectUserError, nodeBinaries, repoRoot, runBundle, type RunOptions, type RunResult, expectErrorRecorded, processAlive } from './harness';

const fixtures = path.join(repoRoot, '__tests__/fixtures/training-diagnostics');
const fakeSmiDir = path.join(repoRoot, 'actions/training-diagnostics/src/__fixtures__');
const goldenDir = path.join(repoRoot, 'actions/training-diagnostics/src/__golden__');
const golden = JSON.parse(fs.readFileSync(path.join(goldenDir, 'train.golden.json'), 'utf8'));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-td-'));
const fresh = (prefix: string) => fs.mkdtempSync(path.join(dir, `${prefix}-`));

const prOpened = webhookExample('pull_request', 'opened');
const prNumber = (prOpened as { number: number }).number;

const WANDB_KEY = 'a3f9c2e8b1d7a3f9c2e8b1d7a3f9c2e8b1d7a3f9';

async function diagnose(inputs: Record<string, string>, opts: Partial<RunOptions> & { gpu?: string } = {}) {
  const reportDir = fresh('report');
  const env: Record<string, string> = { ...(opts.env ?? {}) };
  if (opts.gpu !== undefined) {
    const script = path.join(fresh('smi'), 'util.txt');
    fs.writeFileSync(script, opts.gpu);
    env.FAKE_NVIDIA_SMI_SCRIPT = script;
    env.PATH = `${fakeSmiDir}:${process.env.PATH}`;
  }
  const r = await runBundle('training-diagnostics', { ...opts, env, inputs: { 'report-path': reportDir, ...inputs }, timeoutMs: 60000 });
  const file = path.join(reportDir, 'training_diagnostics.json');
  const diagnostics = fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : undefined;
  return { ...r, reportDir, diagnostics };
}

/** The user-mistake rule: exit 1, one ::error:: line, no stack, only the error recorded. */
async function expectOneErrorLine(inputs: Record<string, string>, message: RegExp) {
  const r = await diagnose(inputs);
  expectUserError(r, message);
  expectErrorRecorded(r, r.reportDir);
}


let gh: GitHubDouble;
beforeAll(async () => {
  gh = await startGitHubDouble({ owner: 'Codertocat', repo: 'Hello-World' });
  gh.addPullRequest({ number: prNumber });
});
afterAll(() => gh.close());
const prEnv = () => ({ GITHUB_API_URL: gh.url, GITHUB_REPOSITORY: 'Codertocat/Hello-World' });

describe.each(['node20', 'node24'] as const)('training-diagnostics on %s', (node) => {
  it('classifies a CUDA OOM traceback, fails the step, and writes the JSON, summary, data stats and PR comment', async () => {
    const before = gh.state.comments.length;
    const r = await diagnose(
      { command: `/usr/bin/python3 ${path.join(fixtures, 'cuda_oom.py')}`, 'data-path': path.join(goldenDir, 'train.csv'), 'gpu-sample-interval': '0.2', 'github-token': gh.token, 'runner-labels': 'self-hosted, linux, gpu', 'artifact-name': `td-${node}` },
      { node, gpu: '35 4096\n97 15800\n', env: { ...prEnv(), WANDB_API_KEY: WANDB_KEY, TRAIN_SECONDS: '1', PYTORCH_CUDA_ALLOC_CONF: 'expandable_segments:True', NCCL_DEBUG: 'INFO', RUNNER_NAME: 'gpu-box-1', RUNNER_ARCH: 'X64' }, event: { name: 'pull_request', payload: prOpened } },
    );
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', status: 'fail', cause: 'cuda-oom', 'exit-code': '1', 'failed-checks': '["training"]' });
    expect(r.errors.at(-1)).toBe('Training failed: CUDA out of memory: FAIL — training');
    // Live output reached the step log; the secret did not reach anything written or posted.
    expect(r.stdout).toContain('Epoch 1/3: step 10/400 loss=0.6931');
    expect(r.stdout).toContain('torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.53 GiB.');

    const d = r.diagnostics;
    expect(r.outputs['diagnostics-path']).toBe(path.join(r.reportDir, 'training_diagnostics.json'));
    expect(Object.keys(d).slice(0, 5)).toEqual(['timestamp', 'python_version', 'environment', 'data_stats', 'error']);
    expect(d.error).toMatchObject({ type: 'torch.OutOfMemoryError', message: expect.stringMatching(/^CUDA out of memory\. Tried to allocate 1\.53 GiB/) });
    expect(d.error.traceback).toMatch(/^Traceback \(most recent call last\):\n {2}File "\/home\/runner\/work\/ml\/ml\/src\/train\.py", line 142/);
    expect(d.error.frames.map((f: { line: number }) => f.line)).toEqual([142, 118, 1532]);
    expect(d.cause).toMatchObject({ id: 'cuda-oom', seed_troubleshooting_row: { failure: expect.stringContaining('메모리 부족') } });
    expect(d.environment).toMatchObject({ torch_version: null, cuda_available: null, gpus: [{ index: 0, name: 'Tesla V100-SXM2-16GB', memory_total_mib: 16384, source: 'nvidia-smi' }, { index: 1, name: 'NVIDIA A100-SXM4-80GB', source: 'nvidia-smi' }] });
    expect(typeof d.python_version).toBe('string');
    expect(d.run).toMatchObject({ mode: 'run', exit_code: 1, signal: null, timed_out: false });
    expect(d.run.command).toBe(`/usr/bin/python3 ${path.join(fixtures, 'cuda_oom.py')}`);
    expect(d.run.duration_seconds).toBeGreaterThanOrEqual(1);
    expect(d.run.peak_rss_bytes).toBeGreaterThan(1 << 20);
    expect(d.gpu_utilization.samples).toBeGreaterThanOrEqual(2);
    expect(d.gpu_utilization.per_gpu[0]).toMatchObject({ index: 0, max_utilization: 97, peak_memory_used_mib: 15800, memory_total_mib: 16384 });
    expect(d.host.cpu_count).toBeGreaterThan(0);
    expect(d.host.memory_total_bytes).toBeGreaterThan(0);
    expect(d.host.disk_free_bytes).toBeGreaterThan(0);
    expect(d.runner).toMatchObject({ name: 'gpu-box-1', os: 'Linux', arch: 'X64', labels: ['self-hosted', 'linux', 'gpu'], run_id: '4242' });
    expect(d.env_vars).toMatchObject({ PYTORCH_CUDA_ALLOC_CONF: 'expandable_segments:True', NCCL_DEBUG: 'INFO', WANDB_API_KEY: '***' });

    // data_stats against pandas 1.5 (make_golden.py).
    expect(d.data_stats).toEqual({ rows: golden.rows, columns: golden.columns, null_counts: golden.null_counts, dtypes: golden.dtypes, files: 1 });

    const tail = fs.readFileSync(path.join(r.reportDir, 'training-log-tail.txt'), 'utf8');
    expect(tail).toContain('debug: wandb key ***');
    for (const text of [JSON.stringify(d), tail, r.summary]) expect(text).not.toContain(WANDB_KEY);

    expect(r.summary).toContain('## ❌ FAIL Training failed: CUDA out of memory');
    expect(r.summary).toContain('**Remedy:** The model and batch do not fit in GPU memory');
    expect(r.summary).toContain('```mermaid\nxychart-beta\n  title "GPU utilisation (%)"');
    expect(r.summary).toContain('### Data stats: 1500 rows × 10 columns');
    expect(r.summary).toContain('| income | float64 | 184 | 12.27 |');
    expect(r.summary).toContain('<details><summary>Traceback: torch.OutOfMemoryError</summary>');
    expect(r.summary).toContain('| runner labels | self-hosted, linux, gpu |');

    // No artifact runtime here: a notice, not a crash.
    expect(r.stdout).toMatch(/::notice title=training-diagnostics%3A artifact::artifact "td-node\d\d" not uploaded: ACTIONS_RUNTIME_TOKEN and ACTIONS_RESULTS_URL are not set/);

    const comments = gh.state.comments.filter((c) => c.issueNumber === prNumber && c.body.includes(`<!-- mlship:training-diagnostics:td-${node} -->`));
    expect(comments).toHaveLength(1);
    expect(gh.state.comments.length).toBe(before + 1);
    const body = comments[0]!.body;
    expect(body).toContain('## ❌ Training failed: CUDA out of memory');
    expect(body).toContain('**Error:** `torch.OutOfMemoryError: CUDA out of memory.');
    expect(body).toContain('**Remedy:**');
    expect(body).toContain('**Data Stats:**\n- Rows: 1500\n- Columns: 10\n- Columns with nulls: age (74), income (184), churned (56), country (42), notes (1500)');
    expect(body).toContain('<details>\n<summary>Full Traceback</summary>\n\n```\nTraceback (most recent call last):');
    expect(body).toContain('[workflow run](https://github.com/Codertocat/Hello-World/actions/runs/4242)');
    expect(body).not.toContain(WANDB_KEY);
  });
});

describe('training-diagnostics run mode', () => {
  it('exit 137 is the host OOM killer', async () => {
    const r = await diagnose({ command: `bash -c 'echo "loading 40 GB into RAM"; exit 137'`, comment: 'false' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ cause: 'host-oom', 'exit-code': '137' });
    expect(r.summary).toContain('Killed by the host OOM killer');
    expect(r.summary).toContain('Runner 스펙 업그레이드, 배치 처리');
  });

  it('a SIGKILLed command is recorded with its signal and classified host-oom', async () => {
    const r = await diagnose({ command: `bash -c 'echo allocating; kill -KILL $$'`, comment: 'false' });
    expect(r.outputs).toMatchObject({ cause: 'host-oom', 'exit-code': '' });
    expect(r.diagnostics.run).toMatchObject({ exit_code: null, signal: 'SIGKILL' });
    expect(r.summary).toContain('| ended | killed by SIGKILL |');
  });

  it('kills the whole process group past the timeout and says timeout', async () => {
    const pidFile = path.join(fresh('hang'), 'worker.pid');
    const r = await diagnose({ command: `bash ${path.join(fixtures, 'hang.sh')} ${pidFile}`, timeout: '2', 'kill-grace': '1', comment: 'false' });
    expect(r.outputs).toMatchObject({ cause: 'timeout', passed: 'false' });
    expect(r.diagnostics.run).toMatchObject({ timed_out: true, signal: 'SIGTERM' });
    expect(r.stdout).toContain('ran past timeout 2s; sending SIGTERM to its process group');
    const worker = Number(fs.readFileSync(pidFile, 'utf8'));
    // The background `sleep 300` was in the group, so it died with bash (reaped by init soon after, hence the wait).
    while (processAlive(worker)) await new Promise((res) => setTimeout(res, 50));
    expect(r.summary).toContain('샘플링, 병렬화, 타임아웃 증가');
  });

  /** Starts the bundle on hang.sh as the runner would and resolves once the command's background worker runs. */
  async function startHanging(name: string) {
    const work = fresh(name);
    const pidFile = path.join(work, 'worker.pid');
    for (const f of ['output', 'summary.md']) fs.writeFileSync(path.join(work, f), '');
    const child = spawn(nodeBinaries.node20, [path.join(repoRoot, 'dist/training-diagnostics/index.js')], {
      cwd: work,
      env: { PATH: process.env.PATH ?? '', RUNNER_TEMP: work, GITHUB_OUTPUT: path.join(work, 'output'), GITHUB_STEP_SUMMARY: path.join(work, 'summary.md'), INPUT_COMMAND: `bash ${path.join(fixtures, 'hang.sh')} ${pidFile}`, INPUT_COMMENT: 'false', 'INPUT_REPORT-PATH': path.join(work, 'report') },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += d));
    let signal: NodeJS.Signals | null = null;
    const exited = new Promise<number | null>((res) => child.on('close', (code, s) => ((signal = s), res(code))));
    while (!fs.existsSync(pidFile) || fs.readFileSync(pidFile, 'utf8').trim() === '') await new Promise((res) => setTimeout(res, 50));
    const worker = Number(fs.readFileSync(pidFile, 'utf8'));
    const report = () => JSON.parse(fs.readFileSync(path.join(work, 'report/training_diagnostics.json'), 'utf8'));
    return { child, exited, worker, report, stdout: () => stdout, signal: () => signal };
  }

  // The runner cancels a step with SIGINT to the action's node process, then SIGTERM 7.5 s later; the trainer
  // must not be orphaned. hang.sh's background worker ignores SIGINT (bash does that to `&` jobs).
  it('on a cancelled job\'s SIGINT, passes it to the command\'s process group, ends what ignored it, and still reports', async () => {
    const run = await startHanging('cancel-int');
    run.child.kill('SIGINT');
    expect(await run.exited).toBe(1);
    expect(processAlive(run.worker)).toBe(false);
    const d = run.report();
    expect(d.run).toMatchObject({ timed_out: false, cancelled: true, signal: 'SIGINT' });
    expect(d.cause.id).toBe('cancelled');
    expect(run.stdout()).toContain('::error::Training failed: Job cancelled: FAIL — training');
  });

  it('a SIGTERM that lands at any point after the cancel (before, during or after the report) never cuts the report short', async () => {
    const run = await startHanging('cancel-term');
    run.child.kill('SIGINT');
    // The runner's SIGTERM comes at a time this process does not control; keep sending it until the action exits.
    let done = false;
    void run.exited.then(() => (done = true));
    while (!done) {
      run.child.kill('SIGTERM');
      await new Promise((res) => setTimeout(res, 20));
    }
    // Exit 1, or SIGTERM in Node's own teardown once everything is written (no JavaScript runs there to absorb it).
    const code = await run.exited;
    if (code !== 1) expect(run.signal()).toBe('SIGTERM');
    expect(run.stdout()).toContain('::error::Training failed: Job cancelled: FAIL — training');
    expect(processAlive(run.worker)).toBe(false);
    expect(run.report().run).toMatchObject({ cancelled: true });
    expect(run.report().cause.id).toBe('cancelled');
  });

  it('names a missing module', async () => {
    const r = await diagnose({ command: `/usr/bin/python3 -c 'import lightning_not_installed_here'`, comment: 'false' });
    expect(r.outputs).toMatchObject({ cause: 'missing-module', 'exit-code': '1' });
    expect(r.diagnostics.error).toMatchObject({ type: 'ModuleNotFoundError', message: "No module named 'lightning_not_installed_here'" });
  });

  it('passes a successful command: summary with duration, peak RSS and the GPU chart, no artifact, and resolves an earlier failure comment', async () => {
    const key = 'training-diagnostics:pass-case';
    const old = gh.addComment(prNumber, `<!-- mlship:${key} -->\n## ❌ Training failed: CUDA out of memory`, { login: 'github-actions[bot]', type: 'Bot' });
    const r = await diagnose(
      { command: `/usr/bin/python3 ${path.join(fixtures, 'allocate.py')}`, 'gpu-sample-interval': '0.2', 'github-token': gh.token, 'artifact-name': 'pass-case' },
      { gpu: '10 1000\n80 9000\n99 12000\n', env: prEnv(), event: { name: 'pull_request', payload: prOpened } },
    );
    expect(r.exitCode).toBe(0);
    expect(r.errors).toEqual([]);
    expect(r.outputs).toMatchObject({ passed: 'true', status: 'pass', cause: 'none', 'exit-code': '0' });
    expect(r.stdout).toContain('training finished: accuracy=0.93');
    expect(r.diagnostics.error).toBeNull();
    expect(r.diagnostics.run.peak_rss_bytes).toBeGreaterThan(200 * 2 ** 20);
    expect(r.summary).toContain('## ✅ PASS Training succeeded');
    expect(r.summary).toMatch(/The command finished in \d+\.\d s with peak RSS 2\d\d MiB; \d+ GPU samples\./);
    expect(r.summary).toContain('title "GPU memory used (MiB)"');
    expect(r.stdout).not.toContain('artifact');
    expect(gh.state.comments.find((c) => c.id === old.id)!.body).toContain('## ✅ Training succeeded');
  });

  it('says so when nvidia-smi is on PATH but every query fails (a driver mismatch)', async () => {
    const r = await diagnose({ command: `bash -c 'sleep 0.6'`, 'gpu-sample-interval': '0.2', comment: 'false' }, { env: { PATH: `${fakeSmiDir}:${process.env.PATH}` } });
    expect(r.exitCode).toBe(0);
    expect(r.warnings.some((w) => /nvidia-smi is on PATH but \d+ quer(y|ies) failed/.test(w))).toBe(true);
    expect(r.diagnostics.gpu_utilization).toBeNull();
  });

  it('does not comment on a passing run that never failed, nor outside pull requests', async () => {
    const before = gh.state.comments.length;
    const pass = await diagnose({ command: 'true', 'github-token': gh.token, 'artifact-name': 'never-failed' }, { env: prEnv(), event: { name: 'pull_request', payload: prOpened } });
    expect(pass.exitCode).toBe(0);
    const push = await diagnose({ command: `bash -c 'echo "epoch 1 done"; exit 3'`, 'github-token': gh.token }, { env: prEnv(), event: { name: 'push', payload: { ref: 'refs/heads/main' } } });
    expect(push.outputs).toMatchObject({ cause: 'unknown', 'exit-code': '3' });
    expect(push.diagnostics.cause).toMatchObject({ evidence: 'exit code 3', last_lines: ['epoch 1 done'] });
    expect(push.summary).toContain('<details><summary>Last 1 log lines</summary>\n\n```\nepoch 1 done\n```');
    expect(push.stdout).toContain('push event is not about a pull request; no PR comment.');
    expect(gh.state.comments.length).toBe(before);
  });
});

describe('training-diagnostics on a GPU runner', () => {
  const node = process.execPath;
  const nanScript = path.join(fakeSmiDir, 'nan-loss.mjs');
  const waitForSamples = path.join(fakeSmiDir, 'wait-for-samples.mjs');

  it('gpu-count 4 on a runner with 2 GPUs: one clear line, the command never starts, the report says why', async () => {
    const marker = path.join(fresh('never'), 'ran');
    const r = await diagnose({ command: `touch ${marker}`, 'gpu-count': '4', comment: 'false' }, { gpu: '0 100\n' });
    expect(r.exitCode).toBe(1);
    expect(fs.existsSync(marker)).toBe(false);
    expect(r.outputs).toMatchObject({ passed: 'false', status: 'error', cause: 'gpu-unavailable', 'failed-checks': '["gpus"]', 'exit-code': '' });
    const line = 'gpu-count is 4 but nvidia-smi lists 2 GPUs on this runner (Tesla V100-SXM2-16GB, NVIDIA A100-SXM4-80GB): the job landed on a runner with fewer GPUs — check the runner labels in runs-on';
    expect(r.errors).toEqual([`GPUs on this runner: ${line}`, 'Training not started: GPUs unavailable: ERROR — gpus']);
    expect(r.stdout).not.toContain('training-diagnostics: running');
    expect(r.diagnostics.gpu_check).toEqual({ required: 4, found: 2, names: ['Tesla V100-SXM2-16GB', 'NVIDIA A100-SXM4-80GB'], passed: false, problem: line });
    expect(r.diagnostics.cause).toMatchObject({ id: 'gpu-unavailable', evidence: line });
    expect(r.diagnostics.run).toMatchObject({ exit_code: null, duration_seconds: null, stopped_early: null });
    expect(r.summary).toContain('## 💥 ERROR Training not started: GPUs unavailable');
    expect(r.summary).toContain('| ended | did not start |');
    expect(JSON.parse(fs.readFileSync(path.join(r.reportDir, 'report.json'), 'utf8')).status).toBe('error');
  });

  it('gpu-count met: the command runs', async () => {
    const marker = path.join(fresh('ran'), 'ran');
    const r = await diagnose({ command: `touch ${marker}`, 'gpu-count': '2', comment: 'false' }, { gpu: '0 100\n' });
    expect(r.exitCode).toBe(0);
    expect(fs.existsSync(marker)).toBe(true);
    expect(r.outputs).toMatchObject({ passed: 'true', cause: 'none', 'failed-checks': '[]' });
    expect(r.diagnostics.gpu_check).toMatchObject({ required: 2, found: 2, passed: true, problem: null });
  });

  it('gpu-count without nvidia-smi, or with a driver that fails: one clear line each, nothing runs', async () => {
    const marker = path.join(fresh('no-smi'), 'ran');
    const missing = await diagnose({ command: `touch ${marker}`, 'gpu-count': '1', comment: 'false' });
    expect(missing.outputs).toMatchObject({ passed: 'false', status: 'error', cause: 'gpu-unavailable' });
    expect(missing.errors[0]).toMatch(/^GPUs on this runner: gpu-count is 1 but nvidia-smi is not on PATH on this runner, so it has no usable NVIDIA GPU: .*check the runner labels in runs-on/);
    const broken = await diagnose({ command: `touch ${marker}`, 'gpu-count': '1', comment: 'false' }, { gpu: '0 100\n', env: { FAKE_NVIDIA_SMI_FAIL: '1' } });
    expect(broken.outputs).toMatchObject({ passed: 'false', cause: 'gpu-unavailable' });
    expect(broken.errors[0]).toMatch(/^GPUs on this runner: gpu-count is 1 but nvidia-smi failed on this runner \(nvidia-smi exited with 9: NVIDIA-SMI has failed because it couldn't communicate with the NVIDIA driver/);
    expect(fs.existsSync(marker)).toBe(false);
  });

  it('stop-on-nan: stops the diverged run and its worker at the NaN line, no timeout needed, and quotes the line redacted', async () => {
    const pidFile = path.join(fresh('nan'), 'worker.pid');
    const nanLine = 'epoch 1 step 40 | loss: nan | run https://ml:hunter2secret@tracking.example/run/7';
    const r = await diagnose({ command: `${node} ${nanScript} ${pidFile} '${nanLine}'`, 'stop-on-nan': 'true', 'kill-grace': '5', comment: 'false' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', status: 'fail', cause: 'nan-loss', 'exit-code': '' });
    const shown = 'epoch 1 step 40 | loss: nan | run https://ml:***@tracking.example/run/7';
    expect(r.diagnostics.run).toMatchObject({ timed_out: false, signal: 'SIGTERM', stopped_early: { cause: 'nan-loss', reason: 'the loss became NaN/inf', line: shown } });
    expect(r.diagnostics.run.stopped_early.elapsed_seconds).toBeGreaterThan(0);
    expect(r.diagnostics.cause).toMatchObject({ id: 'nan-loss', evidence: shown });
    expect(r.stdout).toMatch(/training-diagnostics: the loss became NaN\/inf after \d+\.\d s; stopping the command early: SIGTERM to its process group \(SIGKILL after 5s\)/);
    expect(r.summary).toContain('## ❌ FAIL Training stopped early: Loss became NaN/inf');
    expect(r.summary).toMatch(/\*\*Stopped early\*\* after \d+\.\d s: the loss became NaN\/inf — `epoch 1 step 40 \| loss: nan \| run https:\/\/ml:\*\*\*@tracking\.example\/run\/7`\./);
    expect(r.summary).toContain('| ended | stopped early: nan-loss (SIGTERM) |');
    for (const text of [r.summary, JSON.stringify(r.diagnostics)]) expect(text).not.toContain('hunter2secret');
    const worker = Number(fs.readFileSync(pidFile, 'utf8'));
    while (processAlive(worker)) await new Promise((res) => setTimeout(res, 50));
  });

  it('without stop-on-nan the same run goes on until its timeout, as before', async () => {
    const pidFile = path.join(fresh('nan-off'), 'worker.pid');
    const r = await diagnose({ command: `${node} ${nanScript} ${pidFile}`, timeout: '2', 'kill-grace': '1', comment: 'false' });
    expect(r.outputs).toMatchObject({ passed: 'false', cause: 'timeout' });
    expect(r.diagnostics.run).toMatchObject({ timed_out: true, stopped_early: null });
    expect(r.diagnostics.cause.also_seen).toContain('nan-loss');
    expect(r.stdout).not.toContain('stopping the command early');
  });

  it('stall-minutes: every GPU at 0% for the window stops a command that would run for ten minutes', async () => {
    const r = await diagnose({ command: 'sleep 600', 'stall-minutes': '0.02', 'gpu-sample-interval': '0.2', comment: 'false' }, { gpu: '0 4000\n', env: { FAKE_NVIDIA_SMI_GPUS: '2' } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ passed: 'false', status: 'fail', cause: 'gpu-stall' });
    const stop = r.diagnostics.run.stopped_early;
    expect(stop).toMatchObject({ cause: 'gpu-stall', line: null });
    expect(stop.reason).toMatch(/^every GPU \(2\) stayed at or below 5% utilisation for \d+\.\d s \(highest seen 0%\)$/);
    expect(Number(/for (\d+\.\d) s/.exec(stop.reason)![1])).toBeGreaterThanOrEqual(1.2);
    expect(r.diagnostics.cause).toMatchObject({ id: 'gpu-stall', title: 'GPUs stalled' });
    expect(r.summary).toContain('## ❌ FAIL Training stopped early: GPUs stalled');
    expect(r.summary).toMatch(/\*\*Stopped early\*\* after \d+\.\d s: every GPU \(2\) stayed at or below 5% utilisation/);
  });

  it('stall-minutes with busy GPUs does not stop the command', async () => {
    // The command ends on its own after 15 samples (>= 2.8 s of sampling), well past the 1.2 s window.
    const r = await diagnose({ command: `${node} ${waitForSamples} 15`, 'stall-minutes': '0.02', 'gpu-sample-interval': '0.2', comment: 'false' }, { gpu: '95 70000\n', env: { FAKE_NVIDIA_SMI_GPUS: '2' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', cause: 'none' });
    expect(r.stdout).toContain('training finished after');
    expect(r.diagnostics.run.stopped_early).toBeNull();
    expect(r.warnings).toEqual([]);
  });

  it('stall-minutes without nvidia-smi: one warning, and the command is never stopped for it', async () => {
    const r = await diagnose({ command: `${node} -e "console.log('epoch 1 done')"`, 'stall-minutes': '0.02', 'gpu-sample-interval': '0.2', comment: 'false' });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', cause: 'none' });
    expect(r.warnings).toEqual(['training-diagnostics: stall detection is off: nvidia-smi is not on PATH, so GPU utilisation cannot be seen; the command is never stopped for a stall the action cannot see']);
  });

  it('stall-minutes with a failing driver: one warning however many samples fail, and the command finishes', async () => {
    const r = await diagnose({ command: `${node} ${waitForSamples} 12`, 'stall-minutes': '0.02', 'gpu-sample-interval': '0.2', comment: 'false' }, { gpu: '0 100\n', env: { FAKE_NVIDIA_SMI_FAIL: '1' } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ passed: 'true', cause: 'none' });
    expect(r.warnings.filter((w) => w.startsWith('training-diagnostics: stall detection is off: nvidia-smi failed'))).toHaveLength(1);
  });
});

describe('training-diagnostics cleanup mode', () => {
  const MARKER = 'github_5b0e3c1d-2f4a-4e8b-9c7d-1a2b3c4d5e6f';

  /** A stand-in for a trainer still holding a GPU; resolves once it runs. */
  async function holder(env: Record<string, string>) {
    const child = spawn(process.execPath, ['-e', "console.log('ready'); setInterval(() => {}, 1 << 30)"], { env: { PATH: process.env.PATH ?? '', ...env }, stdio: ['ignore', 'pipe', 'ignore'] });
    await new Promise((res) => child.stdout.once('data', res));
    return child;
  }

  it("ends the GPU process this job left behind, leaves one started outside the job, and shows GPU memory before and after", async () => {
    const ours = await holder({ RUNNER_TRACKING_ID: MARKER });
    const foreign = await holder({});
    try {
      const apps = path.join(fresh('apps'), 'apps.txt');
      fs.writeFileSync(apps, `${ours.pid} 9000 /usr/bin/python3\n${foreign.pid} 500 /usr/bin/python3\n`);
      const r = await diagnose({ mode: 'cleanup', 'kill-grace': '5' }, { gpu: '0 100\n', env: { RUNNER_TRACKING_ID: MARKER, FAKE_NVIDIA_SMI_APPS: apps } });
      expect(r.exitCode).toBe(0);
      expect(r.outputs).toMatchObject({ passed: 'true', status: 'pass', 'failed-checks': '[]' });
      expect(r.outputs.cause).toBeUndefined();
      expect(processAlive(ours.pid!)).toBe(false);
      expect(processAlive(foreign.pid!)).toBe(true);
      expect(r.stdout).toContain(`training-diagnostics: GPU process ${ours.pid} (/usr/bin/python3, 9000 MiB): killed — left behind by this job; ended by SIGTERM`);
      expect(r.stdout).toContain(`training-diagnostics: GPU process ${foreign.pid} (/usr/bin/python3, 500 MiB): left — not started by a job (no RUNNER_TRACKING_ID)`);
      expect(r.stdout).toContain('training-diagnostics: GPU 0 (Tesla V100-SXM2-16GB): 9600 MiB used before the cleanup, 600 MiB after, of 16384 MiB');
      expect(r.summary).toContain('GPU cleanup: ended 1 process left by this job');
      const report = JSON.parse(fs.readFileSync(path.join(r.reportDir, 'report.json'), 'utf8'));
      expect(report.data.cleanup.processes.map((p: { pid: number; verdict: string }) => [p.pid, p.verdict])).toEqual([[ours.pid, 'killed'], [foreign.pid, 'left']]);
      expect(fs.existsSync(path.join(r.reportDir, 'training_diagnostics.json'))).toBe(false);
    } finally {
      ours.kill('SIGKILL');
      foreign.kill('SIGKILL');
    }
  });

  it('never fails the job: no nvidia-smi is a warning', async () => {
    const r = await diagnose({ mode: 'cleanup' });
    expect(r.exitCode).toBe(0);
    // A warning, not a failed check: with the default fail-on the cleanup step stays green.
    expect(r.outputs).toMatchObject({ passed: 'true', status: 'warn', 'failed-checks': '[]' });
    expect(r.warnings).toEqual(['GPU processes left by this job: nvidia-smi is not on PATH, so GPU processes cannot be listed (is this a GPU runner?)']);
    expect(r.errors).toEqual([]);
  });
});

describe('training-diagnostics collect mode', () => {
  it('reads only the tail of a 2 MB traceback and still names the exception; the comment fits GitHub', async () => {
    const log = path.join(fresh('collect'), 'train.log');
    const frames = Array.from({ length: 32000 }, (_, i) => `  File "/w/src/model.py", line ${100 + (i % 50)}, in forward\n    return self.block(x)\n`).join('');
    fs.writeFileSync(log, `epoch 1\nTraceback (most recent call last):\n${frames}torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB.\n`);
    expect(fs.statSync(log).size).toBeGreaterThan(2 * 1024 * 1024);
    const before = gh.state.comments.length;
    const r = await diagnose({ mode: 'collect', 'log-file': log, 'exit-code': '1', 'github-token': gh.token, 'artifact-name': 'collect-big' }, { env: prEnv(), event: { name: 'pull_request', payload: prOpened } });
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toMatchObject({ status: 'warn', cause: 'cuda-oom', 'exit-code': '1' });
    expect(r.diagnostics.error.type).toBe('torch.OutOfMemoryError');
    expect(r.diagnostics.run).toMatchObject({ mode: 'collect', log_bytes: fs.statSync(log).size });
    expect(r.summary.length).toBeLessThan(1024 * 1024);
    const comment = gh.state.comments.at(-1)!;
    expect(gh.state.comments.length).toBe(before + 1);
    expect(comment.body.length).toBeLessThanOrEqual(65536);
    expect(comment.body).toContain('characters cut');
    expect(comment.body).toContain('torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 20.00 MiB.');
  });

  it('tolerates binary junk in the log and finds the disk-full line after it', async () => {
    const log = path.join(fresh('junk'), 'train.log');
    const junk = Buffer.alloc(64 * 1024);
    for (let i = 0; i < junk.length; i++) junk[i] = (i * 2654435761) >>> 24;
    fs.writeFileSync(log, Buffer.concat([Buffer.from('saving checkpoint\n'), junk, Buffer.from('\nOSError: [Errno 28] No space left on device: \'/ckpt/epoch_9.pt\'\n')]));
    const r = await diagnose({ mode: 'collect', 'log-file': log, comment: 'false' });
    expect(r.exitCode).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.outputs.cause).toBe('disk-full');
    expect(r.stdout).toMatch(/\d+ line\(s\) of the log were binary data/);
    // eslint-disable-next-line no-control-regex
    expect(fs.readFileSync(path.join(r.reportDir, 'training-log-tail.txt'), 'utf8')).not.toMatch(/[\u0000-\u0008]/);
  });

  it('exit 137 given in collect mode is the OOM killer', async () => {
    const log = path.join(fresh('collect137'), 'train.log');
    fs.writeFileSync(log, 'epoch 4 step 900\n');
    const r = await diagnose({ mode: 'collect', 'log-file': log, 'exit-code': '137', comment: 'false', 'fail-on': 'warning' });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toMatchObject({ cause: 'host-oom', status: 'warn' });
  });
});

describe('training-diagnostics artifact upload', () => {
  it('with the runner\'s artifact variables, uploads training_diagnostics.json and the log tail under artifact-name', async () => {
    const service = await startArtifactService();
    try {
      const r = await diagnose({ command: `/usr/bin/python3 ${path.join(fixtures, 'cuda_oom.py')}`, 'artifact-name': 'gpu-run-7', comment: 'false' }, { node: 'node24', env: service.env });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.cause).toBe('cuda-oom');
      const a = service.artifact('gpu-run-7');
      expect(a).toBeDefined();
      expect(r.stdout).toContain(`training-diagnostics: uploaded artifact "gpu-run-7" (${a!.blob!.length} bytes)`);
      expect(r.stdout).not.toContain('::notice title=training-diagnostics%3A artifact');
      expect(r.warnings).toEqual([]);
      const entries = zipEntries(a!.blob!);
      expect(Object.keys(entries).sort()).toEqual(['training-log-tail.txt', 'training_diagnostics.json']);
      expect(JSON.parse(entries['training_diagnostics.json']!.toString('utf8'))).toEqual(r.diagnostics);
      const tail = entries['training-log-tail.txt']!.toString('utf8');
      expect(tail).toBe(fs.readFileSync(path.join(r.reportDir, 'training-log-tail.txt'), 'utf8'));
      expect(tail).toContain('torch.OutOfMemoryError: CUDA out of memory. Tried to allocate 1.53 GiB.');
    } finally {
      await service.close();
    }
  });
});

describe('training-diagnostics bad input', () => {
  it.each([
    [{ command: 'python train.py && echo done' }, /^input "command" uses the shell syntax "&".*`command: bash train\.sh`/],
    [{ command: 'python train.py --lr $LR' }, /^input "command" uses the shell syntax "\$"/],
    [{}, /^input "command" is required in mode: run/],
    [{ command: 'definitely-not-a-program-xyz --epochs 1' }, /^input "command": "definitely-not-a-program-xyz" was not found on PATH/],
    [{ command: 'true', timeout: 'soon' }, /^input "timeout" is "soon", not a duration/],
    [{ mode: 'train' }, /^input "mode" /],
    [{ mode: 'collect', 'log-file': 'no/such/train.log' }, /^input "log-file": no\/such\/train\.log does not exist\. Write the training output to it/],
    [{ mode: 'collect', command: 'python train.py' }, /^input "command" is for mode: run/],
    [{ command: 'true', 'exit-code': '1' }, /^input "exit-code" is for mode: collect/],
    [{ command: 'true', 'working-directory': 'no/such/dir' }, /^input "working-directory" is "no\/such\/dir", which is not a directory/],
    [{ command: 'true', 'gpu-count': '0' }, /^input "gpu-count" must be at least 1 \(leave it empty for no GPU check\)/],
    [{ command: 'true', 'gpu-count': 'two' }, /^input "gpu-count" expected a number, got "two"/],
    [{ command: 'true', 'gpu-count': '1.5' }, /^input "gpu-count" must be a whole number of GPUs, e\.g\. 4/],
    [{ command: 'true', 'stall-minutes': '-1' }, /^input "stall-minutes" must be more than 0 minutes \(leave it empty to turn stall detection off\)/],
    [{ command: 'true', 'stall-utilization': '150' }, /^input "stall-utilization" must be a percentage from 0 to 100/],
    [{ command: 'true', 'stop-on-nan': 'yes' }, /^input "stop-on-nan" expected true or false, got "yes"/],
    [{ command: 'true', 'stall-minutes': '0.001' }, /^input "stall-minutes" is 0\.001 \(0\.06 s\), shorter than gpu-sample-interval \(5 s\)/],
    [{ mode: 'clean' }, /^input "mode" /],
    [{ mode: 'collect', 'gpu-count': '2' }, /^input "gpu-count" is for mode: run/],
    [{ mode: 'collect', 'stop-on-nan': 'true' }, /^input "stop-on-nan" is for mode: run/],
    [{ mode: 'cleanup', command: 'python train.py' }, /^input "command" is not used in mode: cleanup/],
    [{ mode: 'cleanup', 'stall-minutes': '5' }, /^input "stall-minutes" is not used in mode: cleanup/],
  ])('%j', async (inputs, message) => {
    await expectOneErrorLine(inputs as Record<string, string>, message);
  });

  it('a PR comment that cannot be posted (403 from a fork token) is a warning; the training result stands', async () => {
    gh.inject('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { kind: 'status', status: 403 });
    const r = await diagnose({ command: 'false', 'github-token': gh.token, 'artifact-name': 'forbidden' }, { env: prEnv(), event: { name: 'pull_request', payload: prOpened } });
    expect(r.exitCode).toBe(1);
    expect(r.outputs.cause).toBe('unknown');
    expect(r.warnings.some((w) => /could not post the PR comment on #\d+: HTTP 403 .*pull-requests: write/.test(w))).toBe(true);
    expect(r.errors).toHaveLength(2); // the check's annotation and the step failure, nothing about the comment
  });

  it('retries a 502 from GitHub and posts the comment', async () => {
    gh.inject('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { kind: 'status', status: 502 });
    const r = await diagnose({ command: 'false', 'github-token': gh.token, 'artifact-name': 'flaky-api' }, { env: prEnv(), event: { name: 'pull_request', payload: prOpened } });
    expect(r.stdout).toMatch(/PR comment created: https:\/\/github\.com\/Codertocat\/Hello-World\/pull\/\d+#issuecomment-\d+/);
    expect(gh.state.comments.filter((c) => c.body.includes('<!-- mlship:training-diagnostics:flaky-api -->'))).toHaveLength(1);
  });

  it('without a token on a PR event: a notice, no comment, no crash', async () => {
    const before = gh.state.comments.length;
    const r = await diagnose({ command: 'false' }, { env: prEnv(), event: { name: 'pull_request', payload: prOpened } });
    expect(r.exitCode).toBe(1);
    expect(r.stdout).toContain('::notice title=training-diagnostics%3A comment::no github-token, so no PR comment was posted');
    expect(gh.state.comments.length).toBe(before);
  });

  it('a data-path that cannot be read is a warning in the diagnostics, not a lost diagnosis', async () => {
    const r = await diagnose({ command: 'false', 'data-path': 'no/such/train.parquet', comment: 'false' });
    expect(r.outputs.cause).toBe('unknown');
    expect(r.diagnostics.data_stats.error).toMatch(/no\/such\/train\.parquet/);
    expect(r.warnings.some((w) => w.includes('data stats for no/such/train.parquet could not be computed'))).toBe(true);
  });
});

export type { RunResult };
