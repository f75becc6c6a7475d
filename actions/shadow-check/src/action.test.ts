import { describeActionContract } from '@mlship/core/testing';
import { shadowCheck } from './action';

describeActionContract(shadowCheck, { outputs: ['passed', 'status', 'failed-checks', 'report-path', 'verdict', 'agreement', 'impact', 'failed-metrics', 'segments-json'], readme: 'actions/shadow-check/README.md' });
