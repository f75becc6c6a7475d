export const id = 894;
export const ids = [894];
export const modules = {

/***/ 894:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  validateOnEngine: () => (/* binding */ validateOnEngine)
});

// UNUSED EXPORTS: COUNTED_VALUES, EXACT_ROWS

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(7447);
// EXTERNAL MODULE: ./packages/data/src/checks/compile.ts + 16 modules
var compile = __webpack_require__(1589);
// EXTERNAL MODULE: ./packages/data/src/read/file-formats.ts
var file_formats = __webpack_require__(2100);
// EXTERNAL MODULE: ./packages/data/src/read/resolve.ts + 3 modules
var resolve = __webpack_require__(6861);
// EXTERNAL MODULE: ./packages/data/src/read/table-formats.ts
var table_formats = __webpack_require__(870);
// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(194);
;// CONCATENATED MODULE: ./packages/data/src/sql/columns.ts

/**
 * A column as every statement reads it: the local reader's normalisation
 * (table.ts), so both engines count and compare the same values. Numbers as
 * doubles (int64 past 2^53 rounds, as in pandas), floating NaN as missing,
 * dates and timestamps as epoch milliseconds, anything else as text.
 */
function valueExpr(d, f) {
    const c = d.quote(f.name);
    if (f.kind === 'float')
        return d.nanToNull(d.cast(c, 'double'));
    if ((0,table/* isNumericKind */.kw)(f.kind))
        return d.cast(c, 'double');
    if (f.kind === 'timestamp' || f.kind === 'date')
        return d.epochMs(c, f.kind);
    // Text as text whatever the engine's type (uuid, time, char(n) are read as text too).
    if (f.kind === 'binary' || f.kind === 'nested' || f.kind === 'string')
        return d.cast(c, 'text');
    return c;
}
/** Whether the profile keeps moments and quantiles for the column (numbers and instants), as the local profiler does. */
const isMeasured = (f) => (0,table/* isNumericKind */.kw)(f.kind) || f.kind === 'timestamp' || f.kind === 'date';
/** Columns whose values are counted (top values, class balance); the local profiler counts no binary or nested values either. */
const isCounted = (f) => f.kind !== 'binary' && f.kind !== 'nested';
/** The order ties between equally frequent values are listed in: ascending, text by code point. */
const orderExpr = (d, f, expr) => (f.kind === 'string' ? d.codePointOrder(expr) : expr);

;// CONCATENATED MODULE: ./packages/data/src/sql/dialect.ts
/** Collects the values a statement binds and hands out their placeholders. */
class Bindings {
    dialect;
    values = [];
    constructor(dialect) {
        this.dialect = dialect;
    }
    bind(value, type) {
        this.values.push(value);
        return this.dialect.placeholder(this.values.length, type);
    }
}
/** A statement whose text `build` writes with one set of bindings, its values declared in front where the dialect needs that. */
function boundStatement(d, purpose, build) {
    const b = new Bindings(d);
    const sql = build(b);
    return { purpose, sql: d.declare ? d.declare(sql, b.values.length) : sql, params: b.values };
}

// EXTERNAL MODULE: ./packages/data/src/checks/rules/drift.ts
var drift = __webpack_require__(1829);
// EXTERNAL MODULE: ./packages/data/src/drift/ks.ts + 1 modules
var drift_ks = __webpack_require__(5914);
// EXTERNAL MODULE: ./packages/data/src/drift/psi.ts
var psi = __webpack_require__(7606);
;// CONCATENATED MODULE: ./packages/data/src/drift/exact.ts

/**
 * An exact NumericDistribution over every value (NaN = missing, dropped).
 * Meant for small columns and reference sets; memory is one Float64Array.
 * quantile() reproduces numpy.quantile(method='linear') to the last bit, because
 * PSI bin edges come from it and a tie sitting exactly on an edge moves a whole
 * block of rows between bins.
 */
function exactNumeric(values) {
    const all = Array.from(values).filter((v) => !Number.isNaN(v));
    const sorted = Float64Array.from(all).sort();
    const n = sorted.length;
    let distinct;
    return {
        count: n,
        exact: true,
        cdf: (x) => (n === 0 || Number.isNaN(x) ? 0 : upperBound(sorted, x) / n),
        quantile: (q) => {
            if (n === 0 || Number.isNaN(q))
                return NaN;
            const virtual = (n - 1) * Math.min(1, Math.max(0, q));
            if (virtual >= n - 1)
                return sorted[n - 1];
            const prev = Math.floor(virtual);
            const a = sorted[prev];
            const b = sorted[prev + 1];
            const t = virtual - prev;
            const diff = b - a;
            // numpy's _lerp: interpolate from the nearer end so t = 1 returns b exactly.
            return t >= 0.5 ? b - diff * (1 - t) : a + diff * t;
        },
        support: () => {
            if (!distinct) {
                let k = 0;
                const out = new Float64Array(n);
                for (let i = 0; i < n; i++)
                    if (i === 0 || sorted[i] !== sorted[i - 1])
                        out[k++] = sorted[i];
                distinct = out.slice(0, k);
            }
            return distinct;
        },
    };
}
/** An exact CategoricalDistribution; null/undefined are missing, everything else counts under String(value). */
function exactCategorical(values) {
    const counts = new Map();
    let n = 0;
    for (const v of values) {
        if (v === null || v === undefined)
            continue;
        const key = String(v);
        counts.set(key, (counts.get(key) ?? 0) + 1);
        n++;
    }
    return { count: n, exact: true, counts: () => counts };
}
/** An exact CategoricalDistribution from counts already tallied (zero and negative counts are dropped). */
function categoricalFromCounts(counts) {
    const map = new Map();
    let n = 0;
    for (const [k, c] of counts) {
        if (!(c > 0))
            continue;
        map.set(k, (map.get(k) ?? 0) + c);
        n += c;
    }
    return { count: n, exact: true, counts: () => map };
}

// EXTERNAL MODULE: ./packages/data/src/drift/chi-square.ts + 1 modules
var chi_square = __webpack_require__(2989);
// EXTERNAL MODULE: ./packages/data/src/drift/jensen-shannon.ts
var jensen_shannon = __webpack_require__(1335);
// EXTERNAL MODULE: ./packages/data/src/profile/frequencies.ts
var frequencies = __webpack_require__(3454);
// EXTERNAL MODULE: ./packages/data/src/profile/column.ts + 4 modules
var column = __webpack_require__(7482);
// EXTERNAL MODULE: ./packages/data/src/profile/hash.ts
var hash = __webpack_require__(7774);
// EXTERNAL MODULE: ./packages/data/src/profile/long-text.ts
var long_text = __webpack_require__(6378);
;// CONCATENATED MODULE: ./packages/data/src/sql/statements.ts




/** A number the compiler itself chose (a LIMIT, a GROUPING() mask), written as an integer literal: config and data values are always bound instead. */
const statements_int = (n) => {
    if (!Number.isSafeInteger(n))
        throw new Error(`not an integer: ${n}`);
    return String(n);
};
/** Top values shown per column (the local profile's 5, plus one for the missing group). */
const TOP = 5;
/** An output name the compiler chose, quoted where the engine reserves the word. */
const word = (d, name) => (d.reservedAliases?.includes(name) ? d.quote(name) : name);
/** A statement whose text and values come from one set of bindings, FROM first. */
function statement(ctx, purpose, build) {
    return boundStatement(ctx.d, purpose, (b) => build(b, ctx.source.from(b, ctx.d)));
}
/**
 * The one aggregate scan: row count, and per column the non-missing count,
 * extremes, mean, sample std, profile quantiles (text: extremes by code point
 * and lengths), plus each quantile check's quantile and each row-level
 * check's failing rows.
 */
function profileStatement(ctx, quantiles, rowChecks, large = false) {
    const { d, schema } = ctx;
    const approx = large ? d.approximate : undefined;
    return statement(ctx, 'profile and row-level checks (one scan)', (b, from) => {
        const select = [`count(*) AS ${word(d, 'rows')}`];
        schema.fields.forEach((f, i) => {
            const v = valueExpr(d, f);
            select.push(`count(${v}) AS c${i}`);
            if (isMeasured(f)) {
                select.push(`min(${v}) AS mn${i}`, `max(${v}) AS mx${i}`, `avg(${v}) AS av${i}`, `stddev_samp(${v}) AS sd${i}`);
                select.push(`${(approx ?? d).quantiles(v, column/* PROFILE_QUANTILES */.X.map((q) => b.bind(q, 'double')))} AS qs${i}`);
            }
            else if (f.kind === 'bool') {
                const n = d.cast(d.cast(v, 'int'), 'double');
                select.push(`avg(${n}) AS av${i}`, `stddev_samp(${n}) AS sd${i}`);
            }
            else if (f.kind === 'string') {
                select.push(`min(${d.codePointOrder(v)}) AS mn${i}`, `max(${d.codePointOrder(v)}) AS mx${i}`, `min(${d.charLength(v)}) AS ln${i}`, `max(${d.charLength(v)}) AS lx${i}`);
            }
            if (!isCounted(f))
                select.push(`${approx ? approx.distinct(v) : `count(DISTINCT ${v})`} AS dd${i}`);
            else if (approx)
                select.push(`${approx.distinct(v)} AS ad${i}`);
        });
        quantiles.forEach((q, j) => {
            const f = schema.fields.find((x) => x.name === q.column);
            select.push(`${(approx ?? d).quantile(valueExpr(d, f), b.bind(q.quantile, 'double'))} AS q${j}`);
        });
        rowChecks.forEach((r, j) => select.push(`count(CASE WHEN ${r.failing(b)} THEN 1 END) AS b${j}`));
        return `SELECT\n  ${select.join(',\n  ')}\nFROM ${from}`;
    });
}
/**
 * Value counts for up to `groupingWidth` columns in one scan (GROUPING SETS):
 * the top values of each, every value of a class_balance column (up to one
 * past the local profiler's limit, so "too many classes" is decided alike),
 * and each column's number of distinct values.
 */
function frequencyStatement(ctx, columns, classColumns) {
    const { d, schema } = ctx;
    if (!d.groupingSets) {
        if (columns.length !== 1)
            throw new Error(`engine ${d.engine} counts one column's values per statement, not ${columns.length}`);
        return valueCountStatement(ctx, columns[0], classColumns.has(columns[0]));
    }
    const fields = columns.map((i) => schema.fields[i]);
    const k = fields.length;
    const alias = (j) => `f${j}`;
    return statement(ctx, `value counts of ${fields.map((f) => f.name).join(', ')} (one scan)`, (_b, from) => {
        const inner = fields.map((f, j) => `${valueExpr(d, f)} AS ${alias(j)}`).join(', ');
        const sets = fields.map((_, j) => `(${alias(j)})`).join(', ');
        const order = fields.map((f, j) => orderExpr(d, f, alias(j))).join(', ');
        const all = (1 << k) - 1;
        // GROUPING() sets the bit of every column a row is not grouped by: the set of column j leaves only j's bit clear.
        const masks = fields.map((_, j) => all - (1 << (k - 1 - j)));
        const limit = (j) => (classColumns.has(columns[j]) ? frequencies/* MAX_CATEGORIES */.Uy + 2 : TOP + 1);
        const cases = fields.map((_, j) => `WHEN ${statements_int(masks[j])} THEN ${statements_int(limit(j))}`).join(' ');
        return [
            `SELECT g, ${fields.map((_, j) => alias(j)).join(', ')}, n, ${word(d, 'groups')} FROM (`,
            `  SELECT g, ${fields.map((_, j) => alias(j)).join(', ')}, n,`,
            `    row_number() OVER (PARTITION BY g ORDER BY n DESC, ${order}) AS rn,`,
            `    count(*) OVER (PARTITION BY g) AS ${word(d, 'groups')}`,
            `  FROM (`,
            `    SELECT ${d.grouping ? d.grouping(fields.map((_, j) => alias(j))) : `GROUPING(${fields.map((_, j) => alias(j)).join(', ')})`} AS g, ${fields.map((_, j) => alias(j)).join(', ')}, count(*) AS n`,
            `    FROM (SELECT ${inner} FROM ${from}) AS v`,
            `    GROUP BY GROUPING SETS (${sets})`,
            `  ) AS counted`,
            `) AS ranked`,
            `WHERE rn <= CASE g ${cases} END`,
        ].join('\n');
    });
}
/**
 * One column's value counts where the engine has neither GROUPING SETS nor
 * window functions (ClickHouse 18.x): grouped where the data lives (the
 * expression itself in GROUP BY, so a distributed engine groups on each shard),
 * the first values by count then value, and the number of groups (the missing
 * one included, as with GROUPING SETS) from a second grouping in a scalar subquery.
 */
function valueCountStatement(ctx, column, isClass) {
    const { d, schema } = ctx;
    const f = schema.fields[column];
    const v = valueExpr(d, f);
    const limit = isClass ? frequencies/* MAX_CATEGORIES */.Uy + 2 : TOP + 1;
    return statement(ctx, `value counts of ${f.name} (one scan, and one for the number of values)`, (_b, from) => [
        `SELECT ${v} AS f0, count(*) AS n, (SELECT count(*) FROM (SELECT ${v} AS f0 FROM ${from} GROUP BY ${v}) AS d) AS ${word(d, 'groups')}`,
        `FROM ${from}`,
        `GROUP BY ${v}`,
        `ORDER BY n DESC, ${orderExpr(d, f, 'f0')}`,
        `LIMIT ${statements_int(limit)}`,
    ].join('\n'));
}
/** How many rows the data has, which decides between exact and estimated statistics (run.ts). */
function rowCountStatement(ctx) {
    return statement(ctx, 'row count (exact or estimated statistics)', (_b, from) => `SELECT count(*) AS ${word(ctx.d, 'rows')} FROM ${from}`);
}
/** Decodes frequencyStatement's rows: the set a row belongs to from its GROUPING() mask (a single column's own statement has none). */
function frequencyRows(rows, columns) {
    const k = columns.length;
    const all = (1 << k) - 1;
    return rows.map((r) => {
        const j = r.g === undefined && k === 1 ? 0 : columns.findIndex((_, x) => Number(r.g) === all - (1 << (k - 1 - x)));
        return { column: columns[j], value: r[`f${j}`] ?? null, n: Number(r.n), groups: Number(r.groups) };
    });
}
/** Distinct rows, missing equal to missing (pandas' duplicated()): duplicates are the rows minus these. */
function duplicatesStatement(ctx, large = false) {
    const { d, schema } = ctx;
    if (large && d.approximate) {
        const hash = d.approximate.rowHash(schema.fields.map((f) => valueExpr(d, f)));
        return statement(ctx, 'duplicate rows by a hash of each row (one scan)', (_b, from) => `SELECT count(DISTINCT ${hash}) AS distinct_rows FROM ${from}`);
    }
    return statement(ctx, 'duplicate rows (one scan)', (_b, from) => `SELECT count(*) AS distinct_rows FROM (SELECT DISTINCT ${schema.fields.map((f) => valueExpr(d, f)).join(', ')} FROM ${from}) AS d`);
}
function ignoredRow(d, fields, rule) {
    const missing = fields.map((f) => `${valueExpr(d, f)} IS NULL`);
    if (rule === 'never')
        return d.falseLiteral ?? 'FALSE';
    return `(${missing.join(rule === 'all_values_are_missing' ? ' AND ' : ' OR ')})`;
}
/** A unique check's key groups: keys judged, rows of repeated keys, and how many keys repeat. */
function uniqueStatement(ctx, columns, rule) {
    const { d, schema } = ctx;
    const fields = columns.map((c) => schema.fields.find((f) => f.name === c));
    return statement(ctx, `unique ${columns.join(' + ')} (one scan)`, (_b, from) => [
        'SELECT COALESCE(sum(n), 0) AS keys, COALESCE(sum(CASE WHEN n > 1 THEN n ELSE 0 END), 0) AS unexpected, count(CASE WHEN n > 1 THEN 1 END) AS repeated_keys',
        `FROM (SELECT count(*) AS n FROM ${from} WHERE NOT ${ignoredRow(d, fields, rule)} GROUP BY ${fields.map((f) => valueExpr(d, f)).join(', ')}) AS k`,
    ].join('\n'));
}
/** The first repeated keys (by value) with their counts, for the partial list of a failed unique check. */
function repeatedKeysStatement(ctx, columns, rule, limit) {
    const { d, schema } = ctx;
    const fields = columns.map((c) => schema.fields.find((f) => f.name === c));
    const keys = fields.map((f, j) => `${valueExpr(d, f)} AS k${j}`).join(', ');
    const order = fields.map((f, j) => orderExpr(d, f, `k${j}`)).join(', ');
    return statement(ctx, `repeated keys of ${columns.join(' + ')}`, (_b, from) => `SELECT * FROM (SELECT ${keys}, count(*) AS n FROM ${from} WHERE NOT ${ignoredRow(d, fields, rule)} GROUP BY ${fields.map((_, j) => `k${j}`).join(', ')}) AS k WHERE n > 1 ORDER BY ${order} LIMIT ${statements_int(limit)}`);
}
/** A failed row-level check's most frequent failing values (for its detail) and its first failing rows in the engine's order (GX's partial list). */
function failingValuesStatements(ctx, r, examples, partial) {
    const { d } = ctx;
    const top = statement(ctx, `failing values of ${r.field.name}`, (b, from) => {
        const failing = r.failing(b);
        return `SELECT ${r.value} AS value, count(*) AS n FROM ${from} WHERE ${failing} GROUP BY ${r.value} ORDER BY n DESC, ${orderExpr(d, r.field, r.value)} LIMIT ${statements_int(examples)}`;
    });
    const first = statement(ctx, `first failing rows of ${r.field.name}`, (b, from) => {
        const failing = r.failing(b);
        return `SELECT ${r.value} AS value FROM ${from} WHERE ${failing} LIMIT ${statements_int(partial)}`;
    });
    return [top, first];
}

;// CONCATENATED MODULE: ./packages/data/src/sql/profile.ts






const num = (v) => (v === null || v === undefined ? undefined : Number(v));
/** A text value as the local profile shows and counts it: a long one by its label (same hash, so the same label). */
const shownText = (v) => {
    const s = String(v);
    return s.length > long_text/* LONG_TEXT_UNITS */.hp ? (0,long_text/* longTextLabel */.Sx)(s, (0,hash/* hashValue */.gg)(s)) : s;
};
/**
 * Text counts by count, then by the shown text in JavaScript's order, as the
 * local profile breaks ties: the engine breaks them by the whole value, so two
 * long values tied on count could come in the other order of their labels.
 */
const inLocalOrder = (values) => [...values].sort((a, b) => b.count - a.count || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0));
/**
 * The TableProfile the local profiler would give, from the engine's
 * aggregates: same fields, same units (epoch ms for instants), top values by
 * count then value, every distinct count exact.
 */
