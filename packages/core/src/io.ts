import type { Severity } from './report';

/**
 * Everything an action may do to the outside world. The runner implementation
 * speaks the GitHub Actions file/command protocol; the CLI one prints to a terminal.
 * Actions only ever see this interface, so both paths run the same code.
 */
export interface ActionIO {
  /** Raw input value, or undefined when not given (empty string counts as not given). */
  getInput(name: string): string | undefined;
  setOutput(name: string, value: string): void;
  setSecret(value: string): void;
  /** Sets an environment variable for the following steps of the job (GITHUB_ENV on a runner). */
  exportVariable(name: string, value: string): void;
  appendSummary(markdown: string): Promise<void>;
  annotate(severity: Severity | 'notice', message: string, location?: { file?: string; line?: number; title?: string }): void;
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
  setFailed(message: string): void;
  /** Directory for scratch files (RUNNER_TEMP on a runner). */
  tempDir(): string;
  env(name: string): string | undefined;
  /** Keeps a value for this action's `post:` step (GITHUB_STATE on a runner). */
  saveState(name: string, value: string): void;
  /** A value the main step saved with saveState, read back in the `post:` step (STATE_<name>). */
  getState(name: string): string | undefined;
}
