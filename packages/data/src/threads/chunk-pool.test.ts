/**
 * CSV records parsed by worker parties give the batches the reading thread
 * makes alone: the same values (NaN where it is NaN), the same batch sizes,
 * and, for a bad file, the same first error with the same line. The files are
 * cut into chunks of a few bytes to a few kilobytes, so chunk edges land
 * inside quoted fields, CRLF pairs, doubled quotes and the header. The worker
 * loop runs on MessageChannel ports in this thread (ts-jest cannot start a
 * thread on TypeScript sources); __tests__/validate-data-threads.test.ts runs
 * real threads through the CLI bundle.
 */
import type { ChunkParsers } from '../read/chunked';
import { RecordBoundaries } from '../read/record-ends';
import type { CsvOptions } from '../read/csv';
import { cleanupTempDirs, drain, open, refusalLine, tempDir, write } from '../read/test-kit';
import type { Cell } from '../table';
import { chunkParsers } from './chunk-pool';
import { inProcessSpawner, type Spawn } from './spawn';

afterAll(cleanupTempDirs);

/** A small deterministic generator (mulberry32), so a failure names a seed that reproduces it. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const TEXTS = ['plain', 'with, comma', 'say "hi"', 'two\nlines', 'cr\r\nlf', '"quoted"', 'x"y', '', 'NA', 'héllo ☃', ' space', 'a""b'];

/** A CSV file exercising quoting, NA tokens, CRLF, blank lines and unquoted quotes, `rows` rows. */
function csvText(seed: number, rows: number, opts: { crlf?: boolean; bom?: boolean; header?: boolean; trailingNewline?: boolean; skip?: number } = {}): string {
  const r = random(seed);
  const eol = opts.crlf ? '\r\n' : '\n';
  const quote = (s: string) => (/[",\r\n]/.test(s) && !/^[^"]+"[^"]*$/.test(s) ? `"${s.replaceAll('"', '""')}"` : s);
  const lines: string[] = [];
  for (let s = 0; s < (opts.skip ?? 0); s++) lines.push(`# skipped "line ${s}`);
  if (opts.header ?? true) lines.push('id,score,label,flag,when');
  for (let i = 0; i < rows; i++) {
    if (r() < 0.02) lines.push('');
    const score = r() < 0.1 ? 'NaN' : r() < 0.05 ? '' : (r() * 1000 - 500).toFixed(3);
    const label = TEXTS[Math.floor(r() * TEXTS.length)]!;
    const flag = r() < 0.1 ? '' : r() < 0.5 ? 'True' : 'False';
    const when = r() < 0.1 ? '' : `2024-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)} 0${Math.floor(r() * 9)}:30:00`;
    lines.push([String(i), score, quote(label), flag, when].join(','));
  }
  return (opts.bom ? '\ufeff' : '') + lines.join(eol) + (opts.trailingNewline ?? true ? eol : '');
}

interface Read {
  columns: Record<string, Cell[]>;
  batchRows: number[];
}

async function readWith(abs: string, cwd: string, parsers: ReturnType<typeof chunkParsers>, csv: CsvOptions = {}, maxLineBytes?: number): Promise<Read> {
  const ds = await open(abs, cwd, { csv, chunkParsers: parsers, ...(maxLineBytes ? { maxLineBytes } : {}) });
  const { columns, batchRows } = await drain(ds);
  return { columns, batchRows };
}

/** Parties that count the chunks they were sent, so a test knows the split happened. */
function counted(): { spawn: Spawn; chunks: () => number } {
  let chunks = 0;
  return {
    chunks: () => chunks,
    spawn: (job, on) => {
      const party = inProcessSpawner(job, on);
      return {
        post: (m, transfer) => {
          if (m.t === 'chunk') chunks++;
          party.post(m, transfer);
        },
        stop: () => party.stop(),
      };
    },
  };
}

/** Parsers over in-process parties, disposed after each test (their ports would keep jest waiting). */
const made: ChunkParsers[] = [];
afterEach(async () => {
  for (const p of made.splice(0)) await p.dispose();
});
const parallel = (chunkBytes: number, workers = 2, spawn: Spawn = inProcessSpawner): ChunkParsers => {
  const parsers = { ...chunkParsers({ threads: workers + 1, spawn })!, chunkBytes };
  made.push(parsers);
  return parsers;
};

