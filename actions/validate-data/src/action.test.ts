import fs from 'node:fs';
import path from 'node:path';
import { describeInputs, readActionYml, referenceTables } from '@mlship/core';
import { validateData } from './action';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const yml = readActionYml(path.join(root, 'actions/validate-data/action.yml'));

describe('validate-data action.yml', () => {
  it('declares the same inputs, required flags and defaults as the zod schema', () => {
    const fromYml = Object.entries(yml.inputs).map(([name, i]) => ({ name, required: i.required === true, ...(i.default !== undefined ? { default: String(i.default) } : {}) }));
    expect(fromYml).toEqual(describeInputs(validateData.inputs));
  });

  it('runs on node24 from the committed bundle', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: '../../dist/validate-data/index.js' });
    expect(Object.keys(yml.outputs)).toEqual(['passed', 'status', 'failed-checks', 'report-path']);
  });

  it('is documented in the README with tables generated from action.yml', () => {
    const readme = fs.readFileSync(path.join(root, 'README.md'), 'utf8');
    const tables = referenceTables(yml);
    if (!readme.includes(tables)) console.log(`README.md must contain:\n${tables}`);
    expect(readme.includes(tables)).toBe(true);
  });
});
