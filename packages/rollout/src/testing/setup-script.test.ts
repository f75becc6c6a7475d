/**
 * scripts/setup-test-servers.sh, the pretest hook that provides Prometheus (and
 * MLflow, after it): quiet when it is installed, one clear line and exit 1 when it
 * is missing and cannot be installed. (The install path itself ran on this
 * machine: `apt-get install prometheus` took 12.7 s with package lists present.)
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const script = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../../scripts/setup-test-servers.sh');

/** A PATH holding only the named programs (symlinked from this machine), so "missing" can be staged without uninstalling anything. */
function pathWith(...programs: string[]): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'setup-path-'));
  for (const p of programs) {
    const found = spawnSync('sh', ['-c', `command -v ${p}`], { encoding: 'utf8' }).stdout.trim();
    if (found) fs.symlinkSync(found, path.join(dir, p));
  }
  return dir;
}

/** What the script needs before it gets to Prometheus. */
const basics = ['dirname'];

const run = (PATH: string) => spawnSync('/bin/bash', [script], { encoding: 'utf8', env: { PATH, HOME: os.tmpdir() } });

describe('setup-test-servers.sh', () => {
  it('prints the installed version and succeeds when prometheus and promtool are on PATH', () => {
    // The MLflow part that follows needs the usual tools; this machine's MLflow is set up already.
    const r = run(pathWith('prometheus', 'promtool', 'head', ...basics, 'tar', 'mktemp', 'dpkg-query', 'grep', 'tail', 'rm', 'mkdir'));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^setup-test-servers: prometheus, version 2\.\d+/);
  });

  it('explains itself and exits 1 when Prometheus is missing and there is no apt-get', () => {
    const r = run(pathWith('id', 'head', ...basics));
    expect(r.status).toBe(1);
    expect(r.stderr.split('\n').filter(Boolean)).toEqual([
      'setup-test-servers: prometheus/promtool are missing and this machine has no apt-get to install them.',
      'setup-test-servers: the rollout tests need a real Prometheus; install prometheus and promtool (2.x; Debian/Ubuntu: apt-get install prometheus, macOS: brew install prometheus) and re-run npm test.',
    ]);
  });

  it('says it needs root when it is not root and has no password-less sudo', () => {
    const dir = pathWith('head', ...basics);
    // Stand-ins: a non-root id, and an apt-get that must never be reached.
    fs.writeFileSync(path.join(dir, 'id'), '#!/bin/sh\necho 1000\n', { mode: 0o755 });
    fs.writeFileSync(path.join(dir, 'apt-get'), '#!/bin/sh\necho apt-get was run >&2; exit 3\n', { mode: 0o755 });
    const r = run(dir);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('setup-test-servers: prometheus/promtool are missing and installing them needs root (run: sudo apt-get install -y --no-install-recommends prometheus).');
    expect(r.stderr).not.toContain('apt-get was run');
  });
});
