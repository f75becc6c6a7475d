import { describeActionContract } from '@mlship/core/testing';
import { abTest } from './action';

describeActionContract(abTest, {
  outputs: ['passed', 'status', 'failed-checks', 'report-path', 'verdict', 'difference', 'lift', 'confidence-sequence', 'p-value', 'trials-needed', 'failed-guardrails', 'peeks-json'],
  readme: 'actions/ab-test/README.md',
});
