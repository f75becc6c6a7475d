import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { booleanInput, defineAction, failOnInput, numberInput, parseDuration, UserError, writeFileAtomic } from '@mlship/core';
import { runUrl } from '@mlship/notify';
import { z } from 'zod';
import { quoteArgv, splitCommand } from './argv';
import { classify } from './classify';
import { computeDataStats } from './data-stats';
import { runCleanup } from './cleanup-mode';
import { environmentOf, PEAK_RSS_METHOD, summariseGpuSamples, type Diagnostics } from './diagnostics';
import { checkGpuCount, type GpuCheck } from './gpu-preflight';
import { hostFacts, runnerFacts } from './host';
import { readLogTail, toLines, type LogTail } from './log-tail';
import { findOnPath, queryGpus, type GpuSample } from './nvidia-smi';
import { probePython } from './python-probe';
import { createRedactor, redactLines, relevantEnv } from './redact';
import { buildReport, commentBody } from './render';
import { runCommand } from './run-command';
import { lastTraceback } from './traceback';

/** Lines of the log tail kept in the artifact (redacted) and shown in the summary. */
const TAIL_FILE_LINES = 500;
const SUMMARY_LINES = 60;
const DATA_BUDGET_MS = 120_000;

/** The run record of a command the action did not run (mode collect, or refused before it started). */
const notRun: Diagnostics['run'] = {
  mode: 'collect',
  command: null,
  exit_code: null,
  signal: null,
  timed_out: false,
  cancelled: false,
  oom_killed: null,
  duration_seconds: null,
  peak_rss_bytes: null,
  peak_rss_method: null,
  log_file: null,
  log_bytes: null,
  stopped_early: null,
};

