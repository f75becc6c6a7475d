import { yamlParser } from '@mlship/core';
import type { ChangedFile, ChangeSource } from '@mlship/github';
import type { SectionResult } from './checklist';

/** .dvc files read per run (two reads each). */
export const DVC_LIMIT = 50;

/** One `outs:` entry of a .dvc file: what DVC tracks (a file, or a directory with `.dir` md5 and nfiles). */
export interface DvcOut {
  path: string;
  md5?: string;
  size?: number;
  nfiles?: number;
}

/** The outs of a .dvc file's text; a file that is not a DVC mapping gives an error string instead. */
export function parseDvcFile(text: string): DvcOut[] | string {
  const yaml = yamlParser();
  let doc: unknown;
  try {
    doc = yaml.parse(text, { maxAliasCount: 50 });
  } catch (e) {
    return `not valid YAML (${(e as Error).message.split('\n')[0]})`;
  }
  if (!doc || typeof doc !== 'object' || !Array.isArray((doc as { outs?: unknown }).outs)) return 'has no `outs:` list';
  const outs: DvcOut[] = [];
  for (const o of (doc as { outs: unknown[] }).outs) {
    if (!o || typeof o !== 'object') continue;
    const r = o as Record<string, unknown>;
    if (typeof r.path !== 'string') continue;
    // DVC 3 writes `md5:` with `hash: md5`; older files the same key. etag/checksum for cloud outs.
    const md5 = [r.md5, r.etag, r.checksum].find((v) => typeof v === 'string') as string | undefined;
    outs.push({ path: r.path, ...(md5 ? { md5 } : {}), ...(typeof r.size === 'number' ? { size: r.size } : {}), ...(typeof r.nfiles === 'number' ? { nfiles: r.nfiles } : {}) });
  }
  return outs;
}

export type DvcChange = 'added' | 'removed' | 'modified' | 'unchanged';

export interface DvcOutDiff {
  /** The .dvc file in the pull request. */
  dvcFile: string;
  /** The tracked path (relative to the .dvc file's directory). */
  path: string;
  change: DvcChange;
  old?: DvcOut;
  new?: DvcOut;
}

/** Old and new outs of one .dvc file, matched by path. `null` text: the file does not exist on that side. */
export function diffDvc(dvcFile: string, oldText: string | null, newText: string | null): { rows: DvcOutDiff[]; error?: string } {
  const before = oldText === null ? [] : parseDvcFile(oldText);
  const after = newText === null ? [] : parseDvcFile(newText);
  if (typeof after === 'string') return { rows: [], error: `new ${dvcFile} ${after}` };
  if (typeof before === 'string') return { rows: [], error: `old ${dvcFile} ${before}` };
  const paths = [...new Set([...before.map((o) => o.path), ...after.map((o) => o.path)])];
  const rows = paths.map((p): DvcOutDiff => {
    const o = before.find((x) => x.path === p);
    const n = after.find((x) => x.path === p);
    const change: DvcChange = !o ? 'added' : !n ? 'removed' : o.md5 !== n.md5 || o.size !== n.size || o.nfiles !== n.nfiles ? 'modified' : 'unchanged';
    return { dvcFile, path: p, change, ...(o ? { old: o } : {}), ...(n ? { new: n } : {}) };
  });
  return { rows };
}

export interface DvcChanges {
  rows: DvcOutDiff[];
  errors: string[];
  /** Changed .dvc files past DVC_LIMIT, not read. */
  skipped: number;
}

/**
 * Old and new outs of the changed .dvc files that made a section apply, read
 * from either side of the change: an added file has no old side, a removed
 * one no new side, a renamed or copied one is read at its old path on the base.
 */
export async function readDvcChanges(source: Pick<ChangeSource, 'readFile'>, files: ChangedFile[], sections: SectionResult[]): Promise<DvcChanges> {
  const matched = new Set(sections.flatMap((s) => s.files));
  const dvcFiles = files.filter((f) => f.filename.endsWith('.dvc') && matched.has(f.filename));
  const results = await Promise.all(
    dvcFiles.slice(0, DVC_LIMIT).map(async (f) => {
      const [oldText, newText] = await Promise.all([
        f.status === 'added' ? null : source.readFile('base', f.previous_filename ?? f.filename),
        f.status === 'removed' ? null : source.readFile('head', f.filename),
      ]);
      return diffDvc(f.filename, oldText, newText);
    }),
  );
  return { rows: results.flatMap((r) => r.rows), errors: results.flatMap((r) => (r.error ? [r.error] : [])), skipped: Math.max(0, dvcFiles.length - DVC_LIMIT) };
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

/** Bytes as a person reads them, in the binary units `du -h` and `dvc` use. */
export function humanBytes(n: number): string {
  const sign = n < 0 ? '-' : '';
  let v = Math.abs(n);
  let u = 0;
  while (v >= 1024 && u < UNITS.length - 1) {
    v /= 1024;
    u++;
  }
  return `${sign}${u === 0 ? v : v.toFixed(v < 10 ? 2 : 1)} ${UNITS[u]}`;
}

/** `+12.0 MiB (+3.5%)`; the percentage is left out when there was nothing before. */
export function sizeDelta(oldSize: number | undefined, newSize: number | undefined): string {
  if (oldSize === undefined || newSize === undefined) return '';
  const d = newSize - oldSize;
  if (d === 0) return '±0';
  const pct = oldSize > 0 ? ` (${d > 0 ? '+' : ''}${((d / oldSize) * 100).toFixed(1)}%)` : '';
  return `${d > 0 ? '+' : ''}${humanBytes(d)}${pct}`;
}

export function countDelta(oldN: number | undefined, newN: number | undefined): string {
  if (oldN === undefined && newN === undefined) return '';
  if (oldN === undefined) return String(newN);
  if (newN === undefined) return `${oldN} → —`;
  const d = newN - oldN;
  return d === 0 ? String(newN) : `${oldN} → ${newN} (${d > 0 ? '+' : ''}${d})`;
}
