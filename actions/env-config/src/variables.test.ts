import { userErrorLine } from '@mlship/core/testing';
import type { Leaf } from './flatten';
import { checkPrefix, isProtectedName, nameVariables } from './variables';

const leaf = (name: string, keyPath = name.replace(/_/g, '.'), line = 1): Leaf => ({ name, keyPath, value: 'v', isNull: false, line });

describe('nameVariables', () => {
  it('applies case and prefix', () => {
    const leaves = [leaf('model_batch_size')];
    expect(nameVariables(leaves, { prefix: '', case: 'keep', source: 'p.yaml' })[0]!.envName).toBe('model_batch_size');
    expect(nameVariables(leaves, { prefix: '', case: 'upper', source: 'p.yaml' })[0]!.envName).toBe('MODEL_BATCH_SIZE');
    expect(nameVariables(leaves, { prefix: 'cfg_', case: 'upper', source: 'p.yaml' })[0]!.envName).toBe('cfg_MODEL_BATCH_SIZE');
  });

  it.each([
    ['path', 'keep'],
    ['ld_preload', 'upper'],
    ['node_options', 'keep'],
    ['bash_env', 'keep'],
    ['env', 'keep'],
    ['home', 'keep'],
    ['github_token', 'keep'],
    ['runner_temp', 'upper'],
    ['actions_runtime_url', 'keep'],
    ['ld_library_path', 'keep'],
  ] as const)('refuses %s (case %s), naming the key and its line', (name, c) => {
    expect(userErrorLine(() => nameVariables([leaf('model_x', 'model.x', 1), leaf(name, name, 7)], { prefix: '', case: c, source: 'p.yaml' }))).toMatch(
      new RegExp(`^p\\.yaml:7: key "${name}" would set ${c === 'upper' ? name.toUpperCase() : name}, which controls how later steps run; it is never exported\\. Rename the key, or namespace every variable with the prefix input`),
    );
  });

  it('a prefix makes a protected key safe, and cannot itself smuggle one in', () => {
    expect(nameVariables([leaf('path')], { prefix: 'CFG_', case: 'keep', source: 'p.yaml' })[0]!.envName).toBe('CFG_path');
    expect(userErrorLine(() => nameVariables([leaf('x')], { prefix: 'GITHUB_', case: 'keep', source: 'p.yaml' }))).toMatch(/would set GITHUB_x/);
  });

  it('refuses two keys that land on one name', () => {
    expect(userErrorLine(() => nameVariables([leaf('a_b', 'a_b', 1), leaf('a_b', 'a.b', 3)], { prefix: '', case: 'keep', source: 'p.yaml' }))).toBe(
      'p.yaml:3: keys "a_b" (line 1) and "a.b" would both set a_b. Rename one of the keys: names join the key path with _ and replace other characters with _.',
    );
    expect(userErrorLine(() => nameVariables([leaf('Lr', 'Lr', 1), leaf('lr', 'lr', 2)], { prefix: '', case: 'keep', source: 'p.yaml' }))).toMatch(/keys "Lr" \(line 1\) and "lr" would both set lr/);
  });

  it('isProtectedName is case-insensitive', () => {
    expect(isProtectedName('Path')).toBe(true);
    expect(isProtectedName('model_path')).toBe(false);
  });

  it('checkPrefix refuses a prefix that cannot start a name', () => {
    expect(checkPrefix(undefined)).toBe('');
    expect(checkPrefix('CFG_')).toBe('CFG_');
    expect(userErrorLine(() => checkPrefix('1CFG'))).toMatch(/^input "prefix" is "1CFG", which cannot start a variable name/);
    expect(userErrorLine(() => checkPrefix('CFG-'))).toMatch(/^input "prefix"/);
  });
});
