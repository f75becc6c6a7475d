// @ts-check
/**
 * A mistake the maintainer can fix (a bad version, a missing CHANGELOG entry,
 * a tag on the wrong commit): release.js prints its message as the one line
 * and exits 1. Anything else is a bug and keeps its stack.
 */
export class ReleaseError extends Error {
  /** @param {string} message */
  constructor(message) {
    super(message);
    this.name = 'ReleaseError';
  }
}
