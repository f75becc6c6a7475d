import { loadYamlParser, UserError } from '@mlship/core';
import { parseConfig } from './load';
import { loadJsonSchemaSupport } from './formats/json-schema';
import { loadRegexEngine } from '@mlship/core/user-regex';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

/**
 * A Great Expectations suite is never run with part of it dropped: every kwarg,
 * entry key and suite key mlship does not implement is refused with one line
 * naming the expectation, the key and what is supported.
 */
const lineFor = (suite: unknown): string => {
  try {
    parseConfig(JSON.stringify(suite), 'suite.json');
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).line;
  }
  throw new Error('expected a UserError');
};
const one = (type: string, kwargs: Record<string, unknown>) => ({ expectations: [{ expectation_type: type, kwargs }] });
const between = 'expect_column_values_to_be_between';

// Its JSON Schema checks are parsed from text, which does not load the validator itself.
beforeAll(loadJsonSchemaSupport);

describe('Great Expectations suites: refused, never dropped', () => {
  it.each([
    ['row_condition where mlship has no filtered equivalent', one('expect_column_values_to_be_of_type', { column: 'x', type_: 'int', row_condition: 'y == 9', condition_parser: 'pandas' }), /expect_column_values_to_be_of_type: kwarg "row_condition" is not supported by mlship.*Supported kwargs: column, type_, result_format/],
    ['windows', one('expect_column_mean_to_be_between', { column: 'x', windows: [] }), /expect_column_mean_to_be_between: kwarg "windows" is not supported/],
    ['allow_relative_error', one('expect_column_quantile_values_to_be_between', { column: 'x', quantile_ranges: { quantiles: [0.5], value_ranges: [[1, 2]] }, allow_relative_error: true }), /kwarg "allow_relative_error" is not supported/],
    ['a kwarg of another expectation', one('expect_column_values_to_not_be_null', { column: 'x', value_set: [1] }), /expect_column_values_to_not_be_null: kwarg "value_set" is not supported.*Supported kwargs: column, mostly, row_condition, condition_parser, result_format/],
  ])('an unimplemented kwarg: %s', (_, suite, re) => {
    expect(lineFor(suite)).toMatch(re);
  });

  it.each([
    ['a suite parameter nobody gave', one(between, { column: 'x', max_value: { $PARAMETER: 'upper' } }), 'suite.json: expectations[0]: expect_column_values_to_be_between: kwargs.max_value {"$PARAMETER": "upper"}: parameter "upper" is not given (no parameters input). Give parameters in the `parameters` input (JSON or YAML: name: value), or write the value itself.'],
    ['a parameter inside a kwarg', one('expect_column_quantile_values_to_be_between', { column: 'x', quantile_ranges: { quantiles: [0.5], value_ranges: [[{ $PARAMETER: 'lo' }, 2]] } }), 'suite.json: expectations[0]: expect_column_quantile_values_to_be_between: kwargs.min_value holds a suite parameter ({"$PARAMETER":"lo"}) inside it; only a whole kwarg can be a parameter. Write the value itself, or make the whole min_value one {"$PARAMETER": …}.'],
    ['a text bound', one(between, { column: 'x', min_value: 's' }), 'suite.json: expectations[0]: expect_column_values_to_be_between: kwargs.min_value must be a number or null, got "s". mlship compares numeric bounds only; dates and text bounds are not supported.'],
    ['a text row count', one('expect_table_row_count_to_equal', { value: 'hello' }), 'suite.json: expectations[0]: expect_table_row_count_to_equal: kwargs.value must be an integer >= 0, got "hello"'],
    ['a text mean bound', one('expect_column_mean_to_be_between', { column: 'x', max_value: 'quack' }), 'suite.json: expectations[0]: expect_column_mean_to_be_between: kwargs.max_value must be a number or null, got "quack". mlship compares numeric bounds only; dates and text bounds are not supported.'],
    ['a lookahead in match_regex', one('expect_column_values_to_match_regex', { column: 'x', regex: '^(?!test)' }), 'suite.json: expectations[0]: expect_column_values_to_match_regex: kwargs.regex "^(?!test)" uses a lookahead ((?!…)), which the linear-time regular expression engine (RE2 syntax) cannot run. Match the text itself, or split it into a pattern that must match and one that must not (in a data check: a regex and a not_regex check on the same column).'],
    ['a backreference in a regex_list', one('expect_column_values_to_not_match_regex_list', { column: 'x', regex_list: ['ok', '(.)\\1'] }), 'suite.json: expectations[0]: expect_column_values_to_not_match_regex_list: kwargs.regex_list[1] "(.)\\\\1" uses a backreference (\\1), which the linear-time regular expression engine (RE2 syntax) cannot run. Spell out the repeated text.'],
    ['mostly above 1', one('expect_column_values_to_be_unique', { column: 'x', mostly: 1.5 }), 'suite.json: expectations[0]: expect_column_values_to_be_unique: kwargs.mostly must be a number from 0 to 1, got 1.5'],
    ['a bad ignore_row_if', one('expect_compound_columns_to_be_unique', { column_list: ['a', 'b'], ignore_row_if: 'either' }), 'suite.json: expectations[0]: expect_compound_columns_to_be_unique: kwargs.ignore_row_if must be one of all_values_are_missing, any_value_is_missing, never, got "either"'],
    ['a bad result_format', one('expect_column_values_to_not_be_null', { column: 'x', result_format: 'FULL' }), 'suite.json: expectations[0]: expect_column_values_to_not_be_null: kwargs.result_format must be one of BOOLEAN_ONLY, BASIC, SUMMARY, COMPLETE, got "FULL"'],
    ['a bad result_format key', one('expect_column_values_to_not_be_null', { column: 'x', result_format: { result_format: 'BASIC', partial: 3 } }), 'suite.json: expectations[0]: expect_column_values_to_not_be_null: kwargs.result_format has unknown key "partial"; GX knows result_format, partial_unexpected_count, include_unexpected_rows, unexpected_index_column_names, return_unexpected_index_query, exclude_unexpected_values'],
    ['a null in a value set', one('expect_column_values_to_be_in_set', { column: 'x', value_set: [1, null] }), 'suite.json: expectations[0]: expect_column_values_to_be_in_set: kwargs.value_set holds null; mlship compares strings, numbers and booleans only'],
    ['an unknown type_', one('expect_column_values_to_be_of_type', { column: 'x', type_: 'VARCHAR' }), /kwargs.type_ "VARCHAR" has no mlship equivalent. Use one of: int, int_,/],
    ['a missing column', one('expect_column_values_to_not_be_null', {}), 'suite.json: expectations[0]: expect_column_values_to_not_be_null: kwargs.column is required'],
    ['a column index below 0', one('expect_column_to_exist', { column: 'x', column_index: -1 }), 'suite.json: expectations[0]: expect_column_to_exist: kwargs.column_index must be an integer >= 0, got -1'],
    ['uneven quantile ranges', one('expect_column_quantile_values_to_be_between', { column: 'x', quantile_ranges: { quantiles: [0.5, 0.9], value_ranges: [[1, 2]] } }), /kwargs.quantile_ranges must be \{quantiles/],
    ['a row_condition without condition_parser', one(between, { column: 'x', min_value: 1, row_condition: 'y == 9' }), 'suite.json: expectations[0]: expect_column_values_to_be_between: kwargs.condition_parser is required with row_condition. Add "condition_parser": "pandas" (bare column names) or "great_expectations" (col("name")).'],
    ['an unknown condition_parser', one(between, { column: 'x', min_value: 1, row_condition: 'y == 9', condition_parser: 'bad_parser' }), 'suite.json: expectations[0]: expect_column_values_to_be_between: kwargs.condition_parser must be one of pandas, great_expectations, great_expectations__experimental__, got "bad_parser". The spark and sql parsers are not supported.'],
    ['a text strict_min', one('expect_column_stdev_to_be_between', { column: 'x', min_value: 1, strict_min: 'yes' }), 'suite.json: expectations[0]: expect_column_stdev_to_be_between: kwargs.strict_min must be true or false, got "yes"'],
    ['cross-type comparisons', one('expect_column_pair_values_a_to_be_greater_than_b', { column_A: 'a', column_B: 'b', allow_cross_type_comparisons: true }), "suite.json: expectations[0]: expect_column_pair_values_a_to_be_greater_than_b: kwargs.allow_cross_type_comparisons true is not supported (GX's pandas engine does not implement it either). Remove it, or set it to false: numbers compare with numbers, text with text and dates with dates."],
    ['a multicolumn ignore_row_if on a pair', one('expect_column_pair_values_to_be_equal', { column_A: 'a', column_B: 'b', ignore_row_if: 'any_value_is_missing' }), 'suite.json: expectations[0]: expect_column_pair_values_to_be_equal: kwargs.ignore_row_if must be one of both_values_are_missing, either_value_is_missing, neither, never, got "any_value_is_missing"'],
    ['a pair ignore_row_if on a column list', one('expect_multicolumn_sum_to_equal', { column_list: ['a', 'b'], sum_total: 1, ignore_row_if: 'neither' }), 'suite.json: expectations[0]: expect_multicolumn_sum_to_equal: kwargs.ignore_row_if must be one of all_values_are_missing, any_value_is_missing, never, got "neither"'],
    ['a missing column_B', one('expect_column_pair_values_to_be_equal', { column_A: 'a' }), 'suite.json: expectations[0]: expect_column_pair_values_to_be_equal: kwargs.column_B is required'],
    ['a value pair of three', one('expect_column_pair_values_to_be_in_set', { column_A: 'a', column_B: 'b', value_pairs_set: [[1, 2], [1, 2, 3]] }), 'suite.json: expectations[0]: expect_column_pair_values_to_be_in_set: kwargs.value_pairs_set[1] must be a pair [A, B] of strings, numbers, booleans or null, got [1,2,3]'],
    ['no value pairs', one('expect_column_pair_values_to_be_in_set', { column_A: 'a', column_B: 'b', value_pairs_set: null }), 'suite.json: expectations[0]: expect_column_pair_values_to_be_in_set: kwargs.value_pairs_set is required'],
    ['no sum_total', one('expect_multicolumn_sum_to_equal', { column_list: ['a', 'b'] }), 'suite.json: expectations[0]: expect_multicolumn_sum_to_equal: kwargs.sum_total is required'],
    ['a text sum_total', one('expect_multicolumn_sum_to_equal', { column_list: ['a', 'b'], sum_total: '4' }), /expect_multicolumn_sum_to_equal: kwargs.sum_total must be a number or null, got "4"/],
    ['an empty column_list', one('expect_select_column_values_to_be_unique_within_record', { column_list: [] }), 'suite.json: expectations[0]: expect_select_column_values_to_be_unique_within_record: kwargs.column_list must name at least one column'],
    ['a null type_list', one('expect_column_values_to_be_in_type_list', { column: 'x', type_list: null }), 'suite.json: expectations[0]: expect_column_values_to_be_in_type_list: kwargs.type_list is null, which GX reads as "any type": a check that cannot fail. List the types the column may have, e.g. ["int", "float"].'],
    ['an unknown type in type_list', one('expect_column_values_to_be_in_type_list', { column: 'x', type_list: ['int', 'VARCHAR'] }), /kwargs.type_list "VARCHAR" has no mlship equivalent. Use one of: int, int_,/],
    ['an unsupported strftime directive', one('expect_column_values_to_match_strftime_format', { column: 'x', strftime_format: '%D' }), "suite.json: expectations[0]: expect_column_values_to_match_strftime_format: kwargs.strftime_format \"%D\": '%D' is not a supported directive (supported: %a %A %b %B %d %f %H %I %j %m %M %p %S %y %Y %z %Z %%)"],
    ['a stray % in a strftime format', one('expect_column_values_to_match_strftime_format', { column: 'x', strftime_format: '%Y-%' }), 'suite.json: expectations[0]: expect_column_values_to_match_strftime_format: kwargs.strftime_format "%Y-%": stray % in format \'%Y-%\''],
    ['a strftime format GX cannot read back', one('expect_column_values_to_match_strftime_format', { column: 'x', strftime_format: '%Y-%m-%d %z' }), 'suite.json: expectations[0]: expect_column_values_to_match_strftime_format: kwargs.strftime_format "%Y-%m-%d %z" cannot read back what strftime writes with it, so GX refuses it ("Unable to use provided strftime_format"). GX formats a time without a zone, where %z and %Z write nothing; use the native strftime_format check for zoned text.'],
    ['an invalid JSON Schema', one('expect_column_values_to_match_json_schema', { column: 'x', json_schema: { type: 'integr' } }), /^suite.json: expectations\[0\]: expect_column_values_to_match_json_schema: kwargs.json_schema is not a valid 2020-12 schema: schema is invalid: data\/type must be equal to one of the allowed values/],
    ['a draft-04 JSON Schema', one('expect_column_values_to_match_json_schema', { column: 'x', json_schema: { $schema: 'http://json-schema.org/draft-04/schema#' } }), /kwargs.json_schema \$schema "http:\/\/json-schema.org\/draft-04\/schema#" is not a draft mlship validates/],
    ['a JSON Schema that is not a mapping', one('expect_column_values_to_match_json_schema', { column: 'x', json_schema: '{}' }), 'suite.json: expectations[0]: expect_column_values_to_match_json_schema: kwargs.json_schema must be a JSON Schema mapping, got "{}"'],
    ['an empty like_pattern_list', one('expect_column_values_to_match_like_pattern_list', { column: 'x', like_pattern_list: [] }), 'suite.json: expectations[0]: expect_column_values_to_match_like_pattern_list: kwargs.like_pattern_list must hold at least one LIKE pattern'],
    ['a bad match_on', one('expect_column_values_to_match_like_pattern_list', { column: 'x', like_pattern_list: ['a%'], match_on: 'most' }), 'suite.json: expectations[0]: expect_column_values_to_match_like_pattern_list: kwargs.match_on must be one of any, all, got "most"'],
    ['a missing like_pattern', one('expect_column_values_to_not_match_like_pattern', { column: 'x' }), 'suite.json: expectations[0]: expect_column_values_to_not_match_like_pattern: kwargs.like_pattern is required'],
  ])('a bad value: %s', (_, suite, expected) => {
    const line = lineFor(suite);
    if (typeof expected === 'string') expect(line).toBe(expected);
    else expect(line).toMatch(expected);
  });

  it('refuses an unknown key of the suite and of an expectation entry', () => {
    expect(lineFor({ expectations: [], evaluation_parameters: { x: 1 } })).toBe('suite.json: unknown key "evaluation_parameters" in a Great Expectations suite. A suite may hold: expectations, expectation_suite_name, name, id, ge_cloud_id, data_asset_type, meta, notes.');
    expect(lineFor({ expectations: [{ type: 'expect_column_to_exist', kwargs: { column: 'x' }, severity: 'warning' }] })).toBe(
      'suite.json: expectations[0]: expect_column_to_exist: unknown key "severity". An expectation may hold: expectation_type, type, kwargs, meta, id, ge_cloud_id, notes, description, rendered_content, expectation_context.',
    );
  });

  it('accepts what GX accepts: type aliases, an empty regex, an empty value set, reporting kwargs, 1.x entry keys', () => {
    const c = parseConfig(
      JSON.stringify({
        name: 'suite',
        id: 'a4d3',
        meta: { great_expectations_version: '1.2.0' },
        expectations: [
          { type: 'expect_column_values_to_be_of_type', kwargs: { column: 'a', type_: 'O' }, id: 'e1', meta: {} },
          { type: 'expect_column_values_to_be_of_type', kwargs: { column: 'b', type_: 'Timestamp' } },
          { type: 'expect_column_values_to_be_of_type', kwargs: { column: 'c', type_: 'object_' } },
          { type: 'expect_column_values_to_be_of_type', kwargs: { column: 'd', type_: 'datetime64' } },
          { type: 'expect_column_values_to_match_regex', kwargs: { column: 'a', regex: '', result_format: { result_format: 'COMPLETE', partial_unexpected_count: 5 }, catch_exceptions: true } },
          { type: 'expect_column_values_to_be_in_set', kwargs: { column: 'a', value_set: [] } },
          { type: 'expect_column_to_exist', kwargs: { column: 'a', column_index: 0, include_config: true, meta: { why: 'x' } } },
        ],
      }),
      'suite.json',
    );
    expect(c.checksFor([]).map((s) => ('dtype' in s ? s.dtype : s.type))).toEqual(['string', 'timestamp', 'string', 'timestamp', 'regex', 'values_in_set', 'column_exists']);
  });
});
