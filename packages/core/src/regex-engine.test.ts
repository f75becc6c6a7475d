import { compileGlob } from './glob';
import { loadRegexEngine } from './regex-engine';
import { compileUserRegex, regexRefusal } from './user-regex';

// Its own file: the engine is loaded once per test file's modules, and here it must start unloaded.
it('refuses to compile a pattern or glob before the engine is loaded, then compiles both', async () => {
  const internal = 'internal error: a pattern was compiled before loadRegexEngine() was awaited';
  expect(() => compileUserRegex('a+', { what: 'input "mask-keys"' })).toThrow(internal);
  expect(() => regexRefusal('(?=a)')).toThrow(internal);
  expect(() => compileGlob('*.csv')).toThrow(internal);
  await loadRegexEngine();
  expect(compileUserRegex('a+', { what: 'input "mask-keys"' }).test('caat')).toBe(true);
  expect(regexRefusal('(?=a)')?.problem).toContain('lookahead');
  expect(compileGlob('*.csv')('train.csv')).toBe(true);
});
