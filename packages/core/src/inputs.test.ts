import { z } from 'zod';
import { UserError } from './errors';
import { booleanInput, describeInputs, failOnInput, numberInput, parseInputs } from './inputs';

const schema = z.object({
  data: z.string(),
  'dry-run': booleanInput().default(false),
  retries: numberInput().optional(),
  'fail-on': failOnInput(),
});

describe('inputs', () => {
  it('parses strings into typed values and treats empty as not given', () => {
    const v = parseInputs(schema, (n) => ({ data: 'x.csv', 'dry-run': 'True', retries: '3', 'fail-on': '' })[n]);
    expect(v).toEqual({ data: 'x.csv', 'dry-run': true, retries: 3, 'fail-on': 'error' });
  });

  it('names the input and how to fix it', () => {
    expect(() => parseInputs(schema, () => undefined)).toThrow('input "data" is required');
    expect(() => parseInputs(schema, (n) => ({ data: 'x', 'dry-run': 'yes' })[n])).toThrow('input "dry-run" expected true or false, got "yes"');
    expect(() => parseInputs(schema, (n) => ({ data: 'x', 'fail-on': 'always' })[n])).toThrow(UserError);
    expect(() => parseInputs(schema, (n) => ({ data: 'x', retries: 'three' })[n])).toThrow('expected a number, got "three"');
  });

  it('describes required inputs and defaults for the action.yml sync test', () => {
    expect(describeInputs(schema)).toEqual([
      { name: 'data', required: true },
      { name: 'dry-run', required: false, default: 'false' },
      { name: 'retries', required: false },
      { name: 'fail-on', required: false, default: 'error' },
    ]);
  });
});