function profileFrom(schema, agg, freqs, distinctRows, approx) {
    const rows = Number(agg.rows);
    const counted = new Map();
    for (const r of freqs) {
        const c = counted.get(r.column) ?? { values: [], groups: r.groups };
        if (r.value !== null)
            c.values.push({ value: shownText(r.value), count: r.n });
        counted.set(r.column, c);
    }
    const columns = schema.fields.map((f, i) => {
        const nonNull = Number(agg[`c${i}`]);
        const nulls = rows - nonNull;
        const c = counted.get(i);
        // Past the exact-row limit, a column with too many values to count has the engine's estimate (as local's sketch past 100,000).
        const estimated = approx !== undefined && (!isCounted(f) || approx.uncounted.has(i));
        const distinct = approx?.uncounted.has(i) ? Number(agg[`ad${i}`]) : isCounted(f) ? (c ? c.groups - (nulls > 0 ? 1 : 0) : 0) : Number(agg[`dd${i}`]);
        const p = {
            name: f.name,
            kind: f.kind,
            count: rows,
            nulls,
            nullPercent: rows ? (nulls / rows) * 100 : 0,
            distinct,
            distinctExact: !estimated,
            topValues: c ? (f.kind === 'string' ? inLocalOrder(c.values) : c.values).slice(0, TOP) : [],
        };
        if (nonNull > 0 && (isMeasured(f) || f.kind === 'bool')) {
            if (f.kind !== 'bool') {
                p.min = num(agg[`mn${i}`]);
                p.max = num(agg[`mx${i}`]);
            }
            p.mean = num(agg[`av${i}`]);
            if (nonNull > 1)
                p.std = num(agg[`sd${i}`]);
        }
        if (nonNull > 0 && isMeasured(f)) {
            const qs = agg[`qs${i}`];
            p.quantiles = Object.fromEntries(column/* PROFILE_QUANTILES */.X.map((q, j) => [String(q), Number(qs[j])]));
        }
        if (nonNull > 0 && f.kind === 'string') {
            p.min = shownText(agg[`mn${i}`]);
            p.max = shownText(agg[`mx${i}`]);
            p.minLength = num(agg[`ln${i}`]);
            p.maxLength = num(agg[`lx${i}`]);
        }
        return p;
    });
    return { rows, duplicateRows: rows - distinctRows, columns };
}
/**
 * What the profile-based checks read from the local profiler, answered from
 * the engine's results: a class column's counts, and the quantiles the
 * compiler asked for (exact ones; no CDF, which only drift reads and which is
 * not compiled for engines).
 */
class EngineDistributions {
    profile;
    quantiles;
    classes;
    exactQuantiles;
    constructor(profile, quantiles, classes, 
    /** False past the exact-row limit, where the engine estimated the quantiles. */
    exactQuantiles = true) {
        this.profile = profile;
        this.quantiles = quantiles;
        this.classes = classes;
        this.exactQuantiles = exactQuantiles;
    }
    numeric(column) {
        const qs = this.quantiles.get(column);
        const count = this.nonNull(column);
        if (!qs)
            return undefined;
        return {
            count,
            exact: this.exactQuantiles,
            quantile(q) {
                const v = qs.get(q);
                if (v === undefined)
                    throw new Error(`quantile ${q} of ${column} was not compiled`);
                return v;
            },
            cdf() {
                throw new Error('the CDF is not computed by SQL engines');
            },
            support() {
                throw new Error('the support is not computed by SQL engines');
            },
        };
    }
    categorical(column) {
        const counts = this.classes.get(column);
        if (!counts)
            return undefined;
        return { count: this.nonNull(column), exact: counts.size <= frequencies/* MAX_CATEGORIES */.Uy, counts: () => counts };
    }
    nonNull(column) {
        const c = this.profile.columns.find((p) => p.name === column);
        return c.count - c.nulls;
    }
}
/** Every count of the class columns, from the frequency rows. */
function classCounts(schema, freqs, classColumns) {
    const out = new Map();
    // Binary and nested columns are not counted (nor locally): their class_balance fails as "too many classes", as it does locally.
    for (const i of classColumns)
        if (isCounted(schema.fields[i]))
            out.set(schema.fields[i].name, new Map());
    for (const r of freqs) {
        if (!out.has(schema.fields[r.column].name) || r.value === null)
            continue;
        out.get(schema.fields[r.column].name).set(shownText(r.value), r.n);
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/data/src/sql/drift.ts







/** The reference's deciles are the PSI bins, as in the local check. */
const PSI_BINS = 10;
const fieldOf = (s, name) => s.schema.fields.find((f) => f.name === name);
/**
 * A drift check computed where the data lives, exactly, whatever the number of
 * distinct values (the local profile switches to a sketch past 10,000):
 * - PSI: the reference's deciles (pandas' interpolation) as bin edges, then one
 *   count per edge on each side, fed to the local PSI code;
 * - KS: D from both sides' cumulative counts over the union of their values (a
 *   window over the grouped values, or where the engine has no window functions
 *   running sums over the sorted groups), and the local p-value from D and the sizes;
 * - \u03c7\u00b2 and JS: every category's count on each side, fed to the local code; a
 *   column with more than 10,000 categories on a side is refused with one line.
 */
async function driftOnEngine(run, d, data, reference, spec, ctx) {
    const targets = (0,drift/* driftTargets */.ge)(spec, ctx);
    const numeric = targets.filter((t) => t.kind === 'numeric');
    const stats = new Map();
    if (numeric.length) {
        const [deciles] = await run(decilesStatement(d, reference, numeric));
        const edges = numeric.map((_, j) => (deciles[`qs${j}`] ?? []).map(Number));
        const [refCounts] = await run(edgeCountsStatement(d, reference, numeric, edges, 'reference'));
        const [curCounts] = await run(edgeCountsStatement(d, data, numeric, edges, 'data'));
        for (const [j, t] of numeric.entries()) {
            const nRef = Number(refCounts[`mlship_n${j}`]);
            const nCur = Number(curCounts[`mlship_n${j}`]);
            if (nRef === 0 || nCur === 0) {
                stats.set(t.name, {});
                continue;
            }
            const ref = edgeDistribution(nRef, edges[j], refCounts, j);
            const cur = edgeDistribution(nCur, edges[j], curCounts, j);
            const [ks] = await run(ksStatement(d, reference, data, t.name));
            const test = (0,drift_ks/* ksFromStatistic */.D)(Number(ks.d), nRef, nCur);
            stats.set(t.name, { psi: (0,psi/* psi */.js)(ref, cur, { bins: PSI_BINS }).value, ksStatistic: test.statistic, ksPValue: test.pValue });
        }
    }
    for (const t of targets.filter((x) => x.kind === 'categorical')) {
        const counts = async (side, role) => {
            const rows = await run(categoriesStatement(d, side, t.name, role));
            if (rows.length > frequencies/* MAX_CATEGORIES */.Uy) {
                throw new src/* UserError */.yo(`drift on "${t.name}": the ${role} has more than ${(0,src/* groupDigits */.K9)(frequencies/* MAX_CATEGORIES */.Uy)} distinct values, and \u03c7\u00b2 and JS compare every category`, {
                    where: `engine ${d.engine}: ${spec.id ?? 'drift'}`,
                    hint: 'Leave the column out of the drift check (columns:), or compare it as a number if it is one.',
                });
            }
            return categoricalFromCounts(rows.map((r) => [typeof r.value === 'string' ? shownText(r.value) : r.value, Number(r.n)]));
        };
        const a = await counts(reference, 'reference');
        const b = await counts(data, 'data');
        if (a.count === 0 || b.count === 0) {
            stats.set(t.name, {});
            continue;
        }
        const chi = (0,chi_square/* chiSquare */.U)(a, b);
        stats.set(t.name, { chi2: chi.statistic, chi2PValue: chi.pValue, js: (0,jensen_shannon/* jensenShannon */.fy)(a, b) });
    }
    return (0,drift/* driftVerdict */.Zk)(spec, targets.map((t) => [t, stats.get(t.name)]));
}
/** The reference's deciles of every numeric column, in one scan. */
function decilesStatement(d, reference, targets) {
    return boundStatement(d, `drift: deciles of the reference (${targets.map((t) => t.name).join(', ')})`, (b) => {
        const from = reference.source.from(b, d);
        const select = targets.map((t, j) => {
            const levels = Array.from({ length: PSI_BINS - 1 }, (_, i) => b.bind((i + 1) / PSI_BINS, 'double'));
            return `${d.quantiles(valueExpr(d, fieldOf(reference, t.name)), levels)} AS qs${j}`;
        });
        return `SELECT ${select.join(', ')} FROM ${from}`;
    });
}
/**
 * Per numeric column: its non-missing values and how many are at most each bin edge.
 * The names are mlship_-prefixed: ClickHouse 18.x would read an alias in place of a
 * column of the same name in this very SELECT (clickhouse.ts refuses mlship_ columns).
 */
function edgeCountsStatement(d, side, targets, edges, role) {
    return boundStatement(d, `drift: the ${role}'s values per PSI bin`, (b) => {
        const from = side.source.from(b, d);
        const select = targets.flatMap((t, j) => {
            const v = valueExpr(d, fieldOf(side, t.name));
            return [`count(${v}) AS mlship_n${j}`, ...edges[j].map((e, k) => `count(CASE WHEN ${v} <= ${b.bind(e, 'double')} THEN 1 END) AS mlship_e${j}_${k}`)];
        });
        return `SELECT ${select.join(', ')} FROM ${from}`;
    });
}
/**
 * A side as PSI reads it: the reference's deciles as quantiles, the share at
 * most each edge as the CDF there (the same division the local profile's exact
 * CDF does). PSI asks nothing else.
 */
function edgeDistribution(count, edges, counts, j) {
    const cdf = new Map(edges.map((e, k) => [e, Number(counts[`mlship_e${j}_${k}`]) / count]));
    return {
        count,
        exact: true,
        quantile: (q) => {
            const k = Math.round(q * PSI_BINS) - 1;
            if (Math.abs(q * PSI_BINS - (k + 1)) > 1e-9 || k < 0 || k >= edges.length)
                throw new Error(`quantile ${q} was not computed`);
            return edges[k];
        },
        cdf: (x) => {
            const v = cdf.get(x);
            if (v === undefined)
                throw new Error(`the CDF at ${x} was not computed`);
            return v;
        },
        support: () => {
            throw new Error('the support is not computed by SQL engines');
        },
    };
}
/** KS's D: both sides' values grouped, their cumulative shares in value order, the largest gap. */
function ksStatement(d, reference, data, column) {
    if (d.windowFunctions === false)
        return ksBySortedGroups(d, reference, data, column);
    return boundStatement(d, `drift: KS statistic of ${column}`, (b) => {
        const ref = `SELECT ${valueExpr(d, fieldOf(reference, column))} AS v, 1 AS r, 0 AS c FROM ${reference.source.from(b, d)}`;
        const cur = `SELECT ${valueExpr(d, fieldOf(data, column))} AS v, 0 AS r, 1 AS c FROM ${data.source.from(b, d)}`;
        const running = (x) => d.cast(`sum(${x}) OVER (ORDER BY v ROWS BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW)`, 'double');
        const total = (x) => d.cast(`sum(${x}) OVER ()`, 'double');
        return [
            'SELECT max(abs(cr / tr - cc / tc)) AS d FROM (',
            `  SELECT ${running('r')} AS cr, ${running('c')} AS cc, ${total('r')} AS tr, ${total('c')} AS tc`,
            `  FROM (SELECT v, sum(r) AS r, sum(c) AS c FROM (${ref} UNION ALL ${cur}) AS u WHERE v IS NOT NULL GROUP BY v) AS g`,
            ') AS w',
        ].join('\n');
    });
}
/**
 * The same D without window functions (ClickHouse 18.x): the groups, grouped where
 * the data lives, are gathered as one array of (value, reference count, data count)
 * sorted by value, and the running sums are arrayCumSum over it: the same integer
 * counts divided by the same totals as the window's, so the same D. The array holds
 * one entry per distinct value on the server that received the query, as the exact
 * deciles hold every reference value. Names are mlship_-prefixed: ClickHouse 18.x
 * reads an alias in place of a column of the same name (sum(r) AS r fails there).
 */
function ksBySortedGroups(d, reference, data, column) {
    return boundStatement(d, `drift: KS statistic of ${column}`, (b) => {
        const side = (s, fromReference) => `SELECT ${valueExpr(d, fieldOf(s, column))} AS mlship_v, ${fromReference ? 1 : 0} AS mlship_r, ${fromReference ? 0 : 1} AS mlship_c FROM ${s.source.from(b, d)}`;
        // Element k of every (value, reference count, data count), summed from the smallest value up.
        const running = (k) => `arrayCumSum(arrayMap(mlship_t -> tupleElement(mlship_t, ${k}), mlship_g))`;
        // The totals go in as arrays of the same length, not captured: 18.x drops a subquery's column that only a lambda reads.
        const repeated = (total) => `arrayResize(emptyArrayFloat64(), length(mlship_g), ${total})`;
        const gap = '(mlship_cr, mlship_cc, mlship_ntr, mlship_ntc) -> abs(mlship_cr / mlship_ntr - mlship_cc / mlship_ntc)';
        return [
            `SELECT arrayReduce('max', arrayMap(${gap}, ${running(2)}, ${running(3)}, ${repeated('mlship_tr')}, ${repeated('mlship_tc')})) AS d FROM (`,
            '  SELECT arraySort(groupArray((mlship_value, mlship_nr, mlship_nc))) AS mlship_g, toFloat64(sum(mlship_nr)) AS mlship_tr, toFloat64(sum(mlship_nc)) AS mlship_tc FROM (',
            `    SELECT assumeNotNull(mlship_v) AS mlship_value, sum(mlship_r) AS mlship_nr, sum(mlship_c) AS mlship_nc`,
            `    FROM (${side(reference, true)} UNION ALL ${side(data, false)}) AS u WHERE mlship_v IS NOT NULL GROUP BY mlship_v`,
            '  ) AS g',
            ') AS w',
        ].join('\n');
    });
}
/** A categorical column's count per value, one past the most categories compared. */
function categoriesStatement(d, side, column, role) {
    const f = fieldOf(side, column);
    return boundStatement(d, `drift: the ${role}'s categories of ${column}`, (b) => {
        const v = valueExpr(d, f);
        return `SELECT ${v} AS value, count(*) AS n FROM ${side.source.from(b, d)} WHERE ${v} IS NOT NULL GROUP BY ${v} ORDER BY n DESC, ${orderExpr(d, f, v)} LIMIT ${frequencies/* MAX_CATEGORIES */.Uy + 1}`;
    });
}

// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
var external_node_http_default = /*#__PURE__*/__webpack_require__.n(external_node_http_);
// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
var external_node_https_default = /*#__PURE__*/__webpack_require__.n(external_node_https_);
;// CONCATENATED MODULE: ./packages/data/src/sql/clickhouse-dialect.ts
/** The external table (sent with each request, never pasted into its text) holding the bound values: one row, column p<i> for the i-th value. */
const PARAMS_TABLE = '_mlship_params';
/** How a bound value of each SqlType is stored in the external table. */
const PARAM_TYPES = { double: 'Float64', text: 'String', boolean: 'UInt8' };
const INT = /^U?Int(8|16|32|64|128|256)$/;
/** The type inside the wrappers that only say how a value is stored or whether it may be missing. */
function innerType(typeName) {
    let t = typeName.trim();
    for (let m = /^(Nullable|LowCardinality|SimpleAggregateFunction)\((.*)\)$/s.exec(t); m; m = /^(Nullable|LowCardinality|SimpleAggregateFunction)\((.*)\)$/s.exec(t)) {
        // SimpleAggregateFunction(any, T): the stored type is the last argument.
        t = m[1] === 'SimpleAggregateFunction' ? m[2].slice(m[2].indexOf(',') + 1).trim() : m[2].trim();
    }
    return t;
}
/** A short name for an expression (FNV-1a), for the aliases below: the same expression, the same name. */
function tag(text) {
    let h = 0x811c9dc5;
    for (let i = 0; i < text.length; i++)
        h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
    return (h >>> 0).toString(16).padStart(8, '0');
}
/**
 * The value at position `q` of the sorted array named `s`, interpolated linearly between
 * its two neighbouring elements, or NULL when `empty` holds. The array's alias is defined
 * (`expression AS s`) in `empty` or in `sized` (the array whose length is read), and `h`
 * names the position.
 */
function between(parts) {
    const { s, h, q } = parts;
    const at = (i) => `arrayElement(${s}, toUInt64(${i}(${h})) + 1)`;
    // h is the 0-based position (n - 1) * q; its floor and ceiling are the two elements interpolated between.
    return `if(${parts.empty}, NULL, ${at('floor')} + (((greatest(toFloat64(length(${parts.sized})) - 1, 0) * ${q}) AS ${h}) - floor(${h})) * (${at('ceil')} - ${at('floor')}))`;
}
/**
 * The pandas-style (linear) quantile from the sorted non-missing values: ClickHouse's
 * own exact quantiles (quantileExact) return an order statistic without interpolation,
 * and quantileExactInclusive is missing from the 18.x servers still in use. ClickHouse
 * aliases hold for the whole SELECT and may be defined again with the same expression,
 * so the sorted array is written once per use and computed once per column: the
 * statement stays far below max_query_size (256 KiB) for wide tables.
 */
function interpolated(expr, q) {
    const s = `mlship_sorted_${tag(expr)}`;
    return between({ s, h: `mlship_at_${tag(`${expr}\0${q}`)}`, q, empty: `empty(arraySort(groupArray(${expr})) AS ${s})`, sized: s });
}
/**
 * The t-digest is read at these levels, every 0.005: the levels of a parametric
 * aggregate must be literals (a bound value, which the statement names in WITH, is
 * refused), so a bound level is read between the two grid points around it. The
 * quantile function is monotone, so that adds at most 0.005 to the digest's rank error.
 */
const DIGEST_GRID = Array.from({ length: 201 }, (_, i) => String(i / 200)).join(', ');
/**
 * An approximate quantile from quantilesTDigest over the grid above, interpolated like
 * the exact one. The grid is about 1.4 KB of text, so `quantiles` writes it once per
 * column (`define` on its first element) and the other elements name its alias.
 */
function digested(expr, q, define = true) {
    const s = `mlship_digest_${tag(expr)}`;
    // An empty digest reads NaN at every level: no value is a missing quantile, as with the exact form.
    return between({ s, h: `mlship_at_${tag(`digest\0${expr}\0${q}`)}`, q, empty: `count(${expr}) = 0`, sized: define ? `quantilesTDigest(${DIGEST_GRID})(${expr}) AS ${s}` : s });
}
/**
 * ClickHouse (18.16 and current releases alike): backquoted identifiers, values
 * sent as a one-row external table and named in a WITH clause (evaluated once on
 * the server that received the query, before a Distributed table fans it out),
 * RE2 regular expressions, exact quantiles interpolated as pandas does (estimated
 * past the exact-row limit). No GROUPING SETS or window functions on 18.x: value
 * counts run per column, cumulative counts are summed over sorted arrays.
 */
const clickhouseDialect = {
    engine: 'clickhouse',
    // ClickHouse reads backslash escapes inside backquotes: both the backslash and the backquote are escaped.
    quote: (name) => `\`${name.replaceAll('\\', '\\\\').replaceAll('`', '\\`')}\``,
    placeholder: (i) => `mlship_p${i}`,
    // Named in WITH rather than written as scalar subqueries in place: inside an aggregate's arguments 18.x names
    // such a subquery one way on the initiator and another on the shards, and a Distributed query fails.
    declare: (sql, count) => {
        if (count === 0)
            return sql;
        const names = Array.from({ length: count }, (_, j) => `(SELECT p${j + 1} FROM ${PARAMS_TABLE}) AS mlship_p${j + 1}`);
        return `WITH ${names.join(', ')}\n${sql}`;
    },
    // The to<Type> functions keep Nullable (CAST to a plain type refuses a missing value on 18.x).
    cast: (expr, type) => `${type === 'double' ? 'toFloat64' : type === 'text' ? 'toString' : 'toInt32'}(${expr})`,
    // assumeNotNull: isNaN of a Nullable is itself Nullable, which if() refuses on 18.x; a missing value stays missing through the else branch.
    nanToNull: (expr) => `if(isNaN(assumeNotNull(${expr})), NULL, ${expr})`,
    // A DateTime (and a DateTime64, as seconds with their fraction) converts to seconds since the epoch, whatever its time zone; a Date to days.
    epochMs: (expr, kind) => (kind === 'date' ? `(toFloat64(${expr}) * 86400000)` : `(toFloat64(${expr}) * 1000)`),
    // ClickHouse compares strings bytewise: for UTF-8, code point order.
    codePointOrder: (expr) => expr,
    charLength: (expr) => `lengthUTF8(${expr})`,
    regexContains: (text, pattern) => `match(${text}, ${pattern})`,
    quantile: interpolated,
    quantiles: (expr, qs) => `[${qs.map((q) => interpolated(expr, q)).join(', ')}]`,
    groupingSets: false,
    windowFunctions: false,
    // One column per value-count statement (statements.ts's valueCountStatement).
    groupingWidth: 1,
    falseLiteral: '(1 = 0)',
    kindOf(typeName) {
        const t = innerType(typeName);
        if (INT.test(t))
            return 'int';
        if (t === 'Float32' || t === 'Float64' || t === 'BFloat16')
            return 'float';
        if (t.startsWith('Decimal'))
            return 'decimal';
        if (t === 'Bool' || t === 'Boolean')
            return 'bool';
        if (t === 'DateTime' || t.startsWith('DateTime(') || t.startsWith('DateTime64'))
            return 'timestamp';
        if (t === 'Date' || t === 'Date32')
            return 'date';
        if (/^(Array|Tuple|Map|Nested|JSON|Object|Variant|Dynamic)\b/.test(t))
            return 'nested';
        // String, FixedString, UUID, Enum, IPv4/IPv6 and the rest are read as text.
        return 'string';
    },
    approximate: {
        // uniqCombined: uniqCombined64 (a 64-bit hash for numbers too) is missing from 18.x; the 32-bit hash only drifts past billions of values.
        distinct: (expr) => `uniqCombined(${expr})`,
        quantile: (expr, q) => digested(expr, q),
        quantiles: (expr, qs) => `[${qs.map((q, i) => digested(expr, q, i === 0)).join(', ')}]`,
        // cityHash64 refuses a Nullable argument: each value is hashed as whether it is missing plus the value with missing
        // replaced by its type's default, so missing equals missing (assumeNotNull alone may keep whatever lies under a NULL).
        rowHash: (exprs) => `cityHash64(${exprs.flatMap((e) => [`isNull(${e})`, `ifNull(${e}, defaultValueOfArgumentType(assumeNotNull(${e})))`]).join(', ')})`,
        note: 'approximate past the exact-row limit (quantilesTDigest: a t-digest of 32-bit floats, read every 0.005 and interpolated between; uniqCombined: a set of hashes for small counts, then HyperLogLog; duplicate rows by a 64-bit hash of each row, cityHash64)',
    },
    notes: {
        regex: 'RE2 (ClickHouse\'s match(): the value contains a match)',
        quantiles: 'exact (the sorted values, arraySort(groupArray(x)), interpolated linearly between order statistics, as pandas)',
    },
};

;// CONCATENATED MODULE: ./packages/data/src/sql/engine.ts
/** Drivers hand back 64-bit integers as bigint (DuckDB) or text (PostgreSQL's int8, numeric); the checks compare numbers. */
function plainValue(v) {
    if (typeof v === 'bigint')
        return Number(v);
    if (Array.isArray(v))
        return v.map(plainValue);
    return v;
}
const plainRow = (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, plainValue(v)]));
/** An engine's error as one line: its first, and the next when the first only announces it (DuckDB's "\u2026extension 'delta':"). */
function engineMessage(e) {
    const lines = String(e?.message ?? e).split('\n').map((l) => l.trim()).filter(Boolean);
    return lines[0]?.endsWith(':') && lines[1] ? `${lines[0]} ${lines[1]}` : (lines[0] ?? '');
}

