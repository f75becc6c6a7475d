import { describeActionContract } from '@mlship/core/testing';
import { envConfig } from './action';

describeActionContract(envConfig, { outputs: ['passed', 'status', 'failed-checks', 'report-path', 'config-path', 'environment', 'variables'], readme: 'actions/env-config/README.md' });
