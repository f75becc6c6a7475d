export const id = 88;
export const ids = [88];
export const modules = {

/***/ 198:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   q: () => (/* binding */ lazyBuiltin)
/* harmony export */ });
/* harmony import */ var node_module__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8995);
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

/***/ 5259:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ groupDigits)
/* harmony export */ });
/**
 * A whole number with its thousands grouped, `1,234,567`, as
 * `toLocaleString('en-US')` writes it: that call loads ICU's number formats,
 * ~25 ms of a run's start. Other numbers go to it.
 */
function groupDigits(n) {
    if (!Number.isSafeInteger(n))
        return n.toLocaleString('en-US');
    const digits = String(Math.abs(n));
    let out = digits.slice(0, digits.length % 3 || 3);
    for (let i = out.length; i < digits.length; i += 3)
        out += `,${digits.slice(i, i + 3)}`;
    return n < 0 ? `-${out}` : out;
}


/***/ }),

/***/ 7638:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   iU: () => (/* binding */ isUserError),
/* harmony export */   yo: () => (/* binding */ UserError)
/* harmony export */ });
/* unused harmony export sentences */
/**
 * A mistake the user can fix: a missing file, a bad config key, an unreachable
 * server. It ends the step with one line \u2014 what, where, how to fix \u2014 and no stack.
 * Anything else that escapes an action is a bug in mlship and keeps its stack.
 */
class UserError extends Error {
    details;
    name = 'UserError';
    constructor(message, details = {}) {
        super(message);
        this.details = details;
    }
    /** `where: message. hint` \u2014 the one line the user sees. */
    get line() {
        const where = this.details.where ? `${this.details.where}: ` : '';
        return `${where}${sentences(this.message, this.details.hint)}`.replace(/\s*\n\s*/g, ' ');
    }
}
/**
 * A message and the hint after it, read as two sentences: "no such file or
 * directory. Check the path\u2026", not "no such file or directory Check the path\u2026".
 * A message that already ends a sentence (or introduces the hint with a colon)
 * is left as written.
 */
function sentences(message, hint) {
    if (!hint)
        return message;
    const first = message.trimEnd();
    return /[.!?:]$/.test(first) ? `${first} ${hint}` : `${first}. ${hint}`;
}
const isUserError = (e) => e instanceof UserError;
function describeError(e) {
    if (isUserError(e))
        return e.line;
    if (e instanceof Error)
        return e.message;
    return String(e);
}


/***/ }),

/***/ 2818:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   o: () => (/* binding */ ColumnGroup)
/* harmony export */ });
/* harmony import */ var _column__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7482);
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7774);
/* harmony import */ var _row_lanes__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9170);



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

/***/ 7482:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  k: () => (/* binding */ ColumnProfiler),
  X: () => (/* binding */ PROFILE_QUANTILES)
});

// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(194);
// EXTERNAL MODULE: ./packages/data/src/profile/hash.ts
var profile_hash = __webpack_require__(7774);
;// CONCATENATED MODULE: ./packages/data/src/profile/distinct.ts

/**
 * Distinct values: exact (a set of 53-bit hashes) up to EXACT_DISTINCT, then
 * HyperLogLog with 2^14 registers (standard error 1.04/\u221a16384 \u2248 0.8%).
 */
