import { describeActionContract } from '@mlship/core/testing';
import { validateData } from './action';

describeActionContract(validateData, { outputs: ['passed', 'status', 'failed-checks', 'report-path'], readme: 'README.md' });
