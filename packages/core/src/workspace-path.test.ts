/**
 * A config file named inside the workspace (`config: configs/checks.yml`) is
 * controlled by the pull request: a link there must not make the step read a
 * file elsewhere on the runner, whose values a config error would then echo.
 * Real files and real links in a temp workspace.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { UserError } from './errors';
import { readConfigDocument } from './config-file';
import { loadYamlParser } from './yaml-parser';

beforeAll(loadYamlParser);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-ws-'));
const ws = path.join(dir, 'ws');
const put = (rel: string, text: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  fs.writeFileSync(path.join(dir, rel), text);
};
const link = (target: string, at: string) => {
  fs.mkdirSync(path.dirname(path.join(dir, at)), { recursive: true });
  fs.symlinkSync(target, path.join(dir, at));
};
const lineOf = (work: () => unknown): string => {
  try {
    work();
  } catch (e) {
    if (e instanceof UserError) return e.line;
    throw e;
  }
  throw new Error('expected a UserError');
};

beforeAll(() => {
  put('outside/secret.yml', 'token: ghs_outside_the_workspace\n');
  put('ws/configs/real.yml', 'checks: []\n');
  link('../../outside/secret.yml', 'ws/configs/checks.yml');
  link('real.yml', 'ws/configs/latest.yml');
  link('../outside', 'ws/shared');
});
afterEach(() => delete process.env.GITHUB_WORKSPACE);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('config files named inside GITHUB_WORKSPACE', () => {
  it('a config file linked out of the workspace is refused, naming the link and its target, without reading it', () => {
    process.env.GITHUB_WORKSPACE = ws;
    const line = lineOf(() => readConfigDocument('configs/checks.yml', ws, 'config'));
    expect(line).toBe(`config configs/checks.yml: configs/checks.yml is a link to ../../outside/secret.yml, outside the workspace ${ws}. Replace the link with the file itself, or name the real location directly; links that leave the workspace are refused so that a pull request cannot make the step read other files on the runner.`);
    expect(line).not.toContain('ghs_');
  });

  it('a directory link on the way out is the one named', () => {
    process.env.GITHUB_WORKSPACE = ws;
    expect(lineOf(() => readConfigDocument('shared/secret.yml', ws, 'config'))).toMatch(/^config shared\/secret\.yml: shared is a link to \.\.\/outside, outside the workspace/);
  });

  it('a link that stays in the workspace is read', () => {
    process.env.GITHUB_WORKSPACE = ws;
    expect(readConfigDocument('configs/latest.yml', ws, 'config').value).toEqual({ checks: [] });
  });

  it('a file named outside the workspace, or any file without a workspace (the CLI), is read as named', () => {
    process.env.GITHUB_WORKSPACE = ws;
    expect(readConfigDocument(path.join(dir, 'outside/secret.yml'), ws, 'config').value).toEqual({ token: 'ghs_outside_the_workspace' });
    delete process.env.GITHUB_WORKSPACE;
    expect(readConfigDocument('configs/checks.yml', ws, 'config').value).toEqual({ token: 'ghs_outside_the_workspace' });
  });
});
