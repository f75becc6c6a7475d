import { loadYamlParser, UserError } from '@mlship/core';
import { parseConfig } from './load';
import { loadRegexEngine } from '@mlship/core/user-regex';

beforeAll(loadRegexEngine);
beforeAll(loadYamlParser);

/** Suite parameters: `{"$PARAMETER": …}` kwargs from the parameters input and GX's date helpers, on a fixed clock. */
const NOW = Date.UTC(2024, 5, 1, 12, 0, 0);
const load = (kwargs: Record<string, unknown>, parameters?: Record<string, unknown>, type = 'expect_column_values_to_be_between') =>
  parseConfig(JSON.stringify({ expectations: [{ expectation_type: type, kwargs }] }), 'suite.json', { parameters, now: NOW }).checksFor([])[0]!;
const lineOf = (fn: () => unknown): string => {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(UserError);
    return (e as UserError).line;
  }
  throw new Error('expected a UserError');
};

describe('suite parameters', () => {
  it.each([
    ['now()', '2024-06-01T12:00:00.000Z'],
    ['now() - timedelta(days=1)', '2024-05-31T12:00:00.000Z'],
    ['now() - timedelta(weeks=52*100)', '1924-10-04T12:00:00.000Z'],
    ['now() + timedelta(hours=1, minutes=30)', '2024-06-01T13:30:00.000Z'],
    ['datetime(2003, 1, 1)', '2003-01-01T00:00:00.000Z'],
    ['datetime(2003, 1, 1, 6, 30)', '2003-01-01T06:30:00.000Z'],
    ['cutoff - timedelta(7)', '2023-12-25T00:00:00.000Z'],
    ['upper', 10],
    ['upper * 2 + 1', 21],
    ['-(upper - 4) / 2', -3],
  ])('%s', (expr, value) => {
    expect(load({ column: 'x', max_value: { $PARAMETER: expr } }, { upper: 10, cutoff: '2024-01-01' })).toMatchObject({ max: value });
  });

  it('a bare name keeps a list for value_set and text for regex', () => {
    expect(load({ column: 'x', value_set: { $PARAMETER: 'allowed' } }, { allowed: ['a', 'b'] }, 'expect_column_values_to_be_in_set')).toMatchObject({ values: ['a', 'b'] });
    expect(load({ column: 'x', regex: { $PARAMETER: 'pattern' } }, { pattern: '^a' }, 'expect_column_values_to_match_regex')).toMatchObject({ pattern: '^a' });
  });

  it.each([
    ['nope', 'parameter "nope" is not given; the parameters input has upper'],
    ['now() - 1', 'cannot subtract number from datetime'],
    ['timedelta(days=1)', 'is a timedelta; add it to a date, e.g. now() - timedelta(days=7)'],
    ['timedelta(fortnights=1)', 'timedelta has no "fortnights"; use weeks, days, hours, minutes, seconds, milliseconds, microseconds'],
    ['datetime(2023, 2, 30)', 'datetime(2023, 2, 30) is not a date'],
    ['eval(1)', 'unknown function eval(); supported: now(), datetime(…), timedelta(…)'],
    ['upper +', 'ends too early'],
    ['urn:great_expectations:validations:suite:metric', 'URN references to other validation results are not supported'],
  ])('refuses %s', (expr, msg) => {
    expect(lineOf(() => load({ column: 'x', max_value: { $PARAMETER: expr } }, { upper: 10 }))).toBe(
      `suite.json: expectations[0]: expect_column_values_to_be_between: kwargs.max_value {"$PARAMETER": ${JSON.stringify(expr)}}: ${msg}. Give parameters in the \`parameters\` input (JSON or YAML: name: value), or write the value itself.`,
    );
  });

  it('a text parameter is still refused where a number is needed', () => {
    expect(lineOf(() => load({ column: 'x', max_value: { $PARAMETER: 'name' } }, { name: 'quack' }, 'expect_column_mean_to_be_between'))).toBe(
      'suite.json: expectations[0]: expect_column_mean_to_be_between: kwargs.max_value must be a number or null, got "quack". mlship compares numeric bounds only; dates and text bounds are not supported.',
    );
  });

  it('parameters with a config that is not a suite are refused', () => {
    expect(lineOf(() => parseConfig('checks:\n  - type: duplicates\n', 'checks.yml', { parameters: { a: 1 } }))).toBe(
      'checks.yml: the parameters input fills {"$PARAMETER": …} values of a Great Expectations suite, and this config is not one. Remove parameters, or point config at a suite.',
    );
  });
});
