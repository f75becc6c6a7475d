import { describeActionContract } from '@mlship/core/testing';
import { promoteModel } from './action';

describeActionContract(promoteModel, { outputs: ['passed', 'status', 'failed-checks', 'report-path', 'version', 'previous-version', 'registry-url'], readme: 'actions/promote-model/README.md' });

describe('promote-model secrets', () => {
  it('masks every credential input', () => {
    expect(promoteModel.secrets).toEqual(['mlflow-token', 'mlflow-password', 'github-token']);
  });
});
