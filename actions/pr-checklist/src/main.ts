import { runCachedAction } from '@mlship/core/compile-cache';

await runCachedAction(async () => (await import('./action')).prChecklist);
