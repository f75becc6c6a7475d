import { UserError } from '@mlship/core';
import { fillArgv, parseArgvTemplate } from '../argv';
import { run } from './exec';
import type { TrafficRouter } from './router';

/**
 * `traffic: command`: a program and its arguments (an argv template, see
 * parseArgvTemplate), with `{{canary}}` and `{{stable}}` replaced by the
 * weights in each argument, run with @actions/exec; no shell ever sees it.
 */
export function parseCommand(text: string, where = 'input "traffic-command"'): string[] {
  const argv = parseArgvTemplate(text, where, WEIGHTS);
  if (!argv.some((a) => a.includes('{{canary}}') || a.includes('{{stable}}'))) {
    throw new UserError('never mentions {{canary}} or {{stable}}, so it cannot set a weight.', { where, hint: 'Pass the weights as arguments, e.g. ./scripts/set-weight.sh {{canary}} {{stable}}' });
  }
  return argv;
}

const WEIGHTS = ['canary', 'stable'] as const;

export const fillWeights = (argv: string[], canary: number): string[] => fillArgv(argv, { canary: String(canary), stable: String(100 - canary) });

export class CommandRouter implements TrafficRouter {
  readonly shifts = true;
  readonly description: string;
  constructor(
    private readonly argv: string[],
    private readonly log: (line: string) => void,
  ) {
    this.description = `the command \`${argv.join(' ')}\``;
  }

  /** A command cannot be asked whether it would work; parseCommand already checked its shape. */
  async preflight(): Promise<void> {}

  async setCanaryWeight(canary: number): Promise<void> {
    const argv = fillWeights(this.argv, canary);
    await run(argv, { where: 'input "traffic-command"', log: (line) => this.log(`  ${line}`) });
  }
}
