import { describeError, type ActionIO } from '@mlship/core';
import { createRouter, type TrafficConfig } from './index';

/** GITHUB_STATE keys under which a main step leaves what its post: step needs to restore traffic. */
export interface TrafficStateKeys {
  /** The TrafficConfig as JSON, saved before the first shift. */
  traffic: string;
  /** 'true' once the main step settled the traffic itself. */
  settled: string;
}

/**
 * The post: step of an action that moves traffic. When the main step moved
 * traffic but never settled it (the job was cancelled or the runner lost the
 * process), the canary weight goes back to 0 so stable serves everything.
 */
/** `work` names what the main step does, for the log: `the analysis`, `the A/B test`. */
export async function restoreTrafficInPost(io: ActionIO, o: { action: string; work: string; keys: TrafficStateKeys }): Promise<void> {
  const { action, work, keys } = o;
  const saved = io.getState(keys.traffic);
  if (!saved) {
    io.info(`${action} post: no traffic was shifted; nothing to restore.`);
    return;
  }
  if (io.getState(keys.settled) === 'true') {
    io.info(`${action} post: ${work} finished and settled the traffic; nothing to restore.`);
    return;
  }
  try {
    const config = JSON.parse(saved) as TrafficConfig;
    const router = createRouter(config, (l) => io.info(l));
    io.info(`${action} post: ${work} did not finish; setting the canary weight to 0 on ${router.description}.`);
    await router.setCanaryWeight(0);
    io.info(`${action} post: stable serves all traffic again.`);
  } catch (e) {
    io.setFailed(`${action} post: could not restore stable traffic: ${describeError(e)}`);
  }
}