export const trainingDiagnostics = defineAction({
  name: 'training-diagnostics',
  inputs: z.object({
    mode: z.enum(['run', 'collect', 'cleanup']).default('run'),
    command: z.string().optional(),
    'working-directory': z.string().default('.'),
    timeout: z.string().optional(),
    'kill-grace': numberInput().pipe(z.number().min(0).max(3600)).default(10),
    'gpu-sample-interval': numberInput().pipe(z.number().min(0.2).max(3600)).default(5),
    'gpu-count': numberInput()
      .pipe(z.number().int({ message: 'must be a whole number of GPUs, e.g. 4' }).min(1, { message: 'must be at least 1 (leave it empty for no GPU check)' }).max(1024))
      .optional(),
    'stop-on-nan': booleanInput().default(false),
    'stall-minutes': numberInput()
      .pipe(z.number().gt(0, { message: 'must be more than 0 minutes (leave it empty to turn stall detection off)' }).max(10080, { message: 'must be at most 10080 minutes (a week)' }))
      .optional(),
    'stall-utilization': numberInput().pipe(z.number().min(0, { message: 'must be a percentage from 0 to 100' }).max(100, { message: 'must be a percentage from 0 to 100' })).default(5),
    'log-file': z.string().optional(),
    'exit-code': numberInput().pipe(z.number().int().min(0).max(255)).optional(),
    'data-path': z.string().optional(),
    python: z.string().default('python3'),
    'probe-timeout': numberInput().pipe(z.number().min(1).max(600)).default(30),
    'runner-labels': z.string().optional(),
    'upload-artifact': booleanInput().default(true),
    'artifact-name': z.string().default('training-diagnostics'),
    comment: booleanInput().default(true),
    'github-token': z.string().default('${{ github.token }}'),
    'fail-on': failOnInput(),
    'report-path': z.string().default('mlship-reports/training-diagnostics'),
  }),
  secrets: ['github-token'],
  async run(inputs, io) {
    const cwd = path.resolve(inputs['working-directory']);
    if (!fs.existsSync(cwd) || !fs.statSync(cwd).isDirectory()) {
      throw new UserError(`input "working-directory" is "${inputs['working-directory']}", which is not a directory`, { hint: 'Check out the repository first, or fix the path.' });
    }
    const timeoutSeconds = inputs.timeout === undefined ? undefined : parseDuration(inputs.timeout, 'timeout');
    refuseInputsOfOtherModes(inputs);
    if (inputs.mode === 'cleanup') return runCleanup({ probeTimeoutSeconds: inputs['probe-timeout'], killGraceSeconds: inputs['kill-grace'] }, io);
    const stallSeconds = inputs['stall-minutes'] === undefined ? undefined : inputs['stall-minutes'] * 60;
    if (stallSeconds !== undefined && stallSeconds < inputs['gpu-sample-interval']) {
      throw new UserError(`input "stall-minutes" is ${inputs['stall-minutes']} (${stallSeconds} s), shorter than gpu-sample-interval (${inputs['gpu-sample-interval']} s)`, {
        hint: 'A stall is judged between nvidia-smi samples: raise stall-minutes or lower gpu-sample-interval.',
      });
    }
    const reportDir = path.resolve(inputs['report-path']);
    const env = process.env;
    const redact = createRedactor(env);
    const nvidiaSmi = findOnPath('nvidia-smi', env.PATH);

    let tail: LogTail;
    let run: Diagnostics['run'];
    let samples: GpuSample[] = [];
    let gpuCheck: GpuCheck | undefined;
    let argv: string[] = [];
    if (inputs.mode === 'run') {
      if (inputs['exit-code'] !== undefined) throw new UserError('input "exit-code" is for mode: collect', { hint: 'In mode: run the action records the exit code itself; remove exit-code.' });
      if (!inputs.command) throw new UserError('input "command" is required in mode: run', { hint: 'Give the training command, e.g. `command: python train.py --epochs 10` (or use mode: collect after a step of your own).' });
      argv = splitCommand(inputs.command);
      // Before anything starts: a job on the wrong runner must not begin a six-hour run on too few GPUs.
      if (inputs['gpu-count'] !== undefined) gpuCheck = await checkGpuCount(nvidiaSmi, inputs['gpu-count'], inputs['probe-timeout'] * 1000, env);
      if (stallSeconds !== undefined && !nvidiaSmi) io.warning('training-diagnostics: stall detection is off: nvidia-smi is not on PATH, so GPU utilisation cannot be seen; the command is never stopped for a stall the action cannot see');
    }
    if (inputs.mode === 'run' && gpuCheck?.ok === false) {
      tail = { lines: [], totalBytes: 0, truncated: false, binaryLines: 0 };
      run = { ...notRun, mode: 'run', command: redact(quoteArgv(argv)) };
    } else if (inputs.mode === 'run') {
      const logFile = path.resolve(cwd, inputs['log-file'] ?? path.join(io.tempDir(), `training-${env.GITHUB_RUN_ID ?? 'local'}-${crypto.randomBytes(4).toString('hex')}.log`));
      fs.mkdirSync(path.dirname(logFile), { recursive: true });
      const watching = [inputs['stop-on-nan'] ? 'stops early on a NaN/inf loss' : '', stallSeconds !== undefined && nvidiaSmi ? `stops early when every GPU stays at or below ${inputs['stall-utilization']}% for ${stallSeconds} s` : ''].filter(Boolean);
      io.info(`training-diagnostics: running ${quoteArgv(argv)}${timeoutSeconds ? ` (timeout ${timeoutSeconds}s)` : ''}; output is teed to ${logFile}${nvidiaSmi ? `; sampling nvidia-smi every ${inputs['gpu-sample-interval']}s` : '; nvidia-smi not on PATH, no GPU samples'}${watching.length ? `; ${watching.join('; ')}` : ''}`);
      let lastByte = 10;
      const r = await runCommand({
        argv,
        cwd,
        env,
        logFile,
        timeoutSeconds,
        killGraceSeconds: inputs['kill-grace'],
        nvidiaSmi,
        gpuIntervalSeconds: inputs['gpu-sample-interval'],
        probeTimeoutSeconds: inputs['probe-timeout'],
        stopOnNanLoss: inputs['stop-on-nan'],
        stall: stallSeconds === undefined ? undefined : { seconds: stallSeconds, utilization: inputs['stall-utilization'] },
        warn: (line) => io.warning(line),
        out: (chunk, drained) => {
          lastByte = chunk[chunk.length - 1] ?? lastByte;
          const ok = process.stdout.write(chunk);
          if (!ok) process.stdout.once('drain', drained);
          return ok;
        },
        progress: (line) => io.info(line),
      });
      // Our own lines (and ::error:: commands) must start on a line of their own.
      if (lastByte !== 10) process.stdout.write('\n');
      if (r.spawnError) throw new UserError(`input "command": ${r.spawnError}`, { hint: 'Use the program name as it is on PATH, or a path relative to working-directory.' });
      tail = toLines(r.tail.bytes(), r.tail.truncated, r.tail.total);
      samples = r.gpuSamples;
      const stoppedEarly = r.stoppedEarly;
      if (r.gpuFailures && !samples.length) io.warning(`training-diagnostics: nvidia-smi is on PATH but ${r.gpuFailures} quer${r.gpuFailures === 1 ? 'y' : 'ies'} failed — is the driver loaded and matching the NVIDIA libraries? Run \`nvidia-smi\` on the runner.`);
      run = {
        mode: 'run',
        command: redact(quoteArgv(argv)),
        exit_code: r.exitCode,
        signal: r.signal,
        timed_out: r.timedOut,
        cancelled: r.cancelled,
        oom_killed: r.oomKilled ?? null,
        duration_seconds: Math.round(r.durationSeconds * 1000) / 1000,
        peak_rss_bytes: r.peakRssBytes,
        peak_rss_method: r.peakRssBytes === null ? null : PEAK_RSS_METHOD,
        log_file: logFile,
        log_bytes: r.tail.total,
        stopped_early: stoppedEarly
          ? { cause: stoppedEarly.cause, reason: stoppedEarly.reason, line: stoppedEarly.line === undefined ? null : redact(stoppedEarly.line).slice(0, 500), elapsed_seconds: Math.round(stoppedEarly.atSeconds * 1000) / 1000 }
          : null,
      };
    } else {
      if (inputs.command) throw new UserError('input "command" is for mode: run', { hint: 'In mode: collect the action reads log-file after your own step failed; remove command, or use mode: run.' });
      if (timeoutSeconds !== undefined) throw new UserError('input "timeout" is for mode: run', { hint: 'Set timeout-minutes on the training step instead, or use mode: run.' });
      let logFile: string | undefined;
      if (inputs['log-file']) {
        logFile = path.resolve(cwd, inputs['log-file']);
        if (!fs.existsSync(logFile) || !fs.statSync(logFile).isFile()) {
          throw new UserError(`input "log-file": ${inputs['log-file']} does not exist`, {
            hint: 'Write the training output to it in the failed step, e.g. `python train.py 2>&1 | tee train.log` with `shell: bash` (pipefail keeps the exit code).',
          });
        }
        tail = readLogTail(logFile);
      } else {
        tail = { lines: [], totalBytes: 0, truncated: false, binaryLines: 0 };
      }
      run = { ...notRun, mode: 'collect', exit_code: inputs['exit-code'] ?? null, log_file: logFile ?? null, log_bytes: logFile ? tail.totalBytes : null };
    }

    const failed = run.timed_out || run.exit_code !== 0 || run.stopped_early !== null;
    // As lines, not one by one: a private key printed to the log spans several.
    const lines = redactLines(tail.lines, redact);
    const traceback = lastTraceback(lines);
    const decided = gpuCheck?.ok === false
      ? { cause: 'gpu-unavailable' as const, evidence: gpuCheck.problem! }
      : run.stopped_early
        ? { cause: run.stopped_early.cause, evidence: run.stopped_early.line ?? run.stopped_early.reason }
        : undefined;
    const classification = failed
      ? classify(lines, { exitCode: run.exit_code, signal: run.signal, timedOut: run.timed_out, oomKilled: run.oom_killed ?? undefined, cancelled: run.cancelled, decided }, traceback)
      : undefined;

    io.info('training-diagnostics: collecting diagnostics (python, GPUs, host, data)');
    const [python, gpuSnapshot, data] = await Promise.all([
      probePython(inputs.python, env, cwd, inputs['probe-timeout'] * 1000),
      nvidiaSmi ? (samples.length ? Promise.resolve(samples[samples.length - 1]!.gpus) : queryGpus(nvidiaSmi, inputs['probe-timeout'] * 1000)) : Promise.resolve(undefined),
      inputs['data-path'] ? computeDataStats(inputs['data-path'], cwd, DATA_BUDGET_MS) : Promise.resolve(undefined),
    ]);
    if (data && !data.ok) io.warning(`training-diagnostics: data stats for ${inputs['data-path']} could not be computed: ${data.error}`);
    const labels = (inputs['runner-labels'] ?? env.RUNNER_LABELS ?? '').split(',').map((l) => l.trim()).filter(Boolean);

    const d: Diagnostics = {
      timestamp: new Date().toISOString(),
      python_version: python.python_version,
      environment: environmentOf(python, gpuSnapshot),
      data_stats: data === undefined ? {} : data.ok ? data.stats : { error: data.error },
      error: failed
        ? traceback
          ? { type: traceback.type, message: traceback.message, traceback: traceback.text, frames: traceback.frames }
          : { type: errorType(run, gpuCheck), message: classification!.evidence, traceback: '', frames: [] }
        : null,
      cause: classification
        ? {
            id: classification.cause,
            title: classification.title,
            remedy: classification.remedy,
            evidence: classification.evidence,
            also_seen: classification.alsoSeen,
            seed_troubleshooting_row: classification.seed ?? null,
            ...(classification.cause === 'unknown' ? { last_lines: lines.slice(-20) } : {}),
          }
        : null,
      run,
      gpu_check: gpuCheck
        ? { required: gpuCheck.required, found: gpuCheck.gpus?.length ?? null, names: gpuCheck.gpus?.map((g) => g.name) ?? [], passed: gpuCheck.ok, problem: gpuCheck.problem ?? null }
        : null,
      gpu_utilization: summariseGpuSamples(samples, inputs['gpu-sample-interval']),
      host: hostFacts(cwd),
      runner: runnerFacts(io.env, labels),
      env_vars: relevantEnv(env, redact),
    };

    const diagnosticsPath = path.join(reportDir, 'training_diagnostics.json');
    const tailPath = path.join(reportDir, 'training-log-tail.txt');
    await writeFileAtomic(diagnosticsPath, JSON.stringify(d, null, 2) + '\n');
    await writeFileAtomic(tailPath, lines.slice(-TAIL_FILE_LINES).join('\n') + (lines.length ? '\n' : ''));

    const lastLines = lines.slice(-SUMMARY_LINES);
    let artifact: string | undefined;
    // GitHub and artifact clients load only when there is something to publish: they dominate the cold start.
    if (failed && inputs['upload-artifact']) artifact = await (await import('./publish')).uploadDiagnostics(io, inputs['artifact-name'], [diagnosticsPath, tailPath], reportDir);
    if (inputs.comment) {
      const body = commentBody({ d, classification, samples, lastLines, failed, runUrl: runUrl(io.env), artifact });
      // The comment as posted (or as it would be, outside a pull request): readable without GitHub.
      await writeFileAtomic(path.join(reportDir, 'comment.md'), body);
      // The CLI gets the default unexpanded; GITHUB_TOKEN from the environment stands in for it there.
      const token = inputs['github-token'] === '${{ github.token }}' ? env.GITHUB_TOKEN : inputs['github-token'];
      // A failure creates or updates the comment; a success only updates one an earlier failure left
      // (a PR that never failed gets no comment). Nothing here fails the step: the summary is the diagnosis.
      const { postStickyComment } = await import('@mlship/github/comment');
      await postStickyComment(io, { action: 'training-diagnostics', key: `training-diagnostics:${inputs['artifact-name']}`, token, body, mode: failed ? 'upsert' : 'update-only' });
    }
    if (tail.binaryLines) io.info(`training-diagnostics: ${tail.binaryLines} line(s) of the log were binary data and are shown as placeholders`);

    return {
      report: buildReport({ d, classification, samples, lastLines, failed }),
      outputs: {
        cause: classification?.cause ?? 'none',
        'diagnostics-path': diagnosticsPath,
        'exit-code': run.exit_code === null ? '' : String(run.exit_code),
        'log-path': run.log_file ?? '',
      },
    };
  },
});


