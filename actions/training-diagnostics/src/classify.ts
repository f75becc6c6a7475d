import { ruleFor, rules, unknownRule, type Cause, type Outcome, type Rule } from './rules';
import type { PythonTraceback } from './traceback';

export interface Classification {
  cause: Cause;
  title: string;
  remedy: string;
  seed?: Rule['seed'];
  /** The log line (or exit status) that decided it. */
  evidence: string;
  /** Other causes with evidence in the tail, for the reader to weigh. */
  alsoSeen: Cause[];
}

const describeOutcome = (o: Outcome): string => {
  if (o.timedOut) return 'the command ran past the timeout and was killed';
  if (o.oomKilled) return `the cgroup's oom_kill counter went up (exit ${o.exitCode ?? o.signal})`;
  if (o.signal) return `killed by ${o.signal}`;
  return o.exitCode === null ? 'no known exit status, and no known pattern in the log' : `exit code ${o.exitCode}`;
};

/**
 * Decides the cause, strongest evidence first: a timeout (we killed it); the
 * exception that ended the process (its `Type: message` line); how the process
 * ended (137/SIGKILL is the OOM killer's signature); then any known line in
 * the tail, in the rules' order.
 */
export function classify(lines: string[], outcome: Outcome, traceback?: PythonTraceback): Classification {
  const seen = new Map<Cause, string>();
  for (const rule of rules) {
    if (!rule.patterns) continue;
    for (let i = lines.length - 1; i >= 0 && !seen.has(rule.cause); i--) {
      if (rule.patterns.some((p) => p.test(lines[i]!))) seen.set(rule.cause, lines[i]!.trim());
    }
  }
  const decide = (rule: Rule, evidence: string): Classification => ({
    cause: rule.cause,
    title: rule.title,
    remedy: rule.remedy,
    seed: rule.seed,
    evidence,
    alsoSeen: [...seen.keys()].filter((c) => c !== rule.cause),
  });

  if (outcome.decided) return decide(ruleFor(outcome.decided.cause), outcome.decided.evidence);
  const timeout = rules.find((r) => r.cause === 'timeout')!;
  if (outcome.timedOut) return decide(timeout, describeOutcome(outcome));
  if (outcome.cancelled) return decide(rules.find((r) => r.cause === 'cancelled')!, `the job was cancelled; the command ended by ${outcome.signal ?? `exit ${outcome.exitCode}`}`);

  if (traceback && traceback.type !== 'UnfinishedTraceback') {
    const line = traceback.message ? `${traceback.type}: ${traceback.message}` : traceback.type;
    const rule = rules.find((r) => r.patterns?.some((p) => p.test(line)));
    if (rule) return decide(rule, line);
  }
  const byOutcome = rules.find((r) => r.cause !== 'timeout' && r.cause !== 'cancelled' && r.outcome?.(outcome));
  // A CUDA OOM message beats the exit status: torchrun's agent kills the other ranks with SIGKILL.
  if (byOutcome && !seen.has('cuda-oom')) return decide(byOutcome, seen.get(byOutcome.cause) ?? describeOutcome(outcome));
  for (const rule of rules) {
    const evidence = seen.get(rule.cause);
    if (evidence !== undefined) return decide(rule, evidence);
  }
  return decide(unknownRule, describeOutcome(outcome));
}
