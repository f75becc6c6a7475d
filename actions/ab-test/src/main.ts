import { runAction, runnerIO } from '@mlship/core';
import { createAbTest } from './action';

// A cancelled job sends SIGINT, then SIGTERM: stop waiting, give traffic back to control, report.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort(new Error(`${signal} received`)));

const { exitCode } = await runAction(createAbTest({ signal: controller.signal }), runnerIO());
process.exitCode = exitCode;
