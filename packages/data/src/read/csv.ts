import { PassThrough } from 'node:stream';
import { UserError } from '@mlship/core/errors';
import type { Batch, ColumnKind, DataFile, Field, ReadNote } from '../table';
import { dataLines, headerNote, oneColumnNote, preambleMessage } from './csv-layout';
import type { ChunkParsers } from './chunked';
import { parallelCsvBatches } from './csv-parallel';
import { raggedRow, recordWriters, type RecordLayout } from './csv-records';
import { textError } from './row-errors';
import { CsvTokenizer, WHITESPACE, type TokenizerOptions } from './csv-tokenizer';
import { BATCH_ROWS, INFER_ROWS, newColumn, openText, type FileSource } from './source';
import { isNaToken, KindInference } from './text-values';

export interface CsvOptions {
  /** One character, or `whitespace` (runs of blanks and tabs); sniffed from the first lines when absent (`,` `\t` `;` `|`). */
  delimiter?: string;
  /** Whether the first row names the columns (default true). Without one, columns are named 0, 1, … as in pandas, or by `names`. */
  header?: boolean;
  /** Column names for a file without a header row (`header: false`); one per field. */
  names?: string[];
  /** Lines dropped before the header (or the first data row), whatever they hold. */
  skip_rows?: number;
  /** A character that starts a comment: the rest of the line is ignored, and a line left empty is skipped. */
  comment?: string;
  /** Kinds that override inference, by column name. */
  types?: Record<string, Exclude<ColumnKind, 'binary' | 'nested'>>;
  /** The longest record read (read.max_line_bytes; 64 MiB by default). */
  maxLineBytes?: number;
}

const DELIMITERS = [',', '\t', ';', '|'];

/**
 * RFC 4180 CSV, streamed. Column kinds come from the first 10,000 rows unless
 * declared; a later value that does not fit is an error naming the line, not
 * a silent change of type.
 */
