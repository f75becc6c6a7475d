import { compareSemver, parseTagName, type ParsedTag } from './tag-names';
import { parseTagMessage, type TagMetadata } from './tag-message';

/** One tag as `git for-each-ref` reports it. */
export interface TagRecord {
  tag: string;
  /** The commit the tag points at (peeled for annotated tags). */
  commit: string;
  /** Tagger time, seconds since the epoch (0 for lightweight tags). */
  time: number;
  message: string;
}

interface Event {
  tag: string;
  parsed: ParsedTag;
  commit: string;
  time: number;
  meta: TagMetadata;
}

export interface VersionState {
  version: string;
  commit: string;
  tag: string;
  meta: TagMetadata;
  /** False once deregistered (`name@v1.0.0!#N`). */
  active: boolean;
}

/** One artifact's registry, rebuilt from its tags the way GTO indexes them. */
export interface ArtifactState {
  name: string;
  versions: Map<string, VersionState>;
  deprecated: boolean;
  /** Highest `#N` counter among the artifact's tags (0 when none). */
  counter: number;
  /** Every tag name of the artifact, to notice concurrent writers. */
  tags: Set<string>;
  /** Versions whose most recent event on the stage is an assignment, keyed by stage. */
  stages: Map<string, Set<string>>;
  /** Every assignment tag in order (the promotion history). */
  assignments: { stage: string; version: string; time: number; meta: TagMetadata }[];
}

/** Tagger time orders events as in GTO; the counter breaks same-second ties. */
const byTime = (a: Event, b: Event) => a.time - b.time || (a.parsed.counter ?? 0) - (b.parsed.counter ?? 0);

export function buildState(name: string, records: TagRecord[]): ArtifactState {
  const events: Event[] = [];
  for (const r of records) {
    const parsed = parseTagName(r.tag);
    if (parsed?.artifact === name) events.push({ tag: r.tag, parsed, commit: r.commit, time: r.time, meta: parseTagMessage(r.message) });
  }
  events.sort(byTime);
  const state: ArtifactState = { name, versions: new Map(), deprecated: false, counter: 0, tags: new Set(), stages: new Map(), assignments: [] };
  for (const e of events) {
    state.tags.add(e.tag);
    state.counter = Math.max(state.counter, e.parsed.counter ?? 0);
    const p = e.parsed;
    if (p.action === 'register') state.versions.set(p.version, { version: p.version, commit: e.commit, tag: e.tag, meta: e.meta, active: true });
    else if (p.action === 'deregister') {
      const v = state.versions.get(p.version);
      if (v) v.active = false;
    } else if (p.action === 'deprecate') state.deprecated = true;
  }
  // Stage events need every registration first: an assignment names its version by commit.
  for (const e of events) {
    const p = e.parsed;
    if (p.action !== 'assign' && p.action !== 'unassign') continue;
    const version = versionOfCommit(state, e.commit, e.meta.version);
    const holders = state.stages.get(p.stage) ?? new Set<string>();
    state.stages.set(p.stage, holders);
    if (p.action === 'assign') {
      holders.add(version);
      state.assignments.push({ stage: p.stage, version, time: e.time, meta: e.meta });
    } else holders.delete(version);
  }
  return state;
}

/**
 * The registered version on a commit. The message's `version` decides when
 * several versions share the commit; an unregistered commit is its own
 * version, named by its hash, as GTO shows it.
 */
function versionOfCommit(state: ArtifactState, commit: string, hinted?: string): string {
  if (hinted && state.versions.get(hinted)?.commit === commit) return hinted;
  const onCommit = [...state.versions.values()].filter((v) => v.commit === commit).map((v) => v.version);
  return onCommit.sort(compareSemver).at(-1) ?? commit;
}

/** Active versions in the stage, greatest first (GTO's default semver view). */
export function versionsInStage(state: ArtifactState, stage: string): string[] {
  const all = [...(state.stages.get(stage) ?? [])].filter((v) => state.versions.get(v)?.active !== false);
  return all.sort((a, b) => compareVersionNames(b, a));
}

/** Registered versions sort by semver; commit-hash versions (unregistered) below all of them. */
function compareVersionNames(a: string, b: string): number {
  const sa = a.startsWith('v');
  const sb = b.startsWith('v');
  if (sa && sb) return compareSemver(a, b);
  if (sa !== sb) return sa ? 1 : -1;
  return a < b ? -1 : a > b ? 1 : 0;
}

export const holderOf = (state: ArtifactState, stage: string): string | null => versionsInStage(state, stage)[0] ?? null;

export function latestRegistered(state: ArtifactState): string | null {
  const active = [...state.versions.values()].filter((v) => v.active).map((v) => v.version);
  return active.sort(compareSemver).at(-1) ?? null;
}

export function stagesOf(state: ArtifactState, version: string): string[] {
  return [...state.stages.keys()].filter((s) => versionsInStage(state, s).includes(version)).sort();
}
