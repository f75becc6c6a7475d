import { UserError } from '@mlship/core';
import { sendWebhook } from '@mlship/notify';
import type { RollbackStep } from './step';

/**
 * Asks another system to roll back (a deploy service, Argo CD, Spinnaker):
 * POSTs `payload` as JSON. The payload carries an idempotency key (the run
 * id), so a receiver can ignore the same request from a re-run.
 */
export async function rollbackWebhook(url: string, payload: Record<string, unknown>, o: { dryRun: boolean; onRetry?: (message: string) => void; timeoutMs?: number }): Promise<RollbackStep> {
  let host: string;
  try {
    host = new URL(url).host;
  } catch {
    throw new UserError(`"${url}" is not a URL.`, { where: 'input "webhook-url"' });
  }
  if (o.dryRun) return { target: 'webhook', subject: host, result: 'would-roll-back', detail: `would POST the rollback request to ${host}.` };
  const r = await sendWebhook(url, payload, { onRetry: (i) => o.onRetry?.(`rollback webhook: ${i.error}; retry ${i.attempt} in ${(i.delayMs / 1000).toFixed(1)} s`), ...(o.timeoutMs ? { timeoutMs: o.timeoutMs } : {}) });
  if (!r.delivered) throw new UserError(`the rollback webhook at ${host} was not delivered: ${r.error}.`, { where: 'input "webhook-url"', hint: 'Check the URL and that the receiver is up; the other targets still ran.' });
  return { target: 'webhook', subject: host, result: 'rolled-back', detail: `POSTed the rollback request to ${host} (HTTP ${r.status}).` };
}