describe('CSV parsed on worker parties', () => {
  const cases: [string, Parameters<typeof csvText>[2], CsvOptions][] = [
    ['LF', {}, {}],
    ['CRLF with a BOM', { crlf: true, bom: true }, {}],
    ['no final newline', { trailingNewline: false }, {}],
    ['skipped lines holding quotes', { skip: 3 }, { skip_rows: 3 }],
    ['no header', { header: false }, { header: false }],
  ];
  it.each(cases)('reads the same batches as one thread: %s, chunks of 7 bytes to 4 KiB', async (_, layout, csv) => {
    const dir = tempDir();
    for (const [seed, rows] of [
      [1, 300],
      [2, 2_000],
    ] as const) {
      const abs = write(dir, `t-${seed}.csv`, csvText(seed, rows, layout));
      const single = await readWith(abs, dir, undefined, csv);
      expect(Object.values(single.columns)[0]).toHaveLength(rows);
      for (const chunkBytes of [7, 61, 4096]) {
        const { spawn, chunks } = counted();
        const split = await readWith(abs, dir, parallel(chunkBytes, 2, spawn), csv);
        expect(chunks()).toBeGreaterThan(1);
        expect(split).toEqual(single);
      }
    }
  });

  it('lays rows out in batches of 16,384 across chunk edges, and reads gzip', async () => {
    const dir = tempDir();
    const text = csvText(3, 40_000);
    for (const name of ['big.csv', 'big.csv.gz']) {
      const abs = write(dir, name, text);
      const single = await readWith(abs, dir, undefined);
      expect(single.batchRows).toEqual([16_384, 16_384, 7_232]);
      expect(await readWith(abs, dir, parallel(50_000, 3))).toEqual(single);
    }
  });

  it('refuses a bad file with the line the single-threaded reader names, the first one in the file', async () => {
    const dir = tempDir();
    const good = csvText(4, 3_000).split('\n');
    const bad: [string, string, number?][] = [
      ['ragged row late in the file', [...good.slice(0, 2_500), '1,2', ...good.slice(2_500)].join('\n')],
      ['a value not of the inferred kind, then a ragged row', [...good.slice(0, 1_500), '7,oops,x,True,', ...good.slice(1_500, 2_000), '1,2', ...good.slice(2_000)].join('\n')],
      ['text after a closing quote', [...good.slice(0, 2_200), '5,1.0,"closed"x,True,', ...good.slice(2_200)].join('\n')],
      ['a quoted field never closed', [...good, '9,1.0,"open, True,'].join('\n')],
      ['a record past read.max_line_bytes', [...good.slice(0, 2_000), `9,1.0,"${'long '.repeat(200)}",True,`, ...good.slice(2_000)].join('\n'), 600],
      ['a line past read.max_line_bytes with no newline anywhere after it', [...good.slice(0, 2_000), `9,1.0,"${'long '.repeat(20_000)}`].join('\n'), 600],
    ];
    for (const [what, text, maxLineBytes] of bad) {
      const abs = write(dir, 'bad.csv', text);
      const single = await refusalLine(() => readWith(abs, dir, undefined, {}, maxLineBytes));
      expect(single).toMatch(/^data bad\.csv: line \d+|bad\.csv.*line \d+/);
      for (const chunkBytes of [97, 4096]) {
        const split = await refusalLine(() => readWith(abs, dir, parallel(chunkBytes), {}, maxLineBytes));
        expect([what, chunkBytes, split]).toEqual([what, chunkBytes, single]);
      }
    }
  });

  it('stays in the reading thread for a comment character, the whitespace layout, or one thread', async () => {
    const dir = tempDir();
    const abs = write(dir, 'c.csv', '# a comment\na,b\n1,2# trailing\n3,4\n');
    const { spawn, chunks } = counted();
    const parsers = { ...chunkParsers({ threads: 2, spawn })!, chunkBytes: 4 };
    made.push(parsers);
    const read = await readWith(abs, dir, parsers, { comment: '#' });
    expect(read.columns).toEqual({ a: [1, 3], b: [2, 4] });
    const ws = write(dir, 'w.csv', 'a b\n1  2\n3 4\n');
    expect((await readWith(ws, dir, parsers, { delimiter: 'whitespace' })).columns).toEqual({ a: [1, 3], b: [2, 4] });
    expect(chunks()).toBe(0);
    expect(chunkParsers({ threads: 1, spawn })).toBeUndefined();
  });
});

