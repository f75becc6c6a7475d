import { runnerIO } from '@mlship/core';
import { restoreTrafficInPost } from '@mlship/rollout';
import { STATE_SETTLED, STATE_TRAFFIC } from './action';

/**
 * The post: step. When the main step moved traffic but never settled it
 * (the job was cancelled or the runner lost the process mid-analysis), set
 * the canary weight back to 0 so stable serves everything.
 */
await restoreTrafficInPost(runnerIO(), { action: 'canary-check', work: 'the analysis', keys: { traffic: STATE_TRAFFIC, settled: STATE_SETTLED } });
