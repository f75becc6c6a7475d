import { describeActionContract } from '@mlship/core/testing';
import { evalGate } from './action';

describeActionContract(evalGate, { outputs: ['passed', 'status', 'failed-checks', 'metrics-json', 'report-path'], readme: 'actions/eval-gate/README.md' });
