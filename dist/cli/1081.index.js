export const id = 1081;
export const ids = [1081];
export const modules = {

/***/ 60198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ lazyBuiltin)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(98995);
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_module__WEBPACK_IMPORTED_MODULE_0__);

const load = (0,node_module__WEBPACK_IMPORTED_MODULE_0__.createRequire)(import.meta.url);
/**
 * A Node builtin loaded at its first use instead of when the bundle starts.
 * Each costs 2\u20133 ms to load on a cold start (worker_threads and zlib on the
 * runner's Node 24), which a run that starts no thread and inflates nothing,
 * such as validate-data on a small CSV, need not pay.
 */
function lazyBuiltin(name) {
    let loaded;
    return () => (loaded ??= load(name));
}


/***/ }),

/***/ 36183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ chunkResults),
/* harmony export */   jv: () => (/* binding */ GrowingColumns),
/* harmony export */   tS: () => (/* binding */ rebatched)
/* harmony export */ });
/* unused harmony export RecordChunker */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _line_cap__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22740);
/* harmony import */ var _source__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(36814);



/**
 * Cuts a byte stream into chunks of whole records of about `target` bytes
 * (more when a record is longer). Each chunk is a fresh buffer of its own, so
 * it can be transferred to another thread.
 */
class RecordChunker {
    ends;
    target;
    pieces = [];
    size = 0;
    /** Bytes of `pieces` up to the last record end; 0 when none ends in them. */
    whole = 0;
    constructor(ends, target) {
        this.ends = ends;
        this.target = target;
    }
    /** Bytes held that do not yet end a record. */
    get openBytes() {
        return this.size - this.whole;
    }
    /** Takes the next bytes; returns the chunks of at least `target` bytes of whole records they complete. */
    push(bytes) {
        const out = [];
        for (let at = 0; at < bytes.length; at += this.target) {
            const piece = at === 0 && bytes.length <= this.target ? bytes : bytes.subarray(at, at + this.target);
            const end = this.ends.scan(piece);
            this.pieces.push(piece);
            if (end >= 0)
                this.whole = this.size + end;
            this.size += piece.length;
            if (this.whole >= this.target)
                out.push(this.take(this.whole));
        }
        return out;
    }
    /** What is left: the last records, possibly without a final newline; undefined when nothing is. */
    rest() {
        return this.size > 0 ? this.take(this.size) : undefined;
    }
    take(length) {
        const out = new Uint8Array(length);
        let at = 0;
        let k = 0;
        for (; k < this.pieces.length && at < length; k++) {
            const p = this.pieces[k];
            const part = Math.min(p.length, length - at);
            out.set(part === p.length ? p : p.subarray(0, part), at);
            at += part;
            if (part < p.length) {
                this.pieces = [p.subarray(part), ...this.pieces.slice(k + 1)];
                this.size -= length;
                this.whole = 0;
                return out;
            }
        }
        this.pieces = this.pieces.slice(k);
        this.size -= length;
        this.whole = 0;
        return out;
    }
}
/**
 * Chunks in file order, each parsed by a worker or by this thread. Workers
 * take the earliest chunks as they have room (several each: this thread
 * hands them out only between batches it profiles). This thread parses the
 * next chunk in order itself when no worker has taken it (none has started
 * yet), and the latest one no worker has taken when the next is still being
 * parsed elsewhere, up to HERE_SHARE.
 */
class ChunkQueue {
    pool;
    here;
    entries = [];
    parsedHere = 0;
    sentAway = 0;
    constructor(pool, here) {
        this.pool = pool;
        this.here = here;
    }
    get length() {
        return this.entries.length;
    }
    add(chunk) {
        this.entries.push({ chunk, sent: false });
        this.dispatch();
    }
    /** The next chunk's outcome, in file order. */
    async next() {
        const head = this.entries[0];
        for (;;) {
            this.dispatch();
            if (head.outcome) {
                this.entries.shift();
                return head.outcome;
            }
            const own = head.sent ? (this.parsedHere < this.sentAway * HERE_SHARE ? this.entries.findLast((e) => !e.sent) : undefined) : head;
            if (own) {
                own.sent = true;
                this.parsedHere++;
                try {
                    own.outcome = { ok: this.here(own.chunk) };
                }
                catch (error) {
                    own.outcome = { error };
                }
                continue;
            }
            await this.pool.changed();
        }
    }
    dispatch() {
        for (let free = this.pool.free(); free > 0; free--) {
            const e = this.entries.find((x) => !x.sent);
            if (!e)
                return;
            e.sent = true;
            this.sentAway++;
            this.pool.parse(e.chunk).then((ok) => (e.outcome = { ok }), (error) => (e.outcome = { error }));
        }
    }
}
/**
 * Chunks this thread may parse while the next one is still being parsed
 * elsewhere, per chunk sent to a worker: it also profiles every row. On the
 * 1M-row benchmark CSV (two threads) 0.2\u20130.35 took 1.99\u20132.02 s, none 2.10 s,
 * no limit 2.11\u20132.17 s (bench/validate-data/RESULTS.md).
 */
const HERE_SHARE = 0.25;
/**
 * Chunks of about this size go to the workers: a few thousand rows of a
 * typical table, small enough that this thread can parse one while it waits
 * without holding up its own batches.
 */
const CHUNK_BYTES = 1 << 18;
/**
 * Every chunk's result in file order, the records parsed by `workers`
 * threads and this one a chunk at a time; the first failure in file order
 * is the one thrown, with its line. This thread reads the bytes and cuts
 * them at record ends.
 */
async function* chunkResults(read, parsers, workers) {
    const chunker = new RecordChunker(read.ends, parsers.chunkBytes ?? CHUNK_BYTES);
    const maxOpen = (read.maxRecordBytes ?? _line_cap__WEBPACK_IMPORTED_MODULE_1__/* .DEFAULT_MAX_LINE_BYTES */ .i$) + 2;
    const pool = parsers.open(read.job, workers);
    parsers.started?.(read.file, workers);
    const queue = new ChunkQueue(pool, read.here);
    // Chunks cut ahead of the one being used: enough that a worker finds one waiting while this thread parses the last.
    const ahead = 4 * workers + 4;
    let first = true;
    let lineBase = 0;
    const send = (bytes, final, cut = false) => {
        queue.add({ bytes, first, final, cut });
        first = false;
    };
    const next = async () => {
        const done = await queue.next();
        if ('error' in done)
            throw read.refusal(done.error, lineBase);
        lineBase += done.ok.lines;
        return done.ok;
    };
    const stream = (0,_source__WEBPACK_IMPORTED_MODULE_2__/* .openText */ .Uq)(read.abs, new node_stream__WEBPACK_IMPORTED_MODULE_0__.PassThrough());
    const pieces = stream[Symbol.asyncIterator]();
    try {
        let readError;
        for (;;) {
            let piece;
            try {
                piece = await pieces.next();
            }
            catch (e) {
                // A read or gunzip error comes after every chunk already cut: theirs are met first, as on one thread.
                readError = e;
                break;
            }
            if (piece.done) {
                const last = chunker.rest();
                if (last)
                    send(last, true);
                break;
            }
            for (const chunk of chunker.push(piece.value))
                send(chunk, false);
            if (chunker.openBytes > maxOpen) {
                send(chunker.rest(), false, true);
                break;
            }
            while (queue.length >= ahead)
                yield await next();
        }
        while (queue.length > 0)
            yield await next();
        if (readError !== undefined)
            throw read.refusal(readError, 0);
    }
    finally {
        stream.destroy();
        await pool.close();
    }
}
/**
 * Chunks' rows laid out in batches of BATCH_ROWS, the last one shorter: the
 * batches the reading thread makes alone, so every statistic downstream
 * (some are summed per batch) is unchanged.
 */
async function* rebatched(kinds, chunks) {
    let cols = kinds.map((k) => (0,_source__WEBPACK_IMPORTED_MODULE_2__/* .newColumn */ .b4)(k, _source__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_ROWS */ .B8));
    let filled = 0;
    for await (const { n, columns } of chunks) {
        for (let from = 0; from < n;) {
            const take = Math.min(n - from, _source__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_ROWS */ .B8 - filled);
            for (let j = 0; j < cols.length; j++) {
                const src = columns[j];
                const dst = cols[j];
                if (dst instanceof Float64Array)
                    dst.set(src.subarray(from, from + take), filled);
                else
                    for (let r = 0; r < take; r++)
                        dst[filled + r] = src[from + r];
            }
            from += take;
            filled += take;
            if (filled === _source__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_ROWS */ .B8) {
                yield { numRows: filled, columns: cols };
                cols = kinds.map((k) => (0,_source__WEBPACK_IMPORTED_MODULE_2__/* .newColumn */ .b4)(k, _source__WEBPACK_IMPORTED_MODULE_2__/* .BATCH_ROWS */ .B8));
                filled = 0;
            }
        }
    }
    if (filled > 0)
        yield { numRows: filled, columns: cols.map((c) => c.slice(0, filled)) };
}
/**
 * Columns of a chunk's rows, filled one row at a time without knowing how
 * many there are: float columns double when full (a count of the chunk's
 * newlines up front cost more than the copies), and are cut to size at the end.
 */
class GrowingColumns {
    columns;
    n = 0;
    capacity = 1024;
    constructor(kinds) {
        this.columns = kinds.map((k) => (0,_source__WEBPACK_IMPORTED_MODULE_2__/* .newColumn */ .b4)(k, this.capacity));
    }
    /** Makes room for one more row; returns its index. */
    next() {
        if (this.n === this.capacity) {
            this.capacity *= 2;
            this.columns = this.columns.map((c) => {
                if (!(c instanceof Float64Array))
                    return c;
                const wider = new Float64Array(this.capacity);
                wider.set(c);
                return wider;
            });
        }
        return this.n++;
    }
    rows(lines) {
        const n = this.n;
        return { n, lines, columns: this.columns.map((c) => (c.length === n ? c : c.slice(0, n))) };
    }
}


/***/ }),

/***/ 26187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseCsvChunk),
/* harmony export */   k: () => (/* binding */ parallelCsvBatches)
/* harmony export */ });
/* harmony import */ var _chunked__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(36183);
/* harmony import */ var _csv_records__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(53892);
/* harmony import */ var _row_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(34699);
/* harmony import */ var _csv_tokenizer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6531);
/* harmony import */ var _line_cap__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22740);
/* harmony import */ var _record_ends__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(32737);






/**
 * A chunk's records as columns, with line numbers counted from the chunk's
 * start (the reading thread shifts them). A RowError or the tokenizer's
 * errors are thrown as they are.
 */
