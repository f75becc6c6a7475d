/** What one rollback target did (or would do), for the report, the outputs and the notifications. */
export interface RollbackStep {
  target: 'kubectl' | 'registry' | 'command' | 'webhook' | 'blue-green';
  /** What was acted on, for people: `deployment/ml-model -n production`, `churn-model stage "prod"`. */
  subject: string;
  /**
   * rolled-back: done now; already-done: an earlier run (or person) restored it, nothing written;
   * would-roll-back: dry run; failed: the target could not be rolled back.
   */
  result: 'rolled-back' | 'already-done' | 'would-roll-back' | 'failed';
  detail: string;
}