;// CONCATENATED MODULE: ./packages/data/src/sql/postgres-dialect.ts
/** PostgreSQL: double-quoted identifiers, $n parameters, POSIX (ARE) regular expressions, exact quantiles. */
const postgresDialect = {
    engine: 'postgres',
    quote: (name) => `"${name.replaceAll('"', '""')}"`,
    placeholder: (i, type) => `CAST($${i} AS ${type === 'double' ? 'double precision' : type === 'text' ? 'text' : 'boolean'})`,
    cast: (expr, type) => `CAST(${expr} AS ${type === 'double' ? 'double precision' : type === 'text' ? 'text' : 'integer'})`,
    nanToNull: (expr) => `NULLIF(${expr}, CAST('NaN' AS double precision))`,
    // A timestamp without time zone counts as UTC (EXTRACT's nominal seconds), as the local reader reads it.
    epochMs: (expr, kind) => `CAST(EXTRACT(EPOCH FROM ${kind === 'date' ? `CAST(${expr} AS timestamp)` : expr}) * 1000 AS double precision)`,
    // The database's collation may order text by locale; "C" orders UTF-8 by code point, Python's order.
    codePointOrder: (expr) => `(${expr} COLLATE "C")`,
    charLength: (expr) => `char_length(${expr})`,
    regexContains: (text, pattern) => `(${text} ~ ${pattern})`,
    quantile: (expr, q) => `percentile_cont(${q}) WITHIN GROUP (ORDER BY ${expr})`,
    quantiles: (expr, qs) => `percentile_cont(ARRAY[${qs.join(', ')}]) WITHIN GROUP (ORDER BY ${expr})`,
    groupingSets: true,
    // GROUPING() takes at most 31 arguments in PostgreSQL.
    groupingWidth: 30,
    kindOf(typeName) {
        const t = typeName.toLowerCase();
        if (t === 'int2' || t === 'int4' || t === 'int8')
            return 'int';
        if (t === 'float4' || t === 'float8')
            return 'float';
        if (t === 'numeric')
            return 'decimal';
        if (t === 'bool')
            return 'bool';
        if (t === 'timestamp' || t === 'timestamptz')
            return 'timestamp';
        if (t === 'date')
            return 'date';
        if (t === 'bytea')
            return 'binary';
        if (t === 'json' || t === 'jsonb' || t.startsWith('_'))
            return 'nested';
        return 'string';
    },
    notes: {
        regex: 'POSIX (PostgreSQL\'s ~ operator, advanced regular expressions: the value contains a match)',
        quantiles: 'exact (percentile_cont: linear interpolation, as pandas)',
    },
};

;// CONCATENATED MODULE: ./packages/data/src/sql/postgres.ts



/** int8 (counts) and numeric arrive as text from node-postgres; the checks compare numbers (as the local reader, past 2^53 they round). */
const NUMERIC_OIDS = new Set([20, 1700]);
const NUMERIC_ARRAY_OIDS = new Set([1016, 1231]);
/** Where the server is, for messages: the connection string's password never appears. */
function serverOf(connection) {
    try {
        const u = new URL(connection);
        return `${u.hostname}${u.port ? `:${u.port}` : ''}${u.pathname !== '/' ? u.pathname : ''}`;
    }
    catch {
        return 'the server in connection';
    }
}
/**
 * PostgreSQL through node-postgres, imported only when this engine is chosen
 * (a chunk of its own in the action bundle). Every statement runs in one
 * read-only transaction, so even a `query` cannot change the database.
 */
async function connectPostgres(connection) {
    let pg;
    try {
        pg = (await __webpack_require__.e(/* import() */ 849).then(__webpack_require__.bind(__webpack_require__, 3849))).default;
    }
    catch (e) {
        throw new src/* UserError */.yo(`engine postgres needs the pg driver, which is not installed: ${e.message.split('\n')[0]}`, { hint: 'npm install pg next to mlship.' });
    }
    const parse = (oid, format) => {
        if (NUMERIC_OIDS.has(oid))
            return (v) => Number(v);
        if (NUMERIC_ARRAY_OIDS.has(oid)) {
            const text = pg.types.getTypeParser(oid, format);
            return (v) => text(v).map((x) => (x === null ? null : Number(x)));
        }
        return pg.types.getTypeParser(oid, format);
    };
    const client = new pg.Client({ connectionString: connection, application_name: 'mlship validate-data', connectionTimeoutMillis: 15_000, types: { getTypeParser: parse } });
    client.on('error', () => {
        // A dropped connection also fails the statement in flight, which reports it.
    });
    try {
        await client.connect();
        await client.query('BEGIN TRANSACTION READ ONLY');
    }
    catch (e) {
        await client.end().catch(() => { });
        throw new src/* UserError */.yo(`engine postgres cannot connect to ${serverOf(connection)}: ${e.message.split('\n')[0]}`, { hint: 'Check connection (postgres://user:password@host:port/database) and that the server accepts connections from this runner.' });
    }
    const run = async (sql, params) => client.query(sql, params);
    return {
        dialect: postgresDialect,
        async describe(from, params) {
            const { fields } = await run(`SELECT * FROM ${from} LIMIT 0`, params);
            const types = await run('SELECT CAST(oid AS int8) AS oid, typname FROM pg_type WHERE oid = ANY($1)', [fields.map((f) => f.dataTypeID)]);
            const names = new Map(types.rows.map((r) => [Number(r.oid), String(r.typname)]));
            return fields.map((f) => ({ name: f.name, type: names.get(f.dataTypeID) ?? `oid ${f.dataTypeID}` }));
        },
        async query(sql, params) {
            return (await run(sql, params)).rows.map(plainRow);
        },
        async close() {
            await client.query('ROLLBACK').catch(() => { });
            await client.end();
        },
    };
}

;// CONCATENATED MODULE: ./packages/data/src/sql/clickhouse.ts





const FIX = 'Check connection (clickhouse://user:password@host:8123/database, or an http:// or https:// URL of the HTTP interface) and that the server accepts this runner.';
function clickhouseTarget(connection) {
    let u;
    try {
        u = new URL(connection);
    }
    catch {
        throw new src/* UserError */.yo('connection is not a URL', { where: 'engine clickhouse', hint: FIX });
    }
    const scheme = u.protocol.replace(/:$/, '');
    if (!['clickhouse', 'http', 'https'].includes(scheme))
        throw new src/* UserError */.yo(`connection has scheme ${scheme}: engine clickhouse speaks to the HTTP interface (clickhouse://, http://, https://)`, { where: 'engine clickhouse', hint: FIX });
    if (u.search || u.hash)
        throw new src/* UserError */.yo(`connection has ${u.search ? `a query string (${[...u.searchParams.keys()].join(', ')})` : 'a fragment'}, which engine clickhouse does not read`, { where: 'engine clickhouse', hint: 'Give the database as the path (/database) and nothing after it.' });
    const parts = u.pathname.split('/').filter(Boolean);
    if (parts.length > 1)
        throw new src/* UserError */.yo(`connection's path ${u.pathname} names more than a database`, { where: 'engine clickhouse', hint: 'Give the database as the path (/database) and nothing after it.' });
    const port = u.port || (scheme === 'clickhouse' ? '8123' : '');
    const endpoint = `${scheme === 'https' ? 'https' : 'http'}://${u.hostname}${port ? `:${port}` : ''}/`;
    return {
        endpoint,
        ...(parts[0] ? { database: decodeURIComponent(parts[0]) } : {}),
        ...(u.username ? { user: decodeURIComponent(u.username) } : {}),
        ...(u.password ? { password: decodeURIComponent(u.password) } : {}),
    };
}
/**
 * ClickHouse's error text, first line, without what every message repeats: 18.x's
 * `Code: 60, e.displayText() = DB::Exception: \u2026, e.what() = DB::Exception` and
 * current releases' `Code: 60. DB::Exception: \u2026. (UNKNOWN_TABLE) (version 24.3\u2026)`.
 */
function clickhouseError(text) {
    const line = text.trim().split('\n')[0] ?? '';
    return line
        .replace(/, e\.what\(\) = DB::Exception$/, '')
        .replace(/ \(version .*\)$/, '')
        .replace(/^Code: (\d+)[,.] (e\.displayText\(\) = )?(DB::Exception: )?/, 'Code $1: ')
        .trim();
}
/** A bound value as one TSV field: ClickHouse's escapes for the characters that would end it. */
function tsvField(v) {
    if (typeof v === 'boolean')
        return v ? '1' : '0';
    if (typeof v === 'number') {
        if (Number.isNaN(v))
            return 'nan';
        if (!Number.isFinite(v))
            return v > 0 ? 'inf' : '-inf';
        return String(v);
    }
    return v.replace(/[\\\t\n\r\0]/g, (c) => ({ '\\': '\\\\', '\t': '\\t', '\n': '\\n', '\r': '\\r', '\0': '\\0' })[c]);
}
const sqlTypeOf = (v) => (typeof v === 'number' ? 'double' : typeof v === 'boolean' ? 'boolean' : 'text');
/** JSON output quotes 64-bit (and wider) integers so they survive JavaScript; the checks compare numbers (past 2^53 they round, as in the local reader). */
function reader(type) {
    const t = innerType(type);
    const array = /^Array\((.*)\)$/s.exec(t);
    if (array) {
        const item = reader(array[1]);
        return (v) => (Array.isArray(v) ? v.map(item) : v);
    }
    if (/^U?Int(64|128|256)$/.test(t) || t.startsWith('Decimal'))
        return (v) => (typeof v === 'string' ? Number(v) : v);
    return (v) => v;
}
/**
 * The names the compiled statements give their own results (statements.ts). ClickHouse
 * 18.x reads an alias wherever its name appears, a column's name included, so a column
 * named like one of them would be read as that result: refused, rather than counted wrong.
 */
const RESULT_NAMES = /^(rows|n|g|rn|groups|keys|unexpected|repeated_keys|distinct_rows|value|(c|mn|mx|av|sd|qs|ln|lx|dd|ad|q|b|f|k)\d+|mlship_.*)$/;
/**
 * ClickHouse through its HTTP interface and Node's own HTTP client (no driver to install).
 * Every request carries readonly=1, so even a `query` cannot change data; bound
 * values travel as an external table (multipart/form-data), never in the SQL text.
 */
async function connectClickhouse(connection) {
    const target = clickhouseTarget(connection);
    const server = serverOf(connection);
    const headers = target.user !== undefined ? { Authorization: `Basic ${Buffer.from(`${target.user}:${target.password ?? ''}`).toString('base64')}` } : {};
    async function post(sql, params, timeoutMs) {
        const url = new URL(target.endpoint);
        // An account whose profile is read-only already accepts being told the same value.
        url.searchParams.set('readonly', '1');
        if (target.database)
            url.searchParams.set('database', target.database);
        let body = `${sql}\nFORMAT JSONCompact`;
        if (params.length) {
            url.searchParams.set(`${PARAMS_TABLE}_structure`, params.map((v, i) => `p${i + 1} ${PARAM_TYPES[sqlTypeOf(v)]}`).join(', '));
            url.searchParams.set(`${PARAMS_TABLE}_format`, 'TSV');
            const form = new FormData();
            form.append('query', body);
            form.append(PARAMS_TABLE, new Blob([`${params.map(tsvField).join('\t')}\n`]), PARAMS_TABLE);
            body = form;
        }
        const { status, text } = await send(url, headers, body, timeoutMs);
        if (status !== 200)
            throw new ServerError(status, clickhouseError(text) || `HTTP ${status}`);
        try {
            return JSON.parse(text);
        }
        catch {
            // An error met after the first rows were sent comes at the end of a 200 response.
            const at = text.search(/Code: \d+[,.] /);
            throw new ServerError(status, at >= 0 ? clickhouseError(text.slice(at)) : `the server's answer is not JSON: ${text.slice(0, 200)}`);
        }
    }
    try {
        await post('SELECT 1 AS ok', [], 15_000);
    }
    catch (e) {
        const why = e instanceof ServerError && (e.status === 401 || e.status === 403 || /Code (192|193|194|516):/.test(e.message)) ? `authentication failed: ${e.message}` : e.message;
        throw new src/* UserError */.yo(`engine clickhouse cannot connect to ${server}: ${why}`, { hint: FIX });
    }
    const rows = (r) => {
        const read = r.meta.map((m) => reader(m.type));
        return r.data.map((row) => Object.fromEntries(r.meta.map((m, i) => [m.name, read[i](row[i])])));
    };
    return {
        dialect: clickhouseDialect,
        async describe(from, params) {
            const r = await post(clickhouseDialect.declare(`SELECT * FROM ${from} LIMIT 0`, params.length), params);
            const clash = r.meta.find((m) => RESULT_NAMES.test(m.name));
            if (clash) {
                const q = clickhouseDialect.quote(clash.name);
                throw new Error(`column "${clash.name}" has the name mlship's statements give one of their own results, which ClickHouse would read in its place; name the columns in query, this one under another name (SELECT ${q} AS ${clickhouseDialect.quote(`${clash.name}_`)}, \u2026)`);
            }
            return r.meta.map((m) => ({ name: m.name, type: m.type }));
        },
        async query(sql, params) {
            return rows(await post(sql, params));
        },
        async close() {
            // Stateless HTTP: nothing held open between statements.
        },
    };
}
/**
 * One POST through node:http(s): fetch's client gives up on a response whose headers take
 * more than 300 s, and ClickHouse sends them only once a long scan has its first rows.
 * The multipart body is serialised by the platform's own Request.
 */
