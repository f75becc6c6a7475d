/**
 * SQL LIKE as the standard defines it without an ESCAPE clause: `%` matches
 * any run of characters (none included), `_` exactly one, every other character
 * itself, case-sensitively, over the whole value. Characters are code points,
 * as SQL counts them.
 *
 * Matching never backtracks: the pattern splits at `%` into fixed-length pieces;
 * the first piece anchors at the start, the last at the end, and each middle
 * piece takes its leftmost place after the previous one (a later place can only
 * leave less room), so a value costs at most (value length x pattern length).
 */
export type LikeMatcher = (value: string) => boolean;

const ANY = -1;

export function compileLike(pattern: string): LikeMatcher {
  const pieces = pattern.split('%').map((p) => Array.from(p, (ch) => (ch === '_' ? ANY : ch.codePointAt(0)!)));
  if (pieces.length === 1) {
    const only = pieces[0]!;
    return (value) => {
      const v = codePoints(value);
      return v.length === only.length && fits(v, 0, only);
    };
  }
  const first = pieces[0]!;
  const last = pieces[pieces.length - 1]!;
  const middle = pieces.slice(1, -1).filter((p) => p.length > 0);
  const fixed = first.length + last.length;
  return (value) => {
    const v = codePoints(value);
    if (v.length < fixed || !fits(v, 0, first) || !fits(v, v.length - last.length, last)) return false;
    let at = first.length;
    const end = v.length - last.length;
    for (const piece of middle) {
      let found = -1;
      for (let i = at; i + piece.length <= end; i++) {
        if (fits(v, i, piece)) {
          found = i;
          break;
        }
      }
      if (found < 0) return false;
      at = found + piece.length;
    }
    return true;
  };
}

function fits(v: number[], at: number, piece: number[]): boolean {
  for (let j = 0; j < piece.length; j++) {
    const p = piece[j]!;
    if (p !== ANY && v[at + j] !== p) return false;
  }
  return true;
}

function codePoints(s: string): number[] {
  const out: number[] = [];
  for (const ch of s) out.push(ch.codePointAt(0)!);
  return out;
}
