export const id = 8088;
export const ids = [8088];
export const modules = {

/***/ 22818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ ColumnGroup)
/* harmony export */ });
/* harmony import */ var _column__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(38060);
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(37774);
/* harmony import */ var _row_lanes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(59170);



/**
 * Some of a table's columns profiled together: the whole table in the
 * single-threaded scan, a worker thread's share in the partitioned one. Each
 * batch gives back the group's share of the row hashes (row-lanes.ts), which
 * the table adds up with the other groups' shares.
 */
class ColumnGroup {
    indices;
    freshLanes;
    profilers;
    hashes = new Float64Array(0);
    lanes = (0,_row_lanes__WEBPACK_IMPORTED_MODULE_0__/* .newRowLanes */ .y1)(0);
    /**
     * @param indices each field's index in the table's schema (the key of its row-hash terms)
     * @param freshLanes a new lanes buffer per batch, for lanes handed to another thread (transferred, so not reusable)
     */
    constructor(fields, indices, freshLanes = false) {
        this.indices = indices;
        this.freshLanes = freshLanes;
        this.profilers = fields.map((f) => new _column__WEBPACK_IMPORTED_MODULE_1__/* .ColumnProfiler */ .k(f));
    }
    /** `batch.columns[j]` holds the column at `indices[j]`. */
    add(batch) {
        const n = batch.numRows;
        if (this.freshLanes || this.lanes.a.length < n)
            this.lanes = (0,_row_lanes__WEBPACK_IMPORTED_MODULE_0__/* .newRowLanes */ .y1)(n);
        else {
            this.lanes.a.fill(0, 0, n);
            this.lanes.b.fill(0, 0, n);
        }
        if (this.hashes.length < n)
            this.hashes = new Float64Array(n);
        const h = this.hashes;
        for (let j = 0; j < this.profilers.length; j++) {
            const values = batch.columns[j];
            const profiler = this.profilers[j];
            const raw = batch.raw?.[j];
            const coded = batch.coded?.[j];
            if (raw)
                profiler.addRaw(raw, h, n);
            else if (!coded || !profiler.addCoded(coded, h, n)) {
                (0,_hash__WEBPACK_IMPORTED_MODULE_2__/* .hashColumn */ .by)(values, h, n);
                profiler.add(values, h, n);
            }
            (0,_row_lanes__WEBPACK_IMPORTED_MODULE_0__/* .addColumnTerms */ .R_)(h, this.indices[j], this.lanes, n);
        }
        return this.lanes;
    }
}


/***/ }),

/***/ 38060:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X: () => (/* binding */ PROFILE_QUANTILES),
/* harmony export */   k: () => (/* binding */ ColumnProfiler)
/* harmony export */ });
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(50194);
/* harmony import */ var _distinct__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1138);
/* harmony import */ var _frequencies__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(13454);
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(37774);
/* harmony import */ var _long_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16378);
/* harmony import */ var _moments__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(17613);
/* harmony import */ var _quantiles__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(79435);







const PROFILE_QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99];
/**
 * `a < b` in code point order, Python's (so pandas') string order. JS `<`
 * compares UTF-16 units, which sorts characters past U+FFFF (surrogate pairs,
 * 0xD800\u20130xDFFF) before U+E000\u2013U+FFFF: 'a\ud83d\ude00' < 'a\uff21' in JS, not in pandas.
 */
function codePointLess(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x === y)
            continue;
        if (x < 0xd800 || y < 0xd800)
            return x < y;
        // Both at or above the surrogates: lift surrogates past the BMP.
        return (x < 0xe000 ? x + 0x10000 : x) < (y < 0xe000 ? y + 0x10000 : y);
    }
    return a.length < b.length;
}
const LOW_SURROGATE = /[\uDC00-\uDFFF]/;
/** Length in code points, as pandas' `str.len()` counts (a surrogate pair is one character). */
function codePointLength(s) {
    // The regular expression's scan is native: 2-3 times faster than the loop on text without pairs, which is most text.
    if (!LOW_SURROGATE.test(s))
        return s.length;
    let n = s.length;
    for (let i = 1; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c >= 0xdc00 && c <= 0xdfff) {
            const h = s.charCodeAt(i - 1);
            if (h >= 0xd800 && h <= 0xdbff)
                n--;
        }
    }
    return n;
}
/** `s` sorts before the extreme's value. */
function before(s, e) {
    // A value equal to a long value's kept beginning is a proper prefix of it.
    return codePointLess(s, e.text) || (e.label !== undefined && s === e.text);
}
/** The extreme's value sorts before `s`. */
function after(s, e) {
    return e.label === undefined ? codePointLess(e.text, s) : !s.startsWith(e.text) && codePointLess(e.text, s);
}
const extremeOf = (s, label) => (label === undefined ? { text: s } : { text: (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .detachedPrefix */ .tB)(s, _long_text__WEBPACK_IMPORTED_MODULE_0__/* .LONG_TEXT_UNITS */ .hp), label });
const NULL_CELL_HASH = (0,_hash__WEBPACK_IMPORTED_MODULE_1__/* .hashValue */ .gg)(null);
/** `bytes[start\u2026end)` against `other`, bytewise: negative, zero or positive (a proper prefix sorts first). */
function compareBytes(bytes, start, end, other) {
    const n = Math.min(end - start, other.length);
    for (let i = 0; i < n; i++) {
        const d = bytes[start + i] - other[i];
        if (d !== 0)
            return d;
    }
    return end - start - other.length;
}
/**
 * addCoded's per-entry buffers, shared by every column of the thread (one runs
 * at a time) and grown to the largest dictionary seen; `counts` is all zeros
 * between uses.
 */
