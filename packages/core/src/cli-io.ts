import fs from 'node:fs';
import os from 'node:os';
import type { ActionIO } from './io';

export interface CliIOOptions {
  inputs: Record<string, string>;
  /** Where `--summary FILE` asked the markdown job summary to go. */
  summaryFile?: string;
  write?: (text: string) => void;
  writeError?: (text: string) => void;
}

/**
 * ActionIO for a terminal: inputs come from flags, outputs and annotations are
 * printed, secrets are masked in everything printed. Same contract as the runner.
 */
export function cliIO(options: CliIOOptions): ActionIO & { outputs: Record<string, string>; failure?: string } {
  const secrets: string[] = [];
  const mask = (s: string) => secrets.reduce((acc, sec) => acc.split(sec).join('***'), s);
  const out = (t: string) => (options.write ?? ((x) => process.stdout.write(x)))(mask(t));
  const err = (t: string) => (options.writeError ?? ((x) => process.stderr.write(x)))(mask(t));
  const state = {
    outputs: {} as Record<string, string>,
    failure: undefined as string | undefined,
    getInput: (name: string) => options.inputs[name] || undefined,
    setOutput: (name: string, value: string) => {
      state.outputs[name] = value;
    },
    setSecret: (value: string) => {
      if (value) secrets.push(value);
    },
    /** A terminal cannot change its parent shell's environment: print a line to `eval` or copy (secrets as ***). */
    exported: {} as Record<string, string>,
    exportVariable: (name: string, value: string) => {
      state.exported[name] = value;
      out(`export ${name}='${value.replace(/'/g, `'\\''`)}'\n`);
    },
    appendSummary: async (md: string) => {
      if (options.summaryFile) fs.appendFileSync(options.summaryFile, md);
    },
    annotate: (severity: string, message: string, location?: { file?: string; line?: number }) => {
      const where = location?.file ? ` (${location.file}${location.line ? `:${location.line}` : ''})` : '';
      err(`${severity}: ${message}${where}\n`);
    },
    info: (m: string) => out(`${m}\n`),
    warning: (m: string) => err(`warning: ${m}\n`),
    debug: (m: string) => {
      if (process.env.MLSHIP_DEBUG) err(`debug: ${m}\n`);
    },
    setFailed: (m: string) => {
      state.failure = m;
      err(`error: ${m}\n`);
    },
    tempDir: () => os.tmpdir(),
    env: (name: string) => process.env[name],
    /** A terminal has no post step; state lives as long as this process. */
    savedState: {} as Record<string, string>,
    saveState: (name: string, value: string) => {
      state.savedState[name] = value;
    },
    getState: (name: string) => state.savedState[name],
  };
  return state;
}
