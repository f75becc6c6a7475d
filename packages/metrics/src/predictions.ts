import { UserError } from '@mlship/core';
import { isMissing, openDataset, type Cell, type Dataset } from '@mlship/data';
import { normaliseLabel, type Label } from './labels';

/**
 * Predictions files: one row per scored example, with the true label, the
 * predicted label and optionally a positive-class score or one probability
 * column per class, plus any group / slice columns. Read with the data
 * package, so parquet, CSV, JSONL and partitioned directories all work.
 */
export interface PredictionColumns {
  y_true: string;
  y_pred: string;
  /** Positive-class score or probability (binary); a column named `y_score` by default, when the file has one. */
  y_score?: string;
  /** Multiclass probabilities in columns `<prefix><label>`, e.g. `proba_cat`; `proba_` by default, when the file has such columns. */
  proba_prefix?: string;
}

/** The column names used by convention, as y_true and y_pred are: scores are never dropped for want of a config mapping. */
export const CONVENTIONAL_SCORE_COLUMN = 'y_score';
export const CONVENTIONAL_PROBA_PREFIX = 'proba_';

export interface Predictions {
  /** How the user named the file, for messages. */
  source: string;
  rows: number;
  truth: Label[];
  pred: Label[];
  score?: Float64Array;
  /** Probability columns by the label text after the prefix. */
  proba?: Map<string, Float64Array>;
  /** Group and slice columns as text (missing → "(missing)"). */
  attributes: Map<string, string[]>;
}

export const MISSING_GROUP = '(missing)';

export async function readPredictions(spec: string, options: { cwd: string; role: string; columns: PredictionColumns; attributes?: string[] }): Promise<Predictions> {
  const ds = await openDataset(spec, { cwd: options.cwd, role: options.role });
  const where = `${options.role} ${spec}`;
  const have = new Set(ds.schema.fields.map((f) => f.name));
  const columns: PredictionColumns = {
    ...options.columns,
    y_score: options.columns.y_score ?? (have.has(CONVENTIONAL_SCORE_COLUMN) ? CONVENTIONAL_SCORE_COLUMN : undefined),
    proba_prefix: options.columns.proba_prefix ?? ([...have].some((n) => n.startsWith(CONVENTIONAL_PROBA_PREFIX)) ? CONVENTIONAL_PROBA_PREFIX : undefined),
  };
  const need = (name: string, key: string, fix = `Set columns.${key} in the eval-gate config to the right name.`) => {
    if (have.has(name)) return name;
    throw new UserError(`column "${name}" (${key}) is not in the file`, { where, hint: `Columns: ${[...have].join(', ')}. ${fix}` });
  };
  const wanted = [need(columns.y_true, 'y_true'), need(columns.y_pred, 'y_pred')];
  if (columns.y_score) wanted.push(need(columns.y_score, 'y_score'));
  const probaNames = columns.proba_prefix ? [...have].filter((n) => n.startsWith(columns.proba_prefix!)) : [];
  if (columns.proba_prefix && probaNames.length === 0 && !columns.y_score) {
    throw new UserError(`no column starts with "${columns.proba_prefix}" (columns.proba_prefix)`, { where, hint: 'Name probability columns <prefix><label>, or unset proba_prefix.' });
  }
  wanted.push(...probaNames);
  for (const a of options.attributes ?? []) if (!wanted.includes(a)) wanted.push(need(a, 'fairness/slices column', 'Fix the column named in the fairness or slices gates and config.'));
  const data = await readColumns(ds, wanted);

  const labels = (name: string, key: string): Label[] =>
    data.get(name)!.map((v, i) => {
      if (isMissing(v)) throw new UserError(`row ${i + 1}: ${key} ("${name}") is empty`, { where, hint: 'Every scored row needs a true and a predicted label; drop unlabelled rows first.' });
      return normaliseLabel(v);
    });
  const scores = (name: string): Float64Array =>
    Float64Array.from(data.get(name)!, (v, i) => {
      if (typeof v !== 'number' || Number.isNaN(v)) {
        throw new UserError(`row ${i + 1}: score column "${name}" is ${isMissing(v) ? 'empty or NaN' : `not a number (${JSON.stringify(v)})`}`, {
          where,
          hint: 'Scores must be finite numbers on every row; a NaN score usually means the model failed on that input.',
        });
      }
      if (!Number.isFinite(v)) throw new UserError(`row ${i + 1}: score column "${name}" is ${v}`, { where, hint: 'Scores must be finite.' });
      return v;
    });

  return {
    source: spec,
    rows: data.get(columns.y_true)!.length,
    truth: labels(columns.y_true, 'y_true'),
    pred: labels(columns.y_pred, 'y_pred'),
    score: columns.y_score ? scores(columns.y_score) : undefined,
    proba: probaNames.length ? new Map(probaNames.map((n) => [n.slice(columns.proba_prefix!.length), scores(n)])) : undefined,
    attributes: new Map((options.attributes ?? []).map((a) => [a, data.get(a)!.map((v) => (isMissing(v) ? MISSING_GROUP : String(v)))])),
  };
}

async function readColumns(ds: Dataset, names: string[]): Promise<Map<string, Cell[]>> {
  const order = ds.schema.fields.map((f) => f.name).filter((n) => names.includes(n));
  const out = new Map(order.map((n) => [n, [] as Cell[]]));
  for await (const batch of ds.batches({ columns: order })) {
    order.forEach((n, j) => {
      const target = out.get(n)!;
      const col = batch.columns[j]!;
      for (let r = 0; r < batch.numRows; r++) target.push(col[r]!);
    });
  }
  return out;
}
