import { UserError } from '@mlship/core';
import type { Leaf } from './flatten';

export type NameCase = 'keep' | 'upper';

export interface Variable extends Leaf {
  /** The exported name: prefix + yq name (upper-cased with case: upper). */
  envName: string;
}

/**
 * Names a runner, a shell or a language runtime reads to decide what runs
 * and how: a config file must never be able to set them for later steps
 * (PATH or LD_PRELOAD pointing into the workspace runs attacker code).
 * Compared case-insensitively, because Windows runners treat `path` as PATH.
 */
const PROTECTED = new Set([
  'PATH', 'HOME', 'USER', 'LOGNAME', 'SHELL', 'ENV', 'BASH_ENV', 'IFS', 'PS4', 'PROMPT_COMMAND', 'SHELLOPTS', 'BASHOPTS', 'CDPATH', 'GLOBIGNORE', 'TMPDIR', 'CI',
  'LD_PRELOAD', 'LD_LIBRARY_PATH', 'LD_AUDIT', 'GCONV_PATH',
  'NODE_OPTIONS', 'NODE_PATH', 'NODE_EXTRA_CA_CERTS', 'NPM_CONFIG_USERCONFIG',
  'PYTHONPATH', 'PYTHONHOME', 'PYTHONSTARTUP', 'PYTHONUSERBASE', 'PIP_INDEX_URL', 'PIP_EXTRA_INDEX_URL',
  'PERL5OPT', 'PERL5LIB', 'PERLLIB', 'RUBYOPT', 'RUBYLIB', 'JAVA_TOOL_OPTIONS', '_JAVA_OPTIONS', 'JDK_JAVA_OPTIONS', 'DOTNET_STARTUP_HOOKS',
  'GIT_SSH', 'GIT_SSH_COMMAND', 'GIT_ASKPASS', 'SSH_ASKPASS', 'GIT_EXEC_PATH', 'GIT_DIR', 'GIT_WORK_TREE', 'GIT_TEMPLATE_DIR', 'GIT_PROXY_COMMAND', 'GIT_EXTERNAL_DIFF',
  'SSL_CERT_FILE', 'SSL_CERT_DIR', 'CURL_CA_BUNDLE', 'REQUESTS_CA_BUNDLE', 'HTTP_PROXY', 'HTTPS_PROXY', 'ALL_PROXY', 'NO_PROXY',
]);
const PROTECTED_PREFIXES = ['GITHUB_', 'RUNNER_', 'ACTIONS_', 'INPUT_', 'STATE_', 'LD_', 'DYLD_', 'BASH_FUNC_', 'GIT_CONFIG'];

export function isProtectedName(name: string): boolean {
  const upper = name.toUpperCase();
  return PROTECTED.has(upper) || PROTECTED_PREFIXES.some((p) => upper.startsWith(p));
}

export function checkPrefix(prefix: string | undefined): string {
  if (prefix === undefined) return '';
  if (!/^[A-Za-z_][A-Za-z0-9_]*$/.test(prefix)) {
    throw new UserError(`input "prefix" is "${prefix}", which cannot start a variable name`, { hint: 'Use letters, digits and _ only, starting with a letter or _, e.g. CFG_.' });
  }
  return prefix;
}

/** Final names for every leaf; refuses protected names and two keys that would land on one name. */
export function nameVariables(leaves: Leaf[], o: { prefix: string; case: NameCase; source: string }): Variable[] {
  const byName = new Map<string, Variable>();
  const out: Variable[] = [];
  for (const leaf of leaves) {
    const envName = o.prefix + (o.case === 'upper' ? leaf.name.toUpperCase() : leaf.name);
    if (isProtectedName(envName)) {
      throw new UserError(`key "${leaf.keyPath}" would set ${envName}, which controls how later steps run; it is never exported`, {
        where: `${o.source}:${leaf.line}`,
        hint: 'Rename the key, or namespace every variable with the prefix input (e.g. prefix: CFG_).',
      });
    }
    // Windows runners (and `case: upper`) cannot tell Model_x from model_x apart either.
    const seen = byName.get(envName.toUpperCase());
    if (seen) {
      throw new UserError(`keys "${seen.keyPath}" (line ${seen.line}) and "${leaf.keyPath}" would both set ${envName}`, {
        where: `${o.source}:${leaf.line}`,
        hint: 'Rename one of the keys: names join the key path with _ and replace other characters with _.',
      });
    }
    const v = { ...leaf, envName };
    byName.set(envName.toUpperCase(), v);
    out.push(v);
  }
  return out;
}
