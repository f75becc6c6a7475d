/**
 * Text values past LONG_TEXT_UNITS are held by the profile as a short label,
 * never as themselves: a column profile lives for the whole scan, and one
 * kept 60 MB cell (as a top value, the min, the max) stayed in memory to the
 * end and was copied into every report, which took a 60 MB field's run past
 * 1.6 GB of RSS. Distinct values and duplicate rows already count hashes.
 */
export const LONG_TEXT_UNITS = 1024;

/** Characters (UTF-16 units) of a long value kept in its label. */
const SHOWN_UNITS = 64;

/**
 * A copy of `s` that shares no memory with the string it was cut from. V8
 * makes a slice (and a `split` part) of 13 or more units a view that keeps the
 * whole parent alive: a short field cut from a reader's chunk would hold the
 * chunk, megabytes when a long record was in it. A round trip through a buffer
 * allocates a string of its own.
 */
export const detached = (s: string): string => (s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le'));

/** The first `end` units of `s` (not splitting a surrogate pair), detached. */
export function detachedPrefix(s: string, end: number): string {
  const c = s.charCodeAt(end - 1);
  return detached(s.slice(0, c >= 0xd800 && c <= 0xdbff ? end - 1 : end));
}

export function describeSize(bytes: number): string {
  return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}

/**
 * `"<first 64 characters>… (60.0 MB, #<hash>)"`: what the profile shows and
 * counts for a value longer than LONG_TEXT_UNITS. The value's 53-bit hash
 * keeps two long values that share their beginning and size apart in the
 * counts (and so in category drift and class balance).
 */
export function longTextLabel(s: string, hash: number): string {
  return `${detachedPrefix(s, SHOWN_UNITS)}… (${describeSize(Buffer.byteLength(s))}, #${hash.toString(16)})`;
}
