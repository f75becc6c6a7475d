import { runAction, runnerIO } from '@mlship/core';
import { evalGate } from './action';

const { exitCode } = await runAction(evalGate, runnerIO());
process.exitCode = exitCode;
