import { runAction, runnerIO } from '@mlship/core';
import { prChecklist } from './action';

const { exitCode } = await runAction(prChecklist, runnerIO());
process.exitCode = exitCode;