async function send(url, headers, body, timeoutMs) {
    const request = new Request(url, { method: 'POST', body });
    const bytes = Buffer.from(await request.arrayBuffer());
    const client = url.protocol === 'https:' ? (external_node_https_default()) : (external_node_http_default());
    return new Promise((resolve, reject) => {
        const req = client.request(url, { method: 'POST', headers: { ...headers, 'Content-Type': request.headers.get('content-type') ?? 'text/plain; charset=utf-8', 'Content-Length': String(bytes.length) } }, (res) => {
            const chunks = [];
            res.on('data', (c) => chunks.push(c));
            res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
            res.on('error', (e) => reject(new Error(e.message)));
        });
        if (timeoutMs)
            req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer in ${timeoutMs / 1000} s`)));
        req.on('error', (e) => reject(new Error(e.message)));
        req.end(bytes);
    });
}
class ServerError extends Error {
    status;
    constructor(status, message) {
        super(message);
        this.status = status;
    }
}

// EXTERNAL MODULE: ./packages/data/src/checks/conditional.ts
var conditional = __webpack_require__(3986);
// EXTERNAL MODULE: ./packages/data/src/checks/condition-tree.ts
var condition_tree = __webpack_require__(8416);
;// CONCATENATED MODULE: ./packages/data/src/sql/conditions.ts




const SQL_OPERATOR = { '==': '=', '!=': '<>', '<': '<', '<=': '<=', '>': '>', '>=': '>=' };
/**
 * Compiles a row_condition (the tree the local reader evaluates) for a SQL
 * engine, keeping the local semantics exactly: a comparison with a missing
 * value is false except `!=`; values of different kinds are only ever unequal
 * (a number column against text, text against True), except a bool against a
 * number (as 0 or 1); a text literal against a date is the instant it names.
 * Names are quoted through the dialect, every literal is bound. What the
 * engines cannot compute as the local reader does is refused, in one line,
 * before any statement runs.
 */
function compileCondition(source, parser, schema, d, where) {
    const tree = (0,condition_tree/* parseRowCondition */.DF)(source, parser, schema, where);
    const FALSE = d.falseLiteral ?? 'FALSE';
    const TRUE = d.falseLiteral ? `(NOT ${d.falseLiteral})` : 'TRUE';
    const refuse = (msg) => {
        throw new src/* UserError */.yo(`row_condition ${JSON.stringify(source)}: ${msg}`, { where, hint: 'Rewrite that part of the condition, or use engine: local.' });
    };
    const classOf = (f) => {
        if ((0,table/* isNumericKind */.kw)(f.kind) || (0,table/* isTemporalKind */.PB)(f.kind))
            return 'number';
        if (f.kind === 'string')
            return 'string';
        if (f.kind === 'bool')
            return 'boolean';
        // The engines render binary and nested values as text their own way, not as the local reader does.
        return refuse(`compares "${f.name}", a ${f.kind} column: engine ${d.engine} writes its values as text its own way; test it with .isnull() or .notnull() only`);
    };
    /** A column as compare() reads it: a bool as 0 or 1, so that it orders and meets numbers as there. */
    const columnExpr = (c) => {
        const v = valueExpr(d, c.field);
        return c.field.kind === 'bool' ? d.cast(d.cast(v, 'int'), 'double') : v;
    };
    const literalExpr = (l) => (b) => {
        if (typeof l.value === 'boolean')
            return b.bind(l.value ? 1 : 0, 'double');
        return b.bind(l.value, typeof l.value === 'number' ? 'double' : 'text');
    };
    /** One comparison of compare(x, op, y): x a column, y a column or a literal. */
    const comparison = (x, op, y) => {
        const xClass = classOf(x.field);
        const yClass = y.type === 'column' ? classOf(y.field) : typeof y.value;
        if (xClass === 'string' && yClass === 'number') {
            // JavaScript's Number() reads " 1e3", "0x1A" and "Infinity" as numbers: no SQL cast reads text that way on every engine.
            refuse(`compares text column "${x.field.name}" with a number, read from the text as JavaScript reads numbers ("0x1A", " 1e3"), which engine ${d.engine} cannot do alike; compare it with a quoted value`);
        }
        const numeric = xClass === yClass || (xClass === 'boolean' && yClass === 'number');
        // Values of different kinds are unequal whatever they hold, missing or not.
        if (!numeric)
            return () => (op === '!=' ? TRUE : FALSE);
        if (xClass === 'string' && op !== '==' && op !== '!=') {
            // JavaScript orders text by UTF-16 unit and the engines by code point: the two agree against a literal below U+D800 only.
            if (y.type === 'column')
                refuse(`orders text column "${x.field.name}" against text column "${y.field.name}": engine ${d.engine} orders text by code point, the local reader by UTF-16 unit; compare them with == or != only`);
            if ([...String(y.value)].some((ch) => ch.codePointAt(0) >= 0xd800))
                refuse(`orders text against ${JSON.stringify(y.value)}: from U+D800 on, engine ${d.engine} orders text by code point and the local reader by UTF-16 unit`);
        }
        const left = xClass === 'string' && op !== '==' && op !== '!=' ? d.codePointOrder(columnExpr(x)) : columnExpr(x);
        const right = y.type === 'column' ? () => columnExpr(y) : literalExpr(y);
        // NULL (a missing value on either side) becomes compare()'s answer for missing: true only for !=.
        return (b) => `COALESCE(${left} ${SQL_OPERATOR[op]} ${right(b)}, ${op === '!=' ? TRUE : FALSE})`;
    };
    const compile = (c) => {
        switch (c.type) {
            case 'and':
            case 'or': {
                const l = compile(c.left);
                const r = compile(c.right);
                return (b) => `(${l(b)} ${c.type === 'and' ? 'AND' : 'OR'} ${r(b)})`;
            }
            case 'not': {
                const inner = compile(c.inner);
                return (b) => `(NOT ${inner(b)})`;
            }
            case 'isnull': {
                const v = valueExpr(d, c.column.field);
                return () => `(${v} IS ${c.isNull ? '' : 'NOT '}NULL)`;
            }
            case 'isin': {
                const members = c.values.map((v) => comparison(c.column, '==', v));
                return (b) => (members.length ? `(${members.map((m) => m(b)).join(' OR ')})` : FALSE);
            }
            case 'compare':
                return comparison(c.left, c.op, c.right);
        }
    };
    return compile(tree);
}
/** The rows of a source a condition selects, as a source of its own: every statement on it sees only those rows. */
function whereSource(source, condition, text) {
    return {
        label: `${source.label} where ${text}`,
        from: (b, d) => {
            const rows = `SELECT * FROM ${source.from(b, d)} WHERE ${condition(b)}`;
            // Where values are declared in front of a statement (ClickHouse), a subquery in FROM does not see them: it declares its own.
            return `(${d.declare ? d.declare(rows, b.values.length) : rows}) AS ${d.quote('mlship_rows')}`;
        },
    };
}

// EXTERNAL MODULE: ./packages/data/src/checks/rule.ts
var checks_rule = __webpack_require__(3778);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/values.ts
var rules_values = __webpack_require__(4386);
;// CONCATENATED MODULE: ./packages/data/src/sql/verdicts.ts




const mostlyText = (m) => (m < 1 ? ` for at least ${(0,src/* formatNumber */.ZV)(m * 100)}% of non-null rows` : '');
const examplesText = (examples) => examples
    .slice(0, 5)
    .map(({ value, count }) => {
    const v = String(value);
    return `${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '\u2026' : v)}\u00d7${count}`;
})
    .join(', ');
function gxResult(c) {
    return { element_count: c.rows, missing_count: c.rows - c.seen, unexpected_count: c.bad, unexpected_percent: (0,checks_rule/* percent */.KN)(c.bad, c.seen), partial_unexpected_list: c.partial };
}
function rowVerdict(spec, c, schema, where) {
    const { ok, passPct } = (0,rules_values/* mostlyVerdict */.ab)(c.seen, c.bad, spec.mostly);
    if (spec.type === 'values_between') {
        const kind = schema.fields.find((f) => f.name === spec.column).kind;
        const ctx = { schema, where };
        const min = (0,checks_rule/* temporalBound */.x2)(ctx, spec, 'min', kind);
        const max = (0,checks_rule/* temporalBound */.x2)(ctx, spec, 'max', kind);
        const range = (0,table/* isTemporalKind */.PB)(kind) && (typeof spec.min === 'string' || typeof spec.max === 'string') ? (0,checks_rule/* timeRangeText */.MS)(min, max, spec.strict_min, spec.strict_max) : (0,checks_rule/* rangeText */.lq)(min, max, spec.strict_min, spec.strict_max);
        return {
            result: gxResult(c),
            status: (0,checks_rule/* pass */.IX)(ok),
            observed: `${c.bad} out of range`,
            expected: `${range}${mostlyText(spec.mostly)}`,
            detail: `${c.bad} values out of ${range}${c.bad ? ` (e.g. ${examplesText(c.examples)})` : ''}`,
        };
    }
    if (spec.type === 'values_in_set') {
        return {
            result: gxResult(c),
            status: (0,checks_rule/* pass */.IX)(ok),
            observed: `${(0,src/* formatNumber */.ZV)(passPct)}% allowed`,
            expected: `in {${spec.values.join(', ')}}${mostlyText(spec.mostly)}`,
            detail: c.bad ? `${c.bad} rows not allowed, e.g. ${examplesText(c.examples)}` : 'OK',
        };
    }
    return {
        result: gxResult(c),
        status: (0,checks_rule/* pass */.IX)(ok),
        observed: `${(0,src/* formatNumber */.ZV)(passPct)}% match`,
        expected: `/${spec.pattern}/${mostlyText(spec.mostly)}`,
        detail: c.bad ? `${c.bad} rows do not match, e.g. ${examplesText(c.examples)}` : 'OK',
    };
}
function uniqueVerdict(spec, c) {
    const repeats = c.unexpected - c.repeatedKeys;
    const ok = c.keys === 0 || (c.keys - c.unexpected) / c.keys >= spec.mostly;
    return {
        result: { element_count: c.rows, missing_count: c.rows - c.keys, unexpected_count: c.unexpected, unexpected_percent: (0,checks_rule/* percent */.KN)(c.unexpected, c.keys), partial_unexpected_list: c.partial },
        status: (0,checks_rule/* pass */.IX)(ok),
        observed: `${repeats} repeated`,
        expected: spec.mostly < 1 ? `>= ${(0,src/* formatNumber */.ZV)(spec.mostly * 100)}% of rows with a unique key` : 'no repeats',
        detail: repeats
            ? `${c.unexpected} of ${c.keys} rows share their key with another row (${(0,src/* formatNumber */.ZV)((0,checks_rule/* percent */.KN)(c.unexpected, c.keys))}%; ${repeats} repeat an earlier row)`
            : `${c.keys} keys, all unique`,
    };
}

;// CONCATENATED MODULE: ./packages/data/src/sql/engine-verdicts.ts



async function rowCheckVerdict(run, ctx, r, bad, profile, where) {
    const nulls = profile.columns.find((c) => c.name === r.predicate.field.name).nulls;
    const counts = { rows: profile.rows, seen: profile.rows - nulls, bad, examples: [], partial: [] };
    if (bad > 0) {
        const [top, first] = failingValuesStatements(ctx, r.predicate, 10, checks_rule/* PARTIAL_UNEXPECTED */.In);
        counts.examples = (await run(top)).map((x) => ({ value: x.value, count: Number(x.n) }));
        counts.partial = (await run(first)).map((x) => x.value);
    }
    return rowVerdict(r.spec, counts, ctx.schema, where);
}
async function uniqueCheckVerdict(run, ctx, spec, rows) {
    const rule = spec.columns.length === 1 ? 'any_value_is_missing' : spec.ignore_row_if;
    const [u] = await run(uniqueStatement(ctx, spec.columns, rule));
    const c = { rows, keys: Number(u.keys), unexpected: Number(u.unexpected), repeatedKeys: Number(u.repeated_keys), partial: [] };
    if (c.unexpected > 0) {
        for (const k of await run(repeatedKeysStatement(ctx, spec.columns, rule, checks_rule/* PARTIAL_UNEXPECTED */.In))) {
            const key = spec.columns.length === 1 ? k.k0 : Object.fromEntries(spec.columns.map((name, j) => [name, k[`k${j}`] ?? null]));
            for (let n = Number(k.n); n > 0 && c.partial.length < checks_rule/* PARTIAL_UNEXPECTED */.In; n--)
                c.partial.push(key);
        }
    }
    return uniqueVerdict(spec, c);
}
/** The quantile checks' values from the profile scan (column q{j} for the j-th), by column then quantile. */
function quantilesOf(agg, specs) {
    const quantiles = new Map();
    specs.forEach((q, j) => {
        const m = quantiles.get(q.column) ?? new Map();
        if (agg[`q${j}`] !== null)
            m.set(q.quantile, Number(agg[`q${j}`]));
        quantiles.set(q.column, m);
    });
    return quantiles;
}

;// CONCATENATED MODULE: ./packages/data/src/sql/conditional-checks.ts






/** The row_condition of a check, if it has one. */
const conditionOf = (spec) => ('row_condition' in spec && spec.row_condition ? spec.row_condition : undefined);
/** Compiles each distinct row_condition once (refusing, before any statement runs, what the engine cannot compute alike). */
function conditionGroups(specs, schema, d, configSource) {
    const groups = new Map();
    specs.forEach((spec, i) => {
        const text = conditionOf(spec);
        if (!text)
            return;
        const parser = ('condition_parser' in spec && spec.condition_parser) || 'pandas';
        const key = `${parser}\n${text}`;
        const group = groups.get(key) ?? { text, condition: compileCondition(text, parser, schema, d, `${configSource}: checks[${i}] (${spec.type})`), checks: [] };
        group.checks.push(i);
        groups.set(key, group);
    });
    return [...groups.values()];
}
/**
 * Judges one condition's checks as the local reader does (checks/conditional.ts):
 * on a profile of the selected rows alone, worded "\u2026 where <condition>". One
 * scan of those rows profiles only the columns the checks read and counts the
 * row-level checks' failing rows; unique checks and failing examples are
 * statements on the same rows.
 */
async function judgeWhere(group, x) {
    const run = (s) => x.run({ ...s, purpose: `${s.purpose} where ${group.text}` });
    const specs = group.checks.map((i) => x.specs[i]);
    const read = new Set(specs.flatMap((s) => ('column' in s && s.column ? [s.column] : s.type === 'unique' ? s.columns : [])));
    const schema = { fields: x.schema.fields.filter((f) => read.has(f.name)) };
    const ctx = { d: x.d, source: whereSource(x.source, group.condition, group.text), schema };
    const quantileSpecs = specs.filter((s) => s.type === 'quantile_between');
    const rowChecks = x.rowChecks.filter((r) => group.checks.includes(r.index));
    const { large } = x;
    const [agg] = await run(profileStatement(ctx, quantileSpecs, rowChecks.map((r) => r.predicate), large));
    // No check with a condition reads duplicate rows or value counts (duplicates and class_balance take none).
    const approx = large ? { uncounted: new Set(schema.fields.flatMap((f, i) => (isCounted(f) ? [i] : []))) } : undefined;
    const profile = profileFrom(schema, agg, [], Number(agg.rows), approx);
    const distributions = new EngineDistributions(profile, quantilesOf(agg, quantileSpecs), new Map(), !large);
    const results = { ...x.results, profile, profiler: distributions };
    const verdicts = new Map();
    for (const i of group.checks) {
        const spec = x.specs[i];
        const j = rowChecks.findIndex((r) => r.index === i);
        const v = j >= 0
            ? await rowCheckVerdict(run, ctx, rowChecks[j], Number(agg[`b${j}`]), profile, `${x.configSource}: checks[${i}]`)
            : spec.type === 'unique'
                ? await uniqueCheckVerdict(run, ctx, spec, profile.rows)
                : x.rules[i].evaluate(results);
        verdicts.set(i, (0,conditional/* whereVerdict */.b)(v, group.text, profile.rows));
    }
    return verdicts;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/data/src/sql/duckdb-dialect.ts
const duckdb_dialect_INT = /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|INT\d*)$/;
/** DuckDB: double-quoted identifiers, $n parameters, RE2 regular expressions, exact quantiles. */
const duckdbDialect = {
    engine: 'duckdb',
    quote: (name) => `"${name.replaceAll('"', '""')}"`,
    placeholder: (i, type) => `CAST($${i} AS ${type === 'double' ? 'DOUBLE' : type === 'text' ? 'VARCHAR' : 'BOOLEAN'})`,
    cast: (expr, type) => `CAST(${expr} AS ${type === 'double' ? 'DOUBLE' : type === 'text' ? 'VARCHAR' : 'INTEGER'})`,
    nanToNull: (expr) => `NULLIF(${expr}, CAST('NaN' AS DOUBLE))`,
    // epoch_us keeps the sub-millisecond part the local reader keeps (a TIMESTAMP_MICROS column gives fractional ms).
    epochMs: (expr, kind) => `(epoch_us(${kind === 'date' ? `CAST(${expr} AS TIMESTAMP)` : expr}) / 1000.0)`,
    // DuckDB's default collation is binary: UTF-8 byte order, which is code point order.
    codePointOrder: (expr) => expr,
    charLength: (expr) => `length(${expr})`,
    regexContains: (text, pattern) => `regexp_matches(${text}, ${pattern})`,
    quantile: (expr, q) => `quantile_cont(${expr}, ${q})`,
    quantiles: (expr, qs) => `quantile_cont(${expr}, [${qs.join(', ')}])`,
    groupingSets: true,
    groupingWidth: 30,
    kindOf(typeName) {
        const t = typeName.toUpperCase();
        if (duckdb_dialect_INT.test(t))
            return 'int';
        if (t === 'FLOAT' || t === 'DOUBLE' || t === 'REAL')
            return 'float';
        if (t.startsWith('DECIMAL') || t.startsWith('NUMERIC'))
            return 'decimal';
        if (t === 'BOOLEAN')
            return 'bool';
        if (t.startsWith('TIMESTAMP'))
            return 'timestamp';
        if (t === 'DATE')
            return 'date';
        if (t === 'BLOB')
            return 'binary';
        if (t.endsWith(']') || t.startsWith('STRUCT') || t.startsWith('MAP') || t.startsWith('UNION'))
            return 'nested';
        return 'string';
    },
    approximate: {
        distinct: (expr) => `approx_count_distinct(${expr})`,
        // approx_quantile takes its levels as FLOAT (the level moves by < 1e-8, far inside the sketch's error).
        quantile: (expr, q) => `approx_quantile(${expr}, CAST(${q} AS FLOAT))`,
        quantiles: (expr, qs) => `approx_quantile(${expr}, [${qs.map((q) => `CAST(${q} AS FLOAT)`).join(', ')}])`,
        rowHash: (exprs) => `hash(${exprs.join(', ')})`,
        note: 'approximate past the exact-row limit (approx_quantile: a t-digest; approx_count_distinct: HyperLogLog; duplicate rows by a 64-bit hash of each row)',
    },
    notes: {
        regex: 'RE2 (regexp_matches: the value contains a match)',
        quantiles: 'exact (quantile_cont: linear interpolation, as pandas)',
    },
};

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
// EXTERNAL MODULE: external "node:module"
var external_node_module_ = __webpack_require__(8995);
// EXTERNAL MODULE: external "node:util"
var external_node_util_ = __webpack_require__(7975);
;// CONCATENATED MODULE: ./packages/data/src/sql/driver.ts






/**
 * Written last into a finished install. Two jobs on one self-hosted runner
 * share the tool cache, and a job can be cancelled in the middle of npm: a
 * copy without this file is never loaded.
 */
const INSTALLED_MARKER = '.mlship-driver-installed';
/** A temporary install this old was left by a run that was killed; a live one takes seconds. */
const ABANDONED_MS = 60 * 60 * 1000;
const requireHere = (0,external_node_module_.createRequire)(import.meta.url);
const run = (0,external_node_util_.promisify)(external_node_child_process_.execFile);
const notFound = (e) => e.code === 'MODULE_NOT_FOUND';
/** Where the tool cache keeps this driver: one directory per version (and platform, for a native one). */
function driverCacheDir(d, toolCache) {
    return external_node_path_default().join(toolCache, 'mlship-drivers', `${d.name.replace(/[@/]/g, '_')}-${d.version}`, d.native ? `${process.platform}-${process.arch}` : 'js');
}
const packageJson = (dir, d) => external_node_path_default().join(dir, 'node_modules', ...d.name.split('/'), 'package.json');
const isInstalled = (dir, d) => external_node_fs_default().existsSync(external_node_path_default().join(dir, INSTALLED_MARKER)) && external_node_fs_default().existsSync(packageJson(dir, d));
/** Temporary installs of this driver that a killed run left next to the target (never loaded; removed once surely abandoned). */
function removeAbandoned(dir) {
    const parent = external_node_path_default().dirname(dir);
    const prefix = `${external_node_path_default().basename(dir)}.`;
    for (const name of external_node_fs_default().readdirSync(parent)) {
        if (!name.startsWith(prefix))
            continue;
        const p = external_node_path_default().join(parent, name);
        try {
            if (Date.now() - external_node_fs_default().statSync(p).mtimeMs > ABANDONED_MS)
                external_node_fs_default().rmSync(p, { recursive: true, force: true });
        }
        catch {
            // Another run removed it first.
        }
    }
}
/**
 * Installs into a temporary directory beside the target and renames it into
 * place, so that the target is either absent or complete. Of two runs
 * installing at once, the second rename fails and that run uses the first's
 * copy. A target without the marker (a copy an older mlship was installing in
 * place when it was stopped) is moved aside and replaced.
 */
async function install(d, dir, env, fix) {
    external_node_fs_default().mkdirSync(external_node_path_default().dirname(dir), { recursive: true });
    removeAbandoned(dir);
    const tmp = external_node_fs_default().mkdtempSync(`${dir}.installing-`);
    try {
        try {
            await run('npm', ['install', '--prefix', tmp, '--no-save', '--no-audit', '--no-fund', '--no-package-lock', `${d.name}@${d.version}`], { env: { ...env, npm_config_loglevel: 'error' } });
        }
        catch (e) {
            // npm ends with where its log is; the line saying what went wrong comes before.
            const lines = String(e.stderr ?? e.message).trim().split('\n');
            const why = lines.find((l) => /^npm (error|ERR!) /.test(l) && !/ (code|errno) |complete log/.test(l))?.replace(/^npm (error|ERR!) /, '') ?? lines.at(-1);
            throw new src/* UserError */.yo(`engine ${d.engine}: npm could not install ${d.name}@${d.version}: ${why}`, { hint: fix });
        }
        if (!external_node_fs_default().existsSync(packageJson(tmp, d)))
            throw new src/* UserError */.yo(`engine ${d.engine}: npm installed ${d.name}@${d.version} without its package.json`, { hint: fix });
        external_node_fs_default().writeFileSync(external_node_path_default().join(tmp, INSTALLED_MARKER), `${JSON.stringify({ name: d.name, version: d.version, installed: new Date().toISOString() })}\n`);
        for (let attempt = 0;; attempt++) {
            try {
                external_node_fs_default().renameSync(tmp, dir);
                return;
            }
            catch (e) {
                const code = e.code;
                if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'EPERM')
                    throw e;
                if (isInstalled(dir, d))
                    return;
                if (attempt > 0)
                    throw e;
                // Unfinished: nobody loads it, so moving it aside cannot pull a driver from under a run.
                const stale = `${dir}.stale-${process.pid}-${Date.now()}`;
                try {
                    external_node_fs_default().renameSync(dir, stale);
                    external_node_fs_default().rmSync(stale, { recursive: true, force: true });
                }
                catch {
                    // Another run moved it first.
                }
            }
        }
    }
    finally {
        external_node_fs_default().rmSync(tmp, { recursive: true, force: true });
    }
}
async function requireDriver(d, log, env = process.env) {
    try {
        return requireHere(d.name);
    }
    catch (e) {
        if (!notFound(e))
            throw e;
    }
    const toolCache = env.RUNNER_TOOL_CACHE;
    const fix = `Install it next to mlship (npm install ${d.name}@${d.version}); on a GitHub runner mlship installs it into the tool cache at first use.`;
    if (!toolCache)
        throw new src/* UserError */.yo(`engine ${d.engine} needs the ${d.name} driver, which is not installed`, { hint: fix });
    const dir = driverCacheDir(d, toolCache);
    if (!isInstalled(dir, d)) {
        const started = Date.now();
        log(`engine ${d.engine}: installing ${d.name}@${d.version} into the tool cache (${dir}), once per runner\u2026`);
        await install(d, dir, env, fix);
        log(`engine ${d.engine}: ${d.name} ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
    return (0,external_node_module_.createRequire)(external_node_path_default().join(dir, 'index.js'))(d.name);
}

;// CONCATENATED MODULE: ./packages/data/src/sql/source.ts

function tableSource(name) {
    // schema.table (or catalog.schema.table): a dot separates parts, as in SQL; each part is quoted on its own.
    const parts = name.split('.');
    return { label: `table ${name}`, from: (_b, d) => parts.map((p) => d.quote(p)).join('.') };
}
function querySource(query) {
    const text = query.trim().replace(/;\s*$/, '');
    return { label: 'query', from: (_b, d) => `(${text}) AS ${d.quote('mlship_source')}` };
}
/**
 * Delta Lake and Iceberg keep every version's data files side by side; which
 * ones make the current snapshot is written in the log (_delta_log/) or the
 * metadata (metadata/*.metadata.json). Read as plain files, a table's rows
 * are counted once per version that kept them. Without listing the bucket
 * only a path that itself names the log or the metadata shows the layout; a
 * glob over the data files (s3://b/events/*.parquet) cannot be told from
 * plain parquet and is read as such (README: Where your data lives).
 */
function lakeLayoutOf(p) {
    const segments = p.replace(/[?#].*$/, '').split('/');
    if (segments.includes('_delta_log'))
        return 'a Delta Lake table\'s _delta_log';
    const at = segments.lastIndexOf('metadata');
    const next = at >= 0 ? segments[at + 1] : undefined;
    if (next !== undefined && (/\.metadata\.json$|^snap-.*\.avro$|-m\d+\.avro$/.test(next) || /[*?[{]/.test(next)))
        return 'an Iceberg table\'s metadata';
    return undefined;
}
function objectStoreOf(p) {
    const scheme = /^([a-z0-9]+):\/\//i.exec(p)?.[1]?.toLowerCase();
    if (scheme === 's3' || scheme === 's3a')
        return 's3';
    if (scheme === 'gs' || scheme === 'gcs')
        return 'gcs';
    if (scheme === 'az' || scheme === 'azure' || scheme === 'abfss')
        return 'azure';
    if (scheme === 'r2')
        return 'r2';
    return undefined;
}
/** Google's names (gcloud's storage/gs_xml_* properties, boto's gs_*_access_key_id) for an HMAC key of Cloud Storage's S3-compatible XML API. */
const GCS_HMAC_ID = 'CLOUDSDK_STORAGE_GS_XML_ACCESS_KEY_ID';
const GCS_HMAC_SECRET = 'CLOUDSDK_STORAGE_GS_XML_SECRET_ACCESS_KEY';
/**
 * The secrets DuckDB needs for the stores `paths` name, from the environment.
 * s3://: the AWS SDK's credential chain, inside DuckDB. gs://: an HMAC key
 * (Cloud Storage's S3 interoperability) when GCS_HMAC_ID and GCS_HMAC_SECRET
 * are set; otherwise none, so a public bucket reads anonymously. az://: a
 * connection string (AZURE_STORAGE_CONNECTION_STRING), or the account
 * (AZURE_STORAGE_ACCOUNT) with the Azure SDK's credential chain; an az:// URL
 * names no account, so one of them is required. r2:// is refused: its secret
 * takes an account id and keys no documented variable carries.
 */
function objectStoreSecrets(paths, env = process.env) {
    const stores = new Set(paths.map(objectStoreOf).filter((x) => x !== undefined));
    const out = [];
    const where = 'engine duckdb';
    if (stores.has('r2')) {
        throw new src/* UserError */.yo('r2:// is not read by engine duckdb: DuckDB\'s R2 secret needs the account id and an R2 API key, and no documented variable carries them', { where, hint: 'Read the bucket through a public https:// URL, or copy the files to S3 or Cloud Storage.' });
    }
    if (stores.has('s3'))
        out.push({ store: 's3', sql: 'CREATE SECRET mlship_s3 (TYPE s3, PROVIDER credential_chain)', params: [], from: 'the AWS credential chain (AWS_* variables, a profile, web identity or an instance role)' });
    if (stores.has('gcs')) {
        const id = env[GCS_HMAC_ID];
        const secret = env[GCS_HMAC_SECRET];
        if (Boolean(id) !== Boolean(secret))
            throw new src/* UserError */.yo(`${id ? GCS_HMAC_ID : GCS_HMAC_SECRET} is set but ${id ? GCS_HMAC_SECRET : GCS_HMAC_ID} is not: a Cloud Storage HMAC key has both halves`, { where, hint: `Set both from secrets, or neither to read a public bucket.` });
        if (id && secret)
            out.push({ store: 'gcs', sql: 'CREATE SECRET mlship_gcs (TYPE gcs, KEY_ID $1, SECRET $2)', params: [id, secret], from: `the HMAC key in ${GCS_HMAC_ID} and ${GCS_HMAC_SECRET}` });
    }
    if (stores.has('azure')) {
        const connection = env.AZURE_STORAGE_CONNECTION_STRING;
        const account = env.AZURE_STORAGE_ACCOUNT;
        if (connection)
            out.push({ store: 'azure', sql: 'CREATE SECRET mlship_azure (TYPE azure, CONNECTION_STRING $1)', params: [connection], from: 'AZURE_STORAGE_CONNECTION_STRING' });
        else if (account)
            out.push({ store: 'azure', sql: 'CREATE SECRET mlship_azure (TYPE azure, PROVIDER credential_chain, ACCOUNT_NAME $1)', params: [account], from: `the Azure credential chain for the account in AZURE_STORAGE_ACCOUNT` });
        else
            throw new src/* UserError */.yo('an az:// URL names no storage account, and neither AZURE_STORAGE_ACCOUNT nor AZURE_STORAGE_CONNECTION_STRING is set', { where, hint: 'Set AZURE_STORAGE_ACCOUNT (credentials from azure/login, a managed identity or AZURE_CLIENT_* variables) or AZURE_STORAGE_CONNECTION_STRING from a secret.' });
    }
    return out;
}
/** Files (local paths, or s3:// gs:// https:// URLs and their globs) read by DuckDB's own readers. */
function filesSource(label, paths, format, hivePartitioned, env = process.env) {
    for (const p of paths) {
        const layout = lakeLayoutOf(p);
        if (layout) {
            throw new src/* UserError */.yo(`${p} is inside ${layout}: read as plain files, a table's rows would count once for every version that kept them`, {
                where: 'engine duckdb',
                hint: 'Give a local table directory (read at its current snapshot), or export the current snapshot to parquet files.',
            });
        }
    }
    // The stores' credentials are refused here, before any statement, rather than by DuckDB mid-read.
    objectStoreSecrets(paths, env);
    return {
        label,
        from(b) {
            const list = `[${paths.map((p) => b.bind(p, 'text')).join(', ')}]`;
            // Partition values stay text, as the local reader adds them.
            const hive = hivePartitioned ? ', hive_partitioning = true, hive_types_autocast = false' : '';
            if (format === 'parquet')
                return `read_parquet(${list}${hive})`;
            if (format === 'csv')
                return `read_csv(${list}${hive})`;
            return `read_json(${list}, format = 'newline_delimited'${hive})`;
        },
    };
}
/** A local Delta Lake or Iceberg table, read at its current snapshot by DuckDB's delta or iceberg extension (the path bound as a value). */
function lakeTableSource(label, dir, format) {
    return { label, from: (b) => `${format === 'delta' ? 'delta_scan' : 'iceberg_scan'}(${b.bind(dir, 'text')})` };
}

