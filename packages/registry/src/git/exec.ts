import { nodeChildProcess } from '@mlship/core/builtin';

/** A git command that exited non-zero; `stderr` is git's own explanation. */
export class GitCommandError extends Error {
  override readonly name = 'GitCommandError';
  constructor(
    readonly args: string[],
    readonly code: number | string | null,
    readonly stderr: string,
  ) {
    super(`git ${args[0]} failed (${code}): ${stderr.trim().split('\n').at(-1) ?? ''}`);
  }
}

export interface GitRunOptions {
  cwd: string;
  /** Added to the environment of this one command (auth config, committer identity). */
  env?: Record<string, string>;
  timeoutMs?: number;
}

/**
 * Runs git with an argument vector, never through a shell, so model names,
 * stage names and messages are data. Prompts are disabled: in CI a credential
 * prompt would hang the job instead of failing it.
 */
export function runGit(args: string[], opts: GitRunOptions): Promise<string> {
  return new Promise((resolve, reject) => {
    nodeChildProcess().execFile(
      'git',
      args,
      {
        cwd: opts.cwd,
        env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', ...opts.env },
        maxBuffer: 256 * 1024 * 1024,
        timeout: opts.timeoutMs ?? 120_000,
        encoding: 'utf8',
      },
      (error, stdout, stderr) => {
        if (error) {
          const code = (error as NodeJS.ErrnoException & { code?: number | string }).code ?? null;
          reject(new GitCommandError(args, code, stderr || error.message));
        } else resolve(stdout);
      },
    );
  });
}

/**
 * Command-scoped git config that sends the workflow token the way
 * actions/checkout does (`AUTHORIZATION: basic base64(x-access-token:TOKEN)`).
 * Given through GIT_CONFIG_COUNT/KEY/VALUE — the environment form of `git -c` —
 * so the token is neither written to .git/config nor visible in the process
 * list. The key is scoped to the remote's origin URL, like checkout's own: git
 * applies an `http.extraheader` only from the most specific matching URL, so an
 * unscoped key would lose to checkout's persisted one, and the leading empty
 * value clears that persisted header instead of sending two Authorization
 * headers (which GitHub rejects).
 */
export function tokenAuthEnv(remoteUrl: string, token: string): Record<string, string> {
  let origin: string;
  try {
    const u = new URL(remoteUrl);
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return {};
    origin = `${u.protocol}//${u.host}/`;
  } catch {
    // scp-like ssh remotes (git@github.com:o/r.git) and local paths authenticate otherwise.
    return {};
  }
  const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
  const key = `http.${origin}.extraheader`;
  return { GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: '', GIT_CONFIG_KEY_1: key, GIT_CONFIG_VALUE_1: header };
}
