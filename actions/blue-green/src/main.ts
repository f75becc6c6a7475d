import { runAction, runnerIO } from '@mlship/core';
import { createBlueGreen } from './action';

// A cancelled job sends SIGINT, then SIGTERM: stop waiting, send users back to blue if they moved, report.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort(new Error(`${signal} received`)));

const { exitCode } = await runAction(createBlueGreen({ signal: controller.signal }), runnerIO());
process.exitCode = exitCode;