function parseCsvChunk(job, chunk) {
    const out = new _chunked__WEBPACK_IMPORTED_MODULE_0__/* .GrowingColumns */ .jv(job.layout.index.map((i) => job.layout.fields[i].kind));
    const { record: write, line: writeLine } = (0,_csv_records__WEBPACK_IMPORTED_MODULE_1__/* .recordWriters */ .u)(job.layout, job.delimiter);
    let skipHeader = chunk.first && job.header;
    const tokenizer = new _csv_tokenizer__WEBPACK_IMPORTED_MODULE_2__/* .CsvTokenizer */ .YB(job.delimiter, (record, line) => {
        if (skipHeader)
            skipHeader = false;
        else {
            const row = out.next(); // first: it may widen the columns
            write(record, line, out.columns, row);
        }
    }, {
        skipLines: chunk.first ? job.skipLines : 0,
        maxRecordBytes: job.maxRecordBytes,
        fileStart: chunk.first,
        onLine: (text, start, end, line) => {
            if (skipHeader)
                skipHeader = false;
            else {
                const row = out.next();
                writeLine(text, start, end, line, out.columns, row);
            }
        },
    });
    tokenizer.push(new TextDecoder().decode(chunk.bytes));
    if (chunk.cut)
        throw new _line_cap__WEBPACK_IMPORTED_MODULE_3__/* .LineTooLongError */ .dc(tokenizer.nextLine, job.maxRecordBytes ?? _line_cap__WEBPACK_IMPORTED_MODULE_3__/* .DEFAULT_MAX_LINE_BYTES */ .i$);
    if (chunk.final)
        tokenizer.end();
    return out.rows(tokenizer.nextLine - 1);
}
/**
 * The CSV file's batches, its records parsed by `workers` threads and this
 * one a chunk at a time, cut where records end (RecordBoundaries): the same
 * batches, values and first error (with its line) as the reading thread
 * gives alone.
 */
function parallelCsvBatches(file, abs, job, firstLine, parsers, workers) {
    const kinds = job.layout.index.map((i) => job.layout.fields[i].kind);
    const chunks = (0,_chunked__WEBPACK_IMPORTED_MODULE_0__/* .chunkResults */ .Gu)({
        file,
        abs,
        ends: new _record_ends__WEBPACK_IMPORTED_MODULE_4__/* .RecordBoundaries */ .W(job.delimiter.charCodeAt(0), firstLine),
        job: { kind: 'csv', ...job },
        here: (chunk) => parseCsvChunk(job, chunk),
        refusal: (e, lineOffset) => (0,_row_errors__WEBPACK_IMPORTED_MODULE_5__/* .textError */ .MZ)(e, file, lineOffset),
        maxRecordBytes: job.maxRecordBytes,
    }, parsers, workers);
    return (0,_chunked__WEBPACK_IMPORTED_MODULE_0__/* .rebatched */ .tS)(kinds, chunks);
}


/***/ }),

/***/ 53892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ recordWriters),
/* harmony export */   v: () => (/* binding */ raggedRow)
/* harmony export */ });
/* harmony import */ var _mlship_core_digits__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(15259);
/* harmony import */ var _row_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(34699);
/* harmony import */ var _source__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(36814);
/* harmony import */ var _text_values__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(35875);




/**
 * Writes records' values into columns, one row at a time: the field count
 * checked, NA tokens as the column's missing value, the rest parsed by the
 * column's kind. The same code in the reading thread and in a parsing worker,
 * so both refuse the same row with the same line. `record` takes a record
 * split into fields; `line` one without quotes where it lies in the text.
 */
function recordWriters(layout, delimiter) {
    const { fields, index } = layout;
    const parsers = index.map((i) => _text_values__WEBPACK_IMPORTED_MODULE_0__/* .TEXT_PARSERS */ .zT[fields[i].kind]);
    const missing = index.map((i) => (0,_source__WEBPACK_IMPORTED_MODULE_1__/* .missingFor */ .MG)(fields[i].kind));
    const width = fields.length;
    const record = (record, line, cols, row) => {
        if (record.length !== width)
            throw raggedRow(line, record.length, width);
        for (let j = 0; j < index.length; j++) {
            const text = record[index[j]];
            let v;
            if ((0,_text_values__WEBPACK_IMPORTED_MODULE_0__/* .isNaToken */ .ZY)(text))
                v = missing[j];
            else if ((v = parsers[j](text)) === undefined)
                throw badValue(line, fields[index[j]], text);
            cols[j][row] = v;
        }
    };
    return { record, line: lineWriter(layout, delimiter, parsers, missing, record) };
}
const TEXT = 0;
const INT = 1;
const DECIMAL = 2;
/** Exact powers of ten: 10^k for k \u2264 22 is a double without rounding. */
const POW10 = Array.from({ length: 23 }, (_, k) => 10 ** k);
/**
 * The record writer for a record without quotes given as `text[start, end)`:
 * the fields are read where they are, so a number needs no string of its own
 * (a string a field, and the array of them, were most of what parsing a
 * numeric CSV allocated). Every value equals the split record's; anything but
 * the plain forms below (and every failure) goes through `write` itself, so a
 * refused row reads the same.
 */
function lineWriter(layout, delimiter, parsers, missing, write) {
    const { fields, index } = layout;
    const width = fields.length;
    const target = new Int32Array(width).fill(-1);
    index.forEach((f, j) => (target[f] = j));
    const modes = index.map((i) => {
        const kind = fields[i].kind;
        return kind === 'int' ? INT : kind === 'float' || kind === 'decimal' ? DECIMAL : TEXT;
    });
    const slow = (text, start, end, line, cols, row) => write(text.slice(start, end).split(delimiter), line, cols, row);
    return (text, start, end, line, cols, row) => {
        let from = start;
        for (let f = 0;; f++) {
            let to = text.indexOf(delimiter, from);
            if (to < 0 || to > end)
                to = end;
            if (f >= width)
                return slow(text, start, end, line, cols, row);
            const j = target[f];
            if (j >= 0) {
                const mode = modes[j];
                let v = mode === TEXT || to === from ? undefined : plainNumber(text, from, to, mode === INT);
                if (v === undefined) {
                    const s = text.slice(from, to);
                    if ((0,_text_values__WEBPACK_IMPORTED_MODULE_0__/* .isNaToken */ .ZY)(s))
                        v = missing[j];
                    else if ((v = parsers[j](s)) === undefined)
                        return slow(text, start, end, line, cols, row);
                }
                cols[j][row] = v;
            }
            if (to === end)
                return f + 1 === width ? undefined : slow(text, start, end, line, cols, row);
            from = to + 1;
        }
    };
}
/**
 * `-?\d+` (int) or `-?\d+(\.\d+)?` (decimal) of at most 15 digits, else
 * undefined. Fifteen digits are an integer below 2^53 and 10^k is exact for
 * k \u2264 22, so the one division rounds once: the double Number() gives.
 */
function plainNumber(s, from, to, integer) {
    let i = from;
    const negative = s.charCodeAt(i) === 45;
    if (negative)
        i++;
    const first = i;
    let m = 0;
    let point = -1;
    for (; i < to; i++) {
        const c = s.charCodeAt(i);
        if (c >= 48 && c <= 57)
            m = m * 10 + (c - 48);
        else if (c === 46 && point < 0 && !integer)
            point = i;
        else
            return undefined;
    }
    const digits = to - first - (point < 0 ? 0 : 1);
    if (digits === 0 || digits > 15 || point === first || point === to - 1)
        return undefined;
    const v = point < 0 ? m : m / POW10[to - 1 - point];
    return negative ? -v : v;
}
function raggedRow(line, got, expected) {
    return new _row_errors__WEBPACK_IMPORTED_MODULE_2__/* .RowError */ .Lw(line, ` has ${got} field${got === 1 ? '' : 's'}, the first row has ${expected}.`, _row_errors__WEBPACK_IMPORTED_MODULE_2__/* .fixRow */ .S0);
}
function badValue(line, field, text) {
    const origin = field.sourceType === 'inferred' ? `inferred from the first ${(0,_mlship_core_digits__WEBPACK_IMPORTED_MODULE_3__/* .groupDigits */ .K)(_source__WEBPACK_IMPORTED_MODULE_1__/* .INFER_ROWS */ .jX)} rows` : 'declared in read.csv.types';
    return new _row_errors__WEBPACK_IMPORTED_MODULE_2__/* .RowError */ .Lw(line, `, column "${field.name}": ${JSON.stringify(text.slice(0, 40))} is not ${article(field.kind)} ${field.kind} (${origin}).`, `Declare the column's type under read.csv.types, e.g. { "${field.name}": "string" }.`);
}
const article = (kind) => (/^[aeiou]/.test(kind) ? 'an' : 'a');


/***/ }),

/***/ 6531:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   YB: () => (/* binding */ CsvTokenizer),
/* harmony export */   cv: () => (/* binding */ WHITESPACE),
/* harmony export */   oC: () => (/* binding */ CsvSyntaxError)
/* harmony export */ });
/* harmony import */ var _line_cap__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22740);

/**
 * An RFC 4180 tokenizer fed with text chunks. csv-parse took 1.6\u00d7 as long to
 * split a 200k-row file as pandas needed to read *and* profile it
 * (bench/validate-data/RESULTS.md has the numbers), so records are split here:
 * a line without a quote character is one `String.split`, and only lines
 * with quotes go through the character loop (doubled quotes, delimiters and
 * newlines inside quotes).
 *
 * Blank lines are skipped (as pandas and csv-parse `skip_empty_lines` do);
 * a quote inside an unquoted field is kept literally (as pandas does).
 *
 * A record with quotes that spans chunks is scanned once: what it holds so
 * far (its fields, the field in progress as slices of the chunks) stays in
 * `open`, and the next chunk resumes the scan where the last one stopped.
 * Joining the record and rescanning it from its start on every chunk made a
 * quoted field of many lines quadratic in time.
 *
 * The options a user may set cost nothing when unset: `skipLines` is checked
 * once per chunk, `comment` is one branch per line, and the `whitespace`
 * delimiter (pandas' `sep=r"\s+"`) has its own record splitter.
 */
