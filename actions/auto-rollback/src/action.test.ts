import { describeActionContract } from '@mlship/core/testing';
import { autoRollback } from './action';

describeActionContract(autoRollback, { outputs: ['passed', 'status', 'failed-checks', 'report-path', 'needs_rollback', 'error_rate', 'latency', 'rolled_back', 'health'], readme: 'actions/auto-rollback/README.md' });

describe('auto-rollback secrets', () => {
  it('masks every credential input and the webhook URLs', () => {
    expect(autoRollback.secrets).toEqual(['prometheus-token', 'prometheus-password', 'mlflow-token', 'mlflow-password', 'github-token', 'webhook-url', 'slack-webhook']);
  });
});
