import fs from 'node:fs/promises';
import { UserError, refuseLinkOutOfWorkspace } from '@mlship/core';

/**
 * Where a dataset may lead. A pull request controls the files under `data/`, so a
 * link in them (`ln -s ../../.git/config data/train/p2.csv`) would make the data
 * gate read the runner's files into report.json. Links are followed only while
 * their real path stays inside the dataset's root (and the named root inside the
 * workspace); every check runs on the path before it is opened or listed.
 */

const HINT_OUT = 'Replace the link with the file itself, or name the real location directly; links that leave the named data are refused so that a pull request cannot make the step read other files on the runner (such as .git/config).';

export interface Shown {
  /** How a path is shown in messages (relative to the working directory where it can be). */
  show: (abs: string) => string;
  /** Which input the message is about: `data data/train/`. */
  where: string;
}

/** The link's own text, as `ls -l` shows it; the message names where it points as the user wrote it. */
const target = (link: string): Promise<string> => fs.readlink(link);

/**
 * The real path of a link met while walking a dataset, or undefined when it dangles.
 * A loop is refused here: whatever the link is named, it can never be read.
 */
export async function followLink(link: string, at: Shown): Promise<string | undefined> {
  try {
    return await fs.realpath(link);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return undefined;
    if (code === 'ELOOP') throw new UserError(`${at.show(link)} is a link loop (it points to ${await target(link)})`, { where: at.where, hint: 'Replace the link with the file or directory it should point to.' });
    throw new UserError(`cannot follow the link ${at.show(link)} (${code ?? (e as Error).message})`, { where: at.where });
  }
}

export const danglingLink = async (link: string, at: Shown): Promise<UserError> =>
  new UserError(`${at.show(link)} is a link to ${await target(link)}, which does not exist`, { where: at.where, hint: 'Remove the link or restore the file it points to.' });

export const linkOutOfDataset = async (link: string, root: string, at: Shown): Promise<UserError> =>
  new UserError(`${at.show(link)} is a link to ${await target(link)}, outside the dataset ${at.show(root)}`, { where: at.where, hint: HINT_OUT });

export const linkLoop = async (link: string, at: Shown): Promise<UserError> =>
  new UserError(`${at.show(link)} is a link loop: it points to ${await target(link)}, a directory that contains it`, { where: at.where, hint: 'Remove the link; a dataset directory cannot contain itself.' });

export const readTwice = (again: string, first: string, at: Shown): UserError =>
  new UserError(`${at.show(again)} and ${at.show(first)} are the same file or directory (one is reached through a link), so its rows would be read twice`, { where: at.where, hint: 'Remove the link, or point the data at one of the two paths.' });

/**
 * The named root's real path. It may be a link (`data/latest -> v3`), but a root
 * named inside the workspace must stay in it (see refuseLinkOutOfWorkspace).
 */
export async function realRoot(root: string, at: Shown): Promise<string> {
  refuseLinkOutOfWorkspace(root, at.where, at.show);
  return fs.realpath(root);
}
