/**
 * GTO's git tag names (iterative/gto, gto/constants.py `tag_re` and gto/tag.py
 * `TagTemplates`), so a repository promoted by mlship reads the same in `gto show`:
 *
 *   name@v1.2.0          register version v1.2.0 on the tagged commit
 *   name@v1.2.0!#N       deregister it
 *   name#stage#N         assign the stage to the tagged commit's version
 *   name#stage!#N        unassign it
 *   name@deprecated#N    deprecate the whole artifact
 *
 * N is one counter per artifact (max over all its tags + 1); it orders events
 * that share a tagger timestamp (one-second resolution) and makes two
 * concurrent promotions collide on the same tag name instead of both landing.
 * A `dir:name` artifact is written `dir=name` in tags.
 */
export type TagEvent =
  | { action: 'register'; version: string }
  | { action: 'deregister'; version: string }
  | { action: 'assign'; stage: string }
  | { action: 'unassign'; stage: string }
  | { action: 'deprecate' };

export type ParsedTag = TagEvent & { artifact: string; counter?: number };

const name = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const semver =
  '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?';
const artifactInTag = `(?:[a-zA-Z0-9\\-_./]+=)?${name}`;

const tagRe = new RegExp(
  `^(?<artifact>${artifactInTag})(?:(?:#(?<stage>${name})|@(?<version>v${semver}))(?<cancel>!?)|@(?<deprecated>deprecated))(?:#(?<counter>[0-9]+))?$`,
);
const nameRe = new RegExp(`^${name}$`);
const artifactRe = new RegExp(`^(?:[a-zA-Z0-9\\-_./]+:)?${name}$`);
const versionRe = new RegExp(`^v${semver}$`);

export const isValidArtifactName = (s: string) => artifactRe.test(s);
export const isValidStageName = (s: string) => nameRe.test(s);
export const isValidVersion = (s: string) => versionRe.test(s);

/** `1.2.0` and `v1.2.0` both mean the tag `name@v1.2.0`. */
export const normalizeVersion = (s: string) => (/^\d/.test(s) ? `v${s}` : s);

export function parseTagName(tag: string): ParsedTag | undefined {
  const m = tagRe.exec(tag);
  if (!m?.groups) return undefined;
  const g = m.groups;
  const artifact = g.artifact!.replace('=', ':');
  const counter = g.counter === undefined ? {} : { counter: Number(g.counter) };
  const cancel = g.cancel === '!';
  if (g.deprecated) return { artifact, action: 'deprecate', ...counter };
  if (g.version) return { artifact, action: cancel ? 'deregister' : 'register', version: g.version, ...counter };
  return { artifact, action: cancel ? 'unassign' : 'assign', stage: g.stage!, ...counter };
}

export function formatTagName(artifact: string, event: TagEvent, counter?: number): string {
  const a = artifact.replace(':', '=');
  const n = counter === undefined ? '' : `#${counter}`;
  switch (event.action) {
    case 'register':
      return `${a}@${event.version}${n}`;
    case 'deregister':
      return `${a}@${event.version}!${n}`;
    case 'assign':
      return `${a}#${event.stage}${n}`;
    case 'unassign':
      return `${a}#${event.stage}!${n}`;
    case 'deprecate':
      return `${a}@deprecated${n}`;
  }
}

/** Semantic-version precedence (semver.org §11), `v` prefix and build metadata ignored. */
export function compareSemver(a: string, b: string): number {
  const split = (v: string) => {
    const core = v.replace(/^v/, '').split('+')[0]!;
    const dash = core.indexOf('-');
    return { nums: (dash < 0 ? core : core.slice(0, dash)).split('.').map(Number), pre: dash < 0 ? [] : core.slice(dash + 1).split('.') };
  };
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < 3; i++) if (x.nums[i] !== y.nums[i]) return x.nums[i]! - y.nums[i]!;
  if (!x.pre.length || !y.pre.length) return y.pre.length - x.pre.length;
  for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
    const p = x.pre[i];
    const q = y.pre[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pn = /^\d+$/.test(p);
    const qn = /^\d+$/.test(q);
    if (pn && qn) return Number(p) - Number(q);
    if (pn !== qn) return pn ? -1 : 1;
    return p < q ? -1 : 1;
  }
  return 0;
}
