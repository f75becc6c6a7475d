import { runAction, runnerIO } from '@mlship/core';
import { envConfig } from './action';

const { exitCode } = await runAction(envConfig, runnerIO());
process.exitCode = exitCode;
