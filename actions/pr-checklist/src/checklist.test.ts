import { loadYamlParser, parseConfigDocument } from '@mlship/core';
import { applyTicks, code, evaluateRules, parseTicks, renderComment } from './checklist';
import { checklistConfigJsonSchema, defaultChecklistConfig, parseChecklistDocument } from './config';
import { countDelta, diffDvc, humanBytes, sizeDelta } from './dvc';
import { userErrorLine } from '@mlship/core/testing';
import { loadRegexEngine } from '@mlship/core/glob';

// Before the describe blocks below compile the default rules.
await loadRegexEngine();
await loadYamlParser();

const parse = (yaml: string) => parseChecklistDocument(parseConfigDocument(yaml, 'checklist.yml'));

describe('default rules reproduce seed 000', () => {
  const seedModel = /^(src\/model|models\/)/;
  const seedData = /\.dvc$/;
  const paths = [
    'src/model/train.py', 'src/models/net.py', 'src/model_utils.py', 'src/model', 'models/churn.pkl', 'models/.gitkeep', 'models/a/b/c.onnx',
    'src/modelx/y/z.py', 'lib/src/model/x.py', 'model/x.py', 'src/mode/x', 'modelsx/a', 'src/MODEL/a.py',
    'data/train.csv.dvc', 'train.dvc', '.dvc', 'a/.dvc', '.dvc/config', 'data.dvc.bak', 'dir/x.DVC', 'dvc.yaml', 'dvc.lock',
  ];
  const rules = defaultChecklistConfig().rules;
  const byId = (id: string) => rules.find((r) => r.id === id)!;

  test('same files as the seed\'s grep -E patterns', () => {
    for (const p of paths) {
      expect([p, byId('model').match!(p)]).toEqual([p, seedModel.test(p)]);
      expect([p, byId('data').match!(p)]).toEqual([p, seedData.test(p)]);
    }
  });

  test('titles and items verbatim, General always, CI/CD only when enabled', () => {
    expect(rules.map((r) => [r.title, r.items.map((i) => i.text)])).toEqual([
      ['Model Changes Detected', ['Model performance validated', 'Backward compatibility checked', 'Model size acceptable']],
      ['Data Changes Detected', ['Data quality validated', 'DVC push completed', 'Data documentation updated']],
      ['General', ['Tests pass locally', 'Code review completed']],
    ]);
    const withCiCd = parse('enable: [ci, cd]\n').rules;
    expect(withCiCd.map((r) => r.title)).toEqual(['Model Changes Detected', 'Data Changes Detected', 'General', 'CI 체크리스트', 'CD 체크리스트']);
    expect(withCiCd[3]!.items.map((i) => i.text)).toEqual(['코드 린트 통과', '단위 테스트 통과 (커버리지 > 80%)', '데이터 검증 통과', '모델 학습 성공 (샘플 데이터)', '모델 평가 기준 통과']);
    // A rule with a built-in id replaces it in place.
    expect(parse('rules:\n  - id: data\n    title: Datasets\n    paths: ["data/**"]\n    items: [Datasheet updated]\n').rules.map((r) => r.title)).toEqual(['Model Changes Detected', 'Datasets', 'General']);
    expect(withCiCd[4]!.items.map((i) => i.text)).toEqual(['전체 데이터 학습 완료', '모델 레지스트리 등록', 'Staging 배포 성공', '통합 테스트 통과', '성능 테스트 통과 (P95 < 500ms)', 'Canary 검증 통과 (Error < 1%)', 'Production 배포 승인']);
  });

  test('rendered like the seed: model, data, then General', () => {
    const sections = evaluateRules(rules, ['models/a.pkl', 'd.dvc']);
    const body = renderComment(defaultChecklistConfig(), applyTicks(sections, new Map()), { changedFiles: 2, listedFiles: 2, capped: false, dvc: [], dvcErrors: [], dvcSkipped: 0, configSource: 'x' });
    expect(body.split('\n').filter((l) => l.startsWith('#'))).toEqual(['## PR Checklist', '### Model Changes Detected', '### Data Changes Detected', '### General']);
  });
});

