export const id = 8147;
export const ids = [8147];
export const modules = {

/***/ 4330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ tightenOldGenerationPast),
/* harmony export */   kK: () => (/* binding */ holdYoungGeneration)
/* harmony export */ });
/* unused harmony exports tightenOldGeneration, TIGHTEN_AT_RSS */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(78877);
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_v8__WEBPACK_IMPORTED_MODULE_0__);

let held = false;
/**
 * Keeps V8's young generation at the size it has now for the rest of the
 * process (every thread: V8's flags are per process). A scan keeps each
 * batch's cells alive while it profiles them, so scavenges keep finding
 * survivors, and V8 doubles the young generation each time the bytes that
 * survived since the last doubling pass its size: on a table of long
 * high-cardinality text (16 columns, 2M rows) it reached its maximum
 * (134 MB per thread) within a few row groups, a third of the run's peak RSS,
 * and more with worker threads (bench/validate-data/RESULTS.md, 2026-12-06
 * 11:20). Held where it started (2\u201317 MB), it lets those cells move to the
 * old generation after two scavenges, as a larger one would, and the runs
 * measured took no longer.
 *
 * `--max-semi-space-size` is read once, when a thread's heap is set up, so a
 * running process cannot lower it; the growth factor is read at each growth.
 * Only the memory a collection may use changes, never a value counted.
 */
function holdYoungGeneration() {
    if (held)
        return;
    held = true;
    node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--semi-space-growth-factor=1');
}
let tightened = false;
/**
 * Collects the old generation once it has grown to twice what the last full
 * collection left, instead of V8's own factor of up to four. Each profiling
 * thread has its own heap, and batches of text promoted there die only at a
 * full collection: on two threads the wide text table (5M rows) peaked at
 * 405\u2013436 MB with V8's factor and 316\u2013331 MB with this, for about 7% more CPU
 * (1M-row benchmark file on two threads, 1.30 \u2192 1.40 s; bench/validate-data/RESULTS.md,
 * 2026-12-06 11:20), so threaded scans do it only past TIGHTEN_AT_RSS. One thread
 * stays at V8's factor: it peaked at ~300\u2013320 MB without it, and its time is the
 * slower case already.
 */
function tightenOldGeneration() {
    if (tightened)
        return;
    tightened = true;
    node_v8__WEBPACK_IMPORTED_MODULE_0___default().setFlagsFromString('--heap-growing-percent=100');
}
/**
 * Resident memory (all threads) from which a scan on several threads tightens the old
 * generation. Below it V8's own factor stands: the memory it lets grow matters only
 * on large tables, and its fewer full collections are time on every table. Tightened
 * from the start, the 1M-row benchmark files on two threads took 1.80 s (CSV) and 1.24 s
 * (parquet), from this mark 1.68 s and 1.15 s; the 5M-row wide text table, which needs
 * it, peaked at 368 MB from this mark and 424 MB never tightened
 * (bench/validate-data/RESULTS.md, 2026-12-06 18:00\u201319:10 section).
 */
const TIGHTEN_AT_RSS = 288 << 20;
/** tightenOldGeneration once the process's resident memory reaches `mark`; true when this call did it. */
function tightenOldGenerationPast(mark = TIGHTEN_AT_RSS) {
    if (tightened || process.memoryUsage.rss() < mark)
        return false;
    tightenOldGeneration();
    return true;
}


/***/ }),

/***/ 77432:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ TEXT_AUTO_MIN_BYTES),
/* harmony export */   k: () => (/* binding */ chunkParsers)
/* harmony export */ });
/* harmony import */ var _profile_heap_growth__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4330);
/* harmony import */ var _entry__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(68088);
/* harmony import */ var _plan__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(33905);
/* harmony import */ var _protocol__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(99802);




/**
 * Below this many bytes `auto` parses a text file in the reading thread. A
 * worker thread starts in ~0.1 s, and an 8 MB file (~80k rows) is read in about that.
 */
const TEXT_AUTO_MIN_BYTES = 8 << 20;
/**
 * CSV records and JSONL lines parsed on worker threads while the reading
 * thread profiles: one worker fewer than the threads allowed (MLSHIP_THREADS,
 * every core when unset). The workers start with the first file worth them
 * and serve every file after it (each file's parse is defined once per
 * worker), until `dispose`. Undefined when no thread can start (a bundle
 * whose entry does not register, the library under tests) or one thread is
 * asked for.
 */
