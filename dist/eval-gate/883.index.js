export const id = 883;
export const ids = [883];
export const modules = {

/***/ 2883:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  converter: () => (/* binding */ converter),
  openParquet: () => (/* binding */ openParquet)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 16 modules
var src = __webpack_require__(7856);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/metadata.js + 1 modules
var src_metadata = __webpack_require__(6367);
// EXTERNAL MODULE: ./node_modules/hyparquet/src/scan.js + 7 modules
var src_scan = __webpack_require__(4447);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
var external_node_zlib_default = /*#__PURE__*/__webpack_require__.n(external_node_zlib_);
// EXTERNAL MODULE: ./node_modules/hyparquet-compressors/src/index.js + 16 modules
var hyparquet_compressors_src = __webpack_require__(138);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./packages/data/src/read/meter.ts
var meter = __webpack_require__(9650);
;// CONCATENATED MODULE: ./packages/data/src/read/parquet-file.ts


/**
 * A parquet file as hyparquet's AsyncBuffer, each slice read straight into one
 * ArrayBuffer of its size. hyparquet's asyncBufferFromFile streams a slice in
 * 64 KB chunks and concatenates them: every column chunk was allocated twice
 * plus a Buffer per 64 KB, churn that drives V8's external-memory GCs on Node 24
 * (bench/validate-data/RESULTS.md).
 */
async function parquetFile(path) {
    const { size } = await (0,promises_.stat)(path);
    return {
        byteLength: size,
        async slice(start, end = size) {
            const length = Math.max(0, Math.min(end, size) - start);
            const out = new ArrayBuffer(length);
            if (length === 0)
                return out;
            // A handle per slice: the source has no close hook, and a slice per column chunk is few opens.
            const handle = await (0,promises_.open)(path, 'r');
            try {
                const bytes = new Uint8Array(out);
                let filled = 0;
                while (filled < length) {
                    const { bytesRead } = await handle.read(bytes, filled, length - filled, start + filled);
                    if (bytesRead === 0)
                        throw new Error(`file ends at byte ${start + filled}, ${length - filled} bytes short of the slice`);
                    filled += bytesRead;
                    (0,meter/* countBytes */.T)(bytesRead);
                }
            }
            finally {
                await handle.close();
            }
            return out;
        },
    };
}

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
 */
async function readFlatColumn(file, metadata, rowGroup, element, numRows, kind, toCell, parsers, compressors, 
/** The previous row group's array for this column, refilled when it has numRows rows. */
reuse) {
    const out = reuse && reuse.length === numRows ? reuse : (0,source/* newColumn */.b4)(kind, numRows);
    const missing = (0,source/* missingFor */.MG)(kind);
    const chunk = rowGroup.columns.find((c) => c.meta_data?.path_in_schema.length === 1 && c.meta_data.path_in_schema[0] === element.name);
    const meta = chunk?.meta_data;
    if (!meta) {
        out.fill(missing);
        return out;
    }
    const start = Number(meta.dictionary_page_offset || meta.data_page_offset);
    const bytes = await file.slice(start, start + Number(meta.total_compressed_size));
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
    const divisor = meta.type === 'INT64' ? int64Divisor(element, kind) : undefined;
    const reader = { view: new DataView(bytes), offset: 0 };
    let dictionary;
    // The dictionary's entries as this column's cells, made once per column chunk: a
    // dictionary-encoded page then becomes a lookup per row, with no string decoded
    // (and no TextDecoder made) per row and no JS array of codes or values per page.
    let dictionaryCells;
    const toValues = (raw, encoding) => raw instanceof BigInt64Array && divisor ? int64Numbers(raw, divisor) : (0,convert/* convertWithDictionary */.Km)(raw, dictionary, encoding, decoder);
    let row = 0;
    while (row < numRows && reader.offset < bytes.byteLength) {
        const header = (0,column/* parquetHeader */.wK)(reader);
        const compressed = new Uint8Array(bytes, reader.offset, header.compressed_page_size);
        reader.offset += header.compressed_page_size;
        let levels;
        let values;
        let count;
        if (header.type === 'DICTIONARY_PAGE') {
            const page = (0,datapage/* decompressPage */.tC)(compressed, header.uncompressed_page_size, meta.codec, compressors);
            const plain = (0,src_plain/* readPlain */.r)({ view: new DataView(page.buffer, page.byteOffset, page.byteLength), offset: 0 }, meta.type, header.dictionary_page_header.num_values, element.type_length);
            dictionary = plain instanceof BigInt64Array && divisor ? int64Numbers(plain, divisor) : (0,convert/* convert */.C6)(plain, decoder);
            dictionaryCells = cellsOf(dictionary, out instanceof Float64Array, toCell);
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
            const plain = daph.encoding === 'PLAIN' && out instanceof Float64Array ? plainNumbers(page.subarray(valuesAt), present, meta.type, element, kind, divisor) : undefined;
            if (plain) {
                values = plain;
            }
            else if (dictionaryCells && isDictionaryEncoding(daph.encoding)) {
                count = Math.min(count, numRows - row);
                scatterCodes(out, dictionaryCells, readCodes(page.subarray(valuesAt), present), levels, row, count, maxDefinition, missing);
                row += count;
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
        throw new Error(`column "${element.name}" ends after ${row} of ${numRows} rows`);
    return out;
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
    return int64Numbers(new BigInt64Array(buffer, 0, present), divisor, scratch.numbers(present));
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
/** Rows `row … row+count` of `out` from dictionary codes; rows whose level is below `maxDefinition` are missing. */
function scatterCodes(out, cells, codes, levels, row, count, maxDefinition, missing) {
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
 * sixth of the young-generation bytes on the 1M-row benchmark). hi · 2^32 is
 * exact and adding lo rounds once, as Number(bigint) does. Little-endian, as
 * every platform the action runs on.
 */
function int64Numbers(v, divisor, out = new Float64Array(v.length)) {
    const words = new Int32Array(v.buffer, v.byteOffset, v.length * 2);
    for (let i = 0; i < v.length; i++)
        out[i] = (words[2 * i + 1] * 4294967296 + (words[2 * i] >>> 0)) / divisor;
    return out;
}

;// CONCATENATED MODULE: ./packages/data/src/read/parquet.ts







/**
 * Parquet through hyparquet (pure JS; bench/parquet-readers.md has the
 * measurements behind the choice) with hyparquet-compressors for every codec
 * pyarrow, polars and Spark write: snappy, gzip, zstd, brotli, lz4, lz4_raw.
 * Batches are row groups, so memory is bounded by the largest row group.
 */
async function openParquet(file, abs) {
    const buffer = await parquetFile(abs);
    let metadata;
    try {
        metadata = await (0,src_metadata/* parquetMetadataAsync */.Ei)(buffer, { parsers: PARSERS });
    }
    catch (e) {
        throw unreadable(file, e);
    }
    const codecs = await compressorsFor(metadata);
    const top = (0,src_metadata/* parquetSchema */.YR)(metadata).children;
    const fields = top.map((t) => fieldOf(t.element, t.children.length > 0));
    const elements = new Map(top.map((t) => [t.element.name, t.element]));
    const flat = new Set(top.filter((t) => t.children.length === 0 && t.element.repetition_type !== 'REPEATED').map((t) => t.element.name));
    async function* batches(columns) {
        const kinds = columns.map((c) => fields.find((f) => f.name === c).kind);
        const nested = columns.filter((c) => !flat.has(c));
        const scan = nested.length
            ? await (0,src_scan/* parquetScan */.Ik)({ file: buffer, metadata, columns: nested, compressors: codecs, parsers: PARSERS, utf8: false }).catch((e) => {
                throw unreadable(file, e);
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
            let cols;
            try {
                cols = await Promise.all(columns.map(async (column, j) => {
                    const el = elements.get(column);
                    if (flat.has(column))
                        return (previous[j] = await readFlatColumn(buffer, metadata, rowGroup, el, numRows, kinds[j], converter(kinds[j], el), PARSERS, codecs, previous[j]));
                    if (numRows === 0)
                        return [];
                    return normalize(await scan.readColumn({ column, rowStart, rowEnd }), kinds[j], el, numRows);
                }));
            }
            catch (e) {
                throw unreadable(file, e, `row group ${group}`);
            }
            rowStart = rowEnd;
            if (numRows > 0)
                yield { numRows, columns: cols };
        }
    }
    return { file, fields, batches };
}
const zstdNative = (external_node_zlib_default()).zstdDecompressSync;
const compressors = {
    ...hyparquet_compressors_src/* compressors */.Vm,
    GZIP: ((input) => external_node_zlib_default().gunzipSync(input)),
    BROTLI: ((input) => external_node_zlib_default().brotliDecompressSync(input)),
    ...(zstdNative ? { ZSTD: ((input) => zstdNative(input)) } : {}),
};
let zstdWasm;
/** The codecs for this file: with zstddec loaded when it has zstd pages and Node's zlib cannot inflate them. */
async function compressorsFor(metadata) {
    if (zstdNative || !metadata.row_groups.some((g) => g.columns.some((c) => c.meta_data?.codec === 'ZSTD')))
        return compressors;
    return { ...compressors, ZSTD: await (zstdWasm ??= loadZstdWasm()) };
}
async function loadZstdWasm() {
    const { ZSTDDecoder } = await __webpack_require__.e(/* import() */ 335).then(__webpack_require__.bind(__webpack_require__, 8335));
    const decoder = new ZSTDDecoder();
    await decoder.init();
    // zstddec does not throw on a corrupt frame; hyparquet then rejects the page
    // because it did not inflate to its declared size (parquet.test.ts).
    return (input, outputLength) => decoder.decode(input, outputLength);
}
/** Temporal values as epoch milliseconds, the unit every reader produces. */
const PARSERS = {
    timestampFromMilliseconds: (v) => Number(v),
    timestampFromMicroseconds: (v) => Number(v) / 1e3,
    timestampFromNanoseconds: (v) => Number(v) / 1e6,
    dateFromDays: (d) => d * 86_400_000,
    jsonFromBytes: (b) => b && new TextDecoder().decode(b),
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
/** hyparquet's decoded arrays (typed arrays, bigint, Uint8Array, objects, undefined for null) → Cells. */
function normalize(values, kind, el, n) {
    const out = (0,source/* newColumn */.b4)(kind, n);
    const missing = (0,source/* missingFor */.MG)(kind);
    const convert = converter(kind, el);
    for (let i = 0; i < n; i++) {
        const v = values[i];
        out[i] = (v === null || v === undefined ? missing : convert(v));
    }
    return out;
}
/** One decoded, non-null parquet value → the Cell of a column of this kind. */
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
function unreadable(file, e, at) {
    const why = e?.message ?? String(e);
    return new src/* UserError */.yo(`not a readable parquet file${at ? ` (${at})` : ''}: ${why}`, {
        where: file.path,
        hint: 'The file may be truncated or still being written; re-export or re-download it.',
    });
}


/***/ })

};
