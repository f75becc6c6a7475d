/**
 * The `mlship` command as a user runs it (`npx mlship …` resolves to
 * packages/cli/bin/mlship.js, which loads the committed dist/cli bundle).
 */
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstSentence } from '../packages/cli/src/help';
import { readActionYml } from '../packages/core/src/action-yml';
import { repoRoot } from './harness';

const bin = path.join(repoRoot, 'packages/cli/bin/mlship.js');
const ex = (p: string) => path.join(repoRoot, 'examples', p);

/** Outside a runner: nothing written to GITHUB_OUTPUT or a step summary. */
const cliEnv = { ...process.env, GITHUB_ACTIONS: '', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' };

function mlship(...args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: repoRoot, encoding: 'utf8', env: cliEnv });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('mlship CLI', () => {
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-cli-'));

  /** The JavaScript actions' action.yml files, by action name: what the help must say. */
  const actionYmls = Object.fromEntries(
    fs
      .readdirSync(path.join(repoRoot, 'actions'))
      .filter((a) => fs.existsSync(path.join(repoRoot, 'actions', a, 'src/main.ts')))
      .map((a) => [a, readActionYml(path.join(repoRoot, 'actions', a, 'action.yml'))]),
  );
  const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();

  it('a reader that closes the pipe early (`mlship … | head`) ends no run with a stack trace', async () => {
    // The read end is closed before the CLI starts, so every write to stdout meets EPIPE.
    const piped = (...args: string[]) =>
      new Promise<{ code: number | null; err: string }>((resolve) => {
        const child = spawn(process.execPath, [bin, ...args], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'], env: cliEnv });
        child.stdout.destroy();
        let err = '';
        child.stderr.on('data', (d: Buffer) => (err += d.toString()));
        child.on('close', (code) => resolve({ code, err }));
      });
    expect(await piped('--help')).toEqual({ code: 0, err: '' });
    const report = path.join(tmp, 'closed-pipe');
    const args = ['validate-data', '--data', ex('data/train.parquet'), '--report-path', report];
    const expected = mlship(...args).code;
    fs.rmSync(report, { recursive: true, force: true });
    const r = await piped(...args);
    expect([r.code, /EPIPE|\n\s+at /.test(r.err)]).toEqual([expected, false]);
    expect(fs.existsSync(path.join(report, 'report.json'))).toBe(true);
  });

  it('--help lists every action with the first sentence of its action.yml description', () => {
    const r = mlship('--help');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out).toMatch(/^usage: mlship <action>/);
    expect(r.out).toContain('mlship <action> --help');
    expect(r.out).toContain('mlship --version');
    const listed = r.out.slice(r.out.indexOf('actions:\n') + 'actions:\n'.length).split('\n\n')[0]!.split('\n');
    expect(listed.map((l) => l.trim().split(/\s+/)[0]).sort()).toEqual(Object.keys(actionYmls).sort());
    for (const line of listed) {
      const [name] = line.trim().split(/\s+/);
      expect(line.trim().slice(name!.length).trim()).toBe(firstSentence(actionYmls[name!]!.description));
    }
    expect(listed.find((l) => l.trim().startsWith('validate-data'))).toMatch(/^  validate-data +Data gate before training: schema, nulls/);
  });

  it('mlship alone prints the same usage and exits 1, as the CLI README says', () => {
    const r = mlship();
    expect([r.code, r.err, r.out]).toEqual([1, '', mlship('--help').out]);
    expect(fs.readFileSync(path.join(repoRoot, 'packages/cli/README.md'), 'utf8')).toContain('`mlship` alone prints the same usage and exits 1');
  });

  it('--version prints the version of the @mlship/cli package', () => {
    const r = mlship('--version');
    expect([r.code, r.err, r.out]).toEqual([0, '', `${JSON.parse(fs.readFileSync(path.join(repoRoot, 'packages/cli/package.json'), 'utf8')).version}\n`]);
  });

  it.each(Object.keys(actionYmls))('%s --help shows every input of its action.yml with description, default and required, and an example', (name) => {
    const yml = actionYmls[name]!;
    const r = mlship(name, '--help');
    expect([r.code, r.err]).toEqual([0, '']);
    expect(r.out.split('\n')[0]).toBe(`mlship ${name}: ${firstSentence(yml.description)}`);
    // Each input is a `  --name (note)` line and its description, indented, below it.
    const section = r.out.slice(r.out.indexOf('\ninputs:\n') + '\ninputs:\n'.length, r.out.indexOf('\n  --summary FILE'));
    const shown = section.split(/\n(?= {2}--)/).map((block) => {
      const [head, ...text] = block.split('\n');
      const m = /^ {2}--([\w-]+)(?: \((required|default: (.*))\))?$/.exec(head!);
      expect([head, m !== null]).toEqual([head, true]);
      return { name: m![1], required: m![2] === 'required', default: m![3], description: oneLine(text.join(' ')) };
    });
    expect(shown).toEqual(
      Object.entries(yml.inputs).map(([n, i]) => ({ name: n, required: i.required === true, default: i.default !== undefined && i.default !== '' ? String(i.default) : undefined, description: oneLine(i.description) })),
    );
    // The example is a real command line: its flags are inputs of the action (the parser refuses others), required ones included.
    const example = /\nexample:\n {2}(.*)\n/.exec(r.out)![1]!;
    const argv = [...example.matchAll(/"([^"]*)"|(\S+)/g)].map((m) => m[1] ?? m[2]!);
    expect(argv.slice(0, 2)).toEqual(['mlship', name]);
    for (const [n, i] of Object.entries(yml.inputs)) if (i.required) expect(argv).toContain(`--${n}`);
    const parsed = mlship(...argv.slice(1), '--help');
    expect([parsed.code, parsed.err]).toEqual([0, '']);
  });

  it('the embedded help is what the build generates from action.yml and package.json now', () => {
    const generated = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/cli-help.js'), repoRoot], { encoding: 'utf8' });
    expect(generated.status).toBe(0);
    expect(fs.readFileSync(path.join(repoRoot, 'packages/cli/src/embedded.ts'), 'utf8')).toBe(generated.stdout);
  });

  it('runs validate-data on passing data: the text report, the outputs, exit 0, and the summary file', () => {
    const summary = path.join(tmp, 'summary.md');
    const report = path.join(tmp, 'pass');
    const r = mlship('validate-data', '--data', ex('data/train.parquet'), '--config', ex('checks.yml'), '--reference', ex('data/reference.parquet'), '--test-data', ex('data/test.parquet'), '--report-path', report, '--summary', summary);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Data Validation Report: PASS');
    expect(r.out).toMatch(/\[PASS\] drift:feature1: observed psi/);
    expect(r.out).toContain('  passed=true\n  status=pass\n  failed-checks=[]\n');
    expect(fs.readFileSync(summary, 'utf8')).toBe(fs.readFileSync(path.join(report, 'report.md'), 'utf8'));
    expect(JSON.parse(fs.readFileSync(path.join(report, 'report.json'), 'utf8')).status).toBe('pass');
  });

  it('exits 1 on failing data and names every failed check', () => {
    const r = mlship('validate-data', '--data', ex('data/train_bad.csv'), '--config', ex('configs/data_validation.json'), '--report-path', path.join(tmp, 'fail'));
    expect(r.code).toBe(1);
    expect(r.out).toContain('Data Validation Report: FAIL');
    expect(r.err).toMatch(/^error: Missing values: High null columns: target/m);
    expect(JSON.parse(/failed-checks=(.*)/.exec(r.out)![1]!)).toEqual(['missing_values', 'target_distribution', 'range_feature1', 'duplicates']);
  });

  it('prints the config JSON Schema that is published in schemas/', () => {
    const r = mlship('schema', 'validate-data');
    expect(r.code).toBe(0);
    expect(r.out).toBe(fs.readFileSync(path.join(repoRoot, 'schemas/validate-data.config.schema.json'), 'utf8'));
  });

  it.each([
    [['valdate-data'], /^error: unknown action "valdate-data"\. Did you mean "validate-data"\?/],
    [['validate-data', '--dta', 'x.csv'], /^error: Unknown option '--dta'\. Did you mean "data"\?/],
    [['validate-data'], /^error: input "data" is required/],
    [['validate-data', '--data', 'missing.parquet'], /^error: data missing\.parquet: no such file or directory/],
    [['schema', 'nope'], /^error: no config schema for "nope"/],
  ])('one clear error line for %j', (args, message) => {
    const r = mlship(...args);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(message);
    expect(r.err.trim().split('\n')).toHaveLength(1);
  });
});