export async function openCsv(file: DataFile, abs: string, options: CsvOptions = {}, parsers?: ChunkParsers): Promise<FileSource> {
  // Sniffing is the first read of the file: a gzip error there must be the same UserError as later.
  let prefixText: Promise<string> | undefined;
  const prefix = () => (prefixText ??= readPrefix(abs, 1 << 16).catch((e) => Promise.reject(textError(e, file))));
  const skip = options.skip_rows ?? 0;
  const lines = async () => dataLines(await prefix(), skip, options.comment);
  const delimiter = options.delimiter ?? (/\.tsv(\.gz)?$/i.test(abs) ? '\t' : sniffDelimiter((await lines()).join('\n') + '\n'));
  const header = options.header ?? true;
  const layout: TokenizerOptions = { skipLines: skip, comment: options.comment };

  // Exactly the header and the first INFER_ROWS rows: the tokenizer hands over a whole
  // chunk's records (a 1 MiB chunk can hold 100k rows), and what is inferred, and so
  // whether a late value is an error, must not depend on how wide the lines are.
  const limit = INFER_ROWS + (header ? 1 : 0);
  const sample: string[][] = [];
  let firstLine = 0;
  let second: string[] | undefined;
  try {
    for await (const _ of records(file, abs, delimiter, layout, options.maxLineBytes, (fields, line) => {
      if (sample.length === 0) firstLine = line;
      else if (fields.length !== sample[0]!.length) {
        if (sample.length === 1) second = fields;
        throw raggedRow(line, fields.length, sample[0]!.length);
      }
      if (sample.length < limit) sample.push(fields);
    })) {
      if (sample.length >= limit) break;
    }
  } catch (e) {
    // The first line disagreeing with every line after it is a preamble (sklearn's count line), not a broken row.
    const preamble = second && header ? preambleMessage(await lines(), delimiter, sample[0]!.length, second) : undefined;
    throw preamble ? new UserError(preamble.replace(/^line 1 /, `line ${firstLine} `), { where: file.path }) : e;
  }
  if (sample.length === 0) {
    throw new UserError('no rows (only blank lines)', { where: file.path, hint: skip || options.comment ? 'Check read.csv.skip_rows and read.csv.comment, or regenerate the file.' : 'Regenerate the file.' });
  }

  const names = header ? columnNames(sample[0]!) : (options.names ?? sample[0]!.map((_, i) => String(i)));
  if (names.length !== sample[0]!.length) {
    throw new UserError(`read.csv.names lists ${names.length} name${names.length === 1 ? '' : 's'} but line ${firstLine} has ${sample[0]!.length} field${sample[0]!.length === 1 ? '' : 's'}.`, {
      where: file.path,
      hint: 'List one name per field (or check read.csv.delimiter and read.csv.skip_rows).',
    });
  }
  const notes: ReadNote[] = [];
  const headerWarning = header ? headerNote(file, sample[0]!, firstLine) : undefined;
  if (headerWarning) notes.push(headerWarning);
  const oneColumn = names.length === 1 ? oneColumnNote(file, await lines(), delimiter) : undefined;
  if (oneColumn) notes.push(oneColumn);
  const fields = inferFields(names, header ? sample.slice(1) : sample, options.types);
  // The closures below share this function's scope with the record callback
  // above, so the returned source would keep the sample (up to 10,000 rows, or
  // one 60 MB field) for the whole read.
  sample.length = 0;
  second = undefined;
  const unknown = Object.keys(options.types ?? {}).filter((n) => !names.includes(n));
  if (unknown.length) {
    throw new UserError(`read.csv.types names column "${unknown[0]}", which is not ${header ? 'in the header' : 'a column'}`, { where: file.path, hint: `Columns: ${names.join(', ')}.` });
  }

  // Records are parsed on other threads where the file is worth it and its chunks can be found
  // without the tokenizer: a one-byte delimiter, no comment character (it can hide a quote).
  const workers = parsers && options.comment === undefined && delimiter !== WHITESPACE && delimiter.charCodeAt(0) < 0x80 ? parsers.workersFor(file.sizeBytes) : 0;
  return {
    file,
    fields,
    notes,
    batches: (columns) => {
      const wanted: RecordLayout = { fields, index: columns.map((c) => fields.findIndex((f) => f.name === c)) };
      if (workers > 0) {
        const job = { delimiter, skipLines: skip, header, layout: wanted, maxRecordBytes: options.maxLineBytes };
        return parallelCsvBatches(file, abs, job, firstLine, parsers!, workers);
      }
      return readBatches(file, abs, delimiter, layout, header, wanted, options.maxLineBytes);
    },
  };
}

function inferFields(names: string[], body: string[][], types: CsvOptions['types']): Field[] {
  return names.map((name, i) => {
    const declared = types?.[name];
    if (declared) return { name, kind: declared, sourceType: `declared ${declared}` };
    const inference = new KindInference();
    // Indexed: this runs before V8 optimizes it, where for-of allocated a result object per row.
    for (let r = 0; r < body.length; r++) {
      const text = body[r]![i]!;
      if (!isNaToken(text)) inference.add(text);
    }
    return { name, kind: inference.kind, sourceType: 'inferred' };
  });
}

async function* readBatches(file: DataFile, abs: string, delimiter: string, layout: TokenizerOptions, header: boolean, wanted: RecordLayout, maxLineBytes: number | undefined): AsyncIterable<Batch> {
  const { record: write, line: writeLine } = recordWriters(wanted, delimiter);
  const kinds = wanted.index.map((i) => wanted.fields[i]!.kind);
  const ready: Batch[] = [];
  let cols = kinds.map((k) => newColumn(k, BATCH_ROWS));
  let n = 0;
  let row = header ? -1 : 0;
  const written = () => {
    if (++n === BATCH_ROWS) {
      ready.push({ numRows: n, columns: cols });
      cols = kinds.map((k) => newColumn(k, BATCH_ROWS));
      n = 0;
    }
  };
  const onRecord = (record: string[], line: number) => {
    if (row++ < 0) return;
    write(record, line, cols, n);
    written();
  };
  const onLine = (text: string, start: number, end: number, line: number) => {
    if (row++ < 0) return;
    writeLine(text, start, end, line, cols, n);
    written();
  };
  for await (const _ of records(file, abs, delimiter, { ...layout, onLine }, maxLineBytes, onRecord)) {
    yield* ready;
    ready.length = 0;
  }
  yield* ready;
  if (n > 0) yield { numRows: n, columns: cols.map((c) => c.slice(0, n)) };
}