;// CONCATENATED MODULE: ./packages/data/src/sql/duckdb.ts








/** The DuckDB release the project is tested with; the tool cache installs exactly this one. */
const DUCKDB_DRIVER = { name: '@duckdb/node-api', version: '1.5.5-r.5', engine: 'duckdb', native: true };
/**
 * DuckDB in process. Its own readers take local files, globs, Hive partitions
 * and s3:// gs:// az:// https:// URLs through its httpfs and azure extensions.
 * DuckDB reads a store anonymously unless a secret says otherwise: the
 * secrets objectStoreSecrets builds from the environment are created before
 * the first statement on each store, every credential bound as a parameter,
 * so no key is ever written into SQL, the report or the log.
 */
const STORE_NAMES = { s3: 'S3', gcs: 'Cloud Storage', azure: 'Azure', r2: 'R2' };
const STORE_HINTS = {
    s3: 'DuckDB downloads its httpfs and aws extensions at first use: let the runner reach extensions.duckdb.org, and give AWS credentials the usual way (aws-actions/configure-aws-credentials, AWS_* variables or a profile).',
    gcs: 'DuckDB downloads its httpfs extension at first use: let the runner reach extensions.duckdb.org.',
    azure: 'DuckDB downloads its azure extension at first use: let the runner reach extensions.duckdb.org.',
    r2: 'DuckDB downloads its httpfs extension at first use: let the runner reach extensions.duckdb.org.',
};
async function connectDuckdb(o) {
    const duckdb = await requireDriver(DUCKDB_DRIVER, o.log);
    if (o.database && !external_node_fs_default().existsSync(o.database))
        throw new src/* UserError */.yo(`connection: no DuckDB database at ${o.database}`, { hint: 'Give the path of a DuckDB database file, or leave connection empty to read files.' });
    const spill = external_node_fs_default().mkdtempSync(external_node_path_default().join(external_node_os_default().tmpdir(), 'mlship-duckdb-'));
    const config = { temp_directory: spill };
    if (o.database)
        config.access_mode = 'READ_ONLY';
    if (o.memoryLimit)
        config.memory_limit = o.memoryLimit;
    let instance;
    try {
        instance = await duckdb.DuckDBInstance.create(o.database ?? ':memory:', config);
    }
    catch (e) {
        external_node_fs_default().rmSync(spill, { recursive: true, force: true });
        const why = engineMessage(e);
        throw new src/* UserError */.yo(`engine duckdb could not start: ${why}`, { hint: o.memoryLimit ? 'memory-limit takes DuckDB\'s form, e.g. 1GB or 512MB.' : undefined });
    }
    const conn = await instance.connect();
    const ready = new Set();
    // describe() is the first statement on every relation, and its bound values are the relation's paths.
    const secretsFor = async (paths) => {
        for (const secret of objectStoreSecrets(paths.filter((p) => objectStoreOf(p) && !ready.has(objectStoreOf(p))), o.env)) {
            try {
                await conn.run(secret.sql, secret.params);
            }
            catch (e) {
                throw new src/* UserError */.yo(`engine duckdb cannot set up ${STORE_NAMES[secret.store]} credentials: ${engineMessage(e)}`, { hint: STORE_HINTS[secret.store] });
            }
            ready.add(secret.store);
            o.log(`engine duckdb: ${secret.store} credentials from ${secret.from}`);
        }
    };
    if (o.paths?.length) {
        try {
            await secretsFor(o.paths);
        }
        catch (e) {
            conn.closeSync();
            instance.closeSync();
            external_node_fs_default().rmSync(spill, { recursive: true, force: true });
            throw e;
        }
    }
    return {
        dialect: duckdbDialect,
        async describe(from, params) {
            await secretsFor(params.filter((p) => typeof p === 'string'));
            const rows = (await conn.runAndReadAll(`DESCRIBE SELECT * FROM ${from}`, params)).getRowObjectsJS();
            return rows.map((r) => ({ name: String(r.column_name), type: String(r.column_type) }));
        },
        async query(sql, params) {
            return (await conn.runAndReadAll(sql, params)).getRowObjectsJS().map((r) => plainRow(r));
        },
        async close() {
            conn.closeSync();
            instance.closeSync();
            external_node_fs_default().rmSync(spill, { recursive: true, force: true });
        },
    };
}

// EXTERNAL MODULE: ./packages/data/src/checks/rules/leakage.ts
var leakage = __webpack_require__(648);
;// CONCATENATED MODULE: ./packages/data/src/sql/leakage.ts





/** Up to this many leaked keys are shown, as the local check shows its first ones. */
const EXAMPLES = 3;
function keyClass(f, d, where) {
    if ((0,table/* isNumericKind */.kw)(f.kind) || (0,table/* isTemporalKind */.PB)(f.kind))
        return 'number';
    if (f.kind === 'string')
        return 'string';
    if (f.kind === 'bool')
        return 'boolean';
    throw new src/* UserError */.yo(`leakage key column "${f.name}" is ${f.kind}: engine ${d.engine} writes its values as text its own way`, { where, hint: 'Leave it out of key_columns, or use engine: local.' });
}
/**
 * One side's key columns, as both sides are joined on them: mlship_k{j} the value with
 * missing (null or NaN) as a fixed stand-in and mlship_m{j} whether it is missing, so
 * that missing equals missing (as in the local check's hash) and the join is an
 * equality of plain values, which every engine can hash rather than compare
 * every pair of rows. The data side also keeps each value as read (mlship_e{j}) for the examples.
 */
function keys(d, b, x, fields, withValues, where) {
    // mlship_-prefixed: ClickHouse 18.x would read an alias in place of a key column of the same name (clickhouse.ts refuses mlship_ columns).
    const columns = fields.flatMap((f, j) => {
        const read = valueExpr(d, f);
        const v = f.kind === 'bool' ? d.cast(d.cast(read, 'int'), 'double') : read;
        const standIn = keyClass(f, d, where) === 'string' ? "''" : '0';
        return [`COALESCE(${v}, ${standIn}) AS mlship_k${j}`, `(CASE WHEN ${v} IS NULL THEN 1 ELSE 0 END) AS mlship_m${j}`, ...(withValues ? [`${read} AS mlship_e${j}`] : [])];
    });
    return `(SELECT ${withValues ? '' : 'DISTINCT '}${columns.join(', ')} FROM ${x.source.from(b, d)})`;
}
/** Compiled (and refused) before any statement runs, like every other check. */
function leakageStatements(d, data, test, spec, where) {
    const names = spec.key_columns ?? data.schema.fields.map((f) => f.name);
    const a = names.map((n) => data.schema.fields.find((f) => f.name === n));
    const b = names.map((n) => test.schema.fields.find((f) => f.name === n));
    const comparable = a.every((f, j) => keyClass(f, d, where) === keyClass(b[j], d, where));
    const testRows = boundStatement(d, 'test-data rows', (x) => `SELECT count(*) AS test_rows FROM ${test.source.from(x, d)}`);
    if (!comparable)
        return { spec, testRows, names };
    const using = names.flatMap((_, j) => [`mlship_k${j}`, `mlship_m${j}`]).join(', ');
    const joined = (x) => `${keys(d, x, data, a, true, where)} AS t JOIN ${keys(d, x, test, b, false, where)} AS s USING (${using})`;
    const on = `leakage on ${names.join(', ')}`;
    return {
        spec,
        names,
        testRows,
        counts: boundStatement(d, `${on}: training rows with a test key (one join)`, (x) => [`SELECT COALESCE(sum(n), 0) AS leaked, count(*) AS leaked_keys FROM (`, `  SELECT count(*) AS n FROM ${joined(x)}`, `  GROUP BY ${using}`, `) AS hit`].join('\n')),
        examples: boundStatement(d, `${on}: first leaked keys`, (x) => `SELECT ${a.map((_, j) => `mlship_e${j}`).join(', ')} FROM ${joined(x)} LIMIT ${EXAMPLES}`),
    };
}
async function leakageCheckVerdict(run, plan) {
    const [rows] = await run(plan.testRows);
    const [counts] = plan.counts ? await run(plan.counts) : [{ leaked: 0, leaked_keys: 0 }];
    const leaked = Number(counts.leaked);
    const examples = leaked > 0 && plan.examples ? (await run(plan.examples)).map((r) => (0,leakage/* keyText */.Pu)(plan.names, plan.names.map((_, j) => r[`mlship_e${j}`] ?? null))) : [];
    return (0,leakage/* leakageVerdict */.OX)(plan.spec, { leaked, keys: Number(counts.leaked_keys), testRows: Number(rows.test_rows), examples });
}

;// CONCATENATED MODULE: ./packages/data/src/sql/predicates.ts





const ROW_TYPES = ['values_between', 'values_in_set', 'regex'];
const isRowSpec = (s) => ROW_TYPES.includes(s.type);
const canonicalNumber = (s) => (s.trim() !== '' && String(Number(s)) === s ? Number(s) : undefined);
/**
 * Set members as the local check compares them: as text, so `1` matches 1 and
 * 1.0 but "1.0" matches neither. A numeric or date column is compared by value
 * with the members whose text is a number's own text; a bool column with true/false.
 */
