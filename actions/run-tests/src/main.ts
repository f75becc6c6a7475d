import { runAction, runnerIO } from '@mlship/core';
import { runTests } from './action';

const { exitCode } = await runAction(runTests, runnerIO());
process.exitCode = exitCode;
