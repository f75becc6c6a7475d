import { statusOf, type GitHub } from './client';

export type RepoPermission = 'admin' | 'maintain' | 'write' | 'triage' | 'read' | 'none';
const KNOWN: RepoPermission[] = ['admin', 'maintain', 'write', 'triage', 'read', 'none'];

/**
 * A user's role on the repository (role_name: admin, maintain, write, triage,
 * read; custom roles fall back to the legacy `permission`). Not a
 * collaborator → "none".
 */
export async function repoPermission(gh: GitHub, p: { owner: string; repo: string; username: string }): Promise<RepoPermission> {
  try {
    const { data } = await gh.rest.repos.getCollaboratorPermissionLevel({ owner: p.owner, repo: p.repo, username: p.username });
    const role = (data as { role_name?: string }).role_name;
    if (role && (KNOWN as string[]).includes(role)) return role as RepoPermission;
    return (KNOWN as string[]).includes(data.permission) ? (data.permission as RepoPermission) : 'none';
  } catch (e) {
    if (statusOf(e) === 404) return 'none';
    throw e;
  }
}

/** Write access or more: may edit anyone's comment on GitHub, so may tick a checklist. */
export const canWrite = (p: RepoPermission): boolean => p === 'admin' || p === 'maintain' || p === 'write';