function chunkParsers(options = {}) {
    const setting = options.threads ?? (0,_plan__WEBPACK_IMPORTED_MODULE_0__/* .threadsSetting */ .Wr)();
    const spawn = (0,_entry__WEBPACK_IMPORTED_MODULE_1__/* .workerSpawn */ .q)(options.spawn);
    if (!spawn || setting === 1)
        return undefined;
    const shared = sharedWorkers(spawn);
    return {
        workersFor: (bytes) => (0,_plan__WEBPACK_IMPORTED_MODULE_0__/* .threadsFor */ .vd)(setting, bytes, TEXT_AUTO_MIN_BYTES) - 1,
        open: (job, workers) => shared.pool(job, workers),
        dispose: () => shared.dispose(),
    };
}
/**
 * Chunks a started worker holds at most. The main thread hands chunks out only
 * between the batches it profiles (~25 ms each), so with two a worker ran dry
 * and sat idle for 0.9 s of a 2.2 s run on the 1M-row benchmark CSV.
 */
const WORKER_ROOM = 4;
/** The workers of one run, started as files need them; each file's chunks go to started ones with room, the least loaded. */
function sharedWorkers(spawn) {
    const slots = [];
    let seq = 0;
    let jobs = 0;
    let broken;
    let parsedChunks = 0;
    let waiters = [];
    const changed = () => {
        const w = waiters;
        waiters = [];
        for (const f of w)
            f();
    };
    const start = () => {
        const slot = { party: undefined, ready: false, waiting: new Map() };
        slot.party = spawn({ kind: 'chunks' }, {
            message: (m) => {
                if (m.t === 'ready')
                    slot.ready = true;
                else if (m.t === 'parsed' || m.t === 'refused') {
                    const pending = slot.waiting.get(m.seq);
                    slot.waiting.delete(m.seq);
                    if (m.t === 'parsed') {
                        // Parsed chunks wait in this heap until laid out in batches, and each worker's heap holds its own:
                        // on the benchmark CSV, tightened from the start, peak RSS went 275\u2013340 \u2192 256\u2013283 MB (1M and 5M rows)
                        // for 8\u201310% more time, so only past the mark (an RSS read every 8 chunks).
                        if ((parsedChunks++ & 7) === 0)
                            (0,_profile_heap_growth__WEBPACK_IMPORTED_MODULE_2__/* .tightenOldGenerationPast */ .$o)();
                        pending?.resolve(m.result);
                    }
                    else
                        pending?.reject((0,_protocol__WEBPACK_IMPORTED_MODULE_3__/* .fromWorker */ .tZ)(m.error));
                }
                changed();
            },
            failure: (e) => {
                broken ??= e;
                slot.ready = false;
                for (const p of slot.waiting.values())
                    p.reject(e);
                slot.waiting.clear();
                changed();
            },
        });
        return slot;
    };
    const room = (s) => (s.ready && !broken ? WORKER_ROOM - s.waiting.size : 0);
    return {
        pool(job, workers) {
            while (slots.length < workers)
                slots.push(start());
            const mine = slots.slice(0, workers);
            const id = jobs++;
            const defined = new Set();
            return {
                free: () => mine.reduce((sum, s) => sum + Math.max(0, room(s)), 0),
                parse(chunk) {
                    const to = mine.reduce((a, b) => (room(b) > room(a) ? b : a));
                    if (!defined.has(to)) {
                        to.party.post({ t: 'define', id, job });
                        defined.add(to);
                    }
                    const n = seq++;
                    return new Promise((resolve, reject) => {
                        to.waiting.set(n, { resolve: resolve, reject });
                        to.party.post({ t: 'chunk', seq: n, job: id, chunk }, [chunk.bytes.buffer]);
                    });
                },
                changed: () => new Promise((r) => waiters.push(r)),
                // The workers stay for the next file; they drop this one's parse.
                close: async () => {
                    for (const s of defined)
                        s.party.post({ t: 'forget', id });
                },
            };
        },
        async dispose() {
            await Promise.all(slots.splice(0).map((s) => s.party.stop()));
        },
    };
}


