export const id = 420;
export const ids = [420];
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

/***/ 1420:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   parquetColumnBytes: () => (/* binding */ parquetColumnBytes)
/* harmony export */ });
/* harmony import */ var _parquet_file__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6178);
/* harmony import */ var _parquet_footer__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4771);


/**
 * Uncompressed bytes of each top-level column over the files' row groups,
 * from their footers (nothing else is read): what decoding a column costs,
 * for splitting columns between threads.
 */
async function parquetColumnBytes(files) {
    const bytes = new Map();
    let rows = 0;
    for (const { file, abs } of files) {
        const metadata = await (0,_parquet_footer__WEBPACK_IMPORTED_MODULE_0__/* .readFooter */ .A)(file, await (0,_parquet_file__WEBPACK_IMPORTED_MODULE_1__/* .parquetFile */ .T)(abs), {});
        rows += Number(metadata.num_rows);
        for (const group of metadata.row_groups) {
            for (const chunk of group.columns) {
                const meta = chunk.meta_data;
                if (!meta)
                    continue;
                const name = meta.path_in_schema[0];
                bytes.set(name, (bytes.get(name) ?? 0) + Number(meta.total_uncompressed_size));
            }
        }
    }
    return { rows, bytes };
}


/***/ })

};