class CsvSyntaxError extends Error {
    line;
    constructor(message, line) {
        super(message);
        this.line = line;
    }
}
const QUOTE = 34;
const CR = 13;
const LF = 10;
const SPACE = 32;
const TAB = 9;
/** The delimiter value meaning "runs of blanks and tabs". */
const WHITESPACE = 'whitespace';
const isBlank = (c) => c === SPACE || c === TAB;
const BLANKS = /[ \t]+/;
class CsvTokenizer {
    delimiter;
    onRecord;
    pending;
    /** The record with quotes being scanned; `open.pending` while it spans chunks. */
    open = new OpenRecord();
    /** Line number (1-based) where the next record starts. */
    line = 1;
    first;
    cr = false;
    skip;
    comment;
    ws;
    onLine;
    constructor(delimiter, onRecord, options = {}) {
        this.delimiter = delimiter;
        this.onRecord = onRecord;
        this.pending = new _line_cap__WEBPACK_IMPORTED_MODULE_0__/* .PendingLine */ .Gp(options.maxRecordBytes ?? _line_cap__WEBPACK_IMPORTED_MODULE_0__/* .DEFAULT_MAX_LINE_BYTES */ .i$);
        this.skip = options.skipLines ?? 0;
        this.comment = options.comment;
        this.first = options.fileStart ?? true;
        this.ws = delimiter === WHITESPACE;
        this.onLine = this.ws ? undefined : options.onLine;
        this.open.reset(this.ws ? BETWEEN_FIELDS : FIELD_START);
    }
    /** The line the next record (or the one still open) starts on. */
    get nextLine() {
        return this.line;
    }
    push(text) {
        if (this.first) {
            this.first = false;
            if (text.charCodeAt(0) === 0xfeff)
                text = text.slice(1);
        }
        // A CR ending a chunk is read with the next one: whether it ends a line depends on what follows.
        if (this.cr)
            text = '\r' + text;
        this.cr = text.charCodeAt(text.length - 1) === CR;
        if (this.cr)
            text = text.slice(0, -1);
        if (text === '')
            return;
        if (this.open.pending) {
            const next = this.resume(text, false);
            if (next < 0 || next >= text.length)
                return;
            text = text.slice(next);
        }
        // No record ends without a newline: such a chunk is only held, not rescanned.
        if (text.indexOf('\n') < 0)
            return this.pending.append(text, this.line);
        this.pending.append(this.consume(this.pending.take(text), false), this.line);
    }
    end() {
        let tail = this.cr ? '\r' : '';
        this.cr = false;
        if (this.open.pending) {
            const next = this.resume(tail, true);
            tail = next >= 0 && next < tail.length ? tail.slice(next) : '';
        }
        this.consume(this.pending.take(tail), true);
    }
    /** Feeds `text` to the record left open by the last chunk; returns where the record ended in it, or -1. */
    resume(text, final) {
        const r = this.open;
        const line = this.line;
        const before = r.bytes;
        const next = this.scanRecord(text, 0, final);
        // Its UTF-8 size without the newline ending it, as PendingLine counts a line.
        const bytes = before + Buffer.byteLength(next < 0 ? text : text.slice(0, Math.max(0, next - 1)));
        if (bytes > this.pending.maxBytes)
            throw new _line_cap__WEBPACK_IMPORTED_MODULE_0__/* .LineTooLongError */ .dc(line, this.pending.maxBytes);
        if (next < 0)
            r.bytes = bytes;
        return next;
    }
    /** Emits every complete record in `s`; returns the unconsumed tail. */
    consume(s, final) {
        const n = s.length;
        const d = this.delimiter;
        let pos = 0;
        if (this.skip > 0) {
            pos = this.skipLines(s, final);
            if (this.skip > 0)
                return s.slice(pos);
        }
        let nextQuote = s.indexOf('"', pos);
        if (nextQuote < 0)
            nextQuote = n;
        while (pos < n) {
            let nl = s.indexOf('\n', pos);
            if (nl < 0) {
                if (!final)
                    break;
                nl = n;
            }
            if (nextQuote < pos) {
                nextQuote = s.indexOf('"', pos);
                if (nextQuote < 0)
                    nextQuote = n;
            }
            if (nl - pos > this.pending.safeUnits)
                this.pending.check(s, pos, nl, this.line);
            if (nextQuote >= nl) {
                let end = nl > pos && s.charCodeAt(nl - 1) === CR ? nl - 1 : nl;
                if (this.comment !== undefined) {
                    const k = s.indexOf(this.comment, pos);
                    if (k >= 0 && k < end)
                        end = k;
                }
                if (end > pos) {
                    if (this.onLine)
                        this.onLine(s, pos, end, this.line);
                    else if (!this.ws)
                        this.onRecord(s.slice(pos, end).split(d), this.line);
                    else {
                        const text = s.slice(pos, end).replace(/^[ \t]+|[ \t]+$/g, '');
                        if (text.length > 0)
                            this.onRecord(text.split(BLANKS), this.line);
                    }
                }
                this.line++;
                pos = nl + 1;
                continue;
            }
            const line = this.line;
            const next = this.scanRecord(s, pos, final);
            if (next < 0) {
                // The record stays open: the next chunk resumes it (see `resume`).
                const r = this.open;
                r.pending = true;
                r.bytes = Buffer.byteLength(s.slice(pos));
                if (r.bytes > this.pending.maxBytes)
                    throw new _line_cap__WEBPACK_IMPORTED_MODULE_0__/* .LineTooLongError */ .dc(line, this.pending.maxBytes);
                return '';
            }
            if (next - pos > this.pending.safeUnits)
                this.pending.check(s, pos, next - 1, line);
            pos = next;
        }
        return pos >= n ? '' : s.slice(pos);
    }
    /** Drops up to `skip` whole lines from the start of `s`; returns where the rest begins. */
    skipLines(s, final) {
        let pos = 0;
        while (this.skip > 0 && pos < s.length) {
            const nl = s.indexOf('\n', pos);
            if (nl < 0 && !final)
                break;
            pos = nl < 0 ? s.length : nl + 1;
            this.skip--;
            this.line++;
        }
        return pos;
    }
    /**
     * Scans the record with quotes that starts (or, resumed, continues) at `i`
     * of `s`. Returns the position after the record, or -1 when `s` ends inside
     * it: the record's state is then kept in `open`, so the next chunk resumes
     * where this one stopped instead of the record being rescanned from its start.
     */
    scanRecord(s, i, final) {
        const r = this.open;
        const n = s.length;
        const ws = this.ws;
        const dc = this.delimiter.charCodeAt(0);
        const comment = this.comment;
        let from = i;
        for (;;) {
            switch (r.at) {
                case FIELD_START: {
                    if (i >= n && !final)
                        return -1;
                    if (ws) {
                        const c = s.charCodeAt(i);
                        if (comment !== undefined && s[i] === comment)
                            r.at = COMMENT;
                        else if (c === QUOTE)
                            r.at = QUOTED;
                        else
                            r.at = UNQUOTED;
                    }
                    else
                        r.at = s.charCodeAt(i) === QUOTE ? QUOTED : UNQUOTED;
                    if (r.at === QUOTED)
                        i++;
                    from = i;
                    continue;
                }
                case UNQUOTED: {
                    if (ws) {
                        // Up to a blank, the end of the line or a comment. A CR is a line end before a LF or at the
                        // end of the file; `push` keeps a chunk's last CR for the next chunk, so one left at the end of
                        // a chunk is followed by another CR.
                        let j = i;
                        while (j < n) {
                            const c = s.charCodeAt(j);
                            if (isBlank(c) || c === LF || (c === CR && (j + 1 < n ? s.charCodeAt(j + 1) === LF : final)) || (comment !== undefined && s[j] === comment))
                                break;
                            j++;
                        }
                        if (j >= n && !final) {
                            r.hold(s, from, n);
                            return -1;
                        }
                        r.fields.push(r.take(s, from, j));
                        r.at = BETWEEN_FIELDS;
                        i = j;
                        continue;
                    }
                    const nl = s.indexOf('\n', i);
                    const lineEnd = nl < 0 ? n : nl;
                    const dEnd = s.indexOf(this.delimiter, i);
                    const cEnd = comment === undefined ? -1 : s.indexOf(comment, i);
                    if (cEnd >= 0 && cEnd < lineEnd && (dEnd < 0 || cEnd < dEnd)) {
                        const text = r.take(s, from, cEnd);
                        if (r.fields.length > 0 || text.length > 0)
                            r.fields.push(text);
                        r.at = COMMENT;
                        i = cEnd;
                        continue;
                    }
                    if (dEnd >= 0 && dEnd < lineEnd) {
                        r.fields.push(r.take(s, from, dEnd));
                        r.at = FIELD_START;
                        i = dEnd + 1;
                        continue;
                    }
                    if (nl < 0 && !final) {
                        r.hold(s, from, n);
                        return -1;
                    }
                    const text = r.take(s, from, lineEnd);
                    r.fields.push(text.charCodeAt(text.length - 1) === CR ? text.slice(0, -1) : text);
                    return this.endRecord(lineEnd);
                }
                case QUOTED: {
                    const k = s.indexOf('"', i);
                    if (k < 0) {
                        if (final)
                            throw new CsvSyntaxError('a quoted field is never closed', this.line);
                        r.hold(s, from, n);
                        return -1;
                    }
                    if (k + 1 >= n && !final) {
                        // Closing, or the first of a pair: the next chunk says.
                        r.hold(s, from, k);
                        r.at = QUOTE_END;
                        return -1;
                    }
                    if (s.charCodeAt(k + 1) === QUOTE) {
                        // A doubled quote: the text up to and with one of the pair.
                        r.hold(s, from, k + 1);
                        from = i = k + 2;
                        continue;
                    }
                    this.closeQuoted(r.take(s, from, k));
                    i = k + 1;
                    continue;
                }
                case QUOTE_END: {
                    if (i >= n && !final)
                        return -1;
                    if (s.charCodeAt(i) === QUOTE) {
                        // The quote that ended the last chunk and this one are a pair.
                        r.text += '"';
                        r.at = QUOTED;
                        from = i = i + 1;
                        continue;
                    }
                    this.closeQuoted(r.take(s, i, i));
                    continue;
                }
                case AFTER_QUOTE: {
                    if (i >= n) {
                        if (!final)
                            return -1;
                        return this.endRecord(n);
                    }
                    const c = s.charCodeAt(i);
                    if (ws) {
                        if (isBlank(c) || c === LF || (c === CR && (i + 1 < n ? s.charCodeAt(i + 1) === LF : final)) || (comment !== undefined && s[i] === comment)) {
                            r.at = BETWEEN_FIELDS;
                            continue;
                        }
                        throw this.afterQuote(s[i]);
                    }
                    if (c === dc) {
                        r.at = FIELD_START;
                        i++;
                        continue;
                    }
                    if (c === LF)
                        return this.endRecord(i);
                    if (c === CR && s.charCodeAt(i + 1) === LF)
                        return this.endRecord(i + 1);
                    if (comment !== undefined && s[i] === comment) {
                        r.at = COMMENT;
                        continue;
                    }
                    throw this.afterQuote(s[i]);
                }
                case BETWEEN_FIELDS: {
                    // Between fields of the whitespace layout: blanks, then the line's end or the next field.
                    while (i < n && isBlank(s.charCodeAt(i)))
                        i++;
                    if (i >= n) {
                        if (!final)
                            return -1;
                        return this.endRecord(n);
                    }
                    const c = s.charCodeAt(i);
                    if (c === LF)
                        return this.endRecord(i);
                    if (c === CR && (i + 1 < n ? s.charCodeAt(i + 1) === LF : final))
                        return this.endRecord(i + 1 < n ? i + 1 : i);
                    r.at = FIELD_START;
                    continue;
                }
                case COMMENT: {
                    const nl = s.indexOf('\n', i);
                    if (nl >= 0)
                        return this.endRecord(nl);
                    if (final)
                        return this.endRecord(n);
                    return -1;
                }
            }
        }
    }
    closeQuoted(value) {
        const r = this.open;
        r.newlines += countNewlines(value);
        r.fields.push(value);
        r.at = AFTER_QUOTE;
    }
    afterQuote(ch) {
        return new CsvSyntaxError(`unexpected ${JSON.stringify(ch)} after a closing quote (a quote inside a field must be doubled: "")`, this.line + this.open.newlines);
    }
    /** Emits the open record, which ends at `end` (its newline, or the text's end); returns the position after it. */
    endRecord(end) {
        const r = this.open;
        if (r.fields.length > 0)
            this.onRecord(r.fields, this.line);
        this.line += r.newlines + 1;
        r.reset(this.ws ? BETWEEN_FIELDS : FIELD_START);
        return end + 1;
    }
}
/** Where a record with quotes stands in its scan; kept across chunks while the record is open. */
const FIELD_START = 0;
const UNQUOTED = 1;
const QUOTED = 2;
/** A chunk ended on a quote inside a quoted field: the closing quote, or the first of a doubled pair. */
const QUOTE_END = 3;
const AFTER_QUOTE = 4;
/** The whitespace layout's separator (and the blanks before the first field). */
const BETWEEN_FIELDS = 5;
const COMMENT = 6;
/**
 * The record being scanned: its finished fields, the held text of the field
 * in progress (slices of the chunks it spans, concatenated: V8 joins them
 * once, when the field is used), and its UTF-8 size so far for the record cap.
 */