/***/ }),

/***/ 33905:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GV: () => (/* binding */ THREADS_ENV),
/* harmony export */   Wr: () => (/* binding */ threadsSetting),
/* harmony export */   oJ: () => (/* binding */ partitionColumns),
/* harmony export */   vd: () => (/* binding */ threadsFor)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(48161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(31873);


const THREADS_ENV = 'MLSHIP_THREADS';
/**
 * Threads to profile with, from MLSHIP_THREADS: unset or empty for every core
 * (`auto`), a whole number \u2265 1 for exactly that many, 1 for the single-threaded scan.
 */
function threadsSetting(env = process.env) {
    const raw = env[THREADS_ENV]?.trim();
    if (!raw)
        return 'auto';
    if (!/^[1-9][0-9]{0,3}$/.test(raw)) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_1__/* .UserError */ .yo(`${THREADS_ENV} must be a whole number of threads of 1 or more, not "${raw}"`, {
            hint: `Unset it to profile on every core (${node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism()} here), or set 1 for a single thread.`,
        });
    }
    return Number(raw);
}
/**
 * Threads (the main one counted) for `bytes` of data: `auto` takes every core
 * from `minBytes` on and one thread below it; a number is taken as it is.
 */
function threadsFor(setting, bytes, minBytes) {
    return setting === 'auto' ? (bytes >= minBytes ? node_os__WEBPACK_IMPORTED_MODULE_0___default().availableParallelism() : 1) : setting;
}
/**
 * Columns split into `parties` groups of about equal cost: the costliest
 * column first, each to the group with the least so far (ties to the lowest
 * group), party 0 (the main thread) starting with `head` (its own work of
 * combining the row hashes) and every other with `start` (a worker thread
 * loads the bundle before its first batch). Deterministic: the same costs give the same split.
 * Every group's indices ascend; a group may be empty only when there are
 * fewer columns than parties.
 */
function partitionColumns(costs, parties, head = 0, start = 0) {
    const load = Array.from({ length: parties }, (_, p) => (p === 0 ? head : start));
    const groups = Array.from({ length: parties }, () => []);
    const order = costs.map((c, i) => [c, i]).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
    for (const [cost, column] of order) {
        let best = 0;
        for (let p = 1; p < parties; p++)
            if (load[p] < load[best])
                best = p;
        groups[best].push(column);
        load[best] += cost;
    }
    return groups.map((g) => g.sort((x, y) => x - y));
}


/***/ }),

/***/ 68757:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fj: () => (/* binding */ columnCosts),
/* harmony export */   d9: () => (/* binding */ profileThreads),
/* harmony export */   ed: () => (/* binding */ profileInThreads),
/* harmony export */   pz: () => (/* binding */ columnGroups),
/* harmony export */   tE: () => (/* binding */ AUTO_MIN_BYTES)
/* harmony export */ });
/* unused harmony export WORKER_START_COST */
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _profile_column__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(38060);
/* harmony import */ var _profile_column_group__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(22818);
/* harmony import */ var _profile_heap_growth__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(4330);
/* harmony import */ var _read_meter__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(79650);
/* harmony import */ var _entry__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(68088);
/* harmony import */ var _plan__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(33905);
/* harmony import */ var _protocol__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(99802);








/**
 * Below this many bytes of data `auto` stays in one thread: a worker's first
 * batch comes ~0.25 s after the main thread's, and on files of 7.7 and 15 MB
 * two threads were slower than one, on 38 MB faster (bench/validate-data/RESULTS.md).
 */
const AUTO_MIN_BYTES = 32 << 20;
/** Batches a party may run ahead of the combined row hashes: bounds the shares held in memory. */
const WINDOW = 3;
/**
 * The threads to profile `ds` on (the main thread counted), or 1 for the
 * single-threaded scan: parquet only (its columns decode apart), no row-level
 * rule (they need whole rows in the main thread), at most one thread a column.
 */