/**
 * Feeds the file through the tokenizer, calling `onRecord` for each record,
 * and yields after each chunk so the caller can hand out what is finished
 * (or stop reading by breaking out of the loop).
 */
async function* records(file: DataFile, abs: string, delimiter: string, layout: TokenizerOptions, maxRecordBytes: number | undefined, onRecord: (fields: string[], line: number) => void): AsyncIterable<void> {
  const tokenizer = new CsvTokenizer(delimiter, onRecord, { ...layout, maxRecordBytes });
  const stream = openText(abs, new PassThrough());
  const decoder = new TextDecoder();
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      tokenizer.push(decoder.decode(chunk, { stream: true }));
      yield;
    }
    tokenizer.push(decoder.decode());
    tokenizer.end();
  } catch (e) {
    throw textError(e, file);
  } finally {
    stream.destroy();
  }
}

/**
 * pandas' names for empty and repeated headers (`Unnamed: 0`, `a.1`), so configs
 * written against pandas match. As pandas' C parser (parsers.pyx `_get_header`)
 * does: only an empty name is unnamed (a space is a name); named columns are
 * deduplicated before unnamed ones; a suffix already in the header is skipped,
 * so `a,a.1,a` gives `a, a.1, a.2` (it gave two `a.1`, and one column was lost).
 */
function columnNames(headerRow: string[]): string[] {
  const names = headerRow.map((raw, i) => (raw === '' ? `Unnamed: ${i}` : raw));
  const order = [...names.keys()].sort((i, j) => Number(headerRow[i] === '') - Number(headerRow[j] === '') || i - j);
  const counts = new Map<string, number>();
  for (const i of order) {
    const base = names[i]!;
    let name = base;
    let count = counts.get(base) ?? 0;
    while (count > 0) {
      counts.set(base, count + 1);
      name = `${base}.${count}`;
      count = names.includes(name) ? count + 1 : (counts.get(name) ?? 0);
    }
    names[i] = name;
    counts.set(name, count + 1);
  }
  return names;
}

/**
 * Picks the candidate that splits the first complete lines into the same,
 * largest number of fields (quoted sections ignored).
 */
export function sniffDelimiter(prefix: string): string {
  const lines = prefix.split(/\r?\n/).slice(0, 20);
  if (lines.length > 1) lines.pop(); // possibly cut off mid-line
  const count = (line: string, d: string) => {
    let inQuotes = false;
    let k = 0;
    for (const ch of line) {
      if (ch === '"') inQuotes = !inQuotes;
      else if (ch === d && !inQuotes) k++;
    }
    return k;
  };
  let best = ',';
  let bestCount = 0;
  for (const d of DELIMITERS) {
    const counts = lines.filter((l) => l.length > 0).map((l) => count(l, d));
    const consistent = counts.length > 0 && counts.every((c) => c === counts[0]);
    if (consistent && counts[0]! > bestCount) {
      best = d;
      bestCount = counts[0]!;
    }
  }
  return best;
}

/** The first `bytes` bytes of the (gunzipped) text. */
async function readPrefix(abs: string, bytes: number): Promise<string> {
  const sink = openText(abs, new PassThrough());
  const chunks: Buffer[] = [];
  let size = 0;
  try {
    for await (const chunk of sink as AsyncIterable<Buffer>) {
      chunks.push(chunk);
      size += chunk.length;
      if (size >= bytes) break;
    }
  } finally {
    sink.destroy();
  }
  return Buffer.concat(chunks).subarray(0, bytes).toString('utf8');
}