function setMembers(f, values) {
    if (f.kind === 'string')
        return values.map((v) => ({ value: (0,rules_values/* cellKey */.sl)(v), type: 'text' }));
    if (f.kind === 'bool')
        return values.map(rules_values/* cellKey */.sl).filter((k) => k === 'true' || k === 'false').map((k) => ({ value: k === 'true', type: 'boolean' }));
    if ((0,table/* isNumericKind */.kw)(f.kind) || (0,table/* isTemporalKind */.PB)(f.kind)) {
        return values.flatMap((v) => {
            const n = typeof v === 'number' ? v : typeof v === 'string' ? canonicalNumber(v) : undefined;
            return n === undefined ? [] : [{ value: n, type: 'double' }];
        });
    }
    return [];
}
function rowPredicate(spec, schema, d, where) {
    const field = schema.fields.find((f) => f.name === spec.column);
    const value = valueExpr(d, field);
    const ctx = { schema, where };
    if (spec.type === 'values_between') {
        const min = (0,checks_rule/* temporalBound */.x2)(ctx, spec, 'min', field.kind);
        const max = (0,checks_rule/* temporalBound */.x2)(ctx, spec, 'max', field.kind);
        return {
            field,
            value,
            failing: (b) => {
                const within = [
                    ...(min !== undefined ? [`${value} ${spec.strict_min ? '>' : '>='} ${b.bind(min, 'double')}`] : []),
                    ...(max !== undefined ? [`${value} ${spec.strict_max ? '<' : '<='} ${b.bind(max, 'double')}`] : []),
                ];
                return `${value} IS NOT NULL AND NOT (${within.join(' AND ')})`;
            },
        };
    }
    if (spec.type === 'values_in_set') {
        const members = setMembers(field, spec.values);
        return {
            field,
            value,
            failing: (b) => `${value} IS NOT NULL AND NOT (${members.length ? `${value} IN (${members.map((m) => b.bind(m.value, m.type)).join(', ')})` : (d.falseLiteral ?? 'FALSE')})`,
        };
    }
    if (field.kind !== 'string') {
        // The engines render numbers and dates as text their own way (1.0, 2024-01-01 00:00:00), not as the local check does.
        throw new src/* UserError */.yo(`check regex on "${spec.column}" is compiled for text columns only on engine ${d.engine}, and "${spec.column}" is ${field.kind}`, {
            where,
            hint: 'Use values_between or values_in_set for it, or engine: local.',
        });
    }
    return { field, value, failing: (b) => `${value} IS NOT NULL AND NOT ${d.regexContains(value, b.bind(spec.pattern, 'text'))}` };
}

// EXTERNAL MODULE: ./packages/data/src/checks/load.ts + 7 modules
var load = __webpack_require__(9973);
;// CONCATENATED MODULE: ./packages/data/src/sql/supported.ts


/**
 * The checks compiled to SQL. Those judged from the profile run the local
 * rule's own verdict on the profile the engine computed; the row-level ones
 * (values_between, values_in_set, regex, unique) are counted by the engine.
 */
const PROFILE_TYPES = [
    'row_count',
    'columns',
    'column_count',
    'column_exists',
    'column_type',
    'null_percent',
    'not_null',
    'duplicates',
    'class_balance',
    'min_between',
    'max_between',
    'mean_between',
    'std_between',
    'quantile_between',
    'freshness',
];
const ENGINE_TYPES = [...PROFILE_TYPES, 'values_between', 'values_in_set', 'regex', 'unique', 'leakage', 'drift'];
/**
 * Refuses, before anything runs, each check the engine cannot judge: one line
 * naming the check and the engine. Nothing is skipped.
 */
function assertCompiled(specs, engine, source) {
    specs.forEach((spec, i) => {
        const where = `${source}: checks[${i}] (${spec.type})`;
        const id = (0,load/* checkId */.ij)(spec);
        if (!ENGINE_TYPES.includes(spec.type)) {
            throw new src/* UserError */.yo(`check "${id}" (${spec.type}) is not compiled for engine ${engine}`, { where, hint: `Engine ${engine} runs ${ENGINE_TYPES.join(', ')}; use engine: local for the others.` });
        }
        if (spec.type === 'freshness' && !spec.column) {
            throw new src/* UserError */.yo(`check "${id}" (freshness) needs column on engine ${engine}: there are no files whose modification time it could read`, { where, hint: 'Name the timestamp column the freshness is read from.' });
        }
    });
}

;// CONCATENATED MODULE: ./packages/data/src/sql/bigquery-dialect.ts
const TYPE = { double: 'FLOAT64', text: 'STRING', boolean: 'BOOL', int: 'INT64' };
/** Quantiles are read from APPROX_QUANTILES' 1,000 boundaries: a quantile is rounded to the nearest 0.001. */
const BOUNDARIES = 1000;
// A quoted identifier takes the string literal's escapes. A backtick is written as its hex escape rather
// than \` so that no backtick but the two delimiters is left in the text, whichever way a reader escapes.
const ESCAPES = { '\\': '\\\\', '`': '\\x60', '\n': '\\n', '\r': '\\r', '\t': '\\t' };
const approxQuantile = (expr, q) => `APPROX_QUANTILES(${expr}, ${BOUNDARIES})[OFFSET(CAST(ROUND(${q} * ${BOUNDARIES}) AS INT64))]`;
/**
 * BigQuery (GoogleSQL): backtick identifiers, named @p parameters (typed by the
 * client), RE2 regular expressions, approximate quantiles (GoogleSQL's exact
 * PERCENTILE_CONT is a window function only, so it cannot share the one scan).
 */
const bigqueryDialect = {
    engine: 'bigquery',
    quote: (name) => `\`${name.replace(/[\\`\n\r\t]/g, (c) => ESCAPES[c])}\``,
    placeholder: (i, type) => `CAST(@p${i} AS ${TYPE[type]})`,
    cast: (expr, type) => `CAST(${expr} AS ${TYPE[type]})`,
    // NaN = NaN is false in GoogleSQL, so NULLIF cannot catch it.
    nanToNull: (expr) => `IF(IS_NAN(${expr}), NULL, ${expr})`,
    // A DATETIME (no time zone) casts to the TIMESTAMP at that wall time in UTC, as the local reader reads it.
    epochMs: (expr) => `(UNIX_MICROS(CAST(${expr} AS TIMESTAMP)) / 1000.0)`,
    // GoogleSQL compares STRING by Unicode code point unless a column was given a collation.
    codePointOrder: (expr) => expr,
    charLength: (expr) => `CHAR_LENGTH(${expr})`,
    regexContains: (text, pattern) => `REGEXP_CONTAINS(${text}, ${pattern})`,
    quantile: approxQuantile,
    quantiles: (expr, qs) => `[${qs.map((q) => approxQuantile(expr, q)).join(', ')}]`,
    groupingSets: true,
    // GROUPING SETS and GROUPING() are GoogleSQL's; 30 columns a scan keep the mask within the compiler's integers.
    groupingWidth: 30,
    // GoogleSQL's GROUPING() takes one argument: the mask is the sum of each bit.
    grouping: (exprs) => `(${exprs.map((e, j) => `GROUPING(${e}) * ${2 ** (exprs.length - 1 - j)}`).join(' + ')})`,
    reservedAliases: ['rows', 'groups'],
    kindOf(typeName) {
        const t = typeName.toUpperCase();
        if (t === 'INTEGER' || t === 'INT64')
            return 'int';
        if (t === 'FLOAT' || t === 'FLOAT64')
            return 'float';
        if (t === 'NUMERIC' || t === 'BIGNUMERIC' || t.startsWith('NUMERIC(') || t.startsWith('BIGNUMERIC('))
            return 'decimal';
        if (t === 'BOOLEAN' || t === 'BOOL')
            return 'bool';
        if (t === 'TIMESTAMP' || t === 'DATETIME')
            return 'timestamp';
        if (t === 'DATE')
            return 'date';
        if (t === 'BYTES')
            return 'binary';
        if (t.startsWith('ARRAY') || t === 'RECORD' || t.startsWith('STRUCT') || t === 'JSON' || t.startsWith('RANGE'))
            return 'nested';
        return 'string';
    },
    notes: {
        regex: 'RE2 (REGEXP_CONTAINS: the value contains a match)',
        quantiles: 'approximate (APPROX_QUANTILES with 1,000 boundaries: each quantile is one of the column\'s values, not interpolated, and BigQuery documents no error bound for it; the quantile asked for is rounded to the nearest 0.001)',
    },
};

;// CONCATENATED MODULE: ./packages/data/src/sql/connection-url.ts

/**
 * Reads `connection` as `<engine>://\u2026` in the form `form`, refusing query keys
 * outside `keys`. Messages name the part that is wrong, never the string
 * itself: it may hold a password.
 */
function parseConnectionUrl(engine, connection, form, keys) {
    const fail = (why) => new src/* UserError */.yo(`connection: ${why}`, { where: `engine ${engine}`, hint: `Give connection as ${form}.` });
    let u;
    try {
        u = new URL(connection.trim());
    }
    catch {
        throw fail(`not a URL of the form ${engine}://\u2026`);
    }
    if (u.protocol !== `${engine}:`)
        throw fail(`starts with ${u.protocol.replace(/:$/, '') || 'no scheme'}://, not ${engine}://`);
    if (!u.hostname)
        throw fail('names no host');
    const options = {};
    for (const [key, value] of u.searchParams) {
        if (!keys.includes(key))
            throw fail(`unknown option "${key}"; ${keys.length ? `it takes ${keys.join(', ')}` : 'it takes none'}`);
        if (key in options)
            throw fail(`option "${key}" is given twice`);
        options[key] = value;
    }
    const decode = (s) => {
        try {
            return decodeURIComponent(s);
        }
        catch {
            throw fail('has a malformed %-escape');
        }
    };
    return {
        ...(u.username ? { user: decode(u.username) } : {}),
        ...(u.password ? { password: decode(u.password) } : {}),
        host: decode(u.hostname),
        ...(u.port ? { port: Number(u.port) } : {}),
        path: u.pathname.split('/').filter(Boolean).map(decode),
        options,
    };
}
/** Where the data is, for messages and the report: no credentials. */
const serverLabel = (engine, host, path) => `${engine}://${[host, ...path].join('/')}`;

;// CONCATENATED MODULE: ./packages/data/src/sql/bigquery.ts





/** The client release the tool cache installs (Google's maintained Node client). */
const BIGQUERY_DRIVER = { name: '@google-cloud/bigquery', version: '9.3.0', engine: 'bigquery' };
const BIGQUERY_FORM = 'bigquery://<project>[/<dataset>][?location=<location>] (credentials from GOOGLE_APPLICATION_CREDENTIALS or the runner\'s workload identity)';
/** bigquery://project[/dataset][?location=EU]; credentials never in the string. */
function parseBigqueryConnection(connection) {
    const u = parseConnectionUrl('bigquery', connection, BIGQUERY_FORM, ['location']);
    const fail = (why) => new src/* UserError */.yo(`connection: ${why}`, { where: 'engine bigquery', hint: `Give connection as ${BIGQUERY_FORM}.` });
    if (u.user || u.password)
        throw fail('holds credentials; BigQuery reads them from GOOGLE_APPLICATION_CREDENTIALS (a service account key file or workload identity federation)');
    if (u.port)
        throw fail('names a port; the host part is the Google Cloud project');
    if (u.path.length > 1)
        throw fail(`has ${u.path.length} path parts; give at most one, the default dataset`);
    if ('location' in u.options && !u.options.location)
        throw fail('location is empty');
    return { projectId: u.host, ...(u.path[0] ? { dataset: u.path[0] } : {}), ...(u.options.location ? { location: u.options.location } : {}), label: serverLabel('bigquery', u.host, u.path) };
}
const bigquery_TYPE = { number: 'FLOAT64', string: 'STRING', boolean: 'BOOL' };
/** @p1, @p2 \u2026 with explicit types: the compiler binds doubles, text and booleans only, and an integer-looking number is still a FLOAT64. */
function bound(params) {
    if (!params.length)
        return {};
    const names = params.map((_, i) => `p${i + 1}`);
    return {
        parameterMode: 'named',
        params: Object.fromEntries(names.map((n, i) => [n, params[i]])),
        types: Object.fromEntries(names.map((n, i) => [n, bigquery_TYPE[typeof params[i]]])),
    };
}
/**
 * A value as the local reader has it. The client wraps NUMERIC and BIGNUMERIC
 * in big.js' Big, TIMESTAMP, DATETIME and DATE in objects holding their text
 * (BigQueryTimestamp \u2026): the checks compare numbers, and times as epoch
 * milliseconds (a DATETIME as UTC), with the microseconds kept as a fraction.
 */
function bigqueryValue(v) {
    if (Array.isArray(v))
        return v.map(bigqueryValue);
    if (v === null || typeof v !== 'object')
        return plainValue(v);
    const name = v.constructor?.name;
    if (name === 'Big')
        return Number(String(v));
    if ((name === 'BigQueryTimestamp' || name === 'BigQueryDatetime' || name === 'BigQueryDate') && typeof v.value === 'string') {
        const m = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}:\d{2})(?:\.(\d+))?)?(Z|[+-]\d{2}:?\d{2})?$/.exec(v.value);
        if (!m)
            throw new Error(`unreadable ${name} ${v.value}`);
        const ms = Date.parse(`${m[1]}T${m[2] ?? '00:00:00'}${m[4] ?? 'Z'}`);
        return ms + (m[3] ? Number(`0.${m[3]}`) * 1000 : 0);
    }
    return v;
}
const bigqueryRow = (row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, bigqueryValue(v)]));
/**
 * BigQuery through @google-cloud/bigquery, loaded only when this engine is
 * chosen. Columns are described by a dry run (the job's result schema, no
 * bytes billed); every statement is a query job. BigQuery has no read-only
 * session: a `query` only ever runs as a subquery, which cannot change data.
 * The client has no connection to open and finds credentials only at its
 * first request, so a dry run of `SELECT 1` says whether the runner has
 * credentials and a route to BigQuery, before any check.
 */
async function connectBigquery(connection, log) {
    const c = parseBigqueryConnection(connection);
    const { BigQuery } = await requireDriver(BIGQUERY_DRIVER, log);
    const client = new BigQuery({ projectId: c.projectId, ...(c.location ? { location: c.location } : {}), userAgent: 'mlship-validate-data' });
    const common = {
        ...(c.location ? { location: c.location } : {}),
        ...(c.dataset ? { defaultDataset: { projectId: c.projectId, datasetId: c.dataset } } : {}),
        labels: { tool: 'mlship' },
    };
    try {
        await client.createQueryJob({ query: 'SELECT 1', ...common, dryRun: true });
    }
    catch (e) {
        throw new src/* UserError */.yo(`engine bigquery cannot connect to ${c.label}: ${e.message.split('\n')[0]}`, {
            hint: 'Give the runner credentials (google-github-actions/auth sets GOOGLE_APPLICATION_CREDENTIALS) that may run jobs in the project.',
        });
    }
    return {
        dialect: bigqueryDialect,
        async describe(from, params) {
            const [job] = await client.createQueryJob({ query: `SELECT * FROM ${from}`, ...bound(params), ...common, dryRun: true });
            const fields = job.metadata.statistics?.query?.schema?.fields;
            if (!fields)
                throw new Error('the dry run returned no schema');
            return fields.map((f) => ({ name: f.name, type: f.mode === 'REPEATED' ? `ARRAY<${f.type}>` : f.type }));
        },
        async query(sql, params) {
            const [rows] = await client.query({ query: sql, ...bound(params), ...common });
            return rows.map(bigqueryRow);
        },
        async close() {
            // The client holds no connection: each statement is its own HTTPS request.
        },
    };
}

;// CONCATENATED MODULE: ./packages/data/src/sql/databricks-dialect.ts
const databricks_dialect_TYPE = { double: 'DOUBLE', text: 'STRING', boolean: 'BOOLEAN', int: 'INT' };
/**
 * Databricks SQL (Spark SQL): backtick identifiers, named :p parameter
 * markers, Java regular expressions, exact interpolated quantiles.
 */
const databricksDialect = {
    engine: 'databricks',
    quote: (name) => `\`${name.replaceAll('`', '``')}\``,
    placeholder: (i, type) => `CAST(:p${i} AS ${databricks_dialect_TYPE[type]})`,
    cast: (expr, type) => `CAST(${expr} AS ${databricks_dialect_TYPE[type]})`,
    // Spark compares NaN equal to NaN, so NULLIF catches it.
    nanToNull: (expr) => `NULLIF(${expr}, CAST('NaN' AS DOUBLE))`,
    // The session runs in UTC (the engine sets it), so a TIMESTAMP_NTZ is read at its wall time in UTC; a date is whole days.
    epochMs: (expr, kind) => (kind === 'date' ? `(unix_date(${expr}) * 86400000.0)` : `(unix_micros(CAST(${expr} AS TIMESTAMP)) / 1000.0)`),
    // Spark's default collation (UTF8_BINARY) compares UTF-8 bytes: code point order.
    codePointOrder: (expr) => expr,
    charLength: (expr) => `char_length(${expr})`,
    // RLIKE finds a match anywhere in the value (Java's Matcher.find).
    regexContains: (text, pattern) => `(${text} RLIKE ${pattern})`,
    quantile: (expr, q) => `percentile(${expr}, ${q})`,
    quantiles: (expr, qs) => `percentile(${expr}, array(${qs.join(', ')}))`,
    groupingSets: true,
    // grouping_id() returns a BIGINT mask; 30 columns a scan keep it within the compiler's integers.
    groupingWidth: 30,
    // Spark's grouping() takes one column; grouping_id() gives the mask of several.
    grouping: (exprs) => `grouping_id(${exprs.join(', ')})`,
    kindOf(typeName) {
        // The driver's result metadata names types as Thrift TTypeIds (BIGINT_TYPE); DESCRIBE as SQL (bigint, decimal(10,2)).
        const t = typeName.toLowerCase().replace(/_type$/, '');
        if (t === 'tinyint' || t === 'smallint' || t === 'int' || t === 'integer' || t === 'bigint' || t === 'byte' || t === 'short' || t === 'long')
            return 'int';
        if (t === 'float' || t === 'double' || t === 'real')
            return 'float';
        if (t.startsWith('decimal'))
            return 'decimal';
        if (t === 'boolean')
            return 'bool';
        if (t === 'timestamp' || t === 'timestamp_ntz' || t === 'timestamp_ltz')
            return 'timestamp';
        if (t === 'date')
            return 'date';
        if (t === 'binary')
            return 'binary';
        if (t.startsWith('array') || t.startsWith('map') || t.startsWith('struct') || t === 'variant')
            return 'nested';
        return 'string';
    },
    notes: {
        regex: 'Java (RLIKE: the value contains a match)',
        quantiles: 'exact (percentile: linear interpolation, as pandas)',
    },
};

;// CONCATENATED MODULE: ./packages/data/src/sql/databricks.ts





/** The client release the tool cache installs (Databricks' maintained Node driver). */
const DATABRICKS_DRIVER = { name: '@databricks/sql', version: '2.1.0', engine: 'databricks' };
const DATABRICKS_FORM = 'databricks://token:<personal access token>@<workspace host>/sql/1.0/warehouses/<warehouse id>[?catalog=<catalog>&schema=<schema>] (or without token:\u2026@, the token in DATABRICKS_TOKEN)';
/** databricks://token:<PAT>@host/sql/1.0/warehouses/<id>[?catalog=\u2026&schema=\u2026]. */
function parseDatabricksConnection(connection, env = process.env) {
    const u = parseConnectionUrl('databricks', connection, DATABRICKS_FORM, ['catalog', 'schema']);
    const fail = (why) => new src/* UserError */.yo(`connection: ${why}`, { where: 'engine databricks', hint: `Give connection as ${DATABRICKS_FORM}.` });
    if (u.user && u.user !== 'token')
        throw fail(`names the user "${u.user}"; a personal access token goes in as token:<token>@`);
    if (u.user && !u.password)
        throw fail('names the token user but no token');
    const token = u.password ?? env.DATABRICKS_TOKEN;
    if (!token)
        throw fail('gives no token, and DATABRICKS_TOKEN is not set');
    if (!u.path.length)
        throw fail('names no HTTP path (the warehouse\'s /sql/1.0/warehouses/<id>)');
    for (const key of ['catalog', 'schema'])
        if (key in u.options && !u.options[key])
            throw fail(`${key} is empty`);
    return {
        host: u.host,
        path: `/${u.path.join('/')}`,
        token,
        ...(u.options.catalog ? { catalog: u.options.catalog } : {}),
        ...(u.options.schema ? { schema: u.options.schema } : {}),
        label: serverLabel('databricks', u.host, u.path),
    };
}
const databricks_TYPE = { number: 'DOUBLE', string: 'STRING', boolean: 'BOOLEAN' };
/**
 * Databricks SQL through @databricks/sql, loaded only when this engine is
 * chosen. Values are bound as named parameter markers (:p1 \u2026) with explicit
 * types; columns are described from the result metadata of a LIMIT 0 query.
 * The session runs in UTC so that a TIMESTAMP_NTZ reads as the local reader
 * reads a timestamp without time zone. Databricks has no read-only session: a
 * `query` only ever runs as a subquery, which cannot change data.
 */
