export const id = 143;
export const ids = [143];
export const modules = {

/***/ 4605:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   NI: () => (/* binding */ HINTS),
/* harmony export */   tM: () => (/* binding */ ParquetFault),
/* harmony export */   x5: () => (/* binding */ refusal)
/* harmony export */ });
/* harmony import */ var _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);

/**
 * What can be wrong with a parquet file, each with the hint that fits it. The
 * "re-download" hint is only right when the bytes are missing (no footer at the
 * end); a file whose footer is intact was damaged or written wrong, and reading
 * it again gives the same bytes.
 */
const HINTS = {
    truncated: 'The file may be truncated or still being written; re-export or re-download it.',
    damaged: 'The file is damaged or its writer wrote it wrong; re-export it from the source, or check it with the tool that wrote it (e.g. pyarrow.parquet.read_table).',
    encrypted: 'mlship reads unencrypted parquet only; write the file without Parquet Modular Encryption, or decrypt it first (e.g. with pyarrow and the keys).',
    tooLarge: 'Split the value (or keep it outside the table, e.g. as a file path), or drop the column before validating.',
    timestamp: 'Store the value as a date or timestamp within years -271821 to 275760, or as text, or drop the column before validating.',
};
/** A fault found while reading, in the file's own terms (column, row group, page), with its hint. */
class ParquetFault extends Error {
    hint;
    unrepresentable;
    constructor(message, hint = HINTS.damaged, 
    /** The file is sound but holds a value mlship cannot represent: the line names where, not "not a readable parquet file". */
    unrepresentable = false) {
        super(message);
        this.hint = hint;
        this.unrepresentable = unrepresentable;
    }
}
/**
 * Any error from reading `file` as the one line the user sees. A ParquetFault
 * keeps its words; hyparquet's own errors ("parquet \u2026") are quoted as the
 * detail of a page that does not decode; a JavaScript engine error (a
 * TypeError or RangeError from decoding bytes that do not say what their
 * header says) is never shown as such.
 */
function refusal(file, e, at) {
    const where = at ? ` (${at})` : '';
    if (e instanceof _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo)
        return e;
    if (e instanceof ParquetFault && e.unrepresentable && at)
        return new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${at} ${e.message}`, { where: file.path, hint: e.hint });
    if (e instanceof ParquetFault)
        return new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`not a readable parquet file${where}: ${e.message}`, { where: file.path, hint: e.hint });
    const message = e?.message ?? String(e);
    const why = isEngineError(e)
        ? 'its pages do not hold what their headers declare (levels or values run past the page, or a value is missing where the schema requires one)'
        : `its pages do not decode (${message.replace(/^parquet /, '')})`;
    return new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`not a readable parquet file${where}: ${why}`, { where: file.path, hint: HINTS.damaged });
}
const isEngineError = (e) => e instanceof TypeError || e instanceof RangeError || e instanceof ReferenceError;


/***/ }),

/***/ 6178:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ parquetFile)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _meter__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(9650);
/* harmony import */ var _parquet_faults__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4605);



/**
 * A parquet file as hyparquet's AsyncBuffer, each slice read straight into one
 * ArrayBuffer of its size. hyparquet's asyncBufferFromFile streams a slice in
 * 64 KB chunks and concatenates them: every column chunk was allocated twice
 * plus a Buffer per 64 KB, churn that drives V8's external-memory GCs on Node 24
 * (bench/validate-data/RESULTS.md).
 */
async function parquetFile(path) {
    const { size } = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.stat)(path);
    return {
        byteLength: size,
        async slice(start, end = size) {
            const length = Math.max(0, Math.min(end, size) - start);
            const out = new ArrayBuffer(length);
            if (length === 0)
                return out;
            // A handle per slice: the source has no close hook, and a slice per column chunk is few opens.
            const handle = await (0,node_fs_promises__WEBPACK_IMPORTED_MODULE_0__.open)(path, 'r');
            try {
                const bytes = new Uint8Array(out);
                let filled = 0;
                while (filled < length) {
                    const { bytesRead } = await handle.read(bytes, filled, length - filled, start + filled);
                    // The footer was read, so the file got shorter since: it is being rewritten.
                    if (bytesRead === 0)
                        throw new _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .ParquetFault */ .tM(`the file ends at byte ${start + filled}, ${length - filled} bytes before the data its footer points to`, _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.truncated);
                    filled += bytesRead;
                    (0,_meter__WEBPACK_IMPORTED_MODULE_2__/* .countBytes */ .T)(bytesRead);
                }
            }
            finally {
                await handle.close();
            }
            return out;
        },
    };
}


/***/ }),

/***/ 4771:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   A: () => (/* binding */ readFooter),
/* harmony export */   a: () => (/* binding */ refuseOversizedValues)
/* harmony export */ });
/* harmony import */ var _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var hyparquet__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6367);
/* harmony import */ var _parquet_faults__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4605);



/**
 * The file's footer, checked before any page is read: the end markers (a
 * missing PAR1 is the one case where truncation is the likely cause), Parquet
 * Modular Encryption (an encrypted footer ends in PARE; a plaintext footer
 * still marks encrypted columns), and a schema whose leaves have a physical type.
 */
async function readFooter(file, buffer, parsers) {
    const size = buffer.byteLength;
    const head = size >= 4 ? latin1(await buffer.slice(0, 4)) : '';
    const tail = size >= 8 ? latin1(await buffer.slice(size - 4)) : '';
    if (tail === 'PARE')
        throw new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('is encrypted with Parquet Modular Encryption (its footer is encrypted)', { where: file.path, hint: _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.encrypted });
    if (tail !== 'PAR1') {
        if (head !== 'PAR1' && head !== 'PARE') {
            throw new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`not a readable parquet file: it neither starts nor ends with the parquet marker PAR1 (${size} bytes)`, {
                where: file.path,
                hint: 'Check that it is a parquet file (a CSV or JSON file named .parquet?), or give it the extension of its format.',
            });
        }
        throw (0,_parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(file, new _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .ParquetFault */ .tM(`it starts as parquet but does not end with the footer marker PAR1 (${size} bytes)`, _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.truncated));
    }
    let metadata;
    try {
        metadata = await (0,hyparquet__WEBPACK_IMPORTED_MODULE_2__/* .parquetMetadataAsync */ .Ei)(buffer, { parsers });
    }
    catch (e) {
        const message = e?.message ?? String(e);
        // The footer's length word points before the file's start: bytes are missing.
        const hint = /exceeds available buffer|too short/.test(message) ? _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.truncated : _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.damaged;
        const why = e instanceof TypeError || e instanceof RangeError ? 'its schema, row groups and column chunks do not fit together (a field is missing or has an invalid value)' : message.replace(/^parquet /, '');
        throw (0,_parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(file, new _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .ParquetFault */ .tM(`its footer (the file metadata) cannot be decoded: ${why}`, hint));
    }
    checkSchema(file, metadata);
    const encrypted = metadata.row_groups.flatMap((g) => g.columns).find((c) => c.crypto_metadata || c.encrypted_column_metadata);
    if (encrypted) {
        const name = encrypted.meta_data?.path_in_schema.join('.');
        throw new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`is encrypted with Parquet Modular Encryption (column${name ? ` "${name}"` : 's'} encrypted, footer in plain text)`, { where: file.path, hint: _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.encrypted });
    }
    return metadata;
}
const PHYSICAL_TYPES = new Set(['BOOLEAN', 'INT32', 'INT64', 'INT96', 'FLOAT', 'DOUBLE', 'BYTE_ARRAY', 'FIXED_LEN_BYTE_ARRAY']);
/** Every leaf of the schema has one of the eight physical types, and every group as many children as it declares. */
function checkSchema(file, metadata) {
    const schema = metadata.schema;
    let next = 1;
    const walk = (at) => {
        const el = schema[at];
        const children = el.num_children ?? 0;
        // A leaf has no num_children at all; a group with none declared is an empty struct.
        if (el.num_children === undefined && at > 0 && !PHYSICAL_TYPES.has(el.type ?? '')) {
            throw (0,_parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(file, new _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .ParquetFault */ .tM(`its footer's schema gives column "${el.name}" no valid physical type`));
        }
        for (let c = 0; c < children; c++) {
            if (next >= schema.length)
                throw (0,_parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(file, new _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .ParquetFault */ .tM(`its footer's schema declares ${children} children for "${el.name || 'the root'}" but ends after ${schema.length} elements`));
            walk(next++);
        }
    };
    if (!schema.length)
        throw (0,_parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .refusal */ .x5)(file, new _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .ParquetFault */ .tM('its footer has no schema'));
    walk(0);
}
/**
 * V8's longest string, in UTF-16 units (2^29 - 24 on 64-bit): a text, binary
 * (hex, two units a byte) or nested (JSON) value longer than this cannot be a
 * cell. Checked from the footer, before a page is decompressed: a chunk whose
 * values average more than the limit holds at least one value over it.
 */
