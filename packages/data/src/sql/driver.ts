import { execFile } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { promisify } from 'node:util';
import { UserError } from '@mlship/core';

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

const requireHere = createRequire(import.meta.url);
const run = promisify(execFile);

const notFound = (e: unknown) => (e as { code?: string }).code === 'MODULE_NOT_FOUND';

/** Where the tool cache keeps this driver: one directory per version (and platform, for a native one). */
export function driverCacheDir(d: Driver, toolCache: string): string {
  return path.join(toolCache, 'mlship-drivers', `${d.name.replace(/[@/]/g, '_')}-${d.version}`, d.native ? `${process.platform}-${process.arch}` : 'js');
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
  const installed = path.join(dir, 'node_modules', ...d.name.split('/'), 'package.json');
  if (!fs.existsSync(installed)) {
    const started = Date.now();
    log(`engine ${d.engine}: installing ${d.name}@${d.version} into the tool cache (${dir}), once per runner…`);
    fs.mkdirSync(dir, { recursive: true });
    try {
      await run('npm', ['install', '--prefix', dir, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `${d.name}@${d.version}`], { env: { ...env, npm_config_loglevel: 'error' } });
    } catch (e) {
      // npm ends with where its log is; the line saying what went wrong comes before.
      const lines = String((e as { stderr?: string }).stderr ?? (e as Error).message).trim().split('\n');
      const why = lines.find((l) => /^npm (error|ERR!) /.test(l) && !/ (code|errno) |complete log/.test(l))?.replace(/^npm (error|ERR!) /, '') ?? lines.at(-1);
      throw new UserError(`engine ${d.engine}: npm could not install ${d.name}@${d.version}: ${why}`, { hint: fix });
    }
    log(`engine ${d.engine}: ${d.name} installed in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  return createRequire(path.join(dir, 'index.js'))(d.name) as T;
}