async function connectDatabricks(connection, log) {
    const c = parseDatabricksConnection(connection);
    const dbsql = await requireDriver(DATABRICKS_DRIVER, log);
    // The driver logs every session and operation at info by default; errors reach the user through the statement that failed.
    const client = new dbsql.DBSQLClient({ logger: new dbsql.DBSQLLogger({ level: 'error' }) });
    let session;
    try {
        await client.connect({ host: c.host, path: c.path, token: c.token, userAgentEntry: 'mlship' });
        session = await client.openSession({ ...(c.catalog ? { initialCatalog: c.catalog } : {}), ...(c.schema ? { initialSchema: c.schema } : {}) });
        await (await session.executeStatement("SET TIME ZONE 'UTC'")).close();
    }
    catch (e) {
        await client.close().catch(() => { });
        // The Thrift transport reports a refused token only as the HTTP status of the first call.
        const message = e.message.split('\n')[0];
        const status = /bad HTTP status code: (401|403)\b/.exec(message)?.[1];
        const why = status ? `the workspace refused the token (HTTP ${status})` : message;
        throw new src/* UserError */.yo(`engine databricks cannot connect to ${c.label}: ${why}`, { hint: `Check connection (${DATABRICKS_FORM}) and that the warehouse is running.` });
    }
    const typeNames = dbsql.thrift.TCLIService_types.TTypeId;
    const run = async (sql, params) => {
        const namedParameters = Object.fromEntries(params.map((value, i) => [`p${i + 1}`, new dbsql.DBSQLParameter({ type: databricks_TYPE[typeof value], value })]));
        return session.executeStatement(sql, { runAsync: true, ...(params.length ? { namedParameters } : {}) });
    };
    return {
        dialect: databricksDialect,
        async describe(from, params) {
            const op = await run(`SELECT * FROM ${from} LIMIT 0`, params);
            try {
                const schema = await op.getSchema();
                return (schema?.columns ?? []).map((col) => {
                    const t = col.typeDesc.types[0];
                    const nested = t?.arrayEntry ? 'ARRAY_TYPE' : t?.mapEntry ? 'MAP_TYPE' : t?.structEntry ? 'STRUCT_TYPE' : undefined;
                    return { name: col.columnName, type: nested ?? typeNames[t?.primitiveEntry?.type ?? -1] ?? 'STRING_TYPE' };
                });
            }
            finally {
                await op.close();
            }
        },
        async query(sql, params) {
            const op = await run(sql, params);
            try {
                return (await op.fetchAll()).map((r) => plainRow(r));
            }
            finally {
                await op.close();
            }
        },
        async close() {
            await session.close().catch(() => { });
            await client.close();
        },
    };
}

;// CONCATENATED MODULE: ./packages/data/src/sql/snowflake-dialect.ts
const snowflake_dialect_TYPE = { double: 'DOUBLE', text: 'VARCHAR', boolean: 'BOOLEAN', int: 'INTEGER' };
/**
 * Snowflake: double-quoted identifiers, numbered :n bind variables (the
 * driver's binds, in order), POSIX extended regular expressions, exact
 * interpolated quantiles.
 */
const snowflakeDialect = {
    engine: 'snowflake',
    quote: (name) => `"${name.replaceAll('"', '""')}"`,
    placeholder: (i, type) => `CAST(:${i} AS ${snowflake_dialect_TYPE[type]})`,
    cast: (expr, type) => `CAST(${expr} AS ${snowflake_dialect_TYPE[type]})`,
    // Snowflake compares NaN equal to NaN, so NULLIF catches it.
    nanToNull: (expr) => `NULLIF(${expr}, CAST('NaN' AS DOUBLE))`,
    // TIMESTAMP_NTZ counts as UTC; _LTZ and _TZ are instants already.
    epochMs: (expr, kind) => `(DATE_PART(EPOCH_MICROSECOND, ${kind === 'date' ? `CAST(${expr} AS TIMESTAMP_NTZ)` : expr}) / 1000.0)`,
    // A column may carry a collation (case- or accent-insensitive); 'utf8' compares code points.
    codePointOrder: (expr) => `COLLATE(${expr}, 'utf8')`,
    charLength: (expr) => `LENGTH(${expr})`,
    // REGEXP_LIKE and RLIKE match the whole value; REGEXP_INSTR finds a match anywhere in it.
    regexContains: (text, pattern) => `(REGEXP_INSTR(${text}, ${pattern}) > 0)`,
    quantile: (expr, q) => `PERCENTILE_CONT(${q}) WITHIN GROUP (ORDER BY ${expr})`,
    quantiles: (expr, qs) => `ARRAY_CONSTRUCT(${qs.map((q) => `PERCENTILE_CONT(${q}) WITHIN GROUP (ORDER BY ${expr})`).join(', ')})`,
    groupingSets: true,
    // GROUPING() takes several columns and returns the mask; 30 a scan keep it within the compiler's integers.
    groupingWidth: 30,
    reservedAliases: ['rows'],
    kindOf(typeName) {
        const t = typeName.toUpperCase();
        // The driver reports NUMBER as FIXED with a precision and scale: scale 0 is an integer.
        const fixed = /^(?:FIXED|NUMBER|DECIMAL|NUMERIC)\((\d+),\s*(\d+)\)$/.exec(t);
        if (fixed)
            return fixed[2] === '0' ? 'int' : 'decimal';
        if (/^(FIXED|NUMBER|DECIMAL|NUMERIC|INT|INTEGER|BIGINT|SMALLINT|TINYINT|BYTEINT)$/.test(t))
            return 'int';
        if (t === 'REAL' || t === 'FLOAT' || t === 'DOUBLE')
            return 'float';
        if (t === 'BOOLEAN')
            return 'bool';
        if (t.startsWith('TIMESTAMP'))
            return 'timestamp';
        if (t === 'DATE')
            return 'date';
        if (t === 'BINARY' || t === 'VARBINARY')
            return 'binary';
        if (t === 'VARIANT' || t === 'OBJECT' || t === 'ARRAY' || t === 'MAP' || t.startsWith('ARRAY(') || t.startsWith('OBJECT(') || t.startsWith('MAP('))
            return 'nested';
        return 'string';
    },
    notes: {
        regex: 'POSIX extended (REGEXP_INSTR: the value contains a match)',
        quantiles: 'exact (PERCENTILE_CONT WITHIN GROUP: linear interpolation, as pandas)',
    },
};

;// CONCATENATED MODULE: ./packages/data/src/sql/snowflake.ts





/** The client release the tool cache installs (Snowflake's maintained Node driver). */
const SNOWFLAKE_DRIVER = { name: 'snowflake-sdk', version: '3.4.1', engine: 'snowflake' };
const CONNECT_TIMEOUT_S = 60;
const SNOWFLAKE_FORM = 'snowflake://<user>:<password>@<account>/<database>/<schema>?warehouse=<warehouse>&role=<role> (or ?private_key_file=<path> instead of a password)';
/** snowflake://user:password@account/database/schema?warehouse=\u2026&role=\u2026 (key-pair: ?private_key_file=\u2026 instead of the password). */
function parseSnowflakeConnection(connection) {
    const u = parseConnectionUrl('snowflake', connection, SNOWFLAKE_FORM, ['warehouse', 'role', 'private_key_file']);
    const fail = (why) => new src/* UserError */.yo(`connection: ${why}`, { where: 'engine snowflake', hint: `Give connection as ${SNOWFLAKE_FORM}.` });
    if (!u.user)
        throw fail('names no user');
    if (u.port)
        throw fail('names a port; the host part is the account identifier (orgname-accountname)');
    if (u.password && u.options.private_key_file)
        throw fail('gives both a password and private_key_file; give one');
    if (!u.password && !u.options.private_key_file)
        throw fail('gives neither a password nor private_key_file');
    if (u.path.length !== 2)
        throw fail(`has ${u.path.length} path part${u.path.length === 1 ? '' : 's'}; give the database and the schema`);
    for (const key of ['warehouse', 'role', 'private_key_file'])
        if (key in u.options && !u.options[key])
            throw fail(`${key} is empty`);
    return {
        account: u.host,
        username: u.user,
        ...(u.password ? { password: u.password } : { privateKeyPath: u.options.private_key_file }),
        database: u.path[0],
        schema: u.path[1],
        ...(u.options.warehouse ? { warehouse: u.options.warehouse } : {}),
        ...(u.options.role ? { role: u.options.role } : {}),
        label: serverLabel('snowflake', u.host, u.path),
    };
}
/**
 * Snowflake through snowflake-sdk, loaded only when this engine is chosen.
 * Values are bound as :1, :2 \u2026 (the driver's binds). Columns are described
 * by a describe-only execution (its result metadata; nothing is scanned).
 * Snowflake has no read-only session: a `query` only ever runs as a
 * subquery, which cannot change data.
 */
async function connectSnowflake(connection, log) {
    const c = parseSnowflakeConnection(connection);
    const snowflake = await requireDriver(SNOWFLAKE_DRIVER, log);
    // The driver logs to the console and a file by default; errors reach the user through the statement that failed.
    snowflake.configure({ logLevel: 'OFF', additionalLogToConsole: false });
    const conn = snowflake.createConnection({
        account: c.account,
        username: c.username,
        ...(c.password ? { password: c.password } : { authenticator: 'SNOWFLAKE_JWT', privateKeyPath: c.privateKeyPath }),
        database: c.database,
        schema: c.schema,
        warehouse: c.warehouse,
        role: c.role,
        application: 'mlship',
    });
    let timer;
    try {
        // The driver retries a login for five minutes; a runner waits one.
        const timeout = new Promise((_, reject) => {
            timer = setTimeout(() => reject(new Error(`no answer in ${CONNECT_TIMEOUT_S} s`)), CONNECT_TIMEOUT_S * 1000);
        });
        await Promise.race([conn.connectAsync(), timeout]);
    }
    catch (e) {
        conn.destroy(() => { });
        throw new src/* UserError */.yo(`engine snowflake cannot connect to ${c.label}: ${e.message.split('\n')[0]}`, { hint: `Check connection (${SNOWFLAKE_FORM}) and that the user may use the warehouse.` });
    }
    finally {
        clearTimeout(timer);
    }
    const execute = (sqlText, binds, describeOnly = false) => new Promise((resolve, reject) => conn.execute({ sqlText, ...(binds.length ? { binds } : {}), ...(describeOnly ? { describeOnly } : {}), complete: (err, stmt, rows) => (err ? reject(err) : resolve({ stmt, rows: rows ?? [] })) }));
    return {
        dialect: snowflakeDialect,
        async describe(from, params) {
            const { stmt } = await execute(`SELECT * FROM ${from}`, params, true);
            return (stmt.getColumns() ?? []).map((col) => ({ name: col.getName(), type: col.getType() === 'fixed' ? `NUMBER(${col.getPrecision()},${col.getScale()})` : col.getType() }));
        },
        async query(sql, params) {
            const { rows } = await execute(sql, params);
            // Unquoted names come back upper-cased; the compiler's own output names are lower-case.
            return rows.map((r) => plainRow(Object.fromEntries(Object.entries(r).map(([k, v]) => [k.toLowerCase(), v]))));
        },
        close: () => new Promise((resolve) => conn.destroy(() => resolve())),
    };
}

;// CONCATENATED MODULE: ./packages/data/src/sql/trino-dialect.ts
const trino_dialect_TYPE = { double: 'DOUBLE', text: 'VARCHAR', boolean: 'BOOLEAN', int: 'INTEGER' };
/**
 * Trino: double-quoted identifiers, ? parameters of a prepared statement
 * (numbered in a comment), Java regular expressions (joni), approximate
 * quantiles (Trino has no exact percentile aggregate).
 */
const trinoDialect = {
    engine: 'trino',
    quote: (name) => `"${name.replaceAll('"', '""')}"`,
    // A ? is positional; its number, in a comment, lets the engine bind values in the order the markers stand, whatever order the compiler bound them in.
    placeholder: (i, type) => `CAST(? /*p${i}*/ AS ${trino_dialect_TYPE[type]})`,
    cast: (expr, type) => `CAST(${expr} AS ${trino_dialect_TYPE[type]})`,
    // NaN = NaN is false in Trino, so NULLIF cannot catch it.
    nanToNull: (expr) => `IF(is_nan(${expr}), NULL, ${expr})`,
    // The session runs in UTC (the engine sets it), so a timestamp without time zone is read at its wall time in UTC.
    epochMs: (expr, kind) => `(to_unixtime(${kind === 'date' ? `CAST(${expr} AS TIMESTAMP)` : expr}) * 1000)`,
    // Trino compares varchar by code point.
    codePointOrder: (expr) => expr,
    charLength: (expr) => `length(${expr})`,
    // regexp_like finds a match anywhere in the value.
    regexContains: (text, pattern) => `regexp_like(${text}, ${pattern})`,
    quantile: (expr, q) => `approx_percentile(${expr}, ${q})`,
    quantiles: (expr, qs) => `approx_percentile(${expr}, ARRAY[${qs.join(', ')}])`,
    groupingSets: true,
    // grouping() takes several columns and returns a BIGINT mask; 30 a scan keep it within the compiler's integers.
    groupingWidth: 30,
    kindOf(typeName) {
        const t = typeName.toLowerCase();
        if (t === 'tinyint' || t === 'smallint' || t === 'integer' || t === 'bigint')
            return 'int';
        if (t === 'real' || t === 'double')
            return 'float';
        if (t.startsWith('decimal'))
            return 'decimal';
        if (t === 'boolean')
            return 'bool';
        if (t.startsWith('timestamp'))
            return 'timestamp';
        if (t === 'date')
            return 'date';
        if (t === 'varbinary')
            return 'binary';
        if (t.startsWith('array') || t.startsWith('map') || t.startsWith('row') || t === 'json')
            return 'nested';
        return 'string';
    },
    notes: {
        regex: 'Java (joni; regexp_like: the value contains a match)',
        quantiles: 'approximate (approx_percentile: each quantile is one of the column\'s values, not interpolated; Trino documents no error bound for it, its quantile digests default to a maximum rank error of 1%)',
    },
};

;// CONCATENATED MODULE: ./packages/data/src/sql/trino.ts





/** The client release the tool cache installs (the Trino project's Node client). */
const TRINO_DRIVER = { name: 'trino-client', version: '0.2.9', engine: 'trino' };
const TRINO_FORM = 'trino://<user>[:<password>]@<host>:<port>/<catalog>/<schema>[?ssl=true|false] (https when a password is given, unless ssl=false)';
/** trino://user[:password]@host:port/catalog/schema[?ssl=true|false]. */
function parseTrinoConnection(connection) {
    const u = parseConnectionUrl('trino', connection, TRINO_FORM, ['ssl']);
    const fail = (why) => new src/* UserError */.yo(`connection: ${why}`, { where: 'engine trino', hint: `Give connection as ${TRINO_FORM}.` });
    if (!u.user)
        throw fail('names no user (Trino runs every query as a user)');
    if (u.path.length !== 2)
        throw fail(`has ${u.path.length} path part${u.path.length === 1 ? '' : 's'}; give the catalog and the schema`);
    const ssl = u.options.ssl;
    if (ssl !== undefined && ssl !== 'true' && ssl !== 'false')
        throw fail(`ssl is "${ssl}"; it takes true or false`);
    const https = ssl === undefined ? u.password !== undefined : ssl === 'true';
    return {
        server: `${https ? 'https' : 'http'}://${u.host.includes(':') ? `[${u.host}]` : u.host}:${u.port ?? (https ? 443 : 8080)}`,
        user: u.user,
        ...(u.password !== undefined ? { password: u.password } : {}),
        catalog: u.path[0],
        schema: u.path[1],
        label: serverLabel('trino', `${u.host}${u.port ? `:${u.port}` : ''}`, u.path),
    };
}
/**
 * A bound value as the literal of an EXECUTE \u2026 USING clause: the only way
 * Trino's protocol takes parameters (its JDBC driver does the same). Numbers
 * through DOUBLE '\u2026' (Java parses JavaScript's number text, NaN and Infinity
 * too), text with its quotes doubled (Trino's string literals have no other
 * escape), booleans as keywords.
 */
function usingLiteral(v) {
    if (typeof v === 'number')
        return `DOUBLE '${String(v)}'`;
    if (typeof v === 'boolean')
        return v ? 'TRUE' : 'FALSE';
    return `'${v.replaceAll("'", "''")}'`;
}
const MARKER = /\? \/\*p(\d+)\*\//g;
/**
 * The values in the order their ? markers stand in the text (a FROM clause's
 * values are bound first but written last). Each marker must name each value
 * once: text that carries a marker of its own (a name, a query) fails here,
 * rather than binding a value to the wrong place.
 */
function valuesInTextOrder(sql, params) {
    const order = [...sql.matchAll(MARKER)].map((m) => Number(m[1]));
    if (order.length !== params.length || new Set(order).size !== params.length || order.some((i) => i < 1 || i > params.length)) {
        throw new Error(`the statement has ${order.length} numbered ? markers for ${params.length} values`);
    }
    return order.map((i) => params[i - 1]);
}
/** The name the statement is prepared under, per request (the protocol's X-Trino-Prepared-Statement). */
const PREPARED = 'mlship_statement';
/**
 * Trino through trino-client, loaded only when this engine is chosen. A
 * statement with values is sent as `EXECUTE mlship_statement USING \u2026`, the
 * statement's own text (with its ? markers) travelling in the
 * X-Trino-Prepared-Statement header, so the compiled text is parsed by Trino
 * before any value is seen. The session runs in UTC (X-Trino-Time-Zone) so
 * that a timestamp without time zone reads as the local reader reads it.
 * Trino's read-only transactions need the protocol's transaction headers,
 * which the client does not carry: a `query` only ever runs as a subquery,
 * which cannot change data.
 */
