// @ts-check
/**
 * Where a release puts the moving tags (`v1`, `v1.2`): at the release commit,
 * unless that would move a tag back to an older version than the one it marks
 * now — a v1.0.1 patch released after v1.1.0 moves v1.0, never v1.
 */
import { ReleaseError } from './errors.js';
import { compareVersions, isPrerelease, movingTagsFor, versionTags } from './version.js';

/**
 * @typedef {import('./version.js').Version} Version
 * @typedef {{ tag: string, from?: string, fromVersion?: string, to: string }} Move
 * @typedef {{ tag: string, at: string, atVersion: string, reason: string }} Hold
 */

/**
 * @param {Version} version     the version being released
 * @param {string} commit       its commit
 * @param {Map<string, string>} tags  the remote's tags → commits
 * @returns {{ moves: Move[], holds: Hold[] }}
 */
export function planMovingTags(version, commit, tags) {
  /** @type {Move[]} */
  const moves = [];
  /** @type {Hold[]} */
  const holds = [];
  for (const moving of movingTagsFor(version)) {
    const current = tags.get(moving.name);
    if (current === undefined) {
      moves.push({ tag: moving.name, to: commit });
      continue;
    }
    // What the tag marks now: the newest release (of the same line) tagged at its commit.
    const there = versionTags([...tags].filter(([, sha]) => sha === current).map(([name]) => name))
      .filter((v) => !isPrerelease(v) && moving.covers(v))
      .sort(compareVersions)
      .pop();
    if (!there) {
      throw new ReleaseError(
        `${moving.name} points at ${current.slice(0, 12)}, which has no v${moving.name.slice(1)}.x release tag, so it is unclear whether ${version.tag} is newer: ` +
          `point ${moving.name} at the release it should mark (git push --force origin <release tag>^{commit}:refs/tags/${moving.name}) and rerun`,
      );
    }
    if (compareVersions(version, there) < 0) {
      holds.push({ tag: moving.name, at: current, atVersion: there.tag, reason: `${there.tag} is newer than ${version.tag}` });
    } else {
      moves.push({ tag: moving.name, from: current, fromVersion: there.tag, to: commit });
    }
  }
  return { moves, holds };
}

/**
 * Whether the release is the newest full release, the one GitHub should show as
 * "Latest": not a pre-release, and no higher stable version is tagged.
 * @param {Version} version
 * @param {Map<string, string>} tags
 */
export function isLatest(version, tags) {
  if (isPrerelease(version)) return false;
  return versionTags(tags.keys()).every((v) => isPrerelease(v) || compareVersions(v, version) <= 0);
}