const scratch = { counts: new Int32Array(0), order: new Int32Array(0), entryHashes: new Float64Array(0) };
function codeScratch(size) {
    if (scratch.counts.length < size) {
        const n = Math.max(size, 2 * scratch.counts.length);
        scratch.counts = new Int32Array(n);
        scratch.order = new Int32Array(n);
        scratch.entryHashes = new Float64Array(n);
    }
    return scratch;
}
/** Streaming statistics of one column; `add` takes a whole batch column and the per-cell hashes. */
class ColumnProfiler {
    field;
    rows = 0;
    nulls = 0;
    moments;
    quantiles;
    frequencies;
    distinct = new _distinct__WEBPACK_IMPORTED_MODULE_2__/* .DistinctCounter */ .$();
    minStr;
    maxStr;
    minLen = Infinity;
    maxLen = -Infinity;
    /** The UTF-8 of minStr and maxStr, for mayExtend; `of` is the extreme it was made from. */
    minBytes = { bytes: new Uint8Array(0) };
    maxBytes = { bytes: new Uint8Array(0) };
    counted;
    constructor(field) {
        this.field = field;
        const numeric = (0,_table__WEBPACK_IMPORTED_MODULE_3__/* .isNumericKind */ .kw)(field.kind) || (0,_table__WEBPACK_IMPORTED_MODULE_3__/* .isTemporalKind */ .PB)(field.kind);
        this.moments = numeric || field.kind === 'bool' ? new _moments__WEBPACK_IMPORTED_MODULE_4__/* .Moments */ .W() : null;
        this.quantiles = numeric ? new _quantiles__WEBPACK_IMPORTED_MODULE_5__/* .QuantileSketch */ .w() : null;
        // A numeric column's values go to the quantile sketch only once it has
        // more distinct values than the counts keep: below that the counts give
        // exact quantiles at any size (labels, small ints, coded categories),
        // and the sketch's sorting is skipped.
        const toSketch = (counts) => {
            for (const [v, c] of counts)
                for (let i = 0; i < c; i++)
                    this.quantiles.add(v);
        };
        this.frequencies = field.kind === 'nested' || field.kind === 'binary' ? null : new _frequencies__WEBPACK_IMPORTED_MODULE_6__/* .Frequencies */ .RI(field.kind === 'string', numeric ? toSketch : undefined);
    }
    add(values, hashes, n) {
        this.rows += n;
        // Two methods, not two branches of one: each is optimized for the columns it sees, and
        // the first text column no longer deoptimizes the numeric loop (and the reverse).
        if (ArrayBuffer.isView(values) && this.moments && this.quantiles)
            this.addNumbers(values, hashes, n);
        else
            this.addCells(values, hashes, n);
    }
    /** Typed numeric columns (most of a parquet or CSV table): one monomorphic loop. */
    addNumbers(numbers, hashes, n) {
        const { frequencies, distinct } = this;
        const moments = this.moments;
        const quantiles = this.quantiles;
        for (let i = 0; i < n; i++) {
            const v = numbers[i];
            if (v !== v) {
                this.nulls++;
                continue;
            }
            distinct.add(hashes[i]);
            if (frequencies.exact) {
                frequencies.add(v, hashes[i]);
                if (!frequencies.exact)
                    quantiles.add(v); // the value that overflowed the counts
            }
            else {
                quantiles.add(v);
            }
        }
        moments.addAll(numbers, n);
    }
    addCells(values, hashes, n) {
        const { moments, quantiles, frequencies, distinct } = this;
        const text = this.field.kind === 'string';
        for (let i = 0; i < n; i++) {
            const v = values[i];
            if (v === null || v === undefined || (typeof v === 'number' && v !== v)) {
                this.nulls++;
                continue;
            }
            distinct.add(hashes[i]);
            const counted = frequencies?.exact;
            const label = typeof v === 'string' && v.length > _long_text__WEBPACK_IMPORTED_MODULE_0__/* .LONG_TEXT_UNITS */ .hp ? (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .longTextLabel */ .Sx)(v, hashes[i]) : undefined;
            // A text counted before cannot move the extremes or lengths (a label stands for more than one text).
            const seen = frequencies?.add(label ?? v, hashes[i]) === true && label === undefined;
            if (typeof v === 'number') {
                moments?.add(v);
                if (quantiles && (!counted || !frequencies.exact))
                    quantiles.add(v);
            }
            else if (typeof v === 'boolean') {
                moments?.add(v ? 1 : 0);
            }
            else if (text && !seen) {
                this.extend(v, label);
            }
        }
        this.detachExtremes();
    }
    /**
     * A text column read from its dictionary (`coded.cells[coded.codes[i]]` is
     * row i): each entry the batch uses is hashed, counted and compared once,
     * in the order the rows first use it, which leaves the state `add` would
     * (only the counts depend on order, through which values fill them first).
     * Fills `hashes` as hashColumn would. False, with nothing done, for a column
     * that is not text or a dictionary larger than the batch (its per-entry
     * scratch would outweigh the rows).
     */
    addCoded(coded, hashes, n) {
        const { codes, cells } = coded;
        const size = cells.length;
        if (this.field.kind !== 'string' || size > n)
            return false;
        const { counts, order, entryHashes } = codeScratch(size);
        let used = 0;
        let nulls = 0;
        for (let i = 0; i < n; i++) {
            const c = codes[i];
            if (c < 0)
                nulls++;
            else if (counts[c]++ === 0)
                order[used++] = c;
        }
        let text = true;
        for (let k = 0; k < used; k++)
            text &&= typeof cells[order[k]] === 'string';
        if (!text) {
            for (let k = 0; k < used; k++)
                counts[order[k]] = 0;
            return false;
        }
        for (let k = 0; k < used; k++) {
            const c = order[k];
            const s = cells[c];
            entryHashes[c] = this.addText(s, (0,_hash__WEBPACK_IMPORTED_MODULE_1__/* .hashValue */ .gg)(s), counts[c]);
            counts[c] = 0;
        }
        for (let i = 0; i < n; i++) {
            const c = codes[i];
            hashes[i] = c < 0 ? NULL_CELL_HASH : entryHashes[c];
        }
        this.rows += n;
        this.nulls += nulls;
        this.detachExtremes();
        return true;
    }
    /**
     * A text column left as UTF-8 bytes (Batch.raw): the state, and `hashes`,
     * that `add` would give for the decoded strings. An ASCII value's hash,
     * length and order come from its bytes (UTF-8's byte order is code point
     * order), so a value is decoded only where the counts may take or hold it, it
     * is a new minimum or maximum, or it is not ASCII or is long.
     */
    addRaw(raw, hashes, n) {
        if (this.field.kind !== 'string')
            throw new Error(`column "${this.field.name}" (${this.field.kind}) was given raw text`);
        const { bytes, starts, ends } = raw;
        const text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
        const frequencies = this.frequencies;
        let nulls = 0;
        for (let i = 0; i < n; i++) {
            const start = starts[i];
            if (start < 0) {
                nulls++;
                hashes[i] = NULL_CELL_HASH;
                continue;
            }
            const end = ends[i];
            const hash = end - start <= _long_text__WEBPACK_IMPORTED_MODULE_0__/* .LONG_TEXT_UNITS */ .hp ? (0,_hash__WEBPACK_IMPORTED_MODULE_1__/* .hashAsciiBytes */ .pP)(bytes, start, end) : -1;
            if (hash < 0) {
                const s = text.toString('utf8', start, end);
                hashes[i] = this.addText(s, (0,_hash__WEBPACK_IMPORTED_MODULE_1__/* .hashValue */ .gg)(s), 1);
                continue;
            }
            hashes[i] = hash;
            if (!frequencies.skips(hash)) {
                this.addText(text.toString('utf8', start, end), hash, 1);
                continue;
            }
            this.distinct.add(hash);
            if (this.mayExtend(bytes, start, end))
                this.extend(text.toString('utf8', start, end), undefined);
        }
        this.rows += n;
        this.nulls += nulls;
        this.detachExtremes();
    }
    /** One text value, `times` over, whose hash is `hash` (returned): as addCells takes a string. */
    addText(s, hash, times) {
        this.distinct.add(hash);
        const label = s.length > _long_text__WEBPACK_IMPORTED_MODULE_0__/* .LONG_TEXT_UNITS */ .hp ? (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .longTextLabel */ .Sx)(s, hash) : undefined;
        if (!(this.frequencies.add(label ?? s, hash, times) && label === undefined))
            this.extend(s, label);
        return hash;
    }
    /**
     * Whether the ASCII text at `bytes[start\u2026end)` may move the extremes, so
     * `extend` must see it decoded; if not, its length is taken here.
     */
    mayExtend(bytes, start, end) {
        const { minStr, maxStr } = this;
        if (minStr === undefined || maxStr === undefined || minStr.label !== undefined || maxStr.label !== undefined)
            return true;
        if (this.minBytes.of !== minStr)
            this.minBytes = { of: minStr, bytes: Buffer.from(minStr.text) };
        if (this.maxBytes.of !== maxStr)
            this.maxBytes = { of: maxStr, bytes: Buffer.from(maxStr.text) };
        if (compareBytes(bytes, start, end, this.minBytes.bytes) < 0 || compareBytes(bytes, start, end, this.maxBytes.bytes) > 0)
            return true;
        const len = end - start;
        if (len < this.minLen)
            this.minLen = len;
        if (len > this.maxLen)
            this.maxLen = len;
        return false;
    }
    /** A text value's effect on the extremes and lengths (one not counted before: a label stands for more than one text). */
    extend(s, label) {
        if (this.minStr === undefined || before(s, this.minStr))
            this.minStr = extremeOf(s, label);
        if (this.maxStr === undefined || after(s, this.maxStr))
            this.maxStr = extremeOf(s, label);
        const len = codePointLength(s);
        if (len < this.minLen)
            this.minLen = len;
        if (len > this.maxLen)
            this.maxLen = len;
    }
    /**
     * Once a batch, not on every new extreme (a sorted column has one per row):
     * the extremes outlive the batch, so they must not be views into the reader's text.
     */
    detachExtremes() {
        if (this.minStr)
            this.minStr.text = (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .ht)(this.minStr.text);
        if (this.maxStr)
            this.maxStr.text = (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .ht)(this.maxStr.text);
    }
    /**
     * Everything the profile, the distributions and a later `add` depend on,
     * structured-cloneable: a column profiled in a worker thread comes back as
     * `fromState(field, state)` and reports exactly what it would have here.
     */
    toState() {
        return {
            rows: this.rows,
            nulls: this.nulls,
            moments: this.moments?.toState() ?? null,
            quantiles: this.quantiles?.toState() ?? null,
            frequencies: this.frequencies?.toState() ?? null,
            distinct: this.distinct.toState(),
            minStr: this.minStr,
            maxStr: this.maxStr,
            minLen: this.minLen,
            maxLen: this.maxLen,
        };
    }
    static fromState(field, s) {
        const c = new ColumnProfiler(field);
        c.rows = s.rows;
        c.nulls = s.nulls;
        if (s.moments)
            c.moments = _moments__WEBPACK_IMPORTED_MODULE_4__/* .Moments */ .W.fromState(s.moments);
        // The frequencies' onStop callback reads this.quantiles when it fires, so it finds the restored sketch.
        if (s.quantiles)
            c.quantiles = _quantiles__WEBPACK_IMPORTED_MODULE_5__/* .QuantileSketch */ .w.fromState(s.quantiles);
        if (s.frequencies)
            c.frequencies.load(s.frequencies);
        c.distinct = _distinct__WEBPACK_IMPORTED_MODULE_2__/* .DistinctCounter */ .$.fromState(s.distinct);
        c.minStr = s.minStr;
        c.maxStr = s.maxStr;
        c.minLen = s.minLen;
        c.maxLen = s.maxLen;
        return c;
    }
    numeric() {
        if (!this.quantiles)
            return undefined;
        if (!this.frequencies.exact)
            return this.quantiles;
        if (this.counted?.rows !== this.rows)
            this.counted = { rows: this.rows, distribution: new _frequencies__WEBPACK_IMPORTED_MODULE_6__/* .CountedDistribution */ .TU(this.frequencies.values()) };
        return this.counted.distribution;
    }
    categorical() {
        return this.frequencies ?? undefined;
    }
    finish() {
        const p = {
            name: this.field.name,
            kind: this.field.kind,
            count: this.rows,
            nulls: this.nulls,
            nullPercent: this.rows ? (this.nulls / this.rows) * 100 : 0,
            distinct: this.distinct.estimate,
            distinctExact: this.distinct.exact,
            topValues: this.frequencies?.top(5) ?? [],
        };
        const m = this.moments;
        if (m && m.count > 0) {
            if (this.field.kind !== 'bool') {
                p.min = m.min;
                p.max = m.max;
            }
            p.mean = m.mean;
            if (m.count > 1)
                p.std = m.std;
        }
        const distribution = this.numeric();
        if (distribution && distribution.count > 0) {
            p.quantiles = Object.fromEntries(PROFILE_QUANTILES.map((q) => [String(q), distribution.quantile(q)]));
        }
        if (this.minStr !== undefined) {
            p.min = this.minStr.label ?? this.minStr.text;
            p.max = this.maxStr.label ?? this.maxStr.text;
            p.minLength = this.minLen;
            p.maxLength = this.maxLen;
        }
        return p;
    }
}


/***/ }),

/***/ 1138:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ DistinctCounter),
/* harmony export */   j: () => (/* binding */ EXACT_DISTINCT)
/* harmony export */ });
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37774);

/**
 * Distinct values: exact (a set of 53-bit hashes) up to EXACT_DISTINCT, then
 * HyperLogLog with 2^14 registers (standard error 1.04/\u221a16384 \u2248 0.8%).
 */
