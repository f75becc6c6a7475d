// picomatch 4 ships no types; the slice of its API used here.
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    strictBrackets?: boolean;
    nocase?: boolean;
    /** Flags of the generated RegExp (e.g. 's' so `.` also matches line breaks). */
    flags?: string;
  }
  type Matcher = (path: string) => boolean;
  function picomatch(glob: string | string[], options?: PicomatchOptions): Matcher;
  export default picomatch;
}
