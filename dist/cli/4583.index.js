export const id = 4583;
export const ids = [4583];
export const modules = {

/***/ 58157:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   GC: () => (/* binding */ exactCategorical),
/* harmony export */   RN: () => (/* binding */ categoricalFromCounts),
/* harmony export */   v: () => (/* binding */ exactNumeric)
/* harmony export */ });
/* harmony import */ var _stats_sorted__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(30817);

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
        cdf: (x) => (n === 0 || Number.isNaN(x) ? 0 : (0,_stats_sorted__WEBPACK_IMPORTED_MODULE_0__/* .upperBound */ .K)(sorted, x) / n),
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


/***/ }),

/***/ 6964:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ColumnGroup: () => (/* reexport */ column_group/* ColumnGroup */.o),
  ColumnProfiler: () => (/* reexport */ column/* ColumnProfiler */.k),
  CountedDistribution: () => (/* reexport */ frequencies/* CountedDistribution */.TU),
  DistinctCounter: () => (/* reexport */ distinct/* DistinctCounter */.$),
  DistinctRows: () => (/* reexport */ distinct_rows/* DistinctRows */.K),
  ENGINES: () => (/* reexport */ validate/* ENGINES */.ug),
  EXACT_DISTINCT: () => (/* reexport */ distinct/* EXACT_DISTINCT */.j),
  EXACT_LIMIT: () => (/* reexport */ quantiles/* EXACT_LIMIT */.C),
  EmptyDistributionError: () => (/* reexport */ errors/* EmptyDistributionError */.mh),
  Frequencies: () => (/* reexport */ frequencies/* Frequencies */.RI),
  HashSet53: () => (/* reexport */ hash/* HashSet53 */.HI),
  MAX_CATEGORIES: () => (/* reexport */ frequencies/* MAX_CATEGORIES */.Uy),
  Moments: () => (/* reexport */ moments/* Moments */.W),
  PROFILE_QUANTILES: () => (/* reexport */ column/* PROFILE_QUANTILES */.X),
  PSI_EPSILON: () => (/* reexport */ psi/* PSI_EPSILON */.E0),
  QuantileSketch: () => (/* reexport */ quantiles/* QuantileSketch */.w),
  ROWS_IN_MEMORY: () => (/* reexport */ distinct_rows/* ROWS_IN_MEMORY */.y),
  RowHasher: () => (/* reexport */ hash/* RowHasher */.ae),
  TableProfiler: () => (/* reexport */ profile_table/* TableProfiler */.Y),
  addColumnTerms: () => (/* reexport */ row_lanes/* addColumnTerms */.R_),
  alignCategories: () => (/* reexport */ categories/* alignCategories */.q),
  binShares: () => (/* reexport */ psi/* binShares */.o8),
  buildValidationReport: () => (/* reexport */ report/* buildValidationReport */.s),
  categoricalFromCounts: () => (/* reexport */ exact/* categoricalFromCounts */.RN),
  checkId: () => (/* reexport */ load/* checkId */.ij),
  checkTypes: () => (/* reexport */ config/* checkTypes */.OE),
  chi2Sf: () => (/* reexport */ special/* chi2Sf */.wv),
  chiSquare: () => (/* reexport */ chi_square/* chiSquare */.U),
  configSchemas: () => (/* reexport */ config/* configSchemas */.Jq),
  defaultConfig: () => (/* reexport */ defaults/* defaultConfig */.s),
  exactCategorical: () => (/* reexport */ exact/* exactCategorical */.GC),
  exactNumeric: () => (/* reexport */ exact/* exactNumeric */.v),
  fmix: () => (/* reexport */ hash/* fmix */.jr),
  fold: () => (/* reexport */ hash/* fold */.AU),
  foldRowLanes: () => (/* reexport */ row_lanes/* foldRowLanes */.Jk),
  gammainc: () => (/* reexport */ special/* gammainc */.S$),
  gammaincc: () => (/* reexport */ special/* gammaincc */.Fx),
  hashAsciiBytes: () => (/* reexport */ hash/* hashAsciiBytes */.pP),
  hashColumn: () => (/* reexport */ hash/* hashColumn */.by),
  hashRow: () => (/* reexport */ hash/* hashRow */.vK),
  hashValue: () => (/* reexport */ hash/* hashValue */.gg),
  hivePartitions: () => (/* reexport */ read/* hivePartitions */.yA),
  isCheckType: () => (/* reexport */ config/* isCheckType */.zo),
  isEmptyDistributionError: () => (/* reexport */ errors/* isEmptyDistributionError */.kI),
  isMissing: () => (/* reexport */ table/* isMissing */.b2),
  isNumericKind: () => (/* reexport */ table/* isNumericKind */.kw),
  isTemporalKind: () => (/* reexport */ table/* isTemporalKind */.PB),
  jensenShannon: () => (/* reexport */ jensen_shannon/* jensenShannon */.fy),
  jensenShannonBinned: () => (/* reexport */ jensen_shannon/* jensenShannonBinned */.PE),
  jensenShannonDistance: () => (/* reexport */ jensen_shannon/* jensenShannonDistance */.M$),
  kolmogn: () => (/* reexport */ kolmogorov/* kolmogn */.Mn),
  ksFromStatistic: () => (/* reexport */ ks/* ksFromStatistic */.D),
  ksTwoSample: () => (/* reexport */ ks/* ksTwoSample */.X),
  kstwoSf: () => (/* reexport */ kolmogorov/* kstwoSf */.CN),
  linearQuantile: () => (/* reexport */ sorted/* linearQuantile */.r),
  loadConfig: () => (/* reexport */ load/* loadConfig */.Z9),
  loadConfigSupport: () => (/* reexport */ load/* loadConfigSupport */.y$),
  loadParameters: () => (/* reexport */ load/* loadParameters */.p0),
  logGamma: () => (/* reexport */ special/* logGamma */.SX),
  mix: () => (/* reexport */ hash/* mix */.jh),
  nativeConfigSchema: () => (/* reexport */ config/* nativeConfigSchema */.HQ),
  newRowLanes: () => (/* reexport */ row_lanes/* newRowLanes */.y1),
  openDataset: () => (/* reexport */ read/* openDataset */.Jp),
  parseConfig: () => (/* reexport */ load/* parseConfig */.o4),
  psi: () => (/* reexport */ psi/* psi */.js),
  psiCategorical: () => (/* reexport */ psi/* psiCategorical */.H9),
  psiTerm: () => (/* reexport */ psi/* psiTerm */.$J),
  quantileEdges: () => (/* reexport */ psi/* quantileEdges */.UY),
  scan: () => (/* reexport */ validate/* scan */.SQ),
  smirnovSf: () => (/* reexport */ kolmogorov/* smirnovSf */.of),
  sniffDelimiter: () => (/* reexport */ read/* sniffDelimiter */.yM),
  upperBound: () => (/* reexport */ sorted/* upperBound */.K),
  validateDataset: () => (/* reexport */ validate/* validateDataset */.pw),
  validationConfigJsonSchema: () => (/* reexport */ config/* validationConfigJsonSchema */.Fg)
});

// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(50194);
// EXTERNAL MODULE: ./packages/data/src/checks/config.ts
var config = __webpack_require__(76838);
// EXTERNAL MODULE: ./packages/data/src/checks/load.ts + 6 modules
var load = __webpack_require__(33370);
// EXTERNAL MODULE: ./packages/data/src/checks/defaults.ts
var defaults = __webpack_require__(28694);
// EXTERNAL MODULE: ./packages/data/src/validate.ts
var validate = __webpack_require__(15926);
// EXTERNAL MODULE: ./packages/data/src/report.ts
var report = __webpack_require__(79766);
// EXTERNAL MODULE: ./packages/data/src/drift/psi.ts
var psi = __webpack_require__(77606);
// EXTERNAL MODULE: ./packages/data/src/drift/ks.ts
var ks = __webpack_require__(74026);
// EXTERNAL MODULE: ./packages/data/src/drift/chi-square.ts
var chi_square = __webpack_require__(62598);
// EXTERNAL MODULE: ./packages/data/src/drift/jensen-shannon.ts
var jensen_shannon = __webpack_require__(81335);
// EXTERNAL MODULE: ./packages/data/src/drift/exact.ts
var exact = __webpack_require__(58157);
// EXTERNAL MODULE: ./packages/data/src/drift/categories.ts
var categories = __webpack_require__(65436);
// EXTERNAL MODULE: ./packages/data/src/drift/errors.ts
var errors = __webpack_require__(19063);
// EXTERNAL MODULE: ./packages/data/src/drift/special.ts
var special = __webpack_require__(56969);
// EXTERNAL MODULE: ./packages/data/src/drift/kolmogorov.ts
var kolmogorov = __webpack_require__(78299);
;// CONCATENATED MODULE: ./packages/data/src/drift/index.ts










// EXTERNAL MODULE: ./packages/data/src/profile/column.ts
var column = __webpack_require__(38060);
// EXTERNAL MODULE: ./packages/data/src/profile/table.ts
var profile_table = __webpack_require__(45392);
// EXTERNAL MODULE: ./packages/data/src/profile/hash.ts
var hash = __webpack_require__(37774);
// EXTERNAL MODULE: ./packages/data/src/profile/quantiles.ts + 1 modules
var quantiles = __webpack_require__(79435);
// EXTERNAL MODULE: ./packages/data/src/profile/distinct.ts
var distinct = __webpack_require__(1138);
// EXTERNAL MODULE: ./packages/data/src/profile/frequencies.ts
var frequencies = __webpack_require__(13454);
// EXTERNAL MODULE: ./packages/data/src/profile/moments.ts
var moments = __webpack_require__(17613);
// EXTERNAL MODULE: ./packages/data/src/profile/distinct-rows.ts
var distinct_rows = __webpack_require__(99902);
// EXTERNAL MODULE: ./packages/data/src/profile/column-group.ts
var column_group = __webpack_require__(22818);
// EXTERNAL MODULE: ./packages/data/src/profile/row-lanes.ts
var row_lanes = __webpack_require__(59170);
;// CONCATENATED MODULE: ./packages/data/src/profile/index.ts











// EXTERNAL MODULE: ./packages/data/src/read/index.ts
var read = __webpack_require__(40711);
// EXTERNAL MODULE: ./packages/data/src/stats/sorted.ts
var sorted = __webpack_require__(30817);
;// CONCATENATED MODULE: ./packages/data/src/index.ts













/***/ })

};