const EXACT_DISTINCT = 100_000;
const P = 14;
const M = 1 << P;
const REST_BITS = 53 - P;
class DistinctCounter {
    set = new _hash__WEBPACK_IMPORTED_MODULE_0__/* .HashSet53 */ .HI(1024);
    registers = null;
    get exact() {
        return this.set !== null;
    }
    add(hash) {
        if (this.set) {
            this.set.add(hash);
            if (this.set.size > EXACT_DISTINCT)
                this.toHll();
            return;
        }
        this.addHll(hash);
    }
    toState() {
        return this.set ? { set: this.set.toState() } : { registers: this.registers.slice() };
    }
    static fromState(s) {
        const d = new DistinctCounter();
        d.set = 'set' in s ? _hash__WEBPACK_IMPORTED_MODULE_0__/* .HashSet53 */ .HI.fromState(s.set) : null;
        d.registers = 'registers' in s ? s.registers : null;
        return d;
    }
    get estimate() {
        if (this.set)
            return this.set.size;
        const reg = this.registers;
        let sum = 0;
        let zeros = 0;
        for (let i = 0; i < M; i++) {
            sum += 2 ** -reg[i];
            if (reg[i] === 0)
                zeros++;
        }
        const alpha = 0.7213 / (1 + 1.079 / M);
        const raw = (alpha * M * M) / sum;
        // Small-range correction (linear counting), as in the original paper.
        return Math.round(raw <= 2.5 * M && zeros > 0 ? M * Math.log(M / zeros) : raw);
    }
    toHll() {
        this.registers = new Uint8Array(M);
        const hashes = this.set.values();
        this.set = null;
        for (let i = 0; i < hashes.length; i++)
            this.addHll(hashes[i]);
    }
    addHll(hash) {
        // Top P bits of the 53-bit hash pick the register; the rank is the number
        // of leading zeros of the remaining 39 bits, plus one. The hash is split
        // into its high 21 and low 32 bits so that clz32 does the counting.
        const lo = hash >>> 0;
        const hi = (hash - lo) / 4294967296;
        const idx = hi >>> (21 - P);
        const restHi = hi & ((1 << (21 - P)) - 1);
        const rank = restHi !== 0 ? Math.clz32(restHi) - (32 - (21 - P)) + 1 : lo !== 0 ? 21 - P + Math.clz32(lo) + 1 : REST_BITS + 1;
        const reg = this.registers;
        if (rank > reg[idx])
            reg[idx] = rank;
    }
}


/***/ }),

/***/ 13454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ Frequencies),
/* harmony export */   TU: () => (/* binding */ CountedDistribution),
/* harmony export */   Uy: () => (/* binding */ MAX_CATEGORIES)
/* harmony export */ });
/* harmony import */ var _stats_sorted__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(30817);
/* harmony import */ var _long_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(16378);


/**
 * Value counts, exact up to MAX_CATEGORIES distinct values. Past that the
 * column is not categorical: numeric columns stop counting (their top values
 * say nothing), text columns keep counting the values already seen so the
 * heavy hitters in `top` stay right, and `exact` turns false.
 */
const MAX_CATEGORIES = 10_000;
// A bit per low 17 bits of a counted value's cell hash (16 KB, in the L1 cache):
// with 10,000 values counted ~7% of the other values find their bit set.
const FILTER_BITS = 17;
const FILTER_MASK = (1 << FILTER_BITS) - 1;
class Frequencies {
    keepCountingOnOverflow;
    onStop;
    map = new Map();
    /**
     * The bits of the values counted: a value whose bit is clear was never
     * counted, so it is not looked up. Past MAX_CATEGORIES a text column looks
     * up every value, and the map's own hashing of each new string was the
     * largest cost of profiling a table of long high-cardinality text.
     */
    filter = new Int32Array(1 << (FILTER_BITS - 5));
    seen = 0;
    overflow = false;
    stopped = false;
    /**
     * @param onStop for a column that stops counting: gets the counts just
     *   before they are dropped (the profiler moves them into its quantile sketch).
     */
    constructor(keepCountingOnOverflow, onStop) {
        this.keepCountingOnOverflow = keepCountingOnOverflow;
        this.onStop = onStop;
    }
    get count() {
        return this.seen;
    }
    get exact() {
        return !this.overflow;
    }
    /**
     * Counts `v` (`times` over), whose cell hash (profile/hash.ts) is `hash`:
     * values the map holds as one key have one hash. True when it was counted
     * before (so nothing about it is new).
     */
    add(v, hash, times = 1) {
        if (this.stopped)
            return false;
        this.seen += times;
        const bit = hash & FILTER_MASK;
        const word = bit >>> 5;
        const mask = 1 << (bit & 31);
        if ((this.filter[word] & mask) !== 0) {
            const n = this.map.get(v);
            if (n !== undefined) {
                this.map.set(v, n + times);
                return true;
            }
        }
        if (this.map.size < MAX_CATEGORIES) {
            // A key outlives its batch: it must not be a view into the reader's text.
            this.map.set(typeof v === 'string' ? (0,_long_text__WEBPACK_IMPORTED_MODULE_0__/* .detached */ .ht)(v) : v, times);
            this.filter[word] |= mask;
        }
        else {
            this.overflow = true;
            if (!this.keepCountingOnOverflow) {
                this.stopped = true;
                this.onStop?.(this.map);
                this.map.clear();
            }
        }
        return false;
    }
    /**
     * `add(v, hash)` for a value not at hand (text not decoded yet), where the
     * hash alone settles it: a text column's counts are full and no counted
     * value has the hash's bit, so `v` is not counted and nothing else changes.
     * True when done; false when `add` must be called with the value.
     */
    skips(hash) {
        if (this.stopped || !this.keepCountingOnOverflow || this.map.size < MAX_CATEGORIES)
            return false;
        const bit = hash & FILTER_MASK;
        if ((this.filter[bit >>> 5] & (1 << (bit & 31))) !== 0)
            return false;
        this.seen++;
        this.overflow = true;
        return true;
    }
    /** The counts and flags (the map is the live one: taken once the column is done). */
    toState() {
        return { map: this.map, filter: this.filter, seen: this.seen, overflow: this.overflow, stopped: this.stopped };
    }
    /** Continues from `s`, counts made in another thread; `onStop` stays this instance's. */
    load(s) {
        this.map = s.map;
        this.filter = s.filter;
        this.seen = s.seen;
        this.overflow = s.overflow;
        this.stopped = s.stopped;
    }
    /** Counts by the value itself (numbers stay numbers). */
    values() {
        return this.map;
    }
    counts() {
        const out = new Map();
        for (const [k, n] of this.map) {
            const key = String(k);
            out.set(key, (out.get(key) ?? 0) + n);
        }
        return out;
    }
    /**
     * Most frequent values, ties broken by value ascending (pandas leaves the
     * order of ties unspecified). One pass keeping the best `n`: sorting every
     * distinct value was most of a small file's profiling time.
     */
    top(n) {
        const best = [];
        const beats = (value, count, b) => count > b[1] || (count === b[1] && value < b[0]);
        // forEach, not for-of: a cold start's code runs unoptimized, where for-of allocates an entry per value.
        this.map.forEach((count, value) => {
            if (best.length === n && !beats(value, count, best[n - 1]))
                return;
            let i = Math.min(best.length, n - 1);
            while (i > 0 && beats(value, count, best[i - 1]))
                i--;
            best.splice(i, 0, [value, count]);
            if (best.length > n)
                best.pop();
        });
        return best.map(([value, count]) => ({ value: String(value), count }));
    }
}
/**
 * The exact distribution of a numeric column held as value counts: quantiles
 * with pandas' linear interpolation and the CDF, for any number of rows, while
 * the column has at most MAX_CATEGORIES distinct values.
 */
class CountedDistribution {
    exact = true;
    count;
    values;
    /** cum[i]: how many values are <= values[i]. */
    cum;
    constructor(counts) {
        const values = new Float64Array(counts.size);
        let k = 0;
        counts.forEach((_, v) => (values[k++] = v));
        values.sort();
        const cum = new Float64Array(values.length);
        let acc = 0;
        values.forEach((v, i) => (cum[i] = acc += counts.get(v)));
        this.values = values;
        this.cum = cum;
        this.count = acc;
    }
    quantile(q) {
        if (this.count === 0)
            return NaN;
        // The k-th smallest value is the first whose cumulative count exceeds k.
        return (0,_stats_sorted__WEBPACK_IMPORTED_MODULE_1__/* .linearQuantile */ .r)(this.count, q, (k) => this.values[(0,_stats_sorted__WEBPACK_IMPORTED_MODULE_1__/* .upperBound */ .K)(this.cum, k)]);
    }
    cdf(x) {
        const k = (0,_stats_sorted__WEBPACK_IMPORTED_MODULE_1__/* .upperBound */ .K)(this.values, x);
        return k === 0 || this.count === 0 ? 0 : this.cum[k - 1] / this.count;
    }
    support() {
        return this.values.slice();
    }
}


/***/ }),