class OpenRecord {
    at = FIELD_START;
    fields = [];
    /** The field in progress before the current chunk's part (and its doubled quotes undone). */
    text = '';
    newlines = 0;
    bytes = 0;
    /** Whether a record is open across chunks (not just being scanned within one). */
    pending = false;
    hold(s, from, to) {
        if (to > from)
            this.text += s.slice(from, to);
    }
    /** The field in progress, ending at `s[to]`. */
    take(s, from, to) {
        const text = this.text + s.slice(from, to);
        this.text = '';
        return text;
    }
    reset(at) {
        this.at = at;
        this.fields = [];
        this.text = '';
        this.newlines = 0;
        this.bytes = 0;
        this.pending = false;
    }
}
function countNewlines(s) {
    let k = 0;
    for (let i = s.indexOf('\n'); i >= 0; i = s.indexOf('\n', i + 1))
        k++;
    return k;
}


/***/ }),

/***/ 90535:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  f: () => (/* binding */ openCsv),
  y: () => (/* binding */ sniffDelimiter)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/data/src/read/csv-tokenizer.ts
var csv_tokenizer = __webpack_require__(6531);
;// CONCATENATED MODULE: ./packages/data/src/read/csv-layout.ts

const CANDIDATES = [',', '\t', ';', '|', csv_tokenizer/* WHITESPACE */.cv];
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const isNumberText = (s) => NUMBER.test(s.trim());
/**
 * The prefix's complete lines as the tokenizer will see them: the first
 * `skip` lines dropped, comments cut, blank lines left out.
 */
function dataLines(prefix, skip, comment) {
    const lines = prefix.split(/\r?\n/);
    if (lines.length > 1)
        lines.pop(); // possibly cut off mid-line
    return lines
        .slice(skip)
        .map((l) => (comment !== undefined && l.includes(comment) ? l.slice(0, l.indexOf(comment)) : l))
        .filter((l) => l.trim().length > 0)
        .slice(0, 20);
}
/** Fields of one line (quotes ignored: an estimate for messages, not the tokenizer). */
const splitLine = (line, delimiter) => delimiter === csv_tokenizer/* WHITESPACE */.cv ? line.trim().split(/[ \t]+/) : line.split(delimiter);
const delimiterOption = (d) => (d === csv_tokenizer/* WHITESPACE */.cv ? 'delimiter: whitespace' : `delimiter: ${JSON.stringify(d)}`);
const delimiterName = (d) => (d === csv_tokenizer/* WHITESPACE */.cv ? 'runs of blanks' : JSON.stringify(d));
const nameList = (n) => `[${Array.from({ length: Math.min(n, 3) }, (_, i) => `c${i + 1}`).join(', ')}${n > 3 ? ', \u2026' : ''}]`;
/**
 * The message for a first record whose field count differs from the lines
 * after it, when those lines agree among themselves: the first line is a
 * count line or a title, not the header. Undefined when the lines do not agree.
 */
function preambleMessage(lines, delimiter, firstCount, secondLine) {
    const rest = lines.slice(1).map((l) => splitLine(l, delimiter).length);
    if (rest.length === 0 || rest.some((c) => c !== rest[0]) || rest[0] === firstCount)
        return undefined;
    const noHeader = secondLine.every(isNumberText);
    const fix = noHeader
        ? `set read.csv { skip_rows: 1, header: false, names: ${nameList(rest[0])} } (the next line is data, so name the ${rest[0]} columns)`
        : 'set read.csv { skip_rows: 1 } to skip it (the next line becomes the header)';
    return `line 1 has ${firstCount} field${firstCount === 1 ? '' : 's'} but the lines after it have ${rest[0]}: it is not a header row (a count line or a title?). To read the file, ${fix}.`;
}
/** A header row whose names start with numbers reads like a count line or data. */
function headerNote(file, header, line) {
    if (header.length === 0 || !isNumberText(header[0]))
        return undefined;
    const numeric = header.filter(isNumberText);
    const all = numeric.length === header.length;
    const fix = all
        ? `If it is data, set read.csv { header: false, names: ${nameList(header.length)} }.`
        : `If it is a count line with no header after it, set read.csv { skip_rows: 1, header: false, names: ${nameList(header.length)} }; if a header follows it, set { skip_rows: 1 }.`;
    return {
        id: 'csv_header',
        title: 'CSV header row looks like data',
        file: file.path,
        line,
        detail: `line ${line} was read as the header, which names columns ${numeric.slice(0, 5).join(', ')}${numeric.length > 5 ? ', \u2026' : ''}: names that are numbers suggest it is ${all ? 'data' : 'a count line'}, not a header. ${fix}`,
    };
}
/** One column, although the first lines split into more fields on another delimiter. */
function oneColumnNote(file, lines, used) {
    if (lines.length === 0)
        return undefined;
    for (const d of CANDIDATES) {
        if (d === used)
            continue;
        const counts = lines.map((l) => splitLine(l, d).length);
        // Free text has blanks in every line too; blank-separated data has the same count on each.
        const fits = d === csv_tokenizer/* WHITESPACE */.cv ? counts.every((c) => c > 1 && c === counts[0]) : counts.every((c) => c > 1);
        if (fits) {
            const lo = Math.min(...counts);
            const hi = Math.max(...counts);
            const fields = lo === hi ? `${lo} fields` : `${lo} to ${hi} fields`;
            return {
                id: 'csv_one_column',
                title: 'CSV read as one column',
                file: file.path,
                detail: `the file parsed into one column, but its first lines split into ${fields} on ${delimiterName(d)}. Set read.csv { ${delimiterOption(d)} } if that is its delimiter.`,
            };
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./packages/data/src/read/csv-parallel.ts
var csv_parallel = __webpack_require__(26187);
// EXTERNAL MODULE: ./packages/data/src/read/csv-records.ts
var csv_records = __webpack_require__(53892);
// EXTERNAL MODULE: ./packages/data/src/read/row-errors.ts
var row_errors = __webpack_require__(34699);
// EXTERNAL MODULE: ./packages/data/src/read/source.ts
var source = __webpack_require__(36814);
// EXTERNAL MODULE: ./packages/data/src/read/text-values.ts
var text_values = __webpack_require__(35875);
;// CONCATENATED MODULE: ./packages/data/src/read/csv.ts









const DELIMITERS = [',', '\t', ';', '|'];
/**
 * RFC 4180 CSV, streamed. Column kinds come from the first 10,000 rows unless
 * declared; a later value that does not fit is an error naming the line, not
 * a silent change of type.
 */
async function openCsv(file, abs, options = {}, parsers) {
    // Sniffing is the first read of the file: a gzip error there must be the same UserError as later.
    let prefixText;
    const prefix = () => (prefixText ??= readPrefix(abs, 1 << 16).catch((e) => Promise.reject((0,row_errors/* textError */.MZ)(e, file))));
    const skip = options.skip_rows ?? 0;
    const lines = async () => dataLines(await prefix(), skip, options.comment);
    const delimiter = options.delimiter ?? (/\.tsv(\.gz)?$/i.test(abs) ? '\t' : sniffDelimiter((await lines()).join('\n') + '\n'));
    const header = options.header ?? true;
    const layout = { skipLines: skip, comment: options.comment };
    // Exactly the header and the first INFER_ROWS rows: the tokenizer hands over a whole
    // chunk's records (a 1 MiB chunk can hold 100k rows), and what is inferred, and so
    // whether a late value is an error, must not depend on how wide the lines are.
    const limit = source/* INFER_ROWS */.jX + (header ? 1 : 0);
    const sample = [];
    let firstLine = 0;
    let second;
    try {
        for await (const _ of records(file, abs, delimiter, layout, options.maxLineBytes, (fields, line) => {
            if (sample.length === 0)
                firstLine = line;
            else if (fields.length !== sample[0].length) {
                if (sample.length === 1)
                    second = fields;
                throw (0,csv_records/* raggedRow */.v)(line, fields.length, sample[0].length);
            }
            if (sample.length < limit)
                sample.push(fields);
        })) {
            if (sample.length >= limit)
                break;
        }
    }
    catch (e) {
        // The first line disagreeing with every line after it is a preamble (sklearn's count line), not a broken row.
        const preamble = second && header ? preambleMessage(await lines(), delimiter, sample[0].length, second) : undefined;
        throw preamble ? new errors/* UserError */.yo(preamble.replace(/^line 1 /, `line ${firstLine} `), { where: file.path }) : e;
    }
    if (sample.length === 0) {
        throw new errors/* UserError */.yo('no rows (only blank lines)', { where: file.path, hint: skip || options.comment ? 'Check read.csv.skip_rows and read.csv.comment, or regenerate the file.' : 'Regenerate the file.' });
    }
    const names = header ? columnNames(sample[0]) : (options.names ?? sample[0].map((_, i) => String(i)));
    if (names.length !== sample[0].length) {
        throw new errors/* UserError */.yo(`read.csv.names lists ${names.length} name${names.length === 1 ? '' : 's'} but line ${firstLine} has ${sample[0].length} field${sample[0].length === 1 ? '' : 's'}.`, {
            where: file.path,
            hint: 'List one name per field (or check read.csv.delimiter and read.csv.skip_rows).',
        });
    }
    const notes = [];
    const headerWarning = header ? headerNote(file, sample[0], firstLine) : undefined;
    if (headerWarning)
        notes.push(headerWarning);
    const oneColumn = names.length === 1 ? oneColumnNote(file, await lines(), delimiter) : undefined;
    if (oneColumn)
        notes.push(oneColumn);
    const fields = inferFields(names, header ? sample.slice(1) : sample, options.types);
    // The closures below share this function's scope with the record callback
    // above, so the returned source would keep the sample (up to 10,000 rows, or
    // one 60 MB field) for the whole read.
    sample.length = 0;
    second = undefined;
    const unknown = Object.keys(options.types ?? {}).filter((n) => !names.includes(n));
    if (unknown.length) {
        throw new errors/* UserError */.yo(`read.csv.types names column "${unknown[0]}", which is not ${header ? 'in the header' : 'a column'}`, { where: file.path, hint: `Columns: ${names.join(', ')}.` });
    }
    // Records are parsed on other threads where the file is worth it and its chunks can be found
    // without the tokenizer: a one-byte delimiter, no comment character (it can hide a quote).
    const workers = parsers && options.comment === undefined && delimiter !== csv_tokenizer/* WHITESPACE */.cv && delimiter.charCodeAt(0) < 0x80 ? parsers.workersFor(file.sizeBytes) : 0;
    return {
        file,
        fields,
        notes,
        batches: (columns) => {
            const wanted = { fields, index: columns.map((c) => fields.findIndex((f) => f.name === c)) };
            if (workers > 0) {
                const job = { delimiter, skipLines: skip, header, layout: wanted, maxRecordBytes: options.maxLineBytes };
                return (0,csv_parallel/* parallelCsvBatches */.k)(file, abs, job, firstLine, parsers, workers);
            }
            return readBatches(file, abs, delimiter, layout, header, wanted, options.maxLineBytes);
        },
    };
}
function inferFields(names, body, types) {
    return names.map((name, i) => {
        const declared = types?.[name];
        if (declared)
            return { name, kind: declared, sourceType: `declared ${declared}` };
        const inference = new text_values/* KindInference */.qf();
        // Indexed: this runs before V8 optimizes it, where for-of allocated a result object per row.
        for (let r = 0; r < body.length; r++) {
            const text = body[r][i];
            if (!(0,text_values/* isNaToken */.ZY)(text))
                inference.add(text);
        }
        return { name, kind: inference.kind, sourceType: 'inferred' };
    });
}
async function* readBatches(file, abs, delimiter, layout, header, wanted, maxLineBytes) {
    const { record: write, line: writeLine } = (0,csv_records/* recordWriters */.u)(wanted, delimiter);
    const kinds = wanted.index.map((i) => wanted.fields[i].kind);
    const ready = [];
    let cols = kinds.map((k) => (0,source/* newColumn */.b4)(k, source/* BATCH_ROWS */.B8));
    let n = 0;
    let row = header ? -1 : 0;
    const written = () => {
        if (++n === source/* BATCH_ROWS */.B8) {
            ready.push({ numRows: n, columns: cols });
            cols = kinds.map((k) => (0,source/* newColumn */.b4)(k, source/* BATCH_ROWS */.B8));
            n = 0;
        }
    };
    const onRecord = (record, line) => {
        if (row++ < 0)
            return;
        write(record, line, cols, n);
        written();
    };
    const onLine = (text, start, end, line) => {
        if (row++ < 0)
            return;
        writeLine(text, start, end, line, cols, n);
        written();
    };
    for await (const _ of records(file, abs, delimiter, { ...layout, onLine }, maxLineBytes, onRecord)) {
        yield* ready;
        ready.length = 0;
    }
    yield* ready;
    if (n > 0)
        yield { numRows: n, columns: cols.map((c) => c.slice(0, n)) };
}
/**
 * Feeds the file through the tokenizer, calling `onRecord` for each record,
 * and yields after each chunk so the caller can hand out what is finished
 * (or stop reading by breaking out of the loop).
 */
async function* records(file, abs, delimiter, layout, maxRecordBytes, onRecord) {
    const tokenizer = new csv_tokenizer/* CsvTokenizer */.YB(delimiter, onRecord, { ...layout, maxRecordBytes });
    const stream = (0,source/* openText */.Uq)(abs, new external_node_stream_.PassThrough());
    const decoder = new TextDecoder();
    try {
        for await (const chunk of stream) {
            tokenizer.push(decoder.decode(chunk, { stream: true }));
            yield;
        }
        tokenizer.push(decoder.decode());
        tokenizer.end();
    }
    catch (e) {
        throw (0,row_errors/* textError */.MZ)(e, file);
    }
    finally {
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
function columnNames(headerRow) {
    const names = headerRow.map((raw, i) => (raw === '' ? `Unnamed: ${i}` : raw));
    const order = [...names.keys()].sort((i, j) => Number(headerRow[i] === '') - Number(headerRow[j] === '') || i - j);
    const counts = new Map();
    for (const i of order) {
        const base = names[i];
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
function sniffDelimiter(prefix) {
    const lines = prefix.split(/\r?\n/).slice(0, 20);
    if (lines.length > 1)
        lines.pop(); // possibly cut off mid-line
    const count = (line, d) => {
        let inQuotes = false;
        let k = 0;
        for (const ch of line) {
            if (ch === '"')
                inQuotes = !inQuotes;
            else if (ch === d && !inQuotes)
                k++;
        }
        return k;
    };
    let best = ',';
    let bestCount = 0;
    for (const d of DELIMITERS) {
        const counts = lines.filter((l) => l.length > 0).map((l) => count(l, d));
        const consistent = counts.length > 0 && counts.every((c) => c === counts[0]);
        if (consistent && counts[0] > bestCount) {
            best = d;
            bestCount = counts[0];
        }
    }
    return best;
}
/** The first `bytes` bytes of the (gunzipped) text. */
async function readPrefix(abs, bytes) {
    const sink = (0,source/* openText */.Uq)(abs, new external_node_stream_.PassThrough());
    const chunks = [];
    let size = 0;
    try {
        for await (const chunk of sink) {
            chunks.push(chunk);
            size += chunk.length;
            if (size >= bytes)
                break;
        }
    }
    finally {
        sink.destroy();
    }
    return Buffer.concat(chunks).subarray(0, bytes).toString('utf8');
}


/***/ }),

/***/ 92100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ isGzipped),
/* harmony export */   b: () => (/* binding */ formatOf)
/* harmony export */ });
/** `.csv.gz` and `.jsonl.gz` are read through gunzip; parquet compresses inside the file. */
const EXTENSIONS = [
    ['.parquet', 'parquet'],
    ['.parq', 'parquet'],
    ['.pq', 'parquet'],
    ['.csv', 'csv'],
    ['.tsv', 'csv'],
    ['.csv.gz', 'csv'],
    ['.tsv.gz', 'csv'],
    ['.jsonl', 'jsonl'],
    ['.ndjson', 'jsonl'],
    ['.jsonl.gz', 'jsonl'],
    ['.ndjson.gz', 'jsonl'],
];
const formatOf = (file) => {
    const lower = file.toLowerCase();
    return EXTENSIONS.find(([suffix]) => lower.endsWith(suffix))?.[1];
};
const isGzipped = (file) => file.toLowerCase().endsWith('.gz');


/***/ }),

