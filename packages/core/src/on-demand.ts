/**
 * A library kept out of a bundle's start: the `import()` the caller passes makes it a chunk of
 * its own, loaded by whoever is about to use it. Using it before `load()` was awaited is a bug,
 * reported as an internal error naming what was attempted, never as a user's error or a check
 * that quietly did nothing.
 */
export function onDemand<T>(importModule: () => Promise<T>, misuse: string): { load: () => Promise<void>; get: () => T } {
  let loaded: T | undefined;
  return {
    load: async () => {
      loaded ??= await importModule();
    },
    get: () => {
      if (!loaded) throw new Error(`internal error: ${misuse}`);
      return loaded;
    },
  };
}
