import fs from 'node:fs';
import path from 'node:path';
import { glob } from 'tinyglobby';

/** The `junit` input: one path or glob per line (not commas: a glob like reports/{unit,e2e}.xml holds them). */
export const junitPatterns = (input: string): string[] =>
  input
    .split(/\r?\n/)
    .map((p) => p.trim())
    .filter(Boolean);

/** What a file looked like before an attempt, to tell a file the attempt wrote from one left over. */
export type Snapshot = Map<string, string>;

const signature = (file: string): string | undefined => {
  try {
    const s = fs.statSync(file);
    return `${s.ino}:${s.size}:${s.mtimeMs}`;
  } catch {
    return undefined;
  }
};

export async function matchJUnit(patterns: string[], cwd: string): Promise<string[]> {
  return (await glob(patterns, { cwd, absolute: true, onlyFiles: true })).sort();
}

export async function snapshotJUnit(patterns: string[], cwd: string): Promise<Snapshot> {
  const files = await matchJUnit(patterns, cwd);
  return new Map(files.map((f) => [f, signature(f) ?? '']));
}

/** Files matching now: those the attempt wrote (new or changed) and those left untouched from before it. */
export async function collectJUnit(patterns: string[], cwd: string, before: Snapshot): Promise<{ written: string[]; stale: string[] }> {
  const written: string[] = [];
  const stale: string[] = [];
  for (const f of await matchJUnit(patterns, cwd)) (before.get(f) === signature(f) ? stale : written).push(f);
  return { written, stale };
}

/** Copies an attempt's files under `<reportDir>/attempt-<n>/`, keeping their path below the working directory. */
export function keepCopies(files: string[], cwd: string, dir: string): string[] {
  return files.map((f) => {
    const rel = path.relative(cwd, f);
    const target = path.join(dir, rel.startsWith('..') || path.isAbsolute(rel) ? path.basename(f) : rel);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.copyFileSync(f, target);
    return target;
  });
}