/***/ 37774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   HI: () => (/* binding */ HashSet53),
/* harmony export */   ae: () => (/* binding */ RowHasher),
/* harmony export */   by: () => (/* binding */ hashColumn),
/* harmony export */   gg: () => (/* binding */ hashValue),
/* harmony export */   jh: () => (/* binding */ mix),
/* harmony export */   jr: () => (/* binding */ fmix),
/* harmony export */   pP: () => (/* binding */ hashAsciiBytes),
/* harmony export */   vK: () => (/* binding */ hashRow)
/* harmony export */ });
/**
 * 53-bit hashes of cells and rows (two 32-bit murmur-style lanes folded into a
 * JS number), so duplicate rows, unique keys and leakage can be found with a
 * typed-array hash set instead of a Set of row strings.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);
const mix = (h, k) => {
    k = Math.imul(k, 0xcc9e2d51);
    k = (k << 15) | (k >>> 17);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = (h << 13) | (h >>> 19);
    return (Math.imul(h, 5) + 0xe6546b64) | 0;
};
const fmix = (h) => {
    h ^= h >>> 16;
    h = Math.imul(h, 0x85ebca6b);
    h ^= h >>> 13;
    h = Math.imul(h, 0xc2b2ae35);
    return (h ^ (h >>> 16)) >>> 0;
};
// The type tag's share of each lane, mixed once here instead of per cell.
const SEED_A = 0x811c9dc5;
const SEED_B = 0x01000193;
const NUMBER_A = mix(SEED_A, 1);
const NUMBER_B = mix(SEED_B, 1);
const STRING_A = mix(SEED_A, 2);
/**
 * 53-bit hash of one cell. Type tags keep 1, "1" and true apart; null and NaN
 * hash alike, because pandas' duplicated() treats them as equal. No allocation:
 * this runs once per cell of every batch.
 */
function hashValue(v) {
    if (typeof v === 'number')
        return hashNumber(v);
    if (typeof v === 'string') {
        // Two UTF-16 units a round, as murmur3 takes four bytes: text hashing was
        // the largest cost of a table of long text. The length in the seed keeps a
        // trailing unit apart from a unit and a zero.
        let a = STRING_A;
        let b = mix(SEED_B, 2 + v.length);
        const pairs = v.length & ~1;
        for (let i = 0; i < pairs; i += 2) {
            const k = v.charCodeAt(i) | (v.charCodeAt(i + 1) << 16);
            a = mix(a, k);
            b = mix(b, k ^ 0x5bd1e995);
        }
        if (pairs < v.length) {
            const k = v.charCodeAt(pairs);
            a = mix(a, k);
            b = mix(b, k ^ 0x5bd1e995);
        }
        return fold(a, b);
    }
    if (v === null || v === undefined)
        return NULL_HASH;
    return v ? TRUE_HASH : FALSE_HASH;
}
/**
 * hashValue of the text held by `bytes[start\u2026end)` as UTF-8, when every byte
 * is ASCII (so each is one UTF-16 unit of the decoded string); -1 otherwise.
 * The text of a written-out parquet column is hashed here without being decoded.
 */
function hashAsciiBytes(bytes, start, end) {
    let a = STRING_A;
    let b = mix(SEED_B, 2 + end - start);
    let high = 0;
    const pairsEnd = start + ((end - start) & ~1);
    for (let i = start; i < pairsEnd; i += 2) {
        const k = bytes[i] | (bytes[i + 1] << 16);
        high |= k;
        a = mix(a, k);
        b = mix(b, k ^ 0x5bd1e995);
    }
    if (pairsEnd < end) {
        const k = bytes[pairsEnd];
        high |= k;
        a = mix(a, k);
        b = mix(b, k ^ 0x5bd1e995);
    }
    return (high & 0x800080) === 0 ? fold(a, b) : -1;
}
function hashNumber(v) {
    if (v !== v)
        return NULL_HASH;
    f64[0] = v === 0 ? 0 : v; // -0 equals 0
    const lo = u32[0];
    const hi = u32[1];
    return fold(mix(mix(NUMBER_A, lo), hi), mix(mix(NUMBER_B, hi), lo));
}
/**
 * hashValue of every cell of a column into `out`. A typed column gets a loop of
 * its own, where the hash goes straight into `out`: a double returned from a
 * call that is not inlined is a heap number, a third of the young-generation
 * bytes on the benchmark.
 */
function hashColumn(values, out, n) {
    if (values instanceof Float64Array)
        for (let i = 0; i < n; i++)
            out[i] = hashNumber(values[i]);
    else
        for (let i = 0; i < n; i++)
            out[i] = hashValue(values[i]);
}
/** Folds two 32-bit lanes into a safe integer (53 bits). */
const fold = (a, b) => fmix(a) * 0x200000 + (fmix(b) & 0x1fffff);
const NULL_HASH = fold(mix(SEED_A, 0x9e3779b9), mix(SEED_B, 0x7f4a7c15));
const TRUE_HASH = fold(mix(SEED_A, 3), mix(SEED_B, 5));
const FALSE_HASH = fold(mix(SEED_A, 4), mix(SEED_B, 6));
/** Order-dependent combination of cell hashes into a row hash. */
class RowHasher {
    a = 0x27d4eb2f;
    b = 0x165667b1;
    reset() {
        this.a = 0x27d4eb2f;
        this.b = 0x165667b1;
    }
    push(cellHash) {
        this.a = mix(this.a, cellHash | 0);
        this.b = mix(this.b, (cellHash / 0x100000000) | 0); // cell hashes are positive: | 0 truncates
    }
    get value() {
        return fold(this.a, this.b);
    }
}
/** Hash of the given columns of one row (leakage keys, compound unique keys). */
function hashRow(columns, row, indices, hasher = new RowHasher()) {
    hasher.reset();
    for (const i of indices)
        hasher.push(hashValue(columns[i][row]));
    return hasher.value;
}
/**
 * Open-addressing set of 53-bit hashes in a Float64Array (8 bytes a slot, load
 * \u2264 0.75). `add` returns false when the hash was already there.
 */
class HashSet53 {
    slots;
    used = 0;
    constructor(capacity = 1 << 16) {
        this.slots = new Float64Array(slotsFor(capacity)).fill(-1);
    }
    /**
     * Empties the set for about `capacity` hashes, in the memory it already has
     * when that is enough: counting spilled partitions one after another with one
     * set leaves no megabyte-sized garbage per partition.
     */
    reset(capacity) {
        const size = slotsFor(capacity);
        const backing = this.slots.buffer.byteLength / 8 >= size ? new Float64Array(this.slots.buffer, 0, size) : new Float64Array(size);
        this.slots = backing.fill(-1);
        this.used = 0;
        return this;
    }
    get size() {
        return this.used;
    }
    /** The slots as they are (probe order included), so a copy iterates `values()` in the same order. */
    toState() {
        return { slots: this.slots.slice(), used: this.used };
    }
    static fromState(s) {
        const set = new HashSet53(0);
        set.slots = s.slots;
        set.used = s.used;
        return set;
    }
    add(h) {
        // Up to 3/4 full: linear probing on these well-mixed hashes stays short, and
        // the duplicate-row set of 5M rows needs 64 MB instead of 128 MB (bench/validate-data/RESULTS.md).
        if ((this.used + 1) * 4 > this.slots.length * 3)
            this.grow();
        return this.insert(this.slots, h);
    }
    /** A typed array: a number[] of 100k hashes is 100k heap numbers. */
    values() {
        const out = new Float64Array(this.used);
        for (let i = 0, k = 0; i < this.slots.length; i++)
            if (this.slots[i] !== -1)
                out[k++] = this.slots[i];
        return out;
    }
    has(h) {
        const s = this.slots;
        const mask = s.length - 1;
        for (let i = h & mask;; i = (i + 1) & mask) {
            const v = s[i];
            if (v === -1)
                return false;
            if (v === h)
                return true;
        }
    }
    insert(s, h) {
        const mask = s.length - 1;
        // h is a non-negative integer, and & keeps its low 32 bits: h % s.length without the
        // floating-point remainder, which was a third of the time of an insert.
        for (let i = h & mask;; i = (i + 1) & mask) {
            const v = s[i];
            if (v === h)
                return false;
            if (v === -1) {
                s[i] = h;
                if (s === this.slots)
                    this.used++;
                return true;
            }
        }
    }
    grow() {
        const old = this.slots;
        const next = new Float64Array(old.length * 2).fill(-1);
        for (let i = 0; i < old.length; i++)
            if (old[i] !== -1)
                this.insert(next, old[i]);
        this.slots = next;
    }
}
function slotsFor(capacity) {
    let size = 1 << 4;
    while (size * 3 < capacity * 4)
        size <<= 1;
    return size;
}


/***/ }),

/***/ 16378:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Sx: () => (/* binding */ longTextLabel),
/* harmony export */   hp: () => (/* binding */ LONG_TEXT_UNITS),
/* harmony export */   ht: () => (/* binding */ detached),
/* harmony export */   tB: () => (/* binding */ detachedPrefix)
/* harmony export */ });
/* unused harmony export describeSize */
/**
 * Text values past LONG_TEXT_UNITS are held by the profile as a short label,
 * never as themselves: a column profile lives for the whole scan, and one
 * kept 60 MB cell (as a top value, the min, the max) stayed in memory to the
 * end and was copied into every report, which took a 60 MB field's run past
 * 1.6 GB of RSS. Distinct values and duplicate rows already count hashes.
 */
const LONG_TEXT_UNITS = 1024;
/** Characters (UTF-16 units) of a long value kept in its label. */
const SHOWN_UNITS = 64;
/**
 * A copy of `s` that shares no memory with the string it was cut from. V8
 * makes a slice (and a `split` part) of 13 or more units a view that keeps the
 * whole parent alive: a short field cut from a reader's chunk would hold the
 * chunk, megabytes when a long record was in it. A round trip through a buffer
 * allocates a string of its own.
 */
const detached = (s) => (s.length < 13 ? s : Buffer.from(s, 'utf16le').toString('utf16le'));
/** The first `end` units of `s` (not splitting a surrogate pair), detached. */
function detachedPrefix(s, end) {
    const c = s.charCodeAt(end - 1);
    return detached(s.slice(0, c >= 0xd800 && c <= 0xdbff ? end - 1 : end));
}
function describeSize(bytes) {
    return bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${(bytes / 1e3).toFixed(1)} kB`;
}
/**
 * `"<first 64 characters>\u2026 (60.0 MB, #<hash>)"`: what the profile shows and
 * counts for a value longer than LONG_TEXT_UNITS. The value's 53-bit hash
 * keeps two long values that share their beginning and size apart in the
 * counts (and so in category drift and class balance).
 */
function longTextLabel(s, hash) {
    return `${detachedPrefix(s, SHOWN_UNITS)}\u2026 (${describeSize(Buffer.byteLength(s))}, #${hash.toString(16)})`;
}


/***/ }),

