import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { userErrorLine } from '@mlship/core/testing';
import { locateConfig } from './locate';

const fixtures = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../__tests__/fixtures/env-config');
const locate = (o: { environment?: string; file?: string; directory?: string }, cwd = fixtures) => locateConfig({ directory: 'configs/environments', cwd, ...o });

describe('locateConfig', () => {
  it('reads <directory>/<environment>.yaml, or an explicit file', () => {
    expect(locate({ environment: 'staging' })).toEqual({ file: path.join(fixtures, 'configs/environments/staging.yaml'), environment: 'staging' });
    expect(locate({ file: 'configs/environments/production.yaml' })).toEqual({ file: path.join(fixtures, 'configs/environments/production.yaml'), environment: 'production' });
  });

  it('accepts .yml, and refuses a name with both', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envcfg-'));
    fs.mkdirSync(path.join(dir, 'configs/environments'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'configs/environments/dev.yml'), 'a: 1\n');
    expect(locate({ environment: 'dev' }, dir).file).toBe(path.join(dir, 'configs/environments/dev.yml'));
    fs.writeFileSync(path.join(dir, 'configs/environments/dev.yaml'), 'a: 1\n');
    expect(userErrorLine(() => locate({ environment: 'dev' }, dir))).toMatch(/^both configs\/environments\/dev\.yaml and configs\/environments\/dev\.yml exist/);
  });

  it('names the missing file and lists the environments there', () => {
    expect(userErrorLine(() => locate({ environment: 'prod' }))).toBe(
      'configs/environments/prod.yaml not found; environments in configs/environments: production, staging. Add the file, or fix environment.',
    );
    expect(userErrorLine(() => locate({ environment: 'stagin' }))).toMatch(/environments in configs\/environments: production, staging\. Did you mean "staging"\?/);
  });

  it.each([
    [{ environment: 'production', file: 'x.yaml' }, /^inputs "environment" and "file" are both given/],
    [{}, /^neither "environment" nor "file" is given/],
    [{ environment: '../../etc/passwd' }, /^input "environment" is "\.\.\/\.\.\/etc\/passwd", which is not an environment name/],
    [{ environment: 'production', directory: 'config/envs' }, /^input "directory": config\/envs is not a directory/],
    [{ file: 'nope.yaml' }, /^input "file": nope\.yaml not found/],
  ])('refuses %j', (o, message) => expect(userErrorLine(() => locate(o))).toMatch(message));
});

describe('locateConfig on a runner (GITHUB_WORKSPACE set)', () => {
  // The environment files are the pull request's: a link there must not export a file from elsewhere on the runner.
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'envcfg-ws-'));
  const ws = path.join(dir, 'ws');
  beforeAll(() => {
    fs.mkdirSync(path.join(dir, 'outside'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'outside/credentials.yaml'), 'aws_secret_access_key: from-outside\n');
    fs.mkdirSync(path.join(ws, 'configs/environments'), { recursive: true });
    fs.writeFileSync(path.join(ws, 'configs/environments/base.yaml'), 'a: 1\n');
    fs.symlinkSync('../../../outside/credentials.yaml', path.join(ws, 'configs/environments/staging.yaml'));
    fs.symlinkSync('base.yaml', path.join(ws, 'configs/environments/dev.yaml'));
    process.env.GITHUB_WORKSPACE = ws;
  });
  afterAll(() => {
    delete process.env.GITHUB_WORKSPACE;
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('refuses an environment file linked out of the workspace, by environment or by file, naming the link', () => {
    const line = userErrorLine(() => locate({ environment: 'staging' }, ws));
    expect(line).toMatch(/^config configs\/environments\/staging\.yaml: configs\/environments\/staging\.yaml is a link to \.\.\/\.\.\/\.\.\/outside\/credentials\.yaml, outside the workspace /);
    expect(line).not.toContain('from-outside');
    expect(userErrorLine(() => locate({ file: 'configs/environments/staging.yaml' }, ws))).toMatch(/staging\.yaml is a link to .*, outside the workspace/);
  });

  it('reads a link that stays in the workspace', () => {
    expect(locate({ environment: 'dev' }, ws)).toEqual({ file: path.join(ws, 'configs/environments/dev.yaml'), environment: 'dev' });
  });
});
