import { runAction, runnerIO } from '@mlship/core';
import { autoRollback } from './action';

const { exitCode } = await runAction(autoRollback, runnerIO());
process.exitCode = exitCode;