describe('file names with control characters match rules like any other', () => {
  const names = ['models/x\n.pt', 'models/a\r\nb.pkl', 'models/\u2028x.onnx', 'models/tab\tx.pt', 'models/esc\u001b[31m.pt', 'models/sub/\n/deep.pt', 'src/model/\nx.py'];
  test('the default model rule (the seed\'s ^(src/model|models/) on the name itself)', () => {
    const model = defaultChecklistConfig().rules.find((r) => r.id === 'model')!;
    for (const n of names) expect([n, model.match!(n)]).toEqual([n, true]);
    expect(model.match!('docs/\nmodels/x.pt')).toBe(false);
  });

  test('custom globs with **, * and paths-ignore', () => {
    const rule = parse('rules:\n  - title: Weights\n    paths: ["**/*.pt", "models/**"]\n    paths-ignore: ["models/tab*"]\n    items: [x]\n').rules.find((r) => r.title === 'Weights');
    for (const n of names.filter((x) => x.startsWith('models/') && !x.startsWith('models/tab'))) expect([n, rule!.match!(n)]).toEqual([n, true]);
    expect(rule!.match!('models/tab\tx.pt')).toBe(false);
    expect(rule!.match!('docs/readme\n.md')).toBe(false);
    // A PR that changes only such a file gets the section.
    expect(evaluateRules([rule!], ['models/x\n.pt']).map((s) => [s.rule.title, s.files])).toEqual([['Weights', ['models/x\n.pt']]]);
  });

  test('they render on one line, control characters shown as pictures', () => {
    expect(code('models/x\n.pt')).toBe('`models/x⏎.pt`');
    expect(code('models/tab\tx\u001b\u007f\u2028.pt')).toBe('`models/tab␉x␛␡⏎.pt`');
  });
});

describe('config errors are one line with file:line', () => {
  test.each([
    ['rules:\n  - title: A\n    paths: ["src/{a,b"]\n    items: [x]\n', 'checklist.yml:3: rule "A": glob "src/{a,b" is not a valid glob: Missing closing: "}" - use "\\\\}" to match literal characters. See https://github.com/micromatch/picomatch#globbing-features.'],
    ['rules:\n  - title: A\n    paths: ["src\\\\model\\\\x.py"]\n    items: [x]\n', 'checklist.yml:3: rule "A": glob "src\\model\\x.py" contains "\\". Paths use "/" as the separator.'],
    ['rules:\n  - title: A\n    paths: [""]\n    items: [x]\n', 'checklist.yml:3: rule "A": glob "" is empty. Remove it or write a pattern such as "models/**".'],
    ['rules:\n  - title: A\n    pahts: ["a/**"]\n    items: [x]\n', 'checklist.yml:3: rules[0]: unknown key "pahts". Did you mean "paths"?'],
    ['rules:\n  - title: A\n    items: []\n', 'checklist.yml:3: rules[0].items: Too small: expected array to have >=1 items'],
    ['enable: [cx]\n', 'checklist.yml:1: enable: no rule with id "cx". Known ids: model, data, general, ci, cd.'],
    ['rules:\n  - title: A\n    labels: [{name: x, color: red}]\n    items: [x]\n', 'checklist.yml:3: rules[0].labels[0].color: expected six hex digits such as "0e8a16"'],
  ])('%s', (yaml, line) => {
    expect(userErrorLine(() => parse(yaml))).toBe(line);
  });
});

