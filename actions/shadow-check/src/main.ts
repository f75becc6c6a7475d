import { runCachedAction } from '@mlship/core/compile-cache';

// A cancelled job sends SIGINT, then SIGTERM: stop waiting, remove the mirror, report.
const controller = new AbortController();
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => controller.abort(new Error(`${signal} received`)));

await runCachedAction(async () => (await import('./action')).createShadowCheck({ signal: controller.signal }));
