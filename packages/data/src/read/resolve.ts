import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError } from '@mlship/core';
import { compileGlob, GlobRefusal, isGlobPattern, loadRegexEngine } from '@mlship/core/glob';
import type { DataFile } from '../table';
import { realRoot } from './confine';
import { formatOf } from './file-formats';
import { TABLE_FORMAT_NAMES, tableFormatOf } from './table-formats';
import { walkDataset, type WalkRules } from './walk';

const KNOWN = 'Data must be .parquet, .csv, .tsv or .jsonl (optionally .csv.gz / .jsonl.gz).';

/**
 * Turns what the user passed — a file, a directory (read recursively, hive
 * partitions included) or a glob — into the sorted list of data files.
 */
export async function resolveDataFiles(spec: string, cwd: string, role: string): Promise<DataFile[]> {
  const where = `${role} ${spec}`;
  const trimmed = spec.trim();
  if (!trimmed) throw new UserError(`no ${role} path given`, { where: role, hint: 'Pass a file, directory or glob.' });

  const at = { show: (abs: string) => rel(cwd, abs), where };
  let base: string;
  let paths: string[];
  if (isGlobPattern(trimmed)) {
    const pattern = trimmed.replace(/\\/g, '/');
    await loadRegexEngine();
    base = path.resolve(cwd, globBase(pattern));
    // A base that is missing (or a file) matches nothing, as a glob over it would.
    const baseStat = await fs.stat(base).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT' || e.code === 'ENOTDIR') return undefined;
      throw new UserError(`cannot read ${rel(cwd, base)} (${e.code ?? e.message})`, { where });
    });
    const baseReal = baseStat?.isDirectory() ? await realRoot(base, at) : undefined;
    paths = baseReal === undefined ? [] : await walkDataset(base, baseReal, globRules(path.relative(base, path.resolve(cwd, pattern)).split(path.sep).join('/'), where), at);
    if (paths.length === 0) {
      throw new UserError('the pattern matches no files', { where, hint: 'Check the path relative to the working directory; quote the glob so the shell does not expand it.' });
    }
    const unknown = paths.find((p) => !formatOf(p));
    if (unknown) throw new UserError(`${rel(cwd, unknown)} is not a data file`, { where, hint: `${KNOWN} Narrow the pattern, e.g. **/*.parquet.` });
  } else {
    const abs = path.resolve(cwd, trimmed);
    const stat = await fs.stat(abs).catch((e: NodeJS.ErrnoException) => {
      if (e.code === 'ENOENT') throw new UserError('no such file or directory', { where, hint: 'Check the path relative to the working directory (and that the data was downloaded, e.g. by `dvc pull`).' });
      if (e.code === 'ELOOP') throw new UserError(`${trimmed} is a link loop`, { where, hint: 'Replace the link with the file or directory it should point to.' });
      throw new UserError(`cannot read (${e.code ?? e.message})`, { where });
    });
    const real = await realRoot(abs, at);
    if (stat.isDirectory()) {
      const table = await tableFormatOf(abs);
      if (table) {
        throw new UserError(`${trimmed} is ${TABLE_FORMAT_NAMES[table]}: its data files hold rows that later versions deleted or rewrote, so reading them as files would count the wrong rows`, {
          where,
          hint: 'Use engine: duckdb, which reads the current snapshot of the table, or export the snapshot to parquet and validate that.',
        });
      }
      base = abs;
      paths = await walkDataset(abs, real, { keep: (p) => formatOf(p) !== undefined, descend: () => true }, at);
      if (paths.length === 0) throw new UserError('the directory holds no data files', { where, hint: KNOWN });
    } else {
      base = path.dirname(abs);
      paths = [abs];
    }
  }

  const files = await Promise.all(paths.map((p) => describeFile(p, base, cwd)));
  const formats = [...new Set(files.map((f) => f.format))];
  if (formats.length > 1) {
    throw new UserError(`mixes ${formats.join(' and ')} files`, { where, hint: 'Point at one format, e.g. a glob ending in *.parquet.' });
  }
  checkPartitionKeys(files, where);
  return files;
}

