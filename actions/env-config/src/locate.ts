import fs from 'node:fs';
import path from 'node:path';
import { refuseLinkOutOfWorkspace, suggestion, UserError } from '@mlship/core';

export interface ConfigLocation {
  file: string;
  environment: string;
}

const EXTENSIONS = ['.yaml', '.yml'];

/** The environments a directory offers: its *.yaml / *.yml files, by name. */
export function listEnvironments(dir: string): string[] {
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => EXTENSIONS.includes(path.extname(f)) && fs.statSync(path.join(dir, f)).isFile())
    .map((f) => f.slice(0, -path.extname(f).length))
    .sort();
}

/**
 * `environment` + `directory`, or an explicit `file`: exactly one of the two ways. The file
 * found is the checkout's, so on a runner a link out of the workspace is refused before its
 * values could be exported.
 */
export function locateConfig(o: { environment?: string; directory: string; file?: string; cwd: string }): ConfigLocation {
  const found = findConfig(o);
  const shown = (p: string) => path.relative(o.cwd, p) || p;
  refuseLinkOutOfWorkspace(found.file, `config ${shown(found.file)}`, shown);
  return found;
}

function findConfig(o: { environment?: string; directory: string; file?: string; cwd: string }): ConfigLocation {
  if (o.environment && o.file) {
    throw new UserError('inputs "environment" and "file" are both given; give one of them', { hint: 'environment reads <directory>/<environment>.yaml; file reads that path.' });
  }
  if (o.file) {
    const file = path.resolve(o.cwd, o.file);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) {
      throw new UserError(`input "file": ${o.file} not found (looked in ${o.cwd})`, { hint: 'Check out the repository first (actions/checkout), or fix the path.' });
    }
    return { file, environment: path.basename(file).replace(/\.(ya?ml|json)$/i, '') };
  }
  if (!o.environment) {
    throw new UserError('neither "environment" nor "file" is given', { hint: 'Give environment (e.g. production, read from configs/environments/production.yaml) or file.' });
  }
  // The name becomes a path: refuse anything that could leave the directory.
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(o.environment) || o.environment.includes('..')) {
    throw new UserError(`input "environment" is "${o.environment}", which is not an environment name`, { hint: 'Use letters, digits, ., _ and - (e.g. production); use file for a path.' });
  }
  const dir = path.resolve(o.cwd, o.directory);
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) {
    throw new UserError(`input "directory": ${o.directory} is not a directory (looked in ${o.cwd})`, { hint: 'Check out the repository first (actions/checkout), or set directory to where the <environment>.yaml files are.' });
  }
  const found = EXTENSIONS.map((ext) => path.join(dir, o.environment + ext)).filter((f) => fs.existsSync(f) && fs.statSync(f).isFile());
  if (found.length > 1) {
    throw new UserError(`both ${path.join(o.directory, `${o.environment}.yaml`)} and ${path.join(o.directory, `${o.environment}.yml`)} exist`, { hint: 'Keep one of them, or pick one with file.' });
  }
  if (found.length === 0) {
    const known = listEnvironments(dir);
    const listed = known.length ? `environments in ${o.directory}: ${known.join(', ')}.` : `${o.directory} holds no .yaml or .yml files.`;
    throw new UserError(`${path.join(o.directory, `${o.environment}.yaml`)} not found; ${listed}${suggestion(o.environment, known)}`, { hint: 'Add the file, or fix environment.' });
  }
  return { file: found[0]!, environment: o.environment };
}
