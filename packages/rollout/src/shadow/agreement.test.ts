import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import parquet from 'parquetjs-lite';
import { PSI_EPSILON } from '@mlship/data';
import { compareLogs, type Agreement } from './agreement';
import { isUnreadable, readPredictions, type PredictionColumns, type PredictionLog } from './predictions';

/**
 * The agreement numbers against pandas: __golden__/make_golden.py writes two
 * predictions logs (mirrored subset, shadow-only ids, repeated ids, rows
 * without id, missing predictions, scores and segments) and pandas' inner
 * join on request_id with everything computed from it; PSI and KS come from
 * numpy/scipy as in the data package's drift goldens.
 */
const here = path.dirname(new URL(import.meta.url).pathname);
const golden = JSON.parse(fs.readFileSync(path.join(here, '__golden__/agreement.json'), 'utf8'));
const columns: PredictionColumns = { id: 'request_id', prediction: 'prediction', score: 'score', scoreRequired: true, segment: 'plan' };
const close = (actual: number, expected: number, rel = 1e-12) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(rel * Math.abs(expected) + 1e-15);

async function read(file: string): Promise<PredictionLog> {
  const log = await readPredictions(file, columns, 'test');
  if (isUnreadable(log)) throw new Error(log.missing);
  return log;
}

function expectGolden(live: PredictionLog, shadow: PredictionLog, a: Agreement) {
  expect([live.rows, shadow.rows]).toEqual([golden.liveRows, golden.shadowRows]);
  expect([live.missingIds, live.duplicates, shadow.missingIds, shadow.duplicates]).toEqual([golden.liveMissingIds, golden.liveDuplicates, golden.shadowMissingIds, golden.shadowDuplicates]);
  expect({ matched: a.matched, liveOnly: a.liveOnly, shadowOnly: a.shadowOnly, agreements: a.agreements, disagreements: a.disagreements, scoreMissing: a.scoreMissing }).toEqual({
    matched: golden.matched,
    liveOnly: golden.liveOnly,
    shadowOnly: golden.shadowOnly,
    agreements: golden.agreements,
    disagreements: golden.disagreements,
    scoreMissing: golden.scoreMissing,
  });
  close(a.agreement!, golden.agreement);
  expect(a.score!.count).toBe(golden.score.count);
  for (const k of ['liveMean', 'shadowMean', 'psi', 'ksStatistic'] as const) close(a.score![k], golden.score[k], 1e-9);
  close(a.score!.ksPValue, golden.score.ksPValue, 1e-9);
  expect(a.segments!.map((s) => [s.segment, s.matched, s.disagreements])).toEqual(golden.segments.map((s: { segment: string; matched: number; disagreements: number }) => [s.segment, s.matched, s.disagreements]));
  a.segments!.forEach((s, i) => {
    close(s.rate, golden.segments[i].rate);
    close(s.share, golden.segments[i].share);
  });
}

describe('agreement of two predictions logs, against pandas', () => {
  it('uses the PSI epsilon the golden was made with', () => {
    expect(golden.psiEpsilon).toBe(PSI_EPSILON);
  });

  it('JSONL logs: join counts, agreement, score PSI / KS and disagreements per segment', async () => {
    const live = await read(path.join(here, '__golden__/live.jsonl'));
    const shadow = await read(path.join(here, '__golden__/shadow.jsonl'));
    expectGolden(live, shadow, compareLogs(live, shadow, { scores: true, segments: true }));
  });

  it('the same logs as parquet give the same numbers', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-shadow-parquet-'));
    const schema = new parquet.ParquetSchema({
      request_id: { type: 'UTF8', optional: true },
      prediction: { type: 'INT64', optional: true },
      score: { type: 'DOUBLE', optional: true },
      plan: { type: 'UTF8', optional: true },
    });
    for (const name of ['live', 'shadow']) {
      const writer = await parquet.ParquetWriter.openFile(schema, path.join(dir, `${name}.parquet`));
      for (const line of fs.readFileSync(path.join(here, `__golden__/${name}.jsonl`), 'utf8').split('\n').filter(Boolean)) {
        const row = JSON.parse(line) as Record<string, unknown>;
        // parquetjs-lite writes an optional field as null only when it is left out.
        await writer.appendRow(Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null)));
      }
      await writer.close();
    }
    const live = await read(path.join(dir, 'live.parquet'));
    const shadow = await read(path.join(dir, 'shadow.parquet'));
    expectGolden(live, shadow, compareLogs(live, shadow, { scores: true, segments: true }));
  });

  it('without a score or segment column, only the agreement is computed', async () => {
    const only = { id: 'request_id', prediction: 'prediction', score: 'probability', scoreRequired: false };
    const live = (await readPredictions(path.join(here, '__golden__/live.jsonl'), only, 'test')) as PredictionLog;
    const shadow = (await readPredictions(path.join(here, '__golden__/shadow.jsonl'), only, 'test')) as PredictionLog;
    expect([live.hasScore, shadow.hasScore]).toEqual([false, false]);
    const a = compareLogs(live, shadow, { scores: false, segments: false });
    expect([a.matched, a.agreements, a.score, a.segments, a.scoreMissing]).toEqual([golden.matched, golden.agreements, null, null, 0]);
  });
});

