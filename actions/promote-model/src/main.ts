import { runAction, runnerIO } from '@mlship/core';
import { promoteModel } from './action';

const { exitCode } = await runAction(promoteModel, runnerIO());
process.exitCode = exitCode;
