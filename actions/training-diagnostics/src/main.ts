import { runAction, runnerIO } from '@mlship/core';
import { trainingDiagnostics } from './action';

const { exitCode } = await runAction(trainingDiagnostics, runnerIO());
process.exitCode = exitCode;
