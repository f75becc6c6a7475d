import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export interface KubectlStandIn {
  /** The temp directory holding `kubectl`, its state.json and calls.jsonl. */
  dir: string;
  /** PATH with the stand-in first. */
  path: string;
  statePath: string;
  /** Every argument list kubectl was called with, in order. */
  calls(): string[][];
}

/**
 * Installs `script` (CommonJS, run by this Node; it appends its argv to
 * calls.jsonl and keeps its cluster in state.json beside itself) as an
 * executable `kubectl` in a fresh temp directory, with `state` as the
 * starting state. The plumbing shared by the Deployment and the route stand-ins.
 */
export function installKubectlScript(script: string, state: unknown): KubectlStandIn {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-kubectl-'));
  const statePath = path.join(dir, 'state.json');
  const callsPath = path.join(dir, 'calls.jsonl');
  fs.writeFileSync(path.join(dir, 'kubectl.cjs'), script);
  fs.writeFileSync(path.join(dir, 'kubectl'), `#!/bin/sh\nexec "${process.execPath}" "${path.join(dir, 'kubectl.cjs')}" "$@"\n`, { mode: 0o755 });
  fs.writeFileSync(statePath, JSON.stringify(state));
  fs.writeFileSync(callsPath, '');
  return {
    dir,
    path: `${dir}${path.delimiter}${process.env.PATH ?? ''}`,
    statePath,
    calls: () =>
      fs
        .readFileSync(callsPath, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as string[]),
  };
}
