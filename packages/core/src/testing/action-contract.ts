import fs from 'node:fs';
import path from 'node:path';
import { readActionYml, referenceTables } from '../action-yml';
import type { ActionDefinition } from '../action';
import { describeInputs } from '../inputs';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../..');

/**
 * The tests every action owes its users (test-only; jest globals): action.yml
 * and the zod schema agree on inputs, it runs the committed bundle on node24
 * with the documented outputs, and its reference tables in the README are the
 * ones generated from action.yml.
 */
export function describeActionContract(def: ActionDefinition, o: { outputs: string[]; readme: string }): void {
  const yml = readActionYml(path.join(root, 'actions', def.name, 'action.yml'));
  describe(`${def.name} action.yml`, () => {
    it('declares the same inputs, required flags and defaults as the zod schema', () => {
      const fromYml = Object.entries(yml.inputs).map(([name, i]) => ({ name, required: i.required === true, ...(i.default !== undefined ? { default: String(i.default) } : {}) }));
      // Order is the README's reading order, not part of the contract.
      const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
      expect(fromYml.sort(byName)).toEqual(describeInputs(def.inputs).sort(byName));
    });

    it('runs on node24 from the committed bundle, with the documented outputs', () => {
      const { post, 'post-if': postIf, ...runs } = yml.runs as Record<string, unknown>;
      expect(runs).toEqual({ using: 'node24', main: `../../dist/${def.name}/index.js` });
      // A post step (cleanup after cancellation) must come from the same committed dist/ directory
      // (or its own ncc output directory in it, e.g. dist/<name>/post/index.js, so chunk names cannot collide).
      if (post !== undefined) expect(String(post)).toMatch(new RegExp(`^\\.\\./\\.\\./dist/${def.name}/([\\w-]+/)?[\\w-]+\\.js$`));
      if (postIf !== undefined) expect(typeof postIf).toBe('string');
      expect(Object.keys(yml.outputs)).toEqual(o.outputs);
    });

    it(`is documented in ${o.readme} with tables generated from action.yml`, () => {
      const readme = fs.readFileSync(path.join(root, o.readme), 'utf8');
      const tables = referenceTables(yml);
      if (!readme.includes(tables)) console.log(`${o.readme} must contain:\n${tables}`);
      expect(readme.includes(tables)).toBe(true);
    });
  });
}
