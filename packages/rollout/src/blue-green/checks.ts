import { describeError, sleep } from '@mlship/core';

/**
 * What green must pass before any user reaches it: its health endpoint
 * answering, then a bounded number of smoke requests answered with the
 * expected status in time. Plain HTTP from the runner (fetch), no shell.
 */

export interface CheckOutcome {
  passed: boolean;
  /** One line for the log and the report. */
  detail: string;
}

/**
 * Polls `url` (GET) about once a second until it answers 2xx or `timeoutSeconds`
 * have passed; a green that is still starting gets that long to come up.
 */
export async function waitHealthy(url: string, timeoutSeconds: number, o: { signal?: AbortSignal; now?: () => number } = {}): Promise<CheckOutcome> {
  const now = o.now ?? (() => Date.now() / 1000);
  const deadline = now() + timeoutSeconds;
  let attempts = 0;
  let last = '';
  for (;;) {
    attempts++;
    const left = Math.max(0.1, deadline - now());
    try {
      const r = await fetch(url, { signal: AbortSignal.any([AbortSignal.timeout(Math.ceil(left * 1000)), ...(o.signal ? [o.signal] : [])]) });
      await r.arrayBuffer();
      if (r.ok) return { passed: true, detail: `${url} answered HTTP ${r.status}${attempts > 1 ? ` on attempt ${attempts}` : ''}` };
      last = `HTTP ${r.status}`;
    } catch (e) {
      if (o.signal?.aborted) throw e;
      last = causeOf(e);
    }
    if (now() >= deadline) return { passed: false, detail: `${url} did not answer 2xx within ${timeoutSeconds} s (${attempts} attempt${attempts === 1 ? '' : 's'}; last: ${last})` };
    await sleep(Math.min(1000, Math.max(0, (deadline - now()) * 1000)), o.signal);
  }
}

export interface SmokeOptions {
  url: string;
  count: number;
  timeoutSeconds: number;
  expectedStatus: number;
  /** Sent as a JSON POST when given; a GET otherwise. */
  body?: string;
  signal?: AbortSignal;
}

export interface SmokeResult extends CheckOutcome {
  sent: number;
  ok: number;
  /** Each failed request: `#3: HTTP 500`, `#4: timed out after 5 s`. */
  failures: string[];
}

/** `count` requests one after another; every one must answer `expectedStatus` within the timeout. */
export async function smokeRequests(o: SmokeOptions): Promise<SmokeResult> {
  const failures: string[] = [];
  let ok = 0;
  for (let n = 1; n <= o.count; n++) {
    try {
      const r = await fetch(o.url, {
        method: o.body === undefined ? 'GET' : 'POST',
        ...(o.body === undefined ? {} : { body: o.body, headers: { 'content-type': 'application/json' } }),
        signal: AbortSignal.any([AbortSignal.timeout(o.timeoutSeconds * 1000), ...(o.signal ? [o.signal] : [])]),
      });
      await r.arrayBuffer();
      if (r.status === o.expectedStatus) ok++;
      else failures.push(`#${n}: HTTP ${r.status}`);
    } catch (e) {
      if (o.signal?.aborted) throw e;
      failures.push(`#${n}: ${(e as Error).name === 'TimeoutError' ? `timed out after ${o.timeoutSeconds} s` : causeOf(e)}`);
    }
  }
  const passed = failures.length === 0;
  const shown = failures.slice(0, 3).join(', ') + (failures.length > 3 ? `, … ${failures.length - 3} more` : '');
  return {
    passed,
    sent: o.count,
    ok,
    failures,
    detail: passed ? `${ok} of ${o.count} requests to ${o.url} answered HTTP ${o.expectedStatus}` : `${failures.length} of ${o.count} requests to ${o.url} did not answer HTTP ${o.expectedStatus} in time: ${shown}`,
  };
}

/** fetch hides the reason (ECONNREFUSED, a TLS error) in `cause`. */
function causeOf(e: unknown): string {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  if ((e as Error).name === 'TimeoutError') return 'timed out';
  return cause?.code ?? cause?.message ?? describeError(e);
}
