import fs from 'node:fs';
import path from 'node:path';
import { UserError } from './errors';

/** Whether `p` is `dir` or lies below it (both absolute). */
export const isInside = (dir: string, p: string): boolean => {
  const r = path.relative(dir, p);
  return r === '' || (r !== '..' && !r.startsWith(`..${path.sep}`) && !path.isAbsolute(r));
};

/**
 * A file or directory the user named inside the workspace is controlled by
 * whoever controls the checkout — a pull request, for one — so a link there
 * must not lead the step to a file elsewhere on the runner (a token, a key).
 * When GITHUB_WORKSPACE is set (a runner) and `named` lies in it, its real path
 * must too; the link that leaves is named. A path named outside the workspace
 * (`/mnt/datasets/train`) is the workflow author's own choice, and without a
 * workspace (the CLI on a laptop) there is nothing to confine to.
 */
export function refuseLinkOutOfWorkspace(named: string, where: string, show: (abs: string) => string = (p) => p): void {
  const workspace = process.env.GITHUB_WORKSPACE;
  if (!workspace) return;
  const ws = path.resolve(workspace);
  let wsReal = ws;
  try {
    wsReal = fs.realpathSync(ws);
  } catch {
    // A workspace that does not exist holds nothing to compare with; the lexical path stands in.
  }
  const from = isInside(ws, named) ? ws : isInside(wsReal, named) ? wsReal : undefined;
  if (from === undefined || isInside(wsReal, fs.realpathSync(named))) return;
  // The first component whose real path leaves the workspace is a link: its parent's real path is inside.
  const segments = path.relative(from, named).split(path.sep);
  for (let i = 1; i <= segments.length; i++) {
    const prefix = path.join(from, ...segments.slice(0, i));
    if (isInside(wsReal, fs.realpathSync(prefix))) continue;
    throw new UserError(`${show(prefix)} is a link to ${fs.readlinkSync(prefix)}, outside the workspace ${ws}`, {
      where,
      hint: 'Replace the link with the file itself, or name the real location directly; links that leave the workspace are refused so that a pull request cannot make the step read other files on the runner.',
    });
  }
}
