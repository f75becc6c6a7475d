import { runnerIO } from '@mlship/core';
import { restoreTrafficInPost } from '@mlship/rollout';
import { STATE_SETTLED, STATE_TRAFFIC } from './action';

/**
 * The post: step. When the main step split traffic but never settled it
 * (the job was cancelled or the runner lost the process mid-test), set the
 * candidate weight back to 0 so control serves everything.
 */
await restoreTrafficInPost(runnerIO(), { action: 'ab-test', work: 'the A/B test', keys: { traffic: STATE_TRAFFIC, settled: STATE_SETTLED } });
