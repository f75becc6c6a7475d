import fs from 'node:fs';
import path from 'node:path';
import { UserError, isUserError } from '@mlship/core';
import { isMissing, isNumericKind, openDataset, type Cell, type Dataset, type Field } from '@mlship/data';
import { checkRemote, downloadRemote, isRemoteMissing, parseRemote, showRemote, type RemoteLocation } from '@mlship/data/remote';

/**
 * A predictions log: one row per answered request with its id, the
 * prediction and (optionally) the score and a segment, written by the live
 * model and by the shadow. Read with the data package's readers, so JSONL,
 * parquet and CSV files, directories and globs all work as they do for
 * validate-data; a log in object storage (s3://, or an https:// presigned
 * URL) is read from a local copy that is removed once read.
 */

export interface LogOptions {
  cwd?: string;
  /** Where a remote log's download progress goes. */
  log?: (line: string) => void;
}

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

/** Text a prediction or id compares by: numbers in JavaScript's shortest form, booleans as true/false. */
const key = (v: Cell): string | null => (isMissing(v) ? null : typeof v === 'string' ? v : String(v));

/** The remote location `spec` names, or undefined for a local path; an empty spec or a scheme that cannot be read is refused. */
export function parseLogLocation(spec: string, where: string): RemoteLocation | undefined {
  const trimmed = spec.trim();
  if (trimmed === '') throw new UserError('is empty.', { where, hint: 'Give the path of the predictions log (a file, directory or glob), an s3:// URL or an https:// URL.' });
  return parseRemote(trimmed, where);
}

/**
 * The log at `local` as a dataset with its columns checked, or why it cannot
 * be judged (not there, empty). Messages name it as `shown`: the path as
 * given, or the URL a local copy was downloaded from.
 */
async function openLog(local: string, shown: string, columns: PredictionColumns, where: string, cwd: string): Promise<Dataset | UnreadableLog> {
  if (!/[*?[{]/.test(local) && !fs.existsSync(path.resolve(cwd, local))) return { spec: shown, missing: `${shown} does not exist` };
  let dataset: Dataset;
  try {
    dataset = await openDataset(local, { cwd, role: where });
  } catch (e) {
    // A local copy's temporary path means nothing to the user: its messages name the URL.
    const rename = (text: string) => (shown.endsWith('/') ? text.replaceAll(`${local}${path.sep}`, shown) : text).replaceAll(local, shown);
    const named = local === shown || !isUserError(e) ? e : new UserError(rename(e.message), { where: e.details.where && rename(e.details.where), hint: e.details.hint });
    // An empty file or directory, or a glob matching nothing, is a log nobody wrote yet, like a missing file.
    if (isUserError(named) && /matches no files|holds no data files|the file is empty|^no rows/.test(named.message)) return { spec: shown, missing: `${shown}: ${named.message}` };
    throw named;
  }
  const fields = new Map(dataset.schema.fields.map((f) => [f.name, f]));
  const need = (input: string, name: string): Field => {
    const f = fields.get(name);
    if (!f) throw new UserError(`${shown} has no column "${name}" (columns: ${[...fields.keys()].join(', ') || 'none'}).`, { where: `input "${input}"`, hint: `Name the column the log keeps it in.` });
    return f;
  };
  need('id-column', columns.id);
  need('prediction-column', columns.prediction);
  if (columns.scoreRequired || fields.has(columns.score)) {
    const f = need('score-column', columns.score);
    if (!isNumericKind(f.kind)) throw new UserError(`column "${columns.score}" of ${shown} holds ${f.kind} values, not numbers.`, { where: 'input "score-column"', hint: 'The score is the model’s numeric output (a probability, a regression value).' });
  }
  if (columns.segment !== undefined) need('segment-column', columns.segment);
  return dataset;
}

/**
 * Before anything is mirrored: a log that is already there must have the
 * columns asked for, so a misnamed column fails now rather than after the
 * mirrored period. A log not written yet is fine here. A remote log is only
 * checked for access (credentials, bucket, permissions), not downloaded: it
 * may be large, and it is read in full after the mirrored period.
 */
export async function preflightLog(spec: string, columns: PredictionColumns, where: string, options: LogOptions = {}): Promise<void> {
  const remote = parseLogLocation(spec, where);
  if (!remote) {
    await openLog(spec.trim(), spec.trim(), columns, where, options.cwd ?? process.cwd());
    return;
  }
  await checkRemote(remote, { where, log: options.log }).catch((e: unknown) => {
    if (!isRemoteMissing(e)) throw e;
  });
}

export async function readPredictions(spec: string, columns: PredictionColumns, where: string, options: LogOptions = {}): Promise<PredictionLog | UnreadableLog> {
  const cwd = options.cwd ?? process.cwd();
  const remote = parseLogLocation(spec, where);
  if (!remote) return readLog(spec.trim(), spec.trim(), columns, where, cwd);
  let copy;
  try {
    copy = await downloadRemote(remote, { where, log: options.log });
  } catch (e) {
    // Nothing there (no such key, an empty prefix) is a log nobody wrote, as a missing local file is.
    if (isRemoteMissing(e)) return { spec: showRemote(remote.url), missing: e.message };
    throw e;
  }
  try {
    return await readLog(copy.path, copy.shown, columns, where, cwd);
  } finally {
    await copy.cleanup();
  }
}

async function readLog(local: string, shown: string, columns: PredictionColumns, where: string, cwd: string): Promise<PredictionLog | UnreadableLog> {
  const dataset = await openLog(local, shown, columns, where, cwd);
  if ('missing' in dataset) return dataset;
  const score = dataset.schema.fields.some((f) => f.name === columns.score) ? columns.score : undefined;
  // The same column may play two parts (a segment that is the prediction): each is read once.
  const read = [...new Set([columns.id, columns.prediction, score, columns.segment].filter((c): c is string => c !== undefined))];
  const log: PredictionLog = { spec: shown, hasScore: score !== undefined, rows: 0, byId: new Map(), duplicates: 0, missingIds: 0 };
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
  if (log.rows === 0) return { spec: shown, missing: `${shown} holds no rows` };
  return log;
}

export const isUnreadable = (log: PredictionLog | UnreadableLog): log is UnreadableLog => 'missing' in log;
