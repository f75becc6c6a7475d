import { describeActionContract } from '@mlship/core/testing';
import { blueGreen } from './action';

describeActionContract(blueGreen, { outputs: ['passed', 'status', 'failed-checks', 'report-path', 'active', 'previous', 'verdict'], readme: 'actions/blue-green/README.md' });
