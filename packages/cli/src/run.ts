import { parseArgs } from 'node:util';
import { UserError, cliIO, suggestion, describeError, describeInputs, renderText, runAction, type ActionDefinition } from '@mlship/core';
import { actions, evalGateConfigSchema, prChecklistConfigSchema, validateDataConfigSchema } from './actions';

const schemas: Record<string, () => unknown> = { 'validate-data': validateDataConfigSchema, 'eval-gate': evalGateConfigSchema, 'pr-checklist': prChecklistConfigSchema };

export interface CliStreams {
  out: (s: string) => void;
  err: (s: string) => void;
}

const usage = () =>
  [
    'usage: mlship <action> [--<input> <value> …] [--summary FILE]',
    '       mlship schema <action>        print the JSON Schema of the action\'s config file',
    '',
    'actions:',
    ...Object.entries(actions).map(([name, def]) => `  ${name}  ${describeInputs(def.inputs).map((i) => (i.required ? `--${i.name} <v>` : `[--${i.name}]`)).join(' ')}`),
    '',
  ].join('\n');

/** `mlship <action> --flag …`: the action's own definition run through the CLI IO — the runner's code path. */
export async function runCli(argv: string[], streams: CliStreams): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    streams.out(usage());
    return command ? 0 : 1;
  }
  try {
    if (command === 'schema') {
      const make = schemas[rest[0] ?? ''];
      if (!make) throw new UserError(`no config schema for "${rest[0] ?? ''}"`, { hint: `Known: ${Object.keys(schemas).join(', ')}.` });
      streams.out(JSON.stringify(make(), null, 2) + '\n');
      return 0;
    }
    const def = actions[command];
    if (!def) throw new UserError(`unknown action "${command}".${suggestion(command, Object.keys(actions))}`, { hint: 'Run `mlship --help` for the list.' });
    return await runOne(def, rest, streams);
  } catch (e) {
    streams.err(`error: ${describeError(e)}\n`);
    return 1;
  }
}

async function runOne(def: ActionDefinition, args: string[], streams: CliStreams): Promise<number> {
  const names = Object.keys(def.inputs.shape);
  const options = Object.fromEntries([...names, 'summary'].map((n) => [n, { type: 'string' as const }]));
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({ args, options: { ...options, help: { type: 'boolean' } }, strict: true, allowPositionals: false }));
  } catch (e) {
    const flag = /'(--?[\w-]+)/.exec((e as Error).message)?.[1]?.replace(/^-+/, '') ?? '';
    throw new UserError(`${(e as Error).message.split('\n')[0]}.${suggestion(flag, names)}`, { hint: `Inputs of ${def.name}: ${names.map((n) => `--${n}`).join(' ')}.` });
  }
  if (values.help) {
    streams.out(`mlship ${def.name}\n${describeInputs(def.inputs).map((i) => `  --${i.name}${i.required ? ' (required)' : i.default !== undefined ? ` (default ${i.default})` : ''}`).join('\n')}\n`);
    return 0;
  }
  const { summary, ...inputs } = values as Record<string, string>;
  const io = cliIO({ inputs, summaryFile: summary, write: streams.out, writeError: streams.err });
  const outcome = await runAction(def, io);
  if (outcome.report) streams.out('\n' + renderText(outcome.report));
  const outputs = Object.entries(io.outputs);
  if (outputs.length) streams.out(`\noutputs:\n${outputs.map(([k, v]) => `  ${k}=${v}`).join('\n')}\n`);
  return outcome.exitCode;
}
