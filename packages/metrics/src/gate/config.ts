import { configJsonSchema, loadYamlParser, parseConfigDocument, parseThreshold, readConfigDocument, UserError, validateConfig, type ConfigDocument, type Severity, type Threshold } from '@mlship/core';
import { z } from 'zod';

/**
 * The eval-gate config. Gates are thresholds on named quantities, written as
 * `metric op number`:
 *   accuracy >= 0.92                          any candidate metric (scikit-learn names)
 *   latency.p99_ms <= 50                      p50_ms, p95_ms, p99_ms, mean_ms
 *   improvement.accuracy >= 0.005             candidate − production (production − candidate for losses)
 *   improvement.accuracy.lower_bound >= 0     the bootstrap interval of that improvement
 *   mcnemar.p_value <= 0.05                   paired test of accuracy
 *   fairness.<column>.demographic_parity_ratio >= 0.8
 *   slices.<column>.<metric> >= 0.8           every slice large enough to score
 *   leakage.rows <= 0                         rows shared by train-data and test-data
 *   model_size_mb <= 500
 * The flat configs/eval_gate.json keys (min_accuracy, …) are accepted as they are.
 */
const label = z.union([z.string(), z.number(), z.boolean()]);

const gateObject = z.strictObject({
  gate: z.string().describe('A threshold, e.g. "accuracy >= 0.92".'),
  id: z.string().optional().describe('Check id in outputs; the metric path by default.'),
  severity: z.enum(['error', 'warning']).default('error').describe('A failed warning gate makes the result `warn` and does not block unless fail-on: warning.'),
});

export const gateConfigSchema = z.strictObject({
  task: z.enum(['auto', 'binary', 'multiclass', 'regression']).default('auto').describe('auto: regression when y_true holds non-integer numbers, else classification.'),
  columns: z
    .strictObject({
      y_true: z.string().default('y_true'),
      y_pred: z.string().default('y_pred'),
      y_score: z.string().optional().describe('Positive-class score or probability (binary).'),
      proba_prefix: z.string().optional().describe('Multiclass probabilities in columns <prefix><label>.'),
      positive_label: label.optional().describe('The positive class for binary metrics; 1 for 0/1 labels.'),
      latency: z.string().default('latency_ms').describe('Column of a latency-samples data file, in milliseconds.'),
    })
    .prefault({}),
  gates: z.array(z.union([z.string(), gateObject])).default([]).describe('Thresholds every model must meet; see the README for the quantities.'),
  bootstrap: z
    .strictObject({
      metrics: z.array(z.string()).optional().describe('Metrics whose improvement gets an interval; the improvement gates\' metrics and the headline metric by default.'),
      resamples: z.number().int().min(0).max(100000).default(1000).describe('0 turns the bootstrap off.'),
      seed: z.number().int().min(0).max(0xffffffff).default(42),
      confidence: z.number().gt(0).lt(1).default(0.95),
    })
    .prefault({}),
  fairness: z
    .array(
      z.strictObject({
        column: z.string(),
        groups: z.array(z.string()).optional().describe('Groups that must be present; a missing one is reported as empty.'),
        min_group_size: z.number().int().min(1).default(30).describe('Smaller groups are reported but not compared.'),
      }),
    )
    .default([]),
  leakage: z
    .strictObject({ key_columns: z.array(z.string()).min(1).describe('Columns that identify an example; whole rows when omitted.') })
    .optional()
    .describe('How train-data and test-data rows are matched for the leakage.rows gate.'),
  slices: z
    .strictObject({
      columns: z.array(z.string()).min(1),
      min_size: z.number().int().min(1).default(100),
      metrics: z.array(z.string()).optional().describe('Metrics per slice; accuracy and f1 (classification) or MAE and RMSE (regression) by default.'),
    })
    .optional(),
});

export type GateConfigInput = z.input<typeof gateConfigSchema>;
export type GateConfigData = z.output<typeof gateConfigSchema>;

/** The flat `configs/eval_gate.json` shape: one key per default gate. */
const seedSchema = z.strictObject({
  min_accuracy: z.number().min(0).max(1).optional(),
  max_latency_p99_ms: z.number().positive().optional(),
  min_improvement: z.number().optional(),
  max_model_size_mb: z.number().positive().optional(),
});
const seedKeys = Object.keys(seedSchema.shape);

export interface Gate extends Threshold {
  id: string;
  severity: Severity;
  /** `file:line` of the gate, for messages about it. */
  where?: string;
}

export interface GateConfig extends Omit<GateConfigData, 'gates'> {
  source: string;
  format: 'native' | 'seed-002' | 'default';
  gates: Gate[];
  /** Gates of the default config apply only where their data was given; explicit gates always apply. */
  optionalGates: boolean;
}

