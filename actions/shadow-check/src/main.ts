import { runAction, runnerIO } from '@mlship/core';
import { createShadowCheck } from './action';

// A cancelled job sends SIGINT, then SIGTERM: stop waiting, remove the mirror, report.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort(new Error(`${signal} received`)));

const { exitCode } = await runAction(createShadowCheck({ signal: controller.signal }), runnerIO());
process.exitCode = exitCode;
