import { statusOf, type GitHub } from './client';

export interface LabelSpec {
  name: string;
  /** Six hex digits without '#'; default ededed (GitHub's grey). */
  color?: string;
  description?: string;
}

/** Creates the labels the repository lacks (one listing, then one POST per missing label); returns the names created. */
export async function ensureLabels(gh: GitHub, p: { owner: string; repo: string; labels: LabelSpec[] }): Promise<string[]> {
  if (!p.labels.length) return [];
  const existing = await gh.paginate(gh.rest.issues.listLabelsForRepo, { owner: p.owner, repo: p.repo, per_page: 100 });
  // Label names are case-insensitive on GitHub.
  const have = new Set(existing.map((l) => l.name.toLowerCase()));
  const created: string[] = [];
  for (const label of p.labels) {
    if (have.has(label.name.toLowerCase())) continue;
    have.add(label.name.toLowerCase());
    try {
      await gh.rest.issues.createLabel({
        owner: p.owner,
        repo: p.repo,
        name: label.name,
        color: (label.color ?? 'ededed').replace(/^#/, ''),
        ...(label.description ? { description: label.description.slice(0, 100) } : {}),
      });
      created.push(label.name);
    } catch (e) {
      // 422 already_exists: another run created it between the listing and now.
      if (statusOf(e) === 422 && /already_exists|already exists/i.test(JSON.stringify((e as { response?: { data?: unknown } }).response?.data ?? ''))) continue;
      throw e;
    }
  }
  return created;
}

/** Adds labels to an issue or pull request (creating missing ones first); labels already on it are not sent. */
export async function addLabels(gh: GitHub, p: { owner: string; repo: string; issueNumber: number; labels: LabelSpec[]; current?: string[] }): Promise<{ added: string[]; created: string[] }> {
  const current = new Set((p.current ?? []).map((l) => l.toLowerCase()));
  const wanted = p.labels.filter((l) => !current.has(l.name.toLowerCase()));
  if (!wanted.length) return { added: [], created: [] };
  const created = await ensureLabels(gh, { owner: p.owner, repo: p.repo, labels: wanted });
  await gh.rest.issues.addLabels({ owner: p.owner, repo: p.repo, issue_number: p.issueNumber, labels: wanted.map((l) => l.name) });
  return { added: wanted.map((l) => l.name), created };
}