function profileThreads(ds, rowRules, options = {}) {
    const setting = options.threads ?? (0,_plan__WEBPACK_IMPORTED_MODULE_1__/* .threadsSetting */ .Wr)();
    const spawn = (0,_entry__WEBPACK_IMPORTED_MODULE_2__/* .workerSpawn */ .q)(options.spawn);
    if (!spawn || rowRules > 0 || ds.files.some((f) => f.format !== 'parquet'))
        return undefined;
    const bytes = ds.files.reduce((s, f) => s + f.sizeBytes, 0);
    const parties = Math.min((0,_plan__WEBPACK_IMPORTED_MODULE_1__/* .threadsFor */ .vd)(setting, bytes, AUTO_MIN_BYTES), ds.schema.fields.length);
    return parties > 1 ? { parties, spawn, start: options.workerStartCost ?? WORKER_START_COST } : undefined;
}
/**
 * Per-row and per-byte cost of profiling a column, relative (calibrated on
 * bench/validate-data's files, see RESULTS.md): hashing, counting and
 * sketching a value by kind, plus decoding its bytes.
 */
const ROW_COST = { string: 3, binary: 3, nested: 3, bool: 1 };
const NUMBER_ROW_COST = 2;
const BYTE_COST = 0.1;
/** The main thread's own work per row: adding up the row-hash shares and the duplicate-row set. */
const COMBINE_ROW_COST = 1;
/**
 * How far behind the main thread a worker is by the end of its first batch:
 * it opens the data ~30 ms later (it starts early, threads/warm.ts) and
 * compiles its optimized code in place, so its first batch takes ~100-170 ms
 * longer. ~0.19 s, as much as ~3.5M rows of weight 1 (a numeric column of 1M
 * rows, weight 2, takes ~0.11 s). 3.5M moves the 1M-row benchmark file's
 * cheapest column to the main thread (2-5% less time, zstd); 4M also moved the
 * 5M-row files' split, two incompressible columns to the main thread, which
 * then peaked 33 MB higher for no time (bench/validate-data/RESULTS.md,
 * 2026-12-06 21:00 and 2026-12-07 02:20 sections).
 */
const WORKER_START_COST = 3_500_000;
/** Each column's estimated cost, from the footers: rows by the kind's weight plus decoded bytes. */
async function columnCosts(ds, cwd) {
    // Loaded with the parquet reader, as read/index.ts loads it: a bundle keeps the footer code in that chunk only.
    const { parquetColumnBytes } = await Promise.all(/* import() */[__webpack_require__.e(6367), __webpack_require__.e(1420)]).then(__webpack_require__.bind(__webpack_require__, 21420));
    const { rows, bytes } = await parquetColumnBytes(ds.files.map((file) => ({ file, abs: node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(cwd, file.path) })));
    const costs = ds.schema.fields.map((f) => rows * (ROW_COST[f.kind] ?? NUMBER_ROW_COST) + (bytes.get(f.name) ?? 0) * BYTE_COST);
    return { costs, head: rows * COMBINE_ROW_COST };
}
/**
 * The columns of each thread that has any, the main thread's first (it may
 * have none: it still adds up the row hashes): a worker whose head start
 * outweighs every column it could take is not started. One group left means
 * the table is too little work to share.
 */
function columnGroups(costs, head, plan) {
    return (0,_plan__WEBPACK_IMPORTED_MODULE_1__/* .partitionColumns */ .oJ)(costs, plan.parties, head, plan.start).filter((g, p) => p === 0 || g.length > 0);
}
/**
 * Profiles `ds` into `profiler` on one thread a group of columns
 * (columnGroups): each thread reads and decodes only its columns, and each
 * column's profiler sees the same values in the same order as in the
 * single-threaded scan, so its statistics (sketches included) are the same,
 * with no merge. The duplicate-row count takes every thread's share of each
 * row's hash (row-lanes.ts), added up here in batch order. The main thread
 * profiles the first group itself.
 *
 * A failure anywhere stops every thread; of several, the one in the earliest
 * batch (then the first column) is thrown, the one the single-threaded scan
 * would have met first.
 */
