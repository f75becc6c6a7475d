/**
 * A traffic command for the bundle tests: a script that appends its arguments
 * to a file, so a test sees exactly what a user's set-weight script would
 * receive, call by call.
 */
import fs from 'node:fs';
import path from 'node:path';

/** `dir` is created; `args` is the argument template after the script, e.g. ['--canary', '{{canary}}']. */
export function recordingCommand(dir: string, args: string[]) {
  fs.mkdirSync(dir, { recursive: true });
  const out = path.join(dir, 'argv.jsonl');
  fs.writeFileSync(out, '');
  const script = path.join(dir, 'record-argv.cjs');
  fs.writeFileSync(script, `require('fs').appendFileSync(${JSON.stringify(out)}, JSON.stringify(process.argv.slice(2)) + '\\n');`);
  return {
    command: JSON.stringify([process.execPath, script, ...args]),
    calls: () =>
      fs
        .readFileSync(out, 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as string[]),
  };
}
