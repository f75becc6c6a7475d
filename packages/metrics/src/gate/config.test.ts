import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { defaultGateConfig, gateConfigJsonSchema, loadGateConfig, parseGateConfig } from './config';
import { loadYamlParser } from '@mlship/core';
import { rejectionLine, userErrorLine } from '@mlship/core/testing';

beforeAll(loadYamlParser);

/** The one line a user sees for a config mistake (`file:line: message. hint`). */

const seed = JSON.stringify({ min_accuracy: 0.92, max_latency_p99_ms: 50, min_improvement: 0.005, max_model_size_mb: 500 }, null, 2);
const native = `task: binary
columns:
  y_score: score
  positive_label: 1
gates:
  - accuracy >= 0.92
  - latency.p99_ms <= 50
  - improvement.accuracy.lower_bound >= 0
  - gate: fairness.gender.demographic_parity_ratio >= 0.8
    id: parity
    severity: warning
  - slices.region.f1 >= 0.6
  - leakage.rows <= 0
  - model_size_mb <= 500
bootstrap:
  resamples: 2000
  seed: 7
fairness:
  - column: gender
    groups: [f, m]
leakage:
  key_columns: [id]
slices:
  columns: [region]
  min_size: 50
`;

describe('parseGateConfig', () => {
  it('reads a native config: thresholds, ids, severities, sections', () => {
    const c = parseGateConfig(native, 'gate.yml');
    expect(c).toMatchObject({ format: 'native', source: 'gate.yml', optionalGates: false, task: 'binary' });
    expect(c.columns).toEqual({ y_true: 'y_true', y_pred: 'y_pred', y_score: 'score', positive_label: 1, latency: 'latency_ms' });
    expect(c.gates.map((g) => [g.id, g.metric, g.op, g.value, g.severity])).toEqual([
      ['accuracy', 'accuracy', '>=', 0.92, 'error'],
      ['latency.p99_ms', 'latency.p99_ms', '<=', 50, 'error'],
      ['improvement.accuracy.lower_bound', 'improvement.accuracy.lower_bound', '>=', 0, 'error'],
      ['parity', 'fairness.gender.demographic_parity_ratio', '>=', 0.8, 'warning'],
      ['slices.region.f1', 'slices.region.f1', '>=', 0.6, 'error'],
      ['leakage.rows', 'leakage.rows', '<=', 0, 'error'],
      ['model_size_mb', 'model_size_mb', '<=', 500, 'error'],
    ]);
    expect(c.gates[3]!.where).toBe('gate.yml:9');
    expect(c.bootstrap).toEqual({ resamples: 2000, seed: 7, confidence: 0.95 });
    expect(c.fairness).toEqual([{ column: 'gender', groups: ['f', 'm'], min_group_size: 30 }]);
    expect(c.leakage).toEqual({ key_columns: ['id'] });
    expect(c.slices).toEqual({ columns: ['region'], min_size: 50 });
  });

  it("turns seed 002's configs/eval_gate.json into gates, as is or in part", () => {
    const c = parseGateConfig(seed, 'configs/eval_gate.json');
    expect(c).toMatchObject({ format: 'seed-002', source: 'configs/eval_gate.json', optionalGates: false });
    expect(c.gates.map((g) => g.source)).toEqual(['accuracy >= 0.92', 'latency.p99_ms <= 50', 'improvement.accuracy >= 0.005', 'model_size_mb <= 500']);
    expect(c.gates.map((g) => g.id)).toEqual(['accuracy', 'latency.p99_ms', 'improvement.accuracy', 'model_size_mb']);
    expect(parseGateConfig('{"min_accuracy": 0.85}', 'seed.json').gates.map((g) => g.source)).toEqual(['accuracy >= 0.85']);
  });

  it('fills defaults: bootstrap 1000 resamples with seed 42 at 95%, default columns, auto task, no gates', () => {
    const c = parseGateConfig('gates: []', 'empty.yml');
    expect(c.bootstrap).toEqual({ resamples: 1000, seed: 42, confidence: 0.95 });
    expect(c.columns).toEqual({ y_true: 'y_true', y_pred: 'y_pred', latency: 'latency_ms' });
    expect(c).toMatchObject({ task: 'auto', gates: [], fairness: [] });
    expect(parseGateConfig(seed, 'seed.json').bootstrap).toEqual({ resamples: 1000, seed: 42, confidence: 0.95 });
  });

  it('rejects a gate id used twice, at the line of the second, and accepts it with an explicit id', () => {
    const twice = 'gates:\n  - accuracy >= 0.9\n  - accuracy >= 0.95\n';
    expect(userErrorLine(() => parseGateConfig(twice, 'gate.yml'))).toBe('gate.yml:3: gates[1]: id "accuracy" is used twice. Give one of them an explicit `id:`.');
    const named = parseGateConfig('gates:\n  - accuracy >= 0.9\n  - gate: accuracy >= 0.95\n    id: accuracy_strict\n', 'gate.yml');
    expect(named.gates.map((g) => g.id)).toEqual(['accuracy', 'accuracy_strict']);
  });

  it.each([
    ['a key typo, at the key line, with did-you-mean', 'gatse:\n  - accuracy >= 0.9\n', /^gate\.yml:1: unknown key "gatse"\. Did you mean "gates"\?$/],
    ['a nested key typo', 'gates: []\nbootstrap:\n  resampels: 10\n', /^gate\.yml:3: bootstrap: unknown key "resampels"\. Did you mean "resamples"\?$/],
    ['a wrong type', 'gates: []\nbootstrap:\n  resamples: many\n', /^gate\.yml:3: bootstrap\.resamples: expected number, got "many"$/],
    ['a value out of range', 'gates: []\nbootstrap:\n  confidence: 1.5\n', /^gate\.yml:3: bootstrap\.confidence: /],
    ['a threshold syntax error', 'gates:\n  - accuracy >= 0.9\n  - accuracy => 0.9\n', /^gate\.yml:3: "accuracy => 0\.9" is not a threshold\. Write it as <metric> <op> <number>/],
    ['a bad severity', 'gates:\n  - gate: accuracy >= 0.9\n    severity: fatal\n', /^gate\.yml:3: gates\[0\]\.severity: /],
    ['a gate that is neither text nor a mapping', 'gates:\n  - 0.9\n', /^gate\.yml:2: gates\[0\]: expected string or object, got 0\.9$/],
    ['a seed key typo among seed keys', '{\n  "min_accuracy": 0.9,\n  "max_latency_p99": 50\n}', /^gate\.yml:3: unknown key "max_latency_p99"\. Did you mean "max_latency_p99_ms"\?$/],
    ['a seed value of the wrong type', '{\n  "min_accuracy": "high"\n}', /^gate\.yml:2: min_accuracy: expected number, got "high"$/],
    ['invalid YAML', 'gates:\n  - [accuracy >= 0.9\n', /^gate\.yml:3: invalid YAML: Flow sequence in block collection must be sufficiently indented and end with a \] \(column 1\)\. Fix the syntax/],
    ['not a mapping', '- accuracy >= 0.9\n', /^gate\.yml: expected a mapping with `gates:`/],
  ])('names the line of %s', (_name, text, message) => {
    expect(userErrorLine(() => parseGateConfig(text, 'gate.yml'))).toMatch(message);
  });
});

