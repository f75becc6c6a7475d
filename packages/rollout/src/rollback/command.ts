import { outputLines, run } from '../traffic/exec';
import { fillArgv } from '../argv';
import type { RollbackStep } from './step';

/** The values a rollback command template may use, each filled into one argument. */
export const COMMAND_PLACEHOLDERS = ['deployment', 'namespace', 'model', 'version', 'previous-version', 'error-rate', 'latency', 'health', 'run-url'] as const;

export async function rollbackCommand(argv: string[], values: Record<string, string>, o: { dryRun: boolean; log: (line: string) => void }): Promise<RollbackStep> {
  const filled = fillArgv(argv, values);
  const subject = filled[0]!;
  if (o.dryRun) return { target: 'command', subject, result: 'would-roll-back', detail: `would run ${JSON.stringify(filled)}.` };
  o.log(`  ${JSON.stringify(filled)}`);
  const lines = outputLines(await run(filled, { where: 'input "rollback-command"', log: (line) => o.log(`    ${line}`) }));
  return { target: 'command', subject, result: 'rolled-back', detail: `ran ${JSON.stringify(filled)}${lines.length ? `; last line: ${lines.at(-1)}` : ''}.` };
}
