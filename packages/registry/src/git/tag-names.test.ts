import { compareSemver, formatTagName, parseTagName } from './tag-names';

describe('GTO tag names', () => {
  it.each([
    ['churn@v1.2.0', { artifact: 'churn', action: 'register', version: 'v1.2.0' }],
    ['churn@v1.2.0!#4', { artifact: 'churn', action: 'deregister', version: 'v1.2.0', counter: 4 }],
    ['churn#prod#3', { artifact: 'churn', action: 'assign', stage: 'prod', counter: 3 }],
    ['churn#Production!#5', { artifact: 'churn', action: 'unassign', stage: 'Production', counter: 5 }],
    ['churn#staging', { artifact: 'churn', action: 'assign', stage: 'staging' }],
    ['churn@deprecated#9', { artifact: 'churn', action: 'deprecate', counter: 9 }],
    ['models/nlp=sent-model@v0.1.0-rc.1+build.5', { artifact: 'models/nlp:sent-model', action: 'register', version: 'v0.1.0-rc.1+build.5' }],
  ])('parses %s and writes it back', (tag, parsed) => {
    expect(parseTagName(tag)).toEqual(parsed);
    const { artifact, counter, ...event } = parsed as typeof parsed & { counter?: number };
    expect(formatTagName(artifact, event as Parameters<typeof formatTagName>[1], counter)).toBe(tag);
  });

  it.each(['v1.0.0', 'churn@1.0.0', 'churn@v1.0', 'churn#-prod#1', 'churn#prod#x', 'churn#', '-churn@v1.0.0'])('ignores %s', (tag) => {
    expect(parseTagName(tag)).toBeUndefined();
  });

  it('orders versions by semver precedence', () => {
    const sorted = ['v1.10.0', 'v1.2.0', 'v1.0.0-rc.1', 'v1.0.0', 'v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-beta.11', 'v1.0.0-beta.2', 'v1.0.0+build'].sort(compareSemver);
    expect(sorted).toEqual(['v1.0.0-alpha', 'v1.0.0-alpha.1', 'v1.0.0-beta.2', 'v1.0.0-beta.11', 'v1.0.0-rc.1', 'v1.0.0', 'v1.0.0+build', 'v1.2.0', 'v1.10.0']);
  });
});