/***/ 33594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ openJsonl),
  N: () => (/* binding */ parseJsonlChunk)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(57075);
// EXTERNAL MODULE: ./packages/core/src/digits.ts
var digits = __webpack_require__(15259);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/data/src/read/chunked.ts
var chunked = __webpack_require__(36183);
// EXTERNAL MODULE: ./packages/data/src/read/line-cap.ts
var line_cap = __webpack_require__(22740);
;// CONCATENATED MODULE: ./packages/data/src/read/json-depth.ts
/**
 * The deepest nesting a JSONL value may have. JSON.parse itself copes with any
 * depth, but turning a nested value into JSON text (JSON.stringify, which is
 * how nested values are compared) recurses once per level and overflows the
 * stack somewhere past ten thousand; real records stay far below a thousand.
 */
const MAX_JSON_DEPTH = 1000;
const QUOTE = 34;
const BACKSLASH = 92;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
/**
 * Whether `text` opens more than `max` arrays/objects inside one another,
 * brackets inside strings not counted. A value that deep needs at least
 * 2 \u00d7 (max + 1) characters, so shorter lines \u2014 nearly all \u2014 are not scanned.
 */
function nestsDeeperThan(text, max = MAX_JSON_DEPTH) {
    if (text.length < 2 * (max + 1))
        return false;
    let depth = 0;
    let inString = false;
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (inString) {
            if (c === BACKSLASH)
                i++;
            else if (c === QUOTE)
                inString = false;
        }
        else if (c === QUOTE)
            inString = true;
        else if (c === OPEN_BRACKET || c === OPEN_BRACE) {
            if (++depth > max)
                return true;
        }
        else if (c === CLOSE_BRACKET || c === CLOSE_BRACE)
            depth--;
    }
    return false;
}

// EXTERNAL MODULE: ./packages/data/src/read/record-ends.ts
var record_ends = __webpack_require__(32737);
// EXTERNAL MODULE: ./packages/data/src/read/row-errors.ts
var row_errors = __webpack_require__(34699);
// EXTERNAL MODULE: ./packages/data/src/read/source.ts
var source = __webpack_require__(36814);
// EXTERNAL MODULE: ./packages/data/src/read/text-values.ts
var text_values = __webpack_require__(35875);
;// CONCATENATED MODULE: ./packages/data/src/read/jsonl.ts










/**
 * JSON Lines, one object per line. Keys may appear late or be missing in some
 * rows (as `pandas.read_json(lines=True)` allows), so the schema comes from a
 * first pass over every line; the second pass then cannot meet a surprise.
 */
async function openJsonl(file, abs, maxLineBytes = line_cap/* DEFAULT_MAX_LINE_BYTES */.i$, parsers) {
    // Both passes parse every line: on other threads too when the file is worth it.
    const workers = parsers?.workersFor(file.sizeBytes) ?? 0;
    const columns = new Map();
    let rows = 0;
    if (workers > 0) {
        for await (const part of (0,chunked/* chunkResults */.Gu)(jsonlRead(file, abs, { kind: 'jsonl-schema', maxRecordBytes: maxLineBytes }), parsers, workers)) {
            rows += part.rows;
            // Chunks arrive in file order, so first-seen order is the file's.
            for (const [key, state] of part.columns) {
                const inf = columns.get(key);
                if (inf)
                    inf.merge(ValueInference.fromState(state));
                else
                    columns.set(key, ValueInference.fromState(state));
            }
        }
    }
    else {
        for await (const row of readRows(file, abs, maxLineBytes)) {
            rows++;
            inferRow(columns, row);
        }
    }
    if (rows === 0)
        throw new errors/* UserError */.yo('no rows (only blank lines)', { where: file.path, hint: 'Regenerate the file.' });
    const fields = [...columns].map(([name, inf]) => ({ name, kind: inf.kind, sourceType: `inferred from JSON ${inf.describe()}` }));
    return {
        file,
        fields,
        batches: (wanted) => {
            if (workers === 0)
                return readBatches(file, abs, fields, wanted, maxLineBytes);
            const kinds = wanted.map((c) => fields.find((f) => f.name === c).kind);
            const job = { kind: 'jsonl-rows', wanted, kinds, maxRecordBytes: maxLineBytes };
            return (0,chunked/* rebatched */.tS)(kinds, (0,chunked/* chunkResults */.Gu)(jsonlRead(file, abs, job), parsers, workers));
        },
    };
}
function inferRow(columns, row) {
    for (const key in row) {
        let inf = columns.get(key);
        if (!inf)
            columns.set(key, (inf = new ValueInference()));
        inf.add(row[key]);
    }
}
function jsonlRead(file, abs, job) {
    return {
        file,
        abs,
        ends: new record_ends/* LineEnds */.x(),
        job,
        here: (chunk) => parseJsonlChunk(job, chunk),
        refusal: (e, lineOffset) => (0,row_errors/* textError */.MZ)(e, file, lineOffset),
        maxRecordBytes: job.maxRecordBytes,
    };
}
/**
 * One chunk of whole lines, for either pass, with line numbers counted from
 * the chunk's start (the reading thread shifts them).
 */
