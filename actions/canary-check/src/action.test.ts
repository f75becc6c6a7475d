import { describeActionContract } from '@mlship/core/testing';
import { canaryCheck } from './action';

describeActionContract(canaryCheck, { outputs: ['passed', 'status', 'failed-checks', 'report-path', 'verdict', 'failed-metrics', 'steps-json'], readme: 'actions/canary-check/README.md' });
