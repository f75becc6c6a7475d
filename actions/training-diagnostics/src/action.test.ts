import { describeActionContract } from '@mlship/core/testing';
import { trainingDiagnostics } from './action';

describeActionContract(trainingDiagnostics, {
  outputs: ['passed', 'status', 'failed-checks', 'cause', 'diagnostics-path', 'exit-code', 'log-path', 'report-path'],
  readme: 'actions/training-diagnostics/README.md',
});

it('masks the token before anything is logged', () => {
  expect(trainingDiagnostics.secrets).toEqual(['github-token']);
});
