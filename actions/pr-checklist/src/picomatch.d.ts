// picomatch 4 ships no types; the slice of its API used here.
declare module 'picomatch' {
  interface PicomatchOptions {
    dot?: boolean;
    strictBrackets?: boolean;
    nocase?: boolean;
  }
  type Matcher = (path: string) => boolean;
  function picomatch(glob: string | string[], options?: PicomatchOptions): Matcher;
  export default picomatch;
}
