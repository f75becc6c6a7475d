import { createRequire } from 'node:module';

export type WebhookPayload = { action?: string; [key: string]: unknown };

/** Real webhook payloads recorded by GitHub (@octokit/webhooks-examples), by event name and action. */
export function webhookExamples(event: string, action: string): WebhookPayload[] {
  // require, not import: the package is one JSON file, and jest's ESM mode wants import attributes for JSON.
  const all = createRequire(import.meta.url)('@octokit/webhooks-examples') as { name: string; examples: WebhookPayload[] }[];
  return (all.find((w) => w.name === event)?.examples ?? []).filter((e) => e.action === action);
}

/** The first recorded payload of an event/action, deep-copied so a test may edit it. */
export function webhookExample(event: string, action: string): WebhookPayload {
  const first = webhookExamples(event, action)[0];
  if (!first) throw new Error(`@octokit/webhooks-examples has no ${event}.${action} payload`);
  return structuredClone(first);
}