async function connectTrino(connection, log) {
    const c = parseTrinoConnection(connection);
    const trino = await requireDriver(TRINO_DRIVER, log);
    const client = trino.Trino.create({
        server: c.server,
        source: 'mlship validate-data',
        catalog: c.catalog,
        schema: c.schema,
        auth: new trino.BasicAuth(c.user, c.password),
        extraHeaders: { 'X-Trino-Time-Zone': 'UTC' },
    });
    const run = async (sql, params) => {
        const request = params.length
            ? { query: `EXECUTE ${PREPARED} USING ${valuesInTextOrder(sql, params).map(usingLiteral).join(', ')}`, extraHeaders: { 'X-Trino-Prepared-Statement': `${PREPARED}=${encodeURIComponent(sql)}` } }
            : { query: sql };
        let columns;
        const data = [];
        for await (const r of await client.query(request)) {
            if (r.error)
                throw new Error(r.error.message);
            columns ??= r.columns;
            if (r.data)
                data.push(...r.data);
        }
        if (!columns)
            throw new Error('Trino returned no result');
        const names = columns.map((col) => col.name);
        return { columns, rows: data.map((row) => plainRow(Object.fromEntries(names.map((n, i) => [n, row[i] ?? null])))) };
    };
    // The protocol has no connection to open: a first statement says whether the server is there and takes the user.
    try {
        await run('SELECT 1', []);
    }
    catch (e) {
        const status = e.response?.status;
        const why = status === 401 ? 'the server refused the user\'s credentials (HTTP 401)' : e.message.split('\n')[0];
        throw new src/* UserError */.yo(`engine trino cannot connect to ${c.label}: ${why}`, { hint: `Check connection (${TRINO_FORM}) and that the server accepts connections from this runner.` });
    }
    return {
        dialect: trinoDialect,
        async describe(from, params) {
            return (await run(`SELECT * FROM ${from} LIMIT 0`, params)).columns;
        },
        async query(sql, params) {
            return (await run(sql, params)).rows;
        },
        async close() {
            // Each statement is its own HTTP exchange; nothing stays open.
        },
    };
}

;// CONCATENATED MODULE: ./packages/data/src/sql/warehouses.ts




const WAREHOUSES = {
    bigquery: { form: BIGQUERY_FORM, table: 'dataset.table, or project.dataset.table', label: (c) => parseBigqueryConnection(c).label, connect: connectBigquery },
    snowflake: { form: SNOWFLAKE_FORM, table: 'table, schema.table or database.schema.table', label: (c) => parseSnowflakeConnection(c).label, connect: connectSnowflake },
    databricks: { form: DATABRICKS_FORM, table: 'catalog.schema.table', label: (c) => parseDatabricksConnection(c).label, connect: connectDatabricks },
    trino: { form: TRINO_FORM, table: 'table, schema.table or catalog.schema.table', label: (c) => parseTrinoConnection(c).label, connect: connectTrino },
};
const isWarehouse = (name) => Object.hasOwn(WAREHOUSES, name);

;// CONCATENATED MODULE: ./packages/data/src/sql/run.ts






















const URL_SPEC = /^(s3|s3a|gs|gcs|r2|az|azure|abfss|https?|hf):\/\//i;
const where = (o) => `engine ${o.name}`;
/** The FROM clause: a table, a query, or (duckdb) the files named by data. */
async function sourceOf(o, data, cwd) {
    const given = [o.table !== undefined && 'table', o.query !== undefined && 'query', data !== undefined && 'data'].filter(Boolean);
    const fix = isWarehouse(o.name) ? `Give table (${WAREHOUSES[o.name].table}) or query.` : o.name === 'postgres' ? 'Give table (schema.table) or query.' : o.name === 'clickhouse' ? 'Give table (database.table, a Distributed table too) or query.' : 'Give data (files, a glob or an s3:// gs:// https:// URL), or query, or table with connection (a DuckDB database file).';
    if (given.length !== 1)
        throw new src/* UserError */.yo(given.length ? `${given.join(' and ')} are ${given.length === 2 ? 'both' : 'all'} set; name the data one way` : `no data named: set table or query${o.name === 'duckdb' ? ' or data' : ''}`, { where: where(o), hint: fix });
    if (o.table !== undefined) {
        if (o.name === 'duckdb' && !o.connection)
            throw new src/* UserError */.yo('table needs connection (the DuckDB database file holding it)', { where: where(o), hint: fix });
        if (!o.table.trim())
            throw new src/* UserError */.yo('table is empty', { where: where(o), hint: fix });
        return { source: tableSource(o.table.trim()), files: [], format: o.name };
    }
    if (o.query !== undefined) {
        if (!o.query.trim())
            throw new src/* UserError */.yo('query is empty', { where: where(o), hint: fix });
        return { source: querySource(o.query), files: [], format: o.name };
    }
    if (o.name !== 'duckdb')
        throw new src/* UserError */.yo('data is for engines local and duckdb; this one reads table or query', { where: where(o), hint: fix });
    // DuckDB would open the database and read only the files: a database given for nothing is a mistake to say, not to pass over.
    if (o.connection?.trim())
        throw new src/* UserError */.yo('connection and data are both set: connection is a DuckDB database file, which data (files) does not read', { where: where(o), hint: 'Give connection with table or query (the rows in that database), or data alone (the files).' });
    const spec = data.trim();
    if (URL_SPEC.test(spec)) {
        const format = (0,file_formats/* formatOf */.b)(spec.replace(/[?#].*$/, '')) ?? 'parquet';
        return { source: filesSource(spec, [spec], format, /\/[^/=]+=[^/]*\//.test(spec)), files: [], format: `duckdb ${format}` };
    }
    const table = await (0,table_formats/* tableFormatOf */.$)(external_node_path_default().resolve(cwd, spec));
    if (table)
        return { source: lakeTableSource(spec, external_node_path_default().resolve(cwd, spec), table), files: [], format: `duckdb ${table}` };
    const files = await (0,resolve/* resolveDataFiles */.A6)(spec, cwd, 'data');
    const format = files[0].format;
    const hive = files.some((f) => Object.keys(f.partitions).length > 0);
    return { source: filesSource(spec, files.map((f) => external_node_path_default().resolve(cwd, f.path)), format, hive), files, format };
}
/** The engine's own account of a relation's columns, each with the kind the local reader would give it. */
async function schemaOf(engine, source, label) {
    const b = new Bindings(engine.dialect);
    let described;
    try {
        described = await engine.describe(source.from(b, engine.dialect), b.values);
    }
    catch (e) {
        if (e instanceof src/* UserError */.yo)
            throw e; // the store's credentials, already one line with its hint
        throw new src/* UserError */.yo(`engine ${engine.dialect.engine} cannot read ${source.label}: ${engineMessage(e)}`, { where: label });
    }
    const dup = described.find((c, i) => described.findIndex((x) => x.name === c.name) !== i);
    if (dup)
        throw new src/* UserError */.yo(`column "${dup.name}" appears twice in ${source.label}`, { where: label, hint: 'Give each column its own name (AS \u2026) in query.' });
    return { fields: described.map((c) => ({ name: c.name, kind: engine.dialect.kindOf(c.type), sourceType: c.type })) };
}
/** The engines that compare the data with a second dataset (leakage joins, drift statistics), each verified against a live server. */
const PAIRED_ENGINES = ['duckdb', 'postgres', 'clickhouse'];
const PAIRED_LIST = `${PAIRED_ENGINES.slice(0, -1).join(', ')} and ${PAIRED_ENGINES.at(-1)}`;
/**
 * test-data or reference on the data's engine, named the way the data is:
 * files (a path, a glob or a URL) when the data is files, a table when it is a
 * table. With a query it could be either, so it is refused.
 */
async function secondSource(o, input, spec, cwd) {
    const w = `${where(o)}: ${input}`;
    if (o.query !== undefined)
        throw new src/* UserError */.yo(`${input} goes with data or table, not query: it is named the way the data is`, { where: w, hint: `Name the data with table (${input} is then a table too) or with data (${input} is then files).` });
    if (!spec.trim())
        throw new src/* UserError */.yo(`${input} is empty`, { where: w, hint: o.table !== undefined ? `Name the table holding the ${input === 'reference' ? 'reference' : 'test'} rows.` : `Name the ${input === 'reference' ? 'reference' : 'test'} files.` });
    if (o.table !== undefined)
        return tableSource(spec.trim());
    return (await sourceOf({ ...o, table: undefined, query: undefined }, spec, cwd)).source;
}
/** A second dataset as the compiler sees it: its columns; the engine reads the rows, never the runner. */
function engineDataset(source, schema) {
    return {
        spec: source.label,
        files: [],
        schema,
        batches: () => {
            throw new Error(`${source.label} is read by the SQL engine, not row by row`);
        },
    };
}
async function connect(o, log, paths) {
    if (isWarehouse(o.name)) {
        if (!o.connection)
            throw new src/* UserError */.yo('connection is not set', { where: where(o), hint: `Set connection to ${WAREHOUSES[o.name].form}, from a secret.` });
        return WAREHOUSES[o.name].connect(o.connection, log);
    }
    if (o.name === 'postgres') {
        if (!o.connection)
            throw new src/* UserError */.yo('connection is not set', { where: where(o), hint: 'Set connection to postgres://user:password@host:port/database (from a secret).' });
        return connectPostgres(o.connection);
    }
    if (o.name === 'clickhouse') {
        if (!o.connection)
            throw new src/* UserError */.yo('connection is not set', { where: where(o), hint: 'Set connection to clickhouse://user:password@host:8123/database (from a secret).' });
        return connectClickhouse(o.connection);
    }
    return connectDuckdb({ database: o.connection || undefined, memoryLimit: o.memoryLimit, paths, log });
}
/** Runs statements and keeps their text for the report; an engine error becomes one line naming the statement. */
class Runner {
    engine;
    label;
    ran = [];
    constructor(engine, label) {
        this.engine = engine;
        this.label = label;
    }
    async run(s) {
        const started = Date.now();
        const entry = { ...s, ms: 0 };
        this.ran.push(entry);
        try {
            const rows = await this.engine.query(s.sql, s.params);
            entry.ms = Date.now() - started;
            return rows;
        }
        catch (e) {
            throw new src/* UserError */.yo(`engine ${this.engine.dialect.engine}: ${s.purpose} failed: ${engineMessage(e)}`, { where: this.label });
        }
    }
}
/**
 * Past this many rows an engine with approximate forms (Dialect.approximate:
 * DuckDB, ClickHouse) estimates quantiles and distinct counts and hashes rows
 * for duplicates. DuckDB's exact quantiles and DISTINCT hold every value in
 * memory, which a table larger than memory_limit cannot give them (50 million
 * rows failed at 1 GB); ClickHouse's exact quantiles (arraySort(groupArray(x)))
 * hold every value of a column on the one server that received the query,
 * whatever the number of shards. Decided here only (profileOn), for every such engine.
 */
const EXACT_ROWS = 1_000_000;
/** Past the exact-row limit, value counts (top values) only for columns estimated to hold at most this many values, and class columns. */
const COUNTED_VALUES = 150_000;
/** The local profile of one relation from the engine: the aggregate scan (with the row-level checks' counts), the value counts, the duplicate rows. */
async function profileOn(runner, ctx, quantileSpecs, rowChecks, classColumns, limits) {
    let large = false;
    if (ctx.d.approximate) {
        // Parquet footers answer this without a scan; a table or query costs one count.
        const [n] = await runner.run(rowCountStatement(ctx));
        large = Number(n.rows) > limits.exactRows;
    }
    const [agg] = await runner.run(profileStatement(ctx, quantileSpecs, rowChecks.map((r) => r.predicate), large));
    const uncounted = new Set(large ? ctx.schema.fields.flatMap((f, i) => (isCounted(f) && !classColumns.has(i) && Number(agg[`ad${i}`]) > limits.countedValues ? [i] : [])) : []);
    const counted = ctx.schema.fields.flatMap((f, i) => (isCounted(f) && !uncounted.has(i) ? [i] : []));
    const freqs = [];
    for (let at = 0; at < counted.length; at += ctx.d.groupingWidth) {
        const chunk = counted.slice(at, at + ctx.d.groupingWidth);
        freqs.push(...frequencyRows(await runner.run(frequencyStatement(ctx, chunk, classColumns)), chunk));
    }
    const [dups] = await runner.run(duplicatesStatement(ctx, large));
    return { agg: agg, freqs, profile: profileFrom(ctx.schema, agg, freqs, Number(dups.distinct_rows), large ? { uncounted } : undefined), large };
}
/**
 * validate-data on a SQL engine: the same checks, profile, report and outputs
 * as the local reader, computed where the data lives. Checks are compiled (and
 * refused) before any statement runs; then one aggregate scan, one value-count
 * scan per 30 columns, one for duplicate rows and one per unique check, and
 * one scan of the rows each distinct row_condition selects.
 */
async function validateOnEngine(opts) {
    const started = Date.now();
    const o = opts.engine;
    const progress = opts.progress ?? (() => { });
    for (const [input, given, check] of [['test-data', opts.testData, 'leakage'], ['reference', opts.reference, 'drift']]) {
        if (given !== undefined && !PAIRED_ENGINES.includes(o.name)) {
            throw new src/* UserError */.yo(`${input} is compiled for engines ${PAIRED_LIST}, not ${o.name}: ${check} runs there or on engine local`, { where: where(o), hint: 'Remove it, or use engine: local.' });
        }
    }
    if (opts.config.read)
        throw new src/* UserError */.yo(`read options are for engine local; engine ${o.name} reads the data with its own readers`, { where: opts.config.source, hint: 'Remove the read: section, or use engine: local.' });
    if (o.memoryLimit && o.name !== 'duckdb')
        throw new src/* UserError */.yo(`memory-limit is for engine duckdb, not ${o.name}`, { where: where(o), hint: 'Remove memory-limit.' });
    const cwd = opts.cwd ?? process.cwd();
    const { source, files, format } = await sourceOf(o, opts.data, cwd);
    const testSource = opts.testData !== undefined ? await secondSource(o, 'test-data', opts.testData, cwd) : undefined;
    const referenceSource = opts.reference !== undefined ? await secondSource(o, 'reference', opts.reference, cwd) : undefined;
    const engine = await connect(o, progress, [opts.data, opts.reference, opts.testData].flatMap((x) => (x === undefined ? [] : [x.trim()])));
    const label = isWarehouse(o.name) && o.connection ? `${source.label} on ${WAREHOUSES[o.name].label(o.connection)}` : (o.name === 'postgres' || o.name === 'clickhouse') && o.connection ? `${source.label} on ${serverOf(o.connection)}` : source.label;
    try {
        const schema = await schemaOf(engine, source, label);
        const testSchema = testSource && (await schemaOf(engine, testSource, `test-data ${testSource.label}`));
        const referenceSchema = referenceSource && (await schemaOf(engine, referenceSource, `reference ${referenceSource.label}`));
        const specs = opts.config.checksFor(schema.fields.map((f) => f.name));
        assertCompiled(specs, o.name, opts.config.source);
        // The local compiler checks every column name, type and bound first, with the local messages.
        // A row_condition selects the rows on the engine (conditional-checks.ts), not in the rule.
        const rules = (0,compile/* compileChecks */.n)(specs, {
            schema,
            source: opts.config.source,
            filterRows: false,
            testData: testSource && testSchema && engineDataset(testSource, testSchema),
            reference: referenceSource && referenceSchema && engineDataset(referenceSource, referenceSchema),
        });
        const allRowChecks = [];
        specs.forEach((spec, i) => {
            if (isRowSpec(spec))
                allRowChecks.push({ index: i, spec, predicate: rowPredicate(spec, schema, engine.dialect, `${opts.config.source}: checks[${i}] (${spec.type})`) });
        });
        const groups = conditionGroups(specs, schema, engine.dialect, opts.config.source);
        // compileChecks has refused a leakage check without test-data.
        const leakages = specs.flatMap((spec, i) => spec.type === 'leakage' ? [[i, leakageStatements(engine.dialect, { source, schema }, { source: testSource, schema: testSchema }, spec, `${opts.config.source}: checks[${i}] (leakage)`)]] : []);
        const rowChecks = allRowChecks.filter((r) => !conditionOf(r.spec));
        const quantileSpecs = specs.filter((s) => s.type === 'quantile_between' && !conditionOf(s));
        const classColumns = new Set(specs.flatMap((s) => (s.type === 'class_balance' ? [schema.fields.findIndex((f) => f.name === s.column)] : [])));
        const ctx = { d: engine.dialect, source, schema };
        const runner = new Runner(engine, label);
        progress(`engine ${o.name}: profiling ${source.label} (${schema.fields.length} columns)\u2026`);
        const limits = o.limits ?? { exactRows: EXACT_ROWS, countedValues: COUNTED_VALUES };
        const { agg, freqs, profile, large } = await profileOn(runner, ctx, quantileSpecs, rowChecks, classColumns, limits);
        if (large)
            progress(`engine ${o.name}: ${(0,src/* groupDigits */.K9)(profile.rows)} rows, past ${(0,src/* groupDigits */.K9)(limits.exactRows)}: quantiles and distinct counts estimated, duplicates by row hash, top values for columns of at most ${(0,src/* groupDigits */.K9)(limits.countedValues)} values`);
        const distributions = new EngineDistributions(profile, quantilesOf(agg, quantileSpecs), classCounts(schema, freqs, classColumns), !large);
        // The profile-based rules read only numeric() and categorical(), which EngineDistributions answers.
        const results = { profile, profiler: distributions, files, now: (opts.now ?? new Date()).getTime() };
        const verdicts = new Map();
        const run = (s) => runner.run(s);
        for (const [j, r] of rowChecks.entries())
            verdicts.set(r.index, await rowCheckVerdict(run, ctx, r, Number(agg[`b${j}`]), profile, `${opts.config.source}: checks[${r.index}]`));
        for (const [i, spec] of specs.entries())
            if (spec.type === 'unique' && !conditionOf(spec))
                verdicts.set(i, await uniqueCheckVerdict(run, ctx, spec, profile.rows));
        for (const [i, plan] of leakages)
            verdicts.set(i, await leakageCheckVerdict(run, plan));
        const drifts = new Map();
        let referenceProfile;
        if (referenceSource && referenceSchema) {
            progress(`engine ${o.name}: profiling the reference ${referenceSource.label} (${referenceSchema.fields.length} columns)\u2026`);
            referenceProfile = (await profileOn(runner, { d: engine.dialect, source: referenceSource, schema: referenceSchema }, [], [], new Set(), limits)).profile;
            for (const [i, spec] of specs.entries()) {
                if (spec.type !== 'drift')
                    continue;
                const where = `${opts.config.source}: checks[${i}] (drift)`;
                drifts.set(i, await driftOnEngine(run, engine.dialect, { source, schema }, { source: referenceSource, schema: referenceSchema }, spec, { schema, where, reference: engineDataset(referenceSource, referenceSchema) }));
            }
        }
        for (const group of groups) {
            const judged = await judgeWhere(group, { run, d: engine.dialect, source, schema, specs, rules, rowChecks: allRowChecks, results, configSource: opts.config.source, large });
            for (const [i, v] of judged)
                verdicts.set(i, v);
        }
        const checks = [];
        const expectationResults = [];
        const extras = [];
        for (const [i, rule] of rules.entries()) {
            const multi = drifts.get(i);
            if (multi) {
                const { checks: each, ...extra } = multi;
                checks.push(...each);
                extras.push(extra);
                continue;
            }
            const v = verdicts.get(i) ?? rule.evaluate(results);
            const { result, ...verdict } = v;
            checks.push({ id: rule.id, title: rule.title, severity: rule.spec.severity, ...verdict });
            const type = opts.config.expectationTypes?.[i];
            if (result)
                expectationResults.push({ id: rule.id, ...(type ? { expectation_type: type } : {}), success: verdict.status === 'pass', result });
        }
        return {
            dataset: { spec: source.label, files: files.length, bytes: files.reduce((s, f) => s + f.sizeBytes, 0), format, columns: schema.fields.length },
            configSource: opts.config.source,
            configFormat: opts.config.format,
            profile,
            ...(referenceProfile ? { referenceProfile } : {}),
            checks,
            results: expectationResults,
            extras,
            elapsedMs: Date.now() - started,
            engine: { name: o.name, source: label, statements: runner.ran.map(({ purpose, sql, ms }) => ({ purpose, sql, ms })), notes: large && engine.dialect.approximate ? { ...engine.dialect.notes, quantiles: engine.dialect.approximate.note } : engine.dialect.notes },
        };
    }
    finally {
        await engine.close();
    }
}


/***/ })

};
