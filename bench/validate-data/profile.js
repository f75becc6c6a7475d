#!/usr/bin/env node
// Where does our CLI spend its time? Runs `validate-data --data <file>` under
// `node --cpu-prof` and summarizes the .cpuprofile: self time by function, by source file
// and by package.
//
//   node bench/validate-data/profile.js <data file> [--top 25] [--dist]
//
// The dist bundle is minified (function names are mangled), so by default the CLI is
// rebuilt from the current sources WITHOUT minification and WITH a source map into
// bench/.data/profile-build/ (ncc, same entry and target as scripts/build.js); frames are
// mapped back to their source files through that map. --dist profiles dist/cli/index.js
// as it is (minified names, bundle line:column). When the rebuild fails (someone is
// mid-edit) it falls back to --dist.
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const distCli = path.join(path.resolve(root, process.env.MLSHIP_BENCH_DIST || 'dist'), 'cli/index.js');
const buildDir = path.join(root, 'bench/.data/profile-build');

// ---------------------------------------------------------------- source maps
const B64 = Object.fromEntries([...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'].map((c, i) => [c, i]));

function decodeVlq(segment) {
  const out = [];
  let value = 0;
  let shift = 0;
  for (const ch of segment) {
    const digit = B64[ch];
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      out.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return out;
}

/** Parsed source map → lookup(line0, column0) → {source, line (1-based)} | null. */
export function sourceMapLookup(map) {
  const lines = [];
  let src = 0;
  let srcLine = 0;
  let srcCol = 0;
  for (const line of map.mappings.split(';')) {
    const segs = [];
    let genCol = 0;
    if (line) {
      for (const seg of line.split(',')) {
        const v = decodeVlq(seg);
        genCol += v[0];
        if (v.length >= 4) {
          src += v[1];
          srcLine += v[2];
          srcCol += v[3];
          segs.push([genCol, src, srcLine]);
        }
      }
    }
    lines.push(segs);
  }
  const sources = map.sources.map(cleanSource);
  return (line, column) => {
    const segs = lines[line];
    if (!segs?.length) return null;
    let lo = 0;
    let hi = segs.length - 1;
    let best = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (segs[mid][0] <= column) {
        best = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    const seg = segs[Math.max(best, 0)];
    return { source: sources[seg[1]], line: seg[2] + 1 };
  };
}

/** webpack://mlship/./packages/data/src/x.ts, ../node_modules/… → repo-relative path. */
function cleanSource(s) {
  return s
    .replace(/^webpack:\/\/[^/]*\//, '')
    .replace(/^(\.\.?\/)+/, '')
    .replace(/^.*?\/(node_modules\/)/, '$1')
    .replace(new RegExp(`^${root.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/`), '');
}

/** packages/data/src/… → @mlship/data; node_modules/hyparquet/… → hyparquet; node:… → node internals. */
function packageOf(source) {
  if (!source) return '(unknown)';
  if (source.startsWith('(')) return source;
  let m = /(?:^|\/)node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(source);
  if (m) return m[1];
  m = /^packages\/([^/]+)\//.exec(source);
  if (m) return `@mlship/${m[1]}`;
  m = /^actions\/([^/]+)\//.exec(source);
  if (m) return `actions/${m[1]}`;
  if (source.startsWith('node:')) return 'node internals';
  return source.split('/')[0];
}

// ---------------------------------------------------------------- profile summary
/** Self time (ms) per node of one or more .cpuprofile files, with the frame resolved. */
export function summarize(profiles, { lookup = null, bundleUrl = null, top = 25 } = {}) {
  const byFn = new Map();
  const byFile = new Map();
  const byPkg = new Map();
  let totalMs = 0;
  const add = (map, key, ms, extra = {}) => {
    const e = map.get(key) ?? { key, ms: 0, ...extra };
    e.ms += ms;
    map.set(key, e);
  };
  for (const p of profiles) {
    const self = new Map();
    // Chrome's attribution: the interval after sample i belongs to sample i.
    for (let i = 0; i < p.samples.length; i++) {
      const dt = (p.timeDeltas[i + 1] ?? 0) / 1000;
      self.set(p.samples[i], (self.get(p.samples[i]) ?? 0) + dt);
    }
    for (const node of p.nodes) {
      const ms = self.get(node.id) ?? 0;
      if (!ms) continue;
      totalMs += ms;
      const f = node.callFrame;
      let source;
      let line = f.lineNumber + 1;
      if (!f.url) source = f.functionName.startsWith('(') ? f.functionName : '(native)';
      else if (bundleUrl && f.url === bundleUrl && lookup) {
        const o = lookup(f.lineNumber, f.columnNumber);
        source = o?.source ?? '(bundle, unmapped)';
        line = o?.line ?? line;
      } else if (f.url.startsWith('node:')) source = f.url;
      else source = cleanSource(f.url.replace(/^file:\/\//, ''));
      const name = f.functionName || '(anonymous)';
      const where = source.startsWith('(') ? source : `${source}:${line}`;
      add(byFn, `${name} ${where}`, ms, { name, where });
      add(byFile, source, ms);
      add(byPkg, packageOf(source), ms);
    }
  }
  const sorted = (m) => [...m.values()].sort((a, b) => b.ms - a.ms);
  return { totalMs, functions: sorted(byFn).slice(0, top), files: sorted(byFile).slice(0, 15), packages: sorted(byPkg) };
}

function mdTable(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

/** Build the source-mapped bundle; returns its path or throws. */
function buildProfileBundle() {
  const ncc = path.join(root, 'node_modules/@vercel/ncc/dist/ncc/cli.js');
  const out = path.join(buildDir, 'cli');
  fs.rmSync(out, { recursive: true, force: true });
  execFileSync(process.execPath, [ncc, 'build', 'packages/cli/src/main.ts', '-o', out, '--source-map', '--no-source-map-register', '--quiet', '--target', 'es2022'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return path.join(out, 'index.js');
}

/**
 * Profile `validate-data --data file` and return a markdown summary.
 * opts: { dist: profile dist/cli/index.js as is, top, log }
 */
export async function profileCli(file, { dist = false, top = 25, log = () => {} } = {}) {
  let bundle = distCli;
  let note = 'dist/cli/index.js as built (minified: names are mangled, positions are bundle line:column)';
  if (!dist) {
    try {
      bundle = buildProfileBundle();
      note = 'the CLI rebuilt from the current sources by ncc without --minify, with a source map (bench/.data/profile-build/cli); frames mapped to source files';
    } catch (e) {
      log(`rebuilding with a source map failed, profiling dist/cli/index.js: ${String(e.stderr ?? e.message).trim().split('\n')[0]}`);
    }
  }
  const profDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-bench-prof-'));
  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-bench-report-'));
  try {
    const args = ['--cpu-prof', '--cpu-prof-dir', profDir, bundle, 'validate-data', '--data', file, '--report-path', reportDir];
    const t0 = performance.now();
    const env = Object.fromEntries(Object.entries(process.env).filter(([k]) => k !== 'NODE_OPTIONS' && k !== 'NODE_EXTRA_CA_CERTS'));
    const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8', maxBuffer: 256 << 20 });
    const wallMs = performance.now() - t0;
    if (r.status !== 0 && r.status !== 1) throw new Error(`CLI exited ${r.status}: ${(r.stderr || r.stdout).trim().split('\n').slice(-3).join(' / ')}`);
    const profiles = fs.readdirSync(profDir).filter((f) => f.endsWith('.cpuprofile')).map((f) => JSON.parse(fs.readFileSync(path.join(profDir, f), 'utf8')));
    let lookup = null;
    const mapFile = `${bundle}.map`;
    if (fs.existsSync(mapFile)) lookup = sourceMapLookup(JSON.parse(fs.readFileSync(mapFile, 'utf8')));
    const bundleUrl = `file://${bundle}`;
    const sum = summarize(profiles, { lookup, bundleUrl, top });
    const pct = (ms) => `${((100 * ms) / sum.totalMs).toFixed(1)}%`;
    const out = [];
    out.push(`profiled: ${note}`);
    out.push(`command: node --cpu-prof ${path.relative(root, bundle)} validate-data --data ${path.relative(root, file)} --report-path <tmp>`);
    out.push(`wall ${(wallMs / 1000).toFixed(2)} s under the profiler; ${sum.totalMs.toFixed(0)} ms of samples in ${profiles.length} profile(s) (one per thread)`);
    out.push('');
    out.push('self time by package:');
    out.push(mdTable(['package', 'self ms', 'share'], sum.packages.map((p) => [p.key, p.ms.toFixed(0), pct(p.ms)])));
    out.push('');
    out.push('self time by source file (top 15):');
    out.push(mdTable(['file', 'self ms', 'share'], sum.files.map((p) => [p.key, p.ms.toFixed(0), pct(p.ms)])));
    out.push('');
    out.push(`self time by function (top ${top}):`);
    out.push(mdTable(['function', 'where', 'self ms', 'share'], sum.functions.map((p) => [p.name, p.where, p.ms.toFixed(0), pct(p.ms)])));
    return out.join('\n');
  } finally {
    fs.rmSync(profDir, { recursive: true, force: true });
    fs.rmSync(reportDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const file = args.find((a, i) => !a.startsWith('--') && args[i - 1] !== '--top');
  if (!file) {
    console.error('usage: node bench/validate-data/profile.js <data file> [--top 25] [--dist]');
    process.exit(2);
  }
  const top = args.includes('--top') ? Number(args[args.indexOf('--top') + 1]) : 25;
  console.log(await profileCli(path.resolve(file), { dist: args.includes('--dist'), top, log: (m) => console.error(`[profile] ${m}`) }));
}