async function describeFile(abs: string, base: string, cwd: string): Promise<DataFile> {
  const shown = rel(cwd, abs);
  const stat = await fs.stat(abs);
  const format = formatOf(abs) ?? (await sniffFormat(abs));
  if (!format) throw new UserError('unknown file type', { where: shown, hint: KNOWN });
  if (stat.size === 0) throw new UserError('the file is empty', { where: shown, hint: 'Regenerate it, or remove it from the dataset.' });
  return { path: shown, format, sizeBytes: stat.size, mtimeMs: stat.mtimeMs, partitions: hivePartitions(path.relative(base, path.dirname(abs))) };
}

/** An explicitly named file without a known extension is identified by parquet's magic bytes. */
async function sniffFormat(abs: string): Promise<DataFile['format'] | undefined> {
  const fh = await fs.open(abs, 'r');
  try {
    const { buffer, bytesRead } = await fh.read(Buffer.alloc(4), 0, 4, 0);
    return bytesRead === 4 && buffer.toString('latin1') === 'PAR1' ? 'parquet' : undefined;
  } finally {
    await fh.close();
  }
}

/** `year=2024/month=05` → { year: '2024', month: '05' }; values are URL-decoded as Hive writes them. */
export function hivePartitions(relDir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const seg of relDir.split(/[\\/]/)) {
    const eq = seg.indexOf('=');
    if (eq <= 0) continue;
    const value = decodeURIComponent(seg.slice(eq + 1));
    out[decodeURIComponent(seg.slice(0, eq))] = value;
  }
  return out;
}

function checkPartitionKeys(files: DataFile[], where: string): void {
  const keysOf = (f: DataFile) => Object.keys(f.partitions).join('/');
  const first = keysOf(files[0]!);
  const odd = files.find((f) => keysOf(f) !== first);
  if (odd) {
    throw new UserError(`${odd.path} is partitioned by "${keysOf(odd) || 'nothing'}" but ${files[0]!.path} by "${first || 'nothing'}"`, {
      where,
      hint: 'Every file of a partitioned dataset needs the same key=value directories.',
    });
  }
}

/**
 * The part of a glob after its base directory, as walk rules: a file is kept when it
 * matches; a directory is entered only when it can lead to a match, so `*.csv`
 * never lists the subdirectories. Braces and extglobs may hold a `/`, so they are
 * not split into segments and every directory is entered.
 */
function globRules(rest: string, where: string): WalkRules {
  // Linear-time matching: a directory's file names are not the config author's to choose.
  const compile = (glob: string) => {
    try {
      return compileGlob(glob);
    } catch (e) {
      if (e instanceof GlobRefusal) throw new UserError(`the pattern ${e.problem}`, { where, hint: e.hint });
      throw e;
    }
  };
  const keep = compile(rest);
  if (/[{(]/.test(rest)) return { keep, descend: () => true };
  const segs = rest.split('/');
  const globstar = segs.findIndex((s) => s.includes('**'));
  const prefixes = segs.map((_, i) => compile(segs.slice(0, i + 1).join('/')));
  return {
    keep,
    descend(relDir) {
      const depth = relDir.split('/').length;
      if (globstar >= 0 && depth > globstar) return true;
      return depth < segs.length && prefixes[depth - 1]!(relDir);
    },
  };
}

/** The directory part of a glob before its first wildcard segment. */
function globBase(pattern: string): string {
  const segs = pattern.split('/');
  const i = segs.findIndex((s) => isGlobPattern(s));
  return segs.slice(0, i < 0 ? segs.length - 1 : i).join('/') || '.';
}

export const rel = (cwd: string, abs: string): string => {
  const r = path.relative(cwd, abs);
  return r && !r.startsWith('..') && !path.isAbsolute(r) ? r : abs;
};