async function profileInThreads(ds, opened, profiler, plan, onRows) {
    const fields = ds.schema.fields;
    const { groups } = plan;
    const parties = groups.length;
    const own = new _profile_column_group__WEBPACK_IMPORTED_MODULE_3__/* .ColumnGroup */ .o(groups[0].map((i) => fields[i]), groups[0], true);
    const slots = new Map();
    const last = new Array(parties).fill(-1);
    const states = new Array(parties).fill(undefined);
    const ended = new Array(parties).fill(false);
    let combined = 0;
    let failure;
    let pendingBytes = 0;
    let wake;
    const changed = () => {
        const w = wake;
        wake = undefined;
        w?.();
    };
    const next = () => new Promise((r) => (wake = r));
    const workers = [];
    const fail = (party, seq, error) => {
        ended[party] = true;
        const column = columnNamed(error, fields.map((f) => f.name)) ?? groups[party][0] ?? 0;
        if (!failure || seq < failure.seq || (seq === failure.seq && column < failure.column))
            failure = { seq, column, error };
        changed();
    };
    const deliver = (party, seq, n, lanes) => {
        let slot = slots.get(seq);
        if (!slot)
            slots.set(seq, (slot = { n, parts: [] }));
        if (slot.n !== n)
            return fail(party, seq, new Error(`profiling threads disagree on batch ${seq}: ${slot.n} rows in one, ${n} in another`));
        slot.parts.push(lanes);
        last[party] = seq;
        while ((slot = slots.get(combined)) && slot.parts.length === parties) {
            profiler.addRows(slot.parts, slot.n);
            onRows(slot.n);
            slots.delete(combined);
            for (const w of workers)
                w.post({ t: 'ack', seq: combined });
            combined++;
        }
        changed();
    };
    const settled = () => ended.every((e, p) => e || (failure !== undefined && last[p] >= failure.seq));
    const flushBytes = () => {
        (0,_read_meter__WEBPACK_IMPORTED_MODULE_4__/* .countBytes */ .T)(pendingBytes);
        pendingBytes = 0;
    };
    try {
        for (let p = 1; p < parties; p++) {
            const job = { ...opened, files: ds.files, columns: groups[p], window: WINDOW };
            workers.push(plan.spawn({ kind: 'columns', ...job }, {
                message: (m) => {
                    if (m.t === 'rows') {
                        pendingBytes += m.bytes;
                        deliver(p, m.seq, m.n, { a: m.a, b: m.b });
                    }
                    else if (m.t === 'done') {
                        pendingBytes += m.bytes;
                        states[p] = m.columns;
                        ended[p] = true;
                        changed();
                    }
                    else if (m.t === 'error') {
                        fail(p, m.seq, (0,_protocol__WEBPACK_IMPORTED_MODULE_5__/* .fromWorker */ .tZ)(m.error));
                    }
                },
                failure: (e) => fail(p, last[p] + 1, e),
            }));
        }
        let seq = 0;
        try {
            for await (const batch of ds.batches({ columns: groups[0].map((i) => fields[i].name), rawText: true })) {
                flushBytes();
                // Each thread's heap holds its promoted batches until a full collection (profile/heap-growth.ts).
                (0,_profile_heap_growth__WEBPACK_IMPORTED_MODULE_6__/* .tightenOldGenerationPast */ .$o)();
                deliver(0, seq, batch.numRows, own.add(batch));
                seq++;
                if (failure && seq > failure.seq)
                    break;
                while (seq - combined > WINDOW && !failure)
                    await next();
            }
            ended[0] = true;
            changed();
        }
        catch (e) {
            fail(0, seq, e instanceof Error ? e : new Error(String(e)));
        }
        while (!settled()) {
            await next();
            flushBytes();
        }
        flushBytes();
        if (failure)
            throw failure.error;
        if (slots.size > 0 || combined !== seq)
            throw new Error(`profiling threads ended at different batches: ${combined} combined of ${seq}`);
        own.profilers.forEach((c, j) => profiler.adopt(groups[0][j], c));
        for (let p = 1; p < parties; p++)
            states[p].forEach((s, j) => profiler.adopt(groups[p][j], _profile_column__WEBPACK_IMPORTED_MODULE_7__/* .ColumnProfiler */ .k.fromState(fields[groups[p][j]], s)));
    }
    finally {
        await Promise.all(workers.map((w) => w.stop()));
    }
}
/** The schema index of the column a reader's error names (`column "x"`), if it names one. */
function columnNamed(e, names) {
    const m = /column "([^"]*)"/.exec(e.message);
    const i = m ? names.indexOf(m[1]) : -1;
    return i >= 0 ? i : undefined;
}