/***/ 17613:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ Moments)
/* harmony export */ });
/**
 * Count, mean and sum of squared deviations (Welford), mergeable with Chan et
 * al.'s parallel formula, so per-file or per-worker partials combine exactly.
 *
 * Two details keep it equal to pandas (tested against it in profile.test.ts):
 *
 * - Everything accumulates relative to a shift, the first finite value seen.
 *   Without it, large values with small spread lose digits: on 600 values of
 *   1e12 + U(0, 0.01) (one ulp of 1e12 is 1.2e-4) Welford's std was 0.2% off
 *   the exact 0.002928, and a batch's two-pass std 73% off (0.0051, as
 *   pandas', whose plain sum misses the mean by ~4e-3); on 1e9 + N(0, 1)
 *   Welford was 3e-9 off. Relative to the shift the values are small and
 *   exact (x - shift loses nothing when x and shift are within a factor of 2).
 * - \u00b1Infinity is a value, not a missing one (pandas' isnull() is false for
 *   it), but it would turn Welford's state into NaN for good. Infinities are
 *   counted apart: the mean is \u00b1Infinity (NaN when both signs occur) and the
 *   std NaN, as pandas gives, and min/max see them.
 */
class Moments {
    /** Values added, infinities included (NaN is missing and skipped). */
    count = 0;
    min = Infinity;
    max = -Infinity;
    /** Finite values seen; their mean minus `shift`, and their sum of squared deviations. */
    finite = 0;
    shift = 0;
    delta = 0;
    m2 = 0;
    posInf = 0;
    negInf = 0;
    /** Mean (pandas' `mean()`); NaN when nothing was added. */
    get mean() {
        if (this.posInf || this.negInf)
            return this.posInf && this.negInf ? NaN : this.posInf ? Infinity : -Infinity;
        return this.finite ? this.shift + this.delta : NaN;
    }
    /** Sample standard deviation (ddof=1), pandas' `std()`; NaN with an infinity among the values. */
    get std() {
        if (this.posInf || this.negInf || this.finite < 2)
            return NaN;
        return Math.sqrt(this.m2 / (this.finite - 1));
    }
    add(x) {
        if (x !== x)
            return;
        this.count++;
        if (x < this.min)
            this.min = x;
        if (x > this.max)
            this.max = x;
        if (x - x !== 0) {
            if (x > 0)
                this.posInf++;
            else
                this.negInf++;
            return;
        }
        if (this.finite === 0)
            this.shift = x;
        const y = x - this.shift;
        this.finite++;
        const d = y - this.delta;
        this.delta += d / this.finite;
        this.m2 += d * (y - this.delta);
    }
    /** Everything a copy in another thread needs to continue or report exactly as this one. */
    toState() {
        const { count, min, max, finite, shift, delta, m2, posInf, negInf } = this;
        return { count, min, max, finite, shift, delta, m2, posInf, negInf };
    }
    static fromState(s) {
        return Object.assign(new Moments(), s);
    }
    merge(o) {
        this.count += o.count;
        this.min = Math.min(this.min, o.min);
        this.max = Math.max(this.max, o.max);
        this.posInf += o.posInf;
        this.negInf += o.negInf;
        if (o.finite === 0)
            return;
        if (this.finite === 0)
            this.shift = o.shift;
        // o's mean relative to this shift: the shifts are data values, so their difference is exact or nearly.
        this.mergeFinite(o.finite, o.shift - this.shift + o.delta, o.m2);
    }
    /**
     * Adds a whole batch of numbers: a two-pass mean and squared deviation over
     * the batch (no division per value), combined by Chan's formula. NaN is missing.
     */
    addAll(values, n) {
        if (this.finite === 0) {
            // The shift: the first finite value ever.
            let i = 0;
            while (i < n && values[i] - values[i] !== 0)
                i++;
            if (i < n)
                this.shift = values[i];
        }
        const shift = this.shift;
        const { finite, sum, min, max, posInf, negInf } = batchPass(values, n, shift);
        this.count += finite + posInf + negInf;
        this.posInf += posInf;
        this.negInf += negInf;
        if (min < this.min)
            this.min = min;
        if (max > this.max)
            this.max = max;
        if (finite === 0)
            return;
        const delta = sum / finite;
        this.mergeFinite(finite, delta, squaredDeviations(values, n, shift, delta));
    }
    /** Chan's formula; `delta` is the part's mean minus this.shift. */
    mergeFinite(finite, delta, m2) {
        if (this.finite === 0) {
            this.finite = finite;
            this.delta = delta;
            this.m2 = m2;
            return;
        }
        const n = this.finite + finite;
        const d = delta - this.delta;
        this.delta += (d * finite) / n;
        this.m2 += m2 + (d * d * this.finite * finite) / n;
        this.finite = n;
    }
}
/*
 * The batch loops live in functions that touch only the array and locals and
 * return a fresh object: with the state updates after the loop (in addAll, or
 * stores into a scratch array), V8 compiled the loop on-stack (OSR) during the
 * first batch, before those updates had type feedback, and that code then
 * deoptimised on every later batch (3-4x slower in node 20).
 */
/** One pass over a batch: finite count, sum of (v - shift), min and max (infinities included), infinity counts. */
function batchPass(values, n, shift) {
    let finite = 0;
    let sum = 0;
    let min = Infinity;
    let max = -Infinity;
    let posInf = 0;
    let negInf = 0;
    for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v - v !== 0) {
            // NaN (missing) or \u00b1Infinity.
            if (v === Infinity)
                posInf++;
            else if (v === -Infinity)
                negInf++;
            continue;
        }
        finite++;
        sum += v - shift;
        if (v < min)
            min = v;
        if (v > max)
            max = v;
    }
    return { finite, sum, min: negInf ? -Infinity : min, max: posInf ? Infinity : max, posInf, negInf };
}
/** Sum of (v - shift - delta)\u00b2 over the finite values. */
function squaredDeviations(values, n, shift, delta) {
    let m2 = 0;
    for (let i = 0; i < n; i++) {
        const v = values[i];
        if (v - v !== 0)
            continue;
        const d = v - shift - delta;
        m2 += d * d;
    }
    return m2;
}


/***/ }),

/***/ 79435:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  C: () => (/* binding */ EXACT_LIMIT),
  w: () => (/* binding */ QuantileSketch)
});

// EXTERNAL MODULE: ./packages/data/src/stats/sorted.ts
var sorted = __webpack_require__(30817);
;// CONCATENATED MODULE: ./packages/data/src/profile/sort-doubles.ts
/**
 * Ascending sort of doubles with exactly the order of `Float64Array.prototype.sort`
 * (\u22120 before +0, \u00b1Infinity at the ends), by radix on the IEEE-754 bits turned into an
 * unsigned 64-bit key. The high 32 bits (sign, exponent, top 20 bits of the fraction)
 * are sorted first, LSD one byte a pass, skipping a pass where every key has the same
 * byte; values that share the high word (equal values, or values within about a
 * millionth of each other) are then ordered by the low word, run by run. Most
 * columns' values thus take four passes instead of eight: the quantile sketch's
 * 2,048-value buffers sort in 0.6\u20130.75\u00d7 the time of an eight-pass radix, which
 * itself took 0.4\u20130.8\u00d7 the time of V8's native sort. An array holding NaN goes to
 * the native sort, so NaN keeps the place that sort gives it whatever its sign bit.
 */
const RADIX = 256;
/** A run of equal high words this short is ordered by insertion; a longer one by its own radix passes. */
const SHORT_RUN = 16;
const counts = new Uint32Array(4 * RADIX);
let scratchA = new Float64Array(0);
let scratchB = new Float64Array(0);
/**
 * Sorts `values`; returns a sorted array, which is `values` itself or a module-owned
 * scratch array valid until the next call (the sketch copies what it keeps at once).
 */
