import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describeError } from '@mlship/core';
import { driverCacheDir, INSTALLED_MARKER, requireDriver, type Driver } from './driver';
import { packFixture, startRegistryDouble, type RegistryDouble } from './testing/npm-registry-double';

/**
 * The tool-cache install with a real npm, from a registry double serving a
 * packed fixture package: no network. Two jobs of one self-hosted runner share
 * RUNNER_TOOL_CACHE, and a job can be cancelled mid-install.
 */
const DRIVER: Driver = { name: '@mlship-test/tiny-driver', version: '1.2.3', engine: 'testdb', native: true };

let work: string;
let registry: RegistryDouble;
let cache: string;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-driver-install-'));
  const tarball = packFixture(work, DRIVER, 'module.exports = { tiny: "driver", pid: process.pid };\n');
  // Held back long enough that two concurrent installs are both inside npm at once.
  registry = await startRegistryDouble(DRIVER, tarball, { delayMs: 300 });
});
afterAll(async () => {
  await registry?.close();
  fs.rmSync(work, { recursive: true, force: true });
});
beforeEach(() => {
  cache = fs.mkdtempSync(path.join(work, 'toolcache-'));
  env = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TOOL_CACHE: cache, npm_config_registry: `${registry.url}/`, npm_config_cache: path.join(cache, '.npm') };
  registry.requests.length = 0;
});

const dir = () => driverCacheDir(DRIVER, cache);
const siblings = () => fs.readdirSync(path.dirname(dir())).sort();
const tarballGets = () => registry.requests.filter((r) => r.endsWith('.tgz')).length;

describe('drivers installed into the tool cache', () => {
  it('installs once with npm, marks the finished copy, and loads it from then on', async () => {
    const lines: string[] = [];
    await expect(requireDriver(DRIVER, (l) => lines.push(l), env)).resolves.toEqual({ tiny: 'driver', pid: process.pid });
    expect(lines[0]).toBe(`engine testdb: installing @mlship-test/tiny-driver@1.2.3 into the tool cache (${dir()}), once per runner…`);
    expect(lines[1]).toMatch(/^engine testdb: @mlship-test\/tiny-driver ready in \d+\.\d s$/);
    expect(JSON.parse(fs.readFileSync(path.join(dir(), INSTALLED_MARKER), 'utf8'))).toMatchObject({ name: DRIVER.name, version: DRIVER.version });
    // Nothing but the finished copy is left beside it.
    expect(siblings()).toEqual([path.basename(dir())]);
    expect(tarballGets()).toBe(1);

    const again: string[] = [];
    await requireDriver(DRIVER, (l) => again.push(l), env);
    expect(again).toEqual([]);
    expect(tarballGets()).toBe(1);
  });

  it('two installs at once: one copy is renamed into place, the other run uses it, no temporary directory is left', async () => {
    const [a, b] = await Promise.all([requireDriver(DRIVER, () => {}, env), requireDriver(DRIVER, () => {}, env)]);
    expect(a).toEqual({ tiny: 'driver', pid: process.pid });
    expect(b).toBe(a);
    // Both really installed (the race was run), and only one copy survived.
    expect(tarballGets()).toBe(2);
    expect(siblings()).toEqual([path.basename(dir())]);
    expect(fs.existsSync(path.join(dir(), INSTALLED_MARKER))).toBe(true);
  });

  it('a copy without the marker (an install that was stopped) is never loaded: it is replaced', async () => {
    const pkg = path.join(dir(), 'node_modules', '@mlship-test', 'tiny-driver');
    fs.mkdirSync(pkg, { recursive: true });
    fs.writeFileSync(path.join(pkg, 'package.json'), JSON.stringify({ name: DRIVER.name, version: DRIVER.version, main: 'index.js' }));
    fs.writeFileSync(path.join(pkg, 'index.js'), 'module.exports = { half: "finished" };');
    // And a temporary install a killed run left an hour ago, and one a live run is filling now.
    const abandoned = `${dir()}.installing-abandoned`;
    const live = `${dir()}.installing-live`;
    fs.mkdirSync(path.join(abandoned, 'node_modules'), { recursive: true });
    fs.mkdirSync(path.join(live, 'node_modules'), { recursive: true });
    const hourAgo = new Date(Date.now() - 61 * 60 * 1000);
    fs.utimesSync(abandoned, hourAgo, hourAgo);

    await expect(requireDriver(DRIVER, () => {}, env)).resolves.toEqual({ tiny: 'driver', pid: process.pid });
    expect(tarballGets()).toBe(1);
    expect(fs.existsSync(path.join(dir(), INSTALLED_MARKER))).toBe(true);
    expect(siblings()).toEqual([path.basename(dir()), path.basename(live)]);
  });

  it('a version the registry does not have is one line naming the driver, and leaves nothing behind', async () => {
    const missing = { ...DRIVER, version: '9.9.9' };
    const line = await requireDriver(missing, () => {}, env).catch((e) => describeError(e));
    expect(line).toMatch(/^engine testdb: npm could not install @mlship-test\/tiny-driver@9\.9\.9: .*9\.9\.9.*\. Install it next to mlship/);
    expect(line).not.toContain('\n');
    const parent = path.dirname(driverCacheDir(missing, cache));
    expect(fs.readdirSync(parent)).toEqual([]);
  });
});