const EXACT_DISTINCT = 100_000;
const P = 14;
const M = 1 << P;
const REST_BITS = 53 - P;
class DistinctCounter {
    set = new profile_hash/* HashSet53 */.HI(1024);
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
        d.set = 'set' in s ? profile_hash/* HashSet53 */.HI.fromState(s.set) : null;
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

// EXTERNAL MODULE: ./packages/data/src/profile/frequencies.ts
var frequencies = __webpack_require__(3454);
// EXTERNAL MODULE: ./packages/data/src/profile/long-text.ts
var long_text = __webpack_require__(6378);
;// CONCATENATED MODULE: ./packages/data/src/profile/moments.ts
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

// EXTERNAL MODULE: ./packages/data/src/stats/sorted.ts
var sorted = __webpack_require__(817);
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

;// CONCATENATED MODULE: ./packages/data/src/profile/column.ts







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
const extremeOf = (s, label) => (label === undefined ? { text: s } : { text: (0,long_text/* detachedPrefix */.tB)(s, long_text/* LONG_TEXT_UNITS */.hp), label });
const NULL_CELL_HASH = (0,profile_hash/* hashValue */.gg)(null);
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
    distinct = new DistinctCounter();
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
        const numeric = (0,table/* isNumericKind */.kw)(field.kind) || (0,table/* isTemporalKind */.PB)(field.kind);
        this.moments = numeric || field.kind === 'bool' ? new Moments() : null;
        this.quantiles = numeric ? new QuantileSketch() : null;
        // A numeric column's values go to the quantile sketch only once it has
        // more distinct values than the counts keep: below that the counts give
        // exact quantiles at any size (labels, small ints, coded categories),
        // and the sketch's sorting is skipped.
        const toSketch = (counts) => {
            for (const [v, c] of counts)
                for (let i = 0; i < c; i++)
                    this.quantiles.add(v);
        };
        this.frequencies = field.kind === 'nested' || field.kind === 'binary' ? null : new frequencies/* Frequencies */.RI(field.kind === 'string', numeric ? toSketch : undefined);
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
            const label = typeof v === 'string' && v.length > long_text/* LONG_TEXT_UNITS */.hp ? (0,long_text/* longTextLabel */.Sx)(v, hashes[i]) : undefined;
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
            entryHashes[c] = this.addText(s, (0,profile_hash/* hashValue */.gg)(s), counts[c]);
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
            const hash = end - start <= long_text/* LONG_TEXT_UNITS */.hp ? (0,profile_hash/* hashAsciiBytes */.pP)(bytes, start, end) : -1;
            if (hash < 0) {
                const s = text.toString('utf8', start, end);
                hashes[i] = this.addText(s, (0,profile_hash/* hashValue */.gg)(s), 1);
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
        const label = s.length > long_text/* LONG_TEXT_UNITS */.hp ? (0,long_text/* longTextLabel */.Sx)(s, hash) : undefined;
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
            this.minStr.text = (0,long_text/* detached */.ht)(this.minStr.text);
        if (this.maxStr)
            this.maxStr.text = (0,long_text/* detached */.ht)(this.maxStr.text);
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
            c.moments = Moments.fromState(s.moments);
        // The frequencies' onStop callback reads this.quantiles when it fires, so it finds the restored sketch.
        if (s.quantiles)
            c.quantiles = QuantileSketch.fromState(s.quantiles);
        if (s.frequencies)
            c.frequencies.load(s.frequencies);
        c.distinct = DistinctCounter.fromState(s.distinct);
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
            this.counted = { rows: this.rows, distribution: new frequencies/* CountedDistribution */.TU(this.frequencies.values()) };
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

/***/ 3454:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   RI: () => (/* binding */ Frequencies),
/* harmony export */   TU: () => (/* binding */ CountedDistribution),
/* harmony export */   Uy: () => (/* binding */ MAX_CATEGORIES)
/* harmony export */ });
/* harmony import */ var _stats_sorted__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(817);
/* harmony import */ var _long_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6378);


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

/***/ 7774:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   AU: () => (/* binding */ fold),
/* harmony export */   HI: () => (/* binding */ HashSet53),
/* harmony export */   ae: () => (/* binding */ RowHasher),
/* harmony export */   by: () => (/* binding */ hashColumn),
/* harmony export */   gg: () => (/* binding */ hashValue),
/* harmony export */   jh: () => (/* binding */ mix),
/* harmony export */   jr: () => (/* binding */ fmix),
/* harmony export */   pP: () => (/* binding */ hashAsciiBytes)
/* harmony export */ });
/* unused harmony export hashRow */
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

/***/ 6378:
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

/***/ 9170:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jk: () => (/* binding */ foldRowLanes),
/* harmony export */   R_: () => (/* binding */ addColumnTerms),
/* harmony export */   y1: () => (/* binding */ newRowLanes)
/* harmony export */ });
/* harmony import */ var _hash__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7774);

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

/***/ 6183:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gu: () => (/* binding */ chunkResults),
/* harmony export */   jv: () => (/* binding */ GrowingColumns),
/* harmony export */   tS: () => (/* binding */ rebatched)
/* harmony export */ });
/* unused harmony export RecordChunker */
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _line_cap__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2740);
/* harmony import */ var _source__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6814);



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

/***/ 6187:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   P: () => (/* binding */ parseCsvChunk),
/* harmony export */   k: () => (/* binding */ parallelCsvBatches)
/* harmony export */ });
/* harmony import */ var _chunked__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6183);
/* harmony import */ var _csv_records__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3892);
/* harmony import */ var _row_errors__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4699);
/* harmony import */ var _csv_tokenizer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6531);
/* harmony import */ var _line_cap__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(2740);
/* harmony import */ var _record_ends__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2737);






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