describe('loadGateConfig', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-gate-config-'));
  fs.mkdirSync(path.join(dir, 'configs'));
  fs.writeFileSync(path.join(dir, 'configs/eval_gate.json'), seed);

  it('without a value is the seed gate applied to what was measured', async () => {
    const c = await loadGateConfig(undefined, dir);
    expect(c).toEqual(defaultGateConfig());
    expect(c).toMatchObject({ format: 'default', optionalGates: true });
    expect(c.gates.map((g) => g.source)).toEqual(['accuracy >= 0.92', 'latency.p99_ms <= 50', 'improvement.accuracy >= 0.005', 'leakage.rows <= 0', 'model_size_mb <= 500']);
  });

  it('reads a file relative to the workspace, or inline YAML', async () => {
    expect(await loadGateConfig('configs/eval_gate.json', dir)).toMatchObject({ source: 'configs/eval_gate.json', format: 'seed-002' });
    const inline = await loadGateConfig('gates:\n  - roc_auc >= 0.8\n', dir);
    expect(inline).toMatchObject({ source: 'inline config', format: 'native' });
    expect(inline.gates[0]).toMatchObject({ metric: 'roc_auc', where: 'inline config:2' });
  });

  it('a missing file is one clear line', async () => {
    expect(await rejectionLine(loadGateConfig('configs/gates.yml', dir))).toMatch(/^config file "configs\/gates\.yml" not found\. Pass a path/);
  });
});

type JsonSchema = { type?: string | string[]; properties?: Record<string, JsonSchema>; additionalProperties?: boolean; items?: JsonSchema; anyOf?: JsonSchema[]; enum?: unknown[]; required?: string[] };

/** Just enough JSON Schema to check the published schema against example configs: types, keys, items, anyOf, enum. */
function conforms(s: JsonSchema, v: unknown): boolean {
  if (s.anyOf && !s.anyOf.some((b) => conforms(b, v))) return false;
  if (s.enum && !s.enum.includes(v)) return false;
  const typeOf = Array.isArray(v) ? 'array' : v === null ? 'null' : Number.isInteger(v) ? 'integer' : typeof v;
  const types = s.type === undefined ? undefined : [s.type].flat();
  if (types && !types.includes(typeOf) && !(typeOf === 'integer' && types.includes('number'))) return false;
  if (Array.isArray(v)) return !s.items || v.every((x) => conforms(s.items!, x));
  if (typeOf !== 'object') return true;
  const obj = v as Record<string, unknown>;
  if ((s.required ?? []).some((k) => !(k in obj))) return false;
  return Object.entries(obj).every(([k, x]) => (s.properties?.[k] ? conforms(s.properties[k], x) : s.additionalProperties !== false));
}

describe('gateConfigJsonSchema', () => {
  const schema = gateConfigJsonSchema() as JsonSchema & { $schema: string };

  it('offers the native config and the seed keys as the two anyOf branches', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.anyOf).toHaveLength(2);
    expect(Object.keys(schema.anyOf![0]!.properties!)).toContain('gates');
    expect(Object.keys(schema.anyOf![1]!.properties!)).toEqual(['min_accuracy', 'max_latency_p99_ms', 'min_improvement', 'max_model_size_mb']);
  });

  it('accepts the example configs and rejects a typo', () => {
    for (const example of [native, seed, 'gates: []', 'gates:\n  - gate: accuracy >= 0.9\n    severity: warning\n']) expect(conforms(schema, parseYaml(example))).toBe(true);
    expect(conforms(schema, parseYaml('gatse: []'))).toBe(false);
    expect(conforms(schema, parseYaml('gates: []\nbootstrap:\n  resamples: many\n'))).toBe(false);
  });
});
