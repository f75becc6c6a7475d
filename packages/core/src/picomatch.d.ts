// picomatch 4 ships no types; the slice of its API glob.ts (and its test) use.
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    strictBrackets?: boolean;
    /** Flags of the generated RegExp (e.g. 's' so `.` also matches line breaks). */
    flags?: string;
  }
  function makeRe(glob: string, options?: PicomatchOptions): RegExp;
  /** picomatch's own backtracking matcher: the reference the tests compare with. */
  function isMatch(path: string, glob: string, options?: PicomatchOptions): boolean;
  /** What picomatch reads from a glob without compiling it (only the flags glob.ts uses). */
  function scan(glob: string): { isGlob: boolean; negated: boolean };
  const picomatch: { makeRe: typeof makeRe; isMatch: typeof isMatch; scan: typeof scan };
  export default picomatch;
}
