import fs from 'node:fs';
import path from 'node:path';
import { userErrorLine } from '@mlship/core/testing';
import { flattenConfig, shellKey } from './flatten';
import { loadYamlParser } from '@mlship/core';

beforeAll(loadYamlParser);

const fixtures = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../../../__tests__/fixtures/env-config/configs/environments');
const pairs = (text: string) => flattenConfig(text, 'test.yml').leaves.map((l) => [l.name, l.value]);

/** `name=value` lines as `yq -o=shell` prints them, unquoted the way sh reads them. */
const yqLines = (out: string) =>
  out
    .split('\n')
    .filter(Boolean)
    .map((l) => {
      const at = l.indexOf('=');
      const v = l.slice(at + 1);
      return [l.slice(0, at), v.startsWith("'") ? v.slice(1, -1).replace(/'"'"'/g, "'") : v];
    });

describe('flattenConfig names variables as yq -o=shell does', () => {
  // yq's own encoder test cases (pkg/yqlib/encoder_shellvariables_test.go) and its documentation examples.
  it.each([
    ['a: alice', 'a=alice'],
    ['a: Lewis Carroll', "a='Lewis Carroll'"],
    ["a: Lewis Carroll's Alice", `a='Lewis Carroll'"'"'s Alice'`],
    ['a: Alice # comment', 'a=Alice'],
    ['a:\n b: Lewis\n c: Carroll', 'a_b=Lewis\na_c=Carroll'],
    ['a: [{n: Alice}, {n: Bob}]', 'a_0_n=Alice\na_1_n=Bob'],
    ['"be\\all": ring!', "bell='ring!'"],
    ['"b-e l=l": ring!', "b_e_l_l='ring!'"],
    ['"b\\u00e9ll": ring!', "bell='ring!'"],
    ['1a: onea', '_1a=onea'],
    ['_key: value', '_key=value'],
    ['root:\n _child: value', 'root__child=value'],
    ['empty:', 'empty='],
    ['empty: []', ''],
    ['empty: {}', ''],
    [
      '# comment\nname: Mike Wazowski\neyes:\n  color: turquoise\n  number: 1\nfriends:\n  - James P. Sullivan\n  - Celia Mae\n',
      "name='Mike Wazowski'\neyes_color=turquoise\neyes_number=1\nfriends_0='James P. Sullivan'\nfriends_1='Celia Mae'",
    ],
    [
      'ascii_=_symbols: replaced with _\n"ascii_\\t_controls": dropped (this example uses \\t)\nnonascii_א_characters: dropped\neffort_expeñded_tò_preserve_accented_latin_letters: moderate (via unicode NFKD)\n',
      "ascii___symbols='replaced with _'\nascii__controls='dropped (this example uses \\t)'\nnonascii__characters=dropped\neffort_expended_to_preserve_accented_latin_letters='moderate (via unicode NFKD)'",
    ],
  ])('%j', (yaml, shell) => expect(pairs(yaml)).toEqual(yqLines(shell)));

  it('keeps scalars exactly as written: numbers, units, hex, dates, block text', () => {
    expect(pairs('a: 0.01\nb: 500ms\nc: 0x10\nd: 2024-01-01\ne: 1.0\nf: "q=1"\ng: |\n  l1\n  l2\nh: true\n')).toEqual([
      ['a', '0.01'],
      ['b', '500ms'],
      ['c', '0x10'],
      ['d', '2024-01-01'],
      ['e', '1.0'],
      ['f', 'q=1'],
      ['g', 'l1\nl2\n'],
      ['h', 'true'],
    ]);
  });

  it('follows aliases, and exports every null form as an empty string, marked as null', () => {
    const r = flattenConfig('base: &b {lr: 0.1}\ncopy: *b\nx: ~\ny: null\nz:\nq: "null"\n', 'f.yml');
    expect(r.leaves.map((l) => [l.name, l.value, l.isNull])).toEqual([
      ['base_lr', '0.1', false],
      ['copy_lr', '0.1', false],
      ['x', '', true],
      ['y', '', true],
      ['z', '', true],
      ['q', 'null', false],
    ]);
  });

  it('flattens the production environment file with line numbers and key paths', () => {
    const r = flattenConfig(fs.readFileSync(path.join(fixtures, 'production.yaml'), 'utf8'), 'production.yaml');
    expect(r.leaves.map((l) => `${l.name}=${l.value} (${l.keyPath}:${l.line})`)).toEqual([
      'model_batch_size=64 (model.batch_size:3)',
      'model_precision=fp16 (model.precision:4)',
      'deployment_replicas=4 (deployment.replicas:6)',
      'deployment_resources_gpu=2 (deployment.resources.gpu:8)',
      'deployment_resources_memory=32Gi (deployment.resources.memory:9)',
      'monitoring_alert_threshold_latency=500ms (monitoring.alert_threshold_latency:11)',
      'monitoring_alert_threshold_error_rate=0.01 (monitoring.alert_threshold_error_rate:12)',
    ]);
  });

  it('records empty lists and maps, which export nothing', () => {
    expect(flattenConfig('a: []\nb:\n  c: {}\nd: 1\n', 'f.yml').empty).toEqual([
      { keyPath: 'a', line: 1 },
      { keyPath: 'b.c', line: 3 },
    ]);
  });

  it('shellKey drops what a shell name cannot hold', () => {
    expect(shellKey('api-key.v2')).toBe('api_key_v2');
    expect(shellKey('ﬁle')).toBe('file');
  });
});

describe('flattenConfig refuses what cannot be exported, with file:line', () => {
  it.each([
    ['', /^f\.yml: the config file is empty/],
    ['# only a comment\n', /^f\.yml: the config file is empty/],
    ['- a\n- b\n', /^f\.yml:1: the top level is a list, not a mapping/],
    ['just text\n', /^f\.yml:1: the top level is a single value, not a mapping/],
    ['a: 1\nb: [1\n', /^f\.yml:3: invalid YAML: /],
    ['a: 1\na: 2\n', /^f\.yml:2: invalid YAML: Map keys must be unique/],
    ['a: 1\n---\nb: 2\n', /^f\.yml: holds 2 YAML documents/],
    ['base: &b {x: 1}\nprod:\n  <<: *b\n  y: 2\n', /^f\.yml:3: prod: the merge key "<<" is not supported/],
    ['? [a, b]\n: 1\n', /^f\.yml:1: a key that is not a plain value/],
  ])('%j', (yaml, message) => expect(userErrorLine(() => flattenConfig(yaml, 'f.yml'))).toMatch(message));
});