describe('RecordBoundaries', () => {
  const ends = (text: string, pieces: number[], firstLine = 1): number[] => {
    const bytes = Buffer.from(text);
    const b = new RecordBoundaries(44, firstLine);
    const out: number[] = [];
    let at = 0;
    for (const size of [...pieces, bytes.length]) {
      const piece = bytes.subarray(at, Math.min(bytes.length, at + size));
      const end = b.scan(piece);
      if (end >= 0) out.push(at + end);
      at += piece.length;
      if (at >= bytes.length) break;
    }
    return out;
  };

  it('ends records only at newlines outside quotes, however the bytes arrive', () => {
    const text = 'a,"b\nc"\n"x""\n",y\nq"r\n,"\r\n"\r\n';
    // Record ends: after `c"\n` (8), after `",y\n` (17), after `q"r\n` (21), after the last `"\r\n` (28).
    for (const pieces of [[], [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1], [5, 9], [12]]) {
      const got = ends(text, pieces);
      expect(got[got.length - 1]).toBe(28);
      for (const end of got) expect([8, 17, 21, 28]).toContain(end);
    }
    expect(ends(text, [1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1])).toEqual([8, 17, 21, 28]);
  });

  it('skips a BOM and the lines before the first record', () => {
    // The first record starts on line 3: no record ends before it, quotes there or not.
    expect(ends('\ufeffskip "me\nskip\na,b\n1,2\n', [], 3)).toEqual([25]);
    expect(ends('\ufeffskip "me\nskip\na,b\n1,2\n', [21], 3)).toEqual([21, 25]);
    expect(ends('\ufeff"a\nb",c\n', [])).toEqual([11]);
  });
});

describe('one set of parsing parties for a run', () => {
  it('starts its workers once and serves every file of a dataset, and both JSON Lines passes, with them', async () => {
    const dir = tempDir();
    write(dir, 'parts/a.csv', csvText(11, 1_500));
    write(dir, 'parts/b.csv', csvText(12, 1_500, { crlf: true }));
    write(dir, 'lines/a.jsonl', jsonlText(13, 1_000));
    write(dir, 'lines/b.jsonl', jsonlText(14, 1_000));
    for (const spec of ['parts', 'lines']) {
      const single = await drain(await open(spec, dir));
      let spawned = 0;
      const counting: Spawn = (job, on) => {
        spawned++;
        return inProcessSpawner(job, on);
      };
      const split = await drain(await open(spec, dir, { chunkParsers: parallel(512, 2, counting) }));
      expect({ columns: split.columns, batchRows: split.batchRows }).toEqual({ columns: single.columns, batchRows: single.batchRows });
      expect([spec, spawned]).toEqual([spec, 2]);
    }
  });
});

describe('CSV parsing parties that do not start or that die', () => {
  it('parses every chunk in the reading thread while no worker has said it is ready', async () => {
    const dir = tempDir();
    const abs = write(dir, 'slow.csv', csvText(5, 500));
    const posted: string[] = [];
    const silent: Spawn = () => ({ post: (m) => void posted.push(m.t), stop: async () => {} });
    const single = await readWith(abs, dir, undefined);
    expect(await readWith(abs, dir, parallel(64, 1, silent))).toEqual(single);
    expect(posted).toEqual([]);
  });

  it('fails the read when a worker dies with chunks in hand, naming it', async () => {
    const dir = tempDir();
    const abs = write(dir, 'dies.csv', csvText(6, 2_000));
    const dying: Spawn = (job, on) => {
      queueMicrotask(() => on.message({ t: 'ready' }));
      return { post: (m) => m.t === 'chunk' && setImmediate(() => on.failure(new Error('a worker thread exited (code 1) before it finished its work'))), stop: async () => {} };
    };
    await expect(readWith(abs, dir, parallel(64, 1, dying))).rejects.toThrow('a worker thread exited (code 1)');
  });
});

