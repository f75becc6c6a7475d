import fs from 'node:fs';
import os from 'node:os';
import { UserError } from './errors';
import type { ActionIO } from './io';

/**
 * ActionIO over the runner contract: INPUT_* variables, the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and `::command::` lines on stdout.
 *
 * This speaks the protocol directly instead of through @actions/core: version 3
 * loads @actions/http-client and undici at import time for its OIDC client,
 * which was 80 ms of the 300 ms cold-start budget (bench/validate-data/RESULTS.md)
 * for a token no action here asks for. The few commands used are written exactly
 * as @actions/core writes them; runner-io.test.ts runs both side by side and
 * compares the bytes.
 */
export function runnerIO(env: NodeJS.ProcessEnv = process.env, write: (s: string) => void = (s) => process.stdout.write(s)): ActionIO {
  const issue = (command: string, message: string, properties: Record<string, string | number | undefined> = {}) => {
    const props = Object.entries(properties)
      .filter(([, v]) => v !== undefined && v !== '')
      .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
      .join(',');
    write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${os.EOL}`);
  };
  return {
    getInput: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim() || undefined,
    setOutput: (name, value) => {
      const file = env.GITHUB_OUTPUT;
      if (file) fs.appendFileSync(file, keyValueMessage(name, value), 'utf8');
      else {
        write(os.EOL);
        issue(`set-output name=${escapeProperty(name)}`, value);
      }
    },
    setSecret: (value) => issue('add-mask', value),
    exportVariable: (name, value) => {
      const file = env.GITHUB_ENV;
      // The set-env command has been disabled on GitHub since 2020; without the file the variable cannot reach later steps.
      if (!file) throw new UserError('cannot export variables: GITHUB_ENV is not set', { hint: 'Run this as a step of a GitHub Actions job, or locally through `npx mlship`, which prints export lines.' });
      fs.appendFileSync(file, keyValueMessage(name, value), 'utf8');
    },
    appendSummary: async (markdown) => {
      const file = env.GITHUB_STEP_SUMMARY;
      if (!file) return;
      await fs.promises.appendFile(file, markdown + os.EOL, 'utf8');
    },
    annotate: (severity, message, location) => {
      const command = severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
      issue(command, message, location ? { title: location.title, file: location.file, line: location.line } : {});
    },
    info: (m) => write(m + os.EOL),
    warning: (m) => issue('warning', m),
    debug: (m) => issue('debug', m),
    setFailed: (m) => {
      process.exitCode = 1;
      issue('error', m);
    },
    tempDir: () => env.RUNNER_TEMP || os.tmpdir(),
    env: (name) => env[name],
    saveState: (name, value) => {
      const file = env.GITHUB_STATE;
      if (file) fs.appendFileSync(file, keyValueMessage(name, value), 'utf8');
      else issue(`save-state name=${escapeProperty(name)}`, value);
    },
    getState: (name) => env[`STATE_${name}`] || undefined,
  };
}

/**
 * `name<<delimiter` heredoc, the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE
 * format. A value holding the delimiter is refused, so the delimiter need not
 * be secret, only unlikely to occur in a value: 128 random bits from
 * Math.random, laid out as @actions/core's UUID is (loading node:crypto for
 * that UUID took ~10 ms of every start).
 */
function keyValueMessage(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomId()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Unexpected input: output "${name}" contains the delimiter`);
  return `${name}<<${delimiter}${os.EOL}${value}${os.EOL}${delimiter}${os.EOL}`;
}

function randomId(): string {
  const hex = Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const escapeData = (s: string): string => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');

const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