/***/ 3892:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u: () => (/* binding */ recordWriters),
/* harmony export */   v: () => (/* binding */ raggedRow)
/* harmony export */ });
/* harmony import */ var _mlship_core_digits__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5259);
/* harmony import */ var _row_errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4699);
/* harmony import */ var _source__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6814);
/* harmony import */ var _text_values__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5875);




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
/* harmony import */ var _line_cap__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2740);

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

/***/ 2100:
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

/***/ 3594:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  L: () => (/* binding */ openJsonl),
  N: () => (/* binding */ parseJsonlChunk)
});

// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./packages/core/src/digits.ts
var digits = __webpack_require__(5259);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/data/src/read/chunked.ts
var chunked = __webpack_require__(6183);
// EXTERNAL MODULE: ./packages/data/src/read/line-cap.ts
var line_cap = __webpack_require__(2740);
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
var record_ends = __webpack_require__(2737);
// EXTERNAL MODULE: ./packages/data/src/read/row-errors.ts
var row_errors = __webpack_require__(4699);
// EXTERNAL MODULE: ./packages/data/src/read/source.ts
var source = __webpack_require__(6814);
// EXTERNAL MODULE: ./packages/data/src/read/text-values.ts
var text_values = __webpack_require__(5875);
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

/***/ 2740:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gp: () => (/* binding */ PendingLine),
/* harmony export */   UL: () => (/* binding */ lineTooLongHint),
/* harmony export */   dc: () => (/* binding */ LineTooLongError),
/* harmony export */   i$: () => (/* binding */ DEFAULT_MAX_LINE_BYTES),
/* harmony export */   nI: () => (/* binding */ describeBytes)
/* harmony export */ });
/* harmony import */ var _mlship_core_digits__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5259);

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

/***/ 9650:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ metered),
/* harmony export */   T: () => (/* binding */ countBytes)
/* harmony export */ });
/* harmony import */ var node_async_hooks__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6698);
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

/***/ 8033:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  K: () => (/* binding */ openFiles)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(194);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
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
var csv_parallel = __webpack_require__(6187);
// EXTERNAL MODULE: ./packages/data/src/read/csv-records.ts
var csv_records = __webpack_require__(3892);
// EXTERNAL MODULE: ./packages/data/src/read/row-errors.ts
var row_errors = __webpack_require__(4699);
// EXTERNAL MODULE: ./packages/data/src/read/source.ts
var read_source = __webpack_require__(6814);
// EXTERNAL MODULE: ./packages/data/src/read/text-values.ts
var text_values = __webpack_require__(5875);
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
    const limit = read_source/* INFER_ROWS */.jX + (header ? 1 : 0);
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
    let cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
    let n = 0;
    let row = header ? -1 : 0;
    const written = () => {
        if (++n === read_source/* BATCH_ROWS */.B8) {
            ready.push({ numRows: n, columns: cols });
            cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
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
    const stream = (0,read_source/* openText */.Uq)(abs, new external_node_stream_.PassThrough());
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
    const sink = (0,read_source/* openText */.Uq)(abs, new external_node_stream_.PassThrough());
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

// EXTERNAL MODULE: ./packages/data/src/read/jsonl.ts + 1 modules
var jsonl = __webpack_require__(3594);
;// CONCATENATED MODULE: ./packages/data/src/read/open-files.ts






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
        const abs = external_node_path_default().resolve(options.cwd, file.path);
        // The parquet decoder and its codecs are a third of the bundle: loaded only when a parquet file is read.
        if (file.format === 'parquet')
            sources.push(await (await Promise.all(/* import() */[__webpack_require__.e(367), __webpack_require__.e(447), __webpack_require__.e(143)]).then(__webpack_require__.bind(__webpack_require__, 143))).openParquet(file, abs));
        else if (file.format === 'csv')
            sources.push(await openCsv(file, abs, { ...options.csv, maxLineBytes: options.maxLineBytes }, options.chunkParsers));
        else
            sources.push(await (0,jsonl/* openJsonl */.L)(file, abs, options.maxLineBytes, options.chunkParsers));
    }
    const fields = unifyFields(sources, `${options.role} ${spec}`);
    const partitionKeys = Object.keys(files[0].partitions);
    for (const key of partitionKeys) {
        if (fields.some((f) => f.name === key)) {
            throw new errors/* UserError */.yo(`partition key "${key}" is also a column inside the files`, { where: `${options.role} ${spec}`, hint: 'Rename the directory key or the column.' });
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
                return repeated(f.name, (0,read_source/* missingFor */.MG)(f.kind), batch.numRows);
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
    if ((0,table/* isTemporalKind */.PB)(from))
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
                throw new errors/* UserError */.yo(`column "${f.name}" is ${f.kind} in ${s.file.path} but ${seen.field.kind} in ${seen.from}`, {
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
    if ((0,table/* isNumericKind */.kw)(a) && (0,table/* isNumericKind */.kw)(b))
        return a === 'int' ? b : b === 'int' ? a : 'float';
    if ((a === 'date' && b === 'timestamp') || (a === 'timestamp' && b === 'date'))
        return 'timestamp';
    // Text formats infer per file; one file's "1, 2" next to another's "a, b" is a text column.
    if (a === 'string' || b === 'string')
        return 'string';
    return undefined;
}


/***/ }),

/***/ 2737:
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

/***/ 4699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D2: () => (/* binding */ asRowError),
/* harmony export */   Lw: () => (/* binding */ RowError),
/* harmony export */   MZ: () => (/* binding */ textError),
/* harmony export */   S0: () => (/* binding */ fixRow)
/* harmony export */ });
/* harmony import */ var _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _csv_tokenizer__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6531);
/* harmony import */ var _line_cap__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2740);
/* harmony import */ var _source__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6814);




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