/** The `config` input (a file, or inline YAML/JSON); undefined gives the default gates without loading the YAML parser. */
export async function loadGateConfig(value: string | undefined, cwd: string): Promise<GateConfig> {
  if (value === undefined) return defaultGateConfig();
  await loadYamlParser();
  return fromDocument(readConfigDocument(value, cwd, 'config'));
}

/** A config from its text, once loadYamlParser() is done. */
export function parseGateConfig(text: string, source: string): GateConfig {
  return fromDocument(parseConfigDocument(text, source));
}

/** The default gates: accuracy ≥ 0.92, p99 ≤ 50 ms, +0.005 over production, parity ≥ 0.8 (when a group column is configured), no leakage, ≤ 500 MB. */
export function defaultGateConfig(): GateConfig {
  const data = gateConfigSchema.parse({});
  const gates = ['accuracy >= 0.92', 'latency.p99_ms <= 50', 'improvement.accuracy >= 0.005', 'leakage.rows <= 0', 'model_size_mb <= 500'];
  return { ...data, source: 'default gates', format: 'default', gates: gates.map((g) => toGate(g, 'default gates')), optionalGates: true };
}

function fromDocument(doc: ConfigDocument): GateConfig {
  const raw = doc.value;
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw new UserError('expected a mapping with `gates:` (or the eval_gate.json keys min_accuracy, max_latency_p99_ms, min_improvement, max_model_size_mb)', { where: doc.source });
  }
  const obj = raw as Record<string, unknown>;
  const hooks = { knownKeys: (parent: Record<string, unknown> | undefined, path: PropertyKey[]) => knownKeys(parent, path) };
  if (!('gates' in obj) && Object.keys(obj).some((k) => seedKeys.includes(k))) {
    const seed = validateConfig(seedSchema, obj, doc.at, hooks);
    const gates = [
      seed.min_accuracy !== undefined && `accuracy >= ${seed.min_accuracy}`,
      seed.max_latency_p99_ms !== undefined && `latency.p99_ms <= ${seed.max_latency_p99_ms}`,
      seed.min_improvement !== undefined && `improvement.accuracy >= ${seed.min_improvement}`,
      seed.max_model_size_mb !== undefined && `model_size_mb <= ${seed.max_model_size_mb}`,
    ].filter((g): g is string => typeof g === 'string');
    return { ...gateConfigSchema.parse({}), source: doc.source, format: 'seed-002', gates: gates.map((g) => toGate(g, doc.source)), optionalGates: false };
  }
  const data = validateConfig(gateConfigSchema, obj, doc.at, hooks);
  const gates = data.gates.map((g, i) => toGate(g, doc.at(['gates', i])));
  const seen = new Set<string>();
  gates.forEach((g, i) => {
    if (seen.has(g.id)) throw new UserError(`gates[${i}]: id "${g.id}" is used twice`, { where: doc.at(['gates', i]), hint: 'Give one of them an explicit `id:`.' });
    seen.add(g.id);
  });
  return { ...data, source: doc.source, format: 'native', gates, optionalGates: false };
}

function toGate(g: string | z.output<typeof gateObject>, where: string): Gate {
  const text = typeof g === 'string' ? g : g.gate;
  const t = parseThreshold(text, where);
  return { ...t, id: (typeof g === 'string' ? undefined : g.id) ?? t.metric, severity: typeof g === 'string' ? 'error' : g.severity, where };
}

function knownKeys(parent: Record<string, unknown> | undefined, path: PropertyKey[]): string[] {
  if (parent && !('gates' in parent) && path.length === 0 && Object.keys(parent).some((k) => seedKeys.includes(k))) return seedKeys;
  let schema: z.ZodType = gateConfigSchema;
  for (const key of path) {
    const inner = unwrap(schema);
    if (inner instanceof z.ZodObject) schema = inner.shape[key as string] as z.ZodType;
    else if (inner instanceof z.ZodArray) schema = inner.element as z.ZodType;
    else return [];
  }
  const inner = unwrap(schema);
  return inner instanceof z.ZodObject ? Object.keys(inner.shape) : [];
}

function unwrap(s: z.ZodType): z.ZodType {
  let cur = s;
  for (;;) {
    const def = (cur as unknown as { def: { innerType?: z.ZodType; in?: z.ZodType } }).def;
    if (def.innerType) cur = def.innerType;
    else if (def.in) cur = def.in;
    else return cur;
  }
}

export function gateConfigJsonSchema(): unknown {
  return configJsonSchema('eval-gate', 'Gates (thresholds on metrics, latency, improvement, fairness, slices, leakage, size), or the flat configs/eval_gate.json keys (min_accuracy, max_latency_p99_ms, min_improvement, max_model_size_mb).', [gateConfigSchema, seedSchema]);
}