const MAX_STRING_UNITS = 2 ** 29 - 24;
function refuseOversizedValues(file, metadata, columns, kinds) {
    for (const [group, rowGroup] of metadata.row_groups.entries()) {
        for (const chunk of rowGroup.columns) {
            const meta = chunk.meta_data;
            if (!meta || (meta.type !== 'BYTE_ARRAY' && meta.type !== 'FIXED_LEN_BYTE_ARRAY'))
                continue;
            const j = columns.indexOf(meta.path_in_schema[0]);
            if (j < 0)
                continue;
            const values = Math.max(1, Number(meta.num_values));
            const bytes = Number(meta.total_uncompressed_size);
            const unitsPerByte = kinds[j] === 'binary' ? 2 : 1;
            if ((bytes / values) * unitsPerByte <= MAX_STRING_UNITS)
                continue;
            const path = meta.path_in_schema.join('.');
            throw new _mlship_core_errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column "${columns[j]}" in row group ${group} holds a value larger than the JavaScript engine can hold: ${values} value${values === 1 ? '' : 's'} of "${path}" take ${size(bytes)}, ${size(bytes / values)} on average, over the ${size(MAX_STRING_UNITS / unitsPerByte)} one value can be; refused before reading it`, { where: file.path, hint: _parquet_faults__WEBPACK_IMPORTED_MODULE_1__/* .HINTS */ .NI.tooLarge });
        }
    }
}
const size = (bytes) => (bytes < 2 ** 30 ? `${Math.round(bytes / 2 ** 20)} MiB` : `${(bytes / 2 ** 30).toFixed(1)} GiB`);
const latin1 = (b) => Buffer.from(b).toString('latin1');


/***/ }),

/***/ 143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  converter: () => (/* binding */ converter),
  openParquet: () => (/* binding */ openParquet)
});

// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/scan.js + 7 modules
var src_scan = __webpack_require__(4447);
// EXTERNAL MODULE: ./packages/core/src/builtin.ts
var builtin = __webpack_require__(198);
// EXTERNAL MODULE: ./packages/data/src/read/parquet-file.ts
var parquet_file = __webpack_require__(6178);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/column.js
var column = __webpack_require__(6167);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/convert.js + 1 modules
var convert = __webpack_require__(9234);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/datapage.js + 2 modules
var datapage = __webpack_require__(3730);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/encoding.js
var encoding = __webpack_require__(3448);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/plain.js
var src_plain = __webpack_require__(4809);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/schema.js
var schema = __webpack_require__(8286);
// EXTERNAL MODULE: ./packages/data/src/read/parquet-faults.ts
var parquet_faults = __webpack_require__(4605);
;// CONCATENATED MODULE: ./packages/data/src/read/parquet-text.ts
/**
 * Rows `row \u2026 row+count` of a text column from a v1 PLAIN page of BYTE_ARRAY
 * values (each a 4-byte little-endian length, then its bytes), decoded
 * straight from the page into strings. hyparquet's path makes a Uint8Array
 * view per value, an array of them and a mapped array of strings per page:
 * about four times the bytes of the strings themselves, garbage that on a
 * table of long high-cardinality text kept V8's young generation at its
 * largest and promoted each row group's strings into the old generation
 * (bench/validate-data/RESULTS.md, 2026-12-06 11:20).
 *
 * Each value decodes as `new TextDecoder().decode(bytes)`, what every string
 * column's converter does: UTF-8, a leading byte order mark dropped,
 * malformed sequences replaced by U+FFFD (parquet-text.test.ts compares the two).
 *
 * Returns false, writing nothing, when a value's length runs past the page:
 * hyparquet's path then reads the page, and fails (or not) as it always did.
 */
function scatterPlainText(section, present, out, row, count, levels, maxDefinition) {
    const view = new DataView(section.buffer, section.byteOffset, section.byteLength);
    // Only the values the rows take are decoded, but all `present` must fit, as hyparquet reads them all.
    if (!valuesFit(view, present))
        return false;
    const bytes = Buffer.from(section.buffer, section.byteOffset, section.byteLength);
    let offset = 0;
    for (let i = 0; i < count; i++) {
        if (levels && levels[i] !== maxDefinition) {
            out[row + i] = null;
            continue;
        }
        const start = offset + 4;
        offset = start + view.getUint32(offset, true);
        out[row + i] = bytes.toString('utf8', pastMark(bytes, start, offset), offset);
    }
    return true;
}
/** Every one of the `present` values of a PLAIN BYTE_ARRAY section ends within it. */
function valuesFit(view, present) {
    let offset = 0;
    for (let k = 0; k < present; k++) {
        if (offset + 4 > view.byteLength)
            return false;
        offset += 4 + view.getUint32(offset, true);
        if (offset > view.byteLength)
            return false;
    }
    return true;
}
/** Where the text of the value at `bytes[start\u2026end)` begins: past a leading byte order mark, as TextDecoder drops it. */
const pastMark = (bytes, start, end) => end - start >= 3 && bytes[start] === 0xef && bytes[start + 1] === 0xbb && bytes[start + 2] === 0xbf ? start + 3 : start;
/** A v1 PLAIN text page's rows: as bytes while `raw` is active, else decoded into `out` (false as scatterPlainText). */
function plainTextRows(raw, ...page) {
    return raw?.active ? raw.add(...page) : scatterPlainText(...page);
}
/**
 * A text column chunk's PLAIN rows kept as their UTF-8 bytes (Batch.raw), for
 * a consumer that decodes only the values it keeps: on a table of
 * high-cardinality text, decoding every value and collecting the strings was
 * about a third of profiling it. Reused from one row group to the next.
 */
class RawTextRows {
    /** False once the chunk's rows went to strings (a page that is not v1 PLAIN, or a bad length). */
    active = false;
    bytes = new Uint8Array(0);
    used = 0;
    starts = new Int32Array(0);
    ends = new Int32Array(0);
    /** For a chunk of `numRows` rows. */
    reset(numRows) {
        if (this.starts.length !== numRows) {
            this.starts = new Int32Array(numRows);
            this.ends = new Int32Array(numRows);
        }
        this.used = 0;
        this.active = true;
        return this;
    }
    /**
     * scatterPlainText's rows, as byte ranges of a copy of the page. False when
     * a value's length runs past the page: the rows so far are then decoded into
     * `out` and the page is left to hyparquet's path.
     */
    add(section, present, out, row, count, levels, maxDefinition) {
        const view = new DataView(section.buffer, section.byteOffset, section.byteLength);
        if (!valuesFit(view, present))
            return this.stop(out, row);
        const base = this.used;
        if (this.bytes.length < base + section.byteLength) {
            const grown = new Uint8Array(Math.max(base + section.byteLength, 2 * this.bytes.length));
            grown.set(this.bytes.subarray(0, base));
            this.bytes = grown;
        }
        const bytes = this.bytes;
        bytes.set(section, base);
        this.used += section.byteLength;
        let offset = 0;
        for (let i = 0; i < count; i++) {
            if (levels && levels[i] !== maxDefinition) {
                this.starts[row + i] = -1;
                continue;
            }
            const start = base + offset + 4;
            const end = start + view.getUint32(offset, true);
            offset = end - base;
            this.starts[row + i] = pastMark(bytes, start, end);
            this.ends[row + i] = end;
        }
        return true;
    }
    /** Before each page of the chunk: one that is not a v1 PLAIN page ends the bytes (`stop`). */
    page(header, out, row) {
        if (this.active && !(header.type === 'DATA_PAGE' && header.data_page_header?.encoding === 'PLAIN'))
            this.stop(out, row);
    }
    /** The first `rows` rows decoded into `out`, as scatterPlainText would have; the rest of the chunk goes to strings. */
    stop(out, rows) {
        if (!this.active)
            return false;
        this.active = false;
        const text = Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.used);
        for (let i = 0; i < rows; i++)
            out[i] = this.starts[i] < 0 ? null : text.toString('utf8', this.starts[i], this.ends[i]);
        return false;
    }
    get text() {
        return { bytes: this.bytes, starts: this.starts, ends: this.ends };
    }
}

;// CONCATENATED MODULE: ./packages/data/src/read/parquet-int96.ts

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;
const JULIAN_EPOCH_DAY = 2440588n;
/** The instants a JavaScript Date (and so every report and message) can show: \u00b110^8 days around 1970. */
const MAX_MILLIS = 8.64e15;
/**
 * `count` PLAIN INT96 timestamps (8 bytes of nanoseconds in the day, then 4 of
 * Julian day) as epoch milliseconds. Read from the bytes here rather than by
 * hyparquet, which joins the two halves with a bitwise or that loses the day
 * when the nanoseconds are negative. Nanosecond precision while the instant
 * fits 64-bit nanoseconds (years 1677 to 2262). Past that, as Spark and Arrow
 * coerce INT96: microseconds in 64-bit arithmetic that wraps, which also gives
 * back what Spark wrote for instants whose Julian microseconds overflowed when
 * it wrote them (its day and negative nanoseconds then undo the overflow).
 */
function int96Millis(bytes, count) {
    if (bytes.byteLength < count * 12)
        throw new parquet_faults/* ParquetFault */.tM(`an INT96 page holds ${bytes.byteLength} bytes where its ${count} values need ${count * 12}`);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const out = new Float64Array(count);
    for (let i = 0; i < count; i++)
        out[i] = millisFromInt96(BigInt(view.getInt32(i * 12 + 8, true)), view.getBigInt64(i * 12, true));
    return out;
}
const millisFromInt96 = (julianDay, nanosOfDay) => timestampInRange(int96EpochMillis(julianDay, nanosOfDay));
/** The instant an INT96 stands for, in epoch milliseconds, whether or not a JavaScript date can show it. */
function int96EpochMillis(julianDay, nanosOfDay) {
    const days = julianDay - JULIAN_EPOCH_DAY;
    const nanos = days * 86400000000000n + nanosOfDay;
    if (nanos >= INT64_MIN && nanos <= INT64_MAX)
        return Number(nanos) / 1e6;
    return Number(BigInt.asIntN(64, days * 86400000000n + floorDiv(nanosOfDay, 1000n))) / 1e3;
}
/** hyparquet's nanoseconds (a TIMESTAMP(NANOS), or an INT96 inside a nested column) as epoch milliseconds. */
const timestampMillisFromNanos = (nanos) => timestampInRange(Number(nanos) / 1e6);
/** An instant outside what a JavaScript date holds is refused rather than shown as another date. */
function timestampInRange(ms) {
    if (Math.abs(ms) <= MAX_MILLIS)
        return ms;
    const year = Math.floor(1970 + ms / (365.2425 * 86_400_000));
    throw new parquet_faults/* ParquetFault */.tM(`holds a timestamp in about year ${year}, outside the years -271821 to 275760 that dates in mlship cover`, parquet_faults/* HINTS */.NI.timestamp, true);
}
const floorDiv = (a, b) => {
    const q = a / b;
    return a % b !== 0n && a < 0n !== b < 0n ? q - 1n : q;
};

// EXTERNAL MODULE: ./packages/data/src/read/source.ts
var source = __webpack_require__(6814);
;// CONCATENATED MODULE: ./packages/data/src/read/parquet-flat.ts











/**
 * One flat (top-level, non-repeated) column chunk of a row group, decoded page
 * by page with hyparquet's own page functions, its values scattered straight
 * into the batch column by definition level. hyparquet's column reader runs
 * every page, flat or not, through its generic Dremel assembly into a JS
 * array; that was an eighth of the time on the 1M-row benchmark file
 * (bench/validate-data/RESULTS.md). Nested columns still take hyparquet's full path.
 *
 * A text column read from its dictionary on every page also comes back as its
 * codes (`coded`); with `rawText`, one written out (v1 PLAIN pages) comes back
 * as its bytes (`raw`) instead of strings. Both reuse `reuse`'s buffers.
 */
async function readFlatColumn(file, metadata, rowGroup, element, numRows, kind, toCell, parsers, compressors, 
/** The previous row group's result for this column, whose arrays are refilled when they have numRows rows. */
reuse, 
/** Written-out text left as bytes (Batch.raw). */
rawText = false) {
    const out = reuse && reuse.values.length === numRows ? reuse.values : (0,source/* newColumn */.b4)(kind, numRows);
    const missing = (0,source/* missingFor */.MG)(kind);
    const chunk = rowGroup.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === element.name);
    const meta = chunk?.meta_data;
    if (!meta) {
        out.fill(missing);
        return { values: out, codes: reuse?.codes, rawRows: reuse?.rawRows };
    }
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    const bytes = await chunkBytes(file, start, Number(meta.total_compressed_size), !meta.dictionary_page_offset);
    const schemaPath = (0,schema/* getSchemaPath */.Dy)(metadata.schema, [element.name]);
    const decoder = {
        pathInSchema: meta.path_in_schema,
        type: meta.type,
        element,
        schemaPath,
        codec: meta.codec,
        parsers: { ...convert/* DEFAULT_PARSERS */.Rc, ...parsers },
        compressors,
        utf8: false,
    };
    const maxDefinition = element.repetition_type === 'REQUIRED' ? 0 : 1;
    // Every string column's BYTE_ARRAY converts by UTF-8 decoding (a UUID annotation formats instead).
    const plainText = kind === 'string' && meta.type === 'BYTE_ARRAY' && element.logical_type?.type !== 'UUID' && !(out instanceof Float64Array);
    // Each row's code where a text column's page was read from the dictionary: all of them when codedRows reaches numRows.
    let codes = reuse?.codes;
    let codedRows = 0;
    const rawRows = rawText && plainText ? (reuse?.rawRows ?? new RawTextRows()).reset(numRows) : undefined;
    const divisor = meta.type === 'INT64' ? int64Divisor(element, kind) : undefined;
    const int64Cells = (raw) => checkedTimestamps(int64Numbers(raw, divisor), kind);
    const reader = { view: new DataView(bytes), offset: 0 };
    let dictionary;
    // The dictionary's entries as this column's cells, made once per column chunk: a
    // dictionary-encoded page then becomes a lookup per row, with no string decoded
    // (and no TextDecoder made) per row and no JS array of codes or values per page.
    let dictionaryCells;
    const toValues = (raw, encoding) => raw instanceof BigInt64Array && divisor ? int64Cells(raw) : (0,convert/* convertWithDictionary */.Km)(raw, dictionary, encoding, decoder);
    let row = 0;
    let pageIndex = -1;
    while (row < numRows && reader.offset < bytes.byteLength) {
        pageIndex++;
        const header = (0,column/* parquetHeader */.wK)(reader);
        if (!PAGE_TYPES.has(header.type) || !(header.compressed_page_size >= 0))
            throw new parquet_faults/* ParquetFault */.tM(`page ${pageIndex} has no valid page header (its page type or size is missing)`);
        if (reader.offset + header.compressed_page_size > bytes.byteLength) {
            throw new parquet_faults/* ParquetFault */.tM(`page ${pageIndex} declares ${header.compressed_page_size} bytes, past the end of its column chunk (${bytes.byteLength - reader.offset} bytes left)`);
        }
        const compressed = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
        rawRows?.page(header, out, row);
        reader.offset += header.compressed_page_size;
        let levels;
        let values;
        let count;
        if (header.type === 'DICTIONARY_PAGE') {
            const entries = header.dictionary_page_header.num_values;
            if (entries < 0)
                throw new parquet_faults/* ParquetFault */.tM(`its dictionary page declares ${entries} values`);
            const page = (0,datapage/* decompressPage */.tC)(compressed, header.uncompressed_page_size, meta.codec, compressors);
            if (meta.type === 'INT96')
                dictionary = int96Millis(page, entries);
            else {
                const plain = (0,src_plain/* readPlain */.r)({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, meta.type, entries, element.type_length);
                dictionary = plain instanceof BigInt64Array && divisor ? int64Cells(plain) : (0,convert/* convert */.C6)(plain, decoder);
            }
            dictionaryCells = cellsOf(dictionary, out instanceof Float64Array, toCell);
            // Codes read so far would point into the chunk's first dictionary (a chunk has one).
            if (row > 0)
                codedRows = NaN;
            continue;
        }
        else if (header.type === 'DATA_PAGE') {
            const daph = header.data_page_header;
            const page = (0,datapage/* decompressPage */.tC)(compressed, header.uncompressed_page_size, meta.codec, compressors);
            count = daph.num_values;
            let present = count;
            let valuesAt = 0;
            if (maxDefinition) {
                // Levels into bytes: hyparquet makes a JS array of them per page and counts the nulls
                // with an iterator, a seventh of the young-generation bytes on the 1M-row benchmark.
                const levelBuffer = scratch.levels(count);
                const levelReader = { view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 };
                (0,encoding/* readRleBitPackedHybrid */.z)(levelReader, 1, levelBuffer);
                valuesAt = levelReader.offset;
                for (let i = 0; i < count; i++)
                    present -= 1 - levelBuffer[i];
                levels = present < count ? levelBuffer : undefined;
            }
            if (daph.encoding === 'PLAIN')
                checkPlainLength(page.byteLength - valuesAt, present, meta.type, element, pageIndex);
            const plain = daph.encoding !== 'PLAIN' || !(out instanceof Float64Array) ? undefined : meta.type === 'INT96' ? int96Millis(page.subarray(valuesAt), present) : plainNumbers(page.subarray(valuesAt), present, meta.type, element, kind, divisor);
            if (plain) {
                values = plain;
            }
            else if (dictionaryCells && isDictionaryEncoding(daph.encoding)) {
                count = Math.min(count, numRows - row);
                if (plainText)
                    codes = rowCodes(codes, numRows);
                scatterCodes(out, dictionaryCells, readCodes(page.subarray(valuesAt), present), levels, row, count, maxDefinition, missing, plainText ? codes : undefined);
                codedRows += count;
                row += count;
                continue;
            }
            else if (plainText && daph.encoding === 'PLAIN' && plainTextRows(rawRows, page.subarray(valuesAt), present, out, row, Math.min(count, numRows - row), levels, maxDefinition)) {
                row += Math.min(count, numRows - row);
                continue;
            }
            else {
                // A schema path of the root alone: hyparquet reads the values and no levels.
                const decoded = (0,datapage/* readDataPage */.kS)(page.subarray(valuesAt), { ...daph, num_values: present }, { ...decoder, schemaPath: schemaPath.slice(0, 1) });
                values = toValues(decoded.dataPage, daph.encoding);
            }
        }
        else if (header.type === 'DATA_PAGE_V2') {
            const daph2 = header.data_page_header_v2;
            const decoded = (0,datapage/* readDataPageV2 */.uD)(compressed, header, decoder);
            levels = decoded.definitionLevels;
            values = toValues(decoded.dataPage, daph2.encoding);
            count = daph2.num_values;
        }
        else {
            continue; // index pages carry no values
        }
        count = Math.min(count, numRows - row);
        // Numbers straight into a float-backed column: no call per value.
        const numbers = out instanceof Float64Array && kind !== 'decimal' && isPlainNumbers(values) ? values : undefined;
        if (levels && levels.length > 0) {
            if (numbers)
                for (let i = 0, k = 0; i < count; i++)
                    out[row + i] = levels[i] === maxDefinition ? numbers[k++] : NaN;
            else
                for (let i = 0, k = 0; i < count; i++)
                    out[row + i] = (levels[i] === maxDefinition ? toCell(values[k++]) : missing);
        }
        else if (numbers) {
            out.set(numbers.subarray(0, count), row);
        }
        else {
            for (let i = 0; i < count; i++)
                out[row + i] = toCell(values[i]);
        }
        row += count;
    }
    if (row < numRows)
        throw new parquet_faults/* ParquetFault */.tM(`its pages hold ${row} of the ${numRows} rows the row group declares`);
    return {
        values: out,
        codes,
        coded: codedRows === numRows && numRows > 0 ? { codes: codes, cells: dictionaryCells } : undefined,
        rawRows,
        raw: rawRows?.active && numRows > 0 ? rawRows.text : undefined,
    };
}
/** `codes` when it holds `numRows` rows, or a new array that does. */
const rowCodes = (codes, numRows) => (codes?.length === numRows ? codes : new Int32Array(numRows));
/**
 * The column chunk's bytes. Old parquet-mr wrote no dictionary_page_offset and
 * left the dictionary page out of total_compressed_size, while data_page_offset
 * points at that dictionary page: the chunk then runs past its declared size
 * by the dictionary page, which is read too (as parquet-mr and Arrow do).
 */
async function chunkBytes(file, start, declared, mayOmitDictionary) {
    const bytes = await file.slice(start, start + declared);
    if (!mayOmitDictionary || bytes.byteLength === 0)
        return bytes;
    let header;
    const reader = { view: new DataView(bytes), offset: 0 };
    try {
        header = (0,column/* parquetHeader */.wK)(reader);
    }
    catch {
        return bytes; // the page loop names what is wrong with it
    }
    if (header.type !== 'DICTIONARY_PAGE')
        return bytes;
    const end = Math.min(file.byteLength, start + declared + reader.offset + header.compressed_page_size);
    return end > start + declared ? file.slice(start, end) : bytes;
}
const PAGE_TYPES = new Set(['DATA_PAGE', 'INDEX_PAGE', 'DICTIONARY_PAGE', 'DATA_PAGE_V2']);
const FIXED_WIDTH = { INT32: 4, INT64: 8, INT96: 12, FLOAT: 4, DOUBLE: 8 };
/** A v1 PLAIN page of fixed-width values holds at least as many bytes as its values need. */
function checkPlainLength(available, present, type, element, pageIndex) {
    const width = type === 'FIXED_LEN_BYTE_ARRAY' ? (element.type_length ?? 0) : FIXED_WIDTH[type];
    const needed = type === 'BOOLEAN' ? Math.ceil(present / 8) : width === undefined ? 0 : present * width;
    if (available < needed) {
        const required = element.repetition_type === 'REQUIRED' ? ' (a required column: do its pages hold nulls?)' : '';
        throw new parquet_faults/* ParquetFault */.tM(`page ${pageIndex} holds ${available} bytes of values where its ${present} values need ${needed}${required}`);
    }
}
/**
 * Scratch buffers for definition levels and dictionary codes, shared by every
 * column chunk: a chunk's page loop runs to its end without awaiting, so no two
 * chunks use them at once, and they are allocated once per file set instead of
 * once per column and row group (each a V8 external allocation that counts
 * toward its next GC).
 */
const scratch = {
    levelBytes: new Uint8Array(0),
    codeInts: new Int32Array(0),
    plainBytes: new ArrayBuffer(0),
    wideNumbers: new Float64Array(0),
    /** An 8-byte-aligned buffer of at least n bytes. */
    aligned(n) {
        if (this.plainBytes.byteLength < n)
            this.plainBytes = new ArrayBuffer(n);
        return this.plainBytes;
    },
    numbers(n) {
        if (this.wideNumbers.length < n)
            this.wideNumbers = new Float64Array(n);
        return this.wideNumbers.subarray(0, n);
    },
    levels(n) {
        if (this.levelBytes.length < n)
            this.levelBytes = new Uint8Array(n);
        return this.levelBytes.subarray(0, n);
    },
    codes(n) {
        if (this.codeInts.length < n)
            this.codeInts = new Int32Array(n);
        return this.codeInts.subarray(0, n);
    },
};
/**
 * The `present` PLAIN values of a numeric page as numbers, in scratch memory, for
 * the types whose Cell is the stored number (or a signed INT64 over `divisor`);
 * undefined for any other type, which takes hyparquet's path. hyparquet copies
 * values that follow the definition levels (so sit unaligned) into a new buffer
 * per page, and INT64s then into another; here both are reused.
 */
function plainNumbers(section, present, type, element, kind, divisor) {
    const width = type === 'DOUBLE' || (type === 'INT64' && divisor) ? 8 : type === 'FLOAT' || (type === 'INT32' && kind === 'int' && isPlainInt32(element)) ? 4 : 0;
    if (!width || kind === 'decimal')
        return undefined;
    const bytes = present * width;
    if (section.byteLength < bytes)
        throw new Error(`page holds ${section.byteLength} bytes of values, ${bytes} needed`);
    const buffer = scratch.aligned(bytes);
    new Uint8Array(buffer, 0, bytes).set(section.subarray(0, bytes));
    if (type === 'DOUBLE')
        return new Float64Array(buffer, 0, present);
    if (type === 'FLOAT')
        return new Float32Array(buffer, 0, present);
    if (type === 'INT32')
        return new Int32Array(buffer, 0, present);
    return checkedTimestamps(int64Numbers(new BigInt64Array(buffer, 0, present), divisor, scratch.numbers(present)), kind);
}
/** Timestamps a JavaScript date cannot hold are refused here, or the report's date formatting fails on them later. */
function checkedTimestamps(values, kind) {
    if (kind !== 'timestamp')
        return values;
    // Indexed, and the check inline: `for\u2026of` with a call per value took 4 times as long.
    for (let i = 0; i < values.length; i++)
        if (!(Math.abs(values[i]) <= MAX_MILLIS))
            timestampInRange(values[i]);
    return values;
}
/** An INT32 that hyparquet's convert leaves as it is: no unsigned, date, time or decimal annotation. */
function isPlainInt32(el) {
    const lt = el.logical_type;
    if (lt)
        return lt.type === 'INTEGER' && lt.isSigned;
    return el.converted_type === undefined || el.converted_type === 'INT_8' || el.converted_type === 'INT_16' || el.converted_type === 'INT_32';
}
const isDictionaryEncoding = (encoding) => encoding === 'PLAIN_DICTIONARY' || encoding === 'RLE_DICTIONARY';
/** A dictionary's entries as cells: numbers in a Float64Array for a float-backed column. */
function cellsOf(dictionary, floatBacked, toCell) {
    const cells = floatBacked ? new Float64Array(dictionary.length) : new Array(dictionary.length);
    for (let i = 0; i < dictionary.length; i++)
        cells[i] = toCell(dictionary[i]);
    return cells;
}
/**
 * The `present` dictionary codes of a v1 data page's value section (one byte of
 * bit width, then the RLE/bit-packed hybrid up to the page's end), as hyparquet's
 * readDataPage reads them, into the shared scratch buffer.
 */
function readCodes(section, present) {
    const codes = scratch.codes(present);
    if (present === 0)
        return codes;
    const view = new DataView(section.buffer, section.byteOffset, section.byteLength);
    const width = view.getUint8(0);
    if (width === 0)
        codes.fill(0); // a one-entry dictionary
    else
        (0,encoding/* readRleBitPackedHybrid */.z)({ view, offset: 1 }, width, codes, section.byteLength - 1);
    return codes;
}
/**
 * Rows `row \u2026 row+count` of `out` from dictionary codes; rows whose level is
 * below `maxDefinition` are missing. `rowCodes` gets each row's code, -1 where missing.
 */
function scatterCodes(out, cells, codes, levels, row, count, maxDefinition, missing, rowCodes) {
    const size = cells.length;
    let k = 0;
    for (let i = 0; i < count; i++) {
        if (levels && levels[i] !== maxDefinition) {
            out[row + i] = missing;
            continue;
        }
        const code = codes[k++];
        if (code >= size)
            throw new Error(`dictionary code ${code} out of range (dictionary of ${size})`);
        out[row + i] = cells[code];
    }
    if (!rowCodes)
        return;
    k = 0;
    for (let i = 0; i < count; i++)
        rowCodes[row + i] = levels && levels[i] !== maxDefinition ? -1 : codes[k++];
}
const isPlainNumbers = (v) => v instanceof Float64Array || v instanceof Float32Array || v instanceof Int32Array;
/**
 * What a plain signed INT64 of this column is divided by to give its Cell: 1 for
 * an int, the unit per millisecond for a timestamp (as PARSERS in parquet.ts
 * convert them); undefined where hyparquet's convert must do it (unsigned,
 * decimal, anything else).
 */
function int64Divisor(el, kind) {
    const lt = el.logical_type;
    if (kind === 'int')
        return el.converted_type === 'UINT_64' || (lt?.type === 'INTEGER' && !lt.isSigned) ? undefined : 1;
    if (kind !== 'timestamp')
        return undefined;
    const unit = el.converted_type === 'TIMESTAMP_MILLIS' ? 'MILLIS' : el.converted_type === 'TIMESTAMP_MICROS' ? 'MICROS' : lt?.type === 'TIMESTAMP' ? lt.unit : undefined;
    return unit === 'MILLIS' ? 1 : unit === 'MICROS' ? 1e3 : unit === 'NANOS' ? 1e6 : undefined;
}
/**
 * INT64s as numbers without a BigInt per value (reading a BigInt64Array element
 * allocates one; with hyparquet's Array.from and map for timestamps that was a
 * sixth of the young-generation bytes on the 1M-row benchmark). hi \u00b7 2^32 is
 * exact and adding lo rounds once, as Number(bigint) does. Little-endian, as
 * every platform the action runs on.
 */
function int64Numbers(v, divisor, out = new Float64Array(v.length)) {
    const words = new Int32Array(v.buffer, v.byteOffset, v.length * 2);
    for (let i = 0; i < v.length; i++)
        out[i] = (words[2 * i + 1] * 4294967296 + (words[2 * i] >>> 0)) / divisor;
    return out;
}

// EXTERNAL MODULE: ./packages/data/src/read/parquet-footer.ts
var parquet_footer = __webpack_require__(4771);
;// CONCATENATED MODULE: ./packages/data/src/read/parquet-lists.ts
/**
 * Two shapes hyparquet assembles differently from the format's rules (and from
 * DuckDB and Arrow), put right in its decoded value, at the top level and
 * inside structs. Undefined when the column has neither, so other nested
 * columns take no extra pass.
 *
 * A repeated field outside a LIST or MAP annotation (parquet-rs and protobuf
 * writers make them) is a list that is never null: no element is an empty
 * list. hyparquet leaves it undefined; it becomes `[]`.
 *
 * A MAP whose key_value group has a key and no value (parquet-rs writes one)
 * is the list of its keys. hyparquet gives a struct of that group.
 */
function bareListFiller(node) {
    if (!needsFix(node))
        return undefined;
    const fix = (value, at) => {
        const el = at.element;
        if (isKeysOnlyMap(at)) {
            const entries = value?.[at.children[0].element.name];
            const key = at.children[0].children[0].element.name;
            return Array.isArray(entries) ? entries.map((e) => e?.[key] ?? null) : value;
        }
        if (el.repetition_type === 'REPEATED') {
            if (value === undefined || value === null)
                return [];
            // A repeated group is a list of structs of its children.
            return at.children.length && Array.isArray(value) ? value.map((item) => fixStruct(item, at)) : value;
        }
        return at.children.length && !isAnnotated(at) ? fixStruct(value, at) : value;
    };
    const fixStruct = (value, at) => {
        if (value === null || typeof value !== 'object')
            return value;
        const record = value;
        for (const child of at.children) {
            const name = child.element.name;
            record[name] = fix(record[name], child);
        }
        return record;
    };
    return (value) => fix(value, node);
}
/** A LIST or MAP group: its repeated child is the list's own structure, read right by hyparquet. */
const isAnnotated = (node) => {
    const { logical_type: lt, converted_type: ct } = node.element;
    return lt?.type === 'LIST' || lt?.type === 'MAP' || ct === 'LIST' || ct === 'MAP' || ct === 'MAP_KEY_VALUE';
};
const isMap = (node) => node.element.logical_type?.type === 'MAP' || node.element.converted_type === 'MAP';
const isKeysOnlyMap = (node) => isMap(node) && node.children.length === 1 && node.children[0].children.length === 1;
/** `node` is, or has through structs and repeated groups, a repeated field outside LIST and MAP or a keys-only MAP. */
function needsFix(node) {
    if (node.element.repetition_type === 'REPEATED' || isKeysOnlyMap(node))
        return true;
    return !isAnnotated(node) && node.children.some(needsFix);
}

;// CONCATENATED MODULE: ./packages/data/src/read/parquet.ts









/**
 * Parquet through hyparquet (pure JS; bench/parquet-readers.md has the
 * measurements behind the choice) with hyparquet-compressors for every codec
 * pyarrow, polars and Spark write: snappy, gzip, zstd, brotli, lz4, lz4_raw.
 * Batches are row groups, so memory is bounded by the largest row group.
 */
async function openParquet(file, abs) {
    const buffer = await (0,parquet_file/* parquetFile */.T)(abs);
    const metadata = await (0,parquet_footer/* readFooter */.A)(file, buffer, FOOTER_PARSERS);
    const codecs = await compressorsFor(metadata);
    const top = (0,src_metadata/* parquetSchema */.YR)(metadata).children;
    const fields = top.map((t) => fieldOf(t.element, t.children.length > 0));
    const elements = new Map(top.map((t) => [t.element.name, t.element]));
    const listFixes = new Map(top.map((t) => [t.element.name, bareListFiller(t)]));
    const flat = new Set(top.filter((t) => t.children.length === 0 && t.element.repetition_type !== 'REPEATED').map((t) => t.element.name));
    async function* batches(columns, options = {}) {
        const kinds = columns.map((c) => fields.find((f) => f.name === c).kind);
        const nested = columns.filter((c) => !flat.has(c));
        // Before any page is read: a value the engine cannot hold is refused while nothing is allocated.
        (0,parquet_footer/* refuseOversizedValues */.a)(file, metadata, columns, kinds);
        const scan = nested.length
            ? await (0,src_scan/* parquetScan */.Ik)({ file: buffer, metadata, columns: nested, compressors: codecs, parsers: PARSERS, utf8: false }).catch((e) => {
                throw (0,parquet_faults/* refusal */.x5)(file, e);
            })
            : undefined;
        let rowStart = 0;
        // Each flat column's array is refilled for the next row group of the same
        // size (the Batch contract allows it): a fresh 1 MB array per column and row
        // group was what made V8's young generation, and so peak RSS, grow with the
        // number of rows (bench/validate-data/RESULTS.md).
        const previous = [];
        for (const [group, rowGroup] of metadata.row_groups.entries()) {
            const numRows = Number(rowGroup.num_rows);
            const rowEnd = rowStart + numRows;
            // The last batch's text, dropped before the next is decoded: held until each
            // column's turn, it survived the scavenges of that decoding and was promoted.
            for (const p of previous) {
                if (Array.isArray(p?.values))
                    p.values.fill(null);
                if (p)
                    p.coded = p.raw = undefined;
            }
            // Settled, not raced: of several broken columns the first in the schema is named, whatever finished first.
            const settled = await Promise.allSettled(columns.map(async (column, j) => {
                const el = elements.get(column);
                if (flat.has(column)) {
                    return (previous[j] = await readFlatColumn(buffer, metadata, rowGroup, el, numRows, kinds[j], converter(kinds[j], el), PARSERS, codecs, previous[j], options.rawText));
                }
                if (numRows === 0)
                    return { values: [] };
                return { values: normalize(await scan.readColumn({ column, rowStart, rowEnd }), kinds[j], el, numRows, listFixes.get(column)) };
            }));
            const read = settled.map((r, j) => {
                if (r.status === 'rejected')
                    throw (0,parquet_faults/* refusal */.x5)(file, r.reason, `row group ${group}, column "${columns[j]}"`);
                return r.value;
            });
            rowStart = rowEnd;
            const some = (per) => (per.some(Boolean) ? per : undefined);
            if (numRows > 0)
                yield { numRows, columns: read.map((c) => c.values), coded: some(read.map((c) => c.coded)), raw: some(read.map((c) => c.raw)) };
        }
    }
    return { file, fields, batches };
}
const zlib = (0,builtin/* lazyBuiltin */.q)('node:zlib');
/**
 * The page's declared size as zlib's output chunk: with the default 16 kB chunks a page
 * was inflated into a list of chunks and then copied into one buffer, twice its bytes
 * of garbage outside V8's heap and three times the time for a 1 MB page. A declared
 * size past MAX_CHUNK (a broken header) falls back to chunks of that size.
 */
const MAX_CHUNK = 64 << 20;
const sized = (outputLength) => ({ chunkSize: Math.min(Math.max(outputLength, zlib().constants.Z_MIN_CHUNK), MAX_CHUNK) });
let nativeCompressors;
/** Built at the first parquet file, so a run that reads none never loads zlib. */
function nativeCodecs() {
    const { zstdDecompressSync: zstd, gunzipSync, brotliDecompressSync } = zlib();
    return (nativeCompressors ??= skippingEmptyPages({
        GZIP: ((input, outputLength) => gunzipSync(input, sized(outputLength))),
        BROTLI: ((input, outputLength) => brotliDecompressSync(input, sized(outputLength))),
        ...(zstd ? { ZSTD: ((input, outputLength) => zstd(input, sized(outputLength))) } : {}),
    }));
}
/**
 * Every codec with an empty page body left undecompressed: a v2 data page of
 * nulls only has no value bytes, and some writers (arrow-rs among them) store
 * that body as zero bytes whatever the codec. Zero bytes are no valid snappy
 * (or gzip, brotli\u2026) stream, and the format says such a body is not to be
 * decompressed.
 */
function skippingEmptyPages(codecs) {
    const out = {};
    for (const [codec, decompress] of Object.entries(codecs)) {
        out[codec] = (input, outputLength) => {
            if (input.length > 0)
                return decompress(input, outputLength);
            if (outputLength === 0)
                return new Uint8Array(0);
            throw new parquet_faults/* ParquetFault */.tM(`a ${codec} page has an empty body but its header declares ${outputLength} bytes of values`);
        };
    }
    return out;
}
/**
 * The codecs only hyparquet-compressors has. Importing it runs its decoders' set-up (fzstd's
 * tables, hysnappy's WebAssembly; ~11 ms of a cold start), which a zstd or gzip file never needs.
 */
const JS_ONLY = ['SNAPPY', 'LZ4', 'LZ4_RAW'];
let jsOnly;
const loadJsOnly = () => (jsOnly ??= __webpack_require__.e(/* import() */ 138).then(__webpack_require__.bind(__webpack_require__, 138)).then(({ compressors: js }) => skippingEmptyPages(Object.fromEntries(JS_ONLY.map((codec) => [codec, js[codec]])))));
/**
 * Bytes of zstd pages (the footers' uncompressed sizes, summed over the files this
 * thread opened) past which zstd goes through zstddec even where zlib has it. zlib
 * builds a stream object, a native context and two output buffers for every page:
 * through a long scan on two threads, glibc's arenas kept that churn, and peak RSS
 * crept up to the end (the 5M-row benchmark file, 285 MB of pages: 198\u2013244 MB,
 * where zstddec, whose WebAssembly memory is reused page after page, levelled off
 * at 183\u2013194 MB and was 3% faster). On a short scan zlib is faster (the 1M-row
 * file, 57 MB of pages: by 3% of the run) and needs no set-up.
 */
const LONG_SCAN_ZSTD_BYTES = 128 << 20;
let zstdBytesOpened = 0;
let zstdWasm;
/** The codecs for this file's pages: the pure-JS decoders when it has snappy or lz4 pages, zstddec for zstd pages where zlib has no zstd or past LONG_SCAN_ZSTD_BYTES. */
async function compressorsFor(metadata) {
    const used = new Set(metadata.row_groups.flatMap((g) => g.columns.map((c) => c.meta_data?.codec)));
    const codecs = { ...nativeCodecs() };
    if (JS_ONLY.some((codec) => used.has(codec)))
        Object.assign(codecs, await loadJsOnly());
    if (used.has('ZSTD')) {
        for (const g of metadata.row_groups)
            for (const c of g.columns)
                if (c.meta_data?.codec === 'ZSTD')
                    zstdBytesOpened += Number(c.meta_data.total_uncompressed_size);
        if (!zlib().zstdDecompressSync || zstdBytesOpened > LONG_SCAN_ZSTD_BYTES)
            Object.assign(codecs, skippingEmptyPages({ ZSTD: await (zstdWasm ??= loadZstdWasm()) }));
    }
    return codecs;
}
async function loadZstdWasm() {
    const { ZSTDDecoder } = await __webpack_require__.e(/* import() */ 335).then(__webpack_require__.bind(__webpack_require__, 8335));
    const decoder = new ZSTDDecoder();
    // zstddec fetches its module from a data: URL wherever fetch exists, and Node's
    // first fetch loads undici: 50-75 ms and 10-20 MB a thread, against 2-4 ms from
    // the same bytes without it. Hidden for the one call that reads it.
    const fetchProperty = Object.getOwnPropertyDescriptor(globalThis, 'fetch');
    if (fetchProperty)
        delete globalThis.fetch;
    let ready;
    try {
        ready = decoder.init();
    }
    finally {
        if (fetchProperty)
            Object.defineProperty(globalThis, 'fetch', fetchProperty);
    }
    await ready;
    // zstddec does not throw on a corrupt frame; hyparquet then rejects the page
    // because it did not inflate to its declared size (parquet.test.ts).
    return (input, outputLength) => decoder.decode(input, outputLength);
}
/** Temporal values as epoch milliseconds, the unit every reader produces; one no date can hold is refused. */
const PARSERS = {
    timestampFromMilliseconds: (v) => timestampInRange(Number(v)),
    timestampFromMicroseconds: (v) => timestampInRange(Number(v) / 1e3),
    timestampFromNanoseconds: timestampMillisFromNanos,
    dateFromDays: (d) => d * 86_400_000,
    jsonFromBytes: (b) => b && new TextDecoder().decode(b),
};
/** The footer's statistics are decoded with the same units but never read, so a far-off min or max refuses nothing there. */
const FOOTER_PARSERS = {
    ...PARSERS,
    timestampFromMilliseconds: (v) => Number(v),
    timestampFromMicroseconds: (v) => Number(v) / 1e3,
    timestampFromNanoseconds: (v) => Number(v) / 1e6,
};
function fieldOf(el, isGroup) {
    const lt = el.logical_type;
    const ct = el.converted_type;
    const sourceType = [el.type ?? 'GROUP', lt ? lt.type + ('unit' in lt ? `(${lt.unit})` : '') : ct].filter(Boolean).join(' ');
    const kind = (() => {
        if (isGroup || el.repetition_type === 'REPEATED' || lt?.type === 'LIST' || lt?.type === 'MAP' || lt?.type === 'VARIANT')
            return 'nested';
        if (lt?.type === 'DECIMAL' || ct === 'DECIMAL')
            return 'decimal';
        if (lt?.type === 'TIMESTAMP' || ct === 'TIMESTAMP_MILLIS' || ct === 'TIMESTAMP_MICROS' || el.type === 'INT96')
            return 'timestamp';
        if (lt?.type === 'DATE' || ct === 'DATE')
            return 'date';
        if (lt?.type === 'STRING' || lt?.type === 'ENUM' || lt?.type === 'JSON' || lt?.type === 'UUID' || ct === 'UTF8' || ct === 'ENUM' || ct === 'JSON')
            return 'string';
        if (lt?.type === 'GEOMETRY' || lt?.type === 'GEOGRAPHY')
            return 'nested';
        if (lt?.type === 'FLOAT16')
            return 'float';
        switch (el.type) {
            case 'BOOLEAN':
                return 'bool';
            case 'INT32':
            case 'INT64':
                return 'int';
            case 'FLOAT':
            case 'DOUBLE':
                return 'float';
            default:
                return 'binary';
        }
    })();
    return { name: el.name, kind, sourceType };
}
/** hyparquet's decoded arrays (typed arrays, bigint, Uint8Array, objects, undefined for null) \u2192 Cells. */
function normalize(values, kind, el, n, fix) {
    const out = (0,source/* newColumn */.b4)(kind, n);
    const missing = (0,source/* missingFor */.MG)(kind);
    const convert = converter(kind, el);
    for (let i = 0; i < n; i++) {
        const v = fix ? fix(values[i]) : values[i];
        out[i] = (v === null || v === undefined ? missing : convert(v));
    }
    return out;
}
/** One decoded, non-null parquet value \u2192 the Cell of a column of this kind. */
function converter(kind, el) {
    if (kind === 'decimal') {
        const toNumber = decimalValue(el);
        return (v) => (typeof v === 'bigint' || typeof v === 'number' ? toNumber(v) : v instanceof Uint8Array ? hex(v) : v);
    }
    if (kind === 'string')
        return (v) => (v instanceof Uint8Array ? new TextDecoder().decode(v) : typeof v === 'string' ? v : String(v));
    if (kind === 'binary')
        return (v) => (v instanceof Uint8Array ? hex(v) : String(v));
    if (kind === 'nested')
        return (v) => JSON.stringify(v, jsonSafe);
    return (v) => (typeof v === 'bigint' ? Number(v) : v);
}
/**
 * A decimal as the double nearest its exact value, as DuckDB's and pyarrow's casts
 * give. hyparquet scales one with the DECIMAL converted type by multiplying with
 * 10^-scale, one ulp off for many values (0.35 became 0.35000000000000003, failing
 * a `max <= 0.35` check), so the unscaled integer is recovered and divided instead.
 * One annotated only with the logical type arrives unscaled.
 */
function decimalValue(el) {
    const unit = 10 ** (el.scale ?? el.logical_type?.scale ?? 0);
    if (el.converted_type !== 'DECIMAL')
        return (v) => Number(v) / unit;
    return (v) => {
        const unscaled = Number(v) * unit;
        // Below 2^50 the product is within far less than 0.5 of the integer it came from.
        return Math.abs(unscaled) < 2 ** 50 ? Math.round(unscaled) / unit : Number(v);
    };
}
const hex = (b) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('hex');
function jsonSafe(_key, v) {
    // hyparquet leaves a null list/struct field inside a struct as undefined, which
    // JSON.stringify would drop; keep the key as null, as DuckDB's to_json and pyarrow do.
    if (v === undefined)
        return null;
    if (typeof v === 'bigint')
        return Number.isSafeInteger(Number(v)) ? Number(v) : v.toString();
    if (v instanceof Uint8Array)
        return hex(v);
    return v;
}


/***/ })

};
