// @ts-check
/**
 * A version's notes from CHANGELOG.md in Keep a Changelog form:
 *
 *   ## [Unreleased]
 *   ## [1.2.0] - 2026-12-06
 *   ### Added
 *   - …
 *   [1.2.0]: https://github.com/owner/repo/compare/v1.1.0...v1.2.0
 *
 * The notes are the lines between the version's heading and the next `## `
 * heading, without the link definitions Keep a Changelog puts at the end.
 */
import { ReleaseError } from './errors.js';

const FILE = 'CHANGELOG.md';
const HEADING = /^##\s+(?!#)(.*?)\s*$/;
const LINK_DEFINITION = /^\[[^\]]+\]:\s*\S+/;

/**
 * @param {string} markdown  the text of CHANGELOG.md
 * @param {string} version   without the v, e.g. 1.2.0
 * @returns {{ date: string, notes: string }}
 */
export function releaseNotes(markdown, version) {
  const lines = markdown.split(/\r?\n/);
  const fix = `add a "## [${version}] - YYYY-MM-DD" section listing its changes (move them from "## [Unreleased]")`;
  let start = -1;
  let date = '';
  let inFence = false;
  for (const [i, line] of lines.entries()) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    const h = inFence ? null : HEADING.exec(line);
    if (!h) continue;
    const entry = /^\[?v?([^\]\s]+?)\]?(?:\s+[-–—]\s+(.*))?$/.exec(h[1] ?? '');
    if (!entry || entry[1] !== version) continue;
    if (start >= 0) throw new ReleaseError(`${FILE} has two entries for ${version} (lines ${start} and ${i + 1}): keep one`);
    start = i + 1;
    date = (entry[2] ?? '').trim();
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
      throw new ReleaseError(`${FILE}:${i + 1}: the entry for ${version} has ${date ? `the date "${date}"` : 'no date'}: write the heading as "## [${version}] - YYYY-MM-DD"`);
    }
  }
  if (start < 0) throw new ReleaseError(`${FILE} has no entry for ${version}: ${fix}`);

  const body = [];
  inFence = false;
  for (const line of lines.slice(start)) {
    if (/^\s*(```|~~~)/.test(line)) inFence = !inFence;
    if (!inFence && (HEADING.test(line) || /^#\s/.test(line))) break;
    body.push(line);
  }
  while (body.length && (!body[body.length - 1]?.trim() || LINK_DEFINITION.test(body[body.length - 1] ?? ''))) body.pop();
  while (body.length && !body[0]?.trim()) body.shift();
  if (!body.length) throw new ReleaseError(`${FILE}:${start}: the entry for ${version} is empty: list its changes under the heading`);
  return { date, notes: body.join('\n') };
}
