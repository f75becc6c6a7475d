import path from 'node:path';
import type { z } from 'zod';
import { describeError, isUserError } from './errors';
import { writeFileAtomic } from './fs-atomic';
import { parseInputs, type InputSchema } from './inputs';
import type { ActionIO } from './io';
import { createReport, failedChecks, shouldFail, type FailOn, type Report } from './report';
import { renderSummary } from './summary';

export interface ActionResult {
  report: Report;
  /** Action-specific outputs, on top of `passed`, `status`, `failed-checks`, `report-path`. */
  outputs?: Record<string, string>;
}

export interface ActionDefinition<S extends InputSchema = InputSchema> {
  name: string;
  inputs: S;
  /** Inputs whose values are masked before anything is logged. */
  secrets?: (keyof z.output<S> & string)[];
  run(inputs: z.output<S>, io: ActionIO): Promise<ActionResult>;
}

export const defineAction = <S extends InputSchema>(def: ActionDefinition<S>): ActionDefinition<S> => def;

export interface RunOutcome {
  exitCode: 0 | 1;
  report?: Report;
}

/**
 * The whole life of a step, identical on a runner and in the CLI: parse inputs,
 * run, write report files, set outputs, summary and annotations, then decide
 * the exit status with `fail-on`. A user mistake becomes one failed line.
 */
export async function runAction<S extends InputSchema>(def: ActionDefinition<S>, io: ActionIO): Promise<RunOutcome> {
  try {
    for (const name of def.secrets ?? []) {
      const v = io.getInput(name);
      if (v) io.setSecret(v);
    }
    const inputs = parseInputs(def.inputs, io.getInput);
    const { report, outputs = {} } = await def.run(inputs, io);
    const reportDir = typeof inputs['report-path'] === 'string' ? path.resolve(inputs['report-path']) : undefined;
    if (reportDir) {
      await writeFileAtomic(path.join(reportDir, 'report.md'), renderSummary(report));
      await writeFileAtomic(path.join(reportDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
    }
    const failed = failedChecks(report);
    io.setOutput('passed', String(failed.length === 0 && report.status !== 'error'));
    io.setOutput('status', report.status);
    io.setOutput('failed-checks', JSON.stringify(failed.map((c) => c.id)));
    if (reportDir) io.setOutput('report-path', reportDir);
    for (const [k, v] of Object.entries(outputs)) io.setOutput(k, v);
    for (const c of report.checks) {
      if (c.status !== 'fail' && c.status !== 'error') continue;
      const msg = `${c.title}: ${c.detail ?? `observed ${c.observed}, expected ${c.expected}`}`;
      io.annotate(c.severity === 'warning' ? 'warning' : 'error', msg, { file: c.location?.file, line: c.location?.line, title: `${def.name}: ${c.id}` });
    }
    await io.appendSummary(renderSummary(report));
    const failOn = (inputs['fail-on'] ?? 'error') as FailOn;
    if (shouldFail(report.status, failOn)) {
      io.setFailed(`${report.title}: ${report.status.toUpperCase()} — ${failed.map((c) => c.id).join(', ') || 'warnings present'}`);
      return { exitCode: 1, report };
    }
    return { exitCode: 0, report };
  } catch (e) {
    if (!isUserError(e) && e instanceof Error && e.stack) io.debug(e.stack);
    const line = isUserError(e) ? describeError(e) : `mlship ${def.name} failed unexpectedly: ${describeError(e)} (run with ACTIONS_STEP_DEBUG=true for the stack)`;
    const report = await recordError(def, io, line, isUserError(e));
    io.setFailed(line);
    return { exitCode: 1, report };
  }
}

/**
 * A step that stopped early still leaves what later `if: failure()` steps read:
 * passed=false, status=error, and the report files naming the error.
 */
async function recordError(def: ActionDefinition, io: ActionIO, line: string, userError: boolean): Promise<Report> {
  const report = createReport({
    action: def.name,
    title: `mlship ${def.name}`,
    summary: userError ? 'The step stopped before it could check anything.' : 'The step failed unexpectedly.',
    checks: [{ id: 'error', title: userError ? 'Inputs and setup' : 'Internal error', status: 'error', detail: line }],
  });
  io.setOutput('passed', 'false');
  io.setOutput('status', 'error');
  io.setOutput('failed-checks', JSON.stringify(['error']));
  try {
    await io.appendSummary(renderSummary(report));
  } catch (summaryError) {
    io.debug(`job summary not written: ${describeError(summaryError)}`);
  }
  const reportDir = reportPathOf(def, io);
  if (!reportDir) return report;
  try {
    await writeFileAtomic(path.join(reportDir, 'report.md'), renderSummary(report));
    await writeFileAtomic(path.join(reportDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
    io.setOutput('report-path', reportDir);
  } catch (writeError) {
    // The report path itself may be the mistake (a file, no permission): the error line is what matters.
    io.debug(`report not written to ${reportDir}: ${describeError(writeError)}`);
  }
  return report;
}

/** The report directory the step asked for, or its default, without trusting the other inputs. */
function reportPathOf(def: ActionDefinition, io: ActionIO): string | undefined {
  const field = def.inputs.shape['report-path'];
  if (!field) return undefined;
  const given = io.getInput('report-path');
  const parsed = field.safeParse(given === undefined || given === '' ? undefined : given);
  return parsed.success && typeof parsed.data === 'string' && parsed.data ? path.resolve(parsed.data) : undefined;
}
