import { describeActionContract } from '@mlship/core/testing';
import { runTests } from './action';

describeActionContract(runTests, { outputs: ['passed', 'status', 'failed-checks', 'report-path', 'attempts', 'flaky-tests', 'failed-tests'], readme: 'actions/run-tests/README.md' });