function parseJsonlChunk(job, chunk) {
    const maxBytes = job.maxRecordBytes ?? line_cap/* DEFAULT_MAX_LINE_BYTES */.i$;
    const cap = new line_cap/* PendingLine */.Gp(maxBytes);
    const text = new TextDecoder().decode(chunk.bytes);
    const lines = text.split('\n');
    // A chunk ends with its last line's newline, but perhaps the file's last; a cut chunk ends in
    // the line past the cap, which the lines before it are read before.
    if (chunk.cut || !chunk.final || lines[lines.length - 1] === '')
        lines.pop();
    const each = (onRow) => {
        lines.forEach((raw, i) => {
            const row = parseLine(raw.endsWith('\r') ? raw.slice(0, -1) : raw, i + 1, chunk.first && i === 0, cap);
            if (row)
                onRow(row);
        });
        if (chunk.cut)
            throw new line_cap/* LineTooLongError */.dc(lines.length + 1, maxBytes);
    };
    if (job.kind === 'jsonl-schema') {
        const columns = new Map();
        let rows = 0;
        each((row) => {
            rows++;
            inferRow(columns, row);
        });
        return { lines: lines.length, rows, columns: [...columns].map(([k, inf]) => [k, inf.toState()]) };
    }
    const convert = job.kinds.map(converter);
    const out = new chunked/* GrowingColumns */.jv(job.kinds);
    each((row) => {
        const r = out.next();
        for (let j = 0; j < job.wanted.length; j++)
            out.columns[j][r] = convert[j](row[job.wanted[j]]);
    });
    return out.rows(lines.length);
}
async function* readBatches(file, abs, fields, wanted, maxLineBytes) {
    const kinds = wanted.map((c) => fields.find((f) => f.name === c).kind);
    const convert = kinds.map(converter);
    let cols = kinds.map((k) => (0,source/* newColumn */.b4)(k, source/* BATCH_ROWS */.B8));
    let n = 0;
    for await (const row of readRows(file, abs, maxLineBytes)) {
        for (let j = 0; j < wanted.length; j++)
            cols[j][n] = convert[j](row[wanted[j]]);
        if (++n === source/* BATCH_ROWS */.B8) {
            yield { numRows: n, columns: cols };
            cols = kinds.map((k) => (0,source/* newColumn */.b4)(k, source/* BATCH_ROWS */.B8));
            n = 0;
        }
    }
    if (n > 0)
        yield { numRows: n, columns: cols.map((c) => c.slice(0, n)) };
}
function converter(kind) {
    const missing = (0,source/* missingFor */.MG)(kind);
    switch (kind) {
        case 'int':
        case 'float':
        case 'bool':
            return (v) => (v === null || v === undefined ? missing : v);
        case 'date':
        case 'timestamp': {
            const parse = text_values/* TEXT_PARSERS */.zT[kind];
            return (v) => (typeof v === 'string' ? parse(v) : missing);
        }
        case 'nested':
            return (v) => (v === null || v === undefined ? null : JSON.stringify(v));
        default:
            return (v) => (v === null || v === undefined ? null : typeof v === 'object' ? JSON.stringify(v) : String(v));
    }
}
/** What JSON types a key held; strings are further tried as dates and timestamps. Order-free, so chunks' inferences merge. */
class ValueInference {
    types = new Set();
    allIntegers = true;
    strings = new text_values/* KindInference */.qf();
    static fromState(s) {
        const v = new ValueInference();
        v.types = new Set(s.types);
        v.allIntegers = s.allIntegers;
        v.strings = text_values/* KindInference */.qf.fromState(s.strings);
        return v;
    }
    toState() {
        return { types: [...this.types], allIntegers: this.allIntegers, strings: this.strings.toState() };
    }
    merge(other) {
        for (const t of other.types)
            this.types.add(t);
        this.allIntegers &&= other.allIntegers;
        this.strings.merge(other.strings);
    }
    add(v) {
        if (v === null || v === undefined)
            return;
        if (typeof v === 'number') {
            this.types.add('number');
            if (!Number.isInteger(v))
                this.allIntegers = false;
        }
        else if (typeof v === 'boolean')
            this.types.add('bool');
        else if (typeof v === 'string') {
            this.types.add('string');
            this.strings.add(v);
        }
        else
            this.types.add('nested');
    }
    get kind() {
        if (this.types.size !== 1)
            return 'string'; // mixed or always null: text holds any value
        const [only] = this.types;
        if (only === 'number')
            return this.allIntegers ? 'int' : 'float';
        if (only === 'bool')
            return 'bool';
        if (only === 'nested')
            return 'nested';
        const k = this.strings.kind;
        return k === 'date' || k === 'timestamp' ? k : 'string';
    }
    describe() {
        return [...this.types].join('/') || 'null';
    }
}
/**
 * One line as an object, or undefined when it is blank; a line that is not a
 * JSON object is a RowError naming it. `fileStart`: the file's first line,
 * where a byte-order mark is dropped.
 */
function parseLine(text, line, fileStart, cap) {
    if (fileStart)
        text = text.replace(/^\ufeff/, '');
    if (text.length > cap.safeUnits)
        cap.check(text, 0, text.length, line);
    if (text.trim() === '')
        return undefined;
    if (nestsDeeperThan(text)) {
        throw new row_errors/* RowError */.Lw(line, ` nests deeper than ${(0,digits/* groupDigits */.K)(MAX_JSON_DEPTH)} levels of arrays and objects.`, 'Flatten that record, or store the deep part as a JSON string.');
    }
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (e) {
        throw new row_errors/* RowError */.Lw(line, ` is not valid JSON (${e.message}).`, 'Each line must be one JSON object.');
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        throw new row_errors/* RowError */.Lw(line, ` is ${Array.isArray(v) ? 'an array' : JSON.stringify(v)?.slice(0, 20)}, not a JSON object.`, 'Each line must be one JSON object.');
    }
    return v;
}
/** Every non-blank line parsed as an object; the error names the line. */
async function* readRows(file, abs, maxLineBytes) {
    const stream = (0,source/* openText */.Uq)(abs, new external_node_stream_.PassThrough());
    const rest = new line_cap/* PendingLine */.Gp(maxLineBytes);
    let line = 0;
    const next = (text) => parseLine(text, ++line, line === 1, rest);
    try {
        const decoder = new TextDecoder();
        for await (const chunk of stream) {
            const decoded = decoder.decode(chunk, { stream: true });
            // A chunk without a newline ends no line: held (and measured against the cap), not re-split.
            if (decoded.indexOf('\n') < 0) {
                rest.append(decoded, line + 1);
                continue;
            }
            const lines = rest.take(decoded).split('\n');
            rest.append(lines.pop(), line + lines.length + 1);
            for (const l of lines) {
                const row = next(l.endsWith('\r') ? l.slice(0, -1) : l);
                if (row)
                    yield row;
            }
        }
        rest.append(decoder.decode(), line + 1);
        const last = next(rest.take());
        if (last)
            yield last;
    }
    catch (e) {
        throw (0,row_errors/* textError */.MZ)(e, file);
    }
    finally {
        stream.destroy();
    }
}


/***/ }),

/***/ 22740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ PendingLine),
/* harmony export */   UL: () => (/* binding */ lineTooLongHint),
/* harmony export */   dc: () => (/* binding */ LineTooLongError),
/* harmony export */   i$: () => (/* binding */ DEFAULT_MAX_LINE_BYTES),
/* harmony export */   nI: () => (/* binding */ describeBytes)
/* harmony export */ });
/* harmony import */ var _mlship_core_digits__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(15259);

/**
 * The longest line (CSV record, JSONL line) a text reader holds before
 * refusing the file. A reader keeps an unfinished line in memory, so without
 * a bound one 300 MB line \u2014 a file without newlines, a runaway quoted field \u2014
 * takes gigabytes and minutes before anything is said.
 */
const DEFAULT_MAX_LINE_BYTES = 64 * 1024 * 1024;
/** A line passed the cap; `line` is where it starts (1-based). */
class LineTooLongError extends Error {
    line;
    maxBytes;
    constructor(line, maxBytes) {
        super(`line ${line} is longer than ${describeBytes(maxBytes)}`);
        this.line = line;
        this.maxBytes = maxBytes;
    }
}
const lineTooLongHint = (maxBytes) => `Look for an unclosed quote or missing line breaks there, or raise read.max_line_bytes (now ${maxBytes}).`;
function describeBytes(n) {
    if (n >= 1024 * 1024 && n % (1024 * 1024) === 0)
        return `${(0,_mlship_core_digits__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K)(n / (1024 * 1024))} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${(0,_mlship_core_digits__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K)(n / 1024)} KiB`;
    return `${(0,_mlship_core_digits__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K)(n)} bytes`;
}
/**
 * The text of a line not finished yet. Chunks without a newline cannot end a
 * line, so they are kept as a list rather than concatenated and rescanned per
 * chunk (which made one long line quadratic in time and garbage); their UTF-8
 * size is counted so the cap is checked as each chunk arrives, before the next
 * one is read.
 */
class PendingLine {
    maxBytes;
    pieces = [];
    /** An upper bound of the pieces' UTF-8 size, made exact when it passes the cap. */
    bytes = 0;
    /** Text of at most this many UTF-16 units is within the cap whatever it holds (3 UTF-8 bytes per unit at most). */
    safeUnits;
    constructor(maxBytes) {
        this.maxBytes = maxBytes;
        this.safeUnits = Math.floor(maxBytes / 3);
    }
    /** Throws when `s[start, end)`, a line completed within one chunk, is over the cap. */
    check(s, start, end, line) {
        if (Buffer.byteLength(s.slice(start, end)) > this.maxBytes)
            throw new LineTooLongError(line, this.maxBytes);
    }
    get isEmpty() {
        return this.pieces.length === 0;
    }
    /** Adds text holding no newline; throws when the line now passes the cap. */
    append(text, line) {
        if (text === '')
            return;
        this.pieces.push(text);
        this.bytes += text.length * 3 <= this.maxBytes ? text.length * 3 : Buffer.byteLength(text);
        if (this.bytes > this.maxBytes) {
            this.bytes = this.pieces.reduce((s, p) => s + Buffer.byteLength(p), 0);
            if (this.bytes > this.maxBytes)
                throw new LineTooLongError(line, this.maxBytes);
        }
    }
    /** The held text followed by `next` (one copy, not two), emptied. */
    take(next = '') {
        if (next !== '')
            this.pieces.push(next);
        const text = this.pieces.length === 1 ? this.pieces[0] : this.pieces.join('');
        this.pieces = [];
        this.bytes = 0;
        return text;
    }
}


/***/ }),

/***/ 79650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ metered),
/* harmony export */   T: () => (/* binding */ countBytes)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16698);
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_async_hooks__WEBPACK_IMPORTED_MODULE_0__);

const current = new node_async_hooks__WEBPACK_IMPORTED_MODULE_0__.AsyncLocalStorage();
/**
 * Runs `work` with `meter` counting every byte the readers take from disk
 * while it runs. The readers report through `countBytes` rather than a
 * parameter threaded through every reader: a long read is many nested
 * generators, and the count must move while one long line is still being
 * read, before any row is finished.
 */
const metered = (meter, work) => current.run(meter, work);
/** Adds `n` bytes to the meter of the read in progress, if any. */
function countBytes(n) {
    const meter = current.getStore();
    if (meter)
        meter.bytes += n;
}


/***/ }),

/***/ 41081:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ openFiles)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlship_core_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37638);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(50194);
/* harmony import */ var _csv__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(90535);
/* harmony import */ var _jsonl__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(33594);
/* harmony import */ var _source__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(36814);






/**
 * Opens resolved files as one dataset. Every file's schema is read up front
 * (parquet footers, the first CSV rows) so a mismatch fails before any long
 * read; columns are the union over the files, in first-seen order, with hive
 * partition keys last, as pyarrow.dataset orders them. `spec` names the
 * dataset in messages.
 */