/***/ 6814:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ BATCH_ROWS),
/* harmony export */   MG: () => (/* binding */ missingFor),
/* harmony export */   QW: () => (/* binding */ describeStreamError),
/* harmony export */   Uq: () => (/* binding */ openText),
/* harmony export */   b4: () => (/* binding */ newColumn),
/* harmony export */   jX: () => (/* binding */ INFER_ROWS)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7075);
/* harmony import */ var node_stream__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_stream__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _mlship_core_builtin__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(198);
/* harmony import */ var _meter__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9650);
/* harmony import */ var _file_formats__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2100);





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

/***/ 5875:
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

/***/ 817:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ upperBound),
/* harmony export */   r: () => (/* binding */ linearQuantile)
/* harmony export */ });
/** Index of the first element > x in an ascending array (the count of elements <= x). */
function upperBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] <= x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/**
 * pandas' default ('linear') quantile of n values, `at(k)` giving the k-th
 * smallest. On an order statistic (or between equal ones) the answer is that
 * value: a + (b - a) * 0 would be NaN next to an infinity (NumPy 1.24 does
 * return NaN there, e.g. the median of [1, 2, inf]).
 */
function linearQuantile(n, q, at) {
    const pos = q * (n - 1);
    const lo = Math.floor(pos);
    const a = at(lo);
    const b = at(Math.min(lo + 1, n - 1));
    const t = pos - lo;
    return t === 0 || a === b ? a : a + (b - a) * t;
}


/***/ }),

/***/ 194:
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


/***/ }),

/***/ 8088:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ profileWorkerEntry),
/* harmony export */   q: () => (/* binding */ workerSpawn),
/* harmony export */   serveOrRun: () => (/* binding */ serveOrRun)
/* harmony export */ });
/* harmony import */ var _protocol__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9802);
/* harmony import */ var _spawn__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2594);

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
    const { isMainThread, parentPort: port, workerData } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 23));
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

/***/ 9802:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bx: () => (/* binding */ WORKER_KEY),
/* harmony export */   JF: () => (/* binding */ asWorkerError),
/* harmony export */   dR: () => (/* binding */ isFinal),
/* harmony export */   i_: () => (/* binding */ WORKER_ARG),
/* harmony export */   tZ: () => (/* binding */ fromWorker)
/* harmony export */ });
/* harmony import */ var _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _read_row_errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4699);


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

/***/ 2594:
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
var builtin = __webpack_require__(198);
// EXTERNAL MODULE: ./packages/data/src/read/csv-parallel.ts
var csv_parallel = __webpack_require__(6187);
// EXTERNAL MODULE: ./packages/data/src/read/jsonl.ts + 1 modules
var jsonl = __webpack_require__(3594);
;// CONCATENATED MODULE: ./packages/data/src/read/chunk-jobs.ts


function parseChunkJob(job, chunk) {
    return job.kind === 'csv' ? (0,csv_parallel/* parseCsvChunk */.P)(job, chunk) : (0,jsonl/* parseJsonlChunk */.N)(job, chunk);
}

// EXTERNAL MODULE: ./packages/data/src/threads/protocol.ts
var protocol = __webpack_require__(9802);
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
var external_node_v8_ = __webpack_require__(8877);
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
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/data/src/profile/column-group.ts
var column_group = __webpack_require__(2818);
// EXTERNAL MODULE: ./packages/data/src/read/open-files.ts + 2 modules
var open_files = __webpack_require__(8033);
// EXTERNAL MODULE: ./packages/data/src/read/meter.ts
var read_meter = __webpack_require__(9650);
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