/** What ended the run, when no Python traceback says it better. */
function errorType(run: Diagnostics['run'], gpuCheck: GpuCheck | undefined): string {
  if (gpuCheck?.ok === false) return 'GpuUnavailable';
  if (run.stopped_early) return 'StoppedEarly';
  return run.timed_out ? 'Timeout' : run.signal ? 'Signal' : 'ProcessExit';
}

type Inputs = z.output<typeof trainingDiagnostics.inputs>;

/** An input that only means something in another mode is refused, never silently ignored. */
function refuseInputsOfOtherModes(inputs: Inputs): void {
  const runOnly: [keyof Inputs, boolean][] = [
    ['gpu-count', inputs['gpu-count'] !== undefined],
    ['stop-on-nan', inputs['stop-on-nan']],
    ['stall-minutes', inputs['stall-minutes'] !== undefined],
  ];
  if (inputs.mode === 'collect') {
    for (const [name, set] of runOnly) {
      if (set) throw new UserError(`input "${name}" is for mode: run`, { hint: 'In mode: collect the command has already ended; set it on a step with mode: run, or remove it.' });
    }
  }
  if (inputs.mode === 'cleanup') {
    const notHere: [keyof Inputs, boolean][] = [
      ['command', inputs.command !== undefined],
      ['timeout', inputs.timeout !== undefined],
      ['log-file', inputs['log-file'] !== undefined],
      ['exit-code', inputs['exit-code'] !== undefined],
      ['data-path', inputs['data-path'] !== undefined],
      ...runOnly,
    ];
    for (const [name, set] of notHere) {
      if (set) throw new UserError(`input "${name}" is not used in mode: cleanup`, { hint: 'mode: cleanup only lists and ends GPU processes this job left behind; remove the input from this step.' });
    }
  }
}