function sortDoubles(values) {
    const n = values.length;
    if (n < 64)
        return values.sort();
    if (ascending(values))
        return values;
    if (scratchA.length < n) {
        scratchA = new Float64Array(n);
        scratchB = new Float64Array(n);
    }
    const a = scratchA.subarray(0, n);
    const b = scratchB.subarray(0, n);
    const wa = new Uint32Array(a.buffer, a.byteOffset, 2 * n);
    const wb = new Uint32Array(b.buffer, b.byteOffset, 2 * n);
    counts.fill(0);
    let lowDiffers = 0;
    // Bits \u2192 an unsigned key in the doubles' order: negatives have every bit flipped
    // (larger magnitude sorts first), non-negatives only the sign bit.
    for (let i = 0; i < n; i++) {
        const x = values[i];
        if (x !== x)
            return values.sort();
        a[i] = x;
        const lo = wa[2 * i];
        const hi = wa[2 * i + 1];
        const klo = hi & 0x80000000 ? ~lo >>> 0 : lo;
        const khi = hi & 0x80000000 ? ~hi >>> 0 : (hi ^ 0x80000000) >>> 0;
        wa[2 * i] = klo;
        wa[2 * i + 1] = khi;
        lowDiffers |= klo ^ wa[0];
        countKey(khi);
    }
    // Swaps are spelled out: a destructuring swap is an array literal, whose missing type
    // feedback deoptimized this code each time the branch first ran (~50 times a 1M-row run).
    const movedToB = radixPasses(wa, wb, 0, n, 1);
    const keys = movedToB ? wb : wa;
    const other = movedToB ? wa : wb;
    // Integers and short decimals leave the low word the same everywhere: nothing more to order.
    for (let s = 0; lowDiffers !== 0 && s < n;) {
        const khi = keys[2 * s + 1];
        let e = s + 1;
        while (e < n && keys[2 * e + 1] === khi)
            e++;
        if (e - s <= SHORT_RUN)
            insertionByLowWord(keys, s, e);
        else if (!sameLowWord(keys, s, e)) {
            counts.fill(0);
            for (let i = s; i < e; i++)
                countKey(keys[2 * i]);
            if (radixPasses(keys, other, s, e, 0))
                keys.set(other.subarray(2 * s, 2 * e), 2 * s);
        }
        s = e;
    }
    for (let i = 0; i < n; i++) {
        const klo = keys[2 * i];
        const khi = keys[2 * i + 1];
        const negative = (khi & 0x80000000) === 0;
        keys[2 * i] = negative ? ~klo >>> 0 : klo;
        keys[2 * i + 1] = negative ? ~khi >>> 0 : (khi ^ 0x80000000) >>> 0;
    }
    return keys === wa ? a : b;
}
function countKey(k) {
    counts[k & 0xff]++;
    counts[RADIX + ((k >>> 8) & 0xff)]++;
    counts[2 * RADIX + ((k >>> 16) & 0xff)]++;
    counts[3 * RADIX + (k >>> 24)]++;
}
/**
 * Stable LSD passes over word `word` (0 low, 1 high) of the key pairs in [s, e), from
 * `counts` of that range; true when the sorted range ended up in `to`.
 */
function radixPasses(from, to, s, e, word) {
    let moved = false;
    for (let pass = 0; pass < 4; pass++) {
        const base = pass * RADIX;
        const shift = pass * 8;
        // One bucket holding every key: this byte orders nothing.
        if (counts[base + ((from[2 * s + word] >>> shift) & 0xff)] === e - s)
            continue;
        let sum = s;
        for (let d = 0; d < RADIX; d++) {
            const c = counts[base + d];
            counts[base + d] = sum;
            sum += c;
        }
        for (let i = s; i < e; i++) {
            const k = counts[base + ((from[2 * i + word] >>> shift) & 0xff)]++;
            to[2 * k] = from[2 * i];
            to[2 * k + 1] = from[2 * i + 1];
        }
        const t = from;
        from = to;
        to = t;
        moved = !moved;
    }
    return moved;
}
/** Orders [s, e), whose high words are equal, by the low word. */
function insertionByLowWord(keys, s, e) {
    for (let i = s + 1; i < e; i++) {
        const lo = keys[2 * i];
        let j = i - 1;
        for (; j >= s && keys[2 * j] > lo; j--)
            keys[2 * j + 2] = keys[2 * j];
        keys[2 * j + 2] = lo;
    }
}
function sameLowWord(keys, s, e) {
    const lo = keys[2 * s];
    for (let i = s + 1; i < e; i++)
        if (keys[2 * i] !== lo)
            return false;
    return true;
}
/**
 * Already in the native sort's order (no NaN, \u22120 never after +0). Ids and event
 * times usually arrive sorted; a shuffled buffer stops at its first descent.
 */
function ascending(values) {
    let prev = values[0];
    if (prev !== prev)
        return false;
    for (let i = 1; i < values.length; i++) {
        const x = values[i];
        if (!(x > prev) && (x !== prev || (x === 0 && 1 / x < 1 / prev)))
            return false;
        prev = x;
    }
    return true;
}

;// CONCATENATED MODULE: ./packages/data/src/profile/quantiles.ts


/**
 * Quantiles and CDF of a numeric column: exact (every value kept) up to
 * EXACT_LIMIT values, then a KLL sketch (Karnin, Lang, Liberty 2016). With
 * k = 800 the worst of the 99 percentiles of two million normal values is
 * 0.3\u20130.7% of n off its rank (k = 400 gave 1.0\u20131.3%, twice what this comment
 * claimed for it); the levels stay a few tens of kilobytes a column, and the
 * time goes to sorting the weight-1 buffer, whatever k is. Mergeable either way.
 *
 * Layout for speed: new values land in an unsorted typed buffer of weight 1;
 * a full buffer is radix-sorted (sort-doubles.ts, the native sort's order) and
 * half of it promoted. Every level above is kept sorted, so a compaction is one
 * linear pass and a promotion one linear merge \u2014 no comparator sorts on the hot path. Compaction alternates
 * its offset instead of flipping a coin, so results are reproducible.
 */
const EXACT_LIMIT = 16_384;
const K = 800;
const C = 2 / 3;
const BUFFER = 2048;
class QuantileSketch {
    exactBuf = new Float64Array(64);
    n = 0;
    sorted = true;
    /** Sketch mode: unsorted values of weight 1. */
    buffer = null;
    buffered = 0;
    /** Sketch mode: levels[h] holds sorted values of weight 2^(h+1). */
    levels = [];
    flip = 0;
    cache = null;
    get count() {
        return this.n;
    }
    get exact() {
        return this.exactBuf !== null;
    }
    add(x) {
        this.cache = null;
        const exact = this.exactBuf;
        if (exact) {
            if (this.n === exact.length) {
                if (this.n >= EXACT_LIMIT) {
                    this.toSketch();
                    this.add(x);
                    return;
                }
                const grown = new Float64Array(exact.length * 2);
                grown.set(exact);
                this.exactBuf = grown;
                grown[this.n] = x;
            }
            else {
                exact[this.n] = x;
            }
            if (this.sorted && this.n > 0 && x < this.exactBuf[this.n - 1])
                this.sorted = false;
            this.n++;
            return;
        }
        this.buffer[this.buffered++] = x;
        this.n++;
        if (this.buffered === BUFFER)
            this.flush();
    }
    /** The sketch's whole state (copies), for a sketch built in another thread: it continues and answers exactly as this one. */
    toState() {
        return {
            exact: this.exactBuf?.slice(0, this.n) ?? null,
            n: this.n,
            sorted: this.sorted,
            buffer: this.buffer?.slice() ?? null,
            buffered: this.buffered,
            levels: this.levels.map((l) => l.slice()),
            flip: this.flip,
        };
    }
    static fromState(s) {
        const q = new QuantileSketch();
        if (s.exact) {
            // The exact buffer grows by doubling from 64: restored at the capacity it had, so the switch to the sketch comes at the same value.
            let capacity = 64;
            while (capacity < s.n)
                capacity *= 2;
            q.exactBuf = new Float64Array(capacity);
            q.exactBuf.set(s.exact);
        }
        else {
            q.exactBuf = null;
        }
        q.n = s.n;
        q.sorted = s.sorted;
        q.buffer = s.buffer;
        q.buffered = s.buffered;
        q.levels = s.levels;
        q.flip = s.flip;
        return q;
    }
    merge(o) {
        this.cache = null;
        if (o.exactBuf) {
            for (let i = 0; i < o.n; i++)
                this.add(o.exactBuf[i]);
            return;
        }
        if (this.exactBuf)
            this.toSketch();
        for (let i = 0; i < o.buffered; i++)
            this.add(o.buffer[i]);
        for (let h = 0; h < o.levels.length; h++) {
            while (this.levels.length <= h)
                this.levels.push(new Float64Array(0));
            this.levels[h] = mergeSorted(this.levels[h], o.levels[h]);
        }
        this.n += o.n - o.buffered;
        this.compress();
    }
    cdf(x) {
        if (this.n === 0)
            return 0;
        const { values, cum } = this.weighted();
        const k = (0,sorted/* upperBound */.K)(values, x);
        return k === 0 ? 0 : cum[k - 1] / this.n;
    }
    quantile(q) {
        if (this.n === 0)
            return NaN;
        const { values, cum } = this.weighted();
        if (this.exactBuf)
            return (0,sorted/* linearQuantile */.r)(this.n, q, (k) => values[k]);
        const target = q * this.n;
        for (let i = 0; i < values.length; i++)
            if (cum[i] >= target)
                return values[i];
        return values[values.length - 1];
    }
    support() {
        const { values } = this.weighted();
        const out = [];
        for (let i = 0; i < values.length; i++)
            if (i === 0 || values[i] !== values[i - 1])
                out.push(values[i]);
        return Float64Array.from(out);
    }
    /** Sorted retained values with cumulative weights (exact mode: every value, weight 1). */
    weighted() {
        if (this.cache)
            return this.cache;
        if (this.exactBuf) {
            if (!this.sorted) {
                this.exactBuf.subarray(0, this.n).sort();
                this.sorted = true;
            }
            const values = this.exactBuf.subarray(0, this.n);
            const cum = new Float64Array(this.n);
            for (let i = 0; i < this.n; i++)
                cum[i] = i + 1;
            this.cache = { values, cum };
            return this.cache;
        }
        const parts = [[this.buffer.slice(0, this.buffered).sort(), 1]];
        this.levels.forEach((lvl, h) => parts.push([lvl, 2 ** (h + 1)]));
        const total = parts.reduce((s, [v]) => s + v.length, 0);
        const values = new Float64Array(total);
        const cum = new Float64Array(total);
        // k-way merge of the sorted parts (a handful of levels).
        const pos = parts.map(() => 0);
        let acc = 0;
        for (let i = 0; i < total; i++) {
            let best = -1;
            for (let p = 0; p < parts.length; p++) {
                if (pos[p] < parts[p][0].length && (best < 0 || parts[p][0][pos[p]] < parts[best][0][pos[best]]))
                    best = p;
            }
            values[i] = parts[best][0][pos[best]++];
            acc += parts[best][1];
            cum[i] = acc;
        }
        this.cache = { values, cum };
        return this.cache;
    }
    toSketch() {
        const values = this.exactBuf.subarray(0, this.n);
        const n = this.n;
        this.exactBuf = null;
        this.buffer = new Float64Array(BUFFER);
        this.buffered = 0;
        this.n = 0;
        for (let i = 0; i < n; i++)
            this.add(values[i]);
    }
    /** Sorts the full buffer and promotes every other value to level 0. */
    flush() {
        const sorted = sortDoubles(this.buffer);
        if (this.levels.length === 0)
            this.levels.push(new Float64Array(0));
        this.levels[0] = mergeSorted(this.levels[0], this.halve(sorted));
        this.buffered = 0;
        this.compress();
    }
    /** Every other value of a sorted array, starting at an alternating offset. */
    halve(sorted) {
        this.flip ^= 1;
        const out = new Float64Array(sorted.length >> 1);
        for (let i = 0, j = this.flip; i < out.length; i++, j += 2)
            out[i] = sorted[j];
        return out;
    }
    compress() {
        for (let h = 0; h < this.levels.length; h++) {
            const lvl = this.levels[h];
            const depth = this.levels.length - 1 - h;
            if (lvl.length < Math.max(2, Math.ceil(K * C ** depth)))
                continue;
            if (h + 1 === this.levels.length)
                this.levels.push(new Float64Array(0));
            // An odd item out stays behind (the largest, so the level stays sorted).
            const even = lvl.length & ~1;
            this.levels[h + 1] = mergeSorted(this.levels[h + 1], this.halve(lvl.subarray(0, even)));
            this.levels[h] = even === lvl.length ? new Float64Array(0) : lvl.slice(even);
        }
    }
}
function mergeSorted(a, b) {
    if (a.length === 0)
        return b;
    if (b.length === 0)
        return a;
    const out = new Float64Array(a.length + b.length);
    let i = 0;
    let j = 0;
    let k = 0;
    while (i < a.length && j < b.length)
        out[k++] = a[i] <= b[j] ? a[i++] : b[j++];
    while (i < a.length)
        out[k++] = a[i++];
    while (j < b.length)
        out[k++] = b[j++];
    return out;
}


