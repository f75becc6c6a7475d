import fs from 'node:fs';
import path from 'node:path';
import { UserError, isUserError } from '@mlship/core';
import { isMissing, isNumericKind, openDataset, type Cell, type Dataset, type Field } from '@mlship/data';

/**
 * A predictions log: one row per answered request with its id, the
 * prediction and (optionally) the score and a segment, written by the live
 * model and by the shadow. Read with the data package's readers, so JSONL,
 * parquet and CSV files, directories and globs all work as they do for
 * validate-data.
 */

export interface PredictionColumns {
  id: string;
  prediction: string;
  score: string;
  /** A score threshold was given: a log without the score column is an error, not just a log without scores. */
  scoreRequired: boolean;
  segment?: string;
}

export interface Prediction {
  /** The prediction as text (`1`, `true`, `fraud`), so 1 in JSONL and 1 in parquet compare equal; null when missing. */
  prediction: string | null;
  /** NaN when missing. */
  score: number;
  segment: string | null;
}

export interface PredictionLog {
  spec: string;
  /** Whether the log has the score column (without a score threshold it may lack it). */
  hasScore: boolean;
  /** Rows read, including those without an id and repeated ids. */
  rows: number;
  /** First row per request id, in log order. */
  byId: Map<string, Prediction>;
  /** Rows whose id was already seen (a retried request logged twice): the first row counts. */
  duplicates: number;
  /** Rows without a request id: they cannot be joined. */
  missingIds: number;
}

/** The log could not be judged at all: not there, or no rows. Inconclusive, never a pass. */
export interface UnreadableLog {
  spec: string;
  missing: string;
}

const OBJECT_STORE = /^[a-z][a-z0-9+.-]*:\/\//i;

/** Text a prediction or id compares by: numbers in JavaScript's shortest form, booleans as true/false. */
const key = (v: Cell): string | null => (isMissing(v) ? null : typeof v === 'string' ? v : String(v));

/** Refuses what the data package cannot read (an object-store URL) before anything is mirrored. */
export function assertLocalLog(spec: string, where: string): void {
  const trimmed = spec.trim();
  if (trimmed === '') throw new UserError('is empty.', { where, hint: 'Give the path of the predictions log (a file, directory or glob).' });
  if (OBJECT_STORE.test(trimmed)) {
    throw new UserError(`"${trimmed}" is a URL; predictions logs are read from a local path.`, { where, hint: 'Copy the log to the runner first (e.g. aws s3 cp or gsutil cp) and give that path.' });
  }
}

/** The log as a dataset with its columns checked, or why it cannot be judged (not there, empty). */
async function openLog(spec: string, columns: PredictionColumns, where: string, cwd: string): Promise<Dataset | UnreadableLog> {
  assertLocalLog(spec, where);
  const trimmed = spec.trim();
  if (!/[*?[{]/.test(trimmed) && !fs.existsSync(path.resolve(cwd, trimmed))) return { spec: trimmed, missing: `${trimmed} does not exist` };
  let dataset: Dataset;
  try {
    dataset = await openDataset(trimmed, { cwd, role: where });
  } catch (e) {
    // An empty file or directory, or a glob matching nothing, is a log nobody wrote yet, like a missing file.
    if (isUserError(e) && /matches no files|holds no data files|the file is empty|^no rows/.test(e.message)) return { spec: trimmed, missing: `${trimmed}: ${e.message}` };
    throw e;
  }
  const fields = new Map(dataset.schema.fields.map((f) => [f.name, f]));
  const need = (input: string, name: string): Field => {
    const f = fields.get(name);
    if (!f) throw new UserError(`${trimmed} has no column "${name}" (columns: ${[...fields.keys()].join(', ') || 'none'}).`, { where: `input "${input}"`, hint: `Name the column the log keeps it in.` });
    return f;
  };
  need('id-column', columns.id);
  need('prediction-column', columns.prediction);
  if (columns.scoreRequired || fields.has(columns.score)) {
    const f = need('score-column', columns.score);
    if (!isNumericKind(f.kind)) throw new UserError(`column "${columns.score}" of ${trimmed} holds ${f.kind} values, not numbers.`, { where: 'input "score-column"', hint: 'The score is the model’s numeric output (a probability, a regression value).' });
  }
  if (columns.segment !== undefined) need('segment-column', columns.segment);
  return dataset;
}

/**
 * Before anything is mirrored: a log that is already there must have the
 * columns asked for, so a misnamed column fails now rather than after the
 * mirrored period. A log not written yet is fine here.
 */
export async function preflightLog(spec: string, columns: PredictionColumns, where: string, cwd = process.cwd()): Promise<void> {
  await openLog(spec, columns, where, cwd);
}

export async function readPredictions(spec: string, columns: PredictionColumns, where: string, cwd = process.cwd()): Promise<PredictionLog | UnreadableLog> {
  const dataset = await openLog(spec, columns, where, cwd);
  if ('missing' in dataset) return dataset;
  const trimmed = dataset.spec;
  const score = dataset.schema.fields.some((f) => f.name === columns.score) ? columns.score : undefined;
  // The same column may play two parts (a segment that is the prediction): each is read once.
  const read = [...new Set([columns.id, columns.prediction, score, columns.segment].filter((c): c is string => c !== undefined))];
  const log: PredictionLog = { spec: trimmed, hasScore: score !== undefined, rows: 0, byId: new Map(), duplicates: 0, missingIds: 0 };
  // Batches hold the asked-for columns in the dataset's column order.
  const order = dataset.schema.fields.map((f) => f.name).filter((n) => read.includes(n));
  for await (const batch of dataset.batches({ columns: read })) {
    const col = (name: string | undefined) => (name === undefined ? undefined : batch.columns[order.indexOf(name)]);
    const [ids, predictions, scores, segments] = [col(columns.id)!, col(columns.prediction)!, col(score), col(columns.segment)];
    for (let r = 0; r < batch.numRows; r++) {
      log.rows++;
      const id = key(ids[r]!);
      if (id === null) {
        log.missingIds++;
        continue;
      }
      if (log.byId.has(id)) {
        log.duplicates++;
        continue;
      }
      const s = scores?.[r];
      log.byId.set(id, { prediction: key(predictions[r]!), score: typeof s === 'number' ? s : NaN, segment: segments ? key(segments[r]!) : null });
    }
  }
  if (log.rows === 0) return { spec: trimmed, missing: `${trimmed} holds no rows` };
  return log;
}

export const isUnreadable = (log: PredictionLog | UnreadableLog): log is UnreadableLog => 'missing' in log;
