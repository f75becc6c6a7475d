import { runAction, runnerIO } from '@mlship/core';
import { createCanaryCheck } from './action';

// A cancelled job sends SIGINT, then SIGTERM: stop waiting, give traffic back to stable, report.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort(new Error(`${signal} received`)));

const { exitCode } = await runAction(createCanaryCheck({ signal: controller.signal }), runnerIO());
process.exitCode = exitCode;
