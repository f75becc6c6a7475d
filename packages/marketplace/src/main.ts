import { pathToFileURL } from 'node:url';
import { runnerIO } from '../../core/src/runner-io';
import { suggestion } from '../../core/src/suggest';
import { distDir, readManifest, STATE_ACTION } from './manifest';

/**
 * The root action's main step: runs the bundle of the action named in `action`.
 * Imports come from core's files, not its index, so this stays a few kB and the
 * chosen bundle's cold start is all the step pays for.
 */
const io = runnerIO();
const dist = distDir(import.meta.url, 1);
const manifest = readManifest(dist);
const known = Object.keys(manifest.actions);
const name = io.getInput('action') ?? '';
const chosen = manifest.actions[name];

if (!chosen) {
  io.setOutput('passed', 'false');
  io.setOutput('status', 'error');
  const what = name ? `: unknown action "${name}".${suggestion(name, known)}` : ' is required.';
  io.setFailed(`input "action"${what} Known actions: ${known.join(', ')}.`);
} else {
  io.saveState(STATE_ACTION, name);
  // The runner warns about inputs the root action.yml does not declare; the root declares every
  // action's inputs, so one meant for another action would be dropped without a word.
  const own = new Set([...chosen.inputs, 'action', ...manifest.defaulted]);
  for (const [key, value] of Object.entries(process.env)) {
    const input = key.startsWith('INPUT_') ? key.slice('INPUT_'.length).toLowerCase() : undefined;
    if (input !== undefined && value?.trim() && !own.has(input)) io.warning(`input "${input}" is not an input of ${name} and is ignored. Its inputs: ${chosen.inputs.join(', ')}.`);
  }
  // The one default the action's schema cannot supply: the runner evaluated it for the root's workflow-token.
  for (const input of chosen.workflowToken ?? []) {
    const key = `INPUT_${input.toUpperCase()}`;
    if (!process.env[key]?.trim()) process.env[key] = process.env['INPUT_WORKFLOW-TOKEN'] ?? '';
  }
  await import(/* webpackIgnore: true */ pathToFileURL(`${dist}/${chosen.main}`).href);
}