/***/ }),

/***/ 59170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ foldRowLanes),
/* harmony export */   R_: () => (/* binding */ addColumnTerms),
/* harmony export */   y1: () => (/* binding */ newRowLanes)
/* harmony export */ });
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37774);

const LANE_A = 0x27d4eb2f;
const LANE_B = 0x165667b1;
const newRowLanes = (n) => ({ a: new Int32Array(n), b: new Int32Array(n) });
/** Adds column `column`'s terms for the first n rows; `cellHashes` are hashColumn's. */
function addColumnTerms(cellHashes, column, lanes, n) {
    const ka = (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .mix */ .jh)(LANE_A, column);
    const kb = (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .mix */ .jh)(LANE_B, column);
    const { a, b } = lanes;
    for (let i = 0; i < n; i++) {
        const h = cellHashes[i];
        const lo = h | 0; // the low 32 bits of the 53-bit integer
        const hi = (h / 0x100000000) | 0; // cell hashes are positive: | 0 truncates
        a[i] = (a[i] + (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .fmix */ .jr)((0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .mix */ .jh)(ka, lo) ^ hi)) | 0;
        b[i] = (b[i] + (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .fmix */ .jr)((0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .mix */ .jh)(kb, hi) ^ lo)) | 0;
    }
}
/** The row hashes of the first n rows, from every part's lanes (each part a disjoint set of the columns). */
function foldRowLanes(parts, out, n) {
    if (parts.length === 1) {
        const { a, b } = parts[0];
        for (let i = 0; i < n; i++)
            out[i] = (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .fold */ .AU)(a[i], b[i]);
        return;
    }
    for (let i = 0; i < n; i++) {
        let sa = 0;
        let sb = 0;
        for (let p = 0; p < parts.length; p++) {
            sa = (sa + parts[p].a[i]) | 0;
            sb = (sb + parts[p].b[i]) | 0;
        }
        out[i] = (0,_hash__WEBPACK_IMPORTED_MODULE_0__/* .fold */ .AU)(sa, sb);
    }
}


/***/ }),

/***/ 68088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ profileWorkerEntry),
/* harmony export */   q: () => (/* binding */ workerSpawn),
/* harmony export */   serveOrRun: () => (/* binding */ serveOrRun)
/* harmony export */ });
/* harmony import */ var _protocol__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(99802);
/* harmony import */ var _spawn__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(22594);

// Static, so a bundle holds the reader and profiler once, in the chunk its entry file
// loads first, which the main thread's later chunks share.

/**
 * The script a profiling worker runs: the bundle that holds this code, named
 * by its entry module (in a bundle, a chunk's own import.meta.url is the
 * chunk, which cannot run on its own). Unset (the library under tests, a
 * bundle whose entry does not register), the data is profiled in the main thread.
 */
let entry;
/** Registers a bundle's entry (its import.meta.url): its worker threads start that file. */
function profileWorkersFrom(url) {
    entry = new URL(url);
}
/**
 * What a bundle's entry does once loaded, from its import.meta.url: a thread it
 * started to profile or parse runs that job and nothing else; the main thread
 * registers the entry for its workers and runs `main`, which imports the
 * command or action itself, so a worker never loads it.
 */
async function serveOrRun(url, main) {
    if (await serveProfileWorker())
        return;
    profileWorkersFrom(url);
    await main();
}
const profileWorkerEntry = () => entry;
/** How workers start: `spawn` when a test brings its own, else threads on the registered entry; undefined when neither. */
const workerSpawn = (spawn) => spawn ?? (entry ? (0,_spawn__WEBPACK_IMPORTED_MODULE_0__/* .threadSpawner */ .Hi)(entry) : undefined);
/**
 * In a thread started as a worker (profiling columns, parsing CSV or JSONL): runs its job and resolves true,
 * and the entry does nothing else. In any other thread: false, at once.
 */
async function serveProfileWorker() {
    // The main thread, most often: it need not load worker_threads to know (2\u20133 ms of a cold start).
    if (!process.argv.includes(_protocol__WEBPACK_IMPORTED_MODULE_1__/* .WORKER_ARG */ .i_))
        return false;
    const { isMainThread, parentPort: port, workerData } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 75919, 23));
    if (isMainThread || !port || !workerData?.[_protocol__WEBPACK_IMPORTED_MODULE_1__/* .WORKER_KEY */ .Bx])
        return false;
    // The job is the first message: a thread may be started before its job is known (warmThreads).
    // Served from within that message's event, so the job's listeners are on the port before the next one.
    await new Promise((resolve, reject) => port.once('message', (m) => {
        if (m.t === 'job')
            (0,_spawn__WEBPACK_IMPORTED_MODULE_0__/* .serveJob */ .VH)(port, m.job).then(resolve, reject);
    }));
    return true;
}


/***/ }),

/***/ 99802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ WORKER_KEY),
/* harmony export */   JF: () => (/* binding */ asWorkerError),
/* harmony export */   dR: () => (/* binding */ isFinal),
/* harmony export */   i_: () => (/* binding */ WORKER_ARG),
/* harmony export */   tZ: () => (/* binding */ fromWorker)
/* harmony export */ });
/* harmony import */ var _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(37638);
/* harmony import */ var _read_row_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(34699);


/** The messages that end a worker's job: it may exit after them. */
const isFinal = (m) => m.t === 'done' || m.t === 'error';
/** The workerData key that marks a thread as an mlship worker: its job comes as the first message. */
const WORKER_KEY = 'mlshipWorker';
/**
 * The argument a worker thread gets in its process.argv, besides WORKER_KEY: a bundle's
 * entry tells the main thread by its absence, without loading worker_threads (threads/entry.ts).
 */
const WORKER_ARG = '--mlship-worker';
function asWorkerError(e) {
    if (e instanceof _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return { user: true, message: e.message, ...e.details };
    const row = (0,_read_row_errors__WEBPACK_IMPORTED_MODULE_1__/* .asRowError */ .D2)(e);
    if (row)
        return { user: true, message: row.message, row: { line: row.line, rest: row.rest, hint: row.hint } };
    const err = e instanceof Error ? e : new Error(String(e));
    return { user: false, message: err.message, stack: err.stack };
}
function fromWorker(e) {
    if (e.row)
        return new _read_row_errors__WEBPACK_IMPORTED_MODULE_1__/* .RowError */ .Lw(e.row.line, e.row.rest, e.row.hint);
    if (e.user)
        return new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(e.message, { ...(e.where !== undefined ? { where: e.where } : {}), ...(e.hint !== undefined ? { hint: e.hint } : {}) });
    const err = new Error(e.message);
    if (e.stack)
        err.stack = e.stack;
    return err;
}


/***/ }),

/***/ 22594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  a_: () => (/* binding */ endWarmThreads),
  VH: () => (/* binding */ serveJob),
  Hi: () => (/* binding */ threadSpawner),
  rd: () => (/* binding */ warmThreads)
});

// UNUSED EXPORTS: inProcessSpawner

// EXTERNAL MODULE: ./packages/core/src/builtin.ts
var builtin = __webpack_require__(60198);
// EXTERNAL MODULE: ./packages/data/src/read/csv-parallel.ts
var csv_parallel = __webpack_require__(26187);
// EXTERNAL MODULE: ./packages/data/src/read/jsonl.ts + 1 modules
var jsonl = __webpack_require__(33594);
;// CONCATENATED MODULE: ./packages/data/src/read/chunk-jobs.ts


function parseChunkJob(job, chunk) {
    return job.kind === 'csv' ? (0,csv_parallel/* parseCsvChunk */.P)(job, chunk) : (0,jsonl/* parseJsonlChunk */.N)(job, chunk);
}