async function openFiles(files, spec, options) {
    const sources = [];
    for (const file of files) {
        const abs = node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(options.cwd, file.path);
        // The parquet decoder and its codecs are a third of the bundle: loaded only when a parquet file is read.
        if (file.format === 'parquet')
            sources.push(await (await Promise.all(/* import() */[__webpack_require__.e(6367), __webpack_require__.e(4447), __webpack_require__.e(143)]).then(__webpack_require__.bind(__webpack_require__, 30143))).openParquet(file, abs));
        else if (file.format === 'csv')
            sources.push(await (0,_csv__WEBPACK_IMPORTED_MODULE_2__/* .openCsv */ .f)(file, abs, { ...options.csv, maxLineBytes: options.maxLineBytes }, options.chunkParsers));
        else
            sources.push(await (0,_jsonl__WEBPACK_IMPORTED_MODULE_3__/* .openJsonl */ .L)(file, abs, options.maxLineBytes, options.chunkParsers));
    }
    const fields = unifyFields(sources, `${options.role} ${spec}`);
    const partitionKeys = Object.keys(files[0].partitions);
    for (const key of partitionKeys) {
        if (fields.some((f) => f.name === key)) {
            throw new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`partition key "${key}" is also a column inside the files`, { where: `${options.role} ${spec}`, hint: 'Rename the directory key or the column.' });
        }
        fields.push({ name: key, kind: 'string', sourceType: 'hive partition' });
    }
    return {
        spec,
        files,
        schema: { fields },
        notes: sources.flatMap((s) => s.notes ?? []),
        async *batches(opts) {
            const wanted = opts?.columns ? fields.filter((f) => opts.columns.includes(f.name)) : fields;
            for (const source of sources)
                yield* sourceBatches(source, wanted, opts?.rawText === true);
        },
    };
}
/** A file's batches laid out as the dataset's columns: cast where its kind is narrower, nulls where it lacks the column. */
async function* sourceBatches(source, wanted, rawText) {
    const own = new Map(source.fields.map((f) => [f.name, f]));
    const read = wanted.filter((f) => own.has(f.name)).map((f) => f.name);
    const readIndex = new Map(read.map((name, i) => [name, i]));
    // A column the file does not hold is one value repeated, so the same array serves
    // every batch of its size (as the parquet reader refills its own).
    const constant = new Map();
    const repeated = (name, value, n) => {
        let column = constant.get(name);
        if (column?.length !== n)
            constant.set(name, (column = new Array(n).fill(value)));
        return column;
    };
    for await (const batch of source.batches(read, { rawText })) {
        const columns = wanted.map((f) => {
            const partition = source.file.partitions[f.name];
            if (partition !== undefined && !own.has(f.name))
                return repeated(f.name, partition, batch.numRows);
            const i = readIndex.get(f.name);
            if (i === undefined)
                return repeated(f.name, (0,_source__WEBPACK_IMPORTED_MODULE_4__/* .missingFor */ .MG)(f.kind), batch.numRows);
            const values = batch.columns[i];
            const ownKind = own.get(f.name).kind;
            return f.kind === 'string' && ownKind !== 'string' ? Array.from(values, (v) => asText(v, ownKind)) : values;
        });
        // A column's codes and bytes hold while it is passed on as read (the file's own column, not cast).
        const asRead = (per) => per && wanted.map((f, j) => (columns[j] === batch.columns[readIndex.get(f.name) ?? -1] ? per[readIndex.get(f.name)] : undefined));
        // (Only text is raw, and text is never cast.)
        yield { numRows: batch.numRows, columns, coded: asRead(batch.coded), raw: asRead(batch.raw) };
    }
}
/** Numbers, dates and flags need no cast when files disagree (they widen as numbers); text does. */
const asText = (v, from) => {
    if (v === null || (typeof v === 'number' && Number.isNaN(v)))
        return null;
    if ((0,_table__WEBPACK_IMPORTED_MODULE_5__/* .isTemporalKind */ .PB)(from))
        return new Date(v).toISOString().slice(0, from === 'date' ? 10 : undefined);
    return String(v);
};
function unifyFields(sources, where) {
    const out = [];
    const byName = new Map();
    for (const s of sources) {
        for (const f of s.fields) {
            const seen = byName.get(f.name);
            if (!seen) {
                const copy = { ...f };
                byName.set(f.name, { field: copy, from: s.file.path });
                out.push(copy);
                continue;
            }
            const merged = widen(seen.field.kind, f.kind);
            if (merged === undefined) {
                throw new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`column "${f.name}" is ${f.kind} in ${s.file.path} but ${seen.field.kind} in ${seen.from}`, {
                    where,
                    hint: 'Every file of a dataset needs compatible column types; rewrite the odd file.',
                });
            }
            if (merged !== seen.field.kind)
                seen.field.sourceType = `${seen.field.sourceType}, widened to ${merged}`;
            seen.field.kind = merged;
        }
    }
    return out;
}
function widen(a, b) {
    if (a === b)
        return a;
    if ((0,_table__WEBPACK_IMPORTED_MODULE_5__/* .isNumericKind */ .kw)(a) && (0,_table__WEBPACK_IMPORTED_MODULE_5__/* .isNumericKind */ .kw)(b))
        return a === 'int' ? b : b === 'int' ? a : 'float';
    if ((a === 'date' && b === 'timestamp') || (a === 'timestamp' && b === 'date'))
        return 'timestamp';
    // Text formats infer per file; one file's "1, 2" next to another's "a, b" is a text column.
    if (a === 'string' || b === 'string')
        return 'string';
    return undefined;
}


/***/ }),

/***/ 32737:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ RecordBoundaries),
/* harmony export */   x: () => (/* binding */ LineEnds)
/* harmony export */ });
const QUOTE = 34;
const LF = 10;
const CR = 13;
/** Where the scan stands between two bytes, as the tokenizer would (csv-tokenizer.ts). */
var At;
(function (At) {
    /** A record's first field starts here. */
    At[At["RecordStart"] = 0] = "RecordStart";
    /** A later field starts here (after a delimiter). */
    At[At["FieldStart"] = 1] = "FieldStart";
    /** Inside an unquoted field: a quote here is text. */
    At[At["Unquoted"] = 2] = "Unquoted";
    At[At["Quoted"] = 3] = "Quoted";
    /** Just after a quote inside a quoted field: it closed the field, or a second quote follows. */
    At[At["QuoteSeen"] = 4] = "QuoteSeen";
    /** A closing quote then CR: a LF ends the record. */
    At[At["AfterQuoteCr"] = 5] = "AfterQuoteCr";
})(At || (At = {}));
/**
 * Finds where records end in a CSV byte stream, so whole records can be
 * parsed apart (chunked.ts, each chunk by its own tokenizer). A LF ends a record
 * unless it is inside a quoted field; a quote opens one only at a field's
 * start (elsewhere it is text, as the tokenizer and pandas keep it). The
 * bytes between quotes are skipped with indexOf, so a file without quotes
 * costs a few native searches a megabyte.
 *
 * For the layouts the tokenizer reads with one-byte delimiters and no
 * comment character; after a syntax error (text after a closing quote) the
 * position is only a guess, and the chunk holding the error reports it first.
 */
class RecordBoundaries {
    delimiter;
    at = At.RecordStart;
    skip;
    bom;
    /** `firstLine`: the line the first record starts on (after skipped and blank lines), as the tokenizer counts. */
    constructor(delimiter, firstLine = 1) {
        this.delimiter = delimiter;
        this.skip = firstLine - 1;
        this.bom = true;
    }
    /**
     * Scans the next bytes of the stream; returns the offset in `b` just after
     * the last LF that ends a record, or -1 when none does.
     */
    scan(b) {
        const n = b.length;
        let i = 0;
        let last = -1;
        if (this.bom) {
            if (n === 0)
                return -1;
            this.bom = false;
            if (n >= 3 && b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
                i = 3;
        }
        // No record ends in the lines before the first one: the chunk that starts the file holds the header.
        while (this.skip > 0 && i < n) {
            const nl = b.indexOf(LF, i);
            if (nl < 0)
                return -1;
            i = nl + 1;
            this.skip--;
        }
        const d = this.delimiter;
        while (i < n) {
            switch (this.at) {
                case At.RecordStart:
                case At.FieldStart:
                case At.Unquoted: {
                    const q = b.indexOf(QUOTE, i);
                    const to = q < 0 ? n : q;
                    // Every LF before the next quote ends a record.
                    if (to > i) {
                        const nl = b.lastIndexOf(LF, to - 1);
                        if (nl >= i)
                            last = nl + 1;
                        const c = b[to - 1];
                        this.at = c === LF ? At.RecordStart : c === d ? At.FieldStart : At.Unquoted;
                    }
                    if (q < 0)
                        return last;
                    this.at = this.at === At.Unquoted ? At.Unquoted : At.Quoted;
                    i = q + 1;
                    continue;
                }
                case At.Quoted: {
                    const q = b.indexOf(QUOTE, i);
                    if (q < 0)
                        return last;
                    this.at = At.QuoteSeen;
                    i = q + 1;
                    continue;
                }
                case At.QuoteSeen: {
                    const c = b[i];
                    if (c === QUOTE)
                        this.at = At.Quoted;
                    else if (c === d)
                        this.at = At.FieldStart;
                    else if (c === LF) {
                        this.at = At.RecordStart;
                        last = i + 1;
                    }
                    else
                        this.at = c === CR ? At.AfterQuoteCr : At.Unquoted;
                    i++;
                    continue;
                }
                case At.AfterQuoteCr: {
                    if (b[i] === LF) {
                        this.at = At.RecordStart;
                        last = i + 1;
                        i++;
                    }
                    else
                        this.at = At.Unquoted;
                    continue;
                }
            }
        }
        return last;
    }
}
/** JSON Lines: every LF ends a record (JSON text holds no raw newline). */
class LineEnds {
    scan(b) {
        const nl = b.lastIndexOf(LF);
        return nl < 0 ? -1 : nl + 1;
    }
}


/***/ }),

/***/ 34699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ asRowError),
/* harmony export */   Lw: () => (/* binding */ RowError),
/* harmony export */   MZ: () => (/* binding */ textError),
/* harmony export */   S0: () => (/* binding */ fixRow)
/* harmony export */ });
/* harmony import */ var _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _csv_tokenizer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6531);
/* harmony import */ var _line_cap__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(22740);
/* harmony import */ var _source__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(36814);




const fixRow = 'Fix that row (quote fields that contain the delimiter) or set read.csv.delimiter.';
/**
 * A record the file cannot be read past, by its line. Kept apart from the
 * UserError it becomes because a parsing worker counts lines from its chunk's
 * start: the reading thread shifts `line` before the message is made.
 */
class RowError extends Error {
    line;
    rest;
    hint;
    constructor(line, 
    /** The message after `line N`. */
    rest, hint) {
        super(`line ${line}${rest}`);
        this.line = line;
        this.rest = rest;
        this.hint = hint;
    }
}
/** The tokenizer's and the line cap's errors as RowErrors; undefined for anything else. */
function asRowError(e) {
    if (e instanceof RowError)
        return e;
    if (e instanceof _line_cap__WEBPACK_IMPORTED_MODULE_1__/* .LineTooLongError */ .dc)
        return new RowError(e.line, ` is longer than ${(0,_line_cap__WEBPACK_IMPORTED_MODULE_1__/* .describeBytes */ .nI)(e.maxBytes)}.`, (0,_line_cap__WEBPACK_IMPORTED_MODULE_1__/* .lineTooLongHint */ .UL)(e.maxBytes));
    if (e instanceof _csv_tokenizer__WEBPACK_IMPORTED_MODULE_2__/* .CsvSyntaxError */ .oC)
        return new RowError(e.line, `: ${e.message}.`, fixRow);
    return undefined;
}
/** Any failure while reading a text file as the one line a user sees (a row's error at `lineOffset` more lines). */
function textError(e, file, lineOffset = 0) {
    if (e instanceof _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return e;
    const row = asRowError(e);
    if (row)
        return new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`line ${row.line + lineOffset}${row.rest}`, { where: file.path, hint: row.hint });
    const why = (0,_source__WEBPACK_IMPORTED_MODULE_3__/* .describeStreamError */ .QW)(e);
    return why ? new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(why, { where: file.path }) : e;
}


/***/ }),

