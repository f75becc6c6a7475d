import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadYamlParser, UserError } from '@mlship/core';
import { mentionsJsonSchema } from './formats/json-schema';
import { checkId, loadConfig, parseConfig } from './load';

beforeAll(loadYamlParser);

const errorOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).line;
  }
  throw new Error('expected a UserError');
};

describe('config loading', () => {
  it('reads the native format with defaults filled in', () => {
    const c = parseConfig('checks:\n  - type: row_count\n    min: 10\n  - type: not_null\n    column: target\n    mostly: 0.95\n', 'checks.yml');
    expect(c.format).toBe('native');
    expect(c.checksFor([])).toEqual([
      { type: 'row_count', min: 10, severity: 'error' },
      { type: 'not_null', column: 'target', mostly: 0.95, severity: 'error' },
    ]);
    expect(c.checksFor([]).map(checkId)).toEqual(['row_count', 'not_null:target']);
  });

  it('accepts the seed configs/data_validation.json as-is, with the seed defaults and ids', () => {
    const c = parseConfig(
      JSON.stringify({ min_rows: 500, required_columns: ['a', 'target'], feature_ranges: { a: { min: 0, max: 1 } } }),
      'configs/data_validation.json',
    );
    expect(c.format).toBe('seed-002');
    const withTarget = c.checksFor(['a', 'target']);
    expect(withTarget.map(checkId)).toEqual(['row_count', 'missing_values', 'schema', 'target_distribution', 'range_a', 'duplicates']);
    expect(withTarget.find((x) => x.type === 'null_percent')).toMatchObject({ max: 5 });
    expect(withTarget.find((x) => x.type === 'duplicates')).toMatchObject({ max_percent: 1 });
    expect(withTarget.find((x) => x.type === 'class_balance')).toMatchObject({ column: 'target', min_percent: 1 });
    // The seed skips the target check when the default "target" column is absent.
    expect(c.checksFor(['a']).map(checkId)).not.toContain('target_distribution');
  });

  it("imports seed 000's Great Expectations suite", () => {
    const suite = {
      expectation_suite_name: 'training_data_suite',
      expectations: [
        { expectation_type: 'expect_table_row_count_to_be_between', kwargs: { min_value: 1000, max_value: 1000000 } },
        { expectation_type: 'expect_table_columns_to_match_set', kwargs: { column_set: ['feature1', 'feature2', 'feature3', 'target'] } },
        { expectation_type: 'expect_column_values_to_not_be_null', kwargs: { column: 'target' } },
        { type: 'expect_column_values_to_be_between', kwargs: { column: 'feature1', min_value: 0, max_value: 100, mostly: 0.99 } },
        { expectation_type: 'expect_column_distinct_values_to_be_in_set', kwargs: { column: 'category', value_set: ['A', 'B', 'C', 'D'] } },
      ],
    };
    const c = parseConfig(JSON.stringify(suite), 'gx/training_data_suite.json');
    expect(c.format).toBe('great-expectations');
    expect(c.checksFor([])).toEqual([
      { type: 'row_count', min: 1000, max: 1000000, severity: 'error' },
      { type: 'columns', columns: ['feature1', 'feature2', 'feature3', 'target'], mode: 'exact', severity: 'error' },
      { type: 'not_null', column: 'target', mostly: 1, severity: 'error' },
      { type: 'values_between', column: 'feature1', min: 0, max: 100, strict_min: false, strict_max: false, mostly: 0.99, severity: 'error' },
      { type: 'distinct_values_in_set', column: 'category', values: ['A', 'B', 'C', 'D'], severity: 'error' },
    ]);
  });

  it('names file, line and key for a typo, with a suggestion', () => {
    expect(errorOf(() => parseConfig('checks:\n  - type: row_count\n    mni: 10\n', 'checks.yml'))).toBe('checks.yml:3: checks[0]: unknown key "mni". Did you mean "min"?');
    expect(errorOf(() => parseConfig('{"min_rowz": 10, "max_null_percent": 5}', 'dv.json'))).toBe('dv.json:1: unknown key "min_rowz". Did you mean "min_rows"?');
  });

  it('names the key for a wrong type and an unknown check type', () => {
    expect(errorOf(() => parseConfig('checks:\n  - type: row_count\n    min: "ten"\n', 'checks.yml'))).toBe('checks.yml:3: checks[0].min: expected number, got "ten"');
    expect(errorOf(() => parseConfig('checks:\n  - type: row_cnt\n', 'checks.yml'))).toMatch(/^checks.yml:2: checks\[0\]: unknown check type "row_cnt". Did you mean "row_count"\?/);
    expect(errorOf(() => parseConfig('checks:\n  - type: not_null\n', 'c.yml'))).toBe('c.yml:2: checks[0].column: is required (expected string)');
    // A config's checks are validated against the types it uses only; an unknown one among them still lists every type.
    const unknownAmongKnown = errorOf(() => parseConfig('checks:\n  - type: row_count\n  - type: row_cnt\n', 'checks.yml'));
    expect(unknownAmongKnown).toMatch(/^checks.yml:3: checks\[1\]: unknown check type "row_cnt". Did you mean "row_count"\? Types: row_count, columns, not_null, /);
    expect(errorOf(() => parseConfig('checks:\n  - type: row_count\n  - min: 1\n', 'checks.yml'))).toMatch(/^checks.yml:3: checks\[1\]: missing "type". Use one of: row_count, columns, /);
    expect(errorOf(() => parseConfig('checks:\n  - type: row_count\n  - type: not_null\n    column: x\n    mostyl: 1\n', 'checks.yml'))).toBe('checks.yml:5: checks[1]: unknown key "mostyl". Did you mean "mostly"?');
  });

  it('reports invalid YAML with its line', () => {
    expect(errorOf(() => parseConfig('checks:\n  - type: row_count\n   min: 1\n  bad: [\n', 'checks.yml'))).toMatch(/^checks.yml:\d+: invalid YAML: /);
  });

  it('rejects duplicate ids and unsupported GX expectations', () => {
    expect(errorOf(() => parseConfig('checks:\n  - {type: row_count, min: 1}\n  - {type: row_count, max: 5}\n', 'c.yml'))).toContain('id "row_count" is used twice');
    expect(errorOf(() => parseConfig('{"expectations":[{"expectation_type":"expect_table_row_count_to_equal_other_table","kwargs":{}}]}', 's.json'))).toMatch(
      /^s.json: expectations\[0\]: expectation "expect_table_row_count_to_equal_other_table" is not supported/,
    );
  });

  it('loads a file, or inline YAML, and says when the file is missing', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-cfg-'));
    fs.writeFileSync(path.join(dir, 'checks.yml'), 'checks:\n  - type: duplicates\n');
    expect((await loadConfig('checks.yml', dir)).source).toBe('checks.yml');
    expect((await loadConfig('checks:\n  - type: duplicates\n', dir)).source).toBe('inline config');
    const missing = await loadConfig('nope.yml', dir).catch((e: unknown) => e);
    expect(missing).toBeInstanceOf(UserError);
    expect((missing as UserError).line).toBe('config file "nope.yml" not found. Pass a path to a YAML/JSON file (relative to the workspace), or inline YAML.');
  });

  it('loads the JSON Schema validator for a config that holds a schema, native or GX', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-cfg-'));
    const suite = { expectations: [{ expectation_type: 'expect_column_values_to_match_json_schema', kwargs: { column: 'j', json_schema: { type: 'integr' } } }] };
    fs.writeFileSync(path.join(dir, 'suite.json'), JSON.stringify(suite));
    await expect(loadConfig('suite.json', dir)).rejects.toThrow(/kwargs.json_schema is not a valid 2020-12 schema/);
    expect((await loadConfig('checks:\n  - {type: json_schema, column: j, schema: {type: object}}\n', dir)).checksFor([])[0]!.type).toBe('json_schema');
    expect(mentionsJsonSchema({ checks: [{ type: 'json_schema' }] })).toBe(true);
    expect(mentionsJsonSchema({ expectations: [{ kwargs: { json_schema: {} } }] })).toBe(true);
    expect(mentionsJsonSchema({ checks: [{ type: 'regex', pattern: 'json' }] })).toBe(false);
    const cyclic: Record<string, unknown> = { checks: [] };
    cyclic.self = cyclic;
    expect(mentionsJsonSchema(cyclic)).toBe(false);
  });
});