/** JSON Lines with keys that appear late, mixed and nested values, escapes, blank lines and CRLF. */
function jsonlText(seed: number, rows: number, opts: { crlf?: boolean; bom?: boolean } = {}): string {
  const r = random(seed);
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    if (r() < 0.02) lines.push('  ');
    const row: Record<string, unknown> = { id: i };
    if (r() < 0.9) row.score = r() < 0.1 ? null : Math.round(r() * 1e6) / 1e3;
    row.label = TEXTS[Math.floor(r() * TEXTS.length)];
    if (i > rows / 2) row.late = r() < 0.5 ? 'x' : 7; // a key first seen halfway, text and numbers mixed
    if (r() < 0.3) row.tags = r() < 0.5 ? ['a', { b: 1 }] : { nested: true };
    row.when = `2024-0${1 + Math.floor(r() * 9)}-1${Math.floor(r() * 9)}`;
    row.flag = r() < 0.5;
    lines.push(JSON.stringify(row));
  }
  const eol = opts.crlf ? '\r\n' : '\n';
  return (opts.bom ? '\ufeff' : '') + lines.join(eol) + eol;
}

describe('JSON Lines parsed on worker parties', () => {
  const schema = (ds: Awaited<ReturnType<typeof open>>) => ds.schema.fields.map((f) => [f.name, f.kind, f.sourceType]);

  it.each([
    ['LF', {}],
    ['CRLF with a BOM', { crlf: true, bom: true }],
  ] as const)('infers the same schema and reads the same batches as one thread: %s', async (_, layout) => {
    const dir = tempDir();
    const abs = write(dir, 'rows.jsonl', jsonlText(7, 3_000, layout));
    const alone = await open(abs, dir);
    const single = await drain(alone);
    expect(schema(alone).map(([n]) => n).at(-1)).toBe('late');
    for (const chunkBytes of [5, 300, 8192]) {
      const { spawn, chunks } = counted();
      const split = await open(abs, dir, { chunkParsers: parallel(chunkBytes, 2, spawn) });
      expect(schema(split)).toEqual(schema(alone));
      const read = await drain(split);
      expect(chunks()).toBeGreaterThan(2);
      expect({ columns: read.columns, batchRows: read.batchRows }).toEqual({ columns: single.columns, batchRows: single.batchRows });
    }
  });

  it('refuses a bad line with the line number the single-threaded reader names', async () => {
    const dir = tempDir();
    const good = jsonlText(8, 2_000).split('\n');
    const bad: [string, string, number?][] = [
      ['invalid JSON late in the file', [...good.slice(0, 1_700), '{"id": 1,', ...good.slice(1_700)].join('\n')],
      ['not an object, then invalid JSON', [...good.slice(0, 900), '[1, 2]', ...good.slice(900, 1_500), '{"id"', ...good.slice(1_500)].join('\n')],
      ['nested too deep', [...good.slice(0, 1_200), '['.repeat(1_100) + ']'.repeat(1_100), ...good.slice(1_200)].join('\n')],
      ['a line past read.max_line_bytes', [...good.slice(0, 1_000), `{"a": "${'x'.repeat(2_000)}"}`, ...good.slice(1_000)].join('\n'), 1_000],
      ['a last line past read.max_line_bytes with no newline', [...good.slice(0, 1_000), `{"a": "${'x'.repeat(50_000)}`].join('\n'), 1_000],
    ];
    for (const [what, text, maxLineBytes] of bad) {
      const abs = write(dir, 'bad.jsonl', text);
      const options = maxLineBytes ? { maxLineBytes } : {};
      const single = await refusalLine(async () => drain(await open(abs, dir, options)));
      expect(single).toMatch(/bad\.jsonl.*line \d+/);
      for (const chunkBytes of [97, 4096]) {
        const split = await refusalLine(async () => drain(await open(abs, dir, { ...options, chunkParsers: parallel(chunkBytes) })));
        expect([what, chunkBytes, split]).toEqual([what, chunkBytes, single]);
      }
    }
  });
});