describe('reading a predictions log', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'mlship-shadow-logs-'));
  const write = (name: string, text: string) => {
    fs.writeFileSync(path.join(dir, name), text);
    return path.join(dir, name);
  };

  it('a log that is missing, empty, or a glob matching nothing cannot be judged (never an error, never a pass)', async () => {
    expect(await readPredictions(path.join(dir, 'nope.jsonl'), columns, 'test')).toEqual({ spec: path.join(dir, 'nope.jsonl'), missing: `${path.join(dir, 'nope.jsonl')} does not exist` });
    const empty = write('empty.jsonl', '');
    expect(await readPredictions(empty, columns, 'test')).toEqual({ spec: empty, missing: `${empty}: the file is empty` });
    const blank = write('blank.jsonl', '\n\n');
    expect(await readPredictions(blank, columns, 'test')).toMatchObject({ spec: blank, missing: `${blank}: no rows (only blank lines)` });
    const glob = await readPredictions(path.join(dir, 'none-*.parquet'), columns, 'test');
    expect(isUnreadable(glob) && glob.missing).toMatch(/matches no files/);
  });

  it('an object store that cannot be read (gs://) is refused with one line', async () => {
    await expect(readPredictions('gs://bucket/predictions/live.jsonl', columns, 'input "live-predictions"')).rejects.toMatchObject({
      line: expect.stringMatching(/^input "live-predictions": "gs:\/\/bucket\/predictions\/live\.jsonl": gs:\/\/ locations cannot be read\. Google Cloud Storage is read through its S3-compatible XML API/),
    });
  });

  it('a missing column or a score that is not numeric names the input to fix', async () => {
    const file = write('cols.jsonl', '{"id":"a","prediction":1,"score":"high"}\n');
    await expect(readPredictions(file, columns, 'test')).rejects.toMatchObject({ line: expect.stringMatching(/^input "id-column": .*cols\.jsonl has no column "request_id" \(columns: id, prediction, score\)\./) });
    await expect(readPredictions(file, { ...columns, id: 'id', scoreRequired: false, segment: undefined }, 'test')).rejects.toMatchObject({ line: expect.stringMatching(/^input "score-column": column "score" of .* holds string values, not numbers\./) });
  });

  it('ids and predictions compare as text: 7 in one log and "7" in the other match, and so do true and "true"', async () => {
    const live = (await readPredictions(write('a.jsonl', '{"request_id":7,"prediction":true}\n{"request_id":8,"prediction":false}\n'), { id: 'request_id', prediction: 'prediction', score: 'score', scoreRequired: false }, 'test')) as PredictionLog;
    const shadow = (await readPredictions(write('b.jsonl', '{"request_id":"7","prediction":"true"}\n{"request_id":"8","prediction":"true"}\n'), { id: 'request_id', prediction: 'prediction', score: 'score', scoreRequired: false }, 'test')) as PredictionLog;
    const a = compareLogs(live, shadow, { scores: false, segments: false });
    expect([a.matched, a.agreements, a.disagreements]).toEqual([2, 1, 1]);
  });
});
