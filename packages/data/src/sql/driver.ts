import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '@mlship/core';
import { nodeChildProcess } from '@mlship/core/builtin';

/**
 * An engine's driver is not bundled into an action: DuckDB's has native parts
 * (a 60 MB binding per platform), and the warehouse clients (BigQuery,
 * Snowflake, Databricks, Trino) are megabytes of JavaScript only the runs that
 * choose them need. It is required at run time, only when its engine is
 * chosen: from the project's own node_modules when there is one (the CLI, the
 * tests); on a GitHub runner, from the runner's tool cache, where the first run
 * installs it with npm (RUNNER_TOOL_CACHE; kept between jobs on a self-hosted
 * runner). Anywhere else, one line saying what to install.
 */
export interface Driver {
  name: string;
  version: string;
  engine: string;
  /** Whether it has native parts, so that its copy in the tool cache is kept per platform. */
  native?: boolean;
}

/**
 * Written last into a finished install. Two jobs on one self-hosted runner
 * share the tool cache, and a job can be cancelled in the middle of npm: a
 * copy without this file is never loaded.
 */
export const INSTALLED_MARKER = '.mlship-driver-installed';

/** A temporary install this old was left by a run that was killed; a live one takes seconds. */
const ABANDONED_MS = 60 * 60 * 1000;

const requireHere = createRequire(import.meta.url);

const notFound = (e: unknown) => (e as { code?: string }).code === 'MODULE_NOT_FOUND';

/** Where the tool cache keeps this driver: one directory per version (and platform, for a native one). */
export function driverCacheDir(d: Driver, toolCache: string): string {
  return path.join(toolCache, 'mlship-drivers', `${d.name.replace(/[@/]/g, '_')}-${d.version}`, d.native ? `${process.platform}-${process.arch}` : 'js');
}

const packageJson = (dir: string, d: Driver) => path.join(dir, 'node_modules', ...d.name.split('/'), 'package.json');
const isInstalled = (dir: string, d: Driver) => fs.existsSync(path.join(dir, INSTALLED_MARKER)) && fs.existsSync(packageJson(dir, d));

/** Temporary installs of this driver that a killed run left next to the target (never loaded; removed once surely abandoned). */
function removeAbandoned(dir: string): void {
  const parent = path.dirname(dir);
  const prefix = `${path.basename(dir)}.`;
  for (const name of fs.readdirSync(parent)) {
    if (!name.startsWith(prefix)) continue;
    const p = path.join(parent, name);
    try {
      if (Date.now() - fs.statSync(p).mtimeMs > ABANDONED_MS) fs.rmSync(p, { recursive: true, force: true });
    } catch {
      // Another run removed it first.
    }
  }
}

/**
 * Installs into a temporary directory beside the target and renames it into
 * place, so that the target is either absent or complete. Of two runs
 * installing at once, the second rename fails and that run uses the first's
 * copy. A target without the marker (a copy an older mlship was installing in
 * place when it was stopped) is moved aside and replaced.
 */
async function install(d: Driver, dir: string, env: NodeJS.ProcessEnv, fix: string): Promise<void> {
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  removeAbandoned(dir);
  const tmp = fs.mkdtempSync(`${dir}.installing-`);
  try {
    try {
      await promisify(nodeChildProcess().execFile)('npm', ['install', '--prefix', tmp, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `${d.name}@${d.version}`], { env: { ...env, npm_config_loglevel: 'error' } });
    } catch (e) {
      // npm ends with where its log is; the line saying what went wrong comes before.
      const lines = String((e as { stderr?: string }).stderr ?? (e as Error).message).trim().split('\n');
      const why = lines.find((l) => /^npm (error|ERR!) /.test(l) && !/ (code|errno) |complete log/.test(l))?.replace(/^npm (error|ERR!) /, '') ?? lines.at(-1);
      throw new UserError(`engine ${d.engine}: npm could not install ${d.name}@${d.version}: ${why}`, { hint: fix });
    }
    if (!fs.existsSync(packageJson(tmp, d))) throw new UserError(`engine ${d.engine}: npm installed ${d.name}@${d.version} without its package.json`, { hint: fix });
    fs.writeFileSync(path.join(tmp, INSTALLED_MARKER), `${JSON.stringify({ name: d.name, version: d.version, installed: new Date().toISOString() })}\n`);
    for (let attempt = 0; ; attempt++) {
      try {
        fs.renameSync(tmp, dir);
        return;
      } catch (e) {
        const code = (e as { code?: string }).code;
        if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM') throw e;
        if (isInstalled(dir, d)) return;
        if (attempt > 0) throw e;
        // Unfinished: nobody loads it, so moving it aside cannot pull a driver from under a run.
        const stale = `${dir}.stale-${process.pid}-${Date.now()}`;
        try {
          fs.renameSync(dir, stale);
          fs.rmSync(stale, { recursive: true, force: true });
        } catch {
          // Another run moved it first.
        }
      }
    }
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

export async function requireDriver<T>(d: Driver, log: (line: string) => void, env: NodeJS.ProcessEnv = process.env): Promise<T> {
  try {
    return requireHere(d.name) as T;
  } catch (e) {
    if (!notFound(e)) throw e;
  }
  const toolCache = env.RUNNER_TOOL_CACHE;
  const fix = `Install it next to mlship (npm install ${d.name}@${d.version}); on a GitHub runner mlship installs it into the tool cache at first use.`;
  if (!toolCache) throw new UserError(`engine ${d.engine} needs the ${d.name} driver, which is not installed`, { hint: fix });
  const dir = driverCacheDir(d, toolCache);
  if (!isInstalled(dir, d)) {
    const started = Date.now();
    log(`engine ${d.engine}: installing ${d.name}@${d.version} into the tool cache (${dir}), once per runner…`);
    await install(d, dir, env, fix);
    log(`engine ${d.engine}: ${d.name} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return createRequire(path.join(dir, 'index.js'))(d.name) as T;
}
