/**
 * One failure contract for every JavaScript action: when a step stops early — an input
 * error, a file that is not there, a server that does not answer — it still leaves what
 * later `if: failure()` steps read: exit 1 with one error line, outputs passed=false,
 * status=error, failed-checks=["error"], and report.json / report.md holding the error in
 * report-path. Every action under actions/ with a bundle is in the table (the test fails
 * when a new one is not).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { closedPort, expectErrorRecorded, expectUserError, repoRoot, runBundle, type RunOptions } from './harness';

type Case = [action: string, why: string, setup: (port: number) => Pick<RunOptions, 'inputs' | 'event'>, message: RegExp];

const cases: Case[] = [
  ['validate-data', 'a dataset that does not exist', () => ({ inputs: { data: 'no/such/train.parquet' } }), /no\/such\/train\.parquet/],
  ['training-diagnostics', 'an unknown mode', () => ({ inputs: { mode: 'clean' } }), /input "mode"/],
  ['eval-gate', 'a predictions file that does not exist', () => ({ inputs: { predictions: 'no/such/predictions.csv' } }), /no\/such\/predictions\.csv/],
  ['promote-model', 'an MLflow server that does not answer', (port) => ({ inputs: { registry: 'mlflow', 'tracking-uri': `http://127.0.0.1:${port}`, 'model-name': 'churn', version: '3', 'to-stage': 'Production' } }), new RegExp(`127\\.0\\.0\\.1:\\d+`)],
  ['canary-check', 'a Prometheus that does not answer', (port) => ({ inputs: { source: 'prometheus', 'prometheus-url': `http://127.0.0.1:${port}`, namespace: 'prod', service: 'model' } }), /ECONNREFUSED/],
  ['ab-test', 'a Prometheus that does not answer', (port) => ({ inputs: { source: 'prometheus', 'prometheus-url': `http://127.0.0.1:${port}`, service: 'model', successes: 'conversions_total', trials: 'visits_total' } }), /ECONNREFUSED/],
  ['shadow-check', 'a Prometheus that does not answer', (port) => ({ inputs: { source: 'prometheus', 'prometheus-url': `http://127.0.0.1:${port}`, 'live-predictions': 'logs/live.jsonl', 'shadow-predictions': 'logs/shadow.jsonl' } }), /ECONNREFUSED/],
  ['blue-green', 'a Prometheus that does not answer', (port) => ({ inputs: { source: 'prometheus', 'prometheus-url': `http://127.0.0.1:${port}`, 'preview-metrics': 'error-rate < 0.01', switch: 'command', 'switch-command': 'true {{active}}' } }), /ECONNREFUSED/],
  ['auto-rollback', 'a Prometheus that does not answer', (port) => ({ inputs: { source: 'prometheus', 'prometheus-url': `http://127.0.0.1:${port}`, namespace: 'prod', service: 'model', stabilization: '0', window: '1m', targets: 'none' } }), /ECONNREFUSED/],
  ['pr-checklist', 'a pull request event without a token', () => ({ inputs: { token: '' }, event: { name: 'pull_request', payload: { pull_request: { number: 7, head: { sha: 'a'.repeat(40) }, base: { sha: 'b'.repeat(40) } }, repository: { full_name: 'octo-org/ml-repo' } } } }), /token/],
  ['run-tests', 'a negative retry count', () => ({ inputs: { command: 'true', retries: '-1' } }), /input "retries"/],
  ['env-config', 'an environment without a config file', () => ({ inputs: { environment: 'nowhere' } }), /configs\/environments is not a directory/],
];

describe('every action records an early failure the same way', () => {
  it('covers every action that has a bundle', () => {
    const actions = fs.readdirSync(path.join(repoRoot, 'actions')).filter((a) => fs.existsSync(path.join(repoRoot, 'actions', a, 'src/main.ts')));
    expect(cases.map(([a]) => a).sort()).toEqual(actions.sort());
  });

  it.each(cases)('%s: %s', async (action, _why, setup, message) => {
    const cwd = fs.mkdtempSync(path.join(os.tmpdir(), `mlship-contract-${action}-`));
    const reportDir = path.join(cwd, 'reports');
    const { inputs, event } = setup(await closedPort());
    const r = await runBundle(action, { cwd, event, inputs: { ...inputs, 'report-path': reportDir }, timeoutMs: 60000 });
    expectUserError(r, message);
    expectErrorRecorded(r, reportDir);
    expect(fs.readFileSync(path.join(reportDir, 'report.md'), 'utf8')).toMatch(new RegExp(`ERROR mlship ${action}`));
  });
});
