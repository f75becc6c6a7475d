import fs from 'node:fs';
import path from 'node:path';
import { describeInputs, readActionYml, referenceTables } from '@mlship/core';
import { promoteModel } from './action';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../..');
const yml = readActionYml(path.join(root, 'actions/promote-model/action.yml'));

describe('promote-model action.yml', () => {
  it('declares the same inputs, required flags and defaults as the zod schema', () => {
    const fromYml = Object.entries(yml.inputs).map(([name, i]) => ({ name, required: i.required === true, ...(i.default !== undefined ? { default: String(i.default) } : {}) }));
    expect(fromYml).toEqual(describeInputs(promoteModel.inputs));
  });

  it('runs on node24 from the committed bundle', () => {
    expect(yml.runs).toEqual({ using: 'node24', main: '../../dist/promote-model/index.js' });
    expect(Object.keys(yml.outputs)).toEqual(['passed', 'status', 'failed-checks', 'report-path', 'version', 'previous-version', 'registry-url']);
  });

  it('masks every credential input', () => {
    expect(promoteModel.secrets).toEqual(['mlflow-token', 'mlflow-password', 'github-token']);
  });

  it('is documented in its README with tables generated from action.yml', () => {
    const readme = fs.readFileSync(path.join(root, 'actions/promote-model/README.md'), 'utf8');
    const tables = referenceTables(yml);
    if (!readme.includes(tables)) console.log(`actions/promote-model/README.md must contain:\n${tables}`);
    expect(readme.includes(tables)).toBe(true);
  });
});
