import { pathToFileURL } from 'node:url';
import { runnerIO } from '../../core/src/runner-io';
import { distDir, readManifest, STATE_ACTION } from './manifest';

/**
 * The root action's post step (post-if: always()): runs the post step of the
 * action the main step ran, when it has one (canary-check restores stable
 * traffic after a cancellation). Post steps share the main step's state, so the
 * action's own STATE_ values reach its post bundle as they would without the root.
 */
const name = runnerIO().getState(STATE_ACTION);
const dist = distDir(import.meta.url, 2);
const post = name ? readManifest(dist).actions[name]?.post : undefined;
if (post) await import(/* webpackIgnore: true */ pathToFileURL(`${dist}/${post}`).href);
