import { describeActionContract } from '@mlship/core/testing';
import { prChecklist } from './action';

describeActionContract(prChecklist, { outputs: ['passed', 'status', 'failed-checks', 'report-path', 'required-unchecked', 'sections', 'comment-url', 'labels-added'], readme: 'actions/pr-checklist/README.md' });

test('the token is masked', () => {
  expect(prChecklist.secrets).toEqual(['token']);
});
