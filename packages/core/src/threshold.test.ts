import { describeError, UserError } from './errors';
import { compare, margin, parseThreshold, parseThresholdList } from './threshold';

const catchLine = (f: () => unknown) => {
  try {
    f();
  } catch (e) {
    return describeError(e);
  }
  return 'no error';
};

describe('parseThreshold', () => {
  it.each([
    ['accuracy>=0.85', 'accuracy', '>=', 0.85],
    [' error-rate < 0.01 ', 'error-rate', '<', 0.01],
    ['improvement.accuracy.lower_bound >= 0', 'improvement.accuracy.lower_bound', '>=', 0],
    ['p99_latency_ms<=5e1', 'p99_latency_ms', '<=', 50],
    ['accuracy >= 92%', 'accuracy', '>=', 0.92],
    ['delta != -.5', 'delta', '!=', -0.5],
  ])('%s', (text, metric, op, value) => {
    expect(parseThreshold(text, 'min-metrics')).toMatchObject({ metric, op, value });
  });

  it.each(['accuracy', 'accuracy => 0.8', '>= 0.8', 'accuracy >= high', 'accuracy >= 0.8 0.9', 'accuracy >= 1..2'])('rejects %j with one line naming the input', (text) => {
    expect(() => parseThreshold(text, 'min-metrics')).toThrow(UserError);
    expect(catchLine(() => parseThreshold(text, 'min-metrics'))).toMatch(/^min-metrics: ".*" is not a threshold\. Write it as/);
  });

  it('splits lists on commas and newlines, skipping blanks and comments', () => {
    expect(parseThresholdList('accuracy>=0.85, f1 >= 0.8\n# note\n\nroc_auc>0.9', 'x').map((t) => t.metric)).toEqual(['accuracy', 'f1', 'roc_auc']);
  });
});

describe('compare and margin', () => {
  it('never passes NaN', () => {
    for (const op of ['>=', '>', '<=', '<', '==', '!='] as const) expect(compare(NaN, op, 0)).toBe(false);
  });
  it('is inclusive exactly where the operator says', () => {
    expect(compare(0.85, '>=', 0.85)).toBe(true);
    expect(compare(0.85, '>', 0.85)).toBe(false);
    expect(compare(50, '<=', 50)).toBe(true);
    expect(compare(50, '<', 50)).toBe(false);
  });
  it('reports how far short a value is, signed toward passing', () => {
    expect(margin(0.8, '>=', 0.85)).toBeCloseTo(-0.05);
    expect(margin(60, '<=', 50)).toBe(-10);
    expect(margin(40, '<', 50)).toBe(10);
  });
});
