// @ts-check
/**
 * Release versions: `vMAJOR.MINOR.PATCH[-PRERELEASE]` tags, their semver
 * precedence, and the moving tags (`v1`, `v1.2`) a release may carry.
 */
import { ReleaseError } from './errors.js';

/**
 * @typedef {object} Version
 * @property {string} tag        the tag as written, e.g. v1.2.0-rc.1
 * @property {string} text       without the v, as package.json and CHANGELOG.md write it
 * @property {number} major
 * @property {number} minor
 * @property {number} patch
 * @property {string[]} prerelease  dot-separated identifiers after `-`; empty for a release
 */

// semver.org's grammar, build metadata left out (see parseVersion).
const NUM = '0|[1-9]\\d*';
const PRE_ID = `${NUM}|\\d*[a-zA-Z-][0-9a-zA-Z-]*`;
const TAG = new RegExp(`^v(${NUM})\\.(${NUM})\\.(${NUM})(?:-((?:${PRE_ID})(?:\\.(?:${PRE_ID}))*))?$`);

/**
 * @param {string} input
 * @returns {Version}
 */
export function parseVersion(input) {
  const tag = input.trim().replace(/^refs\/tags\//, '');
  const fix = 'write it as vMAJOR.MINOR.PATCH, e.g. v1.2.0, or v1.3.0-rc.1 for a pre-release';
  if (!tag) throw new ReleaseError(`no version given: ${fix}`);
  const m = TAG.exec(tag);
  if (m) {
    return {
      tag,
      text: tag.slice(1),
      major: Number(m[1]),
      minor: Number(m[2]),
      patch: Number(m[3]),
      prerelease: m[4] ? m[4].split('.') : [],
    };
  }
  if (TAG.test(`v${tag}`)) throw new ReleaseError(`version "${tag}" has no v prefix: release tags are v-prefixed, use v${tag}`);
  if (/\+/.test(tag) && TAG.test(tag.replace(/\+.*$/, ''))) {
    throw new ReleaseError(`version "${tag}" carries build metadata (+…), which semver ignores when ordering versions: release ${tag.replace(/\+.*$/, '')} instead`);
  }
  if (/^v\d+(\.\d+)?$/.test(tag)) {
    throw new ReleaseError(`version "${tag}" is a moving tag, which the release moves itself: release a full version (${tag}${tag.includes('.') ? '' : '.0'}.0 or similar)`);
  }
  throw new ReleaseError(`version "${tag}" is not a semantic version: ${fix} (numbers without leading zeros)`);
}

/** @param {Version} v */
export const isPrerelease = (v) => v.prerelease.length > 0;

/**
 * Semver precedence: <0 when a is older than b, 0 when equal, >0 when newer.
 * @param {Version} a
 * @param {Version} b
 */
export function compareVersions(a, b) {
  for (const k of /** @type {const} */ (['major', 'minor', 'patch'])) if (a[k] !== b[k]) return a[k] - b[k];
  // A pre-release is older than the release it precedes.
  if (!a.prerelease.length || !b.prerelease.length) return b.prerelease.length - a.prerelease.length;
  for (let i = 0; i < Math.max(a.prerelease.length, b.prerelease.length); i++) {
    const x = a.prerelease[i];
    const y = b.prerelease[i];
    if (x === undefined) return -1;
    if (y === undefined) return 1;
    if (x === y) continue;
    const xn = /^\d+$/.test(x);
    const yn = /^\d+$/.test(y);
    if (xn && yn) return Number(x) - Number(y);
    // Numeric identifiers sort before alphanumeric ones; alphanumeric ones in ASCII order.
    if (xn !== yn) return xn ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return 0;
}

/**
 * The moving tags a release of `v` updates, widest first: `v1` then `v1.2`.
 * A pre-release moves none: `@v1` users must never get a release candidate.
 * @param {Version} v
 * @returns {{ name: string, covers: (other: Version) => boolean }[]}
 */
export function movingTagsFor(v) {
  if (isPrerelease(v)) return [];
  return [
    { name: `v${v.major}`, covers: (o) => o.major === v.major },
    { name: `v${v.major}.${v.minor}`, covers: (o) => o.major === v.major && o.minor === v.minor },
  ];
}

/**
 * The version tags among `names` (anything else, moving tags included, is skipped).
 * @param {Iterable<string>} names
 * @returns {Version[]}
 */
export function versionTags(names) {
  const out = [];
  for (const name of names) {
    if (!TAG.test(name)) continue;
    out.push(parseVersion(name));
  }
  return out;
}
