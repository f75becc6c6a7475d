import { describeError, runnerIO } from '@mlship/core';
import { createSwitch, type SwitchConfig } from '@mlship/rollout';
import { STATE_SETTLED, STATE_SWITCH } from './action';

/**
 * The post: step. When the main step switched users to green but its
 * analysis never passed nor switched back (the job was cancelled, or the
 * runner lost the process), users go back to blue.
 */
const io = runnerIO();
const saved = io.getState(STATE_SWITCH);
if (!saved) io.info('blue-green post: users were never switched; nothing to restore.');
else if (io.getState(STATE_SETTLED) === 'true') io.info('blue-green post: the analysis finished and settled the traffic; nothing to restore.');
else {
  try {
    const sw = createSwitch(JSON.parse(saved) as SwitchConfig, (l) => io.info(l));
    io.info(`blue-green post: the analysis did not finish; switching users back to blue on ${sw.description}.`);
    await sw.switchTo('blue');
    io.info('blue-green post: blue serves all users again.');
  } catch (e) {
    io.setFailed(`blue-green post: could not switch back to blue: ${describeError(e)}`);
  }
}