describe('ticks', () => {
  const config = parse('defaults: false\nrules:\n  - id: m\n    title: M\n    paths: ["m/**"]\n    items: [one, {text: two, required: false}]\n  - id: g\n    title: G\n    items: [three]\n');

  test('kept by item id across renders, ignored on lines that are not ours', () => {
    const s1 = applyTicks(evaluateRules(config.rules, ['m/a']), new Map());
    const body = renderComment(config, s1, { changedFiles: 1, listedFiles: 1, capped: false, dvc: [], dvcErrors: [], dvcSkipped: 0, configSource: 'c' });
    const ticked = body.replace('- [ ] one', '- [x] one') + '\n- [x] three <!-- not ours -->\n> - [x] quoted three';
    const ticks = parseTicks(ticked);
    expect([...ticks.entries()].filter(([, v]) => v).map(([k]) => k)).toEqual([`m/${config.rules[0]!.items[0]!.id}`]);
    const s2 = applyTicks(evaluateRules(config.rules, ['m/a', 'm/b']), ticks);
    expect(s2.requiredTotal).toBe(2);
    expect(s2.requiredUnchecked.map((i) => i.text)).toEqual(['three']);
  });

  test('a section no longer matched is dropped', () => {
    expect(evaluateRules(config.rules, ['x']).map((s) => s.rule.id)).toEqual(['g']);
  });
});

test('a huge checklist drops file lists, never task lines, to fit GitHub\'s limit', () => {
  const rules = Array.from({ length: 150 }, (_, k) => `  - id: r${k}\n    title: Rule ${k}\n    paths: ["p${k}/**"]\n    items: [first item of rule ${k}, second item, third item]\n`).join('');
  const config = parse(`defaults: false\nrules:\n${rules}`);
  const files = Array.from({ length: 3000 }, (_, i) => `p${i % 150}/some/rather/long/directory/name/file-${i}.py`);
  const state = applyTicks(evaluateRules(config.rules, files), new Map());
  const body = renderComment(config, state, { changedFiles: 3000, listedFiles: 3000, capped: false, dvc: [], dvcErrors: [], dvcSkipped: 0, configSource: 'c' });
  expect(body.length).toBeLessThanOrEqual(65536);
  expect(parseTicks(body).size).toBe(450);
  expect(body).toContain("20 matching files (list left out to fit GitHub's comment size limit)");
});

describe('code spans for PR-controlled names', () => {
  test.each([
    ['a.py', '`a.py`'],
    ['a`b', '``a`b``'],
    ['`x`', '`` `x` ``'],
    ['a\n# h', '`a⏎# h`'],
  ])('%j', (input, out) => expect(code(input)).toBe(out));
  test('pipes are escaped in tables', () => expect(code('a|b', true)).toBe('`a\\|b`'));
});

describe('dvc', () => {
  test('human sizes and deltas', () => {
    expect(humanBytes(0)).toBe('0 B');
    expect(humanBytes(1536)).toBe('1.50 KiB');
    expect(humanBytes(10 * 1024 ** 3)).toBe('10.0 GiB');
    expect(sizeDelta(100, 150)).toBe('+50 B (+50.0%)');
    expect(sizeDelta(2048, 1024)).toBe('-1.00 KiB (-50.0%)');
    expect(sizeDelta(5, 5)).toBe('±0');
    expect(countDelta(10, 12)).toBe('10 → 12 (+2)');
  });

  test('diff by output path: modified, added, removed; junk reported, not thrown', () => {
    const old = 'outs:\n- md5: a\n  size: 1\n  path: x\n- md5: b\n  size: 2\n  path: gone\n';
    const neu = 'outs:\n- md5: c\n  size: 3\n  path: x\n- md5: d\n  size: 4\n  path: new\n';
    expect(diffDvc('f.dvc', old, neu).rows.map((r) => [r.path, r.change])).toEqual([['x', 'modified'], ['gone', 'removed'], ['new', 'added']]);
    expect(diffDvc('f.dvc', null, '{{{').error).toMatch(/^new f\.dvc not valid YAML/);
    expect(diffDvc('f.dvc', 'a: 1', null).error).toBe('old f.dvc has no `outs:` list');
  });
});

test('the published JSON Schema describes the config', () => {
  const schema = checklistConfigJsonSchema() as { anyOf: { properties: Record<string, unknown> }[] };
  expect(Object.keys(schema.anyOf[0]!.properties)).toEqual(['title', 'defaults', 'enable', 'rules']);
});
