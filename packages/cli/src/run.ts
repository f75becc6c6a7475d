import { parseArgs } from 'node:util';
import { UserError, cliIO, suggestion, describeError, renderText, runAction, type ActionDefinition } from '@mlship/core';
import { actions, configSchemas } from './actions';
import { actionDocs, cliVersion } from './embedded';
import { actionHelp, usage } from './help';

export interface CliStreams {
  out: (s: string) => void;
  err: (s: string) => void;
}

/** The actions in the order of the ML loop (the CLI's own table), each with its action.yml words. */
const docsInLoopOrder = () => Object.fromEntries(Object.keys(actions).map((name) => [name, actionDocs[name]!]));

/** `mlship <action> --flag …`: the action's own definition run through the CLI IO — the runner's code path. */
export async function runCli(argv: string[], streams: CliStreams): Promise<number> {
  const [command, ...rest] = argv;
  // `mlship` alone is a mistake that still deserves the usage: printed, exit 1 (packages/cli/README.md).
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    streams.out(usage(docsInLoopOrder()));
    return command ? 0 : 1;
  }
  if (command === '--version') {
    streams.out(`${cliVersion}\n`);
    return 0;
  }
  try {
    if (command === 'schema') {
      const make = configSchemas[rest[0] ?? ''];
      if (!make) throw new UserError(`no config schema for "${rest[0] ?? ''}"`, { hint: `Known: ${Object.keys(configSchemas).join(', ')}.` });
      streams.out(JSON.stringify(await make(), null, 2) + '\n');
      return 0;
    }
    const load = actions[command];
    if (!load) throw new UserError(`unknown action "${command}".${suggestion(command, Object.keys(actions))}`, { hint: 'Run `mlship --help` for the list.' });
    if (command === 'validate-data') await warmForData(rest);
    return await runOne(await load(), rest, streams);
  } catch (e) {
    streams.err(`error: ${describeError(e)}\n`);
    return 1;
  }
}

/** The data's threads start loading before the action does; runOne still parses every flag strictly. */
async function warmForData(args: string[]): Promise<void> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, engine: { type: 'string' } }, strict: false, allowPositionals: true });
  const text = (v: unknown) => (typeof v === 'string' ? v : undefined);
  (await import('@mlship/data/warm')).warmWorkersForInput(text(values.data), text(values.engine));
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
    streams.out(actionHelp(def.name, actionDocs[def.name]!));
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
