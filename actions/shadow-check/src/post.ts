import { describeError, runnerIO } from '@mlship/core';
import { createMirror, type MirrorConfig } from '@mlship/rollout/shadow/mirror';
import { STATE_MIRROR, STATE_REMOVED } from './state';

/**
 * The post: step. When the main step set the mirror but never removed it
 * (the job was cancelled or the runner lost the process mid-analysis),
 * remove it so the shadow stops receiving copies of live requests.
 */
const io = runnerIO();
const saved = io.getState(STATE_MIRROR);
if (!saved) io.info('shadow-check post: no mirror was set; nothing to remove.');
else if (io.getState(STATE_REMOVED) === 'true') io.info('shadow-check post: the analysis removed the mirror itself; nothing to do.');
else {
  try {
    const mirror = createMirror(JSON.parse(saved) as MirrorConfig, (l) => io.info(l));
    io.info(`shadow-check post: the analysis did not finish; removing the mirror from ${mirror.description}.`);
    await mirror.remove();
    io.info('shadow-check post: the mirror is removed.');
  } catch (e) {
    io.setFailed(`shadow-check post: could not remove the mirror: ${describeError(e)}`);
  }
}
