import * as core from '@actions/core';
import os from 'node:os';
import type { ActionIO } from './io';

/** ActionIO over the runner contract: INPUT_*, GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, workflow commands. */
export function runnerIO(): ActionIO {
  return {
    getInput: (name) => core.getInput(name) || undefined,
    setOutput: (name, value) => core.setOutput(name, value),
    setSecret: (value) => core.setSecret(value),
    appendSummary: async (md) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      await core.summary.addRaw(md, true).write();
      core.summary.emptyBuffer();
    },
    annotate: (severity, message, location) => {
      const props = location ? { file: location.file, startLine: location.line, title: location.title } : undefined;
      if (severity === 'error') core.error(message, props);
      else if (severity === 'warning') core.warning(message, props);
      else core.notice(message, props);
    },
    info: (m) => core.info(m),
    warning: (m) => core.warning(m),
    debug: (m) => core.debug(m),
    setFailed: (m) => core.setFailed(m),
    tempDir: () => process.env.RUNNER_TEMP || os.tmpdir(),
    env: (name) => process.env[name],
  };
}