/***/ 36814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ BATCH_ROWS),
/* harmony export */   MG: () => (/* binding */ missingFor),
/* harmony export */   QW: () => (/* binding */ describeStreamError),
/* harmony export */   Uq: () => (/* binding */ openText),
/* harmony export */   b4: () => (/* binding */ newColumn),
/* harmony export */   jX: () => (/* binding */ INFER_ROWS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(57075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlship_core_builtin__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(60198);
/* harmony import */ var _meter__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(79650);
/* harmony import */ var _file_formats__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(92100);





const zlib = (0,_mlship_core_builtin__WEBPACK_IMPORTED_MODULE_2__/* .lazyBuiltin */ .q)('node:zlib');
/** Rows per batch for the text formats; parquet batches are its row groups. */
const BATCH_ROWS = 16_384;
/** Rows the text readers look at to infer column kinds. */
const INFER_ROWS = 10_000;
/** Kinds whose batch columns are Float64Array, missing values as NaN (pandas' float64 with NaN). */
const FLOAT_BACKED = new Set(['int', 'float', 'decimal', 'date', 'timestamp']);
const newColumn = (kind, n) => FLOAT_BACKED.has(kind) ? new Float64Array(n) : new Array(n);
/** Missing for a column of this kind: NaN in a float-backed column, null otherwise. */
const missingFor = (kind) => (FLOAT_BACKED.has(kind) ? NaN : null);
/**
 * The file's bytes, gunzipped when the name ends in .gz, piped into `into`.
 * `pipeline` forwards a read or gunzip error to `into`, so the consumer's
 * iteration rejects instead of hanging.
 */
function openText(abs, into, range) {
    const source = (0,node_fs__WEBPACK_IMPORTED_MODULE_0__.createReadStream)(abs, { end: range?.end, highWaterMark: 1 << 20 });
    // Per 1 MiB chunk, not per row: progress moves during one long line too.
    source.on('data', (chunk) => (0,_meter__WEBPACK_IMPORTED_MODULE_3__/* .countBytes */ .T)(chunk.length));
    const noop = () => { };
    if ((0,_file_formats__WEBPACK_IMPORTED_MODULE_4__/* .isGzipped */ .W)(abs))
        (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(source, zlib().createGunzip(), into, noop);
    else
        (0,node_stream__WEBPACK_IMPORTED_MODULE_1__.pipeline)(source, into, noop);
    return into;
}
/** Makes `gunzip`'s "incorrect header check" say what it means. */
const describeStreamError = (e) => e.code?.startsWith('Z_') ? `not valid gzip data (${e.message})` : e.code ? `cannot read the file (${e.code})` : undefined;


/***/ }),

/***/ 35875:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   EH: () => (/* binding */ parseTimestamp),
/* harmony export */   ZY: () => (/* binding */ isNaToken),
/* harmony export */   qf: () => (/* binding */ KindInference),
/* harmony export */   zT: () => (/* binding */ TEXT_PARSERS)
/* harmony export */ });
/* unused harmony exports NA_TOKENS, parseIntText, parseFloatText, parseDate */
/**
 * Typing of text cells (CSV fields, JSON strings), kept close to what
 * `pandas.read_csv` does so that profiles agree with a notebook.
 */
/** pandas' default `na_values` (pandas/_libs/parsers.pyx STR_NA_VALUES). */
const NA_TOKENS = new Set([
    '', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN',
    '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null',
]);
const TRUE = new Set(['True', 'TRUE', 'true']);
const FALSE = new Set(['False', 'FALSE', 'false']);
const INFINITY = /^[+-]?(?:inf|Inf|INF|infinity|Infinity)$/;
/** Every NA token is at most this long, so longer text skips the set lookup. */
const NA_MAX_LENGTH = 8;
/**
 * Cheap rejections first: every NA token starts with one of `# - 1 < N n`,
 * and those starting with `-` or `1` continue with `1 N n` or `.`, which
 * spares most numbers the set lookup.
 */
function isNaToken(s) {
    const n = s.length;
    if (n === 0)
        return true;
    if (n > NA_MAX_LENGTH)
        return false;
    const c0 = s.charCodeAt(0);
    if (c0 === 45 || c0 === 49) {
        const c1 = s.charCodeAt(1);
        if (c1 !== 49 && c1 !== 78 && c1 !== 110 && c1 !== 46)
            return false;
    }
    else if (c0 !== 35 && c0 !== 60 && c0 !== 78 && c0 !== 110)
        return false;
    return NA_TOKENS.has(s);
}
/*
 * The parsers below run once per CSV cell, so they scan characters instead of
 * running a regular expression and building Dates: on the 1M-row bench file
 * that took reading from 2.4 s to under 1 s.
 */
const isDigit = (c) => c >= 48 && c <= 57;
/** `[+-]?\d+` as pandas reads an int64 column. */
function parseIntText(s) {
    const n = s.length;
    let i = s.charCodeAt(0) === 43 || s.charCodeAt(0) === 45 ? 1 : 0;
    if (i === n)
        return undefined;
    for (; i < n; i++)
        if (!isDigit(s.charCodeAt(i)))
            return undefined;
    return Number(s);
}
/**
 * `[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?` plus pandas' inf spellings.
 * Number() does the conversion; the checks around it turn away what Number()
 * accepts but pandas keeps as text (surrounding spaces, 0x/0o/0b literals).
 */
function parseFloatText(s) {
    const v = +s;
    const c0 = s.charCodeAt(0);
    if (v !== v || v === Infinity || v === -Infinity) {
        if (!INFINITY.test(s))
            return v !== v ? undefined : isDigit(s.charCodeAt(s.length - 1)) ? v : undefined;
        return c0 === 45 ? -Infinity : Infinity;
    }
    const last = s.charCodeAt(s.length - 1);
    if (!(isDigit(last) || last === 46) || !(isDigit(c0) || c0 === 46 || c0 === 43 || c0 === 45))
        return undefined;
    if (c0 === 48 && s.length > 2) {
        const c1 = s.charCodeAt(1) | 32;
        if (c1 === 120 || c1 === 111 || c1 === 98)
            return undefined; // 0x, 0o, 0b
    }
    return v;
}
/** Days from 1970-01-01 to a proleptic Gregorian date (Howard Hinnant's days_from_civil). */
function daysFromCivil(y, m, d) {
    y -= m <= 2 ? 1 : 0;
    const era = Math.floor(y / 400);
    const yoe = y - era * 400;
    const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
    const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
    return era * 146097 + doe - 719468;
}
/** Reads `len` digits at `at`, or -1. */
function digitsAt(s, at, len) {
    let v = 0;
    for (let i = at; i < at + len; i++) {
        const c = s.charCodeAt(i);
        if (!isDigit(c))
            return -1;
        v = v * 10 + (c - 48);
    }
    return v;
}
/** `YYYY-MM-DD` \u2192 epoch milliseconds of its midnight UTC. */
function parseDate(s) {
    if (s.length !== 10)
        return undefined;
    return dateAt(s);
}
function dateAt(s) {
    if (s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45)
        return undefined;
    const y = digitsAt(s, 0, 4);
    const m = digitsAt(s, 5, 2);
    const d = digitsAt(s, 8, 2);
    if (y < 0 || m < 0 || d < 0 || !validDate(y, m, d))
        return undefined;
    return daysFromCivil(y, m, d) * 86_400_000;
}
/**
 * `YYYY-MM-DD[T ]HH:MM[:SS[.fff\u2026]][Z|\u00b1HH[:]MM]` \u2192 epoch milliseconds. A
 * timestamp without an offset is taken as UTC (pandas keeps it naive); a bare
 * date is its midnight.
 */
function parseTimestamp(s) {
    const n = s.length;
    if (n === 10)
        return dateAt(s);
    if (n < 16)
        return undefined;
    const day = dateAt(s);
    const sep = s.charCodeAt(10);
    if (day === undefined || (sep !== 84 && sep !== 32) || s.charCodeAt(13) !== 58)
        return undefined;
    const h = digitsAt(s, 11, 2);
    const mi = digitsAt(s, 14, 2);
    if (h < 0 || h > 23 || mi < 0 || mi > 59)
        return undefined;
    let ms = day + h * 3_600_000 + mi * 60_000;
    let i = 16;
    if (i < n && s.charCodeAt(i) === 58) {
        const sec = digitsAt(s, i + 1, 2);
        if (sec < 0 || sec > 60)
            return undefined;
        ms += sec * 1000;
        i += 3;
        if (i < n && s.charCodeAt(i) === 46) {
            const start = ++i;
            while (i < n && isDigit(s.charCodeAt(i)))
                i++;
            if (i === start)
                return undefined;
            ms += Number(`0.${s.slice(start, i)}`) * 1000;
        }
    }
    if (i === n)
        return ms;
    const z = s.charCodeAt(i);
    if (z === 90)
        return i + 1 === n ? ms : undefined;
    if (z !== 43 && z !== 45)
        return undefined;
    const oh = digitsAt(s, i + 1, 2);
    const colon = s.charCodeAt(i + 3) === 58 ? 1 : 0;
    const om = digitsAt(s, i + 3 + colon, 2);
    if (oh < 0 || om < 0 || i + 5 + colon !== n)
        return undefined;
    return ms - (z === 45 ? -1 : 1) * (oh * 60 + om) * 60_000;
}
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
function validDate(y, m, d) {
    if (m < 1 || m > 12 || d < 1)
        return false;
    const leap = m === 2 && y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
    return d <= DAYS_IN_MONTH[m - 1] + (leap ? 1 : 0);
}
/** A parser per kind: the typed value, or `undefined` when the text is not of that kind. */
const TEXT_PARSERS = {
    int: parseIntText,
    float: parseFloatText,
    decimal: parseFloatText,
    bool: (s) => (TRUE.has(s) ? true : FALSE.has(s) ? false : undefined),
    date: parseDate,
    timestamp: parseTimestamp,
    string: (s) => s,
};
/** Candidate kinds from the narrowest to the widest; `string` accepts everything. */
const ORDER = ['int', 'float', 'bool', 'date', 'timestamp'];
/**
 * Narrows a column's kind as sample values arrive. Starts with every kind
 * possible and drops those a value does not parse as.
 */
class KindInference {
    /** In ORDER's order. An array, not a Set: `add` runs per sampled value before V8 optimizes it, where a Set's forEach allocated a closure per value. */
    possible = [...ORDER];
    seen = false;
    static fromState(s) {
        const k = new KindInference();
        k.possible = ORDER.filter((o) => s.possible.includes(o));
        k.seen = s.seen;
        return k;
    }
    toState() {
        return { possible: [...this.possible], seen: this.seen };
    }
    /** What both saw: the kinds neither ruled out. */
    merge(other) {
        this.possible = this.possible.filter((k) => other.possible.includes(k));
        this.seen ||= other.seen;
    }
    add(text) {
        this.seen = true;
        const possible = this.possible;
        let kept = 0;
        for (let i = 0; i < possible.length; i++) {
            const k = possible[i];
            if (TEXT_PARSERS[k](text) !== undefined)
                possible[kept++] = k;
        }
        possible.length = kept;
    }
    /** A column that was empty in the sample is read as text, the one kind that cannot reject a later value. */
    get kind() {
        if (!this.seen)
            return 'string';
        return this.possible[0] ?? 'string';
    }
}


/***/ }),

/***/ 50194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PB: () => (/* binding */ isTemporalKind),
/* harmony export */   b2: () => (/* binding */ isMissing),
/* harmony export */   kw: () => (/* binding */ isNumericKind)
/* harmony export */ });
const isNumericKind = (kind) => kind === 'int' || kind === 'float' || kind === 'decimal';
const isTemporalKind = (kind) => kind === 'timestamp' || kind === 'date';
/** null, undefined and NaN are "missing", matching pandas.isnull. */
const isMissing = (v) => v === null || v === undefined || (typeof v === 'number' && Number.isNaN(v));


/***/ })

};
