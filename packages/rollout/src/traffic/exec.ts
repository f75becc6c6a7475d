import { UserError } from '@mlship/core';

/**
 * Runs one program with an argument list — never a shell string, so a weight,
 * a resource name or anything a workflow interpolates cannot become shell syntax.
 * `log` gets each non-empty line of its output once it has exited successfully.
 */
export async function run(argv: string[], o: { where: string; log?: (line: string) => void }): Promise<string> {
  const [program, ...args] = argv;
  if (!program) throw new UserError('is an empty command.', { where: o.where });
  // @actions/exec splits its first argument like a command line; quoting keeps a path with spaces one word.
  const quoted = `"${program.replace(/(["\\])/g, '\\$1')}"`;
  // Loaded here, not with the bundle: it brings child_process and assert, which a run that stops at its inputs never uses.
  const { getExecOutput } = await import('@actions/exec');
  let result;
  try {
    result = await getExecOutput(quoted, args, { silent: true, ignoreReturnCode: true });
  } catch (e) {
    throw new UserError(`cannot run ${program}: ${(e as Error).message.split('\n')[0]}`, { where: o.where, hint: `Install ${program} on the runner or put it on PATH.` });
  }
  if (result.exitCode !== 0) {
    const stderr = outputLines(result.stderr);
    const last = stderr[stderr.length - 1] ?? result.stdout.trim().split('\n').pop() ?? '';
    throw new UserError(`${[program, ...args].join(' ').slice(0, 200)} exited with ${result.exitCode}${last ? `: ${last}` : ''}`, { where: o.where });
  }
  if (o.log) for (const line of outputLines(result.stdout)) o.log(line);
  return result.stdout;
}

export const outputLines = (out: string): string[] => out.trim().split('\n').filter(Boolean);
