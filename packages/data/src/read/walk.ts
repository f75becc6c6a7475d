import fs from 'node:fs/promises';
import path from 'node:path';
import { UserError, isInside } from '@mlship/core';
import { danglingLink, followLink, linkLoop, linkOutOfDataset, readTwice, type Shown } from './confine';

export interface WalkRules {
  /** Whether a file at this path (relative to the root, `/`-separated) belongs to the dataset. */
  keep(rel: string): boolean;
  /** Whether a directory at this relative path may hold such files; false prunes it unlisted. */
  descend(rel: string): boolean;
}

/**
 * The files below a dataset root, as paths through the root as named (so hive
 * keys and messages follow the user's names), sorted. Files and directories whose
 * names start with `.` or `_` (`_SUCCESS`, `_delta_log/`, `.crc`) are not data,
 * as in pyarrow.dataset, and are never looked at. A link is followed only when its
 * real path stays inside the root's real path, checked before it is opened or
 * listed; each real file and directory is reached once, so a link loop ends the
 * walk with one line instead of running forever.
 */
export async function walkDataset(root: string, rootReal: string, rules: WalkRules, at: Shown): Promise<string[]> {
  const files: string[] = [];
  /** Real path → the path it was first reached by. */
  const reached = new Map<string, string>([[rootReal, root]]);

  const visit = async (dir: string, dirReal: string, relDir: string): Promise<void> => {
    const listed = await fs.readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
      throw new UserError(`cannot list ${at.show(dir)} (${e.code ?? e.message})`, { where: at.where, hint: 'Check that the job can read every directory of the dataset.' });
    });
    const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const entry of entries) {
      if (entry.name.startsWith('.') || entry.name.startsWith('_')) continue;
      const abs = path.join(dir, entry.name);
      const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
      let real = path.join(dirReal, entry.name);
      let isDir = entry.isDirectory();
      let isFile = entry.isFile();
      if (entry.isSymbolicLink()) {
        const followed = await followLink(abs, at);
        if (followed === undefined) {
          if (rules.keep(rel)) throw await danglingLink(abs, at);
          continue;
        }
        real = followed;
        const stat = await fs.stat(real);
        isDir = stat.isDirectory();
        isFile = stat.isFile();
        const wanted = isDir ? rules.descend(rel) : rules.keep(rel);
        if (!wanted) continue;
        if (!isInside(rootReal, real)) throw await linkOutOfDataset(abs, root, at);
        if (isDir && isInside(real, dirReal)) throw await linkLoop(abs, at);
      }
      if (isDir) {
        if (!rules.descend(rel)) continue;
        const first = reached.get(real);
        if (first !== undefined) throw readTwice(abs, first, at);
        reached.set(real, abs);
        await visit(abs, real, rel);
      } else if (rules.keep(rel)) {
        if (!isFile) throw new UserError(`${at.show(abs)} is not a regular file`, { where: at.where, hint: 'A dataset holds regular files only; move pipes, sockets and devices out of it.' });
        const first = reached.get(real);
        if (first !== undefined) throw readTwice(abs, first, at);
        reached.set(real, abs);
        files.push(abs);
      }
    }
  };

  await visit(root, rootReal, '');
  return files.sort();
}
