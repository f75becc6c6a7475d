import { UserError } from './errors';
import { parseConfigDocument } from './config-file';
import { loadYamlParser } from './yaml-parser';

// Its own file: the parser is loaded once per test file's modules, and here it must start unloaded.
it('refuses to parse YAML before the parser is loaded (a bug, not a config error), then parses and locates', async () => {
  let thrown: unknown;
  try {
    parseConfigDocument('a: 1\n', 'checks.yml');
  } catch (e) {
    thrown = e;
  }
  expect(thrown).toBeInstanceOf(Error);
  expect(thrown).not.toBeInstanceOf(UserError);
  expect((thrown as Error).message).toBe('internal error: YAML was parsed before loadYamlParser() was awaited');
  await loadYamlParser();
  const doc = parseConfigDocument('a: 1\nb:\n  c: [x, y]\n', 'checks.yml');
  expect(doc.value).toEqual({ a: 1, b: { c: ['x', 'y'] } });
  expect(doc.at(['b', 'c', 1])).toBe('checks.yml:3');
});
