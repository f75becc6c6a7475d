import module from 'node:module';
import type { ActionDefinition } from './action';
import type { InputSchema } from './inputs';

/**
 * Keeps V8's code for the modules loaded from here on in Node's compile cache (Node
 * 22.1 and later; `os.tmpdir()/node-compile-cache`, or NODE_COMPILE_CACHE), as tsc
 * does. A later run of the same bundle, on a self-hosted runner or a second step of a
 * job, skips compiling its chunks: 35 ms of a validate-data run on a tiny file and
 * ~0.1 s of one on a million rows, measured on Node 24 (bench/validate-data/RESULTS.md).
 * The first run pays ~15 ms to write it. NODE_DISABLE_COMPILE_CACHE=1 turns it off, and
 * it never fails a run: Node reports a cache it cannot use instead of throwing.
 *
 * Called first in a bundle's entry file, which imports the rest afterwards, so the rest
 * is compiled through the cache; a worker thread runs the same entry and does the same.
 */
export function useCompileCache(): void {
  (module as { enableCompileCache?: () => unknown }).enableCompileCache?.();
}

/**
 * An action bundle's entry: the compile cache on, then the action and the runner protocol
 * loaded through it (a static import is compiled before the entry's first line runs), run
 * the way runAction does, with its exit code.
 */
export async function runCachedAction<S extends InputSchema>(load: () => Promise<ActionDefinition<S>>): Promise<void> {
  useCompileCache();
  const [{ runAction }, { runnerIO }, action] = await Promise.all([import('./action'), import('./runner-io'), load()]);
  process.exitCode = (await runAction(action, runnerIO())).exitCode;
}