// EXTERNAL MODULE: ./packages/data/src/threads/protocol.ts
var protocol = __webpack_require__(99802);
;// CONCATENATED MODULE: ./packages/data/src/threads/chunk-worker.ts


/**
 * A text-parsing worker's loop (CSV records, JSONL lines): says it is
 * ready, then parses each chunk of whole records that arrives, by the job it
 * names (each file's parse, defined once per worker), and posts the result
 * back (float columns transferred), or the chunk's first error with the line
 * counted from the chunk's start. One worker serves every file of a run, one
 * after another. Runs until the main thread says stop or closes the port.
 */
function serveChunks(port) {
    const jobs = new Map();
    return new Promise((resolve) => {
        const end = () => {
            port.removeAllListeners();
            port.unref();
            resolve();
        };
        port.on('message', (m) => {
            if (m.t === 'stop')
                return end();
            if (m.t === 'define')
                return void jobs.set(m.id, m.job);
            if (m.t === 'forget')
                return void jobs.delete(m.id);
            if (m.t !== 'chunk')
                return;
            let out;
            let transfer = [];
            try {
                const result = parseChunkJob(jobs.get(m.job), m.chunk);
                transfer = floatBuffers(result);
                out = { t: 'parsed', seq: m.seq, result };
            }
            catch (e) {
                out = { t: 'refused', seq: m.seq, error: (0,protocol/* asWorkerError */.JF)(e) };
            }
            port.postMessage(out, transfer);
        });
        port.on('close', end);
        port.postMessage({ t: 'ready' });
    });
}
/** The float columns of parsed rows: moved to the main thread, not copied. */
function floatBuffers(result) {
    const columns = result.columns ?? [];
    return columns.filter((c) => c instanceof Float64Array).map((c) => c.buffer);
}

// EXTERNAL MODULE: external "node:v8"
var external_node_v8_ = __webpack_require__(78877);
var external_node_v8_default = /*#__PURE__*/__webpack_require__.n(external_node_v8_);
;// CONCATENATED MODULE: ./packages/data/src/threads/optimize-on-thread.ts

let set = false;
/**
 * Has every thread started from now on compile its optimized code itself
 * instead of queueing it for V8's background compiler threads. With a
 * profiling thread per core, those compiler threads have no core of their own:
 * a thread ran its first row groups unoptimized while its optimizing jobs
 * waited behind the very threads that needed them. Compiled in place, the 1M-row
 * parquet benchmark files took 7\u201312% less on two threads (bench/validate-data/RESULTS.md,
 * 2026-12-06 21:00 section). V8 reads the flag when it sets up an isolate, so the
 * main thread, already running, keeps its background compiler, which then has
 * it to itself. A run on one thread is slower compiling in place (+10%), so only
 * a run that starts threads does this. Only when code is compiled changes, never
 * a value counted.
 */
function optimizeOnOwnThreads() {
    if (set)
        return;
    set = true;
    external_node_v8_default().setFlagsFromString('--no-concurrent-recompilation');
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(51455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(76760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(37638);
// EXTERNAL MODULE: ./packages/data/src/profile/column-group.ts
var column_group = __webpack_require__(22818);
// EXTERNAL MODULE: ./packages/data/src/read/open-files.ts
var open_files = __webpack_require__(41081);
// EXTERNAL MODULE: ./packages/data/src/read/meter.ts
var read_meter = __webpack_require__(79650);
;// CONCATENATED MODULE: ./packages/data/src/threads/worker.ts







/**
 * A profiling worker's loop: opens the dataset, reads only its own columns,
 * profiles them batch by batch with a ColumnGroup, and posts each batch's
 * share of the row hashes (transferred) and, at the end, its columns' states.
 * Runs on a worker thread's parentPort, or on a MessageChannel port in the
 * main thread (tests), with the same messages either way.
 */
async function serveColumns(port, job) {
    let acked = -1;
    let wake;
    let stopped = false;
    port.on('message', (m) => {
        if (m.t === 'ack')
            acked = Math.max(acked, m.seq);
        else if (m.t === 'stop')
            stopped = true;
        wake?.();
    });
    // The main thread gave up (another column failed): stop reading.
    port.on('close', () => {
        stopped = true;
        wake?.();
    });
    const post = (m, transfer = []) => port.postMessage(m, transfer);
    const meter = { bytes: 0 };
    let reported = 0;
    const newBytes = () => {
        const n = meter.bytes - reported;
        reported = meter.bytes;
        return n;
    };
    let seq = 0;
    try {
        await (0,read_meter/* metered */.F)(meter, async () => {
            await unchanged(job);
            const ds = await (0,open_files/* openFiles */.K)(job.files, job.spec, { cwd: job.cwd, role: job.role, maxLineBytes: job.maxLineBytes });
            const fields = job.columns.map((i) => ds.schema.fields[i]);
            const group = new column_group/* ColumnGroup */.o(fields, job.columns, true);
            for await (const batch of ds.batches({ columns: fields.map((f) => f.name), rawText: true })) {
                while (seq - acked > job.window && !stopped)
                    await new Promise((r) => (wake = r));
                if (stopped)
                    return;
                const { a, b } = group.add(batch);
                post({ t: 'rows', seq, n: batch.numRows, a, b, bytes: newBytes() }, [a.buffer, b.buffer]);
                seq++;
                if (stopped)
                    return;
            }
            post({ t: 'done', columns: group.profilers.map((p) => p.toState()), bytes: newBytes() });
        });
    }
    catch (e) {
        post({ t: 'error', seq, error: (0,protocol/* asWorkerError */.JF)(e) });
    }
    finally {
        // Not close(): a port closed right after postMessage can drop the message. Unreferenced, it lets the thread exit.
        port.removeAllListeners();
        port.unref();
    }
}
/**
 * A file rewritten since the main thread resolved it (another size or
 * modification time) is refused, not misread: the footer its reader seeks
 * would be the old one.
 */
async function unchanged(job) {
    for (const f of job.files) {
        const now = await promises_default().stat(external_node_path_default().resolve(job.cwd, f.path)).catch(() => undefined);
        if (now?.size !== f.sizeBytes || now.mtimeMs !== f.mtimeMs) {
            throw new errors/* UserError */.yo(`${f.path} changed while the data was being read (rewritten, moved or deleted)`, {
                where: `${job.role} ${job.spec}`,
                hint: 'Validate the data once it is no longer being written.',
            });
        }
    }
}

;// CONCATENATED MODULE: ./packages/data/src/threads/spawn.ts





/** Runs `job` on `port`: the loop every worker thread runs (threads/entry.ts), and the in-process parties too. */
function serveJob(port, job) {
    return job.kind === 'columns' ? serveColumns(port, job) : serveChunks(port);
}
const threads = (0,builtin/* lazyBuiltin */.q)('node:worker_threads');
/** Threads started ahead of their job (warmThreads), by entry file. */
const warm = [];
function startThread(entry) {
    optimizeOnOwnThreads();
    return new (threads().Worker)(entry, { workerData: { [protocol/* WORKER_KEY */.Bx]: true }, argv: [protocol/* WORKER_ARG */.i_] });
}
/**
 * Starts `count` worker threads now, before anyone knows their job, so they
 * load the bundle while this thread is still opening the data and compiling
 * the checks (~0.1 s of a thread's start that no longer delays its first
 * batch). Unused, they are ended with `endWarmThreads`, and never keep the
 * process alive.
 */
function warmThreads(entry, count) {
    for (let i = warm.filter((w) => w.entry === entry.href).length; i < count; i++) {
        const slot = { entry: entry.href, worker: startThread(entry), exited: false };
        slot.worker.unref();
        // A thread that fails before it has a job is not adopted (it exited); nothing waits on it.
        slot.worker.on('error', () => { });
        slot.worker.on('exit', () => (slot.exited = true));
        warm.push(slot);
    }
}
/** Ends the warm threads no job took. */
async function endWarmThreads() {
    await Promise.all(warm.splice(0).map((w) => w.worker.terminate()));
}
function adoptThread(entry) {
    for (let i = warm.length - 1; i >= 0; i--) {
        if (warm[i].entry !== entry.href)
            continue;
        const [slot] = warm.splice(i, 1);
        if (slot.exited)
            continue;
        slot.worker.removeAllListeners();
        slot.worker.ref();
        return slot.worker;
    }
    return startThread(entry);
}
/** A worker thread running `entry` (the bundle's own file; threads/entry.ts routes it to the worker loop), warm if one is. */
const threadSpawner = (entry) => (job, on) => {
    let finished = false;
    const worker = adoptThread(entry);
    worker.postMessage({ t: 'job', job });
    worker.on('message', (m) => {
        if ((0,protocol/* isFinal */.dR)(m))
            finished = true;
        on.message(m);
    });
    worker.on('error', (e) => on.failure(e));
    worker.on('exit', (code) => {
        if (!finished)
            on.failure(new Error(`a worker thread exited (code ${code}) before it finished its work`));
    });
    return {
        post: (m, transfer) => worker.postMessage(m, transfer),
        stop: async () => {
            finished = true;
            await worker.terminate();
        },
    };
};
/**
 * The worker loop on a MessageChannel in this thread: the same messages and
 * transfers as a thread, for tests under a runner that cannot start a thread
 * on TypeScript sources.
 */
const inProcessSpawner = (job, on) => {
    const { port1, port2 } = new (threads().MessageChannel)();
    port1.on('message', on.message);
    serveJob(port2, job).catch((e) => on.failure(e instanceof Error ? e : new Error(String(e))));
    return {
        post: (m, transfer) => port1.postMessage(m, transfer),
        stop: async () => {
            port1.postMessage({ t: 'stop' });
            port1.close();
        },
    };
};


/***/ })

};
