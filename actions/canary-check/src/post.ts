import { describeError, runnerIO } from '@mlship/core';
import { createRouter, type TrafficConfig } from '@mlship/rollout';
import { STATE_SETTLED, STATE_TRAFFIC } from './action';

/**
 * The post: step. When the main step moved traffic but never settled it
 * (the job was cancelled or the runner lost the process mid-analysis), set
 * the canary weight back to 0 so stable serves everything.
 */
const io = runnerIO();
const saved = io.getState(STATE_TRAFFIC);
if (!saved) io.info('canary-check post: no traffic was shifted; nothing to restore.');
else if (io.getState(STATE_SETTLED) === 'true') io.info('canary-check post: the analysis finished and settled the traffic; nothing to restore.');
else {
  try {
    const config = JSON.parse(saved) as TrafficConfig;
    const router = createRouter(config, (l) => io.info(l));
    io.info(`canary-check post: the analysis did not finish; setting the canary weight to 0 on ${router.description}.`);
    await router.setCanaryWeight(0);
    io.info('canary-check post: stable serves all traffic again.');
  } catch (e) {
    io.setFailed(`canary-check post: could not restore stable traffic: ${describeError(e)}`);
  }
}