/***/ }),

/***/ 8147:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   endWarmThreads: () => (/* reexport safe */ _spawn__WEBPACK_IMPORTED_MODULE_6__.a_),
/* harmony export */   fileOfInput: () => (/* binding */ fileOfInput),
/* harmony export */   likelyThreads: () => (/* binding */ likelyThreads),
/* harmony export */   warmWorkersFor: () => (/* binding */ warmWorkersFor),
/* harmony export */   warmWorkersForInput: () => (/* binding */ warmWorkersForInput)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(73024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(76760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _read_file_formats__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(92100);
/* harmony import */ var _chunk_pool__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(77432);
/* harmony import */ var _entry__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(68088);
/* harmony import */ var _plan__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(33905);
/* harmony import */ var _profile_threads__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(68757);
/* harmony import */ var _spawn__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(22594);








/**
 * Threads (the main one counted) the data will likely get, by the measure each
 * path decides on: parquet split by column (all the files' bytes), CSV/JSONL
 * parsed in chunks (file by file, so the largest file); one for a mix.
 */
function likelyThreads(files, setting) {
    const parquet = files.every((f) => f.format === 'parquet');
    if (files.length === 0 || (!parquet && files.some((f) => f.format === 'parquet')))
        return 1;
    const sizes = files.map((f) => f.sizeBytes);
    return parquet ? (0,_plan__WEBPACK_IMPORTED_MODULE_2__/* .threadsFor */ .vd)(setting, sizes.reduce((a, b) => a + b, 0), _profile_threads__WEBPACK_IMPORTED_MODULE_3__/* .AUTO_MIN_BYTES */ .tE) : (0,_plan__WEBPACK_IMPORTED_MODULE_2__/* .threadsFor */ .vd)(setting, Math.max(...sizes), _chunk_pool__WEBPACK_IMPORTED_MODULE_4__/* .TEXT_AUTO_MIN_BYTES */ .h);
}
/**
 * Starts the worker threads the data will likely get as soon as its files are
 * known. A check that needs whole rows may still keep parquet on one thread;
 * the threads no job took end with the run.
 */
function warmWorkersFor(files, options = {}) {
    const entry = (0,_entry__WEBPACK_IMPORTED_MODULE_5__/* .profileWorkerEntry */ .M)();
    if (options.spawn || !entry)
        return;
    (0,_spawn__WEBPACK_IMPORTED_MODULE_6__/* .warmThreads */ .rd)(entry, likelyThreads(files, options.threads ?? (0,_plan__WEBPACK_IMPORTED_MODULE_2__/* .threadsSetting */ .Wr)()) - 1);
}
/**
 * The step's data input when it is one parquet, CSV or JSONL file named as it
 * is, for the local engine; undefined for anything else (a directory, a glob,
 * a remote URL, a SQL engine), which only resolving the data can size.
 */
function fileOfInput(data, engine, cwd = process.cwd()) {
    const file = data?.trim();
    if (!file || (engine && engine !== 'local'))
        return undefined;
    const format = (0,_read_file_formats__WEBPACK_IMPORTED_MODULE_7__/* .formatOf */ .b)(file);
    const stat = format && node_fs__WEBPACK_IMPORTED_MODULE_0___default().statSync(node_path__WEBPACK_IMPORTED_MODULE_1___default().resolve(cwd, file), { throwIfNoEntry: false });
    return format && stat?.isFile() ? { format, sizeBytes: stat.size } : undefined;
}
/**
 * warmWorkersFor from the step's data input, before the command that reads it
 * is even loaded (its config schemas and readers, ~50 ms on a runner's two
 * cores). Data it cannot size waits for warmWorkersFor on the resolved files,
 * which tops the warm threads up to what they need.
 */
function warmWorkersForInput(data, engine, cwd = process.cwd()) {
    const file = fileOfInput(data, engine, cwd);
    if (!file)
        return;
    try {
        warmWorkersFor([file]);
    }
    catch {
        // A malformed MLSHIP_THREADS: the run itself refuses it, in one line, once its report can say so.
    }
}



/***/ })

};
