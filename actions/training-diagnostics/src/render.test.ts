import { commentBody, describeEnd, formatBytes, inlineCode } from './render';
import type { Diagnostics } from './diagnostics';

const base = (over: Partial<Diagnostics> = {}): Diagnostics => ({
  timestamp: '2026-01-01T00:00:00.000Z',
  python_version: '3.10.14',
  environment: { torch_version: null, cuda_available: null, cuda_version: null, gpu_count: 0, gpus: [], numpy_version: null, pandas_version: null, python_executable: null, notes: [] },
  data_stats: {},
  error: null,
  cause: null,
  run: { mode: 'run', command: 'python train.py', exit_code: 1, signal: null, timed_out: false, cancelled: false, oom_killed: null, duration_seconds: 75, peak_rss_bytes: 3 * 2 ** 30, peak_rss_method: 'x', log_file: '/tmp/l', log_bytes: 10, stopped_early: null },
  gpu_check: null,
  gpu_utilization: null,
  host: { os: 'Linux', kernel: '6', arch: 'x64', cpu_model: null, cpu_count: 1, memory_total_bytes: 1, memory_available_bytes: 1, disk_free_bytes: null, disk_total_bytes: null, disk_path: '/' },
  runner: { name: null, os: null, arch: null, environment: null, labels: [], workflow: null, job: null, run_id: null, run_attempt: null },
  env_vars: {},
  ...over,
});

describe('PR comment rendering', () => {
  it('keeps PR-controlled text inert: markdown, HTML, mentions, fences in logs and column names', () => {
    const tb = 'Traceback (most recent call last):\n  File "x.py", line 1, in <module>\n```\n</details>\n@octo-org/admins <img src=x onerror=alert(1)>\nValueError: bad `value` @someone';
    const body = commentBody({
      d: base({
        error: { type: 'ValueError', message: 'bad `value` @someone', traceback: tb, frames: [] },
        data_stats: { rows: 2, columns: ['a|b', '<script>'], null_counts: { 'a|b': 1, '<script>': 2 }, dtypes: { 'a|b': 'object', '<script>': 'float64' }, files: 1 },
      }),
      classification: { cause: 'unknown', title: 'Unclassified failure', remedy: 'Read the log.', evidence: 'exit code 1', alsoSeen: [] },
      samples: [],
      lastLines: ['``` </details> @here'],
      failed: true,
    });
    expect(body).toContain('**Error:** ``ValueError: bad `value` @someone``');
    expect(body).toContain('- Columns with nulls: a\\|b (1), &lt;script> (2)');
    // The traceback holds ``` so its fence is longer; nothing inside can close it or the <details>.
    expect(body).toContain('<summary>Full Traceback</summary>\n\n````\nTraceback (most recent call last):');
    expect(body.match(/<details>/g)).toHaveLength(2);
    const outside = body.replace(/(`{3,})\n[\s\S]*?\n\1/g, '');
    expect(outside).not.toContain('<img');
    expect(outside).not.toContain('@octo-org');
    expect(outside.match(/<\/details>/g)).toHaveLength(2);
  });

  it('cuts a huge traceback from the front, keeping the error at its end', () => {
    const tb = 'Traceback (most recent call last):\n' + '  File "m.py", line 1, in f\n'.repeat(5000) + 'RecursionError: maximum recursion depth exceeded';
    const body = commentBody({ d: base({ error: { type: 'RecursionError', message: 'maximum recursion depth exceeded', traceback: tb, frames: [] } }), samples: [], lastLines: [], failed: true });
    expect(body.length).toBeLessThan(40_000);
    expect(body).toMatch(/… \d+ characters cut …/);
    expect(body).toContain('RecursionError: maximum recursion depth exceeded\n```');
  });

  it('says a run was stopped early, why, when, and quotes the line', () => {
    const d = base({ run: { ...base().run, exit_code: null, signal: 'SIGTERM', duration_seconds: 755, stopped_early: { cause: 'nan-loss', reason: 'the loss became NaN/inf', line: "{'loss': nan, 'epoch': 0.4}", elapsed_seconds: 754 } } });
    const body = commentBody({ d, classification: { cause: 'nan-loss', title: 'Loss became NaN/inf', remedy: 'Lower the learning rate.', evidence: "{'loss': nan, 'epoch': 0.4}", alsoSeen: [] }, samples: [], lastLines: [], failed: true });
    expect(body).toContain('## ❌ Training stopped early: Loss became NaN/inf');
    expect(body).toContain("**Stopped early** after 12 min 34 s: the loss became NaN/inf — `{'loss': nan, 'epoch': 0.4}`");
    expect(body).toContain('**Run:** stopped early: nan-loss (SIGTERM) after 12 min 35 s');
  });

  it('says a command that never started why, once, without run vitals', () => {
    const problem = 'gpu-count is 4 but nvidia-smi lists 2 GPUs on this runner (Tesla T4, Tesla T4): the job landed on a runner with fewer GPUs — check the runner labels in runs-on';
    const d = base({
      run: { ...base().run, exit_code: null, duration_seconds: null, peak_rss_bytes: null },
      gpu_check: { required: 4, found: 2, names: ['Tesla T4', 'Tesla T4'], passed: false, problem },
      error: { type: 'GpuUnavailable', message: problem, traceback: '', frames: [] },
    });
    const body = commentBody({ d, classification: { cause: 'gpu-unavailable', title: 'GPUs unavailable', remedy: 'Fix runs-on.', evidence: problem, alsoSeen: [] }, samples: [], lastLines: [], failed: true });
    expect(body).toBe(`## ❌ Training not started: GPUs unavailable\n\n**Cause:** GPUs unavailable (\`gpu-unavailable\`), from \`${problem}\`\n\n**Remedy:** Fix runs-on.\n`);
  });

  it('says a passing run resolved the earlier failure', () => {
    const body = commentBody({ d: base({ run: { ...base().run, exit_code: 0 } }), samples: [], lastLines: [], failed: false });
    expect(body).toBe('## ✅ Training succeeded\n\nFinished in 1 min 15 s, peak RSS 3.0 GiB. The earlier failure report is resolved.\n');
  });

  it('formats how a run ended, sizes and inline code', () => {
    expect(describeEnd({ ...base().run, timed_out: true, signal: 'SIGTERM', exit_code: null })).toBe('timed out (SIGTERM)');
    expect(describeEnd({ ...base().run, signal: 'SIGKILL', exit_code: null })).toBe('killed by SIGKILL');
    expect(describeEnd({ ...base().run, mode: 'collect', exit_code: null })).toBe('not known (collect mode)');
    expect(describeEnd({ ...base().run, exit_code: null })).toBe('did not start');
    expect(describeEnd({ ...base().run, exit_code: null, signal: 'SIGTERM', stopped_early: { cause: 'gpu-stall', reason: 'idle', line: null, elapsed_seconds: 900 } })).toBe('stopped early: gpu-stall (SIGTERM)');
    expect([formatBytes(512), formatBytes(4096), formatBytes(5 * 2 ** 20), formatBytes(null)]).toEqual(['512 B', '4 KiB', '5 MiB', 'n/a']);
    expect(inlineCode('`x`')).toBe('`` `x` ``');
    expect(inlineCode('a\nb')).toBe('`a b`');
  });
});
