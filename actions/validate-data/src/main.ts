import { runAction, runnerIO } from '@mlship/core';
import { validateData } from './action';

const { exitCode } = await runAction(validateData, runnerIO());
process.exitCode = exitCode;
