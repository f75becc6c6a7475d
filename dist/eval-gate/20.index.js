export const id = 20;
export const ids = [20,171,448];
export const modules = {

/***/ 1020:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evalGate: () => (/* binding */ evalGate)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(483);
;// CONCATENATED MODULE: ./packages/metrics/src/labels.ts

/**
 * Class labels sorted the way scikit-learn's `unique_labels` sorts them
 * (numbers ascending, strings by code point), so per-class arrays, averages
 * and the confusion matrix line up with scikit-learn's output.
 */
class LabelSet {
    labels;
    index = new Map();
    constructor(values, where) {
        const unique = [...new Set(values)];
        const kinds = new Set(unique.map((v) => (typeof v === 'string' ? 'string' : 'number')));
        if (kinds.size > 1) {
            throw new src/* UserError */.yo('labels mix text and numbers', { where, hint: 'Write every label the same way, e.g. all 0/1 or all "no"/"yes".' });
        }
        this.labels = kinds.has('string')
            ? unique.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
            : unique.sort((a, b) => Number(a) - Number(b));
        this.labels.forEach((l, i) => this.index.set(l, i));
    }
    get size() {
        return this.labels.length;
    }
    code(label) {
        const i = this.index.get(label);
        if (i === undefined)
            throw new Error(`label ${String(label)} is not in the label set`);
        return i;
    }
    has(label) {
        return this.index.has(label);
    }
    encode(values) {
        const out = new Int32Array(values.length);
        for (let i = 0; i < values.length; i++)
            out[i] = this.code(values[i]);
        return out;
    }
}
/** Booleans compare as 0/1, as NumPy does; a label read from CSV as `1.0` is the same class as `1`. */
const normaliseLabel = (v) => (typeof v === 'boolean' ? Number(v) : v);

;// CONCATENATED MODULE: ./packages/metrics/src/classification.ts
const ratio = (a, b) => (b === 0 ? 0 : a / b);
const fScore = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
function accuracy(cm) {
    const total = cm.total();
    return total === 0 ? NaN : cm.diagonal().reduce((s, v) => s + v, 0) / total;
}
function balancedAccuracy(cm) {
    const support = cm.trueCounts();
    const diag = cm.diagonal();
    const recalls = support.flatMap((n, i) => (n > 0 ? [diag[i] / n] : []));
    return recalls.length === 0 ? NaN : recalls.reduce((s, v) => s + v, 0) / recalls.length;
}
function perClass(cm) {
    const support = cm.trueCounts();
    const predicted = cm.predCounts();
    const tp = cm.diagonal();
    const precision = tp.map((t, i) => ratio(t, predicted[i]));
    const recall = tp.map((t, i) => ratio(t, support[i]));
    const present = support.map((n, i) => n + predicted[i] > 0);
    return { precision, recall, f1: precision.map((p, i) => fScore(p, recall[i])), support, present };
}
/** Precision, recall and F1 of one class: scikit-learn's `average='binary'` with `pos_label`. */
function binaryScores(cm, positive) {
    // A positive label absent from both columns scores 0, as scikit-learn does when y has one class.
    if (positive === undefined)
        return { precision: 0, recall: 0, f1: 0 };
    const pc = perClass(cm);
    return { precision: pc.precision[positive], recall: pc.recall[positive], f1: pc.f1[positive] };
}
function averagedScores(cm, average) {
    if (average === 'micro') {
        const tp = cm.diagonal().reduce((s, v) => s + v, 0);
        const total = cm.total();
        const precision = ratio(tp, total);
        const recall = ratio(tp, total);
        return { precision, recall, f1: fScore(precision, recall) };
    }
    const pc = perClass(cm);
    const weights = average === 'macro' ? pc.present.map(Number) : pc.support;
    const wsum = weights.reduce((s, v) => s + v, 0);
    const mean = (xs) => ratio(xs.reduce((s, x, i) => s + x * weights[i], 0), wsum);
    return { precision: mean(pc.precision), recall: mean(pc.recall), f1: mean(pc.f1) };
}

;// CONCATENATED MODULE: ./packages/metrics/src/confusion.ts
/**
 * A k\u00d7k confusion matrix, rows = true class, columns = predicted class, over
 * one label set (scikit-learn's `confusion_matrix(y_true, y_pred, labels)`).
 * Counts are floats so bootstrap resamples and sample weights use the same code.
 */
class ConfusionMatrix {
    k;
    counts;
    constructor(k) {
        this.k = k;
        this.counts = new Float64Array(k * k);
    }
    static fromCodes(truth, pred, k, weights) {
        const m = new ConfusionMatrix(k);
        const c = m.counts;
        if (weights)
            for (let i = 0; i < truth.length; i++)
                c[truth[i] * k + pred[i]] += weights[i];
        else
            for (let i = 0; i < truth.length; i++)
                c[truth[i] * k + pred[i]]++;
        return m;
    }
    at(t, p) {
        return this.counts[t * this.k + p];
    }
    total() {
        let s = 0;
        for (const v of this.counts)
            s += v;
        return s;
    }
    /** Row sums: how many rows truly are each class. */
    trueCounts() {
        return Array.from({ length: this.k }, (_, t) => {
            let s = 0;
            for (let p = 0; p < this.k; p++)
                s += this.at(t, p);
            return s;
        });
    }
    /** Column sums: how many rows were predicted as each class. */
    predCounts() {
        return Array.from({ length: this.k }, (_, p) => {
            let s = 0;
            for (let t = 0; t < this.k; t++)
                s += this.at(t, p);
            return s;
        });
    }
    diagonal() {
        return Array.from({ length: this.k }, (_, i) => this.at(i, i));
    }
    toRows() {
        return Array.from({ length: this.k }, (_, t) => Array.from({ length: this.k }, (_, p) => this.at(t, p)));
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/probabilistic.ts
/**
 * Losses on predicted probabilities, scikit-learn's way: `log_loss` clips to
 * [eps, 1 \u2212 eps] with eps the float64 machine epsilon and renormalises each
 * row; `brier_score_loss` is the mean squared error of the positive-class
 * probability. Per-row losses are returned so a bootstrap can re-weight them
 * without recomputing logarithms.
 */
const EPS = 2.220446049250313e-16;
const clip = (p) => Math.min(Math.max(p, EPS), 1 - EPS);
/** \u2212log P(true class) per row for a binary positive-class probability. */
function binaryLogLossTerms(positive, score) {
    const out = new Float64Array(score.length);
    for (let i = 0; i < score.length; i++) {
        const p1 = clip(score[i]);
        const p0 = clip(1 - p1);
        out[i] = -Math.log((positive[i] ? p1 : p0) / (p0 + p1));
    }
    return out;
}
/** \u2212log P(true class) per row for a probability matrix (one column per class, in label order). */
function multiclassLogLossTerms(truth, columns) {
    const out = new Float64Array(truth.length);
    for (let i = 0; i < truth.length; i++) {
        let sum = 0;
        for (const col of columns)
            sum += clip(col[i]);
        out[i] = -Math.log(clip(columns[truth[i]][i]) / sum);
    }
    return out;
}
function brierTerms(positive, score) {
    const out = new Float64Array(score.length);
    for (let i = 0; i < score.length; i++) {
        const d = (positive[i] ? 1 : 0) - score[i];
        out[i] = d * d;
    }
    return out;
}
/** Weighted mean, as scikit-learn's `_weighted_sum(..., normalize=True)`. */
function weightedMean(terms, weights) {
    let s = 0;
    let w = 0;
    for (let i = 0; i < terms.length; i++) {
        const wi = weights ? weights[i] : 1;
        s += terms[i] * wi;
        w += wi;
    }
    return w === 0 ? NaN : s / w;
}

;// CONCATENATED MODULE: ./packages/metrics/src/ranking.ts
/**
 * Threshold-free binary metrics (ROC AUC, average precision) over scores that
 * have been ranked once. Rows are grouped by distinct score, so ties count as
 * scikit-learn's `_binary_clf_curve` counts them: all rows at one threshold
 * enter together (a tie between a positive and a negative is half a pair).
 */
class RankedScores {
    /** Distinct scores, descending. */
    thresholds;
    /** Row \u2192 position of its score in `thresholds`. */
    rank;
    constructor(scores) {
        const sorted = Float64Array.from(scores).sort();
        let distinct = 0;
        for (let i = 0; i < sorted.length; i++)
            if (i === 0 || sorted[i] !== sorted[i - 1])
                sorted[distinct++] = sorted[i];
        const ascending = sorted.subarray(0, distinct);
        this.thresholds = ascending.slice().reverse();
        this.rank = new Int32Array(scores.length);
        for (let i = 0; i < scores.length; i++)
            this.rank[i] = distinct - 1 - lowerBound(ascending, scores[i]);
    }
    /** Positive and negative weight at each threshold, highest score first. */
    tally(positive, weights) {
        const k = this.thresholds.length;
        const pos = new Float64Array(k);
        const neg = new Float64Array(k);
        for (let i = 0; i < this.rank.length; i++) {
            const w = weights ? weights[i] : 1;
            if (positive[i])
                pos[this.rank[i]] += w;
            else
                neg[this.rank[i]] += w;
        }
        return { pos, neg };
    }
}
function lowerBound(sorted, x) {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (sorted[mid] < x)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}
/** Area under the ROC curve by the trapezoidal rule over distinct thresholds; NaN when y has one class (scikit-learn raises). */
function rocAucFromTally(pos, neg) {
    let tp = 0;
    let fp = 0;
    let area = 0;
    for (let i = 0; i < pos.length; i++) {
        const tp1 = tp + pos[i];
        const fp1 = fp + neg[i];
        area += (fp1 - fp) * (tp1 + tp);
        tp = tp1;
        fp = fp1;
    }
    return tp === 0 || fp === 0 ? NaN : area / (2 * tp * fp);
}
/**
 * \u03a3 (R_k \u2212 R_{k\u22121}) \u00b7 P_k over thresholds, highest first \u2014 scikit-learn's
 * step-wise average precision, not the interpolated one. Without positives
 * recall is undefined and scikit-learn returns 0.
 */
function averagePrecisionFromTally(pos, neg) {
    let totalPos = 0;
    for (const v of pos)
        totalPos += v;
    if (totalPos === 0)
        return 0;
    let tp = 0;
    let fp = 0;
    let ap = 0;
    for (let i = 0; i < pos.length; i++) {
        tp += pos[i];
        fp += neg[i];
        if (pos[i] > 0)
            ap += (pos[i] / totalPos) * (tp / (tp + fp));
    }
    return ap;
}

;// CONCATENATED MODULE: ./packages/metrics/src/classification-metrics.ts




/** Metrics computed from the confusion matrix alone, by key. */
function confusionMetrics(cm, binary, positive) {
    const out = { accuracy: accuracy(cm), balanced_accuracy: balancedAccuracy(cm) };
    if (binary) {
        const s = binaryScores(cm, positive);
        out.precision = s.precision;
        out.recall = s.recall;
        out.f1 = s.f1;
    }
    for (const avg of ['macro', 'micro', 'weighted']) {
        const s = averagedScores(cm, avg);
        out[`precision_${avg}`] = s.precision;
        out[`recall_${avg}`] = s.recall;
        out[`f1_${avg}`] = s.f1;
    }
    return out;
}
const isBinary = (d) => d.positive !== undefined;
/** Everything scikit-learn would report for these predictions; NaN where a metric is undefined (one class in y_true). */
function classificationMetrics(d) {
    const cm = ConfusionMatrix.fromCodes(d.truth, d.pred, d.labels.size);
    const out = confusionMetrics(cm, isBinary(d), d.positive);
    if (isBinary(d) && d.score)
        Object.assign(out, binaryScoreMetrics(d.truth, d.positive, d.score));
    else if (!isBinary(d) && d.proba)
        Object.assign(out, multiclassScoreMetrics(d));
    return out;
}
function positives(truth, positive) {
    const out = new Uint8Array(truth.length);
    for (let i = 0; i < truth.length; i++)
        out[i] = truth[i] === positive ? 1 : 0;
    return out;
}
const inUnitInterval = (xs) => {
    for (let i = 0; i < xs.length; i++)
        if (!(xs[i] >= 0 && xs[i] <= 1))
            return false;
    return true;
};
function binaryScoreMetrics(truth, positive, score, ranked = new RankedScores(score)) {
    const isPos = positives(truth, positive);
    const { pos, neg } = ranked.tally(isPos);
    const out = { roc_auc: rocAucFromTally(pos, neg), average_precision: averagePrecisionFromTally(pos, neg) };
    // Losses need probabilities; raw decision scores still rank, so AUC and AP stay.
    if (inUnitInterval(score)) {
        const bothClasses = isPos.includes(1) && isPos.includes(0);
        out.log_loss = bothClasses ? weightedMean(binaryLogLossTerms(isPos, score)) : NaN;
        out.brier_score_loss = weightedMean(brierTerms(isPos, score));
    }
    return out;
}
/** One-vs-rest over the classes present in y_true, as `roc_auc_score(multi_class='ovr')` does. */
function multiclassScoreMetrics(d) {
    const support = new Float64Array(d.labels.size);
    for (const t of d.truth)
        support[t]++;
    const present = [...support.keys()].filter((c) => support[c] > 0);
    if (present.some((c) => !d.proba[c]))
        return {};
    let aucMacro = 0;
    let aucWeighted = 0;
    let apMacro = 0;
    for (const c of present) {
        const { pos, neg } = new RankedScores(d.proba[c]).tally(positives(d.truth, c));
        const auc = rocAucFromTally(pos, neg);
        aucMacro += auc / present.length;
        aucWeighted += (auc * support[c]) / d.truth.length;
        apMacro += averagePrecisionFromTally(pos, neg) / present.length;
    }
    const columns = present.map((c) => d.proba[c]);
    const truthInPresent = Int32Array.from(d.truth, (t) => present.indexOf(t));
    return {
        roc_auc: present.length < 2 ? NaN : aucMacro,
        roc_auc_ovr_weighted: present.length < 2 ? NaN : aucWeighted,
        average_precision: apMacro,
        log_loss: present.length < 2 ? NaN : weightedMean(multiclassLogLossTerms(truthInPresent, columns)),
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/regression.ts
/**
 * Regression errors with scikit-learn's definitions: RMSE is \u221aMSE, R\u00b2 is 1.0
 * for a perfect fit of a constant target and 0.0 for an imperfect one
 * (`force_finite=True`), and MAPE divides by max(|y|, float64 eps), so a zero
 * target gives a huge but finite error rather than infinity.
 */
const regression_EPS = 2.220446049250313e-16;
function regressionMetrics(truth, pred, weights) {
    let w = 0;
    let wy = 0;
    for (let i = 0; i < truth.length; i++) {
        const wi = weights ? weights[i] : 1;
        w += wi;
        wy += wi * truth[i];
    }
    const mean = wy / w;
    let abs = 0;
    let sq = 0;
    let pct = 0;
    let tot = 0;
    for (let i = 0; i < truth.length; i++) {
        const wi = weights ? weights[i] : 1;
        const y = truth[i];
        const e = y - pred[i];
        abs += wi * Math.abs(e);
        sq += wi * e * e;
        pct += (wi * Math.abs(e)) / Math.max(Math.abs(y), regression_EPS);
        tot += wi * (y - mean) * (y - mean);
    }
    const mse = sq / w;
    const r2 = tot === 0 ? (sq === 0 ? 1 : 0) : 1 - sq / tot;
    return {
        mean_absolute_error: abs / w,
        mean_squared_error: mse,
        root_mean_squared_error: Math.sqrt(mse),
        r2,
        mean_absolute_percentage_error: pct / w,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/paired.ts






/** The statistics a paired bootstrap can resample, per task. */
const CONFUSION_METRICS = ['accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1', 'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro', 'precision_weighted', 'recall_weighted', 'f1_weighted'];
const SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier_score_loss'];
const REGRESSION_METRICS = ['mean_absolute_error', 'mean_squared_error', 'root_mean_squared_error', 'r2', 'mean_absolute_percentage_error'];
/**
 * Paired statistics for candidate and baseline classifiers scored on the same
 * rows (same `truth`, one label set). Confusion metrics share one cell coding
 * (truth, candidate label, baseline label), so their resamples only count cells.
 */
function pairedClassification(names, cand, base) {
    const k = cand.labels.size;
    const binary = isBinary(cand);
    let codes;
    const jointCodes = () => {
        if (!codes) {
            // One byte per row while the cells fit: resampling reads codes at random, and a smaller array stays in cache.
            codes = k * k * k <= 256 ? new Uint8Array(cand.truth.length) : new Int32Array(cand.truth.length);
            for (let i = 0; i < codes.length; i++)
                codes[i] = (cand.truth[i] * k + cand.pred[i]) * k + base.pred[i];
        }
        return codes;
    };
    const cellsFor = (name) => {
        return {
            codes: jointCodes(),
            size: k * k * k,
            evaluate(counts) {
                const [c, b] = [new ConfusionMatrix(k), new ConfusionMatrix(k)];
                for (let t = 0; t < k; t++)
                    for (let pc = 0; pc < k; pc++)
                        for (let pb = 0; pb < k; pb++) {
                            const n = counts[(t * k + pc) * k + pb];
                            c.counts[t * k + pc] += n;
                            b.counts[t * k + pb] += n;
                        }
                return [confusionMetrics(c, binary, cand.positive)[name], confusionMetrics(b, binary, cand.positive)[name]];
            },
        };
    };
    return names.map((name) => {
        if (CONFUSION_METRICS.includes(name)) {
            if (!binary && ['precision', 'recall', 'f1'].includes(name))
                throw notResamplable(name, 'it is defined for binary tasks; use f1_macro or f1_weighted');
            return { name, cells: cellsFor(name) };
        }
        if (!SCORE_METRICS.includes(name))
            throw notResamplable(name, `resamplable metrics: ${[...CONFUSION_METRICS, ...SCORE_METRICS].join(', ')}`);
        if (!binary || !cand.score || !base.score)
            throw notResamplable(name, 'score metrics need binary predictions with a score column for both models');
        const isPos = positives(cand.truth, cand.positive);
        if (name === 'roc_auc' || name === 'average_precision') {
            const [rc, rb] = [new RankedScores(cand.score), new RankedScores(base.score)];
            const f = name === 'roc_auc' ? rocAucFromTally : averagePrecisionFromTally;
            return { name, evaluate: (w) => [rc, rb].map((r) => { const t = r.tally(isPos, w); return f(t.pos, t.neg); }) };
        }
        const terms = name === 'log_loss' ? binaryLogLossTerms : brierTerms;
        const [tc, tb] = [terms(isPos, cand.score), terms(isPos, base.score)];
        return { name, evaluate: (w) => [weightedMean(tc, w), weightedMean(tb, w)] };
    });
}
function pairedRegression(names, truth, cand, base) {
    return names.map((name) => {
        if (!REGRESSION_METRICS.includes(name))
            throw notResamplable(name, `resamplable regression metrics: ${REGRESSION_METRICS.join(', ')}`);
        const key = name;
        return { name, evaluate: (w) => [regressionMetrics(truth, cand, w)[key], regressionMetrics(truth, base, w)[key]] };
    });
}
const notResamplable = (name, why) => new src/* UserError */.yo(`bootstrap.metrics: "${name}" cannot be bootstrapped here \u2014 ${why}`, { where: 'eval-gate config' });

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(194);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: ./packages/core/src/digits.ts
var digits = __webpack_require__(5259);
;// CONCATENATED MODULE: ./packages/data/src/read/line-cap.ts

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
        return `${(0,digits/* groupDigits */.K)(n / (1024 * 1024))} MiB`;
    if (n >= 1024 && n % 1024 === 0)
        return `${(0,digits/* groupDigits */.K)(n / 1024)} KiB`;
    return `${(0,digits/* groupDigits */.K)(n)} bytes`;
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

;// CONCATENATED MODULE: ./packages/data/src/read/csv-tokenizer.ts

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
        this.pending = new PendingLine(options.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES);
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
            throw new LineTooLongError(line, this.pending.maxBytes);
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
                    throw new LineTooLongError(line, this.pending.maxBytes);
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

;// CONCATENATED MODULE: ./packages/data/src/read/csv-layout.ts

const CANDIDATES = [',', '\t', ';', '|', WHITESPACE];
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
const splitLine = (line, delimiter) => delimiter === WHITESPACE ? line.trim().split(/[ \t]+/) : line.split(delimiter);
const delimiterOption = (d) => (d === WHITESPACE ? 'delimiter: whitespace' : `delimiter: ${JSON.stringify(d)}`);
const delimiterName = (d) => (d === WHITESPACE ? 'runs of blanks' : JSON.stringify(d));
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
        const fits = d === WHITESPACE ? counts.every((c) => c > 1 && c === counts[0]) : counts.every((c) => c > 1);
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

// EXTERNAL MODULE: ./packages/data/src/read/source.ts
var read_source = __webpack_require__(6814);
;// CONCATENATED MODULE: ./packages/data/src/read/chunked.ts



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
    const maxOpen = (read.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES) + 2;
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
    const stream = (0,read_source/* openText */.Uq)(read.abs, new external_node_stream_.PassThrough());
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
    let cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
    let filled = 0;
    for await (const { n, columns } of chunks) {
        for (let from = 0; from < n;) {
            const take = Math.min(n - from, read_source/* BATCH_ROWS */.B8 - filled);
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
            if (filled === read_source/* BATCH_ROWS */.B8) {
                yield { numRows: filled, columns: cols };
                cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
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
        this.columns = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, this.capacity));
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

;// CONCATENATED MODULE: ./packages/data/src/read/row-errors.ts




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
function row_errors_asRowError(e) {
    if (e instanceof RowError)
        return e;
    if (e instanceof LineTooLongError)
        return new RowError(e.line, ` is longer than ${describeBytes(e.maxBytes)}.`, lineTooLongHint(e.maxBytes));
    if (e instanceof CsvSyntaxError)
        return new RowError(e.line, `: ${e.message}.`, fixRow);
    return undefined;
}
/** Any failure while reading a text file as the one line a user sees (a row's error at `lineOffset` more lines). */
function textError(e, file, lineOffset = 0) {
    if (e instanceof errors/* UserError */.yo)
        return e;
    const row = row_errors_asRowError(e);
    if (row)
        return new errors/* UserError */.yo(`line ${row.line + lineOffset}${row.rest}`, { where: file.path, hint: row.hint });
    const why = (0,read_source/* describeStreamError */.QW)(e);
    return why ? new errors/* UserError */.yo(why, { where: file.path }) : e;
}

// EXTERNAL MODULE: ./packages/data/src/read/text-values.ts
var text_values = __webpack_require__(5875);
;// CONCATENATED MODULE: ./packages/data/src/read/csv-records.ts




/**
 * Writes records' values into columns, one row at a time: the field count
 * checked, NA tokens as the column's missing value, the rest parsed by the
 * column's kind. The same code in the reading thread and in a parsing worker,
 * so both refuse the same row with the same line. `record` takes a record
 * split into fields; `line` one without quotes where it lies in the text.
 */
function recordWriters(layout, delimiter) {
    const { fields, index } = layout;
    const parsers = index.map((i) => text_values/* TEXT_PARSERS */.zT[fields[i].kind]);
    const missing = index.map((i) => (0,read_source/* missingFor */.MG)(fields[i].kind));
    const width = fields.length;
    const record = (record, line, cols, row) => {
        if (record.length !== width)
            throw raggedRow(line, record.length, width);
        for (let j = 0; j < index.length; j++) {
            const text = record[index[j]];
            let v;
            if ((0,text_values/* isNaToken */.ZY)(text))
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
                    if ((0,text_values/* isNaToken */.ZY)(s))
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
    return new RowError(line, ` has ${got} field${got === 1 ? '' : 's'}, the first row has ${expected}.`, fixRow);
}
function badValue(line, field, text) {
    const origin = field.sourceType === 'inferred' ? `inferred from the first ${(0,digits/* groupDigits */.K)(read_source/* INFER_ROWS */.jX)} rows` : 'declared in read.csv.types';
    return new RowError(line, `, column "${field.name}": ${JSON.stringify(text.slice(0, 40))} is not ${article(field.kind)} ${field.kind} (${origin}).`, `Declare the column's type under read.csv.types, e.g. { "${field.name}": "string" }.`);
}
const article = (kind) => (/^[aeiou]/.test(kind) ? 'an' : 'a');

;// CONCATENATED MODULE: ./packages/data/src/read/record-ends.ts
const record_ends_QUOTE = 34;
const record_ends_LF = 10;
const record_ends_CR = 13;
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
            const nl = b.indexOf(record_ends_LF, i);
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
                    const q = b.indexOf(record_ends_QUOTE, i);
                    const to = q < 0 ? n : q;
                    // Every LF before the next quote ends a record.
                    if (to > i) {
                        const nl = b.lastIndexOf(record_ends_LF, to - 1);
                        if (nl >= i)
                            last = nl + 1;
                        const c = b[to - 1];
                        this.at = c === record_ends_LF ? At.RecordStart : c === d ? At.FieldStart : At.Unquoted;
                    }
                    if (q < 0)
                        return last;
                    this.at = this.at === At.Unquoted ? At.Unquoted : At.Quoted;
                    i = q + 1;
                    continue;
                }
                case At.Quoted: {
                    const q = b.indexOf(record_ends_QUOTE, i);
                    if (q < 0)
                        return last;
                    this.at = At.QuoteSeen;
                    i = q + 1;
                    continue;
                }
                case At.QuoteSeen: {
                    const c = b[i];
                    if (c === record_ends_QUOTE)
                        this.at = At.Quoted;
                    else if (c === d)
                        this.at = At.FieldStart;
                    else if (c === record_ends_LF) {
                        this.at = At.RecordStart;
                        last = i + 1;
                    }
                    else
                        this.at = c === record_ends_CR ? At.AfterQuoteCr : At.Unquoted;
                    i++;
                    continue;
                }
                case At.AfterQuoteCr: {
                    if (b[i] === record_ends_LF) {
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
        const nl = b.lastIndexOf(record_ends_LF);
        return nl < 0 ? -1 : nl + 1;
    }
}

;// CONCATENATED MODULE: ./packages/data/src/read/csv-parallel.ts






/**
 * A chunk's records as columns, with line numbers counted from the chunk's
 * start (the reading thread shifts them). A RowError or the tokenizer's
 * errors are thrown as they are.
 */
function parseCsvChunk(job, chunk) {
    const out = new GrowingColumns(job.layout.index.map((i) => job.layout.fields[i].kind));
    const { record: write, line: writeLine } = recordWriters(job.layout, job.delimiter);
    let skipHeader = chunk.first && job.header;
    const tokenizer = new CsvTokenizer(job.delimiter, (record, line) => {
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
        throw new LineTooLongError(tokenizer.nextLine, job.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES);
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
    const chunks = chunkResults({
        file,
        abs,
        ends: new RecordBoundaries(job.delimiter.charCodeAt(0), firstLine),
        job: { kind: 'csv', ...job },
        here: (chunk) => parseCsvChunk(job, chunk),
        refusal: (e, lineOffset) => textError(e, file, lineOffset),
        maxRecordBytes: job.maxRecordBytes,
    }, parsers, workers);
    return rebatched(kinds, chunks);
}

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
    const prefix = () => (prefixText ??= readPrefix(abs, 1 << 16).catch((e) => Promise.reject(textError(e, file))));
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
                throw raggedRow(line, fields.length, sample[0].length);
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
    const workers = parsers && options.comment === undefined && delimiter !== WHITESPACE && delimiter.charCodeAt(0) < 0x80 ? parsers.workersFor(file.sizeBytes) : 0;
    return {
        file,
        fields,
        notes,
        batches: (columns) => {
            const wanted = { fields, index: columns.map((c) => fields.findIndex((f) => f.name === c)) };
            if (workers > 0) {
                const job = { delimiter, skipLines: skip, header, layout: wanted, maxRecordBytes: options.maxLineBytes };
                return parallelCsvBatches(file, abs, job, firstLine, parsers, workers);
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
    const { record: write, line: writeLine } = recordWriters(wanted, delimiter);
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
    const tokenizer = new CsvTokenizer(delimiter, onRecord, { ...layout, maxRecordBytes });
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
        throw textError(e, file);
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

;// CONCATENATED MODULE: ./packages/data/src/read/json-depth.ts
/**
 * The deepest nesting a JSONL value may have. JSON.parse itself copes with any
 * depth, but turning a nested value into JSON text (JSON.stringify, which is
 * how nested values are compared) recurses once per level and overflows the
 * stack somewhere past ten thousand; real records stay far below a thousand.
 */
const MAX_JSON_DEPTH = 1000;
const json_depth_QUOTE = 34;
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
            else if (c === json_depth_QUOTE)
                inString = false;
        }
        else if (c === json_depth_QUOTE)
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

;// CONCATENATED MODULE: ./packages/data/src/read/jsonl.ts










/**
 * JSON Lines, one object per line. Keys may appear late or be missing in some
 * rows (as `pandas.read_json(lines=True)` allows), so the schema comes from a
 * first pass over every line; the second pass then cannot meet a surprise.
 */
async function openJsonl(file, abs, maxLineBytes = DEFAULT_MAX_LINE_BYTES, parsers) {
    // Both passes parse every line: on other threads too when the file is worth it.
    const workers = parsers?.workersFor(file.sizeBytes) ?? 0;
    const columns = new Map();
    let rows = 0;
    if (workers > 0) {
        for await (const part of chunkResults(jsonlRead(file, abs, { kind: 'jsonl-schema', maxRecordBytes: maxLineBytes }), parsers, workers)) {
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
                return jsonl_readBatches(file, abs, fields, wanted, maxLineBytes);
            const kinds = wanted.map((c) => fields.find((f) => f.name === c).kind);
            const job = { kind: 'jsonl-rows', wanted, kinds, maxRecordBytes: maxLineBytes };
            return rebatched(kinds, chunkResults(jsonlRead(file, abs, job), parsers, workers));
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
        ends: new LineEnds(),
        job,
        here: (chunk) => parseJsonlChunk(job, chunk),
        refusal: (e, lineOffset) => textError(e, file, lineOffset),
        maxRecordBytes: job.maxRecordBytes,
    };
}
/**
 * One chunk of whole lines, for either pass, with line numbers counted from
 * the chunk's start (the reading thread shifts them).
 */
function parseJsonlChunk(job, chunk) {
    const maxBytes = job.maxRecordBytes ?? DEFAULT_MAX_LINE_BYTES;
    const cap = new PendingLine(maxBytes);
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
            throw new LineTooLongError(lines.length + 1, maxBytes);
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
    const out = new GrowingColumns(job.kinds);
    each((row) => {
        const r = out.next();
        for (let j = 0; j < job.wanted.length; j++)
            out.columns[j][r] = convert[j](row[job.wanted[j]]);
    });
    return out.rows(lines.length);
}
async function* jsonl_readBatches(file, abs, fields, wanted, maxLineBytes) {
    const kinds = wanted.map((c) => fields.find((f) => f.name === c).kind);
    const convert = kinds.map(converter);
    let cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
    let n = 0;
    for await (const row of readRows(file, abs, maxLineBytes)) {
        for (let j = 0; j < wanted.length; j++)
            cols[j][n] = convert[j](row[wanted[j]]);
        if (++n === read_source/* BATCH_ROWS */.B8) {
            yield { numRows: n, columns: cols };
            cols = kinds.map((k) => (0,read_source/* newColumn */.b4)(k, read_source/* BATCH_ROWS */.B8));
            n = 0;
        }
    }
    if (n > 0)
        yield { numRows: n, columns: cols.map((c) => c.slice(0, n)) };
}
function converter(kind) {
    const missing = (0,read_source/* missingFor */.MG)(kind);
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
        throw new RowError(line, ` nests deeper than ${(0,digits/* groupDigits */.K)(MAX_JSON_DEPTH)} levels of arrays and objects.`, 'Flatten that record, or store the deep part as a JSON string.');
    }
    let v;
    try {
        v = JSON.parse(text);
    }
    catch (e) {
        throw new RowError(line, ` is not valid JSON (${e.message}).`, 'Each line must be one JSON object.');
    }
    if (v === null || typeof v !== 'object' || Array.isArray(v)) {
        throw new RowError(line, ` is ${Array.isArray(v) ? 'an array' : JSON.stringify(v)?.slice(0, 20)}, not a JSON object.`, 'Each line must be one JSON object.');
    }
    return v;
}
/** Every non-blank line parsed as an object; the error names the line. */
async function* readRows(file, abs, maxLineBytes) {
    const stream = (0,read_source/* openText */.Uq)(abs, new external_node_stream_.PassThrough());
    const rest = new PendingLine(maxLineBytes);
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
        throw textError(e, file);
    }
    finally {
        stream.destroy();
    }
}

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
            sources.push(await openJsonl(file, abs, options.maxLineBytes, options.chunkParsers));
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

// EXTERNAL MODULE: ./packages/data/src/read/resolve.ts + 3 modules
var resolve = __webpack_require__(6861);
;// CONCATENATED MODULE: ./packages/data/src/read/index.ts




/** Opens a file, directory or glob as one dataset (openFiles, once the spec is resolved to its files). */
async function openDataset(spec, options) {
    const files = await (0,resolve/* resolveDataFiles */.A6)(spec, options.cwd, options.role);
    options.onFiles?.(files);
    return openFiles(files, spec, options);
}

;// CONCATENATED MODULE: ./packages/metrics/src/predictions.ts



/** The column names used by convention, as y_true and y_pred are: scores are never dropped for want of a config mapping. */
const CONVENTIONAL_SCORE_COLUMN = 'y_score';
const CONVENTIONAL_PROBA_PREFIX = 'proba_';
const MISSING_GROUP = '(missing)';
async function readPredictions(spec, options) {
    const ds = await openDataset(spec, { cwd: options.cwd, role: options.role });
    const where = `${options.role} ${spec}`;
    const have = new Set(ds.schema.fields.map((f) => f.name));
    const columns = {
        ...options.columns,
        y_score: options.columns.y_score ?? (have.has(CONVENTIONAL_SCORE_COLUMN) ? CONVENTIONAL_SCORE_COLUMN : undefined),
        proba_prefix: options.columns.proba_prefix ?? ([...have].some((n) => n.startsWith(CONVENTIONAL_PROBA_PREFIX)) ? CONVENTIONAL_PROBA_PREFIX : undefined),
    };
    const need = (name, key, fix = `Set columns.${key} in the eval-gate config to the right name.`) => {
        if (have.has(name))
            return name;
        throw new src/* UserError */.yo(`column "${name}" (${key}) is not in the file`, { where, hint: `Columns: ${[...have].join(', ')}. ${fix}` });
    };
    const wanted = [need(columns.y_true, 'y_true'), need(columns.y_pred, 'y_pred')];
    if (columns.y_score)
        wanted.push(need(columns.y_score, 'y_score'));
    const probaNames = columns.proba_prefix ? [...have].filter((n) => n.startsWith(columns.proba_prefix)) : [];
    if (columns.proba_prefix && probaNames.length === 0 && !columns.y_score) {
        throw new src/* UserError */.yo(`no column starts with "${columns.proba_prefix}" (columns.proba_prefix)`, { where, hint: 'Name probability columns <prefix><label>, or unset proba_prefix.' });
    }
    wanted.push(...probaNames);
    for (const a of options.attributes ?? [])
        if (!wanted.includes(a))
            wanted.push(need(a, 'fairness/slices column', 'Fix the column named in the fairness or slices gates and config.'));
    const data = await readColumns(ds, wanted);
    const labels = (name, key) => data.get(name).map((v, i) => {
        if ((0,table/* isMissing */.b2)(v))
            throw new src/* UserError */.yo(`row ${i + 1}: ${key} ("${name}") is empty`, { where, hint: 'Every scored row needs a true and a predicted label; drop unlabelled rows first.' });
        return normaliseLabel(v);
    });
    const scores = (name) => Float64Array.from(data.get(name), (v, i) => {
        if (typeof v !== 'number' || Number.isNaN(v)) {
            throw new src/* UserError */.yo(`row ${i + 1}: score column "${name}" is ${(0,table/* isMissing */.b2)(v) ? 'empty or NaN' : `not a number (${JSON.stringify(v)})`}`, {
                where,
                hint: 'Scores must be finite numbers on every row; a NaN score usually means the model failed on that input.',
            });
        }
        if (!Number.isFinite(v))
            throw new src/* UserError */.yo(`row ${i + 1}: score column "${name}" is ${v}`, { where, hint: 'Scores must be finite.' });
        return v;
    });
    return {
        source: spec,
        rows: data.get(columns.y_true).length,
        truth: labels(columns.y_true, 'y_true'),
        pred: labels(columns.y_pred, 'y_pred'),
        score: columns.y_score ? scores(columns.y_score) : undefined,
        proba: probaNames.length ? new Map(probaNames.map((n) => [n.slice(columns.proba_prefix.length), scores(n)])) : undefined,
        attributes: new Map((options.attributes ?? []).map((a) => [a, data.get(a).map((v) => ((0,table/* isMissing */.b2)(v) ? MISSING_GROUP : String(v)))])),
    };
}
async function readColumns(ds, names) {
    const order = ds.schema.fields.map((f) => f.name).filter((n) => names.includes(n));
    const out = new Map(order.map((n) => [n, []]));
    for await (const batch of ds.batches({ columns: order })) {
        order.forEach((n, j) => {
            const target = out.get(n);
            const col = batch.columns[j];
            for (let r = 0; r < batch.numRows; r++)
                target.push(col[r]);
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/encode.ts


function encodeClassification(candidate, baseline, positiveLabel) {
    if (baseline)
        assertSameRows(candidate, baseline);
    const where = `predictions ${candidate.source}`;
    const truthLabels = new LabelSet(candidate.truth, where);
    const labels = new LabelSet([...truthLabels.labels, ...candidate.pred, ...(baseline?.pred ?? [])], where);
    const positive = positiveCode(truthLabels, labels, positiveLabel, where);
    const truth = labels.encode(candidate.truth);
    const encode = (p) => ({
        labels,
        truth,
        pred: labels.encode(p.pred),
        positive,
        score: positive === undefined ? undefined : (p.score ?? p.proba?.get(String(labels.labels[positive]))),
        proba: positive === undefined && p.proba ? probaColumns(p, labels, truthLabels) : undefined,
    });
    return { candidate: encode(candidate), baseline: baseline && encode(baseline) };
}
/**
 * Binary when at most two labels occur. The positive label is the configured
 * one, else 1 for 0/1 or \u22121/1 labels (scikit-learn's default pos_label);
 * two text labels need it spelled out, as scikit-learn insists too.
 */
function positiveCode(truthLabels, labels, configured, where) {
    if (configured !== undefined) {
        const want = normaliseLabel(configured);
        const match = truthLabels.labels.find((l) => l === want || String(l) === String(want));
        if (match === undefined) {
            throw new src/* UserError */.yo(`positive_label ${JSON.stringify(configured)} is not a label in y_true (labels: ${truthLabels.labels.map((l) => JSON.stringify(l)).join(', ')})`, {
                where,
                hint: 'Set columns.positive_label to one of the y_true labels.',
            });
        }
        if (labels.size > 2)
            throw new src/* UserError */.yo(`positive_label is set but ${labels.size} labels occur (${labels.labels.join(', ')})`, { where, hint: 'positive_label is for binary tasks; remove it for multiclass.' });
        return labels.code(match);
    }
    if (labels.size > 2)
        return undefined;
    if (labels.labels.every((l) => l === 0 || l === 1) || labels.labels.every((l) => l === -1 || l === 1))
        return labels.has(1) ? labels.code(1) : undefined;
    if (labels.size === 2) {
        throw new src/* UserError */.yo(`labels are ${labels.labels.map((l) => JSON.stringify(l)).join(' and ')}: which one is positive?`, {
            where,
            hint: 'Set columns.positive_label in the eval-gate config.',
        });
    }
    return undefined;
}
function probaColumns(p, labels, truthLabels) {
    const byLabel = new Map([...p.proba].map(([text, col]) => [text, col]));
    for (const text of byLabel.keys()) {
        if (!truthLabels.labels.some((l) => String(l) === text)) {
            throw new src/* UserError */.yo(`probability column for label "${text}" but "${text}" never occurs in y_true`, {
                where: `predictions ${p.source}`,
                hint: `y_true labels: ${truthLabels.labels.join(', ')}. One probability column per y_true class is needed (scikit-learn's roc_auc_score rule).`,
            });
        }
    }
    return labels.labels.map((l) => byLabel.get(String(l)));
}
function assertSameRows(candidate, baseline) {
    if (candidate.rows !== baseline.rows) {
        throw new src/* UserError */.yo(`predictions has ${candidate.rows} rows, baseline-predictions ${baseline.rows}`, {
            where: `baseline-predictions ${baseline.source}`,
            hint: 'Both models must score the same test rows in the same order.',
        });
    }
    for (let i = 0; i < candidate.rows; i++) {
        if (candidate.truth[i] !== baseline.truth[i]) {
            throw new src/* UserError */.yo(`row ${i + 1}: y_true is ${JSON.stringify(baseline.truth[i])} here but ${JSON.stringify(candidate.truth[i])} in predictions`, {
                where: `baseline-predictions ${baseline.source}`,
                hint: 'Both files must list the same test rows in the same order.',
            });
        }
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/unavailable-metrics.ts

const BINARY_SCORE_METRICS = ['roc_auc', 'average_precision', 'log_loss', 'brier_score_loss'];
const MULTICLASS_SCORE_METRICS = ['roc_auc', 'roc_auc_ovr_weighted', 'average_precision', 'log_loss'];
const LOSSES = new Set(['log_loss', 'brier_score_loss']);
function unavailableClassificationMetrics(d, m) {
    const out = {};
    const classesInTruth = new Set(d.truth).size;
    if (isBinary(d)) {
        const positive = String(d.labels.labels[d.positive]);
        for (const k of BINARY_SCORE_METRICS) {
            if (!d.score)
                out[k] = `no positive-class score: add a y_score column (or proba_${positive}), or set columns.y_score`;
            else if (m[k] === undefined && LOSSES.has(k))
                out[k] = 'the scores are not probabilities (values outside [0, 1]); ROC AUC and average precision use them as a ranking';
        }
    }
    else {
        const present = [...new Set(d.truth)].sort((a, b) => a - b);
        const lacking = present.filter((c) => !d.proba?.[c]).map((c) => String(d.labels.labels[c]));
        for (const k of MULTICLASS_SCORE_METRICS) {
            if (!d.proba)
                out[k] = 'no probability columns: add one proba_<label> column per class, or set columns.proba_prefix';
            else if (lacking.length)
                out[k] = `no probability column for class${lacking.length === 1 ? '' : 'es'} ${lacking.join(', ')} (one per y_true class is needed)`;
        }
    }
    for (const [k, v] of Object.entries(m)) {
        if (Number.isNaN(v) && !out[k])
            out[k] = classesInTruth < 2 ? 'y_true holds a single class, so it is undefined (scikit-learn refuses to compute it)' : 'undefined for these predictions';
    }
    return out;
}
/** Regression metrics only go missing as NaN. */
function unavailableRegressionMetrics(m) {
    return Object.fromEntries(Object.entries(m).flatMap(([k, v]) => (Number.isNaN(v) ? [[k, 'undefined for these predictions']] : [])));
}

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
;// CONCATENATED MODULE: ./packages/metrics/src/gate/config.ts


/**
 * The eval-gate config. Gates are thresholds on named quantities, written as
 * `metric op number`:
 *   accuracy >= 0.92                          any candidate metric (scikit-learn names)
 *   latency.p99_ms <= 50                      p50_ms, p95_ms, p99_ms, mean_ms
 *   improvement.accuracy >= 0.005             candidate \u2212 production (production \u2212 candidate for losses)
 *   improvement.accuracy.lower_bound >= 0     the bootstrap interval of that improvement
 *   mcnemar.p_value <= 0.05                   paired test of accuracy
 *   fairness.<column>.demographic_parity_ratio >= 0.8
 *   slices.<column>.<metric> >= 0.8           every slice large enough to score
 *   leakage.rows <= 0                         rows shared by train-data and test-data
 *   model_size_mb <= 500
 * The flat configs/eval_gate.json keys (min_accuracy, \u2026) are accepted as they are.
 */
const label = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]);
const gateObject = schemas/* strictObject */.rej({
    gate: schemas/* string */.YjP().describe('A threshold, e.g. "accuracy >= 0.92".'),
    id: schemas/* string */.YjP().optional().describe('Check id in outputs; the metric path by default.'),
    severity: schemas/* enum */.k5n(['error', 'warning']).default('error').describe('A failed warning gate makes the result `warn` and does not block unless fail-on: warning.'),
});
const gateConfigSchema = schemas/* strictObject */.rej({
    task: schemas/* enum */.k5n(['auto', 'binary', 'multiclass', 'regression']).default('auto').describe('auto: regression when y_true holds non-integer numbers, else classification.'),
    columns: schemas/* strictObject */.rej({
        y_true: schemas/* string */.YjP().default('y_true'),
        y_pred: schemas/* string */.YjP().default('y_pred'),
        y_score: schemas/* string */.YjP().optional().describe('Positive-class score or probability (binary).'),
        proba_prefix: schemas/* string */.YjP().optional().describe('Multiclass probabilities in columns <prefix><label>.'),
        positive_label: label.optional().describe('The positive class for binary metrics; 1 for 0/1 labels.'),
        latency: schemas/* string */.YjP().default('latency_ms').describe('Column of a latency-samples data file, in milliseconds.'),
    })
        .prefault({}),
    gates: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), gateObject])).default([]).describe('Thresholds every model must meet; see the README for the quantities.'),
    bootstrap: schemas/* strictObject */.rej({
        metrics: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Metrics whose improvement gets an interval; the improvement gates\' metrics and the headline metric by default.'),
        resamples: schemas/* number */.aig().int().min(0).max(100000).default(1000).describe('0 turns the bootstrap off.'),
        seed: schemas/* number */.aig().int().min(0).max(0xffffffff).default(42),
        confidence: schemas/* number */.aig().gt(0).lt(1).default(0.95),
    })
        .prefault({}),
    fairness: schemas/* array */.YOg(schemas/* strictObject */.rej({
        column: schemas/* string */.YjP(),
        groups: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Groups that must be present; a missing one is reported as empty.'),
        min_group_size: schemas/* number */.aig().int().min(1).default(30).describe('Smaller groups are reported but not compared.'),
    }))
        .default([]),
    leakage: schemas/* strictObject */.rej({ key_columns: schemas/* array */.YOg(schemas/* string */.YjP()).min(1).describe('Columns that identify an example; whole rows when omitted.') })
        .optional()
        .describe('How train-data and test-data rows are matched for the leakage.rows gate.'),
    slices: schemas/* strictObject */.rej({
        columns: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
        min_size: schemas/* number */.aig().int().min(1).default(100),
        metrics: schemas/* array */.YOg(schemas/* string */.YjP()).optional().describe('Metrics per slice; accuracy and f1 (classification) or MAE and RMSE (regression) by default.'),
    })
        .optional(),
});
/** The flat `configs/eval_gate.json` shape: one key per default gate. */
const seedSchema = schemas/* strictObject */.rej({
    min_accuracy: schemas/* number */.aig().min(0).max(1).optional(),
    max_latency_p99_ms: schemas/* number */.aig().positive().optional(),
    min_improvement: schemas/* number */.aig().optional(),
    max_model_size_mb: schemas/* number */.aig().positive().optional(),
});
const seedKeys = Object.keys(seedSchema.shape);
function loadGateConfig(value, cwd) {
    if (value === undefined)
        return defaultGateConfig();
    return fromDocument((0,src/* readConfigDocument */.AA)(value, cwd, 'config'));
}
function parseGateConfig(text, source) {
    return fromDocument(parseConfigDocument(text, source));
}
/** The default gates: accuracy \u2265 0.92, p99 \u2264 50 ms, +0.005 over production, parity \u2265 0.8 (when a group column is configured), no leakage, \u2264 500 MB. */
function defaultGateConfig() {
    const data = gateConfigSchema.parse({});
    const gates = ['accuracy >= 0.92', 'latency.p99_ms <= 50', 'improvement.accuracy >= 0.005', 'leakage.rows <= 0', 'model_size_mb <= 500'];
    return { ...data, source: 'default gates', format: 'default', gates: gates.map((g) => toGate(g, 'default gates')), optionalGates: true };
}
function fromDocument(doc) {
    const raw = doc.value;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new src/* UserError */.yo('expected a mapping with `gates:` (or the eval_gate.json keys min_accuracy, max_latency_p99_ms, min_improvement, max_model_size_mb)', { where: doc.source });
    }
    const obj = raw;
    const hooks = { knownKeys: (parent, path) => knownKeys(parent, path) };
    if (!('gates' in obj) && Object.keys(obj).some((k) => seedKeys.includes(k))) {
        const seed = (0,src/* validateConfig */.$r)(seedSchema, obj, doc.at, hooks);
        const gates = [
            seed.min_accuracy !== undefined && `accuracy >= ${seed.min_accuracy}`,
            seed.max_latency_p99_ms !== undefined && `latency.p99_ms <= ${seed.max_latency_p99_ms}`,
            seed.min_improvement !== undefined && `improvement.accuracy >= ${seed.min_improvement}`,
            seed.max_model_size_mb !== undefined && `model_size_mb <= ${seed.max_model_size_mb}`,
        ].filter((g) => typeof g === 'string');
        return { ...gateConfigSchema.parse({}), source: doc.source, format: 'seed-002', gates: gates.map((g) => toGate(g, doc.source)), optionalGates: false };
    }
    const data = (0,src/* validateConfig */.$r)(gateConfigSchema, obj, doc.at, hooks);
    const gates = data.gates.map((g, i) => toGate(g, doc.at(['gates', i])));
    const seen = new Set();
    gates.forEach((g, i) => {
        if (seen.has(g.id))
            throw new src/* UserError */.yo(`gates[${i}]: id "${g.id}" is used twice`, { where: doc.at(['gates', i]), hint: 'Give one of them an explicit `id:`.' });
        seen.add(g.id);
    });
    return { ...data, source: doc.source, format: 'native', gates, optionalGates: false };
}
function toGate(g, where) {
    const text = typeof g === 'string' ? g : g.gate;
    const t = (0,src/* parseThreshold */.B7)(text, where);
    return { ...t, id: (typeof g === 'string' ? undefined : g.id) ?? t.metric, severity: typeof g === 'string' ? 'error' : g.severity, where };
}
function knownKeys(parent, path) {
    if (parent && !('gates' in parent) && path.length === 0 && Object.keys(parent).some((k) => seedKeys.includes(k)))
        return seedKeys;
    let schema = gateConfigSchema;
    for (const key of path) {
        const inner = unwrap(schema);
        if (inner instanceof schemas/* ZodObject */.bvH)
            schema = inner.shape[key];
        else if (inner instanceof schemas/* ZodArray */.naA)
            schema = inner.element;
        else
            return [];
    }
    const inner = unwrap(schema);
    return inner instanceof schemas/* ZodObject */.bvH ? Object.keys(inner.shape) : [];
}
function unwrap(s) {
    let cur = s;
    for (;;) {
        const def = cur.def;
        if (def.innerType)
            cur = def.innerType;
        else if (def.in)
            cur = def.in;
        else
            return cur;
    }
}
function gateConfigJsonSchema() {
    return configJsonSchema('eval-gate', 'Gates (thresholds on metrics, latency, improvement, fairness, slices, leakage, size), or the flat configs/eval_gate.json keys (min_accuracy, max_latency_p99_ms, min_improvement, max_model_size_mb).', [gateConfigSchema, seedSchema]);
}

// EXTERNAL MODULE: ./packages/data/src/stats/sorted.ts
var stats_sorted = __webpack_require__(817);
;// CONCATENATED MODULE: ./packages/metrics/src/multinomial.ts
/**
 * Exact binomial and multinomial draws, so a bootstrap over count-based
 * metrics can resample the cells of a confusion table instead of the rows:
 * drawing n rows with replacement and counting them per cell is a
 * Multinomial(n, cells / n) draw, and one costs O(cells) instead of O(n).
 *
 * The binomial sampler is NumPy's (numpy/random/src/distributions/distributions.c):
 * inversion when n\u00b7min(p, 1\u2212p) \u2264 30, otherwise BTPE (Kachitvichyanukul &
 * Schmeiser 1988, "Binomial random variate generation"), both exact.
 */
function binomial(rng, n, p) {
    if (n === 0 || p <= 0)
        return 0;
    if (p >= 1)
        return n;
    const r = p <= 0.5 ? p : 1 - p;
    const x = r * n <= 30 ? inversion(rng, n, r) : btpe(rng, n, r);
    return p <= 0.5 ? x : n - x;
}
function inversion(rng, n, p) {
    const q = 1 - p;
    const qn = Math.exp(n * Math.log(q));
    const np = n * p;
    const bound = Math.min(n, np + 10 * Math.sqrt(np * q + 1));
    let x = 0;
    let px = qn;
    let u = rng.nextDouble();
    while (u > px) {
        x++;
        if (x > bound) {
            x = 0;
            px = qn;
            u = rng.nextDouble();
        }
        else {
            u -= px;
            px = ((n - x + 1) * p * px) / (x * q);
        }
    }
    return x;
}
/** Stirling-series correction terms of BTPE's final acceptance test. */
const stirling = (v) => {
    const v2 = v * v;
    return (13680 - (462 - (132 - (99 - 140 / v2) / v2) / v2) / v2) / v / 166320;
};
/** BTPE for p \u2264 0.5 and n\u00b7p > 30: a triangle, two parallelograms and exponential tails over the pmf, with squeeze tests. */
function btpe(rng, n, p) {
    const q = 1 - p;
    const fm = n * p + p;
    const m = Math.floor(fm);
    const p1 = Math.floor(2.195 * Math.sqrt(n * p * q) - 4.6 * q) + 0.5;
    const xm = m + 0.5;
    const xl = xm - p1;
    const xr = xm + p1;
    const c = 0.134 + 20.5 / (15.3 + m);
    let a = (fm - xl) / (fm - xl * p);
    const laml = a * (1 + a / 2);
    a = (xr - fm) / (xr * q);
    const lamr = a * (1 + a / 2);
    const p2 = p1 * (1 + 2 * c);
    const p3 = p2 + c / laml;
    const p4 = p3 + c / lamr;
    const nrq = n * p * q;
    for (;;) {
        const u = rng.nextDouble() * p4;
        let v = rng.nextDouble();
        let y;
        if (u <= p1)
            return Math.floor(xm - p1 * v + u); // the triangle: accepted outright
        if (u <= p2) {
            const x = xl + (u - p1) / c;
            v = v * c + 1 - Math.abs(m - x + 0.5) / p1;
            if (v > 1)
                continue;
            y = Math.floor(x);
        }
        else if (u <= p3) {
            y = Math.floor(xl + Math.log(v) / laml);
            if (y < 0 || v === 0)
                continue;
            v = v * (u - p2) * laml;
        }
        else {
            y = Math.floor(xr - Math.log(v) / lamr);
            if (y > n || v === 0)
                continue;
            v = v * (u - p3) * lamr;
        }
        const k = Math.abs(y - m);
        if (k <= 20 || k >= nrq / 2 - 1) {
            // Explicit pmf ratio f(y)/f(m) by recursion.
            const s = p / q;
            const aa = s * (n + 1);
            let f = 1;
            if (m < y)
                for (let i = m + 1; i <= y; i++)
                    f *= aa / i - s;
            else if (m > y)
                for (let i = y + 1; i <= m; i++)
                    f /= aa / i - s;
            if (v <= f)
                return y;
            continue;
        }
        // Squeeze on log(v), then the Stirling-approximated log pmf ratio.
        const rho = (k / nrq) * ((k * (k / 3 + 0.625) + 0.16666666666666666) / nrq + 0.5);
        const t = (-k * k) / (2 * nrq);
        const logV = Math.log(v);
        if (logV < t - rho)
            return y;
        if (logV > t + rho)
            continue;
        const x1 = y + 1;
        const f1 = m + 1;
        const z = n + 1 - m;
        const w = n - y + 1;
        const bound = xm * Math.log(f1 / x1) + (n - m + 0.5) * Math.log(z / w) + (y - m) * Math.log((w * p) / (x1 * q)) + stirling(f1) + stirling(z) + stirling(x1) + stirling(w);
        if (logV <= bound)
            return y;
    }
}
/**
 * out[j] ~ Multinomial(n, weights / \u03a3weights), by conditional binomials
 * (NumPy's method): cell j gets Binomial(left, w_j / \u03a3_{i\u2265j} w_i). Weights are
 * the observed cell counts, so each ratio is exact.
 */
function multinomial(rng, n, weights, out) {
    let restWeight = 0;
    for (let j = 0; j < weights.length; j++)
        restWeight += weights[j];
    let left = n;
    for (let j = 0; j < weights.length; j++) {
        const w = weights[j];
        if (left === 0 || w === 0) {
            out[j] = 0;
        }
        else if (w >= restWeight) {
            out[j] = left;
            left = 0;
        }
        else {
            const draw = binomial(rng, left, w / restWeight);
            out[j] = draw;
            left -= draw;
        }
        restWeight -= w;
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/random.ts
/**
 * The bootstrap's random source: xoshiro128** (Blackman & Vigna) seeded by
 * four outputs of splitmix32 (golden-ratio increment, murmur3 finaliser). A
 * 2^128 \u2212 1 period is plenty for 10^9 draws, every step is 32-bit integer
 * arithmetic, and the golden script reimplements it so resamples can be
 * checked one by one against scikit-learn.
 *
 * State lives in an Int32Array and the hot loops are methods here: as plain
 * fields holding values above 2^31 the state became heap doubles and a draw
 * cost ~70 ns instead of ~3.
 */
class Xoshiro128 {
    s = new Int32Array(4);
    constructor(seed) {
        let state = seed | 0;
        for (let i = 0; i < 4; i++) {
            state = (state + 0x9e3779b9) | 0;
            let z = state;
            z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
            z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
            this.s[i] = z ^ (z >>> 16);
        }
    }
    /** The next output as a signed 32-bit integer (the same bits as `next()`). */
    nextInt32() {
        const s = this.s;
        const s0 = s[0];
        const s1 = s[1];
        const s2 = s[2] ^ s0;
        const s3 = s[3] ^ s1;
        const m = Math.imul(s1, 5);
        const result = Math.imul((m << 7) | (m >>> 25), 9);
        s[0] = s0 ^ s3;
        s[1] = s1 ^ s2;
        s[2] = s2 ^ (s1 << 9);
        s[3] = (s3 << 11) | (s3 >>> 21);
        return result;
    }
    /** The next output as an unsigned 32-bit integer. */
    next() {
        return this.nextInt32() >>> 0;
    }
    /** Uniform double in [0, 1) with 53 random bits (two outputs, as the Mersenne Twister's genrand_res53). */
    nextDouble() {
        const a = this.next() >>> 5;
        const b = this.next() >>> 6;
        return (a * 67108864 + b) / 9007199254740992;
    }
    /** Uniform integer in [0, n) by masked rejection: unbiased, and at most two draws on average. */
    index(n) {
        const mask = maskFor(n);
        for (;;) {
            const r = (this.nextInt32() & mask) >>> 0;
            if (r < n)
                return r;
        }
    }
    /** n draws from [0, n): counts[codes[i]] += 1 for each drawn i. The same draws as n calls of index(n). */
    countCodes(n, codes, counts) {
        const mask = maskFor(n);
        if (mask < 0)
            throw new RangeError('countCodes supports n <= 2^31');
        for (let i = 0; i < n;) {
            const r = this.nextInt32() & mask;
            if (r < n) {
                counts[codes[r]]++;
                i++;
            }
        }
    }
    /** n draws from [0, n): weights[i] += 1 for each drawn i. */
    countDraws(n, weights) {
        const mask = maskFor(n);
        if (mask < 0)
            throw new RangeError('countDraws supports n <= 2^31');
        for (let i = 0; i < n;) {
            const r = this.nextInt32() & mask;
            if (r < n) {
                weights[r]++;
                i++;
            }
        }
    }
}
/** All-ones mask covering n \u2212 1, as an int32 (\u22121 when n > 2^31). */
const maskFor = (n) => (n <= 1 ? 1 : (2 ** (32 - Math.clz32(n - 1)) - 1) | 0);

;// CONCATENATED MODULE: ./packages/metrics/src/bootstrap.ts



function pairedBootstrap(n, metrics, options) {
    const rng = new Xoshiro128(options.seed);
    const diffs = metrics.map(() => new Float64Array(options.resamples));
    const cellCodes = metrics.find((m) => m.cells)?.cells;
    const allCells = metrics.every((m) => m.cells && m.cells.codes === cellCodes?.codes);
    const counts = cellCodes ? new Float64Array(cellCodes.size) : undefined;
    const weights = allCells ? undefined : new Uint32Array(n);
    const step = Math.max(1, Math.round(options.resamples / 10));
    let observed;
    if (allCells && options.cellDraws !== 'rows') {
        observed = new Float64Array(cellCodes.size);
        for (const code of cellCodes.codes)
            observed[code]++;
    }
    for (let r = 0; r < options.resamples; r++) {
        if (observed) {
            multinomial(rng, n, observed, counts);
        }
        else if (allCells) {
            counts.fill(0);
            rng.countCodes(n, cellCodes.codes, counts);
        }
        else {
            weights.fill(0);
            rng.countDraws(n, weights);
            if (counts) {
                counts.fill(0);
                const codes = cellCodes.codes;
                for (let i = 0; i < n; i++)
                    counts[codes[i]] += weights[i];
            }
        }
        metrics.forEach((m, j) => {
            const [cand, base] = m.cells ? m.cells.evaluate(counts) : m.evaluate(weights);
            diffs[j][r] = cand - base;
        });
        if (options.progress && ((r + 1) % step === 0 || r + 1 === options.resamples))
            options.progress(r + 1, options.resamples);
    }
    return metrics.map((m, j) => summarise(m.name, diffs[j], options.confidence));
}
function summarise(metric, differences, confidence) {
    const defined = differences.filter((d) => !Number.isNaN(d)).sort();
    const k = defined.length;
    if (k === 0)
        return { metric, resamples: 0, mean: NaN, std: NaN, lower: NaN, upper: NaN, shareAtOrBelowZero: NaN, differences };
    let sum = 0;
    for (const d of defined)
        sum += d;
    const mean = sum / k;
    let ss = 0;
    for (const d of defined)
        ss += (d - mean) * (d - mean);
    const alpha = (1 - confidence) / 2;
    let notBetter = 0;
    while (notBetter < k && defined[notBetter] <= 0)
        notBetter++;
    return {
        metric,
        resamples: k,
        mean,
        std: k > 1 ? Math.sqrt(ss / (k - 1)) : NaN,
        lower: (0,stats_sorted/* linearQuantile */.r)(k, alpha, (i) => defined[i]),
        upper: (0,stats_sorted/* linearQuantile */.r)(k, 1 - alpha, (i) => defined[i]),
        shareAtOrBelowZero: notBetter / k,
        differences,
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/fairness.ts
function groupFairness(groupOf, truth, pred, positive, options) {
    const tallies = new Map();
    for (const g of options.expected ?? [])
        tallies.set(g, { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 });
    for (let i = 0; i < truth.length; i++) {
        const g = groupOf[i];
        let t = tallies.get(g);
        if (!t)
            tallies.set(g, (t = { n: 0, tp: 0, fp: 0, fn: 0, tn: 0 }));
        t.n++;
        const actual = truth[i] === positive;
        const predicted = pred[i] === positive;
        if (actual && predicted)
            t.tp++;
        else if (actual)
            t.fn++;
        else if (predicted)
            t.fp++;
        else
            t.tn++;
    }
    const minSize = Math.max(1, options.minSize ?? 1);
    const groups = [...tallies.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([group, t]) => ({
        group,
        count: t.n,
        selection_rate: rate(t.tp + t.fp, t.n),
        accuracy: rate(t.tp + t.tn, t.n),
        recall: rate(t.tp, t.tp + t.fn),
        true_positive_rate: rate(t.tp, t.tp + t.fn),
        false_positive_rate: rate(t.fp, t.fp + t.tn),
        excluded: t.n < minSize,
    }));
    const compared = groups.filter((g) => !g.excluded);
    const sel = spread(compared.map((g) => g.selection_rate));
    const tpr = spread(compared.map((g) => g.true_positive_rate));
    const fpr = spread(compared.map((g) => g.false_positive_rate));
    return {
        column: options.column,
        groups,
        demographic_parity_difference: sel.max - sel.min,
        demographic_parity_ratio: sel.max === 0 ? NaN : sel.min / sel.max,
        equalized_odds_difference: Math.max(tpr.max - tpr.min, fpr.max - fpr.min),
    };
}
const rate = (a, b) => (b === 0 ? NaN : a / b);
/** Min and max over the defined values; NaN when none is defined (so every difference is NaN). */
function spread(values) {
    const defined = values.filter((v) => !Number.isNaN(v));
    return defined.length === 0 ? { min: NaN, max: NaN } : { min: Math.min(...defined), max: Math.max(...defined) };
}

// EXTERNAL MODULE: ./packages/data/src/drift/special.ts
var special = __webpack_require__(6969);
;// CONCATENATED MODULE: ./packages/metrics/src/mcnemar.ts

function mcnemar(b, c) {
    const n = b + c;
    if (n < 25)
        return { b, c, method: 'exact', pValue: n === 0 ? 1 : Math.min(1, 2 * binomialCdfHalf(Math.min(b, c), n)) };
    const statistic = (Math.abs(b - c) - 1) ** 2 / n;
    return { b, c, method: 'chi2-corrected', statistic, pValue: (0,special/* chi2Sf */.wv)(statistic, 1) };
}
/** P(X \u2264 k) for X ~ Binomial(n, 1/2), exact for the small n it is used with. */
function binomialCdfHalf(k, n) {
    let term = 1; // C(n, 0)
    let sum = 1;
    for (let i = 1; i <= k; i++) {
        term = (term * (n - i + 1)) / i;
        sum += term;
    }
    return sum / 2 ** n;
}

;// CONCATENATED MODULE: ./packages/metrics/src/slices.ts
function sliceRows(values, minSize) {
    const rows = new Map();
    for (let i = 0; i < values.length; i++) {
        const v = values[i];
        let list = rows.get(v);
        if (!list)
            rows.set(v, (list = []));
        list.push(i);
    }
    return [...rows.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([value, list]) => ({ value, rows: Int32Array.from(list), tooSmall: list.length < minSize }));
}
function take(values, rows) {
    const out = new values.constructor(rows.length);
    for (let i = 0; i < rows.length; i++)
        out[i] = values[rows[i]];
    return out;
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
;// CONCATENATED MODULE: ./packages/metrics/src/gate/quantities.ts
/**
 * The names a gate can use, and which direction is "better" for each.
 * Metric keys follow scikit-learn's function names; short aliases people
 * type in thresholds (`auc`, `mae`, `rmse`) map onto them.
 */
const LOWER_IS_BETTER = new Set(['log_loss', 'brier_score_loss', 'mean_absolute_error', 'mean_squared_error', 'root_mean_squared_error', 'mean_absolute_percentage_error']);
const ALIASES = {
    auc: 'roc_auc',
    pr_auc: 'average_precision',
    brier: 'brier_score_loss',
    mae: 'mean_absolute_error',
    mse: 'mean_squared_error',
    rmse: 'root_mean_squared_error',
    mape: 'mean_absolute_percentage_error',
    r2_score: 'r2',
};
const canonicalMetric = (name) => ALIASES[name] ?? name;
const CLASSIFICATION_KEYS = [
    'accuracy', 'balanced_accuracy', 'precision', 'recall', 'f1',
    'precision_macro', 'recall_macro', 'f1_macro', 'precision_micro', 'recall_micro', 'f1_micro', 'precision_weighted', 'recall_weighted', 'f1_weighted',
    'roc_auc', 'roc_auc_ovr_weighted', 'average_precision', 'log_loss', 'brier_score_loss',
];
const REGRESSION_KEYS = ['mean_absolute_error', 'mean_squared_error', 'root_mean_squared_error', 'r2', 'mean_absolute_percentage_error'];
const METRIC_KEYS = [...CLASSIFICATION_KEYS, ...REGRESSION_KEYS];
const LATENCY_KEYS = ['p50_ms', 'p95_ms', 'p99_ms', 'mean_ms', 'max_ms'];
const FAIRNESS_KEYS = ['demographic_parity_ratio', 'demographic_parity_difference', 'equalized_odds_difference'];
const IMPROVEMENT_PARTS = ['lower_bound', 'upper_bound', 'p_value'];
/** Parses a gate's metric path; returns a reason string when it names nothing we know. */
function parseQuantity(path) {
    const parts = path.split('.');
    const [head, ...rest] = parts;
    const metric = (m) => (m !== undefined && METRIC_KEYS.includes(canonicalMetric(m)) ? canonicalMetric(m) : undefined);
    if (rest.length === 0) {
        if (head === 'model_size_mb')
            return { kind: 'model_size' };
        const m = metric(head);
        return m ? { kind: 'metric', metric: m } : `unknown metric "${head}"`;
    }
    switch (head) {
        case 'latency':
            return rest.length === 1 && LATENCY_KEYS.includes(rest[0]) ? { kind: 'latency', key: rest[0] } : `latency quantities are ${LATENCY_KEYS.map((k) => `latency.${k}`).join(', ')}`;
        case 'improvement': {
            const m = metric(rest[0]);
            if (!m || rest.length > 2 || (rest[1] !== undefined && !IMPROVEMENT_PARTS.includes(rest[1])))
                return `write improvement.<metric>[.${IMPROVEMENT_PARTS.join('|')}]`;
            return { kind: 'improvement', metric: m, part: rest[1] };
        }
        case 'mcnemar':
            return rest.length === 1 && rest[0] === 'p_value' ? { kind: 'mcnemar' } : 'write mcnemar.p_value';
        case 'fairness':
            return rest.length === 2 && FAIRNESS_KEYS.includes(rest[1]) ? { kind: 'fairness', column: rest[0], key: rest[1] } : `write fairness.<column>.<${FAIRNESS_KEYS.join('|')}>`;
        case 'slices': {
            const m = metric(rest[1]);
            return rest.length === 2 && m ? { kind: 'slices', column: rest[0], metric: m } : 'write slices.<column>.<metric>';
        }
        case 'leakage':
            return rest.length === 1 && rest[0] === 'rows' ? { kind: 'leakage' } : 'write leakage.rows';
        default:
            return `unknown quantity "${path}"`;
    }
}
const GATE_HEADS = ['model_size_mb', 'latency', 'improvement', 'mcnemar', 'fairness', 'slices', 'leakage', ...METRIC_KEYS, ...Object.keys(ALIASES)];

;// CONCATENATED MODULE: ./packages/metrics/src/gate/metrics-file.ts




/**
 * A metrics JSON instead of row-level predictions: `{"accuracy": 0.93, ...}`,
 * optionally under a `metrics` key and nested (`{"latency": {"p99_ms": 42}}`
 * is `latency.p99_ms`). What a training job already writes, and what a
 * registry returns for the production version.
 */
const isMetricsFile = (spec) => /\.json$/i.test(spec);
function readMetricsFile(spec, cwd, role) {
    const file = external_node_path_default().resolve(cwd, spec);
    const where = `${role} ${spec}`;
    if (!external_node_fs_default().existsSync(file))
        throw new src/* UserError */.yo('file not found', { where, hint: 'Check the path (relative to the workspace).' });
    (0,src/* refuseLinkOutOfWorkspace */.ND)(file, where, (p) => external_node_path_default().relative(cwd, p) || p);
    let value;
    try {
        value = JSON.parse(external_node_fs_default().readFileSync(file, 'utf8'));
    }
    catch (e) {
        throw new src/* UserError */.yo(`invalid JSON: ${e.message}`, { where, hint: 'A metrics file is one JSON object of numbers; row-level predictions belong in .jsonl, .csv or .parquet.' });
    }
    if (value && typeof value === 'object' && !Array.isArray(value) && 'metrics' in value)
        value = value.metrics;
    if (!value || typeof value !== 'object' || Array.isArray(value))
        throw new src/* UserError */.yo('expected a JSON object of metric names to numbers', { where, hint: 'e.g. {"accuracy": 0.93, "f1": 0.88}' });
    const out = flattenMetrics(value);
    if (Object.keys(out).length === 0)
        throw new src/* UserError */.yo('no numeric metrics in the file', { where, hint: 'e.g. {"accuracy": 0.93, "f1": 0.88}' });
    return out;
}
function flattenMetrics(obj, prefix = '') {
    const out = {};
    for (const [k, v] of Object.entries(obj)) {
        const key = prefix ? `${prefix}.${k}` : canonicalMetric(k);
        if (typeof v === 'number')
            out[key] = v;
        else if (v && typeof v === 'object' && !Array.isArray(v))
            Object.assign(out, flattenMetrics(v, key));
    }
    return out;
}
/** A gate path looked up in a flat metrics object: exact, by alias, or with `.` written as `_` (`latency_p99_ms`). */
function lookupMetric(metrics, key) {
    const dotted = key.split('.').map(canonicalMetric).join('.');
    return metrics[key] ?? metrics[dotted] ?? metrics[dotted.replace(/\./g, '_')];
}

// EXTERNAL MODULE: ./packages/data/src/checks/load.ts + 8 modules
var load = __webpack_require__(5965);
// EXTERNAL MODULE: ./packages/data/src/checks/compile.ts + 16 modules
var compile = __webpack_require__(1589);
// EXTERNAL MODULE: ./packages/data/src/profile/table.ts + 1 modules
var profile_table = __webpack_require__(5909);
// EXTERNAL MODULE: ./packages/data/src/read/meter.ts
var read_meter = __webpack_require__(9650);
;// CONCATENATED MODULE: ./packages/data/src/read-progress.ts


const realProgressClock = {
    now: () => Date.now(),
    every(ms, tick) {
        const timer = setInterval(tick, ms);
        timer.unref();
        return () => clearInterval(timer);
    },
};
const PROGRESS_EVERY_MS = 5000;
/**
 * One progress line: share of the bytes read, rows per second and the time
 * left, estimated from the bytes (a row count is unknown until the end, and
 * while one long line is read no row finishes but bytes still come in).
 */
function progressLine(s) {
    const share = s.totalBytes > 0 ? Math.min(1, s.bytes / s.totalBytes) : 0;
    const parts = [`${s.role}: ${s.phase === 'schema' ? 'column types pass, ' : ''}${Math.floor(share * 100)}% of ${formatBytes(s.totalBytes)} read`];
    const seconds = s.elapsedMs / 1000;
    if (s.rows !== undefined)
        parts.push(`${(0,digits/* groupDigits */.K)(s.rows)} rows (${(0,digits/* groupDigits */.K)(Math.round(seconds > 0 ? s.rows / seconds : 0))} rows/s)`);
    if (share >= 1)
        parts.push('finishing');
    else
        parts.push(share > 0 ? `about ${formatDuration((s.elapsedMs * (1 - share)) / share)} left${s.phase === 'schema' ? ' in this pass' : ''}` : 'time left not known yet');
    return parts.join(', ');
}
/**
 * Runs `work` (a pass over a dataset's files) printing a progress line every
 * 5 s from a timer, so the line comes while the reader waits inside one long
 * line as much as between batches; nothing is added per row.
 */
async function withProgress(o, work) {
    const clock = o.clock ?? realProgressClock;
    const meter = { bytes: 0 };
    const started = clock.now();
    const stop = clock.every(PROGRESS_EVERY_MS, () => o.log(progressLine({ role: o.role, phase: o.phase, bytes: meter.bytes, totalBytes: o.totalBytes(), rows: o.rows?.(), elapsedMs: clock.now() - started })));
    try {
        return await (0,read_meter/* metered */.F)(meter, work);
    }
    finally {
        stop();
    }
}
function formatBytes(n) {
    if (n >= 1e9)
        return `${(n / 1e9).toFixed(1)} GB`;
    if (n >= 1e6)
        return `${(n / 1e6).toFixed(1)} MB`;
    if (n >= 1e3)
        return `${(n / 1e3).toFixed(1)} kB`;
    return `${n} bytes`;
}
function formatDuration(ms) {
    const s = Math.max(1, Math.round(ms / 1000));
    if (s < 60)
        return `${s} s`;
    const m = Math.floor(s / 60);
    if (m < 60)
        return `${m} min ${s % 60} s`;
    return `${Math.floor(m / 60)} h ${m % 60} min`;
}

// EXTERNAL MODULE: ./packages/data/src/profile/heap-growth.ts
var heap_growth = __webpack_require__(4330);
// EXTERNAL MODULE: ./packages/core/src/builtin.ts
var builtin = __webpack_require__(198);
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

;// CONCATENATED MODULE: ./packages/data/src/threads/protocol.ts


/** The messages that end a worker's job: it may exit after them. */
const isFinal = (m) => m.t === 'done' || m.t === 'error';
/** The workerData key that marks a thread as an mlship worker: its job comes as the first message. */
const protocol_WORKER_KEY = 'mlshipWorker';
/**
 * The argument a worker thread gets in its process.argv, besides WORKER_KEY: a bundle's
 * entry tells the main thread by its absence, without loading worker_threads (threads/entry.ts).
 */
const protocol_WORKER_ARG = '--mlship-worker';
function asWorkerError(e) {
    if (e instanceof UserError)
        return { user: true, message: e.message, ...e.details };
    const row = asRowError(e);
    if (row)
        return { user: true, message: row.message, row: { line: row.line, rest: row.rest, hint: row.hint } };
    const err = e instanceof Error ? e : new Error(String(e));
    return { user: false, message: err.message, stack: err.stack };
}
function fromWorker(e) {
    if (e.row)
        return new RowError(e.row.line, e.row.rest, e.row.hint);
    if (e.user)
        return new errors/* UserError */.yo(e.message, { ...(e.where !== undefined ? { where: e.where } : {}), ...(e.hint !== undefined ? { hint: e.hint } : {}) });
    const err = new Error(e.message);
    if (e.stack)
        err.stack = e.stack;
    return err;
}

;// CONCATENATED MODULE: ./packages/data/src/threads/spawn.ts





/** Runs `job` on `port`: the loop every worker thread runs (threads/entry.ts), and the in-process parties too. */
function spawn_serveJob(port, job) {
    return job.kind === 'columns' ? serveColumns(port, job) : serveChunks(port);
}
const threads = (0,builtin/* lazyBuiltin */.q)('node:worker_threads');
/** Threads started ahead of their job (warmThreads), by entry file. */
const warm = [];
function startThread(entry) {
    optimizeOnOwnThreads();
    return new (threads().Worker)(entry, { workerData: { [protocol_WORKER_KEY]: true }, argv: [protocol_WORKER_ARG] });
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
        if (isFinal(m))
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
    spawn_serveJob(port2, job).catch((e) => on.failure(e instanceof Error ? e : new Error(String(e))));
    return {
        post: (m, transfer) => port1.postMessage(m, transfer),
        stop: async () => {
            port1.postMessage({ t: 'stop' });
            port1.close();
        },
    };
};

;// CONCATENATED MODULE: ./packages/data/src/threads/entry.ts

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
const workerSpawn = (spawn) => spawn ?? (entry ? threadSpawner(entry) : undefined);
/**
 * In a thread started as a worker (profiling columns, parsing CSV or JSONL): runs its job and resolves true,
 * and the entry does nothing else. In any other thread: false, at once.
 */
async function serveProfileWorker() {
    // The main thread, most often: it need not load worker_threads to know (2\u20133 ms of a cold start).
    if (!process.argv.includes(WORKER_ARG))
        return false;
    const { isMainThread, parentPort: port, workerData } = await Promise.resolve(/* import() */).then(__webpack_require__.t.bind(__webpack_require__, 5919, 23));
    if (isMainThread || !port || !workerData?.[WORKER_KEY])
        return false;
    // The job is the first message: a thread may be started before its job is known (warmThreads).
    // Served from within that message's event, so the job's listeners are on the port before the next one.
    await new Promise((resolve, reject) => port.once('message', (m) => {
        if (m.t === 'job')
            serveJob(port, m.job).then(resolve, reject);
    }));
    return true;
}

// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
;// CONCATENATED MODULE: ./packages/data/src/threads/plan.ts


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
        throw new src/* UserError */.yo(`${THREADS_ENV} must be a whole number of threads of 1 or more, not "${raw}"`, {
            hint: `Unset it to profile on every core (${external_node_os_default().availableParallelism()} here), or set 1 for a single thread.`,
        });
    }
    return Number(raw);
}
/**
 * Threads (the main one counted) for `bytes` of data: `auto` takes every core
 * from `minBytes` on and one thread below it; a number is taken as it is.
 */
function threadsFor(setting, bytes, minBytes) {
    return setting === 'auto' ? (bytes >= minBytes ? external_node_os_default().availableParallelism() : 1) : setting;
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

;// CONCATENATED MODULE: ./packages/data/src/threads/chunk-pool.ts




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
    const setting = options.threads ?? threadsSetting();
    const spawn = workerSpawn(options.spawn);
    if (!spawn || setting === 1)
        return undefined;
    const shared = sharedWorkers(spawn);
    return {
        workersFor: (bytes) => threadsFor(setting, bytes, TEXT_AUTO_MIN_BYTES) - 1,
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
                            (0,heap_growth/* tightenOldGenerationPast */.$o)();
                        pending?.resolve(m.result);
                    }
                    else
                        pending?.reject(fromWorker(m.error));
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

// EXTERNAL MODULE: ./packages/data/src/profile/column.ts + 4 modules
var column = __webpack_require__(7482);
// EXTERNAL MODULE: ./packages/data/src/profile/column-group.ts
var column_group = __webpack_require__(2818);
;// CONCATENATED MODULE: ./packages/data/src/threads/profile-threads.ts








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
    const setting = options.threads ?? threadsSetting();
    const spawn = workerSpawn(options.spawn);
    if (!spawn || rowRules > 0 || ds.files.some((f) => f.format !== 'parquet'))
        return undefined;
    const bytes = ds.files.reduce((s, f) => s + f.sizeBytes, 0);
    const parties = Math.min(threadsFor(setting, bytes, AUTO_MIN_BYTES), ds.schema.fields.length);
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
    const { parquetColumnBytes } = await Promise.all(/* import() */[__webpack_require__.e(367), __webpack_require__.e(420)]).then(__webpack_require__.bind(__webpack_require__, 1420));
    const { rows, bytes } = await parquetColumnBytes(ds.files.map((file) => ({ file, abs: external_node_path_default().resolve(cwd, file.path) })));
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
    return partitionColumns(costs, plan.parties, head, plan.start).filter((g, p) => p === 0 || g.length > 0);
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
    const own = new column_group/* ColumnGroup */.o(groups[0].map((i) => fields[i]), groups[0], true);
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
        (0,read_meter/* countBytes */.T)(pendingBytes);
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
                        fail(p, m.seq, fromWorker(m.error));
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
                (0,heap_growth/* tightenOldGenerationPast */.$o)();
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
            states[p].forEach((s, j) => profiler.adopt(groups[p][j], column/* ColumnProfiler */.k.fromState(fields[groups[p][j]], s)));
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

;// CONCATENATED MODULE: ./packages/data/src/threads/warm.ts








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
    return parquet ? threadsFor(setting, sizes.reduce((a, b) => a + b, 0), AUTO_MIN_BYTES) : threadsFor(setting, Math.max(...sizes), TEXT_AUTO_MIN_BYTES);
}
/**
 * Starts the worker threads the data will likely get as soon as its files are
 * known. A check that needs whole rows may still keep parquet on one thread;
 * the threads no job took end with the run.
 */
function warmWorkersFor(files, options = {}) {
    const entry = profileWorkerEntry();
    if (options.spawn || !entry)
        return;
    warmThreads(entry, likelyThreads(files, options.threads ?? threadsSetting()) - 1);
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
    const format = formatOf(file);
    const stat = format && fs.statSync(path.resolve(cwd, file), { throwIfNoEntry: false });
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


;// CONCATENATED MODULE: ./packages/data/src/validate.ts











/**
 * One streaming pass: open everything and compile the checks first (so a typo
 * fails before minutes of reading), profile the reference, then read the data
 * once, feeding the profiler and every row-level rule from the same batches.
 */
async function validateDataset(opts) {
    if (opts.engine) {
        // A chunk of its own: a local run never loads the SQL compiler and adapters.
        const { validateOnEngine } = await __webpack_require__.e(/* import() */ 894).then(__webpack_require__.bind(__webpack_require__, 894));
        return validateOnEngine({ ...opts, engine: opts.engine });
    }
    if (opts.data === undefined)
        throw new src/* UserError */.yo('data is not set', { hint: 'Give the dataset to validate: a file, a directory or a glob.' });
    // One set of parsing workers for every CSV and JSONL file of the run, data and reference alike.
    const parsers = chunkParsers(opts.threads);
    try {
        return await validateLocally(opts, opts.data, parsers);
    }
    finally {
        await parsers?.dispose();
        await endWarmThreads();
    }
}
async function validateLocally(opts, dataSpec, parsers) {
    const started = Date.now();
    const cwd = opts.cwd ?? process.cwd();
    const progress = opts.progress ?? (() => { });
    const clock = opts.progressClock ?? realProgressClock;
    const maxLineBytes = opts.config.read?.max_line_bytes;
    const open = (spec, role) => {
        let total = 0;
        const parsing = (file, workers) => progress(`${role}: parsing ${file.path} on ${workers} worker thread${workers === 1 ? '' : 's'} (${THREADS_ENV}=1 for none)`);
        const onFiles = (files) => {
            total = sizeOf(files);
            // The data's threads start loading now, while the files are opened and the checks compiled.
            if (role === 'data')
                warmWorkersFor(files, opts.threads);
        };
        const options = { cwd, role, csv: opts.config.read?.csv, maxLineBytes, chunkParsers: parsers && { ...parsers, started: parsing }, onFiles };
        return withProgress({ role, phase: 'schema', totalBytes: () => total, log: progress, clock }, () => openDataset(spec, options));
    };
    const data = await open(dataSpec, 'data');
    const reference = opts.reference ? await open(opts.reference, 'reference') : undefined;
    const testData = opts.testData ? await open(opts.testData, 'test-data') : undefined;
    if (reference)
        assertSameSchema(data, reference);
    const specs = opts.config.checksFor(data.schema.fields.map((f) => f.name));
    const rules = (0,compile/* compileChecks */.n)(specs, { schema: data.schema, source: opts.config.source, reference, testData });
    let referenceResults;
    if (reference) {
        const profiler = new profile_table/* TableProfiler */.Y(reference.schema);
        try {
            await profileScan(reference, { spec: opts.reference, cwd, role: 'reference', maxLineBytes }, profiler, [], progress, clock, opts.threads);
            referenceResults = { profile: profiler.finish(), profiler, schema: reference.schema };
        }
        finally {
            profiler.dispose();
        }
    }
    for (const r of rules)
        await r.prepare?.(progress);
    const profiler = new profile_table/* TableProfiler */.Y(data.schema);
    const observers = rules.filter((r) => r.observe);
    let profile;
    try {
        await profileScan(data, { spec: dataSpec, cwd, role: 'data', maxLineBytes }, profiler, observers, progress, clock, opts.threads);
        profile = profiler.finish();
    }
    finally {
        profiler.dispose();
    }
    const results = { profile, profiler, files: data.files, reference: referenceResults, now: (opts.now ?? new Date()).getTime() };
    const checks = readNoteChecks([data, reference, testData]);
    const expectationResults = [];
    const extras = [];
    for (const [i, rule] of rules.entries()) {
        const v = rule.evaluate(results);
        if (isMulti(v)) {
            checks.push(...v.checks);
            extras.push({ tables: v.tables, charts: v.charts, data: v.data });
        }
        else {
            const { result, ...verdict } = v;
            checks.push({ id: rule.id, title: rule.title, severity: rule.spec.severity, ...verdict });
            const type = opts.config.expectationTypes?.[i];
            if (result)
                expectationResults.push({ id: rule.id, ...(type ? { expectation_type: type } : {}), success: verdict.status === 'pass', result });
        }
    }
    return {
        dataset: {
            spec: dataSpec,
            files: data.files.length,
            bytes: sizeOf(data.files),
            format: [...new Set(data.files.map((f) => f.format))].join('+'),
            columns: data.schema.fields.length,
        },
        configSource: opts.config.source,
        configFormat: opts.config.format,
        profile,
        referenceProfile: referenceResults?.profile,
        checks,
        results: expectationResults,
        extras,
        elapsedMs: Date.now() - started,
    };
}
const isMulti = (v) => 'checks' in v;
/** What the readers noticed (a CSV header that looks like data, one column where lines hold more) as warning checks. */
function readNoteChecks(datasets) {
    const seen = new Map();
    return datasets.flatMap((ds) => (ds?.notes ?? []).map((note) => {
        const n = (seen.get(note.id) ?? 0) + 1;
        seen.set(note.id, n);
        return {
            id: `read_${note.id}${n > 1 ? `_${n}` : ''}`,
            title: note.title,
            status: 'fail',
            severity: 'warning',
            observed: note.file,
            detail: note.detail,
            location: { file: note.file, ...(note.line !== undefined ? { line: note.line } : {}) },
        };
    }));
}
const sizeOf = (files) => files.reduce((s, f) => s + f.sizeBytes, 0);
/**
 * Profiles every batch and feeds it to the row-level rules: over several
 * threads by column when the data allows it (threads/profile-threads.ts), with
 * the same profile either way, else in this thread.
 */
async function profileScan(ds, opened, profiler, observers, progress, clock, threads) {
    const plan = profileThreads(ds, observers.length, threads);
    const columns = ds.schema.fields.length;
    // The footers read here are not the scan's bytes: before the progress meter starts.
    const groups = plan ? await columnCosts(ds, opened.cwd).then(({ costs, head }) => columnGroups(costs, head, plan)) : [];
    if (!plan || groups.length < 2) {
        if (plan)
            progress(`${opened.role}: profiling ${columns} columns on one thread: too little work to share with another`);
        // Text may stay bytes only where nothing but the profile reads the rows.
        const options = { rawText: observers.length === 0 };
        await scan(ds, opened.role, progress, clock, (batch) => {
            profiler.add(batch);
            for (const r of observers)
                r.observe(batch);
        }, options);
        return;
    }
    progress(`${opened.role}: profiling ${columns} columns on ${groups.length} threads (${THREADS_ENV}=1 for one)`);
    let rows = 0;
    const total = sizeOf(ds.files);
    await withProgress({ role: opened.role, phase: 'rows', totalBytes: () => total, rows: () => rows, log: progress, clock }, () => profileInThreads(ds, opened, profiler, { spawn: plan.spawn, groups }, (n) => (rows += n)));
}
/** Reads every batch, with a progress line every 5 s (share of bytes, rows/s, time left). */
async function scan(ds, role, progress, clock, onBatch, options = {}) {
    let rows = 0;
    const total = sizeOf(ds.files);
    await withProgress({ role, phase: 'rows', totalBytes: () => total, rows: () => rows, log: progress, clock }, async () => {
        for await (const batch of ds.batches(options)) {
            onBatch(batch);
            rows += batch.numRows;
        }
    });
    return rows;
}
function assertSameSchema(data, reference) {
    const where = `reference ${reference.spec}`;
    const byName = (s) => new Map(s.fields.map((f) => [f.name, f]));
    const ref = byName(reference.schema);
    const cur = byName(data.schema);
    const hint = 'The reference must have the same columns as the data; regenerate it or drop the extra columns.';
    for (const f of data.schema.fields) {
        const r = ref.get(f.name);
        if (!r)
            throw new src/* UserError */.yo(`column "${f.name}" is in the data but not in the reference`, { where, hint });
        const same = r.kind === f.kind || ((0,table/* isNumericKind */.kw)(r.kind) && (0,table/* isNumericKind */.kw)(f.kind));
        if (!same)
            throw new src/* UserError */.yo(`column "${f.name}" is ${r.kind} in the reference but ${f.kind} in the data`, { where, hint: 'Declare the CSV type under read.csv.types, or fix the reference.' });
    }
    for (const f of reference.schema.fields) {
        if (!cur.has(f.name))
            throw new src/* UserError */.yo(`column "${f.name}" is in the reference but not in the data`, { where, hint });
    }
}

;// CONCATENATED MODULE: ./packages/metrics/src/latency.ts

function summariseLatency(samples) {
    const sorted = Float64Array.from(samples).sort();
    const n = sorted.length;
    if (n === 0)
        return { count: 0, mean: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN };
    let sum = 0;
    for (const v of sorted)
        sum += v;
    const q = (p) => (0,stats_sorted/* linearQuantile */.r)(n, p, (k) => sorted[k]);
    return { count: n, mean: sum / n, p50: q(0.5), p95: q(0.95), p99: q(0.99), max: sorted[n - 1] };
}

;// CONCATENATED MODULE: ./packages/metrics/src/gate/measurements.ts





/** Latency samples in milliseconds: a data file's column, or a text file with one number per line. */
async function readLatencySamples(spec, column, cwd) {
    const where = `latency-samples ${spec}`;
    if (/\.(txt|log)$/i.test(spec)) {
        const file = external_node_path_default().resolve(cwd, spec);
        if (!external_node_fs_default().existsSync(file))
            throw new src/* UserError */.yo('file not found', { where, hint: 'Check the path (relative to the workspace).' });
        (0,src/* refuseLinkOutOfWorkspace */.ND)(file, where, (p) => external_node_path_default().relative(cwd, p) || p);
        const samples = [];
        external_node_fs_default().readFileSync(file, 'utf8')
            .split('\n')
            .forEach((line, i) => {
            const t = line.trim();
            if (t === '' || t.startsWith('#'))
                return;
            const v = Number(t);
            if (!Number.isFinite(v) || v < 0)
                throw new src/* UserError */.yo(`line ${i + 1}: "${t}" is not a latency in milliseconds`, { where, hint: 'One non-negative number per line.' });
            samples.push(v);
        });
        return withSource(samples, spec, where);
    }
    const ds = await openDataset(spec, { cwd, role: 'latency-samples' });
    if (!ds.schema.fields.some((f) => f.name === column)) {
        throw new src/* UserError */.yo(`column "${column}" is not in the file`, { where, hint: `Columns: ${ds.schema.fields.map((f) => f.name).join(', ')}. Set columns.latency in the config.` });
    }
    const samples = [];
    let row = 0;
    for await (const batch of ds.batches({ columns: [column] })) {
        for (const v of Array.from(batch.columns[0])) {
            row++;
            if (typeof v !== 'number' || !Number.isFinite(v) || v < 0)
                throw new src/* UserError */.yo(`row ${row}: latency ${JSON.stringify(v)} is not a non-negative number`, { where, hint: 'Drop failed requests or record them separately.' });
            samples.push(v);
        }
    }
    return withSource(samples, spec, where);
}
function withSource(samples, source, where) {
    if (samples.length === 0)
        throw new src/* UserError */.yo('no latency samples', { where, hint: 'The file must hold at least one measurement.' });
    return { ...summariseLatency(samples), source };
}
/**
 * Times `requests` sequential requests to a model endpoint (after a short
 * warm-up that is not counted), stopping at the time budget. Sequential on
 * purpose: this measures service time, not a load test's queueing.
 */
async function probeLatency(o) {
    const where = `latency-endpoint ${o.url}`;
    const deadline = Date.now() + o.budgetMs;
    const samples = [];
    const init = o.payload === undefined ? { method: 'GET' } : { method: 'POST', body: o.payload, headers: { 'content-type': o.payload.trim().startsWith('{') || o.payload.trim().startsWith('[') ? 'application/json' : 'text/plain' } };
    const warmup = o.warmup ?? 3;
    for (let i = 0; i < warmup + o.requests && Date.now() < deadline; i++) {
        const started = performance.now();
        let res;
        try {
            res = await fetch(o.url, { ...init, signal: AbortSignal.timeout(Math.max(1, deadline - Date.now())) });
            await res.arrayBuffer();
        }
        catch (e) {
            if (Date.now() >= deadline && samples.length > 0)
                break;
            throw new src/* UserError */.yo(`request ${i + 1} failed: ${e.message}`, { where, hint: 'Is the model server up and reachable from the runner?' });
        }
        const ms = performance.now() - started;
        if (!res.ok)
            throw new src/* UserError */.yo(`request ${i + 1} returned HTTP ${res.status}`, { where, hint: 'The endpoint must answer the payload with 2xx; check latency-payload.' });
        if (i >= warmup)
            samples.push(ms);
        if (o.onProgress && samples.length > 0 && samples.length % 100 === 0)
            o.onProgress(`latency: ${samples.length}/${o.requests} requests`);
    }
    if (samples.length === 0)
        throw new src/* UserError */.yo(`no request finished within ${o.budgetMs} ms`, { where, hint: 'Raise latency-timeout or check the endpoint.' });
    return { ...summariseLatency(samples), source: o.url };
}
/** Size of a model file or directory in MiB (2^20 bytes, what `os.path.getsize(p) / 1024 / 1024` gives). */
function modelSizeMb(spec, cwd) {
    const root = external_node_path_default().resolve(cwd, spec);
    if (!external_node_fs_default().existsSync(root))
        throw new src/* UserError */.yo('not found', { where: `model-path ${spec}`, hint: 'Point model-path at the model file or directory the deployment ships.' });
    let bytes = 0;
    const walk = (p) => {
        const st = external_node_fs_default().lstatSync(p);
        if (st.isDirectory())
            for (const e of external_node_fs_default().readdirSync(p))
                walk(external_node_path_default().join(p, e));
        else if (st.isFile())
            bytes += st.size;
    };
    walk(root);
    return bytes / 2 ** 20;
}
/** Rows of train-data that also occur in test-data, with validate-data's leakage check. */
async function leakageCheck(trainData, testData, keyColumns, cwd, progress) {
    const config = (0,load/* parseConfig */.o4)(JSON.stringify({ checks: [{ type: 'leakage', ...(keyColumns ? { key_columns: keyColumns } : {}) }] }), 'eval-gate leakage check');
    const outcome = await validateDataset({ data: trainData, testData, config, cwd, progress });
    return outcome.checks[0];
}

;// CONCATENATED MODULE: ./packages/metrics/src/gate/evaluate.ts















/**
 * Runs the whole gate: every gate's path is checked before any file is read,
 * then predictions are scored, compared with production, resampled, split by
 * group and slice, and each gate is judged. A gate whose input is missing is
 * an error (never a silent pass), except in the default config, where gates
 * apply only to what was measured and the rest are listed as skipped.
 */
async function runGate(o) {
    const { config } = o;
    const quantities = new Map(config.gates.map((g) => [g, resolveQuantity(g, config.source)]));
    const fairnessSpecs = [...config.fairness];
    const sliceColumns = new Set(config.slices?.columns ?? []);
    for (const q of quantities.values()) {
        if (q.kind === 'fairness' && !fairnessSpecs.some((f) => f.column === q.column))
            fairnessSpecs.push({ column: q.column, min_group_size: 30 });
        if (q.kind === 'slices')
            sliceColumns.add(q.column);
    }
    const outcome = { task: 'metrics', candidate: {}, unavailable: {}, comparison: [], fairness: [], slices: [], gates: [] };
    let rowLevel;
    if (isMetricsFile(o.predictions)) {
        outcome.candidate = readMetricsFile(o.predictions, o.cwd, 'predictions');
    }
    else {
        rowLevel = await scorePredictions(o, [...new Set([...fairnessSpecs.map((f) => f.column), ...sliceColumns])]);
        Object.assign(outcome, { task: rowLevel.task, rows: rowLevel.rows, candidate: rowLevel.candidate, unavailable: rowLevel.unavailable, positiveLabel: rowLevel.positiveLabel, confusion: rowLevel.confusion });
    }
    if (rowLevel?.baseline) {
        outcome.baseline = rowLevel.baseline.metrics;
        outcome.baselineSource = o.baseline;
    }
    else if (o.baseline && isMetricsFile(o.baseline)) {
        outcome.baseline = readMetricsFile(o.baseline, o.cwd, 'baseline-predictions');
        outcome.baselineSource = o.baseline;
    }
    else if (o.baselineMetrics) {
        outcome.baseline = o.baselineMetrics.values;
        outcome.baselineSource = o.baselineMetrics.source;
    }
    else if (o.baseline) {
        throw new src/* UserError */.yo('baseline-predictions is row-level but predictions is a metrics JSON', { where: `baseline-predictions ${o.baseline}`, hint: 'Give both as row-level files, or the baseline as a metrics JSON too.' });
    }
    const improvementMetrics = [...new Set([...quantities.values()].flatMap((q) => (q.kind === 'improvement' ? [q.metric] : [])))];
    let intervals = new Map();
    if (rowLevel?.baseline && config.bootstrap.resamples > 0) {
        const names = config.bootstrap.metrics ?? [...new Set([...improvementMetrics, headline(rowLevel.task)])];
        const { resamples, seed, confidence } = config.bootstrap;
        o.progress(`bootstrap: ${resamples} paired resamples of ${(0,src/* groupDigits */.K9)(rowLevel.rows)} rows for ${names.join(', ')}`);
        const paired = rowLevel.paired(names);
        const started = Date.now();
        intervals = new Map(pairedBootstrap(rowLevel.rows, paired, { resamples, seed, confidence, progress: (done, total) => done < total && o.progress(`bootstrap: ${done}/${total} resamples (${((Date.now() - started) / 1000).toFixed(1)} s)`) }).map((r) => [r.metric, r]));
        outcome.bootstrap = { resamples, seed, confidence };
    }
    if (rowLevel?.baseline && rowLevel.task !== 'regression')
        outcome.mcnemar = rowLevel.mcnemar();
    outcome.comparison = compareMetrics(outcome.candidate, outcome.baseline, intervals, improvementMetrics);
    for (const spec of fairnessSpecs) {
        if (!rowLevel)
            throw new src/* UserError */.yo(`fairness on "${spec.column}" needs row-level predictions`, { where: config.source, hint: 'Pass predictions as a data file with the group column.' });
        outcome.fairness.push(rowLevel.fairness(spec.column, spec.min_group_size, spec.groups));
    }
    for (const column of sliceColumns) {
        if (!rowLevel)
            throw new src/* UserError */.yo(`slices on "${column}" need row-level predictions`, { where: config.source, hint: 'Pass predictions as a data file with the slice column.' });
        const gated = [...quantities.values()].flatMap((q) => (q.kind === 'slices' && q.column === column ? [q.metric] : []));
        outcome.slices.push(rowLevel.slices(column, config.slices?.min_size ?? 100, config.slices?.metrics, gated));
    }
    if (o.latencySamples)
        outcome.latency = await readLatencySamples(o.latencySamples, config.columns.latency, o.cwd);
    else if (o.latencyProbe) {
        o.progress(`latency: up to ${o.latencyProbe.requests} requests to ${o.latencyProbe.url} within ${Math.round(o.latencyProbe.budgetMs / 1000)} s`);
        outcome.latency = await probeLatency({ ...o.latencyProbe, onProgress: o.progress });
    }
    if (o.modelPath)
        outcome.modelSizeMb = modelSizeMb(o.modelPath, o.cwd);
    if (o.trainData && o.testData)
        outcome.leakage = await leakageCheck(o.trainData, o.testData, config.leakage?.key_columns, o.cwd, o.progress);
    else if (o.trainData || o.testData)
        throw new src/* UserError */.yo('the leakage check needs both train-data and test-data', { hint: `Set ${o.trainData ? 'test-data' : 'train-data'} too, or neither.` });
    outcome.gates = config.gates.map((g) => judge(g, quantities.get(g), outcome, config.optionalGates));
    return outcome;
}
function resolveQuantity(g, source) {
    const q = parseQuantity(g.metric);
    if (typeof q !== 'string')
        return q;
    const head = g.metric.split('.')[0];
    throw new src/* UserError */.yo(`gate "${g.source}": ${q}.${(0,src/* suggestion */.h)(head, GATE_HEADS)}`, { where: g.where ?? source, hint: 'See the eval-gate README for the quantities a gate can use.' });
}
const headline = (task) => (task === 'regression' ? 'root_mean_squared_error' : 'accuracy');
function compareMetrics(candidate, baseline, intervals, alsoShow) {
    const keys = [...new Set([...Object.keys(candidate), ...alsoShow])].filter((k) => candidate[k] !== undefined);
    return keys.map((metric) => {
        const c = candidate[metric];
        const b = baseline ? lookupMetric(baseline, metric) : undefined;
        const sign = LOWER_IS_BETTER.has(metric) ? -1 : 1;
        const row = { metric, candidate: c, baseline: b, improvement: b === undefined ? undefined : sign * (c - b) };
        const iv = intervals.get(metric);
        if (iv) {
            const [lower, upper] = sign > 0 ? [iv.lower, iv.upper] : [-iv.upper, -iv.lower];
            // For a loss, "not better" means the candidate's loss difference is >= 0.
            const pValue = sign > 0 ? iv.shareAtOrBelowZero : 1 - shareBelowZero(iv);
            row.interval = { lower, upper, pValue, resamples: iv.resamples };
        }
        return row;
    });
}
const shareBelowZero = (iv) => {
    let n = 0;
    let k = 0;
    for (const d of iv.differences) {
        if (Number.isNaN(d))
            continue;
        k++;
        if (d < 0)
            n++;
    }
    return k === 0 ? NaN : n / k;
};
function lookup(q, g, o) {
    switch (q.kind) {
        case 'metric': {
            const v = lookupMetric(o.candidate, q.metric);
            const why = o.unavailable[q.metric];
            // A NaN value still fails its gate (judge); the reason says why it is undefined.
            if (v !== undefined)
                return why ? { value: v, detail: why } : { value: v };
            if (why)
                return { missing: `${q.metric} is not computed: ${why}` };
            return { missing: o.task === 'metrics' ? `"${q.metric}" is not in the metrics file` : `${q.metric} is not computed for a ${o.task} task${q.metric.match(/roc_auc|average_precision|log_loss|brier/) ? ' without scores (set columns.y_score or columns.proba_prefix)' : ''}` };
        }
        case 'latency': {
            if (o.latency)
                return { value: o.latency[q.key.replace(/_ms$/, '')], detail: `${o.latency.count} samples from ${o.latency.source}` };
            const v = o.task === 'metrics' ? lookupMetric(o.candidate, `latency.${q.key}`) : undefined;
            return v !== undefined ? { value: v } : { missing: 'no latency measured: set latency-samples or latency-endpoint' };
        }
        case 'improvement': {
            const row = o.comparison.find((c) => c.metric === q.metric);
            if (!o.baseline)
                return { missing: 'no production model to compare with: set baseline-predictions (or a registry baseline)' };
            if (!row || row.improvement === undefined)
                return { missing: `${q.metric} is not known for production (${o.baselineSource})` };
            if (!q.part)
                return { value: row.improvement, detail: intervalText(row) };
            if (!row.interval) {
                return { missing: `no bootstrap interval for ${q.metric}: it needs row-level predictions for both models${o.bootstrap ? ` and ${q.metric} in bootstrap.metrics` : ' and bootstrap.resamples > 0'}` };
            }
            const value = q.part === 'lower_bound' ? row.interval.lower : q.part === 'upper_bound' ? row.interval.upper : row.interval.pValue;
            return { value, detail: intervalText(row) };
        }
        case 'mcnemar':
            return o.mcnemar ? { value: o.mcnemar.pValue, detail: `b=${o.mcnemar.b} rows only the candidate gets right, c=${o.mcnemar.c} only production; ${o.mcnemar.method}` } : { missing: "McNemar's test needs row-level classification predictions for both models" };
        case 'fairness': {
            const f = o.fairness.find((x) => x.column === q.column);
            const value = f[q.key];
            const compared = f.groups.filter((x) => !x.excluded);
            return { value, detail: `${compared.length} groups compared (${compared.map((x) => x.group).join(', ')})` };
        }
        case 'slices': {
            const t = o.slices.find((s) => s.column === q.column);
            const scored = t.rows.filter((r) => !r.tooSmall && !Number.isNaN(r.values[q.metric] ?? NaN));
            if (scored.length === 0)
                return { missing: `no slice of ${q.column} has ${t.minSize}+ rows with ${q.metric} defined` };
            // The slice closest to failing decides.
            const worst = scored.reduce((a, b) => ((0,src/* margin */.Lc)(a.values[q.metric], g.op, g.value) <= (0,src/* margin */.Lc)(b.values[q.metric], g.op, g.value) ? a : b));
            return { value: worst.values[q.metric], detail: `worst slice ${q.column}=${worst.value} (${worst.count} rows) of ${scored.length} scored` };
        }
        case 'leakage': {
            if (!o.leakage)
                return { missing: 'no leakage check: set train-data and test-data' };
            const rows = Number.parseInt(String(o.leakage.observed), 10);
            return { value: rows, detail: o.leakage.detail };
        }
        case 'model_size':
            if (o.modelSizeMb !== undefined)
                return { value: o.modelSizeMb };
            {
                const v = o.task === 'metrics' ? lookupMetric(o.candidate, 'model_size_mb') : undefined;
                return v !== undefined ? { value: v } : { missing: 'no model size: set model-path' };
            }
    }
}
const intervalText = (c) => c.interval ? `${pct(c.interval.lower)}\u2026${pct(c.interval.upper)} bootstrap interval, ${c.interval.resamples} resamples, P(not better) = ${c.interval.pValue.toFixed(3)}` : undefined;
const pct = (x) => `${x >= 0 ? '+' : ''}${x.toFixed(4)}`;
function judge(g, q, o, optional) {
    const found = lookup(q, g, o);
    if ('missing' in found)
        return { gate: g, status: optional ? 'skip' : 'error', detail: found.missing };
    const { value, detail } = found;
    if (Number.isNaN(value))
        return { gate: g, status: 'fail', observed: value, detail: `${g.metric} is undefined here${detail ? ` (${detail})` : ''}, so the gate cannot pass` };
    const ok = (0,src/* compare */.UD)(value, g.op, g.value);
    const by = Math.abs((0,src/* margin */.Lc)(value, g.op, g.value));
    return {
        gate: g,
        status: ok ? 'pass' : 'fail',
        observed: value,
        detail: ok ? (detail ?? `${fmt(value)} ${g.op} ${g.value}`) : `${fmt(value)} misses ${g.op} ${g.value} by ${fmt(by)}${detail ? ` (${detail})` : ''}`,
    };
}
const fmt = (x) => (Number.isInteger(x) ? String(x) : Math.abs(x) >= 1000 ? x.toFixed(1) : Number(x.toPrecision(4)).toString());
async function scorePredictions(o, attributes) {
    const { columns } = o.config;
    const cand = await readPredictions(o.predictions, { cwd: o.cwd, role: 'predictions', columns, attributes });
    const base = o.baseline && !isMetricsFile(o.baseline) ? await readPredictions(o.baseline, { cwd: o.cwd, role: 'baseline-predictions', columns }) : undefined;
    o.progress(`predictions: ${(0,src/* groupDigits */.K9)(cand.rows)} rows${base ? `, baseline ${(0,src/* groupDigits */.K9)(base.rows)} rows` : ''}`);
    if (cand.rows === 0)
        throw new src/* UserError */.yo('no rows', { where: `predictions ${o.predictions}`, hint: 'The predictions file is empty.' });
    const task = o.config.task === 'auto' ? detectTask(cand) : o.config.task;
    return task === 'regression' ? regressionRowLevel(cand, base, o.predictions) : classificationRowLevel(cand, base, task, columns.positive_label);
}
/** Regression when labels are numbers that are not all integers, or integers with more than 100 distinct values. */
function detectTask(p) {
    const numeric = p.truth.every((v) => typeof v === 'number');
    if (!numeric)
        return 'multiclass';
    if (p.truth.some((v) => !Number.isInteger(v)) || p.pred.some((v) => typeof v === 'number' && !Number.isInteger(v)))
        return 'regression';
    return new Set(p.truth).size > 100 ? 'regression' : 'multiclass';
}
function classificationRowLevel(cand, base, task, positiveLabel) {
    const { candidate, baseline } = encodeClassification(cand, base, positiveLabel);
    if (task === 'binary' && !isBinary(candidate)) {
        throw new src/* UserError */.yo(`task is binary but ${candidate.labels.size} labels occur (${candidate.labels.labels.join(', ')})`, { where: `predictions ${cand.source}`, hint: 'Set task: multiclass, or fix the labels.' });
    }
    const binary = isBinary(candidate);
    const labels = candidate.labels.labels.map(String);
    const subset = (d, rows) => ({ ...d, truth: take(d.truth, rows), pred: take(d.pred, rows), score: d.score && take(d.score, rows), proba: d.proba?.map((c) => c && take(c, rows)) });
    const metrics = classificationMetrics(candidate);
    return {
        task: binary ? 'binary' : 'multiclass',
        rows: cand.rows,
        positiveLabel: binary ? labels[candidate.positive] : undefined,
        candidate: metrics,
        unavailable: unavailableClassificationMetrics(candidate, metrics),
        confusion: { labels, rows: ConfusionMatrix.fromCodes(candidate.truth, candidate.pred, labels.length).toRows() },
        baseline: baseline && { metrics: classificationMetrics(baseline) },
        paired: (names) => pairedClassification(names, candidate, baseline),
        mcnemar() {
            let b = 0;
            let c = 0;
            for (let i = 0; i < candidate.truth.length; i++) {
                const okC = candidate.pred[i] === candidate.truth[i];
                const okB = baseline.pred[i] === candidate.truth[i];
                if (okC && !okB)
                    b++;
                else if (!okC && okB)
                    c++;
            }
            return mcnemar(b, c);
        },
        fairness(column, minSize, expected) {
            if (!binary)
                throw new src/* UserError */.yo(`fairness on "${column}" needs a binary task (selection rate of the positive class), but ${labels.length} labels occur`, { where: `predictions ${cand.source}`, hint: 'Use slices for per-group metrics of a multiclass model.' });
            return groupFairness(cand.attributes.get(column), candidate.truth, candidate.pred, candidate.positive, { column, minSize, expected });
        },
        slices: (column, minSize, chosen, gated) => sliceTable(cand, column, minSize, [...new Set([...(chosen ?? (binary ? ['accuracy', 'f1', 'roc_auc'] : ['accuracy', 'f1_macro'])), ...gated])], (rows) => classificationMetrics(subset(candidate, rows))),
    };
}
function regressionRowLevel(cand, base, source) {
    const numbers = (p, which) => Float64Array.from(p[which], (v, i) => {
        if (typeof v !== 'number')
            throw new src/* UserError */.yo(`row ${i + 1}: ${which === 'truth' ? 'y_true' : 'y_pred'} ${JSON.stringify(v)} is not a number`, { where: `predictions ${source}`, hint: 'A regression task needs numeric labels; set task: multiclass for classes.' });
        return v;
    });
    const truth = numbers(cand, 'truth');
    const pred = numbers(cand, 'pred');
    const basePred = base && numbers(base, 'pred');
    const metricsOf = (t, p) => ({ ...regressionMetrics(t, p) });
    const metrics = metricsOf(truth, pred);
    const unsupported = (what) => () => {
        throw new src/* UserError */.yo(`${what} is for classification; this is a regression task`, { hint: 'Remove the gate, or set task: binary/multiclass.' });
    };
    return {
        task: 'regression',
        rows: cand.rows,
        candidate: metrics,
        unavailable: unavailableRegressionMetrics(metrics),
        baseline: basePred && { metrics: metricsOf(truth, basePred) },
        paired: (names) => pairedRegression(names, truth, pred, basePred),
        mcnemar: unsupported("McNemar's test"),
        fairness: unsupported('fairness'),
        slices: (column, minSize, chosen, gated) => sliceTable(cand, column, minSize, [...new Set([...(chosen ?? ['mean_absolute_error', 'root_mean_squared_error']), ...gated])], (rows) => metricsOf(take(truth, rows), take(pred, rows))),
    };
}
const pick = (m, keys) => Object.fromEntries(keys.map((k) => [k, m[k] ?? NaN]));
/** Rows grouped by `column`, each large-enough slice scored by `score` and narrowed to `metrics`. */
function sliceTable(p, column, minSize, metrics, score) {
    return {
        column,
        minSize,
        metrics,
        rows: sliceRows(p.attributes.get(column), minSize).map((s) => ({
            value: s.value,
            count: s.rows.length,
            tooSmall: s.tooSmall,
            values: s.tooSmall ? {} : pick(score(s.rows), metrics),
        })),
    };
}

;// CONCATENATED MODULE: ./packages/metrics/src/gate/report.ts



const num = (x) => (x === undefined ? null : Number.isNaN(x) ? 'n/a' : Number(x.toPrecision(6)));
const signed = (x) => (x === undefined ? null : Number.isNaN(x) ? 'n/a' : `${x >= 0 ? '+' : ''}${Number(x.toPrecision(4))}`);
/**
 * The eval-gate Report: one check per gate (observed, threshold, by how
 * much it missed), the candidate-vs-production table with bootstrap
 * intervals, the confusion matrix, fairness and slice tables, and charts of
 * metric deltas and per-group rates.
 */
function buildGateReport(o, config) {
    const checks = o.gates.map((r) => ({
        id: r.gate.id,
        title: gateTitle(r.gate.metric, o),
        status: r.status,
        severity: r.gate.severity,
        observed: r.observed === undefined ? null : num(r.observed),
        expected: `${r.gate.op} ${r.gate.value}`,
        detail: r.detail,
    }));
    if (o.leakage && !o.gates.some((g) => g.gate.metric === 'leakage.rows'))
        checks.push({ ...o.leakage, id: 'leakage', severity: 'warning' });
    const tables = [comparisonTable(o, config, keyMetrics(o, config)), { ...comparisonTable(o, config), title: 'All metrics', folded: true }];
    if (o.mcnemar) {
        const m = o.mcnemar;
        tables.push({
            title: "McNemar's test (accuracy, paired)",
            columns: ['only candidate right', 'only production right', 'method', 'statistic', 'p-value'],
            rows: [[m.b, m.c, m.method, num(m.statistic), num(m.pValue)]],
        });
    }
    if (o.confusion && o.confusion.labels.length <= 12) {
        tables.push({
            title: 'Confusion matrix (rows: true label, columns: predicted)',
            columns: ['', ...o.confusion.labels],
            rows: o.confusion.rows.map((r, i) => [o.confusion.labels[i], ...r]),
        });
    }
    for (const f of o.fairness) {
        tables.push({
            title: `Fairness by ${f.column}: parity ratio ${fmtNum(f.demographic_parity_ratio)}, parity difference ${fmtNum(f.demographic_parity_difference)}, equalized odds difference ${fmtNum(f.equalized_odds_difference)}`,
            columns: ['group', 'rows', 'selection rate', 'accuracy', 'TPR (recall)', 'FPR', 'compared'],
            rows: f.groups.map((g) => [g.group, g.count, num(g.selection_rate), num(g.accuracy), num(g.true_positive_rate), num(g.false_positive_rate), g.excluded ? (g.count === 0 ? 'no rows' : 'too small') : 'yes']),
        });
    }
    for (const s of o.slices) {
        tables.push({
            title: `Slices by ${s.column} (min ${s.minSize} rows)`,
            columns: [s.column, 'rows', ...s.metrics],
            rows: s.rows.map((r) => [r.value, r.count, ...s.metrics.map((m) => (r.tooSmall ? 'too small' : num(r.values[m])))]),
            folded: s.rows.length > 8,
        });
    }
    const measured = [];
    if (o.latency)
        measured.push(['latency (ms)', `p50 ${fmt(o.latency.p50)} \u00b7 p95 ${fmt(o.latency.p95)} \u00b7 p99 ${fmt(o.latency.p99)} \u00b7 max ${fmt(o.latency.max)}`, `${o.latency.count} samples, ${o.latency.source}`]);
    if (o.modelSizeMb !== undefined)
        measured.push(['model size', `${fmt(o.modelSizeMb)} MiB`, '']);
    if (o.leakage)
        measured.push(['train/test leakage', String(o.leakage.observed), o.leakage.detail ?? '']);
    if (measured.length)
        tables.push({ title: 'Measurements', columns: ['what', 'value', 'source'], rows: measured });
    const unavailable = Object.entries(o.unavailable);
    if (unavailable.length)
        tables.push({ title: 'Metrics not computed (null in metrics-json)', columns: ['metric', 'why'], rows: unavailable });
    const failed = o.gates.filter((g) => g.status === 'fail' || g.status === 'error');
    // A severity: warning gate warns; only error gates block (fail-on: warning turns warnings into a failed step, not into blockers).
    const blocking = failed.filter((g) => g.gate.severity === 'error');
    const warned = failed.filter((g) => g.gate.severity === 'warning');
    const summary = `${o.rows !== undefined ? `${(0,src/* groupDigits */.K9)(o.rows)} predictions, ${o.task}${o.positiveLabel !== undefined ? ` (positive label ${o.positiveLabel})` : ''}` : 'metrics file'}` +
        `${o.baselineSource ? `, compared with production (${o.baselineSource})` : ''}. ` +
        (blocking.length ? `Blocked by ${blocking.map((g) => g.gate.id).join(', ')}.` : passSummary(o.gates.filter((g) => g.status === 'pass').length)) +
        (warned.length ? ` Warning${warned.length === 1 ? '' : 's'} from ${warned.map((g) => g.gate.id).join(', ')}.` : '');
    return (0,src/* createReport */.LU)({
        action: 'eval-gate',
        title: `Model evaluation gate: ${blocking.length ? 'BLOCKED' : warned.length ? 'PASSED WITH WARNINGS' : 'PASSED'}`,
        summary,
        checks,
        tables,
        charts: charts(o, config),
        data: { task: o.task, rows: o.rows, metrics: o.candidate, unavailable: o.unavailable, baseline: o.baseline, comparison: o.comparison, mcnemar: o.mcnemar, fairness: o.fairness, slices: o.slices, latency: o.latency, model_size_mb: o.modelSizeMb, bootstrap: o.bootstrap, config: { source: config.source, format: config.format } },
    });
}
const passSummary = (n) => (n === 0 ? 'No gate was measured.' : n === 1 ? 'The one gate passes.' : `All ${n} gates pass.`);
const fmtNum = (x) => (Number.isNaN(x) ? 'n/a' : fmt(x));
/** The metrics worth a glance: the gated ones and the usual headline set for the task. */
function keyMetrics(o, config) {
    const headline = o.task === 'regression' ? ['mean_absolute_error', 'root_mean_squared_error', 'r2', 'mean_absolute_percentage_error'] : ['accuracy', 'balanced_accuracy', 'f1', 'f1_macro', 'roc_auc', 'average_precision', 'log_loss'];
    const gated = config.gates.flatMap((g) => {
        const q = parseQuantity(g.metric);
        return typeof q !== 'string' && (q.kind === 'metric' || q.kind === 'improvement') ? [q.metric] : [];
    });
    return new Set([...gated, ...headline]);
}
function gateTitle(metric, o) {
    const q = parseQuantity(metric);
    if (typeof q === 'string')
        return metric;
    const level = `${Math.round((o.bootstrap?.confidence ?? 0.95) * 100)}% interval`;
    switch (q.kind) {
        case 'metric':
            return q.metric;
        case 'latency':
            return `Latency ${q.key.replace('_ms', '')} (ms)`;
        case 'improvement':
            return `Improvement in ${q.metric} over production${q.part === 'lower_bound' ? `, ${level} lower bound` : q.part === 'upper_bound' ? `, ${level} upper bound` : q.part === 'p_value' ? ', P(not better)' : ''}`;
        case 'mcnemar':
            return "McNemar's test p-value";
        case 'fairness':
            return `${q.key.replace(/_/g, ' ')} by ${q.column}`;
        case 'slices':
            return `${q.metric} in every ${q.column} slice`;
        case 'leakage':
            return 'Train/test leakage (rows)';
        case 'model_size':
            return 'Model size (MiB)';
    }
}
function comparisonTable(o, config, only) {
    const thresholds = new Map();
    for (const g of config.gates) {
        const [head, metric, part] = g.metric.split('.');
        const [key, text] = head === 'improvement' ? [canonicalMetric(metric), `${part ?? '\u0394'} ${g.op} ${g.value}`] : [canonicalMetric(g.metric), `${g.op} ${g.value}`];
        thresholds.set(key, [thresholds.get(key), text].filter(Boolean).join('; '));
    }
    const statusOf = (metric) => {
        const mine = o.gates.filter((r) => canonicalMetric(r.gate.metric) === metric || r.gate.metric.startsWith(`improvement.${metric}`));
        if (mine.length === 0)
            return '';
        return mine.every((r) => r.status === 'pass') ? '\u2705' : mine.some((r) => r.status === 'fail' || r.status === 'error') ? '\u274c' : '\u2796';
    };
    const level = o.bootstrap ? `${Math.round(o.bootstrap.confidence * 100)}% CI` : 'CI';
    return {
        title: o.baseline ? 'Candidate vs production' : 'Candidate metrics',
        columns: o.baseline ? ['metric', 'candidate', 'production', 'improvement', level, 'threshold', 'status'] : ['metric', 'value', 'threshold', 'status'],
        folded: only === undefined,
        rows: o.comparison.filter((c) => !only || only.has(c.metric)).map((c) => o.baseline
            ? [c.metric, num(c.candidate), num(c.baseline), signed(c.improvement), c.interval ? `${signed(c.interval.lower)} \u2026 ${signed(c.interval.upper)}` : null, thresholds.get(c.metric) ?? null, statusOf(c.metric)]
            : [c.metric, num(c.candidate), thresholds.get(c.metric) ?? null, statusOf(c.metric)]),
    };
}
function charts(o, config) {
    const out = [];
    const key = keyMetrics(o, config);
    const deltas = o.comparison.filter((c) => key.has(c.metric) && c.improvement !== undefined && Number.isFinite(c.improvement));
    if (deltas.length) {
        out.push({ title: 'Improvement over production', kind: 'bar', x: deltas.map((c) => c.metric), yLabel: 'improvement', series: [{ name: 'improvement', values: deltas.map((c) => c.improvement) }] });
    }
    for (const f of o.fairness) {
        const groups = f.groups.filter((g) => g.count > 0);
        out.push({
            title: `Selection rate and accuracy by ${f.column}`,
            kind: 'bar',
            x: groups.map((g) => g.group),
            yLabel: 'rate',
            yRange: [0, 1],
            series: [
                { name: 'selection rate', values: groups.map((g) => g.selection_rate) },
                { name: 'accuracy', values: groups.map((g) => g.accuracy) },
            ],
        });
    }
    return out;
}

;// CONCATENATED MODULE: ./packages/metrics/src/gate/index.ts






;// CONCATENATED MODULE: ./packages/metrics/src/index.ts



















;// CONCATENATED MODULE: ./packages/notify/src/webhook.ts

const DEFAULTS = { attempts: 4, baseDelayMs: 500, maxDelayMs: 8_000, maxElapsedMs: 30_000, timeoutMs: 10_000 };
/** Enough of an error body to name the problem (Slack answers with one word) without flooding the log. */
const MAX_BODY_IN_ERROR = 300;
/** A response that was not 2xx. */
class HttpStatusError extends Error {
    status;
    body;
    retryAfterMs;
    constructor(status, body, retryAfterMs) {
        const text = body.trim().replace(/\s+/g, ' ');
        const shown = text.length > MAX_BODY_IN_ERROR ? `${text.slice(0, MAX_BODY_IN_ERROR)}\u2026` : text;
        super(`HTTP ${status}${shown ? `: ${shown}` : ''}`);
        this.status = status;
        this.body = body;
        this.retryAfterMs = retryAfterMs;
    }
}
/** Retry-After as milliseconds: delta-seconds or an HTTP date (RFC 9110 \u00a710.2.3). */
function parseRetryAfter(value, now = Date.now()) {
    if (value === null)
        return undefined;
    const v = value.trim();
    if (/^\d+(\.\d+)?$/.test(v))
        return Math.round(Number(v) * 1000);
    const date = Date.parse(v);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}
/** 5xx and 429 are the server's problem and may pass; other statuses will not change on a resend. */
const retryableStatus = (status) => status === 429 || status >= 500;
const isErrorLike = (e) => typeof e === 'object' && e !== null && typeof e.message === 'string';
/**
 * One line for the log. Never includes the URL: a webhook URL is a credential.
 */
function describeFailure(e, timeoutMs) {
    const err = e instanceof RetryError ? e.lastError : e;
    if (err instanceof HttpStatusError)
        return err.message;
    if (!isErrorLike(err))
        return String(err);
    if (err.name === 'TimeoutError')
        return `no response within ${timeoutMs} ms`;
    if (err.name === 'AbortError')
        return 'request aborted';
    // undici reports network failures as TypeError('fetch failed') with the socket error as cause.
    const cause = err.cause;
    if (isErrorLike(cause)) {
        const code = typeof cause.code === 'string' && !cause.message.includes(cause.code) ? ` (${cause.code})` : '';
        return `network error: ${cause.message}${code}`;
    }
    return `network error: ${err.message}`;
}
function validUrl(url) {
    try {
        const u = new URL(url);
        return u.protocol === 'https:' || u.protocol === 'http:' ? u : undefined;
    }
    catch {
        return undefined;
    }
}
/**
 * POST `body` as JSON to `url`, retrying 5xx, 429 (waiting what Retry-After
 * asks, up to maxDelayMs), timeouts and network errors with exponential
 * backoff, within `attempts` and `maxElapsedMs`. Other 4xx are final. Redirects
 * are not followed (a 301/302 would turn the POST into a GET and lose the
 * message). A timed-out request may still have been delivered, so a retry can
 * duplicate a message \u2014 acceptable for alerts, preferable to losing one.
 * Never throws.
 */
async function webhook_sendWebhook(url, body, options = {}) {
    const target = validUrl(url);
    if (!target)
        return { delivered: false, attempts: 0, error: 'the webhook URL is not a valid http(s) URL' };
    let payload;
    try {
        payload = JSON.stringify(body);
    }
    catch (e) {
        return { delivered: false, attempts: 0, error: `the payload cannot be serialised as JSON: ${e instanceof Error ? e.message : String(e)}` };
    }
    if (payload === undefined)
        return { delivered: false, attempts: 0, error: 'the payload cannot be serialised as JSON' };
    const timeoutMs = options.timeoutMs ?? DEFAULTS.timeoutMs;
    let attempts = 0;
    let status;
    try {
        await retry(async (attempt) => {
            attempts = attempt;
            const signal = AbortSignal.timeout(timeoutMs);
            const res = await fetch(target, {
                method: 'POST',
                headers: { 'content-type': 'application/json; charset=utf-8', 'user-agent': 'mlship-notify', ...options.headers },
                body: payload,
                redirect: 'manual',
                signal,
            });
            status = res.status;
            // Read the body in every case: it frees the connection, and on failure it is the explanation.
            const text = await res.text();
            if (res.status < 200 || res.status >= 300)
                throw new HttpStatusError(res.status, text, parseRetryAfter(res.headers.get('retry-after')));
        }, {
            attempts: options.attempts ?? DEFAULTS.attempts,
            baseDelayMs: options.baseDelayMs ?? DEFAULTS.baseDelayMs,
            maxDelayMs: options.maxDelayMs ?? DEFAULTS.maxDelayMs,
            maxElapsedMs: options.maxElapsedMs ?? DEFAULTS.maxElapsedMs,
            random: options.random,
            shouldRetry: (e) => {
                if (!(e instanceof HttpStatusError))
                    return true;
                if (!retryableStatus(e.status))
                    return false;
                return e.retryAfterMs ?? true;
            },
            onRetry: (e, ctx) => options.onRetry?.({ attempt: ctx.attempt, delayMs: ctx.delayMs, error: describeFailure(e, timeoutMs) }),
        });
        return { delivered: true, attempts, status };
    }
    catch (e) {
        return { delivered: false, attempts, error: describeFailure(e, timeoutMs), ...(status === undefined ? {} : { status }) };
    }
}

;// CONCATENATED MODULE: ./packages/notify/src/slack.ts


const ATTACHMENT_TEXTS = (/* unused pure expression or super */ null && (['fallback', 'pretext', 'title', 'text', 'footer']));
function attachmentPayload(a) {
    const out = { ...a };
    for (const key of ATTACHMENT_TEXTS) {
        const value = a[key];
        if (value !== undefined)
            out[key] = renderSlackText(value);
    }
    if (a.fields)
        out.fields = a.fields.map((f) => ({ ...f, title: renderSlackText(f.title), value: renderSlackText(f.value) }));
    return out;
}
/** A block with its texts rendered: markup as is, the plain text of mrkdwn text objects escaped. */
function blockPayload(value) {
    if (value instanceof SlackMarkup)
        return value.markup;
    if (Array.isArray(value))
        return value.map(blockPayload);
    if (value === null || typeof value !== 'object')
        return value;
    const object = value;
    const out = {};
    for (const [key, v] of Object.entries(object)) {
        out[key] = object.type === 'mrkdwn' && key === 'text' && typeof v === 'string' ? renderSlackText(v) : blockPayload(v);
    }
    return out;
}
/**
 * The JSON body posted for `message`: only the keys that are set, in a fixed
 * order, every text rendered (data escaped, the bot's markup as is).
 */
function slackPayload(message) {
    const payload = { text: renderSlackText(message.text) };
    if (message.blocks?.length)
        payload.blocks = message.blocks.map(blockPayload);
    if (message.attachments?.length)
        payload.attachments = message.attachments.map(attachmentPayload);
    if (message.username)
        payload.username = message.username;
    if (message.icon_emoji)
        payload.icon_emoji = message.icon_emoji;
    return payload;
}
/**
 * Post `message` to a Slack incoming webhook \u2014 the JSON the lessons send with
 * `curl -X POST $SLACK_WEBHOOK -d '{"text": \u2026, "attachments": [{"color": "danger", "fields": [\u2026]}]}'`.
 * Retries as sendWebhook does; a 4xx such as `invalid_payload` or `no_service`
 * is final and its body is in `error`. Never throws.
 */
async function slack_sendSlack(webhookUrl, message, options = {}) {
    const text = message?.text;
    if (!(typeof text === 'string' || text instanceof SlackMarkup) || renderSlackText(text).trim() === '') {
        return { delivered: false, attempts: 0, error: 'the Slack message has no text' };
    }
    return sendWebhook(webhookUrl, slackPayload(message), options);
}

;// CONCATENATED MODULE: ./packages/notify/src/report-message.ts



/** Link to the workflow run, when running on a runner. */
function runUrl(env) {
    const [server, repo, run] = [env('GITHUB_SERVER_URL'), env('GITHUB_REPOSITORY'), env('GITHUB_RUN_ID')];
    return server && repo && run ? `${server}/${repo}/actions/runs/${run}` : undefined;
}
const titles = { 'validate-data': 'Data validation failed in CI pipeline' };
/** A check's line stays readable in chat; cut before escaping, so no entity is cut in half. */
const MAX_DETAIL = 280;
const cut = (text) => (text.length > MAX_DETAIL ? `${text.slice(0, MAX_DETAIL - 1)}\u2026` : text);
/**
 * seed 000 \u00a76.2's Slack alert ("Data validation failed in CI pipeline" + an
 * attachment), carrying what the seed's could not: which checks failed and why.
 */
function failureMessage(report, link) {
    const failed = failedChecks(report);
    const shown = failed.slice(0, 10);
    // Check ids, details and observed values come from the config and the data: interpolated, so escaped.
    const lines = shown.map((c) => mrkdwn `\u2022 *${cut(c.id)}*: ${cut(c.detail ?? `observed ${c.observed}, expected ${c.expected}`)}`);
    if (failed.length > shown.length)
        lines.push(mrkdwn `\u2026and ${failed.length - shown.length} more`);
    if (link)
        lines.push(slackLink(link, 'Check the data report for details'));
    return {
        text: titles[report.action] ?? `${report.title}: ${report.status.toUpperCase()}`,
        attachments: [
            {
                color: 'danger',
                title: `${failed.length} failed check(s)`,
                ...(link ? { title_link: link } : {}),
                text: new SlackMarkup(lines.map((l) => l.markup).join('\n')),
                fields: [
                    { title: 'Status', value: report.status.toUpperCase(), short: true },
                    { title: 'Failed checks', value: String(failed.length), short: true },
                ],
            },
        ],
    };
}
/** Sends the failure message; a delivery problem is a warning, never a failed step. */
async function notifyReportFailure(webhook, report, io) {
    const result = await sendSlack(webhook, failureMessage(report, runUrl(io.env)));
    if (result.delivered)
        io.info(`Slack notification sent (${result.attempts} attempt(s)).`);
    else
        io.warning(`Slack notification not delivered after ${result.attempts} attempt(s): ${result.error ?? 'unknown error'}`);
    return result.delivered;
}

;// CONCATENATED MODULE: ./packages/notify/src/index.ts





;// CONCATENATED MODULE: ./packages/registry/src/registry.ts

const registry_describeTarget = (t) => `${t.kind} "${t.name}"`;
/** The target changed between reading it and writing to it: someone else promoted concurrently. */
class RaceError extends src/* UserError */.yo {
    constructor(model, target, expected, actual) {
        super(`${registry_describeTarget(target)} of ${model} changed while promoting: expected ${expected ?? 'nothing'} there, found ${actual ?? 'nothing'}.`, {
            hint: 'Another promotion ran concurrently; nothing was written. Re-run the step to gate and promote against the current state.',
        });
    }
}

// EXTERNAL MODULE: external "node:child_process"
var external_node_child_process_ = __webpack_require__(1421);
;// CONCATENATED MODULE: ./packages/registry/src/git/exec.ts

/** A git command that exited non-zero; `stderr` is git's own explanation. */
class GitCommandError extends Error {
    args;
    code;
    stderr;
    name = 'GitCommandError';
    constructor(args, code, stderr) {
        super(`git ${args[0]} failed (${code}): ${stderr.trim().split('\n').at(-1) ?? ''}`);
        this.args = args;
        this.code = code;
        this.stderr = stderr;
    }
}
/**
 * Runs git with an argument vector, never through a shell, so model names,
 * stage names and messages are data. Prompts are disabled: in CI a credential
 * prompt would hang the job instead of failing it.
 */
function runGit(args, opts) {
    return new Promise((resolve, reject) => {
        (0,external_node_child_process_.execFile)('git', args, {
            cwd: opts.cwd,
            env: { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', ...opts.env },
            maxBuffer: 256 * 1024 * 1024,
            timeout: opts.timeoutMs ?? 120_000,
            encoding: 'utf8',
        }, (error, stdout, stderr) => {
            if (error) {
                const code = error.code ?? null;
                reject(new GitCommandError(args, code, stderr || error.message));
            }
            else
                resolve(stdout);
        });
    });
}
/**
 * Command-scoped git config that sends the workflow token the way
 * actions/checkout does (`AUTHORIZATION: basic base64(x-access-token:TOKEN)`).
 * Given through GIT_CONFIG_COUNT/KEY/VALUE \u2014 the environment form of `git -c` \u2014
 * so the token is neither written to .git/config nor visible in the process
 * list. The key is scoped to the remote's origin URL, like checkout's own: git
 * applies an `http.extraheader` only from the most specific matching URL, so an
 * unscoped key would lose to checkout's persisted one, and the leading empty
 * value clears that persisted header instead of sending two Authorization
 * headers (which GitHub rejects).
 */
function tokenAuthEnv(remoteUrl, token) {
    let origin;
    try {
        const u = new URL(remoteUrl);
        if (u.protocol !== 'https:' && u.protocol !== 'http:')
            return {};
        origin = `${u.protocol}//${u.host}/`;
    }
    catch {
        // scp-like ssh remotes (git@github.com:o/r.git) and local paths authenticate otherwise.
        return {};
    }
    const header = `AUTHORIZATION: basic ${Buffer.from(`x-access-token:${token}`, 'utf8').toString('base64')}`;
    const key = `http.${origin}.extraheader`;
    return { GIT_CONFIG_COUNT: '2', GIT_CONFIG_KEY_0: key, GIT_CONFIG_VALUE_0: '', GIT_CONFIG_KEY_1: key, GIT_CONFIG_VALUE_1: header };
}

;// CONCATENATED MODULE: ./packages/registry/src/git/tag-names.ts
const tag_names_name = '[a-zA-Z0-9](?:[a-zA-Z0-9\\-/_]*[a-zA-Z0-9])?';
const semver = '(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)\\.(?:0|[1-9]\\d*)(?:-(?:(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\\.(?:0|[1-9]\\d*|\\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\\+[0-9a-zA-Z-]+(?:\\.[0-9a-zA-Z-]+)*)?';
const artifactInTag = `(?:[a-zA-Z0-9\\-_./]+=)?${tag_names_name}`;
const tagRe = new RegExp(`^(?<artifact>${artifactInTag})(?:(?:#(?<stage>${tag_names_name})|@(?<version>v${semver}))(?<cancel>!?)|@(?<deprecated>deprecated))(?:#(?<counter>[0-9]+))?$`);
const nameRe = new RegExp(`^${tag_names_name}$`);
const artifactRe = new RegExp(`^(?:[a-zA-Z0-9\\-_./]+:)?${tag_names_name}$`);
const versionRe = new RegExp(`^v${semver}$`);
const isValidArtifactName = (s) => artifactRe.test(s);
const isValidStageName = (s) => nameRe.test(s);
const isValidVersion = (s) => versionRe.test(s);
/** `1.2.0` and `v1.2.0` both mean the tag `name@v1.2.0`. */
const normalizeVersion = (s) => (/^\d/.test(s) ? `v${s}` : s);
function parseTagName(tag) {
    const m = tagRe.exec(tag);
    if (!m?.groups)
        return undefined;
    const g = m.groups;
    const artifact = g.artifact.replace('=', ':');
    const counter = g.counter === undefined ? {} : { counter: Number(g.counter) };
    const cancel = g.cancel === '!';
    if (g.deprecated)
        return { artifact, action: 'deprecate', ...counter };
    if (g.version)
        return { artifact, action: cancel ? 'deregister' : 'register', version: g.version, ...counter };
    return { artifact, action: cancel ? 'unassign' : 'assign', stage: g.stage, ...counter };
}
function formatTagName(artifact, event, counter) {
    const a = artifact.replace(':', '=');
    const n = counter === undefined ? '' : `#${counter}`;
    switch (event.action) {
        case 'register':
            return `${a}@${event.version}${n}`;
        case 'deregister':
            return `${a}@${event.version}!${n}`;
        case 'assign':
            return `${a}#${event.stage}${n}`;
        case 'unassign':
            return `${a}#${event.stage}!${n}`;
        case 'deprecate':
            return `${a}@deprecated${n}`;
    }
}
/** Semantic-version precedence (semver.org \u00a711), `v` prefix and build metadata ignored. */
function compareSemver(a, b) {
    const split = (v) => {
        const core = v.replace(/^v/, '').split('+')[0];
        const dash = core.indexOf('-');
        return { nums: (dash < 0 ? core : core.slice(0, dash)).split('.').map(Number), pre: dash < 0 ? [] : core.slice(dash + 1).split('.') };
    };
    const x = split(a);
    const y = split(b);
    for (let i = 0; i < 3; i++)
        if (x.nums[i] !== y.nums[i])
            return x.nums[i] - y.nums[i];
    if (!x.pre.length || !y.pre.length)
        return y.pre.length - x.pre.length;
    for (let i = 0; i < Math.max(x.pre.length, y.pre.length); i++) {
        const p = x.pre[i];
        const q = y.pre[i];
        if (p === undefined)
            return -1;
        if (q === undefined)
            return 1;
        if (p === q)
            continue;
        const pn = /^\d+$/.test(p);
        const qn = /^\d+$/.test(q);
        if (pn && qn)
            return Number(p) - Number(q);
        if (pn !== qn)
            return pn ? -1 : 1;
        return p < q ? -1 : 1;
    }
    return 0;
}

;// CONCATENATED MODULE: ./packages/registry/src/git/tag-message.ts
const KEYS = { version: 'version', target: 'target', previous: 'previous', runUrl: 'run_url', commit: 'commit', actor: 'actor', gate: 'gate' };
function formatTagMessage(headline, meta) {
    const json = {};
    for (const [k, key] of Object.entries(KEYS)) {
        const v = meta[k];
        if (v !== undefined)
            json[key] = v;
    }
    if (meta.metrics)
        json.metrics = meta.metrics;
    return `${headline.replace(/\s*\n\s*/g, ' ')}\n\n${JSON.stringify(json, null, 2)}\n`;
}
function parseTagMessage(message) {
    const start = message.search(/^\{/m);
    if (start < 0)
        return {};
    let raw;
    try {
        raw = JSON.parse(message.slice(start));
    }
    catch {
        return {};
    }
    if (typeof raw !== 'object' || raw === null || Array.isArray(raw))
        return {};
    const obj = raw;
    const meta = {};
    for (const [k, key] of Object.entries(KEYS)) {
        if (typeof obj[key] === 'string')
            meta[k] = obj[key];
    }
    if (typeof obj.metrics === 'object' && obj.metrics !== null) {
        meta.metrics = {};
        for (const [name, v] of Object.entries(obj.metrics)) {
            // JSON has no NaN; a writer that meant it wrote the string, and NaN must reach the gate to fail it.
            const n = typeof v === 'number' ? v : v === 'NaN' ? NaN : undefined;
            if (n !== undefined)
                meta.metrics[name] = n;
        }
    }
    return meta;
}

;// CONCATENATED MODULE: ./packages/registry/src/git/state.ts


/** Tagger time orders events as in GTO; the counter breaks same-second ties. */
const byTime = (a, b) => a.time - b.time || (a.parsed.counter ?? 0) - (b.parsed.counter ?? 0);
function buildState(name, records) {
    const events = [];
    for (const r of records) {
        const parsed = parseTagName(r.tag);
        if (parsed?.artifact === name)
            events.push({ tag: r.tag, parsed, commit: r.commit, time: r.time, meta: parseTagMessage(r.message) });
    }
    events.sort(byTime);
    const state = { name, versions: new Map(), deprecated: false, counter: 0, tags: new Set(), stages: new Map(), assignments: [] };
    for (const e of events) {
        state.tags.add(e.tag);
        state.counter = Math.max(state.counter, e.parsed.counter ?? 0);
        const p = e.parsed;
        if (p.action === 'register')
            state.versions.set(p.version, { version: p.version, commit: e.commit, tag: e.tag, meta: e.meta, active: true });
        else if (p.action === 'deregister') {
            const v = state.versions.get(p.version);
            if (v)
                v.active = false;
        }
        else if (p.action === 'deprecate')
            state.deprecated = true;
    }
    // Stage events need every registration first: an assignment names its version by commit.
    for (const e of events) {
        const p = e.parsed;
        if (p.action !== 'assign' && p.action !== 'unassign')
            continue;
        const version = versionOfCommit(state, e.commit, e.meta.version);
        const holders = state.stages.get(p.stage) ?? new Set();
        state.stages.set(p.stage, holders);
        if (p.action === 'assign') {
            holders.add(version);
            state.assignments.push({ stage: p.stage, version, time: e.time, meta: e.meta });
        }
        else
            holders.delete(version);
    }
    return state;
}
/**
 * The registered version on a commit. The message's `version` decides when
 * several versions share the commit; an unregistered commit is its own
 * version, named by its hash, as GTO shows it.
 */
function versionOfCommit(state, commit, hinted) {
    if (hinted && state.versions.get(hinted)?.commit === commit)
        return hinted;
    const onCommit = [...state.versions.values()].filter((v) => v.commit === commit).map((v) => v.version);
    return onCommit.sort(compareSemver).at(-1) ?? commit;
}
/** Active versions in the stage, greatest first (GTO's default semver view). */
function versionsInStage(state, stage) {
    const all = [...(state.stages.get(stage) ?? [])].filter((v) => state.versions.get(v)?.active !== false);
    return all.sort((a, b) => compareVersionNames(b, a));
}
/** Registered versions sort by semver; commit-hash versions (unregistered) below all of them. */
function compareVersionNames(a, b) {
    const sa = a.startsWith('v');
    const sb = b.startsWith('v');
    if (sa && sb)
        return compareSemver(a, b);
    if (sa !== sb)
        return sa ? 1 : -1;
    return a < b ? -1 : a > b ? 1 : 0;
}
const holderOf = (state, stage) => versionsInStage(state, stage)[0] ?? null;
function latestRegistered(state) {
    const active = [...state.versions.values()].filter((v) => v.active).map((v) => v.version);
    return active.sort(compareSemver).at(-1) ?? null;
}
function stagesOf(state, version) {
    return [...state.stages.keys()].filter((s) => versionsInStage(state, s).includes(version)).sort();
}

;// CONCATENATED MODULE: ./packages/registry/src/git/registry.ts






const FIELD = '%00';
const FORMAT = ['%(refname:strip=2)', '%(objecttype)', '%(objectname)', '%(*objectname)', '%(taggerdate:unix)', '%(contents)'].join(FIELD) + FIELD;
const provenanceMeta = (p) => ({ runUrl: p.runUrl, commit: p.commit, actor: p.actor, gate: p.gate });
const DEFAULT_TAGGER = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };
/**
 * The embedded registry: GTO-compatible annotated tags in the repository
 * itself (see tag-names.ts). Stages are GTO stages; an alias is the same thing
 * under another name \u2014 a stage that only ever holds one version \u2014 so
 * `to-alias: champion` writes `name#champion#N` and always unassigns the
 * previous holder, which is exactly what an MLflow alias move does.
 */
class GitTagRegistry {
    opts;
    kind = 'git';
    fetched = false;
    remoteUrl;
    constructor(opts) {
        this.opts = opts;
    }
    url(model, version) {
        const base = this.opts.webUrl?.replace(/\/+$/, '') ?? this.opts.cwd;
        if (!model)
            return base;
        if (!version)
            return this.opts.webUrl ? `${base}/tags` : base;
        const tag = formatTagName(model, { action: 'register', version: normalizeVersion(version) });
        return this.opts.webUrl ? `${base}/releases/tag/${encodeURIComponent(tag)}` : `${base}#${tag}`;
    }
    async getModel(name) {
        const state = await this.state(name);
        if (state.tags.size === 0) {
            throw new src/* UserError */.yo(`model "${name}" not found in the git registry: the repository has no ${formatTagName(name, { action: 'register', version: 'v\u2026' })} tags.`, {
                hint: this.opts.remote ? `Check the model name; tags are read from remote "${this.opts.remote}".` : 'Check the model name, or register a version first (git tag -a \u2026).',
            });
        }
        if (state.deprecated)
            throw new src/* UserError */.yo(`model "${name}" is deprecated in the git registry (tag ${name}@deprecated).`, { hint: 'Deprecated models cannot be promoted.' });
        return { name, url: this.url(name) };
    }
    async getVersion(name, version) {
        const state = await this.state(name);
        return this.describe(state, this.version(name, version, state));
    }
    async latestVersion(name, target) {
        const state = await this.state(name);
        const v = target ? holderOf(state, this.stageName(target)) : latestRegistered(state);
        return v === null ? null : this.describe(state, v);
    }
    async versionMetrics(name, version) {
        const state = await this.state(name);
        const v = this.version(name, version, state);
        return state.versions.get(v)?.meta.metrics ?? {};
    }
    /** Tags `commit` as version `version` (what a training workflow does once a model is built). */
    async register(name, version, commit, meta = {}) {
        if (!isValidArtifactName(name))
            throw new src/* UserError */.yo(`"${name}" is not a valid GTO artifact name.`, { hint: "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit." });
        const v = normalizeVersion(version);
        if (!isValidVersion(v))
            throw new src/* UserError */.yo(`"${version}" is not a semantic version.`, { hint: 'The git registry names versions like v1.2.0.' });
        const tag = formatTagName(name, { action: 'register', version: v });
        await this.tag(tag, commit, formatTagMessage(`Register ${name} ${v}`, { ...meta, version: v }));
        if (this.opts.remote)
            await this.push([tag]);
        return tag;
    }
    async assign(name, version, o) {
        const stage = this.stageName(o.target);
        const state = await this.freshState(name, o.target, o.expectedHolder);
        const v = this.version(name, version, state);
        const previous = o.expectedHolder;
        if (previous === v)
            return { previous, changed: false, archived: [], warnings: [] };
        const others = versionsInStage(state, stage).filter((x) => x !== v);
        const archive = o.target.kind === 'alias' || o.archiveExisting;
        if (!archive && others.length > 0 && compareSemver(others[0], v) > 0) {
            throw new src/* UserError */.yo(`${others[0]} would stay the version of ${registry_describeTarget(o.target)}: it is newer than ${v} and archive-existing is false.`, {
                hint: 'Set archive-existing: true to replace it (that is how a rollback to an older version works).',
            });
        }
        const meta = { version: v, ...provenanceMeta(o.provenance) };
        let counter = state.counter;
        const writes = (archive ? others : []).map((old) => this.unassignTag(state, stage, old, ++counter, `(replaced by ${v})`, meta));
        // Each assignment is its own immutable tag, so the history is the tags; target and previous make each one self-describing.
        const assignMeta = { ...meta, target: `${o.target.kind}:${o.target.name}`, ...(previous === null ? {} : { previous }) };
        writes.push({ tag: formatTagName(name, { action: 'assign', stage }, ++counter), commit: state.versions.get(v).commit, message: formatTagMessage(`Assign ${stage} to ${name} ${v}`, assignMeta) });
        await this.publish(name, o.target, o.expectedHolder, state, writes, state.versions.get(v).tag);
        return { previous, changed: true, archived: archive ? others : [], warnings: [] };
    }
    async unassign(name, o) {
        const stage = this.stageName(o.target);
        const state = await this.freshState(name, o.target, o.expectedHolder);
        const holders = versionsInStage(state, stage);
        if (holders.length === 0)
            return { previous: null, changed: false };
        let counter = state.counter;
        const writes = holders.map((old) => this.unassignTag(state, stage, old, ++counter, '(emptied)', provenanceMeta(o.provenance)));
        await this.publish(name, o.target, o.expectedHolder, state, writes);
        return { previous: o.expectedHolder, changed: true };
    }
    async promotions(name, version) {
        const state = await this.state(name);
        const v = this.version(name, version, state);
        return state.assignments
            .filter((a) => a.version === v)
            .map(({ stage, time, meta }) => ({
            // Tags written before mlship recorded the target are stage assignments as GTO writes them.
            target: meta.target ?? `stage:${stage}`,
            previous: meta.previous ?? null,
            ...(meta.runUrl ? { runUrl: meta.runUrl } : {}),
            ...(meta.commit ? { commit: meta.commit } : {}),
            ...(meta.actor ? { actor: meta.actor } : {}),
            ...(meta.gate ? { gate: meta.gate } : {}),
            ...(time ? { at: new Date(time * 1000).toISOString() } : {}),
        }));
    }
    /** Re-reads the target from the remote as it is now and throws RaceError when its holder is not the expected one. */
    async freshState(name, target, expected) {
        this.fetched = false;
        const state = await this.state(name);
        const now = holderOf(state, this.stageName(target));
        if (now !== expected)
            throw new RaceError(name, target, expected, now);
        return state;
    }
    unassignTag(state, stage, version, counter, why, meta) {
        return {
            tag: formatTagName(state.name, { action: 'unassign', stage }, counter),
            commit: state.versions.get(version)?.commit ?? version,
            message: formatTagMessage(`Unassign ${stage} from ${state.name} ${version} ${why}`, { ...meta, version }),
        };
    }
    /** Writes the tags locally, checks the remote is unchanged, and pushes them (with the version's registration if the remote lacks it) in one atomic push. */
    async publish(name, target, expected, state, writes, registration) {
        const created = [];
        try {
            for (const w of writes) {
                await this.tag(w.tag, w.commit, w.message);
                created.push(w.tag);
            }
            if (this.opts.remote) {
                await this.checkRemoteUnchanged(name, target, state, expected);
                const missing = registration && !(await this.remoteTags()).has(registration) ? [registration] : [];
                await this.push([...missing, ...created], name, target, expected);
            }
        }
        catch (e) {
            // No half-done promotion: tags that did not reach the remote are taken back.
            for (const t of created)
                await this.git(['tag', '-d', t]).catch(() => undefined);
            throw e;
        }
    }
    stageName(target) {
        if (!isValidStageName(target.name)) {
            throw new src/* UserError */.yo(`${registry_describeTarget(target)} is not a valid GTO stage name.`, { hint: "Use letters, digits, '-', '_' and '/', starting and ending with a letter or digit (e.g. prod, Production, champion)." });
        }
        return target.name;
    }
    version(name, version, state) {
        const v = normalizeVersion(version);
        const found = state.versions.get(v);
        if (!found?.active) {
            const known = [...state.versions.values()].filter((x) => x.active).map((x) => x.version).sort(compareSemver).slice(-5);
            throw new src/* UserError */.yo(`version ${v} of model "${name}" not found in the git registry${found ? ' (it was deregistered)' : ''}.`, {
                hint: known.length ? `Registered versions: ${known.join(', ')}${known.length === 5 ? ', \u2026' : ''}.` : `No versions are registered; tag one as ${name}@v1.0.0.`,
            });
        }
        return v;
    }
    describe(state, version) {
        const v = state.versions.get(version);
        return { model: state.name, version, stages: stagesOf(state, version), aliases: [], ...(v ? { commit: v.commit } : {}), url: this.url(state.name, version) };
    }
    async state(name) {
        if (!this.fetched && this.opts.remote) {
            await this.fetchTags();
            this.fetched = true;
        }
        return buildState(name, await this.readTags());
    }
    async readTags() {
        const out = await this.git(['for-each-ref', `--format=${FORMAT}`, 'refs/tags']);
        const fields = out.split('\0');
        const records = [];
        for (let i = 0; i + 6 <= fields.length; i += 6) {
            const [tag, type, object, peeled, time, message] = fields.slice(i, i + 6);
            records.push({ tag: tag.replace(/^\n/, ''), commit: type === 'tag' ? peeled : object, time: Number(time) || 0, message });
        }
        return records;
    }
    async remoteUrlOf() {
        if (this.remoteUrl === undefined) {
            try {
                this.remoteUrl = (await runGit(['remote', 'get-url', this.opts.remote], { cwd: this.opts.cwd })).trim();
            }
            catch {
                throw new src/* UserError */.yo(`the repository has no remote "${this.opts.remote}".`, { where: this.opts.cwd, hint: 'Set `remote` to one of `git remote` (actions/checkout creates "origin"), or to none to work on local tags only.' });
            }
        }
        return this.remoteUrl;
    }
    async fetchTags() {
        // `+`: the remote's tags win over stale local ones; no prune, so local registrations survive.
        await this.network(['fetch', '--quiet', '--no-tags', this.opts.remote, '+refs/tags/*:refs/tags/*'], 'fetch tags from');
    }
    async remoteTags() {
        const out = await this.network(['ls-remote', '--tags', '--refs', this.opts.remote], 'list tags of');
        return new Set(out.split('\n').filter(Boolean).map((l) => l.split('\t')[1].replace(/^refs\/tags\//, '')));
    }
    /** The lease: the model's tags on the remote are still the ones the decision was made on. */
    async checkRemoteUnchanged(name, target, seen, expected) {
        const now = [...(await this.remoteTags())].filter((t) => parseTagName(t)?.artifact === name);
        const added = now.filter((t) => !seen.tags.has(t));
        if (added.length > 0)
            throw new RaceError(name, target, expected, `new tags ${added.join(', ')}`);
    }
    async push(tags, name, target, expected) {
        try {
            // Atomic: the unassignments and the assignment land together or not at all. Without
            // --force an existing tag name is rejected, so two promotions that read the same
            // state collide on their counter-numbered tag instead of both landing.
            await this.network(['push', '--atomic', '--quiet', this.opts.remote, ...tags.map((t) => `refs/tags/${t}:refs/tags/${t}`)], 'push tags to', true);
        }
        catch (e) {
            if (e instanceof GitCommandError && /already exists|stale info/i.test(e.stderr) && name && target) {
                throw new RaceError(name, target, expected ?? null, `tags pushed by someone else (${e.stderr.trim().split('\n')[0]})`);
            }
            throw e instanceof GitCommandError ? this.networkError(e, 'push tags to') : e;
        }
    }
    async network(args, what, raw = false) {
        const url = await this.remoteUrlOf();
        const env = this.opts.token ? tokenAuthEnv(url, this.opts.token) : {};
        try {
            return await runGit(args, { cwd: this.opts.cwd, env });
        }
        catch (e) {
            if (raw || !(e instanceof GitCommandError))
                throw e;
            throw this.networkError(e, what);
        }
    }
    networkError(e, what) {
        const text = e.stderr.trim();
        const auth = /403|401|Authentication failed|could not read Username|Permission to .* denied|terminal prompts disabled/i.test(text);
        const last = text.split('\n').filter(Boolean).at(-1) ?? '';
        return new src/* UserError */.yo(`could not ${what} remote "${this.opts.remote}": ${last.replace(/^fatal: /, '')}`, {
            hint: auth
                ? 'Pass a token that may push tags (`github-token: ${{ secrets.GITHUB_TOKEN }}` with `permissions: contents: write`).'
                : 'Check that the remote is reachable and that the checkout has full history (actions/checkout with fetch-depth: 0).',
        });
    }
    async tag(tag, commit, message) {
        await this.git(['tag', '-a', '-m', message, tag, commit], await this.identity());
    }
    identityEnv;
    /** git refuses to write an annotated tag without a tagger; fresh runners have none configured. */
    async identity() {
        if (this.identityEnv)
            return this.identityEnv;
        const configured = await runGit(['config', 'user.email'], { cwd: this.opts.cwd }).then((email) => email.trim() !== '', () => false);
        const who = this.opts.tagger ?? DEFAULT_TAGGER;
        this.identityEnv = configured && !this.opts.tagger ? {} : { GIT_COMMITTER_NAME: who.name, GIT_COMMITTER_EMAIL: who.email };
        return this.identityEnv;
    }
    async git(args, env) {
        try {
            return await runGit(args, { cwd: this.opts.cwd, env });
        }
        catch (e) {
            if (e instanceof GitCommandError && /not a git repository/i.test(e.stderr)) {
                throw new src/* UserError */.yo('not a git repository, so there is no git registry here.', { where: this.opts.cwd, hint: 'Check out the repository first (actions/checkout with fetch-depth: 0), or use registry: mlflow.' });
            }
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./packages/registry/src/mlflow/client.ts

/** MLflow's error body: `{"error_code": "RESOURCE_DOES_NOT_EXIST", "message": "\u2026"}` (databricks.proto ErrorCode). */
class MlflowApiError extends src/* UserError */.yo {
    status;
    errorCode;
    apiMessage;
    endpoint;
    constructor(status, errorCode, apiMessage, endpoint, host) {
        super(`MLflow ${endpoint} at ${host} answered HTTP ${status}${errorCode ? ` ${errorCode}` : ''}: ${apiMessage || '(empty body)'}`, {
            hint: status === 401
                ? 'The credentials were rejected: set mlflow-token (Databricks or bearer token) or mlflow-username / mlflow-password, from secrets.'
                : status === 403
                    ? 'The credentials lack permission on this model: promoting needs EDIT or MANAGE on the registered model (MLflow basic-auth app), "Can Manage" or "Can Manage Production Versions" on Databricks.'
                    : undefined,
        });
        this.status = status;
        this.errorCode = errorCode;
        this.apiMessage = apiMessage;
        this.endpoint = endpoint;
    }
}
/** Network failure, timeout or a 5xx that outlasted the retries. */
class TransientError extends Error {
}
const client_MAX_BODY_IN_ERROR = 300;
/**
 * A small MLflow REST 2.0 client: JSON in, JSON out, credentials on every
 * request, retries for 5xx / 429 / timeouts / connection errors, and every
 * failure turned into one UserError line (an MlflowApiError for answers).
 */
class MlflowClient {
    opts;
    base;
    /** Where the server is, without credentials, for messages. */
    host;
    headers;
    constructor(opts) {
        this.opts = opts;
        let url;
        try {
            url = new URL(opts.trackingUri);
            if (url.protocol !== 'http:' && url.protocol !== 'https:')
                throw new Error('not http');
        }
        catch {
            throw new src/* UserError */.yo(`tracking-uri "${opts.trackingUri}" is not an http(s) URL.`, { hint: 'Give the MLflow server or Databricks workspace URL, e.g. https://mlflow.example.com.' });
        }
        const username = opts.username ?? (url.username ? decodeURIComponent(url.username) : undefined);
        const password = opts.password ?? (url.password ? decodeURIComponent(url.password) : undefined);
        url.username = '';
        url.password = '';
        this.base = url;
        this.host = url.origin + url.pathname.replace(/\/+$/, '');
        this.headers = { accept: 'application/json', 'user-agent': 'mlship-registry' };
        if (opts.token)
            this.headers.authorization = `Bearer ${opts.token}`;
        else if (username !== undefined)
            this.headers.authorization = `Basic ${Buffer.from(`${username}:${password ?? ''}`, 'utf8').toString('base64')}`;
    }
    get(endpoint, query) {
        return this.call('GET', endpoint, query);
    }
    post(endpoint, body) {
        return this.call('POST', endpoint, undefined, body);
    }
    /** DELETE with a JSON body, as MLflow's own Python client sends it. */
    delete(endpoint, body) {
        return this.call('DELETE', endpoint, undefined, body);
    }
    url(endpoint, query) {
        const u = new URL(`${this.base.pathname.replace(/\/+$/, '')}/api/2.0/mlflow/${endpoint}`, this.base);
        for (const [k, v] of Object.entries(query ?? {})) {
            if (v === undefined)
                continue;
            for (const item of Array.isArray(v) ? v : [v])
                u.searchParams.append(k, String(item));
        }
        return u;
    }
    async call(method, endpoint, query, body) {
        const timeoutMs = this.opts.timeoutMs ?? 15_000;
        const url = this.url(endpoint, query);
        try {
            return await (0,src/* retry */.L5)(async () => {
                let res;
                let text;
                try {
                    res = await fetch(url, {
                        method,
                        headers: body ? { ...this.headers, 'content-type': 'application/json' } : this.headers,
                        body: body ? JSON.stringify(body) : undefined,
                        redirect: 'follow',
                        signal: AbortSignal.timeout(timeoutMs),
                    });
                    text = await res.text();
                }
                catch (e) {
                    throw new TransientError(describeNetworkError(e, timeoutMs));
                }
                if (res.status < 200 || res.status >= 300) {
                    const err = parseError(text);
                    if (res.status >= 500 || res.status === 429)
                        throw new TransientError(`HTTP ${res.status}${err.code ? ` ${err.code}` : ''}: ${err.message}`);
                    throw new MlflowApiError(res.status, err.code, err.message, endpoint, this.host);
                }
                try {
                    return (text.trim() === '' ? {} : JSON.parse(text));
                }
                catch {
                    throw new src/* UserError */.yo(`MLflow ${endpoint} at ${this.host} answered HTTP ${res.status} with a body that is not JSON: ${errorText(text)}`, {
                        hint: 'Check that tracking-uri points at the MLflow server itself (not its login page or a proxy).',
                    });
                }
            }, {
                attempts: this.opts.attempts ?? 4,
                baseDelayMs: this.opts.baseDelayMs ?? 500,
                maxDelayMs: 8_000,
                maxElapsedMs: this.opts.maxElapsedMs ?? 60_000,
                random: this.opts.random,
                shouldRetry: (e) => e instanceof TransientError,
                onRetry: (e, ctx) => this.opts.onRetry?.(`MLflow ${endpoint}: ${e.message}; retry ${ctx.attempt} in ${ctx.delayMs} ms`),
            });
        }
        catch (e) {
            if (e instanceof src/* RetryError */.J_ || e instanceof TransientError) {
                const last = e instanceof src/* RetryError */.J_ ? e.lastError.message : e.message;
                const attempts = e instanceof src/* RetryError */.J_ ? e.attempts : 1;
                throw new src/* UserError */.yo(`MLflow ${endpoint} at ${this.host} failed after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${last}`, {
                    hint: 'The server is unreachable or failing; check tracking-uri and the server, then re-run (nothing was promoted).',
                });
            }
            throw e;
        }
    }
}
function parseError(text) {
    try {
        const j = JSON.parse(text);
        if (typeof j === 'object' && j !== null && (typeof j.error_code === 'string' || typeof j.message === 'string')) {
            return { code: typeof j.error_code === 'string' ? j.error_code : undefined, message: typeof j.message === 'string' ? j.message : '' };
        }
    }
    catch {
        // Not JSON: the basic-auth layer and proxies answer in text or HTML.
    }
    return { message: errorText(text) };
}
function errorText(text) {
    const t = text.replace(/<[^>]*>/g, ' ').trim().replace(/\s+/g, ' ');
    return t.length > client_MAX_BODY_IN_ERROR ? `${t.slice(0, client_MAX_BODY_IN_ERROR)}\u2026` : t;
}
/** fetch's errors come from undici, possibly another realm: checked by shape, not instanceof. */
function describeNetworkError(e, timeoutMs) {
    const err = e;
    if (err?.name === 'TimeoutError')
        return `no response within ${timeoutMs} ms`;
    if (err?.cause?.message)
        return `network error: ${err.cause.message}`;
    return `network error: ${err?.message ?? String(e)}`;
}

;// CONCATENATED MODULE: ./packages/registry/src/mlflow/registry.ts



/** MLflow only archives existing versions when moving into one of these (model_version_stages.py). */
const ACTIVE_STAGES = ['staging', 'production'];
const SEARCH_PAGE = 1000;
/** Prefix of the per-promotion history tags: `mlship.promotion.1`, `.2`, \u2026 each a JSON object. */
const PROVENANCE_HISTORY_PREFIX = 'mlship.promotion.';
const promotionIndex = (key) => {
    const m = key?.startsWith(PROVENANCE_HISTORY_PREFIX) ? /^\d+$/.exec(key.slice(PROVENANCE_HISTORY_PREFIX.length)) : null;
    return m ? Number(m[0]) : 0;
};
/** Keys of the model-version tags that describe the latest promotion. */
const PROVENANCE_TAGS = { target: 'mlship.promoted_to', previous: 'mlship.previous_version', runUrl: 'mlship.workflow_run', commit: 'mlship.commit', actor: 'mlship.actor', gate: 'mlship.gate' };
/**
 * The MLflow Model Registry over REST API 2.0, for an open-source tracking
 * server or a Databricks workspace (workspace registry). Stages are the classic
 * None/Staging/Production/Archived; aliases (`champion`) are the current MLflow way.
 */
class MlflowRegistry {
    kind = 'mlflow';
    client;
    databricks;
    searchPage;
    /** searchPageSize: versions per model-versions/search page (default 1000; tests page through a few versions with a small one). */
    constructor(opts) {
        this.client = new MlflowClient(opts);
        this.searchPage = opts.searchPageSize ?? SEARCH_PAGE;
        this.databricks = /(^|\.)(cloud\.databricks\.com|azuredatabricks\.net|gcp\.databricks\.com)$/.test(this.client.base.hostname);
    }
    url(model, version) {
        const base = this.client.host;
        const m = model === undefined ? '' : encodeURIComponent(model);
        if (this.databricks)
            return model === undefined ? `${base}/ml/models` : `${base}/ml/models/${m}${version ? `/versions/${encodeURIComponent(version)}` : ''}`;
        return model === undefined ? `${base}/#/models` : `${base}/#/models/${m}${version ? `/versions/${encodeURIComponent(version)}` : ''}`;
    }
    async getModel(name) {
        await this.notFound(this.client.get('registered-models/get', { name }), `model "${name}" not found in the MLflow registry at ${this.client.host}.`, 'Check model-name (names are case-sensitive).');
        return { name, url: this.url(name) };
    }
    async getVersion(name, version) {
        const r = await this.notFound(this.client.get('model-versions/get', { name, version }), `version ${version} of model "${name}" not found in the MLflow registry at ${this.client.host}.`, 'MLflow versions are numbers (1, 2, \u2026); check version, or pick one with from-stage / from-alias.');
        return this.describe(name, r.model_version ?? {});
    }
    async latestVersion(name, target) {
        if (!target) {
            let best;
            for await (const mv of this.versions(name))
                if (!best || Number(mv.version) > Number(best.version))
                    best = mv;
            return best ? this.describe(name, best) : null;
        }
        if (target.kind === 'stage') {
            const r = await this.client.post('registered-models/get-latest-versions', { name, stages: [target.name] });
            const mv = r.model_versions?.[0];
            return mv ? this.describe(name, mv) : null;
        }
        try {
            const r = await this.client.get('registered-models/alias', { name, alias: target.name });
            return r.model_version ? this.describe(name, r.model_version) : null;
        }
        catch (e) {
            // An unset alias is INVALID_PARAMETER_VALUE "Registered model alias \u2026 not found." (404 on some backends).
            if (e instanceof MlflowApiError && (e.status === 404 || /alias .* not found/i.test(e.apiMessage)))
                return null;
            throw e;
        }
    }
    async versionMetrics(name, version) {
        const mv = await this.getVersion(name, version);
        if (!mv.runId) {
            throw new src/* UserError */.yo(`version ${version} of model "${name}" has no run_id, so it has no run metrics to check.`, { hint: 'Register versions from a run (mlflow.register_model("runs:/<run_id>/model", \u2026)), or drop min-metrics.' });
        }
        const r = await this.notFound(this.client.get('runs/get', { run_id: mv.runId }), `run ${mv.runId} of version ${version} of model "${name}" not found on ${this.client.host}.`, 'The run was deleted or lives on another tracking server.');
        const metrics = {};
        for (const m of r.run?.data?.metrics ?? []) {
            // Protobuf JSON writes non-finite doubles as strings ("NaN", "Infinity").
            if (m.key !== undefined)
                metrics[m.key] = typeof m.value === 'number' ? m.value : Number(m.value ?? NaN);
        }
        return metrics;
    }
    async assign(name, version, o) {
        const now = await this.latestVersion(name, o.target);
        const previous = now?.version ?? null;
        if (previous !== o.expectedHolder)
            throw new RaceError(name, o.target, o.expectedHolder, previous);
        if (previous === version)
            return { previous, changed: false, archived: [], warnings: [] };
        let archived = [];
        if (o.target.kind === 'alias') {
            await this.client.post('registered-models/alias', { name, alias: o.target.name, version });
            archived = previous ? [previous] : [];
        }
        else {
            const stage = o.target.name.toLowerCase();
            const others = [];
            for await (const mv of this.versions(name))
                if (mv.current_stage?.toLowerCase() === stage && mv.version !== version)
                    others.push(mv.version);
            const archive = o.archiveExisting && ACTIVE_STAGES.includes(stage);
            const newest = others.sort((a, b) => Number(b) - Number(a))[0];
            if (!archive && newest !== undefined && Number(newest) > Number(version)) {
                throw new src/* UserError */.yo(`version ${newest} would stay the version of ${registry_describeTarget(o.target)}: it is newer than ${version} and archive-existing is false.`, {
                    hint: 'Set archive-existing: true to replace it (that is how a rollback to an older version works).',
                });
            }
            await this.client.post('model-versions/transition-stage', { name, version, stage: o.target.name, archive_existing_versions: archive });
            archived = archive ? others : [];
        }
        const warnings = await this.recordProvenance(name, version, o, previous);
        return { previous, changed: true, archived, warnings };
    }
    async unassign(name, o) {
        const now = (await this.latestVersion(name, o.target))?.version ?? null;
        if (now !== o.expectedHolder)
            throw new RaceError(name, o.target, o.expectedHolder, now);
        if (now === null)
            return { previous: null, changed: false };
        if (o.target.kind === 'alias') {
            await this.client.delete('registered-models/alias', { name, alias: o.target.name });
        }
        else {
            // Every version in the stage leaves it, so the stage reads empty afterwards.
            const stage = o.target.name.toLowerCase();
            const holders = [];
            for await (const mv of this.versions(name))
                if (mv.current_stage?.toLowerCase() === stage)
                    holders.push(mv.version);
            for (const v of holders)
                await this.client.post('model-versions/transition-stage', { name, version: v, stage: 'Archived', archive_existing_versions: false });
        }
        return { previous: now, changed: true };
    }
    async promotions(name, version) {
        const r = await this.notFound(this.client.get('model-versions/get', { name, version }), `version ${version} of model "${name}" not found in the MLflow registry at ${this.client.host}.`, 'MLflow versions are numbers (1, 2, \u2026).');
        const entries = (r.model_version?.tags ?? []).filter((t) => promotionIndex(t.key) > 0).sort((a, b) => promotionIndex(a.key) - promotionIndex(b.key));
        return entries.map((t) => {
            let parsed;
            try {
                parsed = JSON.parse(t.value ?? '');
            }
            catch {
                parsed = undefined;
            }
            if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
                throw new src/* UserError */.yo(`tag ${t.key} of ${name} ${version} is not the JSON object mlship writes: ${String(t.value).slice(0, 80)}`, { hint: 'Someone edited the tag by hand; fix or delete it in the MLflow UI.' });
            }
            const e = parsed;
            const str = (k) => (typeof e[k] === 'string' ? { [k === 'workflow_run' ? 'runUrl' : k]: e[k] } : {});
            return {
                target: typeof e.target === 'string' ? e.target : '',
                previous: typeof e.previous === 'string' ? e.previous : null,
                ...str('workflow_run'),
                ...str('commit'),
                ...str('actor'),
                ...str('gate'),
                ...str('at'),
            };
        });
    }
    /**
     * Provenance is recorded after the move; failing to record it does not undo a promotion that happened.
     * Each promotion adds its own `mlship.promotion.<n>` tag (history: a later move to an alias never
     * erases the stage move before it; one tag per entry stays under MLflow's 5000-character tag value
     * limit however long the history grows). The flat `mlship.*` tags describe the latest promotion and
     * are all rewritten, empty where it has no value, so none is left over from an earlier one.
     */
    async recordProvenance(name, version, o, previous) {
        const p = o.provenance;
        const latest = [
            [PROVENANCE_TAGS.target, `${o.target.kind}:${o.target.name}`],
            [PROVENANCE_TAGS.previous, previous ?? ''],
            [PROVENANCE_TAGS.runUrl, p.runUrl ?? ''],
            [PROVENANCE_TAGS.commit, p.commit ?? ''],
            [PROVENANCE_TAGS.actor, p.actor ?? ''],
            [PROVENANCE_TAGS.gate, p.gate ?? ''],
        ];
        const entry = JSON.stringify({
            target: `${o.target.kind}:${o.target.name}`,
            previous,
            ...(p.runUrl ? { workflow_run: p.runUrl } : {}),
            ...(p.commit ? { commit: p.commit } : {}),
            ...(p.actor ? { actor: p.actor } : {}),
            ...(p.gate ? { gate: p.gate } : {}),
            at: new Date().toISOString(),
        });
        try {
            const r = await this.client.get('model-versions/get', { name, version });
            const n = 1 + Math.max(0, ...(r.model_version?.tags ?? []).map((t) => promotionIndex(t.key)));
            for (const [key, value] of [[`${PROVENANCE_HISTORY_PREFIX}${n}`, entry], ...latest]) {
                await this.client.post('model-versions/set-tag', { name, version, key, value });
            }
        }
        catch (e) {
            return [`provenance not fully recorded: ${e instanceof src/* UserError */.yo ? e.message : String(e)}`];
        }
        return [];
    }
    /** Every version of the model, following `next_page_token`. */
    async *versions(name) {
        let pageToken;
        do {
            const r = await this.client.get('model-versions/search', {
                filter: `name='${name.replace(/'/g, "\\'")}'`,
                max_results: this.searchPage,
                page_token: pageToken,
            });
            yield* r.model_versions ?? [];
            pageToken = r.next_page_token || undefined;
        } while (pageToken);
    }
    describe(name, mv) {
        const stage = mv.current_stage;
        return {
            model: mv.name ?? name,
            version: mv.version ?? '',
            stages: stage && stage !== 'None' ? [stage] : [],
            aliases: mv.aliases ?? [],
            ...(mv.run_id ? { runId: mv.run_id } : {}),
            url: this.url(name, mv.version),
        };
    }
    /** RESOURCE_DOES_NOT_EXIST becomes the caller's own message; every other error passes through. */
    async notFound(p, message, hint) {
        try {
            return await p;
        }
        catch (e) {
            if (e instanceof MlflowApiError && (e.errorCode === 'RESOURCE_DOES_NOT_EXIST' || (e.status === 404 && !e.errorCode)))
                throw new src/* UserError */.yo(message, { hint });
            throw e;
        }
    }
}

;// CONCATENATED MODULE: ./packages/registry/src/promote.ts


/**
 * The seed's promote_model.py as a library call, made safe to re-run: pick
 * the version, re-check its metrics, then assign \u2014 only if every threshold
 * passes, never half-way, and not at all when the target already holds it.
 */
async function promote(registry, req) {
    const log = req.log ?? (() => undefined);
    await registry.getModel(req.model);
    const { version, from } = await resolveSource(registry, req.model, req.source);
    log(`Promoting ${req.model} ${version.version} (${from}) to ${describeTarget(req.to)} in the ${registry.kind} registry.`);
    const previous = (await registry.latestVersion(req.model, req.to))?.version ?? null;
    const metrics = req.minMetrics.length ? await registry.versionMetrics(req.model, version.version) : {};
    const gate = req.minMetrics.map((t) => {
        const observed = metrics[t.metric];
        if (observed === undefined) {
            const recorded = Object.keys(metrics).sort();
            throw new UserError(`metric "${t.metric}" is not recorded for ${req.model} ${version.version}, so "${t.source}" cannot be checked.`, {
                where: 'min-metrics',
                hint: recorded.length ? `Recorded metrics: ${recorded.join(', ')}.` : `The version has no recorded metrics (${registry.kind === 'git' ? 'none in its registration tag message' : 'its run logged none'}).`,
            });
        }
        return { threshold: t, observed, passed: compare(observed, t.op, t.value) };
    });
    const base = { registry: registry.kind, model: req.model, version, from, to: req.to, previous, metrics, gate, archived: [], warnings: [] };
    if (gate.some((g) => !g.passed))
        return { ...base, result: 'blocked' };
    if (previous === version.version)
        return { ...base, result: 'already-there' };
    if (req.dryRun)
        return { ...base, result: 'dry-run' };
    const gateLine = gate.map((g) => `${g.threshold.metric} ${formatThreshold(g.threshold)}: ${g.observed}`).join('; ');
    const r = await registry.assign(req.model, version.version, {
        target: req.to,
        expectedHolder: previous,
        archiveExisting: req.archiveExisting,
        provenance: { ...req.provenance, ...(gateLine ? { gate: gateLine } : {}) },
    });
    return { ...base, result: r.changed ? 'promoted' : 'already-there', archived: r.archived, warnings: r.warnings };
}
async function resolveSource(registry, model, source) {
    if ('version' in source)
        return { version: await registry.getVersion(model, source.version), from: `version ${source.version}` };
    if ('latest' in source) {
        const v = await registry.latestVersion(model);
        if (!v)
            throw new UserError(`model "${model}" has no registered versions.`, { hint: 'Register a version first, or name one with version.' });
        return { version: v, from: 'latest registered version' };
    }
    const v = await registry.latestVersion(model, source.from);
    if (!v) {
        throw new UserError(`no version of model "${model}" is in ${describeTarget(source.from)}.`, {
            where: source.from.kind === 'stage' ? 'from-stage' : 'from-alias',
            hint: 'Promote a version there first, or name the version to promote with version.',
        });
    }
    return { version: v, from: describeTarget(source.from) };
}
/** How far a gate result is from its threshold, for the report ("short by 0.03"). */
const promote_gateMargin = (g) => margin(g.observed, g.threshold.op, g.threshold.value);

;// CONCATENATED MODULE: ./packages/registry/src/promotion-report.ts



const round = (x) => (Number.isFinite(x) ? Number(x.toPrecision(6)) : x);
/**
 * promote-model's Report: one check per min-metric (observed vs expected), one
 * for the promotion itself, and a table of what moved where. `data` carries the
 * outcome for machines (documented in actions/promote-model/README.md).
 */
function buildPromotionReport(o, url) {
    const v = `${o.model} ${o.version.version}`;
    const to = describeTarget(o.to);
    const prev = o.previous ?? 'none';
    // "from stage X" says something; "from version 3" only repeats the version.
    const from = o.from.startsWith('stage ') || o.from.startsWith('alias ') ? ` from ${o.from}` : '';
    const checks = o.gate.map((g) => {
        const m = round(gateMargin(g));
        return {
            id: `min_metric:${g.threshold.metric}`,
            title: `Min metric ${g.threshold.metric}`,
            status: g.passed ? 'pass' : 'fail',
            observed: g.observed,
            expected: formatThreshold(g.threshold),
            detail: g.passed
                ? `${g.threshold.metric} ${g.observed} ${formatThreshold(g.threshold)}`
                : Number.isNaN(g.observed)
                    ? `${g.threshold.metric} is NaN for ${v}; it cannot satisfy ${formatThreshold(g.threshold)}`
                    : `${g.threshold.metric} ${g.observed} misses ${formatThreshold(g.threshold)} by ${Math.abs(m)} for ${v}`,
        };
    });
    const promotion = {
        promoted: { status: 'pass', detail: `${to} now holds ${o.version.version} (was ${prev})`, summary: `Promoted ${v}${from} to ${to} (previous: ${prev}).` },
        'already-there': { status: 'pass', detail: `${to} already holds ${o.version.version}; nothing written`, summary: `${v} is already in ${to}; nothing to do.` },
        'dry-run': { status: 'pass', detail: `dry run: would move ${to} from ${prev} to ${o.version.version}`, summary: `Dry run: would promote ${v}${from} to ${to} (previous: ${prev}); nothing was written.` },
        blocked: { status: 'skip', detail: 'not attempted: min-metrics failed', summary: `Blocked: ${v} failed min-metrics; nothing was promoted (${to} still holds ${prev}).` },
    };
    const p = promotion[o.result];
    checks.push({ id: 'promotion', title: `Promote to ${to}`, status: p.status, observed: o.version.version, expected: o.to.name, detail: p.detail });
    for (const w of o.warnings)
        checks.push({ id: 'provenance', title: 'Provenance recorded', status: 'fail', severity: 'warning', detail: w });
    const thresholds = new Map(o.gate.map((g) => [g.threshold.metric, g]));
    const metricRows = Object.keys(o.metrics)
        .sort((a, b) => Number(thresholds.has(b)) - Number(thresholds.has(a)) || a.localeCompare(b))
        .map((k) => {
        const g = thresholds.get(k);
        return [k, o.metrics[k], g ? formatThreshold(g.threshold) : '', g ? (g.passed ? 'pass' : 'fail') : ''];
    });
    return createReport({
        action: 'promote-model',
        title: 'Model promotion',
        summary: p.summary,
        checks,
        tables: [
            {
                title: 'Promotion',
                columns: ['Registry', 'Model', 'Version', 'From', 'To', 'Previous', 'Result', 'Archived'],
                rows: [[o.registry, o.model, o.version.version, o.from, to, prev, o.result, o.archived.join(', ')]],
                folded: false,
            },
            ...(metricRows.length ? [{ title: `Metrics of ${v}`, columns: ['Metric', 'Value', 'Threshold', 'Status'], rows: metricRows, folded: false }] : []),
        ],
        data: {
            registry: o.registry,
            model: o.model,
            version: o.version.version,
            from: o.from,
            to: o.to,
            previous: o.previous,
            result: o.result,
            archived: o.archived,
            metrics: o.metrics,
            url,
        },
    });
}

;// CONCATENATED MODULE: ./packages/registry/src/from-inputs.ts




/**
 * The step inputs that say which registry to talk to, shared by every action
 * that reads or writes one (promote-model, eval-gate's registry baseline,
 * auto-rollback's registry target), so they are spelled and checked one way.
 */
const registryInputs = {
    registry: schemas/* enum */.k5n(['git', 'mlflow']).default('git'),
    'tracking-uri': schemas/* string */.YjP().optional(),
    'mlflow-token': schemas/* string */.YjP().optional(),
    'mlflow-username': schemas/* string */.YjP().optional(),
    'mlflow-password': schemas/* string */.YjP().optional(),
    'github-token': schemas/* string */.YjP().optional(),
    remote: schemas/* string */.YjP().default('origin'),
};
const registrySecrets = ['mlflow-token', 'mlflow-password', 'github-token'];
function openRegistry(inputs, io, cwd = process.cwd()) {
    if (inputs.registry === 'mlflow') {
        const trackingUri = inputs['tracking-uri'];
        if (!trackingUri)
            throw new src/* UserError */.yo('input "tracking-uri" is required with registry: mlflow.', { hint: 'Set it to the MLflow server or Databricks workspace URL.' });
        return new MlflowRegistry({
            trackingUri,
            token: inputs['mlflow-token'],
            username: inputs['mlflow-username'],
            password: inputs['mlflow-password'],
            onRetry: (m) => io.warning(m),
        });
    }
    const server = io.env('GITHUB_SERVER_URL');
    const repo = io.env('GITHUB_REPOSITORY');
    return new GitTagRegistry({
        cwd,
        remote: inputs.remote === 'none' ? undefined : inputs.remote,
        token: inputs['github-token'],
        webUrl: server && repo ? `${server}/${repo}` : undefined,
    });
}

;// CONCATENATED MODULE: ./packages/registry/src/index.ts









;// CONCATENATED MODULE: ./actions/eval-gate/src/action.ts







const evalGate = (0,src/* defineAction */.QP)({
    name: 'eval-gate',
    inputs: schemas/* object */.Ikc({
        predictions: schemas/* string */.YjP(),
        'baseline-predictions': schemas/* string */.YjP().optional(),
        config: schemas/* string */.YjP().optional(),
        'model-path': schemas/* string */.YjP().optional(),
        'latency-samples': schemas/* string */.YjP().optional(),
        'latency-endpoint': schemas/* string */.YjP().url().optional(),
        'latency-requests': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().int().min(1).max(100000)).default(200),
        'latency-timeout': (0,src/* numberInput */.QR)().pipe(schemas/* number */.aig().positive().max(3600)).default(60),
        'latency-payload': schemas/* string */.YjP().optional(),
        'train-data': schemas/* string */.YjP().optional(),
        'test-data': schemas/* string */.YjP().optional(),
        'model-name': schemas/* string */.YjP().optional(),
        'baseline-stage': schemas/* string */.YjP().optional(),
        'baseline-alias': schemas/* string */.YjP().optional(),
        ...registryInputs,
        'pr-comment': (0,src/* booleanInput */.tE)().default(false),
        'fail-on': (0,src/* failOnInput */.cR)(),
        'report-path': schemas/* string */.YjP().default('mlship-reports/eval-gate'),
    }),
    secrets: [...registrySecrets],
    async run(inputs, io) {
        const cwd = process.cwd();
        const config = loadGateConfig(inputs.config, cwd);
        if (inputs['latency-samples'] && inputs['latency-endpoint']) {
            throw new src/* UserError */.yo('set latency-samples or latency-endpoint, not both', { hint: 'Use recorded samples, or let the action measure the endpoint.' });
        }
        const payload = inputs['latency-payload'];
        const outcome = await runGate({
            predictions: inputs.predictions,
            baseline: inputs['baseline-predictions'],
            baselineMetrics: await registryBaseline(inputs, io),
            config,
            modelPath: inputs['model-path'],
            latencySamples: inputs['latency-samples'],
            latencyProbe: inputs['latency-endpoint']
                ? { url: inputs['latency-endpoint'], requests: inputs['latency-requests'], budgetMs: inputs['latency-timeout'] * 1000, payload: payload === undefined ? undefined : readPayload(payload, cwd) }
                : undefined,
            trainData: inputs['train-data'],
            testData: inputs['test-data'],
            cwd,
            progress: (line) => io.info(line),
        });
        // A metric the task reports but that could not be computed is null, never absent; the reason goes to the log and the report.
        const metrics = Object.fromEntries(Object.entries(outcome.candidate).map(([k, v]) => [k, Number.isNaN(v) ? null : v]));
        for (const [k, why] of Object.entries(outcome.unavailable)) {
            metrics[k] = null;
            io.info(`${k}: not computed (null in metrics-json): ${why}`);
        }
        const report = buildGateReport(outcome, config);
        // Loaded only when asked for: the GitHub client is most of the bundle and slows every cold start.
        if (inputs['pr-comment'])
            await (await Promise.all(/* import() */[__webpack_require__.e(392), __webpack_require__.e(211)]).then(__webpack_require__.bind(__webpack_require__, 1211))).postStickyComment(io, { action: 'eval-gate', token: inputs['github-token'], body: (0,src/* renderComment */.wQ)(report, { runUrl: runUrl(io.env) }) });
        return { report, outputs: { 'metrics-json': JSON.stringify(metrics) } };
    },
});
/**
 * Production's metrics as recorded in the registry, for teams that keep no
 * production predictions: the version in `baseline-stage`/`baseline-alias`.
 * An empty stage (the first model ever) is not an error: there is nothing to
 * beat, and any improvement gate then reports that it has nothing to measure.
 */
async function registryBaseline(inputs, io) {
    const model = inputs['model-name'];
    const stage = inputs['baseline-stage'];
    const alias = inputs['baseline-alias'];
    if (!model) {
        if (stage || alias)
            throw new src/* UserError */.yo(`baseline-${stage ? 'stage' : 'alias'} needs model-name`, { hint: 'Name the registered model whose production version the candidate is compared with.' });
        return undefined;
    }
    if (inputs['baseline-predictions'])
        throw new src/* UserError */.yo('set baseline-predictions or model-name (a registry baseline), not both', { hint: 'Row-level production predictions give the stronger comparison (bootstrap, McNemar); keep one.' });
    if (!stage === !alias)
        throw new src/* UserError */.yo(stage ? 'set baseline-stage or baseline-alias, not both' : 'model-name needs baseline-stage or baseline-alias', { hint: 'Say where production lives, e.g. baseline-stage: prod (git) / Production (MLflow), or baseline-alias: champion.' });
    const target = stage ? { kind: 'stage', name: stage } : { kind: 'alias', name: alias };
    const registry = openRegistry(inputs, io);
    const version = await registry.latestVersion(model, target);
    const where = `${target.kind} "${target.name}"`;
    if (!version) {
        io.annotate('notice', `No version of ${model} is in ${where} yet, so there is no production model to compare with.`, { title: 'eval-gate' });
        return undefined;
    }
    const values = await registry.versionMetrics(model, version.version);
    const source = `${model} ${version.version} (${where}, ${registry.kind} registry)`;
    if (Object.keys(values).length === 0)
        io.warning(`${source} has no recorded metrics; improvement gates have nothing to compare with.`);
    else
        io.info(`baseline: ${source}: ${Object.entries(values).map(([k, v]) => `${k}=${v}`).join(', ')}`);
    return { values, source };
}
function readPayload(spec, cwd) {
    const file = external_node_path_default().resolve(cwd, spec);
    if (!external_node_fs_default().existsSync(file))
        throw new src/* UserError */.yo(`latency-payload file "${spec}" not found`, { hint: 'Point it at the request body to send (e.g. one JSON example).' });
    return external_node_fs_default().readFileSync(file, 'utf8');
}


/***/ }),

/***/ 5171:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   defineAction: () => (/* binding */ defineAction),
/* harmony export */   runAction: () => (/* binding */ runAction)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7638);
/* harmony import */ var _fs_atomic__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8162);
/* harmony import */ var _inputs__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(7276);
/* harmony import */ var _report__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2019);
/* harmony import */ var _summary__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2958);






const defineAction = (def) => def;
/**
 * The whole life of a step, identical on a runner and in the CLI: parse inputs,
 * run, write report files, set outputs, summary and annotations, then decide
 * the exit status with `fail-on`. A user mistake becomes one failed line.
 */
async function runAction(def, io) {
    try {
        for (const name of def.secrets ?? []) {
            const v = io.getInput(name);
            if (v)
                io.setSecret(v);
        }
        const inputs = (0,_inputs__WEBPACK_IMPORTED_MODULE_3__/* .parseInputs */ .TL)(def.inputs, io.getInput);
        const { report, outputs = {} } = await def.run(inputs, io);
        const reportDir = typeof inputs['report-path'] === 'string' ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(inputs['report-path']) : undefined;
        if (reportDir) {
            await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.md'), (0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
            await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
        }
        const failed = (0,_report__WEBPACK_IMPORTED_MODULE_4__/* .failedChecks */ .HH)(report);
        io.setOutput('passed', String(failed.length === 0 && report.status !== 'error'));
        io.setOutput('status', report.status);
        io.setOutput('failed-checks', JSON.stringify(failed.map((c) => c.id)));
        if (reportDir)
            io.setOutput('report-path', reportDir);
        for (const [k, v] of Object.entries(outputs))
            io.setOutput(k, v);
        for (const c of report.checks) {
            if (c.status !== 'fail' && c.status !== 'error')
                continue;
            const msg = `${c.title}: ${c.detail ?? `observed ${c.observed}, expected ${c.expected}`}`;
            io.annotate(c.severity === 'warning' ? 'warning' : 'error', msg, { file: c.location?.file, line: c.location?.line, title: `${def.name}: ${c.id}` });
        }
        await io.appendSummary((0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
        const failOn = (inputs['fail-on'] ?? 'error');
        if ((0,_report__WEBPACK_IMPORTED_MODULE_4__/* .shouldFail */ .W9)(report.status, failOn)) {
            io.setFailed(`${report.title}: ${report.status.toUpperCase()} \u2014 ${failed.map((c) => c.id).join(', ') || 'warnings present'}`);
            return { exitCode: 1, report };
        }
        return { exitCode: 0, report };
    }
    catch (e) {
        if (!(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e) && e instanceof Error && e.stack)
            io.debug(e.stack);
        const line = (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e) ? (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(e) : `mlship ${def.name} failed unexpectedly: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(e)} (run with ACTIONS_STEP_DEBUG=true for the stack)`;
        const report = await recordError(def, io, line, (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .isUserError */ .iU)(e));
        io.setFailed(line);
        return { exitCode: 1, report };
    }
}
/**
 * A step that stopped early still leaves what later `if: failure()` steps read:
 * passed=false, status=error, and the report files naming the error.
 */
async function recordError(def, io, line, userError) {
    const report = (0,_report__WEBPACK_IMPORTED_MODULE_4__/* .createReport */ .LU)({
        action: def.name,
        title: `mlship ${def.name}`,
        summary: userError ? 'The step stopped before it could check anything.' : 'The step failed unexpectedly.',
        checks: [{ id: 'error', title: userError ? 'Inputs and setup' : 'Internal error', status: 'error', detail: line }],
    });
    io.setOutput('passed', 'false');
    io.setOutput('status', 'error');
    io.setOutput('failed-checks', JSON.stringify(['error']));
    try {
        await io.appendSummary((0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
    }
    catch (summaryError) {
        io.debug(`job summary not written: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(summaryError)}`);
    }
    const reportDir = reportPathOf(def, io);
    if (!reportDir)
        return report;
    try {
        await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.md'), (0,_summary__WEBPACK_IMPORTED_MODULE_5__/* .renderSummary */ .Br)(report));
        await (0,_fs_atomic__WEBPACK_IMPORTED_MODULE_2__/* .writeFileAtomic */ .Z)(node_path__WEBPACK_IMPORTED_MODULE_0___default().join(reportDir, 'report.json'), JSON.stringify(report, null, 2) + '\n');
        io.setOutput('report-path', reportDir);
    }
    catch (writeError) {
        // The report path itself may be the mistake (a file, no permission): the error line is what matters.
        io.debug(`report not written to ${reportDir}: ${(0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .describeError */ .Uc)(writeError)}`);
    }
    return report;
}
/** The report directory the step asked for, or its default, without trusting the other inputs. */
function reportPathOf(def, io) {
    const field = def.inputs.shape['report-path'];
    if (!field)
        return undefined;
    const given = io.getInput('report-path');
    const parsed = field.safeParse(given === undefined || given === '' ? undefined : given);
    return parsed.success && typeof parsed.data === 'string' && parsed.data ? node_path__WEBPACK_IMPORTED_MODULE_0___default().resolve(parsed.data) : undefined;
}


/***/ }),

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

/***/ 8162:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Z: () => (/* binding */ writeFileAtomic)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


/** Writes via a temp file and rename, so a reader never sees half a report. */
async function writeFileAtomic(file, content) {
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().mkdir(node_path__WEBPACK_IMPORTED_MODULE_1___default().dirname(file), { recursive: true });
    const tmp = `${file}.${process.pid}.tmp`;
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().writeFile(tmp, content);
    await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().rename(tmp, file);
}


/***/ }),

/***/ 483:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J_: () => (/* reexport */ RetryError),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  tE: () => (/* reexport */ inputs/* booleanInput */.tE),
  UD: () => (/* reexport */ compare),
  LU: () => (/* reexport */ report/* createReport */.LU),
  QP: () => (/* reexport */ action.defineAction),
  cR: () => (/* reexport */ inputs/* failOnInput */.cR),
  ZV: () => (/* reexport */ markdown/* formatNumber */.ZV),
  jV: () => (/* reexport */ formatPath),
  K9: () => (/* reexport */ digits/* groupDigits */.K),
  FK: () => (/* reexport */ isInside),
  Lc: () => (/* reexport */ margin),
  QR: () => (/* reexport */ inputs/* numberInput */.QR),
  Tm: () => (/* reexport */ parseConfigDocument),
  B7: () => (/* reexport */ parseThreshold),
  AA: () => (/* reexport */ readConfigDocument),
  ND: () => (/* reexport */ refuseLinkOutOfWorkspace),
  wQ: () => (/* reexport */ summary/* renderComment */.wQ),
  L5: () => (/* reexport */ retry),
  h: () => (/* reexport */ suggestion),
  $r: () => (/* reexport */ validateConfig)
});

// UNUSED EXPORTS: backoffDelay, cliIO, codeBlock, configJsonSchema, describeError, describeInputs, details, didYouMean, effectiveStatus, escapeMarkdown, failedChecks, formatScalar, formatThreshold, forwardCancellation, isUserError, killGroupAfter, markdownTable, mermaidChart, overallStatus, parseDuration, parseInputs, parseThresholdList, readActionYml, referenceTables, renderSummary, renderText, runAction, runnerIO, sentences, shouldFail, signalGroup, sleep, statusBadge, terminateGroup, writeFileAtomic

// EXTERNAL MODULE: ./packages/core/src/errors.ts
var errors = __webpack_require__(7638);
// EXTERNAL MODULE: ./packages/core/src/report.ts
var report = __webpack_require__(2019);
// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
// EXTERNAL MODULE: ./packages/core/src/digits.ts
var digits = __webpack_require__(5259);
// EXTERNAL MODULE: ./packages/core/src/summary.ts + 1 modules
var summary = __webpack_require__(2958);
// EXTERNAL MODULE: ./packages/core/src/inputs.ts
var inputs = __webpack_require__(7276);
// EXTERNAL MODULE: ./packages/core/src/action.ts
var action = __webpack_require__(5171);
// EXTERNAL MODULE: ./packages/core/src/runner-io.ts
var runner_io = __webpack_require__(1448);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
;// CONCATENATED MODULE: ./packages/core/src/cli-io.ts


/**
 * ActionIO for a terminal: inputs come from flags, outputs and annotations are
 * printed, secrets are masked in everything printed. Same contract as the runner.
 */
function cliIO(options) {
    const secrets = [];
    const mask = (s) => secrets.reduce((acc, sec) => acc.split(sec).join('***'), s);
    const out = (t) => (options.write ?? ((x) => process.stdout.write(x)))(mask(t));
    const err = (t) => (options.writeError ?? ((x) => process.stderr.write(x)))(mask(t));
    const state = {
        outputs: {},
        failure: undefined,
        getInput: (name) => options.inputs[name] || undefined,
        setOutput: (name, value) => {
            state.outputs[name] = value;
        },
        setSecret: (value) => {
            if (value)
                secrets.push(value);
        },
        /** A terminal cannot change its parent shell's environment: print a line to `eval` or copy (secrets as ***). */
        exported: {},
        exportVariable: (name, value) => {
            state.exported[name] = value;
            out(`export ${name}='${value.replace(/'/g, `'\\''`)}'\n`);
        },
        appendSummary: async (md) => {
            if (options.summaryFile)
                fs.appendFileSync(options.summaryFile, md);
        },
        annotate: (severity, message, location) => {
            const where = location?.file ? ` (${location.file}${location.line ? `:${location.line}` : ''})` : '';
            err(`${severity}: ${message}${where}\n`);
        },
        info: (m) => out(`${m}\n`),
        warning: (m) => err(`warning: ${m}\n`),
        debug: (m) => {
            if (process.env.MLSHIP_DEBUG)
                err(`debug: ${m}\n`);
        },
        setFailed: (m) => {
            state.failure = m;
            err(`error: ${m}\n`);
        },
        tempDir: () => os.tmpdir(),
        env: (name) => process.env[name],
        /** A terminal has no post step; state lives as long as this process. */
        savedState: {},
        saveState: (name, value) => {
            state.savedState[name] = value;
        },
        getState: (name) => state.savedState[name],
    };
    return state;
}

// EXTERNAL MODULE: ./packages/core/src/fs-atomic.ts
var fs_atomic = __webpack_require__(8162);
;// CONCATENATED MODULE: ./packages/core/src/retry.ts
/**
 * Retry with capped exponential backoff and jitter.
 *
 * Deliberately small: the caller decides what is retryable (`shouldRetry`) and
 * may override the wait for one attempt (`shouldRetry` returning a number of
 * milliseconds, e.g. from a Retry-After header). Total time is bounded by
 * `maxElapsedMs` so a flapping dependency cannot hold a CI job hostage.
 */
/** Structural, not instanceof: errors thrown by Node internals can come from another realm (vm contexts, test runners). */
const messageOf = (e) => typeof e === 'object' && e !== null && typeof e.message === 'string' ? e.message : String(e);
class RetryError extends Error {
    lastError;
    attempts;
    name = 'RetryError';
    constructor(lastError, attempts) {
        super(`gave up after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${messageOf(lastError)}`, { cause: lastError });
        this.lastError = lastError;
        this.attempts = attempts;
    }
}
/** setTimeout as a promise that an AbortSignal rejects early (with the signal's reason). */
const sleep = (ms, signal) => new Promise((resolve, reject) => {
    if (signal?.aborted)
        return reject(signal.reason);
    const timer = setTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        resolve();
    }, ms);
    const onAbort = () => {
        clearTimeout(timer);
        reject(signal.reason);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
});
/**
 * The wait before retry number `retry` (1-based): uniform over [c/2, c] with
 * c = min(max, base\u00b72^(retry\u22121)) \u2014 jittered so parallel jobs do not retry in
 * lockstep, but never shorter than half the backoff.
 */
function backoffDelay(retry, opts = {}) {
    const base = opts.baseDelayMs ?? 200;
    const max = opts.maxDelayMs ?? 10_000;
    const ceiling = Math.min(max, base * 2 ** (retry - 1));
    const r = (opts.random ?? Math.random)();
    return Math.round(ceiling / 2 + (ceiling / 2) * Math.min(1, Math.max(0, r)));
}
/**
 * Run `fn` until it resolves, retrying failures as `options` allow. Resolves
 * with fn's value; rejects with the last error itself when shouldRetry says no,
 * or with a RetryError (cause = last error) when attempts or time run out.
 */
async function retry(fn, options = {}) {
    const attempts = Math.max(1, Math.floor(options.attempts ?? 3));
    const maxDelay = options.maxDelayMs ?? 10_000;
    const maxElapsed = options.maxElapsedMs ?? Infinity;
    const wait = options.sleep ?? ((ms) => sleep(ms, options.signal));
    const started = Date.now();
    // Counted as well as measured, so an injected sleep still spends the time budget.
    let waited = 0;
    for (let attempt = 1;; attempt++) {
        try {
            return await fn(attempt);
        }
        catch (error) {
            const ctx = { attempt, elapsedMs: Math.max(Date.now() - started, waited) };
            const verdict = options.shouldRetry ? options.shouldRetry(error, ctx) : true;
            if (verdict === false)
                throw error;
            if (attempt >= attempts)
                throw new RetryError(error, attempt);
            const requested = typeof verdict === 'number' && Number.isFinite(verdict) && verdict >= 0 ? verdict : undefined;
            const delayMs = Math.min(maxDelay, requested ?? backoffDelay(attempt, options));
            if (ctx.elapsedMs + delayMs >= maxElapsed)
                throw new RetryError(error, attempt);
            options.onRetry?.(error, { ...ctx, delayMs });
            if (options.signal?.aborted)
                throw new RetryError(error, attempt);
            await wait(delayMs);
            waited += delayMs;
        }
    }
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./packages/core/src/action-yml.ts



const readActionYml = (file) => parse(fs.readFileSync(file, 'utf8'));
/** The inputs/outputs tables of an action's README section, generated from action.yml so the two never drift. */
function referenceTables(a) {
    const cell = (s) => escapeMarkdown(s.trim());
    const inputs = Object.entries(a.inputs).map(([n, i]) => `| \`${n}\` | ${i.required ? 'yes' : 'no'} | ${i.default !== undefined ? `\`${i.default}\`` : ''} | ${cell(i.description)} |`);
    const outputs = Object.entries(a.outputs).map(([n, o]) => `| \`${n}\` | ${cell(o.description)} |`);
    return ['| Input | Required | Default | Description |', '| --- | --- | --- | --- |', ...inputs, '', '| Output | Description |', '| --- | --- |', ...outputs].join('\n');
}

;// CONCATENATED MODULE: ./packages/core/src/threshold.ts

const pattern = /^\s*([A-Za-z_][\w.\-/]*(?:\[[^\]]*\])?[\w.\-/]*)\s*(>=|<=|==|!=|>|<)\s*([-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?)\s*(%?)\s*$/;
/** Parses `metric OP number` (a trailing `%` divides by 100); `where` names the input or config key in errors. */
function parseThreshold(text, where) {
    const m = pattern.exec(text);
    if (!m) {
        throw new errors/* UserError */.yo(`"${text}" is not a threshold.`, {
            where,
            hint: 'Write it as <metric> <op> <number>, e.g. "accuracy >= 0.85"; op is one of >=, >, <=, <, ==, !=.',
        });
    }
    const value = Number(m[3]) / (m[4] ? 100 : 1);
    return { metric: m[1], op: m[2], value, source: text.trim() };
}
/** Comma- or newline-separated thresholds, as a single action input carries them. */
function parseThresholdList(text, where) {
    return text
        .split(/[,\n]/)
        .map((s) => s.trim())
        .filter((s) => s !== '' && !s.startsWith('#'))
        .map((s) => parseThreshold(s, where));
}
/** NaN never passes: a metric that could not be computed must not satisfy a gate. */
function compare(observed, op, value) {
    if (Number.isNaN(observed))
        return false;
    switch (op) {
        case '>=':
            return observed >= value;
        case '>':
            return observed > value;
        case '<=':
            return observed <= value;
        case '<':
            return observed < value;
        case '==':
            return observed === value;
        case '!=':
            return observed !== value;
    }
}
/** Signed distance to the threshold in the direction that would pass: negative means "short by". */
function margin(observed, op, value) {
    return op === '<' || op === '<=' ? value - observed : observed - value;
}
const formatThreshold = (t) => `${t.op} ${t.value}`;

;// CONCATENATED MODULE: ./packages/core/src/suggest.ts
/** The closest candidate by edit distance, when it is close enough to be a typo. */
function didYouMean(word, candidates) {
    let best;
    let bestDist = Infinity;
    for (const c of candidates) {
        const d = editDistance(word.toLowerCase(), c.toLowerCase());
        if (d < bestDist)
            [best, bestDist] = [c, d];
    }
    return best !== undefined && bestDist <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}
function editDistance(a, b) {
    let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const cur = [i];
        for (let j = 1; j <= b.length; j++) {
            cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
        }
        prev = cur;
    }
    return prev[b.length];
}
const suggestion = (word, candidates) => {
    const m = didYouMean(word, candidates);
    return m ? ` Did you mean "${m}"?` : '';
};

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./packages/core/src/workspace-path.ts



/** Whether `p` is `dir` or lies below it (both absolute). */
const isInside = (dir, p) => {
    const r = external_node_path_default().relative(dir, p);
    return r === '' || (r !== '..' && !r.startsWith(`..${(external_node_path_default()).sep}`) && !external_node_path_default().isAbsolute(r));
};
/**
 * A file or directory the user named inside the workspace is controlled by
 * whoever controls the checkout \u2014 a pull request, for one \u2014 so a link there
 * must not lead the step to a file elsewhere on the runner (a token, a key).
 * When GITHUB_WORKSPACE is set (a runner) and `named` lies in it, its real path
 * must too; the link that leaves is named. A path named outside the workspace
 * (`/mnt/datasets/train`) is the workflow author's own choice, and without a
 * workspace (the CLI on a laptop) there is nothing to confine to.
 */
function refuseLinkOutOfWorkspace(named, where, show = (p) => p) {
    const workspace = process.env.GITHUB_WORKSPACE;
    if (!workspace)
        return;
    const ws = external_node_path_default().resolve(workspace);
    let wsReal = ws;
    try {
        wsReal = external_node_fs_default().realpathSync(ws);
    }
    catch {
        // A workspace that does not exist holds nothing to compare with; the lexical path stands in.
    }
    const from = isInside(ws, named) ? ws : isInside(wsReal, named) ? wsReal : undefined;
    if (from === undefined || isInside(wsReal, external_node_fs_default().realpathSync(named)))
        return;
    // The first component whose real path leaves the workspace is a link: its parent's real path is inside.
    const segments = external_node_path_default().relative(from, named).split((external_node_path_default()).sep);
    for (let i = 1; i <= segments.length; i++) {
        const prefix = external_node_path_default().join(from, ...segments.slice(0, i));
        if (isInside(wsReal, external_node_fs_default().realpathSync(prefix)))
            continue;
        throw new errors/* UserError */.yo(`${show(prefix)} is a link to ${external_node_fs_default().readlinkSync(prefix)}, outside the workspace ${ws}`, {
            where,
            hint: 'Replace the link with the file itself, or name the real location directly; links that leave the workspace are refused so that a pull request cannot make the step read other files on the runner.',
        });
    }
}

;// CONCATENATED MODULE: ./packages/core/src/config-file.ts







/** `value` is a path to YAML/JSON, or inline YAML when no such file exists and it looks like YAML. */
function readConfigDocument(value, cwd, what) {
    const file = external_node_path_default().resolve(cwd, value);
    if (external_node_fs_default().existsSync(file) && external_node_fs_default().statSync(file).isFile()) {
        refuseLinkOutOfWorkspace(file, `${what} ${value}`, (p) => external_node_path_default().relative(cwd, p) || p);
        return parseConfigDocument(external_node_fs_default().readFileSync(file, 'utf8'), external_node_path_default().relative(cwd, file) || value);
    }
    if (/[\n:{]/.test(value))
        return parseConfigDocument(value, 'inline config');
    throw new errors/* UserError */.yo(`${what} file "${value}" not found`, { hint: 'Pass a path to a YAML/JSON file (relative to the workspace), or inline YAML.' });
}
function parseConfigDocument(text, source) {
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter: lines, prettyErrors: true });
    if (doc.errors.length) {
        const e = doc.errors[0];
        const line = e.linePos?.[0]?.line;
        // prettyErrors appends " at line N, column M:" and a code excerpt; the location is already in `where`.
        const message = e.message.split('\n')[0].replace(/ at line \d+, column \d+:$/, '');
        throw new errors/* UserError */.yo(`invalid YAML: ${message} (column ${e.linePos?.[0]?.col ?? '?'})`, { where: line ? `${source}:${line}` : source, hint: 'Fix the syntax (indentation, quotes, colons).' });
    }
    return { source, value: doc.toJS(), at: (p) => locate(doc, lines, source, p) };
}
/** zod-validates `value`; the first issue becomes one line naming the key path and its line. */
function validateConfig(schema, value, where, hooks) {
    const r = schema.safeParse(value);
    if (r.success)
        return r.data;
    const first = r.error.issues[0];
    const custom = hooks.explain?.(first, value);
    const issue = custom === undefined ? innermost(first) : first;
    // Point at the offending key itself, not the mapping that holds it.
    const at = issue.code === 'unrecognized_keys' ? [...issue.path, issue.keys[0]] : issue.path;
    throw new errors/* UserError */.yo(custom ?? explainIssue(issue, value, hooks), { where: where(at) });
}
/** A union no branch accepted: the branch that got past the value's own type explains it best; else "expected A or B". */
function innermost(issue) {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0)
        return issue;
    const deeper = issue.errors.find((errs) => errs[0] && !(errs[0].code === 'invalid_type' && errs[0].path.length === 0));
    if (deeper)
        return innermost({ ...deeper[0], path: [...issue.path, ...deeper[0].path] });
    const expected = issue.errors.map((errs) => (errs[0]?.code === 'invalid_type' ? errs[0].expected : undefined));
    return expected.every(Boolean) ? { ...issue, code: 'invalid_type', expected: expected.join(' or ') } : issue;
}
const valueAt = (root, p) => p.reduce((o, k) => o?.[k], root);
function explainIssue(issue, root, hooks) {
    const p = formatPath(issue.path);
    const prefix = p ? `${p}: ` : '';
    if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0];
        return `${prefix}unknown key "${key}".${suggestion(key, hooks.knownKeys(valueAt(root, issue.path), issue.path))}`;
    }
    if (issue.code === 'invalid_type') {
        const got = valueAt(root, issue.path);
        if (got === undefined)
            return `${prefix}is required (expected ${issue.expected})`;
        return `${prefix}expected ${issue.expected}, got ${JSON.stringify(got)}`;
    }
    return `${prefix}${issue.message}`;
}
function formatPath(p) {
    return p.map((k, i) => (typeof k === 'number' ? `[${k}]` : i === 0 ? String(k) : `.${String(k)}`)).join('');
}
function locate(doc, lines, source, p) {
    for (let n = p.length; n > 0; n--) {
        // A mapping key's own line, not the line where its (block) value starts.
        const parent = n === 1 ? doc.contents : doc.getIn(p.slice(0, n - 1), true);
        const key = (0,dist/* isMap */.jh)(parent) ? parent.items.find((it) => (0,dist/* isScalar */.jn)(it.key) && it.key.value === p[n - 1])?.key : undefined;
        const node = (key ?? doc.getIn(p.slice(0, n), true));
        if (node?.range)
            return `${source}:${lines.linePos(node.range[0]).line}`;
    }
    return source;
}
/** The published JSON Schema of an action's config file: any one of the accepted shapes. */
function configJsonSchema(action, description, shapes) {
    const strip = ({ $schema: _s, ...rest }) => rest;
    return {
        $schema: 'https://json-schema.org/draft/2020-12/schema',
        $id: `https://github.com/mlship/mlship/schemas/${action}.config.schema.json`,
        title: `mlship ${action} config`,
        description,
        anyOf: shapes.map((s) => strip(z.toJSONSchema(s, { io: 'input' }))),
    };
}

;// CONCATENATED MODULE: ./packages/core/src/duration.ts

const UNITS = { '': 1, s: 1, m: 60, h: 3600 };
/** `90`, `90s`, `45m`, `2h`, `1h30m` \u2192 seconds. */
function parseDuration(text, input) {
    const s = text.trim().toLowerCase();
    const parts = [...s.matchAll(/(\d+(?:\.\d+)?)\s*([smh]?)/g)];
    const consumed = parts.map((p) => p[0]).join('');
    if (!parts.length || consumed.replace(/\s/g, '') !== s.replace(/\s/g, '') || (parts.length > 1 && parts.some((p) => p[2] === ''))) {
        throw new UserError(`input "${input}" is "${text}", not a duration`, { hint: 'Write seconds (5400) or with a unit: 90m, 2h, 1h30m.' });
    }
    const seconds = parts.reduce((sum, p) => sum + Number(p[1]) * UNITS[p[2]], 0);
    if (seconds <= 0)
        throw new UserError(`input "${input}" must be longer than 0 seconds`, { hint: 'Leave it unset for no timeout.' });
    return seconds;
}

;// CONCATENATED MODULE: ./packages/core/src/index.ts






















/***/ }),

/***/ 7276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   QR: () => (/* binding */ numberInput),
/* harmony export */   TL: () => (/* binding */ parseInputs),
/* harmony export */   cR: () => (/* binding */ failOnInput),
/* harmony export */   tE: () => (/* binding */ booleanInput)
/* harmony export */ });
/* unused harmony export describeInputs */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9691);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8532);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);


const TRUE = ['true', 'True', 'TRUE'];
const FALSE = ['false', 'False', 'FALSE'];
/** The YAML 1.2 core-schema booleans that core.getBooleanInput accepts, and nothing else. */
const booleanInput = () => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((v, ctx) => {
    if (TRUE.includes(v))
        return true;
    if (FALSE.includes(v))
        return false;
    ctx.addIssue({ code: 'custom', message: `expected true or false, got "${v}"` });
    return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
});
const numberInput = () => zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().transform((v, ctx) => {
    const n = Number(v.trim());
    if (v.trim() === '' || !Number.isFinite(n)) {
        ctx.addIssue({ code: 'custom', message: `expected a number, got "${v}"` });
        return zod__WEBPACK_IMPORTED_MODULE_2__/* .NEVER */ .tm;
    }
    return n;
});
const failOnInput = () => zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['error', 'warning', 'never']).default('error');
function parseInputs(schema, read) {
    const raw = {};
    for (const name of Object.keys(schema.shape)) {
        const v = read(name);
        if (v !== undefined && v !== '')
            raw[name] = v;
    }
    const result = schema.safeParse(raw);
    if (result.success)
        return result.data;
    const issue = result.error.issues[0];
    const name = String(issue.path[0] ?? '');
    const message = issue.code === 'invalid_type' && raw[name] === undefined ? 'is required' : issue.message;
    throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`input "${name}" ${message}`, { hint: 'Fix the `with:` block of this step (or the matching --flag).' });
}
/** What action.yml should say about each input, derived from the schema (used by the sync test and docs). */
function describeInputs(schema) {
    return Object.entries(schema.shape).map(([name, s]) => {
        const empty = s.safeParse(undefined);
        if (!empty.success)
            return { name, required: true };
        return empty.data === undefined ? { name, required: false } : { name, required: false, default: String(empty.data) };
    });
}


/***/ }),

/***/ 2712:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DV: () => (/* binding */ codeBlock),
/* harmony export */   FV: () => (/* binding */ escapeMarkdown),
/* harmony export */   Qj: () => (/* binding */ markdownTable),
/* harmony export */   ZV: () => (/* binding */ formatNumber),
/* harmony export */   kQ: () => (/* binding */ formatScalar),
/* harmony export */   zH: () => (/* binding */ details)
/* harmony export */ });
/**
 * Escapes text that came from data or PR authors so it renders literally in
 * GitHub-flavoured markdown tables and cannot inject HTML, mentions or links.
 */
function escapeMarkdown(text) {
    return text
        // Only what changes meaning inline: emphasis, code, links/images, table pipes, strikethrough.
        .replace(/[\\`*_[\]|~]/g, (c) => `\\${c}`)
        .replace(/</g, '&lt;')
        .replace(/@/g, '@\u200b')
        .replace(/\r?\n/g, ' ');
}
function formatScalar(value) {
    if (value === undefined || value === null)
        return '';
    if (typeof value === 'number')
        return formatNumber(value);
    return String(value);
}
/** Numbers as a person reads them: integers exact, others to 4 significant digits. */
function formatNumber(n) {
    if (!Number.isFinite(n))
        return String(n);
    if (Number.isInteger(n))
        return Math.abs(n) >= 1e15 ? n.toExponential(3) : String(n);
    const abs = Math.abs(n);
    if (abs !== 0 && (abs < 1e-4 || abs >= 1e9))
        return n.toExponential(3);
    return String(Number(n.toPrecision(4)));
}
function markdownTable(columns, rows) {
    const head = `| ${columns.map(escapeMarkdown).join(' | ')} |`;
    const sep = `| ${columns.map(() => '---').join(' | ')} |`;
    const body = rows.map((r) => `| ${r.map((v) => escapeMarkdown(formatScalar(v))).join(' | ')} |`);
    return [head, sep, ...body].join('\n');
}
function details(summary, body) {
    return `<details><summary>${escapeMarkdown(summary)}</summary>\n\n${body}\n\n</details>`;
}
/**
 * Text shown exactly as it is: a fence longer than any run of backticks inside
 * it, so no content (markdown, HTML, a stray ```) can close the block early.
 */
function codeBlock(text, language = '') {
    const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((r) => r.length));
    const fence = '`'.repeat(Math.max(3, longest + 1));
    return `${fence}${language}\n${text.replace(/\r\n?/g, '\n')}\n${fence}`;
}


/***/ }),

/***/ 3621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ loadRegexEngine),
/* harmony export */   y: () => (/* binding */ regexEngine)
/* harmony export */ });
let engine;
/**
 * Loads re2js, the linear-time engine behind user patterns and globs. It is
 * 260 kB of a bundle and ~9 ms of a cold start, which a run without a config
 * or a glob (validate-data on one file) need not pay, so it is a chunk of its
 * own, loaded by whoever is about to compile a pattern: a config loader, a
 * glob resolver, an action's run.
 */
async function loadRegexEngine() {
    engine ??= await __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856));
}
/** re2js, once loaded; a caller that forgot to load it is a bug, reported as one rather than matching nothing. */
function regexEngine() {
    if (!engine)
        throw new Error('internal error: a pattern was compiled before loadRegexEngine() was awaited');
    return engine;
}


/***/ }),

/***/ 2019:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gw: () => (/* binding */ effectiveStatus),
/* harmony export */   HH: () => (/* binding */ failedChecks),
/* harmony export */   LU: () => (/* binding */ createReport),
/* harmony export */   W9: () => (/* binding */ shouldFail)
/* harmony export */ });
/* unused harmony export overallStatus */
const rank = { skip: 0, pass: 1, warn: 2, fail: 3, error: 4 };
/** A failed check counts as `warn` when its severity is warning. */
function effectiveStatus(check) {
    if (check.status === 'fail' && check.severity === 'warning')
        return 'warn';
    return check.status;
}
function overallStatus(checks) {
    let worst = 'pass';
    for (const c of checks) {
        const s = effectiveStatus(c);
        if (rank[s] > rank[worst])
            worst = s;
    }
    return worst;
}
function failedChecks(report) {
    return report.checks.filter((c) => {
        const s = effectiveStatus(c);
        return s === 'fail' || s === 'error';
    });
}
function createReport(fields) {
    return {
        schemaVersion: 1,
        status: overallStatus(fields.checks),
        generatedAt: new Date().toISOString(),
        tables: [],
        charts: [],
        ...fields,
    };
}
function shouldFail(status, failOn) {
    if (failOn === 'never')
        return false;
    if (status === 'fail' || status === 'error')
        return true;
    return failOn === 'warning' && status === 'warn';
}


/***/ }),

/***/ 1448:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runnerIO: () => (/* binding */ runnerIO)
/* harmony export */ });
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3024);
/* harmony import */ var node_fs__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_1__);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7638);



/**
 * ActionIO over the runner contract: INPUT_* variables, the GITHUB_OUTPUT and
 * GITHUB_STEP_SUMMARY files, and `::command::` lines on stdout.
 *
 * This speaks the protocol directly instead of through @actions/core: version 3
 * loads @actions/http-client and undici at import time for its OIDC client,
 * which was 80 ms of the 300 ms cold-start budget (bench/validate-data/RESULTS.md)
 * for a token no action here asks for. The few commands used are written exactly
 * as @actions/core writes them; runner-io.test.ts runs both side by side and
 * compares the bytes.
 */
function runnerIO(env = process.env, write = (s) => process.stdout.write(s)) {
    const issue = (command, message, properties = {}) => {
        const props = Object.entries(properties)
            .filter(([, v]) => v !== undefined && v !== '')
            .map(([k, v]) => `${k}=${escapeProperty(String(v))}`)
            .join(',');
        write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}`);
    };
    return {
        getInput: (name) => env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim() || undefined,
        setOutput: (name, value) => {
            const file = env.GITHUB_OUTPUT;
            if (file)
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(file, keyValueMessage(name, value), 'utf8');
            else {
                write((node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL));
                issue(`set-output name=${escapeProperty(name)}`, value);
            }
        },
        setSecret: (value) => issue('add-mask', value),
        exportVariable: (name, value) => {
            const file = env.GITHUB_ENV;
            // The set-env command has been disabled on GitHub since 2020; without the file the variable cannot reach later steps.
            if (!file)
                throw new _errors__WEBPACK_IMPORTED_MODULE_2__/* .UserError */ .yo('cannot export variables: GITHUB_ENV is not set', { hint: 'Run this as a step of a GitHub Actions job, or locally through `npx mlship`, which prints export lines.' });
            node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(file, keyValueMessage(name, value), 'utf8');
        },
        appendSummary: async (markdown) => {
            const file = env.GITHUB_STEP_SUMMARY;
            if (!file)
                return;
            await node_fs__WEBPACK_IMPORTED_MODULE_0___default().promises.appendFile(file, markdown + (node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL), 'utf8');
        },
        annotate: (severity, message, location) => {
            const command = severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'notice';
            issue(command, message, location ? { title: location.title, file: location.file, line: location.line } : {});
        },
        info: (m) => write(m + (node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)),
        warning: (m) => issue('warning', m),
        debug: (m) => issue('debug', m),
        setFailed: (m) => {
            process.exitCode = 1;
            issue('error', m);
        },
        tempDir: () => env.RUNNER_TEMP || node_os__WEBPACK_IMPORTED_MODULE_1___default().tmpdir(),
        env: (name) => env[name],
        saveState: (name, value) => {
            const file = env.GITHUB_STATE;
            if (file)
                node_fs__WEBPACK_IMPORTED_MODULE_0___default().appendFileSync(file, keyValueMessage(name, value), 'utf8');
            else
                issue(`save-state name=${escapeProperty(name)}`, value);
        },
        getState: (name) => env[`STATE_${name}`] || undefined,
    };
}
/**
 * `name<<delimiter` heredoc, the GITHUB_OUTPUT / GITHUB_ENV / GITHUB_STATE
 * format. A value holding the delimiter is refused, so the delimiter need not
 * be secret, only unlikely to occur in a value: 128 random bits from
 * Math.random, laid out as @actions/core's UUID is (loading node:crypto for
 * that UUID took ~10 ms of every start).
 */
function keyValueMessage(name, value) {
    const delimiter = `ghadelimiter_${randomId()}`;
    if (name.includes(delimiter) || value.includes(delimiter))
        throw new Error(`Unexpected input: output "${name}" contains the delimiter`);
    return `${name}<<${delimiter}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}${value}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}${delimiter}${(node_os__WEBPACK_IMPORTED_MODULE_1___default().EOL)}`;
}
function randomId() {
    const hex = Array.from({ length: 4 }, () => Math.floor(Math.random() * 2 ** 32).toString(16).padStart(8, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
const escapeData = (s) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');


/***/ }),

/***/ 2958:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  wQ: () => (/* binding */ renderComment),
  Br: () => (/* binding */ renderSummary)
});

// UNUSED EXPORTS: renderText, statusBadge

// EXTERNAL MODULE: ./packages/core/src/markdown.ts
var markdown = __webpack_require__(2712);
;// CONCATENATED MODULE: ./packages/core/src/mermaid.ts
// xychart-beta labels are double-quoted strings with no escape syntax.
const label = (s) => `"${s.replace(/["\n\r]/g, "'").slice(0, 40)}"`;
const num = (n) => (Number.isFinite(n) ? String(Number(n.toPrecision(6))) : '0');
/** A Mermaid `xychart-beta` block, which GitHub renders in job summaries and comments. */
function mermaidChart(chart) {
    const lines = ['```mermaid', 'xychart-beta', `  title ${label(chart.title)}`];
    lines.push(`  x-axis [${chart.x.map(label).join(', ')}]`);
    const all = chart.series.flatMap((s) => s.values.filter(Number.isFinite));
    const [lo, hi] = chart.yRange ?? [Math.min(0, ...all), Math.max(...all, 0) || 1];
    lines.push(`  y-axis ${label(chart.yLabel ?? '')} ${num(lo)} --> ${num(hi)}`);
    for (const s of chart.series)
        lines.push(`  ${chart.kind} [${s.values.map(num).join(', ')}]`);
    lines.push('```');
    if (chart.series.length > 1) {
        // xychart-beta has no legend; name the series in order under the chart.
        lines.push(`<sub>${chart.series.map((s, i) => `${i + 1}. ${s.name.replace(/</g, '&lt;')}`).join(' \u00b7 ')}</sub>`);
    }
    return lines.join('\n');
}

// EXTERNAL MODULE: ./packages/core/src/report.ts
var src_report = __webpack_require__(2019);
;// CONCATENATED MODULE: ./packages/core/src/summary.ts



const badge = {
    pass: '\u2705 PASS',
    warn: '\u26a0\ufe0f WARN',
    fail: '\u274c FAIL',
    error: '\ud83d\udca5 ERROR',
    skip: '\u23ed\ufe0f SKIP',
};
const statusBadge = (s) => badge[s];
/**
 * The job summary: verdict, the checks table (failures first), charts, then
 * the long tables folded so the page stays one screen tall.
 */
function renderSummary(report) {
    const out = [`## ${badge[report.status]} ${(0,markdown/* escapeMarkdown */.FV)(report.title)}`];
    if (report.summary)
        out.push(report.summary);
    if (report.checks.length) {
        const order = { error: 0, fail: 1, warn: 2, pass: 3, skip: 4 };
        const checks = [...report.checks].sort((a, b) => order[(0,src_report/* effectiveStatus */.Gw)(a)] - order[(0,src_report/* effectiveStatus */.Gw)(b)]);
        out.push((0,markdown/* markdownTable */.Qj)(['Status', 'Check', 'Observed', 'Expected', 'Detail'], checks.map((c) => [badge[(0,src_report/* effectiveStatus */.Gw)(c)], `${c.title} (${c.id})`, (0,markdown/* formatScalar */.kQ)(c.observed), (0,markdown/* formatScalar */.kQ)(c.expected), c.detail ?? ''])));
    }
    for (const chart of report.charts)
        out.push(mermaidChart(chart));
    for (const t of report.tables) {
        const table = (0,markdown/* markdownTable */.Qj)(t.columns, t.rows);
        out.push(t.folded === false ? `### ${(0,markdown/* escapeMarkdown */.FV)(t.title)}\n\n${table}` : (0,markdown/* details */.zH)(t.title, table));
    }
    for (const b of report.texts ?? []) {
        const block = (0,markdown/* codeBlock */.DV)(b.text);
        out.push(b.folded === false ? `### ${(0,markdown/* escapeMarkdown */.FV)(b.title)}\n\n${block}` : (0,markdown/* details */.zH)(b.title, block));
    }
    return out.join('\n\n') + '\n';
}
/**
 * The sticky PR comment: one screen \u2014 verdict, only the checks that need a
 * reviewer's eye (or one line saying all passed), a link to the run \u2014 with the
 * whole job summary folded underneath.
 */
function renderComment(report, o = {}) {
    const out = [`### ${badge[report.status]} ${(0,markdown/* escapeMarkdown */.FV)(report.title)}`];
    if (report.summary)
        out.push(report.summary);
    const attention = report.checks.filter((c) => ['fail', 'error', 'warn'].includes((0,src_report/* effectiveStatus */.Gw)(c)));
    const passed = report.checks.filter((c) => (0,src_report/* effectiveStatus */.Gw)(c) === 'pass').length;
    if (attention.length) {
        out.push((0,markdown/* markdownTable */.Qj)(['Status', 'Check', 'Observed', 'Expected', 'Detail'], attention.map((c) => [badge[(0,src_report/* effectiveStatus */.Gw)(c)], `${c.title} (${c.id})`, (0,markdown/* formatScalar */.kQ)(c.observed), (0,markdown/* formatScalar */.kQ)(c.expected), c.detail ?? ''])));
        if (passed)
            out.push(`${passed} other check${passed === 1 ? '' : 's'} passed.`);
    }
    else if (report.checks.length) {
        out.push(`All ${passed} check${passed === 1 ? '' : 's'} passed.`);
    }
    if (o.runUrl)
        out.push(`[Workflow run](${o.runUrl})`);
    out.push((0,markdown/* details */.zH)('Full report', renderSummary(report).replace(/^## .*\n+/, '')));
    return out.join('\n\n') + '\n';
}
/** Plain-text rendering for terminals (the CLI): the seed's `[PASS] check: detail` lines. */
function renderText(report) {
    const lines = [`${report.title}: ${report.status.toUpperCase()}`, '='.repeat(60)];
    if (report.summary)
        lines.push(report.summary);
    for (const c of report.checks) {
        const s = effectiveStatus(c).toUpperCase();
        const obs = c.observed !== undefined ? ` observed ${formatScalar(c.observed)}` : '';
        const exp = c.expected !== undefined ? `, expected ${formatScalar(c.expected)}` : '';
        lines.push(`  [${s}] ${c.id}:${obs}${exp}${c.detail ? ` \u2014 ${c.detail}` : ''}`);
    }
    return lines.join('\n') + '\n';
}


/***/ }),

/***/ 3596:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _u: () => (/* binding */ compileUserRegex),
/* harmony export */   eO: () => (/* binding */ regexRefusal)
/* harmony export */ });
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7638);
/* harmony import */ var _regex_engine__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3621);



const LOOKAROUND_HINT = 'Match the text itself, or split it into a pattern that must match and one that must not (in a data check: a regex and a not_regex check on the same column).';
const SYNTAX_HINT = 'Patterns use RE2 syntax (https://github.com/google/re2/wiki/Syntax), which runs in time linear in the value.';
/** A construct RE2 refuses, named as the user would look it up, with what to write instead. */
function unsupported(error, input, pattern) {
    if (/^\\[1-9]/.test(input))
        return { construct: `a backreference (${input.slice(0, 2)})`, hint: 'Spell out the repeated text.' };
    if (input === '\\k' || (input === '(?P' && pattern.includes('(?P=')))
        return { construct: 'a named backreference', hint: 'Spell out the repeated text.' };
    if (input.startsWith('(?=') || input.startsWith('(?!'))
        return { construct: `a lookahead (${input.slice(0, 3)}\u2026))`, hint: LOOKAROUND_HINT };
    if (input.startsWith('(?<=') || input.startsWith('(?<!'))
        return { construct: `a lookbehind (${input.slice(0, 4)}\u2026))`, hint: LOOKAROUND_HINT };
    if (input.startsWith('(?>'))
        return { construct: 'an atomic group ((?>\u2026))', hint: 'Write a plain group (?:\u2026): RE2 never backtracks, so it needs no atomic groups.' };
    if (input.startsWith('(?('))
        return { construct: 'a conditional group ((?(\u2026)\u2026|\u2026))', hint: 'Write the alternatives as separate patterns.' };
    if (error.includes('nested repetition') && input.endsWith('+'))
        return { construct: `a possessive quantifier (${input})`, hint: 'Drop the trailing +: RE2 never backtracks, so a plain quantifier does the same.' };
    if (input.startsWith('(?#'))
        return { construct: 'a comment group ((?#\u2026))', hint: 'Remove the comment.' };
    if (input === '\\u' || input === '\\U')
        return { construct: `the escape ${input}`, hint: 'Write a code point as \\x{e9} (hex digits in braces).' };
    if (input === '\\Z')
        return { construct: 'the end-of-text escape \\Z', hint: 'Write \\z (end of text) or $.' };
    return undefined;
}
function compileOrExplain(pattern, flags) {
    const { RE2JS, RE2JSSyntaxException } = (0,_regex_engine__WEBPACK_IMPORTED_MODULE_1__/* .regexEngine */ .y)();
    try {
        return RE2JS.compile(pattern, flags);
    }
    catch (e) {
        if (!(e instanceof RE2JSSyntaxException))
            throw e;
        const input = e.input ?? '';
        const known = unsupported(e.error, input, pattern);
        if (known)
            return { problem: `uses ${known.construct}, which the linear-time regular expression engine (RE2 syntax) cannot run`, hint: known.hint };
        return { problem: `is not a valid regular expression: ${e.error}${input ? ` at ${JSON.stringify(input)}` : ''}`, hint: SYNTAX_HINT };
    }
}
/** Why `pattern` cannot be run, or undefined when it can: for a config read before its checks are compiled. */
function regexRefusal(pattern) {
    const r = compileOrExplain(pattern, 0);
    return r instanceof (0,_regex_engine__WEBPACK_IMPORTED_MODULE_1__/* .regexEngine */ .y)().RE2JS ? undefined : r;
}
/** Compiles `pattern` once, for many values; a pattern RE2 cannot run is a UserError naming what holds it and the construct. */
function compileUserRegex(pattern, options) {
    const { RE2JS } = (0,_regex_engine__WEBPACK_IMPORTED_MODULE_1__/* .regexEngine */ .y)();
    const re = compileOrExplain(pattern, options.caseInsensitive ? RE2JS.CASE_INSENSITIVE : 0);
    if (!(re instanceof RE2JS))
        throw new _errors__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${options.what} ${JSON.stringify(pattern)} ${re.problem}`, { where: options.where, hint: re.hint });
    return { source: pattern, test: (text) => re.test(text) };
}


/***/ }),

/***/ 1589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  n: () => (/* binding */ compileChecks)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(483);
// EXTERNAL MODULE: ./packages/data/src/checks/conditional.ts
var conditional = __webpack_require__(3986);
// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(194);
// EXTERNAL MODULE: ./packages/data/src/checks/condition-tree.ts
var condition_tree = __webpack_require__(8416);
;// CONCATENATED MODULE: ./packages/data/src/checks/row-condition.ts


function compileRowCondition(source, parser, schema, where) {
    return evaluator((0,condition_tree/* parseRowCondition */.DF)(source, parser, schema, where));
}
function evaluator(c) {
    switch (c.type) {
        case 'and': {
            const l = evaluator(c.left);
            const r = evaluator(c.right);
            return (cols, row) => l(cols, row) && r(cols, row);
        }
        case 'or': {
            const l = evaluator(c.left);
            const r = evaluator(c.right);
            return (cols, row) => l(cols, row) || r(cols, row);
        }
        case 'not': {
            const inner = evaluator(c.inner);
            return (cols, row) => !inner(cols, row);
        }
        case 'isnull': {
            const { index } = c.column;
            const wantNull = c.isNull;
            return (cols, row) => (0,table/* isMissing */.b2)(cols[index][row]) === wantNull;
        }
        case 'isin': {
            const { index } = c.column;
            const keys = c.values.map((v) => v.value);
            return (cols, row) => {
                const v = cols[index][row];
                return !(0,table/* isMissing */.b2)(v) && keys.some((k) => compare(v, '==', k));
            };
        }
        case 'compare': {
            const a = c.left.index;
            const op = c.op;
            if (c.right.type === 'column') {
                const b = c.right.index;
                return (cols, row) => {
                    const x = cols[a][row];
                    const y = cols[b][row];
                    if ((0,table/* isMissing */.b2)(x) || (0,table/* isMissing */.b2)(y))
                        return op === '!=';
                    return compare(x, op, y);
                };
            }
            const key = c.right.value;
            return (cols, row) => {
                const x = cols[a][row];
                if ((0,table/* isMissing */.b2)(x))
                    return op === '!=';
                return compare(x, op, key);
            };
        }
    }
}
function compare(x, op, y) {
    let a = x;
    let b = y;
    if (typeof a === 'string' && typeof b === 'number') {
        const n = a.trim() === '' ? NaN : Number(a);
        if (Number.isNaN(n))
            return op === '!=';
        a = n;
    }
    else if (typeof a === 'number' && typeof b === 'string') {
        return op === '!=';
    }
    else if (typeof a === 'boolean' && typeof b === 'number')
        a = a ? 1 : 0;
    else if (typeof a !== typeof b)
        return op === '!=';
    switch (op) {
        case '==':
            return a === b;
        case '!=':
            return a !== b;
        case '<':
            return a < b;
        case '<=':
            return a <= b;
        case '>':
            return a > b;
        case '>=':
            return a >= b;
    }
}

// EXTERNAL MODULE: ./packages/data/src/checks/load.ts + 8 modules
var load = __webpack_require__(5965);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/drift.ts
var drift = __webpack_require__(1829);
// EXTERNAL MODULE: ./packages/data/src/checks/formats/python-text.ts
var python_text = __webpack_require__(1027);
;// CONCATENATED MODULE: ./packages/data/src/checks/formats/dateutil.ts

function todayUtc(now) {
    const d = new Date(now);
    return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}
/** What dateutil raises and parse() passes on: the value is not a date. */
class NotADate extends Error {
}
const fail = () => {
    throw new NotADate();
};
// Python counts code points; most text has no surrogate pairs, where that is the JS length.
const SURROGATE = /[\uD800-\uDFFF]/;
const cpLen = (s) => (SURROGATE.test(s) ? Array.from(s).length : s.length);
const slice = (s, a, b) => (SURROGATE.test(s) ? Array.from(s).slice(a, b) : s.slice(a, b).split(''));
function lookup(groups) {
    const m = new Map();
    groups.forEach((names, i) => names.forEach((n) => m.set(n, i)));
    return m;
}
const JUMP = new Set([' ', '.', ',', ';', '-', '/', "'", 'at', 'on', 'and', 'ad', 'm', 't', 'of', 'st', 'nd', 'rd', 'th']);
const WEEKDAY = lookup(python_text/* WEEKDAYS */.w4.map((w) => [w.slice(0, 3), w]));
const MONTH = lookup(python_text/* MONTHS */.KR.map((m) => (m === 'september' ? ['sep', 'sept', m] : [m.slice(0, 3), m])));
const HMS = lookup([
    ['h', 'hour', 'hours'],
    ['m', 'minute', 'minutes'],
    ['s', 'second', 'seconds'],
]);
const AMPM = lookup([
    ['am', 'a'],
    ['pm', 'p'],
]);
const UTCZONE = ['UTC', 'GMT', 'Z', 'z'];
const lower = (s) => s.toLowerCase();
const jump = (t) => JUMP.has(lower(t));
const weekdayOf = (t) => WEEKDAY.get(lower(t));
const monthOf = (t) => (t === undefined ? fail() : MONTH.has(lower(t)) ? MONTH.get(lower(t)) + 1 : undefined);
const hmsOf = (t) => HMS.get(lower(t));
const ampmOf = (t) => AMPM.get(lower(t));
const isUtcZone = (t) => ['utc', 'gmt', 'z'].includes(lower(t));
/** `_timelex.split`: runs of letters, of digits (with `.`/`,` decimals) and single other characters. */
function timelex(text) {
    const chars = Array.from(text).filter((c) => c !== '\0');
    const out = [];
    const stack = [];
    let i = 0;
    const isword = python_text/* isAlpha */.R5;
    const isnum = python_text/* isDecimal */.aM;
    for (;;) {
        if (stack.length) {
            out.push(stack.shift());
            continue;
        }
        if (i >= chars.length)
            break;
        let seenLetters = false;
        let token = '';
        let state = '';
        while (i < chars.length) {
            const c = chars[i++];
            if (!state) {
                token = c;
                if (isword(c))
                    state = 'a';
                else if (isnum(c))
                    state = '0';
                else {
                    if ((0,python_text/* isSpace */.xC)(c))
                        token = ' ';
                    break;
                }
            }
            else if (state === 'a') {
                seenLetters = true;
                if (isword(c))
                    token += c;
                else if (c === '.') {
                    token += c;
                    state = 'a.';
                }
                else {
                    i--;
                    break;
                }
            }
            else if (state === '0') {
                if (isnum(c))
                    token += c;
                else if (c === '.' || (c === ',' && cpLen(token) >= 2)) {
                    token += c;
                    state = '0.';
                }
                else {
                    i--;
                    break;
                }
            }
            else if (state === 'a.') {
                seenLetters = true;
                if (c === '.' || isword(c))
                    token += c;
                else if (isnum(c) && token.endsWith('.')) {
                    token += c;
                    state = '0.';
                }
                else {
                    i--;
                    break;
                }
            }
            else {
                if (c === '.' || isnum(c))
                    token += c;
                else if (isword(c) && token.endsWith('.')) {
                    token += c;
                    state = 'a.';
                }
                else {
                    i--;
                    break;
                }
            }
        }
        const dots = token.split('.').length - 1;
        if ((state === 'a.' || state === '0.') && (seenLetters || dots > 1 || token.endsWith('.') || token.endsWith(','))) {
            const parts = token.split(/([.,])/);
            token = parts[0];
            for (const p of parts.slice(1))
                if (p)
                    stack.push(p);
        }
        if (state === '0.' && !token.includes('.'))
            token = token.replaceAll(',', '.');
        out.push(token);
    }
    return out;
}
/** `float(token)` succeeds: digits with at most one point, or nan/inf/infinity (which `_to_decimal` then refuses). */
const ASCII_NUMBER = /^[0-9]+(\.[0-9]*)?$/;
const NUMBER = /^(\p{Nd}+(\.\p{Nd}*)?|\.\p{Nd}+)$/u;
function floatable(t) {
    return ASCII_NUMBER.test(t) || NUMBER.test(t) || /^(nan|inf|infinity)$/i.test(t);
}
/** `Decimal(token)` when finite, as a number; dateutil raises ValueError otherwise. */
function toDecimal(t) {
    if (t === undefined)
        return fail();
    if (ASCII_NUMBER.test(t))
        return Number(t);
    if (!NUMBER.test(t))
        return fail();
    const [whole, frac = ''] = t.split('.');
    const w = whole ? (0,python_text/* toInt */.RI)(Array.from(whole)) : 0;
    return frac ? w + (0,python_text/* toInt */.RI)(Array.from(frac)) / 10 ** cpLen(frac) : w;
}
/** Python's `int()` of a token or a slice of one: digits only. */
const ASCII_DIGITS = /^[0-9]+$/;
const dateutil_int = (s) => {
    if (s === undefined)
        return fail();
    if (typeof s === 'string' && ASCII_DIGITS.test(s))
        return Number(s);
    const chars = typeof s === 'string' ? Array.from(s) : s;
    if (chars.length === 0 || !chars.every(python_text/* isDecimal */.aM))
        return fail();
    return (0,python_text/* toInt */.RI)(chars);
};
/** `str.isdigit()` for a whole token (decimal digits; other Unicode digits are refused by `int()` anyway). */
const isDigits = (s) => ASCII_DIGITS.test(s) || (s.length > 0 && Array.from(s).every(python_text/* isDecimal */.aM));
/** `_ymd`: the numbers read so far that may be a year, a month or a day. */
class Ymd {
    values = [];
    centurySpecified = false;
    ystridx;
    mstridx;
    dstridx;
    get length() {
        return this.values.length;
    }
    /** Python indexing, negative indices counting from the end. */
    at(i) {
        const v = this.values[i < 0 ? this.values.length + i : i];
        return v === undefined ? fail() : v;
    }
    couldBeDay(value) {
        if (this.dstridx !== undefined)
            return false;
        if (this.mstridx === undefined)
            return value >= 1 && value <= 31;
        const month = this.at(this.mstridx);
        if (month < 1 || month > 12)
            return fail();
        if (this.ystridx === undefined)
            return value >= 1 && value <= (0,python_text/* daysInMonth */.L3)(2000, month);
        return value >= 1 && value <= (0,python_text/* daysInMonth */.L3)(this.at(this.ystridx), month);
    }
    /** A token's text (`"05"`, `"2019"`) or a number (a Decimal, or a month from its name). */
    append(val, label) {
        if (typeof val === 'string') {
            if (isDigits(val) && cpLen(val) > 2) {
                this.centurySpecified = true;
                if (label !== undefined && label !== 'Y')
                    fail();
                label = 'Y';
            }
        }
        else if (val > 100) {
            this.centurySpecified = true;
            if (label !== undefined && label !== 'Y')
                fail();
            label = 'Y';
        }
        this.values.push(typeof val === 'string' ? dateutil_int(val) : Math.trunc(val));
        const idx = this.values.length - 1;
        if (label === 'M') {
            if (this.mstridx !== undefined)
                fail();
            this.mstridx = idx;
        }
        else if (label === 'Y') {
            if (this.ystridx !== undefined)
                fail();
            this.ystridx = idx;
        }
    }
    resolve() {
        const strids = {};
        if (this.ystridx !== undefined)
            strids.y = this.ystridx;
        if (this.mstridx !== undefined)
            strids.m = this.mstridx;
        if (this.dstridx !== undefined)
            strids.d = this.dstridx;
        const known = Object.keys(strids).length;
        const n = this.length;
        if ((n === known && known > 0) || (n === 3 && known === 2)) {
            if (n === 3 && known === 2) {
                const missing = [0, 1, 2].find((x) => !Object.values(strids).includes(x));
                const key = ['y', 'm', 'd'].find((k) => !(k in strids));
                strids[key] = missing;
            }
            const get = (k) => (k in strids ? this.at(strids[k]) : undefined);
            return [get('y'), get('m'), get('d')];
        }
        let year;
        let month;
        let day;
        const m = this.mstridx;
        const v = (i) => this.at(i);
        if (n > 3)
            fail();
        else if (n === 1 || (m !== undefined && n === 2)) {
            let other;
            if (m !== undefined) {
                month = v(m);
                other = v(m - 1);
            }
            else
                other = v(0);
            if (n > 1 || m === undefined) {
                if (other > 31)
                    year = other;
                else
                    day = other;
            }
        }
        else if (n === 2) {
            if (v(0) > 31)
                [year, month] = [v(0), v(1)];
            else if (v(1) > 31)
                [month, year] = [v(0), v(1)];
            else
                [month, day] = [v(0), v(1)];
        }
        else if (n === 3) {
            if (m === 0) {
                if (v(1) > 31)
                    [month, year, day] = [v(0), v(1), v(2)];
                else
                    [month, day, year] = [v(0), v(1), v(2)];
            }
            else if (m === 1) {
                if (v(0) > 31)
                    [year, month, day] = [v(0), v(1), v(2)];
                else
                    [day, month, year] = [v(0), v(1), v(2)];
            }
            else if (m === 2) {
                if (v(1) > 31)
                    [day, year, month] = [v(0), v(1), v(2)];
                else
                    [year, day, month] = [v(0), v(1), v(2)];
            }
            else if (v(0) > 31 || this.ystridx === 0)
                [year, month, day] = [v(0), v(1), v(2)];
            else if (v(0) > 12)
                [day, month, year] = [v(0), v(1), v(2)];
            else
                [month, day, year] = [v(0), v(1), v(2)];
        }
        return [year, month, day];
    }
}
/** `_could_be_tzname`; after an explicit offset dateutil asks it with no offset, to read "+0530 (IST)". */
const couldBeTzname = (res, token, ignoreOffset = false) => res.hour !== undefined && res.tzname === undefined && (ignoreOffset || res.tzoffset === undefined) && cpLen(token) <= 5 && (/^[A-Z]+$/.test(token) || UTCZONE.includes(token));
const adjustAmpm = (hour, ampm) => (hour < 12 && ampm === 1 ? hour + 12 : hour === 12 && ampm === 0 ? 0 : hour);
function parseMinSec(value) {
    const minute = Math.trunc(value);
    const rest = value % 1;
    return [minute, rest ? Math.trunc(60 * rest) : undefined];
}
function parseMs(value) {
    if (!value.includes('.'))
        return [dateutil_int(value), 0];
    const parts = value.split('.');
    if (parts.length !== 2)
        fail();
    return [dateutil_int(parts[0]), dateutil_int(slice(parts[1].padEnd(6, '0'), 0, 6))];
}
function findHmsIdx(idx, tokens) {
    const n = tokens.length;
    if (idx + 1 < n && hmsOf(tokens[idx + 1]) !== undefined)
        return idx + 1;
    if (idx + 2 < n && tokens[idx + 1] === ' ' && hmsOf(tokens[idx + 2]) !== undefined)
        return idx + 2;
    if (idx > 0 && hmsOf(tokens[idx - 1]) !== undefined)
        return idx - 1;
    if (1 < idx && idx === n - 1 && tokens[idx - 1] === ' ' && hmsOf(tokens[idx - 2]) !== undefined)
        return idx - 2;
    return undefined;
}
function assignHms(res, valueRepr, hms) {
    const value = toDecimal(valueRepr);
    if (hms === 0) {
        res.hour = Math.trunc(value);
        if (value % 1)
            res.minute = Math.trunc(60 * (value % 1));
    }
    else if (hms === 1)
        [res.minute, res.second] = parseMinSec(value);
    else
        [res.second, res.microsecond] = parseMs(valueRepr);
}
function parseNumericToken(tokens, idx, ymd, res) {
    const valueRepr = tokens[idx];
    let value = toDecimal(valueRepr);
    const lenLi = cpLen(valueRepr);
    const n = tokens.length;
    const s = valueRepr;
    if (ymd.length === 3 && (lenLi === 2 || lenLi === 4) && res.hour === undefined && (idx + 1 >= n || (tokens[idx + 1] !== ':' && hmsOf(tokens[idx + 1]) === undefined))) {
        res.hour = dateutil_int(slice(s, 0, 2));
        if (lenLi === 4)
            res.minute = dateutil_int(slice(s, 2));
    }
    else if (lenLi === 6 || (lenLi > 6 && Array.from(s).indexOf('.') === 6)) {
        if (ymd.length === 0 && !s.includes('.')) {
            ymd.append(slice(s, 0, 2).join(''));
            ymd.append(slice(s, 2, 4).join(''));
            ymd.append(slice(s, 4).join(''));
        }
        else {
            res.hour = dateutil_int(slice(s, 0, 2));
            res.minute = dateutil_int(slice(s, 2, 4));
            [res.second, res.microsecond] = parseMs(slice(s, 4).join(''));
        }
    }
    else if (lenLi === 8 || lenLi === 12 || lenLi === 14) {
        ymd.append(slice(s, 0, 4).join(''), 'Y');
        ymd.append(slice(s, 4, 6).join(''));
        ymd.append(slice(s, 6, 8).join(''));
        if (lenLi > 8) {
            res.hour = dateutil_int(slice(s, 8, 10));
            res.minute = dateutil_int(slice(s, 10, 12));
            if (lenLi > 12)
                res.second = dateutil_int(slice(s, 12));
        }
    }
    else if (findHmsIdx(idx, tokens) !== undefined) {
        const hmsIdx = findHmsIdx(idx, tokens);
        let hms;
        if (hmsIdx > idx) {
            hms = hmsOf(tokens[hmsIdx]);
            idx = hmsIdx;
        }
        else
            hms = hmsOf(tokens[hmsIdx]) + 1;
        // dateutil's _parse_hms gives hms 3 for a unit word before the number ("s 5"), which _assign_hms ignores.
        if (hms <= 2)
            assignHms(res, valueRepr, hms);
    }
    else if (idx + 2 < n && tokens[idx + 1] === ':') {
        res.hour = Math.trunc(value);
        value = toDecimal(tokens[idx + 2]);
        [res.minute, res.second] = parseMinSec(value);
        if (idx + 4 < n && tokens[idx + 3] === ':') {
            [res.second, res.microsecond] = parseMs(tokens[idx + 4]);
            idx += 2;
        }
        idx += 2;
    }
    else if (idx + 1 < n && ['-', '/', '.'].includes(tokens[idx + 1])) {
        const sep = tokens[idx + 1];
        ymd.append(valueRepr);
        if (idx + 2 < n && !jump(tokens[idx + 2])) {
            if (isDigits(tokens[idx + 2]))
                ymd.append(tokens[idx + 2]);
            else {
                const month = monthOf(tokens[idx + 2]);
                if (month === undefined)
                    fail();
                ymd.append(month, 'M');
            }
            if (idx + 3 < n && tokens[idx + 3] === sep) {
                const month = monthOf(tokens[idx + 4]);
                if (month !== undefined)
                    ymd.append(month, 'M');
                else
                    ymd.append(tokens[idx + 4]);
                idx += 2;
            }
            idx += 1;
        }
        idx += 1;
    }
    else if (idx + 1 >= n || jump(tokens[idx + 1])) {
        if (idx + 2 < n && ampmOf(tokens[idx + 2]) !== undefined) {
            res.hour = adjustAmpm(Math.trunc(value), ampmOf(tokens[idx + 2]));
            idx += 1;
        }
        else
            ymd.append(value);
        idx += 1;
    }
    else if (ampmOf(tokens[idx + 1]) !== undefined && value >= 0 && value < 24) {
        res.hour = adjustAmpm(Math.trunc(value), ampmOf(tokens[idx + 1]));
        idx += 1;
    }
    else if (ymd.couldBeDay(value))
        ymd.append(value);
    else
        fail();
    return idx;
}
/** `parser._parse` with fuzzy off: the fields found, or a throw where dateutil gives up. */
function parseFields(text, thisYear) {
    const res = {};
    const l = timelex(text);
    const ymd = new Ymd();
    const n = l.length;
    const tok = (i) => (i < n ? l[i] : fail());
    let i = 0;
    while (i < n) {
        const t = l[i];
        if (floatable(t))
            i = parseNumericToken(l, i, ymd, res);
        else if (weekdayOf(t) !== undefined)
            res.weekday = weekdayOf(t);
        else if (monthOf(t) !== undefined) {
            ymd.append(monthOf(t), 'M');
            if (i + 1 < n) {
                if (l[i + 1] === '-' || l[i + 1] === '/') {
                    const sep = l[i + 1];
                    ymd.append(tok(i + 2));
                    if (i + 3 < n && l[i + 3] === sep) {
                        ymd.append(tok(i + 4));
                        i += 2;
                    }
                    i += 2;
                }
                else if (i + 4 < n && l[i + 1] === ' ' && l[i + 3] === ' ' && lower(l[i + 2]) === 'of') {
                    if (isDigits(l[i + 4]))
                        ymd.append(String(convertYear(dateutil_int(l[i + 4]), false, thisYear)), 'Y');
                    i += 4;
                }
            }
        }
        else if (ampmOf(t) !== undefined) {
            if (res.hour === undefined || res.hour < 0 || res.hour > 12)
                fail();
            res.hour = adjustAmpm(res.hour, ampmOf(t));
            res.ampm = ampmOf(t);
        }
        else if (couldBeTzname(res, t)) {
            res.tzname = t;
            res.tzoffset = t === 'utc' || t === 'gmt' || t === 'z' ? 0 : undefined;
            if (i + 1 < n && (l[i + 1] === '+' || l[i + 1] === '-')) {
                // "UTC+3" means three hours behind UTC (POSIX), so dateutil flips the sign.
                l[i + 1] = l[i + 1] === '+' ? '-' : '+';
                res.tzoffset = undefined;
                if (isUtcZone(t))
                    res.tzname = undefined;
            }
        }
        else if (res.hour !== undefined && (t === '+' || t === '-')) {
            const signal = t === '+' ? 1 : -1;
            const next = tok(i + 1);
            const lenLi = cpLen(next);
            let hourOffset;
            let minOffset;
            if (lenLi === 4) {
                hourOffset = dateutil_int(slice(next, 0, 2));
                minOffset = dateutil_int(slice(next, 2));
            }
            else if (i + 2 < n && l[i + 2] === ':') {
                hourOffset = dateutil_int(next);
                minOffset = dateutil_int(tok(i + 3));
                i += 2;
            }
            else if (lenLi <= 2) {
                hourOffset = dateutil_int(slice(next, 0, 2));
                minOffset = 0;
            }
            else
                return fail();
            res.tzoffset = signal * (hourOffset * 3600 + minOffset * 60);
            if (i + 5 < n && jump(l[i + 2]) && l[i + 3] === '(' && l[i + 5] === ')' && cpLen(l[i + 4]) >= 3 && couldBeTzname(res, l[i + 4], true)) {
                res.tzname = l[i + 4];
                i += 4;
            }
            i += 1;
        }
        else if (!jump(t))
            fail();
        i += 1;
    }
    const [year, month, day] = ymd.resolve();
    res.centurySpecified = ymd.centurySpecified;
    res.year = year;
    res.month = month;
    res.day = day;
    if (res.year !== undefined)
        res.year = convertYear(res.year, res.centurySpecified, thisYear);
    if ((res.tzoffset === 0 && !res.tzname) || res.tzname === 'Z' || res.tzname === 'z') {
        res.tzname = 'UTC';
        res.tzoffset = 0;
    }
    return res;
}
function convertYear(year, centurySpecified, thisYear) {
    if (year < 100 && !centurySpecified) {
        year += Math.floor(thisYear / 100) * 100;
        if (year >= thisYear + 50)
            year -= 100;
        else if (year < thisYear - 50)
            year += 100;
    }
    return year;
}
/** `parser.parse(value)` returns rather than raising ValueError or OverflowError. */
function dateutilParses(value, today) {
    let res;
    try {
        res = parseFields(value, today.year);
    }
    catch (e) {
        if (e instanceof NotADate)
            return false;
        throw e;
    }
    const fields = [res.year, res.month, res.day, res.weekday, res.hour, res.minute, res.second, res.microsecond, res.tzname, res.tzoffset, res.ampm];
    if (fields.every((f) => f === undefined))
        return false; // "String does not contain a date"
    // _build_naive: default.replace(**found), with the default day clipped to the month when no day was found.
    const year = res.year ?? today.year;
    const month = res.month ?? today.month;
    if (month < 1 || month > 12)
        return false;
    const day = res.day ?? Math.min(today.day, year >= 1 && year <= 9999 ? (0,python_text/* daysInMonth */.L3)(year, month) : 31);
    if (!(0,python_text/* validDate */.BY)(year, month, day))
        return false;
    if (!inRange(res.hour, 23) || !inRange(res.minute, 59) || !inRange(res.second, 59) || !inRange(res.microsecond, 999_999))
        return false;
    if (res.weekday !== undefined && !res.day) {
        // relativedelta(weekday=\u2026) moves forward to that weekday; past 9999-12-31 Python raises OverflowError.
        const ord = (0,python_text/* toOrdinal */.ZO)(year, month, day);
        const ahead = (res.weekday - ((ord + 6) % 7) + 7) % 7;
        if (ord + ahead > (0,python_text/* toOrdinal */.ZO)(9999, 12, 31))
            return false;
    }
    return true;
}
const inRange = (v, max) => v === undefined || (v >= 0 && v <= max);

// EXTERNAL MODULE: ./packages/data/src/checks/formats/json-schema.ts
var json_schema = __webpack_require__(1011);
;// CONCATENATED MODULE: ./packages/data/src/checks/formats/like.ts
const ANY = -1;
function compileLike(pattern) {
    const pieces = pattern.split('%').map((p) => Array.from(p, (ch) => (ch === '_' ? ANY : ch.codePointAt(0))));
    if (pieces.length === 1) {
        const only = pieces[0];
        return (value) => {
            const v = codePoints(value);
            return v.length === only.length && fits(v, 0, only);
        };
    }
    const first = pieces[0];
    const last = pieces[pieces.length - 1];
    const middle = pieces.slice(1, -1).filter((p) => p.length > 0);
    const fixed = first.length + last.length;
    return (value) => {
        const v = codePoints(value);
        if (v.length < fixed || !fits(v, 0, first) || !fits(v, v.length - last.length, last))
            return false;
        let at = first.length;
        const end = v.length - last.length;
        for (const piece of middle) {
            let found = -1;
            for (let i = at; i + piece.length <= end; i++) {
                if (fits(v, i, piece)) {
                    found = i;
                    break;
                }
            }
            if (found < 0)
                return false;
            at = found + piece.length;
        }
        return true;
    };
}
function fits(v, at, piece) {
    for (let j = 0; j < piece.length; j++) {
        const p = piece[j];
        if (p !== ANY && v[at + j] !== p)
            return false;
    }
    return true;
}
function codePoints(s) {
    const out = [];
    for (const ch of s)
        out.push(ch.codePointAt(0));
    return out;
}

;// CONCATENATED MODULE: ./packages/data/src/checks/formats/python-json.ts
const FAIL = { ok: false };
function loadsPython(text) {
    try {
        return { ok: true, value: JSON.parse(text) };
    }
    catch {
        // Only a non-finite literal can make Python accept what JSON.parse refused.
        if (!text.includes('NaN') && !text.includes('Infinity'))
            return FAIL;
        try {
            const r = new Reader(text);
            r.space();
            const value = r.value();
            r.space();
            return r.i === text.length ? { ok: true, value } : FAIL;
        }
        catch {
            return FAIL;
        }
    }
}
class Reader {
    s;
    i = 0;
    constructor(s) {
        this.s = s;
    }
    space() {
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c !== 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d)
                break;
            this.i++;
        }
    }
    fail() {
        throw new SyntaxError(`unexpected input at ${this.i}`);
    }
    literal(word) {
        if (!this.s.startsWith(word, this.i))
            this.fail();
        this.i += word.length;
    }
    value() {
        const c = this.s[this.i];
        switch (c) {
            case '{':
                return this.object();
            case '[':
                return this.array();
            case '"':
                return this.string();
            case 't':
                this.literal('true');
                return true;
            case 'f':
                this.literal('false');
                return false;
            case 'n':
                this.literal('null');
                return null;
            case 'N':
                this.literal('NaN');
                return NaN;
            case 'I':
                this.literal('Infinity');
                return Infinity;
            default:
                if (c === '-' && this.s.startsWith('-Infinity', this.i)) {
                    this.i += 9;
                    return -Infinity;
                }
                return this.number();
        }
    }
    object() {
        const out = {};
        this.i++;
        this.space();
        if (this.s[this.i] === '}') {
            this.i++;
            return out;
        }
        for (;;) {
            this.space();
            if (this.s[this.i] !== '"')
                this.fail();
            const key = this.string();
            this.space();
            if (this.s[this.i] !== ':')
                this.fail();
            this.i++;
            this.space();
            Object.defineProperty(out, key, { value: this.value(), enumerable: true, writable: true, configurable: true });
            this.space();
            const c = this.s[this.i++];
            if (c === '}')
                return out;
            if (c !== ',')
                this.fail();
        }
    }
    array() {
        const out = [];
        this.i++;
        this.space();
        if (this.s[this.i] === ']') {
            this.i++;
            return out;
        }
        for (;;) {
            this.space();
            out.push(this.value());
            this.space();
            const c = this.s[this.i++];
            if (c === ']')
                return out;
            if (c !== ',')
                this.fail();
        }
    }
    string() {
        // A string is the same in both grammars, so the native parser reads it once its end is found.
        const start = this.i++;
        const s = this.s;
        while (this.i < s.length) {
            const c = s.charCodeAt(this.i);
            if (c === 0x22) {
                this.i++;
                return JSON.parse(s.slice(start, this.i));
            }
            this.i += c === 0x5c ? 2 : 1;
        }
        return this.fail();
    }
    number() {
        const m = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][-+]?\d+)?/y;
        m.lastIndex = this.i;
        const found = m.exec(this.s);
        if (!found || found[0] === '' || found[0] === '-')
            this.fail();
        this.i += found[0].length;
        return Number(found[0]);
    }
}

// EXTERNAL MODULE: ./packages/data/src/checks/formats/strptime.ts
var strptime = __webpack_require__(7001);
// EXTERNAL MODULE: ./packages/data/src/checks/rule.ts
var checks_rule = __webpack_require__(3778);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/values.ts
var rules_values = __webpack_require__(4386);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/pattern.ts
var pattern = __webpack_require__(9600);
;// CONCATENATED MODULE: ./packages/data/src/checks/rules/text.ts





const mostlyText = (m) => (m < 1 ? ` for at least ${(0,src/* formatNumber */.ZV)(m * 100)}% of rows` : '');
const sample = (l) => l.slice(0, 5).map((v) => JSON.stringify(v)).join(', ');
/**
 * Row-level checks on a value's text (GX tests `str(value)`), its absence from a
 * set, its nullness and its length: every row is an element, a null is missing
 * (except for is_null, where a null is what is expected).
 */
function rowCheck(ctx, spec, title, expected, unexpected, nullsCount = false) {
    const c = (0,rules_values/* rowCounter */.t2)(ctx, spec.column, (v) => !unexpected(v), nullsCount);
    return {
        title: `${title}: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => ({
            result: (0,rules_values/* rowResult */.WH)(results, c.state, nullsCount),
            status: (0,checks_rule/* pass */.IX)((0,rules_values/* mostlyVerdict */.ab)(c.state.seen, c.state.bad, spec.mostly).ok),
            observed: `${c.state.bad} unexpected`,
            expected: `${expected}${mostlyText(spec.mostly)}`,
            detail: c.state.bad ? `${c.state.bad} of ${c.state.seen} rows unexpected, e.g. ${sample(c.state.partial)}` : 'OK',
        }),
    };
}
const isNull = (spec, ctx) => rowCheck(ctx, spec, 'Null', 'null', (v) => !(0,table/* isMissing */.b2)(v), true);
const valuesNotInSet = (spec, ctx) => {
    const banned = new Set(spec.values.map(rules_values/* cellKey */.sl));
    return rowCheck(ctx, spec, 'Not in set', `not in {${spec.values.join(', ')}}`, (v) => banned.has((0,rules_values/* cellKey */.sl)(v)));
};
const notRegex = (spec, ctx) => {
    const re = (0,pattern/* checkPattern */.r)(spec, ctx, 'pattern', spec.pattern);
    return rowCheck(ctx, spec, 'Not matching', `no match of /${spec.pattern}/`, (v) => re.test((0,rules_values/* cellKey */.sl)(v)));
};
const regexList = (spec, ctx) => {
    const res = spec.patterns.map((p, i) => (0,pattern/* checkPattern */.r)(spec, ctx, `patterns[${i}]`, p));
    const matches = spec.match_on === 'all' ? (s) => res.every((r) => r.test(s)) : (s) => res.some((r) => r.test(s));
    return rowCheck(ctx, spec, 'Regex list', `${spec.match_on} of ${spec.patterns.map((p) => `/${p}/`).join(', ')}`, (v) => !matches((0,rules_values/* cellKey */.sl)(v)));
};
const notRegexList = (spec, ctx) => {
    const res = spec.patterns.map((p, i) => (0,pattern/* checkPattern */.r)(spec, ctx, `patterns[${i}]`, p));
    return rowCheck(ctx, spec, 'Regex list absent', `none of ${spec.patterns.map((p) => `/${p}/`).join(', ')}`, (v) => res.some((r) => r.test((0,rules_values/* cellKey */.sl)(v))));
};
/** Characters as Python counts them (code points), without building an array per value. */
function text_codePoints(s) {
    let n = 0;
    for (let i = 0; i < s.length; i++) {
        const c = s.charCodeAt(i);
        if (c < 0xd800 || c > 0xdbff)
            n++;
    }
    return n;
}
const valueLengths = (spec, ctx) => {
    const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    if (f.kind !== 'string') {
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, value_lengths needs a text column`, { where: ctx.where, hint: 'Declare it as string under read.csv.types, or use values_between.' });
    }
    (0,checks_rule/* requireBound */.E9)(ctx, spec.min, spec.max);
    return rowCheck(ctx, spec, 'Length', `length ${(0,checks_rule/* rangeText */.lq)(spec.min, spec.max, spec.strict_min, spec.strict_max)}`, (v) => !(0,checks_rule/* within */.ux)(text_codePoints((0,rules_values/* cellKey */.sl)(v)), spec.min, spec.max, spec.strict_min, spec.strict_max));
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/formats.ts









// A missing date is NaN and stays so, for the row counter to skip.
const dateText = (v) => (typeof v === 'number' && Number.isFinite(v) ? new Date(v).toISOString().slice(0, 10) : v);
const TEXT = { string: 'text', date: 'text' };
/**
 * A text column that also held other values (JSON numbers next to strings, or a
 * file read as numbers next to one read as text) no longer tells which values
 * were text, and GX judges those apart (a number is not a str, json.loads and
 * strptime reject it): such a column is refused rather than judged as all text.
 */
function refuseMixed(ctx, spec, f) {
    const json = /^inferred from JSON ([\w/]+)/.exec(f.sourceType);
    const mixed = (json && json[1].includes('/')) || f.sourceType.includes(', widened to');
    if (f.kind === 'string' && mixed) {
        throw new src/* UserError */.yo(`column: "${spec.column}" holds text and other values (${f.sourceType}), read as text, and ${spec.type} judges text apart from numbers`, {
            where: ctx.where,
            hint: 'Write every value of the column as a JSON string (or the same type in every file).',
        });
    }
}
function formatCheck(spec, ctx, title, expected, matches, kinds = TEXT) {
    const { field: f, index } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    refuseMixed(ctx, spec, f);
    const reading = kinds[f.kind];
    if (!reading) {
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, ${spec.type} reads text values`, {
            where: ctx.where,
            hint: f.kind === 'timestamp' ? 'A timestamp column keeps instants, not the text they were written as; declare it string under read.csv.types to check its text.' : 'Check a text column, or declare this one string under read.csv.types.',
        });
    }
    const rule = rowCheck(ctx, spec, title, expected, reading === 'text' ? (v) => !matches(v) : () => true);
    if (f.kind !== 'date')
        return rule;
    return {
        ...rule,
        observe(batch) {
            rule.observe({ numRows: batch.numRows, columns: batch.columns.map((c, i) => (i === index ? Array.from(c, dateText) : c)) });
        },
    };
}
function compiled(ctx, key, build) {
    try {
        return build();
    }
    catch (e) {
        if (e instanceof strptime/* FormatError */.IF || e instanceof json_schema/* SchemaProblem */.V8)
            throw new src/* UserError */.yo(`${key} ${e.message}`, { where: ctx.where });
        throw e;
    }
}
const strftimeFormat = (spec, ctx) => {
    const f = compiled(ctx, 'format:', () => (0,strptime/* compileStrptime */.St)(spec.format));
    return formatCheck(spec, ctx, 'strftime format', `text datetime.strptime reads with ${JSON.stringify(spec.format)}`, f.parses);
};
const dateutilParseable = (spec, ctx) => {
    // dateutil fills a missing year, month or day from today, so a bare "31" is the 31st of this month.
    const today = todayUtc(Date.now());
    return formatCheck(spec, ctx, 'dateutil parseable', 'text dateutil.parser.parse reads', (v) => dateutilParses(v, today));
};
/** json.loads raises TypeError for anything but text, which GX counts as unparseable. */
const JSON_KINDS = { string: 'text', date: 'text', int: 'unexpected', float: 'unexpected', decimal: 'unexpected', bool: 'unexpected', timestamp: 'unexpected', nested: 'unexpected' };
const jsonParseable = (spec, ctx) => formatCheck(spec, ctx, 'JSON parseable', 'JSON text (as Python json.loads reads it)', (v) => loadsPython(v).ok, JSON_KINDS);
const jsonSchema = (spec, ctx) => {
    const valid = compiled(ctx, 'schema', () => (0,json_schema/* compileJsonSchema */.nk)(spec.schema));
    // Text that is not JSON makes GX stop with an error; here it does not match, which fails the check too.
    return formatCheck(spec, ctx, 'JSON Schema', 'JSON matching the schema', (v) => {
        const parsed = loadsPython(v);
        return parsed.ok && valid(parsed.value);
    });
};
const likeText = (patterns) => patterns.map((p) => JSON.stringify(p)).join(', ');
const likePattern = (spec, ctx) => formatCheck(spec, ctx, 'LIKE', `LIKE ${JSON.stringify(spec.pattern)}`, compileLike(spec.pattern));
const notLikePattern = (spec, ctx) => {
    const like = compileLike(spec.pattern);
    return formatCheck(spec, ctx, 'NOT LIKE', `NOT LIKE ${JSON.stringify(spec.pattern)}`, (v) => !like(v));
};
const likePatternList = (spec, ctx) => {
    const likes = spec.patterns.map(compileLike);
    const matches = spec.match_on === 'all' ? (v) => likes.every((l) => l(v)) : (v) => likes.some((l) => l(v));
    return formatCheck(spec, ctx, 'LIKE list', `LIKE ${spec.match_on} of ${likeText(spec.patterns)}`, matches);
};
const notLikePatternList = (spec, ctx) => {
    const likes = spec.patterns.map(compileLike);
    return formatCheck(spec, ctx, 'NOT LIKE list', `LIKE none of ${likeText(spec.patterns)}`, (v) => !likes.some((l) => l(v)));
};
/**
 * GX judges a text (object) column value by value and any other column by its
 * dtype. A text column holds only text once read, so its values are all of the
 * string type or none are; the row-level form keeps GX's counts and mostly.
 */
const typeList = (spec, ctx) => {
    const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    refuseMixed(ctx, spec, f);
    const ok = spec.dtypes.some((d) => (0,rules_values/* kindIs */.jA)(d, f.kind));
    const expected = spec.dtypes.join(' or ');
    if (f.kind === 'string')
        return rowCheck(ctx, spec, 'Type list', `values of type ${expected}`, () => !ok);
    return {
        title: `Type list: ${spec.column}`,
        evaluate: () => ({ result: { observed_value: f.kind }, status: (0,checks_rule/* pass */.IX)(ok), observed: `${f.kind} (${f.sourceType})`, expected, detail: ok ? 'OK' : `${spec.column} is ${f.kind}, expected ${expected}` }),
    };
};

// EXTERNAL MODULE: ./packages/data/src/checks/rules/leakage.ts
var leakage = __webpack_require__(648);
;// CONCATENATED MODULE: ./packages/data/src/checks/rules/python-values.ts


/**
 * How GX's pandas metrics compare two cells of one row, on the values mlship
 * reads. A missing value equals nothing and orders before nothing (pandas
 * compares NaN and None as false). Numbers and booleans compare by value, as in
 * Python (True == 1); a number and a text compare as text, since a column mixing
 * the two is read as text: `1` in a JSON Lines column that also holds "abc" is read
 * as "1" and still equals the 1 of a numeric column.
 */
function sameValue(a, b) {
    if ((0,table/* isMissing */.b2)(a) || (0,table/* isMissing */.b2)(b))
        return false;
    if (typeof a === 'string' || typeof b === 'string')
        return (0,rules_values/* cellKey */.sl)(a) === (0,rules_values/* cellKey */.sl)(b);
    return Number(a) === Number(b);
}
/** a > b (or >=), for two non-missing cells of one comparable kind; a missing value is never greater. */
function greater(a, b, orEqual) {
    if ((0,table/* isMissing */.b2)(a) || (0,table/* isMissing */.b2)(b))
        return false;
    const c = typeof a === 'string' && typeof b === 'string' ? compareCodePoints(a, b) : Number(a) - Number(b);
    return orEqual ? c >= 0 : c > 0;
}
/**
 * Python orders text by code point; JavaScript's `<` by UTF-16 unit, which puts
 * characters beyond U+FFFF (surrogate pairs) before U+E000\u2013U+FFFF. Shifting the
 * units restores code point order without decoding the strings.
 */
function compareCodePoints(a, b) {
    const n = Math.min(a.length, b.length);
    for (let i = 0; i < n; i++) {
        const x = a.charCodeAt(i);
        const y = b.charCodeAt(i);
        if (x !== y)
            return codePointRank(x) - codePointRank(y);
    }
    return a.length - b.length;
}
const codePointRank = (u) => (u >= 0xd800 && u <= 0xdfff ? u + 0x2000 : u >= 0xe000 ? u - 0x800 : u);
/** A cell as GX lists it in unexpected_list: a missing value is null (pandas' NaN serialises as null). */
const listed = (v) => (v === undefined || (0,table/* isMissing */.b2)(v) ? null : v);

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/stats.ts




/** Bool counts as numeric for mean/std (share of true, as pandas) but not for quantiles, which pandas refuses too. */
function numericColumn(ctx, name, what, allowBool = true) {
    const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, name);
    if (!(0,table/* isNumericKind */.kw)(f.kind) && !(allowBool && f.kind === 'bool')) {
        throw new src/* UserError */.yo(`column: "${name}" is ${f.kind}, ${what} needs a numeric column`, { where: ctx.where });
    }
}
function statBetween(stat, label) {
    return (spec, ctx) => {
        numericColumn(ctx, spec.column, `${stat}_between`);
        const range = (0,checks_rule/* rangeText */.lq)(spec.min, spec.max, spec.strict_min, spec.strict_max);
        return {
            title: `${label}: ${spec.column}`,
            evaluate: (results) => {
                const v = (0,checks_rule/* columnProfile */.s5)(results, spec.column)[stat];
                if (v === undefined || !Number.isFinite(v)) {
                    return { status: 'fail', observed: 'undefined', expected: range, detail: `${spec.column} has too few non-null values for a ${stat}` };
                }
                return { result: { observed_value: v }, status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(v, spec.min, spec.max, spec.strict_min, spec.strict_max)), observed: v, expected: range, detail: `${stat}(${spec.column}) = ${(0,src/* formatNumber */.ZV)(v)}` };
            },
        };
    };
}
const meanBetween = statBetween('mean', 'Mean');
const stdBetween = statBetween('std', 'Std dev');
const quantileBetween = (spec, ctx) => {
    // The profiler keeps no quantile sketch for bool columns: without this the check
    // would compile and then always fail with "has no non-null values".
    numericColumn(ctx, spec.column, 'quantile_between', false);
    const range = (0,checks_rule/* rangeText */.lq)(spec.min, spec.max, spec.strict_min, spec.strict_max);
    return {
        title: `Quantile ${spec.quantile}: ${spec.column}`,
        evaluate: (results) => {
            const dist = results.profiler.numeric(spec.column);
            if (!dist || dist.count === 0)
                return { status: 'fail', observed: 'no values', expected: range, detail: `${spec.column} has no non-null values` };
            const v = dist.quantile(spec.quantile);
            return {
                result: { observed_value: v },
                status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(v, spec.min, spec.max, spec.strict_min, spec.strict_max)),
                observed: v,
                expected: range,
                detail: `q${spec.quantile}(${spec.column}) = ${(0,src/* formatNumber */.ZV)(v)}${dist.exact ? '' : ' (sketch estimate)'}`,
            };
        },
    };
};
const classBalance = (spec, ctx) => {
    (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    return {
        title: `Target distribution: ${spec.column}`,
        evaluate: (results) => {
            const cat = results.profiler.categorical(spec.column);
            if (!cat || !cat.exact) {
                return { status: 'fail', observed: 'too many classes', expected: `every class >= ${spec.min_percent}%`, detail: `${spec.column} has too many distinct values to be a class label` };
            }
            // Compare shares as the seed does (value_counts(normalize=True) < min_class_percent / 100):
            // (n / count) * 100 < min_percent can round the other way, e.g. 29/100*100 = 28.999999999999996.
            const rare = [...cat.counts()]
                .filter(([, n]) => n / cat.count < spec.min_percent / 100)
                .map(([v, n]) => [v, (n / cat.count) * 100])
                // Equal shares by value, so the list reads the same whichever engine counted the classes, in whatever order.
                .sort((a, b) => a[1] - b[1] || compareCodePoints(a[0], b[0]));
            const smallest = Math.min(...[...cat.counts().values()].map((n) => (n / cat.count) * 100));
            return {
                status: (0,checks_rule/* pass */.IX)(rare.length === 0),
                observed: cat.count ? `smallest class ${(0,src/* formatNumber */.ZV)(smallest)}%` : 'no values',
                expected: `every class >= ${spec.min_percent}%`,
                detail: rare.length ? `Rare classes (<${spec.min_percent}%): ${rare.map(([v, p]) => `${v} ${p.toFixed(2)}%`).join(', ')}` : `${cat.counts().size} classes, OK`,
            };
        },
    };
};
/** GX expect_column_min/max_to_be_between: the column's extreme, exact from the profile; date bounds on a date or timestamp column. */
function extremeBetween(which) {
    return (spec, ctx) => {
        const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
        const temporal = (0,table/* isTemporalKind */.PB)(f.kind);
        if (!temporal)
            numericColumn(ctx, spec.column, `${which}_between`, false);
        const min = (0,checks_rule/* temporalBound */.x2)(ctx, spec, 'min', f.kind);
        const max = (0,checks_rule/* temporalBound */.x2)(ctx, spec, 'max', f.kind);
        (0,checks_rule/* requireBound */.E9)(ctx, min, max);
        const dated = temporal && (typeof spec.min === 'string' || typeof spec.max === 'string');
        const range = dated ? (0,checks_rule/* timeRangeText */.MS)(min, max, spec.strict_min, spec.strict_max) : (0,checks_rule/* rangeText */.lq)(min, max, spec.strict_min, spec.strict_max);
        return {
            title: `${which === 'min' ? 'Minimum' : 'Maximum'}: ${spec.column}`,
            evaluate: (results) => {
                const v = (0,checks_rule/* columnProfile */.s5)(results, spec.column)[which];
                if (typeof v !== 'number')
                    return { result: { observed_value: null }, status: 'fail', observed: 'no values', expected: range, detail: `${spec.column} has no non-null values` };
                const shown = temporal ? new Date(v).toISOString() : v;
                return { result: { observed_value: shown }, status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(v, min, max, spec.strict_min, spec.strict_max)), observed: shown, expected: range, detail: `${which}(${spec.column}) = ${temporal ? shown : (0,src/* formatNumber */.ZV)(v)}` };
            },
        };
    };
}
const minBetween = extremeBetween('min');
const maxBetween = extremeBetween('max');

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/table.ts




const rowCount = (spec) => {
    return {
        title: 'Row count',
        evaluate: ({ profile }) => ({
            result: { observed_value: profile.rows },
            status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(profile.rows, spec.min, spec.max)),
            observed: profile.rows,
            expected: (0,checks_rule/* rangeText */.lq)(spec.min, spec.max),
            detail: `${profile.rows} rows`,
        }),
    };
};
const columnCount = (spec, ctx) => ({
    title: 'Column count',
    evaluate: () => {
        const n = ctx.schema.fields.length;
        return { result: { observed_value: n }, status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(n, spec.min, spec.max)), observed: n, expected: (0,checks_rule/* rangeText */.lq)(spec.min, spec.max), detail: `${n} columns` };
    },
});
const columns = (spec, ctx) => ({
    title: spec.mode === 'subset' ? 'Required columns' : spec.mode === 'ordered' ? 'Columns match ordered list' : 'Columns match set',
    evaluate: () => {
        const actual = ctx.schema.fields.map((f) => f.name);
        if (spec.mode === 'ordered') {
            const at = Math.max(actual.length, spec.columns.length);
            const first = Array.from({ length: at }, (_, i) => i).find((i) => actual[i] !== spec.columns[i]);
            return {
                result: { observed_value: actual },
                status: (0,checks_rule/* pass */.IX)(first === undefined),
                observed: `${actual.length} columns`,
                expected: `exactly ${spec.columns.length} listed, in order`,
                detail: first === undefined ? 'OK' : `column ${first} is ${actual[first] ?? '(none)'}, expected ${spec.columns[first] ?? '(none)'}`,
            };
        }
        const missing = spec.columns.filter((c) => !actual.includes(c));
        const extra = spec.mode === 'exact' ? actual.filter((c) => !spec.columns.includes(c)) : [];
        const problems = [missing.length ? `Missing columns: ${missing.join(', ')}` : '', extra.length ? `Unexpected columns: ${extra.join(', ')}` : ''].filter(Boolean);
        return {
            result: { observed_value: actual },
            status: (0,checks_rule/* pass */.IX)(problems.length === 0),
            observed: `${actual.length} columns`,
            expected: spec.mode === 'exact' ? `exactly ${spec.columns.length} listed` : `${spec.columns.length} present`,
            detail: problems.join('; ') || 'OK',
        };
    },
});
const duplicates = (spec) => ({
    title: 'Duplicate rows',
    evaluate: ({ profile }) => {
        const pct = (0,checks_rule/* percent */.KN)(profile.duplicateRows, profile.rows);
        return {
            status: (0,checks_rule/* pass */.IX)(pct <= spec.max_percent),
            observed: `${(0,src/* formatNumber */.ZV)(pct)}%`,
            expected: `<= ${spec.max_percent}%`,
            detail: `${profile.duplicateRows} duplicates (${pct.toFixed(2)}%)`,
        };
    },
});
const nullPercent = (spec, ctx) => {
    for (const c of spec.columns ?? [])
        (0,checks_rule/* field */.ZZ)(ctx, c, 'columns');
    return {
        title: spec.scope === 'table' ? 'Null cells' : 'Missing values',
        evaluate: ({ profile }) => {
            const cols = profile.columns.filter((c) => !spec.columns || spec.columns.includes(c.name));
            if (spec.scope === 'table') {
                const nulls = cols.reduce((s, c) => s + c.nulls, 0);
                const pct = (0,checks_rule/* percent */.KN)(nulls, profile.rows * cols.length);
                return { status: (0,checks_rule/* pass */.IX)(pct <= spec.max), observed: `${(0,src/* formatNumber */.ZV)(pct)}%`, expected: `<= ${spec.max}%`, detail: `${nulls} null cells of ${profile.rows * cols.length}` };
            }
            const high = cols.filter((c) => c.nullPercent > spec.max).sort((a, b) => b.nullPercent - a.nullPercent);
            const worst = [...cols].sort((a, b) => b.nullPercent - a.nullPercent)[0];
            return {
                status: (0,checks_rule/* pass */.IX)(high.length === 0),
                observed: worst ? `${(0,src/* formatNumber */.ZV)(worst.nullPercent)}% (${worst.name})` : '0%',
                expected: `<= ${spec.max}% per column`,
                detail: high.length ? `High null columns: ${high.map((c) => `${c.name} ${c.nullPercent.toFixed(2)}%`).join(', ')}` : 'OK',
            };
        },
    };
};
const DAY = 86_400_000;
const freshness = (spec, ctx) => {
    if (spec.column) {
        const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
        if (!(0,table/* isTemporalKind */.PB)(f.kind)) {
            throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, freshness needs a timestamp or date column`, {
                where: ctx.where,
                hint: 'Name a timestamp column, or omit `column` to use the files\' modification time (declare CSV types under read.csv.types).',
            });
        }
    }
    return {
        title: 'Data freshness',
        evaluate: (results) => {
            const newest = spec.column
                ? results.profile.columns.find((c) => c.name === spec.column)?.max
                : Math.max(...results.files.map((f) => f.mtimeMs));
            if (newest === undefined || !Number.isFinite(newest)) {
                return { status: 'fail', observed: 'no timestamps', expected: `<= ${spec.max_age_days} days old`, detail: `${spec.column} has no non-null values` };
            }
            const age = (results.now - newest) / DAY;
            const source = spec.column ? `max(${spec.column})` : 'newest file modification time';
            return {
                status: (0,checks_rule/* pass */.IX)(age <= spec.max_age_days),
                observed: `${age.toFixed(2)} days`,
                expected: `<= ${spec.max_age_days} days`,
                detail: `${source} = ${new Date(newest).toISOString()}`,
            };
        },
    };
};
/** GX expect_column_to_exist: a missing column fails the check rather than the config, since its absence is what is being tested. */
const columnExists = (spec, ctx) => ({
    title: `Column exists: ${spec.column}`,
    evaluate: () => {
        const names = ctx.schema.fields.map((f) => f.name);
        const at = names.indexOf(spec.column);
        const ok = at >= 0 && (spec.index === undefined || at === spec.index);
        return {
            result: { observed_value: at < 0 ? null : at },
            status: (0,checks_rule/* pass */.IX)(ok),
            observed: at < 0 ? 'absent' : `at index ${at}`,
            expected: spec.index === undefined ? 'present' : `at index ${spec.index}`,
            detail: at < 0 ? `${spec.column} is not among the ${names.length} columns` : ok ? 'OK' : `${spec.column} is column ${at}, not ${spec.index}`,
        };
    },
});

// EXTERNAL MODULE: ./packages/data/src/profile/hash.ts
var hash = __webpack_require__(7774);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/ignore-rows.ts
var ignore_rows = __webpack_require__(7046);
;// CONCATENATED MODULE: ./packages/data/src/checks/rules/unique.ts




/**
 * GX expect_column_values_to_be_unique / expect_compound_columns_to_be_unique.
 * As in GX, every row of a repeated key is unexpected (pandas' duplicated(keep=False)),
 * not only the repeats after the first; `mostly` is judged over the rows kept
 * after `ignore_row_if`. A second set remembers which keys already repeated, so
 * that count needs no per-key counter.
 */
const unique = (spec, ctx) => {
    const indices = spec.columns.map((c) => (0,checks_rule/* field */.ZZ)(ctx, c, 'columns').index);
    const seen = new hash/* HashSet53 */.HI(1 << 16);
    const repeated = new hash/* HashSet53 */.HI(1 << 10);
    const hasher = new hash/* RowHasher */.ae();
    // One column: a null is never a key (GX's column map skips nulls whatever ignore_row_if says).
    const ignore = spec.columns.length === 1 ? 'any_value_is_missing' : spec.ignore_row_if;
    let repeats = 0;
    let groups = 0;
    let keys = 0;
    let rows = 0;
    // GX lists every row of a repeated key. One pass learns that a key repeats at its second
    // row, so the first row's value is listed then, next to the second: the same values as
    // GX's list, in the order the repeats were found.
    const partial = [];
    const valueAt = (cols, r) => (cols.length === 1 ? cols[0][r] : Object.fromEntries(spec.columns.map((name, j) => [name, cols[j][r] ?? null])));
    return {
        title: `Unique: ${spec.columns.join(' + ')}`,
        observe(batch) {
            const cols = indices.map((i) => batch.columns[i]);
            rows += batch.numRows;
            for (let r = 0; r < batch.numRows; r++) {
                if ((0,ignore_rows/* ignoredRow */.fY)(ignore, cols, r))
                    continue;
                hasher.reset();
                for (const c of cols)
                    hasher.push((0,hash/* hashValue */.gg)(c[r]));
                keys++;
                if (!seen.add(hasher.value)) {
                    repeats++;
                    const first = repeated.add(hasher.value);
                    if (first)
                        groups++;
                    for (let n = first ? 2 : 1; n > 0 && partial.length < checks_rule/* PARTIAL_UNEXPECTED */.In; n--)
                        partial.push(valueAt(cols, r));
                }
            }
        },
        evaluate: () => {
            const unexpected = repeats + groups;
            const ok = keys === 0 || (keys - unexpected) / keys >= spec.mostly;
            return {
                result: { element_count: rows, missing_count: rows - keys, unexpected_count: unexpected, unexpected_percent: (0,checks_rule/* percent */.KN)(unexpected, keys), partial_unexpected_list: partial },
                status: (0,checks_rule/* pass */.IX)(ok),
                observed: `${repeats} repeated`,
                expected: spec.mostly < 1 ? `>= ${(0,src/* formatNumber */.ZV)(spec.mostly * 100)}% of rows with a unique key` : 'no repeats',
                detail: repeats
                    ? `${unexpected} of ${keys} rows share their key with another row (${(0,src/* formatNumber */.ZV)((0,checks_rule/* percent */.KN)(unexpected, keys))}%; ${repeats} repeat an earlier row)`
                    : `${keys} keys, all unique`,
            };
        },
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/float-values.ts
/**
 * numpy's float64 sum, and a column's values kept for it. GX computes sums,
 * means and entropies with numpy, whose `add.reduce` starts from the first
 * element and adds the pairwise sum of the rest (blocks of 8 accumulators up
 * to 128 values, halves rounded to 8 above that); summing in that order gives
 * GX's float result, not a value a few ulps away from it.
 */
const BLOCK = 128;
/** numpy's ufunc buffer: a reduction adds the pairwise sums of 8192-value chunks one after another. */
const BUFFER = 8192;
function pairwise(a, start, n) {
    if (n < 8) {
        let res = 0;
        for (let i = 0; i < n; i++)
            res += a[start + i];
        return res;
    }
    if (n <= BLOCK) {
        const r = [0, 1, 2, 3, 4, 5, 6, 7].map((j) => a[start + j]);
        let i = 8;
        for (; i < n - (n % 8); i += 8)
            for (let j = 0; j < 8; j++)
                r[j] += a[start + i + j];
        let res = r[0] + r[1] + (r[2] + r[3]) + (r[4] + r[5] + (r[6] + r[7]));
        for (; i < n; i++)
            res += a[start + i];
        return res;
    }
    let n2 = Math.floor(n / 2);
    n2 -= n2 % 8;
    return pairwise(a, start, n2) + pairwise(a, start + n2, n - n2);
}
/** `np.sum(a[:n])` for a float64 array. */
function npSum(a, n = a.length) {
    let res = 0;
    for (let start = 0; start < n; start += BUFFER)
        res += pairwise(a, start, Math.min(BUFFER, n - start));
    return res;
}
/** A growing float64 column: 8 bytes a value, doubling, for checks that need every value after the pass. */
class FloatValues {
    data = new Float64Array(1024);
    length = 0;
    push(v) {
        if (this.length === this.data.length) {
            const next = new Float64Array(this.data.length * 2);
            next.set(this.data);
            this.data = next;
        }
        this.data[this.length++] = v;
    }
    get values() {
        return this.data.subarray(0, this.length);
    }
}
/** pandas' mean and sample std (ddof=1, two-pass as its nanops do without bottleneck). */
function meanStd(a) {
    const n = a.length;
    const mean = n === 0 ? NaN : npSum(a) / n;
    const sq = new Float64Array(n);
    for (let i = 0; i < n; i++)
        sq[i] = (mean - a[i]) ** 2;
    const std = n < 2 ? NaN : Math.sqrt(npSum(sq) / (n - 1));
    return { mean, std };
}

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/aggregates.ts





/**
 * Column aggregates GX computes exactly: the sum (in numpy's order), distinct
 * counts and the mode. The profile's distinct count turns approximate past
 * 100,000 values and its moments are not numpy's sum, so these checks keep
 * their own exact state for the one column they name.
 */
/** Every non-null value with its count, for exact distinct counts and modes. */
function valueCounts(ctx, column) {
    const { index } = (0,checks_rule/* field */.ZZ)(ctx, column);
    const counts = new Map();
    const state = { nonNull: 0, counts };
    return {
        state,
        observe(batch) {
            const col = batch.columns[index];
            for (let i = 0; i < batch.numRows; i++) {
                const v = col[i];
                if ((0,table/* isMissing */.b2)(v))
                    continue;
                state.nonNull++;
                counts.set(v, (counts.get(v) ?? 0) + 1);
            }
        },
    };
}
/** pandas' sort order for a mode list: numbers by value, text by code point. */
function compareCells(a, b) {
    if (typeof a === 'number' && typeof b === 'number')
        return a - b;
    return codePointCompare((0,rules_values/* cellKey */.sl)(a), (0,rules_values/* cellKey */.sl)(b));
}
function codePointCompare(x, y) {
    const a = [...x];
    const b = [...y];
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
        const d = a[i].codePointAt(0) - b[i].codePointAt(0);
        if (d !== 0)
            return d;
    }
    return a.length - b.length;
}
const sumBetween = (spec, ctx) => {
    const { field: f, index } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    if (!(0,table/* isNumericKind */.kw)(f.kind) && f.kind !== 'bool')
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, sum_between needs a numeric column`, { where: ctx.where });
    (0,checks_rule/* requireBound */.E9)(ctx, spec.min, spec.max);
    const range = (0,checks_rule/* rangeText */.lq)(spec.min, spec.max, spec.strict_min, spec.strict_max);
    // numpy's pairwise order depends on the count, known only at the end, so the values are kept.
    const values = new FloatValues();
    return {
        title: `Sum: ${spec.column}`,
        observe(batch) {
            const col = batch.columns[index];
            for (let i = 0; i < batch.numRows; i++) {
                const v = col[i];
                if ((0,table/* isMissing */.b2)(v))
                    continue;
                values.push(typeof v === 'boolean' ? Number(v) : v);
            }
        },
        evaluate: () => {
            const sum = npSum(values.values);
            return { result: { observed_value: sum }, status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(sum, spec.min, spec.max, spec.strict_min, spec.strict_max)), observed: sum, expected: range, detail: `sum(${spec.column}) = ${(0,src/* formatNumber */.ZV)(sum)} over ${values.length} values` };
        },
    };
};
function distinctBetween(proportion) {
    return (spec, ctx) => {
        (0,checks_rule/* requireBound */.E9)(ctx, spec.min, spec.max);
        const c = valueCounts(ctx, spec.column);
        const range = (0,checks_rule/* rangeText */.lq)(spec.min, spec.max, spec.strict_min, spec.strict_max);
        return {
            title: `${proportion ? 'Distinct share' : 'Distinct values'}: ${spec.column}`,
            observe: c.observe,
            evaluate: () => {
                const distinct = c.state.counts.size;
                const v = proportion ? (c.state.nonNull === 0 ? 0 : distinct / c.state.nonNull) : distinct;
                return {
                    result: { observed_value: v },
                    status: (0,checks_rule/* pass */.IX)((0,checks_rule/* within */.ux)(v, spec.min, spec.max, spec.strict_min, spec.strict_max)),
                    observed: v,
                    expected: range,
                    detail: `${distinct} distinct of ${c.state.nonNull} non-null values`,
                };
            },
        };
    };
}
const distinctCountBetween = distinctBetween(false);
const distinctProportionBetween = distinctBetween(true);
/** GX's mode: every value tied for the highest count, sorted; a tie passes only with ties_okay. */
const mostCommonInSet = (spec, ctx) => {
    const c = valueCounts(ctx, spec.column);
    const wanted = new Set(spec.values.map(rules_values/* cellKey */.sl));
    const expected = `{${spec.values.join(', ')}}${spec.ties_okay ? ', ties okay' : ''}`;
    return {
        title: `Most common value: ${spec.column}`,
        observe: c.observe,
        evaluate: () => {
            let top = 0;
            for (const n of c.state.counts.values())
                top = Math.max(top, n);
            const mode = [...c.state.counts].filter(([, n]) => n === top).map(([v]) => v).sort(compareCells);
            const hits = new Set(mode.map(rules_values/* cellKey */.sl).filter((k) => wanted.has(k))).size;
            const ok = spec.ties_okay ? hits > 0 : mode.length === 1 && hits === 1;
            const shown = mode.slice(0, 10).map((v) => JSON.stringify(v)).join(', ') + (mode.length > 10 ? ', \u2026' : '');
            return {
                result: { observed_value: mode },
                status: (0,checks_rule/* pass */.IX)(ok),
                observed: mode.length === 0 ? 'no values' : shown,
                expected,
                detail: mode.length === 0 ? `${spec.column} has no non-null values` : `${mode.length > 1 ? `${mode.length} values tie` : 'most common'} with ${top} of ${c.state.nonNull} rows`,
            };
        },
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/kl-divergence.ts






const edge = (b) => (b === '-inf' ? -Infinity : b === 'inf' ? Infinity : b);
/** np.allclose(x, 1). */
const closeToOne = (x) => Math.abs(x - 1) <= 1e-8 + 1e-5;
/** scipy.stats.entropy(pk, qk) in natural log. */
function entropy(pk, qk) {
    const sp = npSum(pk);
    const sq = npSum(qk);
    const terms = pk.map((p0, i) => {
        const p = p0 / sp;
        const q = qk[i] / sq;
        if (Number.isNaN(p) || Number.isNaN(q))
            return NaN;
        if (p > 0 && q > 0)
            return p * Math.log(p / q);
        if (p === 0 && q >= 0)
            return 0;
        return Infinity;
    });
    return npSum(terms);
}
/** The refusals GX raises for a partition object and holdouts, as one line each. */
function partitionProblem(p, tail, internal) {
    if ('values' in p) {
        if (p.values.length !== p.weights.length)
            return `partition has ${p.values.length} values and ${p.weights.length} weights; give one weight per value`;
        if (!closeToOne(npSum(p.weights)))
            return `partition weights sum to ${(0,src/* formatNumber */.ZV)(npSum(p.weights))}, not 1`;
        const keys = p.values.map(rules_values/* cellKey */.sl);
        const dup = keys.find((k, i) => keys.indexOf(k) !== i);
        if (dup !== undefined)
            return `partition lists the value ${JSON.stringify(dup)} twice`;
        if (internal > 0)
            return 'internal_weight_holdout cannot be used with values (discrete data); it spreads weight over empty bins';
        return undefined;
    }
    const bins = p.bins.map(edge);
    if (bins.length !== p.weights.length + 1)
        return `partition has ${bins.length} bin edges and ${p.weights.length} weights; give one more edge than weights`;
    if (!bins.every((b, i) => i === 0 || b > bins[i - 1]))
        return 'partition bins must be strictly increasing';
    const total = npSum([...(p.tail_weights ?? []), ...p.weights]);
    if (!closeToOne(total))
        return `partition weights${p.tail_weights ? ' and tail_weights' : ''} sum to ${(0,src/* formatNumber */.ZV)(total)}, not 1`;
    if (p.tail_weights && tail !== 0)
        return 'tail_weight_holdout must be 0 when the partition has tail_weights';
    const open = bins[0] === -Infinity || bins[bins.length - 1] === Infinity;
    if (open && p.tail_weights)
        return 'tail_weights cannot be given when a bin edge is -inf or inf';
    if (bins[0] === -Infinity && bins[bins.length - 1] === Infinity && tail > 0)
        return 'tail_weight_holdout cannot be used when the bins already run from -inf to inf';
    return undefined;
}
/** KL divergence of observed category counts from the partition's values and weights. */
function categoricalKl(p, counts, nonNull, tail) {
    const expectedKeys = p.values.map(rules_values/* cellKey */.sl);
    const known = new Set(expectedKeys);
    const pk = expectedKeys.map((k) => (counts.get(k) ?? 0) / nonNull);
    const unexpected = [...counts].filter(([k]) => !known.has(k));
    pk.push(...unexpected.map(([, n]) => n / nonNull));
    const qk = unexpected.length ? [...p.weights.map((w) => w * (1 - tail)), ...unexpected.map(() => tail / unexpected.length)] : [...p.weights];
    return entropy(pk, qk);
}
/** Counts per bin as np.histogram makes them (the last bin holds its right edge), plus those below and above. */
class BinCounts {
    edges;
    hist;
    below = 0;
    above = 0;
    nonNull = 0;
    constructor(bins) {
        this.edges = bins.map(edge);
        this.hist = new Array(this.edges.length - 1).fill(0);
    }
    add(v) {
        this.nonNull++;
        const e = this.edges;
        const last = e.length - 1;
        if (v < e[0])
            this.below++;
        else if (v > e[last])
            this.above++;
        else if (v === e[last])
            this.hist[last - 1]++;
        else {
            // The last edge <= v, by binary search.
            let lo = 0;
            let hi = last;
            while (hi - lo > 1) {
                const mid = (lo + hi) >> 1;
                if (e[mid] <= v)
                    lo = mid;
                else
                    hi = mid;
            }
            this.hist[lo]++;
        }
    }
}
/** KL divergence of binned counts from the partition's bins, weights and tail weights. */
function continuousKl(p, c, tail, internal) {
    const n = c.nonNull;
    const observed = c.hist.map((h) => h / n);
    const expected = p.weights.map((w) => w * (1 - tail - internal));
    const zeros = expected.filter((w) => w === 0).length;
    if (internal > 0 && zeros > 0)
        for (let i = 0; i < expected.length; i++)
            if (expected[i] === 0)
                expected[i] = internal / zeros;
    const lowOpen = c.edges[0] === -Infinity;
    const highOpen = c.edges[c.edges.length - 1] === Infinity;
    if (lowOpen && highOpen)
        return entropy(observed, expected);
    if (lowOpen)
        return entropy([...observed, c.above / n], [...expected, tail]);
    if (highOpen)
        return entropy([c.below / n, ...observed], [tail, ...expected]);
    const tails = p.tail_weights ?? [tail / 2, tail / 2];
    return entropy([c.below / n, ...observed, c.above / n], [tails[0], ...expected, tails[1]]);
}
function refuse(ctx, spec) {
    const problem = partitionProblem(spec.partition, spec.tail_weight_holdout, spec.internal_weight_holdout);
    if (problem)
        throw new src/* UserError */.yo(problem, { where: ctx.where, hint: "The partition is GX's partition_object: {values, weights} or {bins, weights[, tail_weights]}, weights summing to 1." });
}
const klDivergence = (spec, ctx) => {
    refuse(ctx, spec);
    const { field: f, index } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    const p = spec.partition;
    const judge = (kl, detail) => {
        const finite = Number.isFinite(kl);
        return {
            result: { observed_value: finite ? kl : null },
            status: (0,checks_rule/* pass */.IX)(kl <= spec.threshold),
            observed: finite ? kl : Number.isNaN(kl) ? 'undefined' : 'infinite',
            expected: `<= ${(0,src/* formatNumber */.ZV)(spec.threshold)}`,
            detail: finite ? detail : `${detail}; the column has values where the partition expects none`,
        };
    };
    if ('values' in p) {
        const c = valueCounts(ctx, spec.column);
        return {
            title: `KL divergence: ${spec.column}`,
            observe: c.observe,
            evaluate: () => {
                const counts = new Map();
                for (const [v, n] of c.state.counts)
                    counts.set((0,rules_values/* cellKey */.sl)(v), (counts.get((0,rules_values/* cellKey */.sl)(v)) ?? 0) + n);
                const kl = categoricalKl(p, counts, c.state.nonNull, spec.tail_weight_holdout);
                return judge(kl, `${counts.size} distinct values against ${p.values.length} expected`);
            },
        };
    }
    if (!(0,table/* isNumericKind */.kw)(f.kind))
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, a partition with bins needs a numeric column`, { where: ctx.where, hint: 'Give values and weights for a categorical column.' });
    const bins = new BinCounts(p.bins);
    return {
        title: `KL divergence: ${spec.column}`,
        observe(batch) {
            const col = batch.columns[index];
            for (let i = 0; i < batch.numRows; i++) {
                const v = col[i];
                if (!(0,table/* isMissing */.b2)(v))
                    bins.add(v);
            }
        },
        evaluate: () => judge(continuousKl(p, bins, spec.tail_weight_holdout, spec.internal_weight_holdout), `${bins.nonNull} values in ${bins.hist.length} bins, ${bins.below} below and ${bins.above} above`),
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/order.ts




/**
 * GX expect_column_values_to_be_increasing / _decreasing: pandas' `diff()` over
 * the non-null values, so each value is compared with the previous non-null
 * one in reading order. The first value has no difference and passes, as does
 * a difference that is not a number (inf - inf), which GX fills with a passing one.
 */
const monotonic = (spec, ctx) => {
    const { field: f } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    if (!(0,table/* isNumericKind */.kw)(f.kind) && !(0,table/* isTemporalKind */.PB)(f.kind)) {
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, monotonic needs a numeric, date or timestamp column`, {
            where: ctx.where,
            hint: 'Declare the column as timestamp or date under read.csv.types if it holds dates as text.',
        });
    }
    const up = spec.direction === 'increasing';
    const ok = (d) => (up ? (spec.strictly ? d > 0 : d >= 0) : spec.strictly ? d < 0 : d <= 0);
    let previous;
    const c = (0,rules_values/* rowCounter */.t2)(ctx, spec.column, (v) => {
        const x = v;
        const d = previous === undefined ? NaN : x - previous;
        previous = x;
        return Number.isNaN(d) || ok(d);
    });
    const expected = `${spec.strictly ? 'strictly ' : ''}${spec.direction}${spec.mostly < 1 ? ` for at least ${(0,src/* formatNumber */.ZV)(spec.mostly * 100)}% of non-null rows` : ''}`;
    return {
        title: `${up ? 'Increasing' : 'Decreasing'}: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => ({
            result: (0,rules_values/* rowResult */.WH)(results, c.state),
            status: (0,checks_rule/* pass */.IX)((0,rules_values/* mostlyVerdict */.ab)(c.state.seen, c.state.bad, spec.mostly).ok),
            observed: `${c.state.bad} out of order`,
            expected,
            detail: c.state.bad ? `${c.state.bad} of ${c.state.seen} values break the order, e.g. ${c.state.partial.slice(0, 5).map((v) => JSON.stringify(v)).join(', ')}` : 'OK',
        }),
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/z-scores.ts





/**
 * GX expect_column_value_z_scores_to_be_less_than: z = (x - mean) / std with
 * pandas' mean and sample std (ddof=1) of the non-null values. Both are known
 * only after the pass, so the column's values are kept (8 bytes each) and
 * judged at the end, in reading order. A std of 0 or of one value makes every
 * z infinite or not a number, which fails, as in GX.
 */
const zScoresBelow = (spec, ctx) => {
    const { field: f, index } = (0,checks_rule/* field */.ZZ)(ctx, spec.column);
    if (!(0,table/* isNumericKind */.kw)(f.kind))
        throw new src/* UserError */.yo(`column: "${spec.column}" is ${f.kind}, z_scores_below needs a numeric column`, { where: ctx.where });
    const values = new FloatValues();
    const under = spec.double_sided ? (z) => Math.abs(z) < Math.abs(spec.threshold) : (z) => z < spec.threshold;
    const expected = `${spec.double_sided ? `|z| < ${Math.abs(spec.threshold)}` : `z < ${spec.threshold}`}${spec.mostly < 1 ? ` for at least ${(0,src/* formatNumber */.ZV)(spec.mostly * 100)}% of non-null rows` : ''}`;
    return {
        title: `z-scores: ${spec.column}`,
        observe(batch) {
            const col = batch.columns[index];
            for (let i = 0; i < batch.numRows; i++) {
                const v = col[i];
                if (!(0,table/* isMissing */.b2)(v))
                    values.push(v);
            }
        },
        evaluate: (results) => {
            const a = values.values;
            const { mean, std } = meanStd(a);
            let bad = 0;
            const partial = [];
            for (let i = 0; i < a.length; i++) {
                if (under((a[i] - mean) / std))
                    continue;
                bad++;
                if (partial.length < checks_rule/* PARTIAL_UNEXPECTED */.In)
                    partial.push(a[i]);
            }
            const rows = results.profile.rows;
            return {
                result: { element_count: rows, missing_count: rows - a.length, unexpected_count: bad, unexpected_percent: (0,checks_rule/* percent */.KN)(bad, a.length), partial_unexpected_list: partial },
                status: (0,checks_rule/* pass */.IX)((0,rules_values/* mostlyVerdict */.ab)(a.length, bad, spec.mostly).ok),
                observed: `${bad} outside`,
                expected,
                detail: `mean ${(0,src/* formatNumber */.ZV)(mean)}, std ${(0,src/* formatNumber */.ZV)(std)}; ${bad} of ${a.length} values${bad ? `, e.g. ${partial.slice(0, 5).map((v) => (0,src/* formatNumber */.ZV)(v)).join(', ')}` : ''}`,
            };
        },
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/rules/multicolumn.ts






const kindClass = (k) => ((0,table/* isNumericKind */.kw)(k) || k === 'bool' ? 'number' : k === 'string' ? 'text' : (0,table/* isTemporalKind */.PB)(k) ? 'time' : 'other');
/**
 * Refuses, before any row is read, columns whose values GX's pandas engine could
 * not compare the way the check asks: Python raises for `>` between a number and
 * a text, a sum needs numbers, and a date is a date only next to another date.
 */
function assertComparable(ctx, type, cols, kinds, how) {
    const classes = kinds.map(kindClass);
    const at = (i) => `${cols.keys[i]}: "${cols.names[i]}" is ${kinds[i]}`;
    const bad = classes.findIndex((c) => c === 'other' || (how === 'sum' && c !== 'number') || (how === 'set' && c === 'time'));
    if (bad >= 0) {
        const need = how === 'sum' ? 'numbers' : how === 'set' ? 'numbers, text and booleans (not dates, whose values are instants)' : 'numbers, text, booleans and dates';
        throw new src/* UserError */.yo(`${at(bad)}; ${type} compares ${need}`, { where: ctx.where, hint: how === 'set' ? 'Declare the column as string in read.csv.types to match its dates as text.' : how === 'sum' ? 'Declare the column as int or float in read.csv.types if it holds numbers as text.' : 'Binary and nested values are not compared.' });
    }
    const mixed = classes.findIndex((c) => (how === 'order' ? c !== classes[0] : (c === 'time') !== (classes[0] === 'time')));
    if (mixed > 0) {
        const rule = how === 'order' ? 'orders numbers with numbers, text with text and dates with dates (Python raises for the others)' : 'compares dates only with dates';
        throw new src/* UserError */.yo(`${at(mixed)} and ${at(0)}; ${type} ${rule}`, { where: ctx.where, hint: 'Declare the column types (read.csv.types), or compare columns of one kind.' });
    }
}
/** Counts rows, left-out rows and failing rows over `cols`, listing the first failures in GX's shape. */
function recordCounter(ctx, type, cols, ignore, how, test, shape) {
    const found = cols.names.map((n, i) => (0,checks_rule/* field */.ZZ)(ctx, n, cols.keys[i]));
    assertComparable(ctx, type, cols, found.map((f) => f.field.kind), how);
    const indices = found.map((f) => f.index);
    const state = { rows: 0, kept: 0, bad: 0, partial: [] };
    const cells = new Array(indices.length);
    return {
        state,
        observe(batch) {
            const columns = indices.map((i) => batch.columns[i]);
            state.rows += batch.numRows;
            for (let r = 0; r < batch.numRows; r++) {
                if ((0,ignore_rows/* ignoredRow */.fY)(ignore, columns, r))
                    continue;
                state.kept++;
                for (let j = 0; j < columns.length; j++)
                    cells[j] = columns[j][r];
                if (test(cells))
                    continue;
                state.bad++;
                if (state.partial.length < checks_rule/* PARTIAL_UNEXPECTED */.In)
                    state.partial.push(shape === 'pair' ? cells.map(listed) : Object.fromEntries(cols.names.map((n, j) => [n, listed(cells[j])])));
            }
        },
    };
}
/** The verdict every row-wise check here shares; `holds` names a passing row ("equal"), `expected` the rule. */
function recordVerdict(state, mostly, holds, expected) {
    const { ok, passPct } = (0,rules_values/* mostlyVerdict */.ab)(state.kept, state.bad, mostly);
    const result = {
        element_count: state.rows,
        missing_count: state.rows - state.kept,
        unexpected_count: state.bad,
        unexpected_percent: (0,checks_rule/* percent */.KN)(state.bad, state.kept),
        partial_unexpected_list: state.partial,
    };
    const examples = state.partial
        .slice(0, 3)
        .map((v) => JSON.stringify(v))
        .join(', ');
    return {
        result,
        status: (0,checks_rule/* pass */.IX)(ok),
        observed: `${(0,src/* formatNumber */.ZV)(passPct)}% ${holds}`,
        expected: `${expected}${mostly < 1 ? ` for at least ${(0,src/* formatNumber */.ZV)(mostly * 100)}% of the rows checked` : ''}`,
        detail: state.bad ? `${state.bad} of ${state.kept} rows checked are not ${holds}, e.g. ${examples}` : `${state.kept} rows checked, all ${holds}`,
    };
}
const pair = (spec) => ({ names: [spec.column_a, spec.column_b], keys: ['column_a', 'column_b'] });
const list = (spec) => ({ names: spec.columns, keys: spec.columns.map((_, i) => `columns[${i}]`) });
/** GX expect_column_pair_values_to_be_equal (pandas `A == B`). */
const pairEqual = (spec, ctx) => {
    const c = recordCounter(ctx, spec.type, pair(spec), ignore_rows/* pairIgnore */.nO[spec.ignore_row_if], 'equal', ([a, b]) => sameValue(a, b), 'pair');
    return {
        title: `Equal: ${spec.column_a} = ${spec.column_b}`,
        observe: c.observe,
        evaluate: () => recordVerdict(c.state, spec.mostly, 'equal', `${spec.column_a} == ${spec.column_b}`),
    };
};
/** GX expect_column_pair_values_A_to_be_greater_than_B (pandas `A > B`, or `A >= B` with or_equal). */
const pairGreater = (spec, ctx) => {
    const cols = pair(spec);
    if (spec.as_datetimes) {
        cols.names.forEach((name, i) => {
            const kind = (0,checks_rule/* field */.ZZ)(ctx, name, cols.keys[i]).field.kind;
            if (!(0,table/* isTemporalKind */.PB)(kind)) {
                throw new src/* UserError */.yo(`as_datetimes: ${cols.keys[i]} "${name}" is ${kind}, not a date or timestamp; date and timestamp text (YYYY-MM-DD[THH:MM[:SS]][Z]) is read as such, other text is not parsed as dates`, {
                    where: ctx.where,
                    hint: 'Write the dates as ISO text, or declare the column as date or timestamp in read.csv.types.',
                });
            }
        });
    }
    const c = recordCounter(ctx, spec.type, cols, ignore_rows/* pairIgnore */.nO[spec.ignore_row_if], 'order', ([a, b]) => greater(a, b, spec.or_equal), 'pair');
    const op = spec.or_equal ? '>=' : '>';
    return {
        title: `Greater: ${spec.column_a} ${op} ${spec.column_b}`,
        observe: c.observe,
        evaluate: () => recordVerdict(c.state, spec.mostly, spec.or_equal ? 'greater or equal' : 'greater', `${spec.column_a} ${op} ${spec.column_b}`),
    };
};
/** A pair as set membership sees it: a missing value is null (GX maps NaN to None), the rest compare as text, as values_in_set does. */
const pairKey = (a, b) => JSON.stringify([a === undefined || (0,table/* isMissing */.b2)(a) ? null : (0,rules_values/* cellKey */.sl)(a), b === undefined || (0,table/* isMissing */.b2)(b) ? null : (0,rules_values/* cellKey */.sl)(b)]);
/** GX expect_column_pair_values_to_be_in_set. */
const pairInSet = (spec, ctx) => {
    const allowed = new Set(spec.pairs.map(([a, b]) => pairKey(a, b)));
    const c = recordCounter(ctx, spec.type, pair(spec), ignore_rows/* pairIgnore */.nO[spec.ignore_row_if], 'set', ([a, b]) => allowed.has(pairKey(a, b)), 'pair');
    return {
        title: `Pair in set: ${spec.column_a}, ${spec.column_b}`,
        observe: c.observe,
        evaluate: () => recordVerdict(c.state, spec.mostly, 'in the set', `(${spec.column_a}, ${spec.column_b}) in ${spec.pairs.length} allowed pair${spec.pairs.length === 1 ? '' : 's'}`),
    };
};
/**
 * GX expect_multicolumn_sum_to_equal: pandas `sum(axis=1, skipna=False) == sum_total`,
 * so a row with a missing value fails unless ignore_row_if leaves it out. The sum runs
 * left to right, as numpy adds fewer than eight columns; the total must match exactly.
 */
const multicolumnSum = (spec, ctx) => {
    const c = recordCounter(ctx, spec.type, list(spec), spec.ignore_row_if, 'sum', (cells) => {
        let s = 0;
        for (const v of cells) {
            if ((0,table/* isMissing */.b2)(v))
                return false;
            s += Number(v);
        }
        return s === spec.sum;
    }, 'record');
    return {
        title: `Sum: ${spec.columns.join(' + ')} = ${(0,src/* formatNumber */.ZV)(spec.sum)}`,
        observe: c.observe,
        evaluate: () => recordVerdict(c.state, spec.mostly, `summing to ${(0,src/* formatNumber */.ZV)(spec.sum)}`, `${spec.columns.join(' + ')} == ${(0,src/* formatNumber */.ZV)(spec.sum)}`),
    };
};
/**
 * GX expect_select_column_values_to_be_unique_within_record: pandas
 * `nunique(dropna=False, axis=1) >= len(column_list)`, so two missing values in a
 * row are one value repeated.
 */
const uniqueWithinRecord = (spec, ctx) => {
    const same = (a, b) => ((0,table/* isMissing */.b2)(a) && (0,table/* isMissing */.b2)(b)) || sameValue(a, b);
    const c = recordCounter(ctx, spec.type, list(spec), spec.ignore_row_if, 'equal', (cells) => {
        for (let i = 0; i < cells.length; i++)
            for (let j = i + 1; j < cells.length; j++)
                if (same(cells[i], cells[j]))
                    return false;
        return true;
    }, 'record');
    return {
        title: `Unique within record: ${spec.columns.join(', ')}`,
        observe: c.observe,
        evaluate: () => recordVerdict(c.state, spec.mostly, 'unique within the row', `${spec.columns.join(', ')} all different in each row`),
    };
};

;// CONCATENATED MODULE: ./packages/data/src/checks/compile.ts

















const factories = {
    row_count: rowCount,
    columns: columns,
    not_null: rules_values/* notNull */.TM,
    null_percent: nullPercent,
    values_between: rules_values/* valuesBetween */.H9,
    distinct_values_in_set: rules_values/* distinctValuesInSet */.us,
    values_in_set: rules_values/* valuesInSet */.Cs,
    distinct_values_contain_set: rules_values/* distinctValuesContainSet */.zK,
    distinct_values_equal_set: rules_values/* distinctValuesEqualSet */.Z3,
    class_balance: classBalance,
    duplicates: duplicates,
    column_type: rules_values/* columnType */.DW,
    unique: unique,
    pair_equal: pairEqual,
    pair_greater: pairGreater,
    pair_in_set: pairInSet,
    multicolumn_sum: multicolumnSum,
    unique_within_record: uniqueWithinRecord,
    regex: rules_values/* regex */.yG,
    column_exists: columnExists,
    column_count: columnCount,
    is_null: isNull,
    values_not_in_set: valuesNotInSet,
    not_regex: notRegex,
    regex_list: regexList,
    not_regex_list: notRegexList,
    type_list: typeList,
    strftime_format: strftimeFormat,
    dateutil_parseable: dateutilParseable,
    json_parseable: jsonParseable,
    json_schema: jsonSchema,
    like_pattern: likePattern,
    not_like_pattern: notLikePattern,
    like_pattern_list: likePatternList,
    not_like_pattern_list: notLikePatternList,
    value_lengths: valueLengths,
    min_between: minBetween,
    max_between: maxBetween,
    mean_between: meanBetween,
    std_between: stdBetween,
    quantile_between: quantileBetween,
    sum_between: sumBetween,
    distinct_count_between: distinctCountBetween,
    distinct_proportion_between: distinctProportionBetween,
    most_common_in_set: mostCommonInSet,
    z_scores_below: zScoresBelow,
    monotonic: monotonic,
    kl_divergence: klDivergence,
    freshness: freshness,
    drift: drift/* drift */.UL,
    leakage: leakage/* leakage */.$n,
};
/** Turns specs into rules, checking every column name and type against the data before any row is read. */
function compileChecks(specs, inputs) {
    return specs.map((spec, i) => {
        const ctx = {
            schema: inputs.schema,
            where: `${inputs.source}: checks[${i}] (${spec.type})`,
            reference: inputs.reference,
            testData: inputs.testData,
        };
        const factory = factories[spec.type];
        let rule = factory(spec, ctx);
        if (!rule)
            throw new src/* UserError */.yo(`unsupported check type ${spec.type}`, { where: ctx.where });
        if ('row_condition' in spec && spec.row_condition) {
            const predicate = compileRowCondition(spec.row_condition, spec.condition_parser ?? 'pandas', inputs.schema, ctx.where);
            if (inputs.filterRows !== false)
                rule = (0,conditional/* onRowsWhere */.y)(rule, inputs.schema, predicate, spec.row_condition);
        }
        const id = (0,load/* checkId */.ij)(spec);
        return { ...rule, spec, id, title: spec.title ?? rule.title ?? id };
    });
}


/***/ }),

/***/ 8416:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DF: () => (/* binding */ parseRowCondition)
/* harmony export */ });
/* unused harmony exports OPERATORS, conditionError */
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(483);
/* harmony import */ var _read_text_values__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5875);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(194);



const OPERATORS = ['==', '!=', '<=', '>=', '<', '>'];
function tokenize(src, fail) {
    const tokens = [];
    let i = 0;
    while (i < src.length) {
        const c = src[i];
        if (/\s/.test(c)) {
            i++;
            continue;
        }
        const two = src.slice(i, i + 2);
        if (OPERATORS.includes(two)) {
            tokens.push({ kind: 'op', text: two, at: i });
            i += 2;
        }
        else if (c === '<' || c === '>') {
            tokens.push({ kind: 'op', text: c, at: i++ });
        }
        else if ('()[],.&|~'.includes(c)) {
            tokens.push({ kind: 'punct', text: c, at: i++ });
        }
        else if (c === '"' || c === "'" || c === '`') {
            let j = i + 1;
            let text = '';
            while (j < src.length && src[j] !== c) {
                if (src[j] === '\\' && j + 1 < src.length)
                    j++;
                text += src[j++];
            }
            if (j >= src.length)
                fail(`unclosed ${c} at position ${i + 1}`);
            tokens.push({ kind: c === '`' ? 'quoted' : 'string', text, at: i });
            i = j + 1;
        }
        else if (/[0-9]/.test(c) || (c === '-' && /[0-9.]/.test(src[i + 1] ?? ''))) {
            const m = /^-?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(src.slice(i));
            tokens.push({ kind: 'number', text: m[0], at: i });
            i += m[0].length;
        }
        else if (/[A-Za-z_]/.test(c)) {
            const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(src.slice(i));
            tokens.push({ kind: 'name', text: m[0], at: i });
            i += m[0].length;
        }
        else
            fail(`unexpected "${c}" at position ${i + 1}`);
    }
    return tokens;
}
/** The error every problem with a condition becomes: one line quoting it, with an example of the parser's form. */
function conditionError(source, parser, where, msg) {
    return new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`row_condition ${JSON.stringify(source)}: ${msg}`, {
        where,
        hint: parser === 'pandas' ? 'Write e.g. `age >= 18 & country.isin(["DE", "FR"])`.' : 'Write e.g. `col("age") >= 18 & col("country").notnull()`.',
    });
}
const KEYWORDS = ['True', 'False', 'true', 'false', 'and', 'or', 'not'];
const NULL_TESTS = { isnull: true, isna: true, isNull: true, notnull: false, notna: false, notNull: false };
const FLIP = { '==': '==', '!=': '!=', '<': '>', '>': '<', '<=': '>=', '>=': '<=' };
function parseRowCondition(source, parser, schema, where) {
    const fail = (msg) => {
        throw conditionError(source, parser, where, msg);
    };
    const tokens = tokenize(source, fail);
    let pos = 0;
    const peek = () => tokens[pos];
    const is = (text) => peek()?.text === text && peek()?.kind !== 'string' && peek()?.kind !== 'quoted';
    const expect = (text) => {
        if (!is(text))
            fail(`expected "${text}"${peek() ? ` at position ${peek().at + 1}` : ' at the end'}`);
        pos++;
    };
    const columnAt = (name) => {
        const index = schema.fields.findIndex((f) => f.name === name);
        if (index < 0)
            fail(`column "${name}" is not in the data`);
        return { type: 'column', index, field: schema.fields[index] };
    };
    /** A literal as the column holds it: text becomes epoch milliseconds for a date or timestamp column. */
    const literalFor = (value, column) => {
        if (!(0,_table__WEBPACK_IMPORTED_MODULE_1__/* .isTemporalKind */ .PB)(column.field.kind) || typeof value !== 'string')
            return { type: 'literal', value };
        const t = (0,_read_text_values__WEBPACK_IMPORTED_MODULE_2__/* .parseTimestamp */ .EH)(value);
        if (t === undefined)
            fail(`"${value}" is not a date or timestamp (YYYY-MM-DD[THH:MM[:SS]]), and ${column.field.name} is one`);
        return { type: 'literal', value: t };
    };
    const literal = () => {
        const t = peek();
        if (!t)
            return fail('expected a value at the end');
        if (t.kind === 'number') {
            pos++;
            return Number(t.text);
        }
        if (t.kind === 'string') {
            pos++;
            return t.text;
        }
        if (t.kind === 'name' && (t.text === 'True' || t.text === 'False' || t.text === 'true' || t.text === 'false')) {
            pos++;
            return t.text.toLowerCase() === 'true';
        }
        return fail(`expected a number, a quoted string, True or False at position ${t.at + 1}`);
    };
    const term = () => {
        const t = peek();
        if (!t)
            return fail('expected a column or a value at the end');
        if (is('(')) {
            pos++;
            const inner = or();
            expect(')');
            return inner;
        }
        let column;
        if (t.kind === 'name' && t.text === 'col' && tokens[pos + 1]?.text === '(') {
            pos += 2;
            const name = peek();
            if (name?.kind !== 'string')
                fail('col(\u2026) takes a quoted column name');
            pos++;
            expect(')');
            column = columnAt(name.text);
        }
        else if (t.kind === 'quoted' || (t.kind === 'name' && !KEYWORDS.includes(t.text))) {
            if (parser === 'great_expectations')
                fail(`write a column as col("${t.text}") with condition_parser great_expectations`);
            pos++;
            column = columnAt(t.text);
        }
        if (!column)
            return { type: 'literal', value: literal() };
        if (!is('.'))
            return column;
        pos++;
        const method = peek();
        if (method?.kind !== 'name')
            return fail(`expected a method after "." at position ${t.at + 1}`);
        pos++;
        if (method.text === 'isin') {
            expect('(');
            expect('[');
            const values = [];
            while (!is(']')) {
                values.push(literal());
                if (!is(']'))
                    expect(',');
            }
            expect(']');
            expect(')');
            return { type: 'isin', column, values: values.map((v) => literalFor(v, column)) };
        }
        if (method.text in NULL_TESTS) {
            expect('(');
            expect(')');
            return { type: 'isnull', column, isNull: NULL_TESTS[method.text] };
        }
        return fail(`unknown method .${method.text}(); supported: isin, isnull, notnull, isna, notna`);
    };
    const isOperand = (x) => x.type === 'column' || x.type === 'literal';
    const cmp = () => {
        const left = term();
        const op = peek();
        if (op?.kind !== 'op') {
            if (!isOperand(left))
                return left;
            return fail('a column or value alone is not a condition; compare it, e.g. `x == 1`');
        }
        pos++;
        const right = term();
        if (!isOperand(left) || !isOperand(right))
            return fail(`"${op.text}" compares a column with a value, not two conditions; add parentheses`);
        if (peek()?.kind === 'op')
            fail('chained comparisons are not supported; join them with &');
        return comparison(left, op.text, right);
    };
    const comparison = (left, op, right) => {
        if (left.type === 'literal' && right.type === 'literal')
            return fail('compare a column, not two values');
        if (left.type === 'column' && right.type === 'column')
            return { type: 'compare', left, op, right };
        return left.type === 'column' ? { type: 'compare', left, op, right: literalFor(right.value, left) } : { type: 'compare', left: right, op: FLIP[op], right: literalFor(left.value, right) };
    };
    const not = () => {
        if (is('~') || is('not')) {
            pos++;
            return { type: 'not', inner: not() };
        }
        return cmp();
    };
    const and = () => {
        let left = not();
        while (is('&') || is('and')) {
            pos++;
            left = { type: 'and', left, right: not() };
        }
        return left;
    };
    function or() {
        let left = and();
        while (is('|') || is('or')) {
            pos++;
            left = { type: 'or', left, right: and() };
        }
        return left;
    }
    if (tokens.length === 0)
        fail('is empty');
    const tree = or();
    if (pos < tokens.length)
        fail(`unexpected "${tokens[pos].text}" at position ${tokens[pos].at + 1}`);
    return tree;
}


/***/ }),

/***/ 3986:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ whereVerdict),
/* harmony export */   y: () => (/* binding */ onRowsWhere)
/* harmony export */ });
/* harmony import */ var _profile__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5909);

/**
 * Runs a rule on the rows its row_condition selects. The rule sees filtered
 * batches and, at the end, the profile of those rows alone (its own profiler),
 * so profile-based checks (nulls, mean, quantiles, row count) and row-level ones
 * judge the same rows. Only checks with a condition pay for this.
 */
function onRowsWhere(rule, schema, predicate, condition) {
    const profiler = new _profile__WEBPACK_IMPORTED_MODULE_0__/* .TableProfiler */ .Y(schema);
    let kept = 0;
    return {
        ...rule,
        observe(batch) {
            const rows = [];
            for (let r = 0; r < batch.numRows; r++)
                if (predicate(batch.columns, r))
                    rows.push(r);
            if (rows.length === 0)
                return;
            kept += rows.length;
            const filtered = { numRows: rows.length, columns: batch.columns.map((c) => rows.map((r) => c[r])) };
            profiler.add(filtered);
            rule.observe?.(filtered);
        },
        evaluate(results) {
            try {
                const profile = profiler.finish();
                return whereVerdict(rule.evaluate({ ...results, profile, profiler }), condition, kept);
            }
            finally {
                profiler.dispose();
            }
        },
    };
}
/** A verdict on the rows a condition selects says so: the condition after what was expected, the rows kept after the detail. */
function whereVerdict(v, condition, kept) {
    const where = ` where ${condition}`;
    return isMulti(v) ? v : { ...v, expected: `${v.expected ?? ''}${where}`, detail: `${v.detail ?? ''} (${kept} row${kept === 1 ? '' : 's'}${where})` };
}
const isMulti = (v) => 'checks' in v;


/***/ }),

/***/ 1011:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V8: () => (/* binding */ SchemaProblem),
/* harmony export */   nk: () => (/* binding */ compileJsonSchema)
/* harmony export */ });
/* unused harmony exports draftOf, loadJsonSchemaSupport, mentionsJsonSchema */
/**
 * A JSON Schema validator that judges as Python's `jsonschema.validate` (what
 * Great Expectations calls) does: the draft comes from `$schema`, and a schema
 * without one is read as the newest draft (2020-12, jsonschema 4's default);
 * unknown keywords are ignored and `format` is an annotation, not an assertion.
 * The schema itself is checked against its draft's meta-schema first, and a
 * schema that fails it is refused, as jsonschema raises SchemaError.
 */
const DRAFTS = {
    'https://json-schema.org/draft/2020-12/schema': '2020-12',
    'https://json-schema.org/draft/2019-09/schema': '2019-09',
    'http://json-schema.org/draft-07/schema': 'draft-07',
};
/** Why a schema cannot be used, for the one line that refuses it. */
class SchemaProblem extends Error {
}
function draftOf(schema) {
    if (typeof schema === 'boolean')
        return '2020-12';
    if (typeof schema !== 'object' || schema === null || Array.isArray(schema))
        throw new SchemaProblem('must be a JSON Schema object (or true/false)');
    const uri = schema.$schema;
    if (uri === undefined)
        return '2020-12';
    if (typeof uri !== 'string')
        throw new SchemaProblem('$schema must be a string');
    const draft = DRAFTS[uri.replace(/#$/, '')];
    if (!draft)
        throw new SchemaProblem(`$schema ${JSON.stringify(uri)} is not a draft mlship validates (${Object.keys(DRAFTS).join(', ')})`);
    return draft;
}
/**
 * ajv, its three drafts and their meta-schemas: 12\u201318 ms of every validate-data start when
 * loaded with the rest (bench/validate-data/RESULTS.md), for the few configs that hold a schema.
 * loadConfig loads it when the config mentions one; other callers of compileJsonSchema (a
 * config parsed from text) call loadJsonSchemaSupport first.
 */
let drafts;
async function loadJsonSchemaSupport() {
    drafts ??= await Promise.all(/* import() */[__webpack_require__.e(405), __webpack_require__.e(636)]).then(__webpack_require__.bind(__webpack_require__, 9636));
}
/** Whether a config's parsed value names a JSON Schema check (native `json_schema`, GX's `\u2026match_json_schema`) anywhere. */
function mentionsJsonSchema(value, seen = new Set()) {
    if (typeof value === 'string')
        return value.includes('json_schema');
    if (typeof value !== 'object' || value === null || seen.has(value))
        return false;
    seen.add(value);
    return Object.entries(value).some(([k, v]) => k.includes('json_schema') || mentionsJsonSchema(v, seen));
}
function compileJsonSchema(schema) {
    if (!drafts)
        throw new Error('compileJsonSchema before loadJsonSchemaSupport');
    const { create, shared } = drafts;
    const draft = draftOf(schema);
    // A schema with an $id is registered under it, and a second one with the same $id would clash.
    const hasId = typeof schema === 'object' && schema !== null && '$id' in schema;
    const ajv = hasId ? create(draft) : (shared.get(draft) ?? shared.set(draft, create(draft)).get(draft));
    let validate;
    try {
        validate = ajv.compile(schema);
    }
    catch (e) {
        throw new SchemaProblem(`is not a valid ${draft} schema: ${e.message}`);
    }
    return (value) => validate(value) === true;
}


/***/ }),

/***/ 1027:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BY: () => (/* binding */ validDate),
/* harmony export */   KR: () => (/* binding */ MONTHS),
/* harmony export */   L3: () => (/* binding */ daysInMonth),
/* harmony export */   R5: () => (/* binding */ isAlpha),
/* harmony export */   RI: () => (/* binding */ toInt),
/* harmony export */   Sf: () => (/* binding */ sameIgnoringCase),
/* harmony export */   Y_: () => (/* binding */ fromOrdinal),
/* harmony export */   ZO: () => (/* binding */ toOrdinal),
/* harmony export */   aM: () => (/* binding */ isDecimal),
/* harmony export */   w4: () => (/* binding */ WEEKDAYS),
/* harmony export */   xC: () => (/* binding */ isSpace)
/* harmony export */ });
/* unused harmony exports digitValue, isLeap, weekday */
/**
 * Character classes as Python's `str` methods and `re` (Unicode patterns) see
 * them, for the readers that port Python's date parsing. Text is handled as
 * code points, as Python indexes it.
 */
/** `str.isspace()`: Unicode White_Space plus the ASCII separators \x1c-\x1f (not U+FEFF, unlike JS `\s`). */
function isSpace(ch) {
    const c = ch.codePointAt(0);
    return (c >= 0x09 && c <= 0x0d) || (c >= 0x1c && c <= 0x20) || c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000;
}
const LETTER = /^\p{L}$/u;
const DECIMAL = /^\p{Nd}$/u;
/** `str.isalpha()`: the Unicode letter categories (ASCII answered without the regex, as most text is). */
function isAlpha(ch) {
    const c = ch.charCodeAt(0);
    if (c < 0x80)
        return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
    return LETTER.test(ch);
}
/** A decimal digit of any script (`re`'s `\d`, what `int()` reads). */
function isDecimal(ch) {
    const c = ch.charCodeAt(0);
    if (c < 0x80)
        return c >= 0x30 && c <= 0x39;
    return DECIMAL.test(ch);
}
/**
 * The value of a decimal digit of any script: Unicode keeps each script's digits
 * as runs of ten from zero, so the value is the distance from the run's start, mod 10.
 */
function digitValue(ch) {
    const c = ch.codePointAt(0);
    if (c >= 0x30 && c <= 0x39)
        return c - 0x30;
    let start = c;
    while (DECIMAL.test(String.fromCodePoint(start - 1)))
        start--;
    return (c - start) % 10;
}
/** `int(text)` for a run of decimal digits (Python also takes a sign, blanks and `_`, which no caller passes). */
function toInt(chars) {
    if (chars.length === 0 || !chars.every(isDecimal))
        throw new RangeError(`invalid literal for int(): ${chars.join('')}`);
    return chars.reduce((n, ch) => n * 10 + digitValue(ch), 0);
}
/** Python's IGNORECASE comparison of two characters (simple case folding both ways). */
const sameIgnoringCase = (a, b) => a === b || a.toLowerCase() === b.toLowerCase() || a.toUpperCase() === b.toUpperCase();
const isLeap = (y) => y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0);
/** `calendar.monthrange(y, m)[1]`. */
const daysInMonth = (y, m) => [31, isLeap(y) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
/** Whether `datetime.date(y, m, d)` can be built. */
const validDate = (y, m, d) => y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
/** Days from 0001-01-01 (ordinal 1), as `date.toordinal()`. */
function toOrdinal(y, m, d) {
    const py = y - 1;
    let days = py * 365 + Math.floor(py / 4) - Math.floor(py / 100) + Math.floor(py / 400);
    for (let i = 1; i < m; i++)
        days += daysInMonth(y, i);
    return days + d;
}
/** `date.fromordinal(n)` as [y, m, d], or undefined past 9999-12-31 or before 0001-01-01. */
function fromOrdinal(n) {
    if (n < 1 || n > toOrdinal(9999, 12, 31))
        return undefined;
    let y = Math.floor(n / 365.2425) + 1;
    while (toOrdinal(y, 1, 1) > n)
        y--;
    while (y < 9999 && toOrdinal(y + 1, 1, 1) <= n)
        y++;
    let rest = n - toOrdinal(y, 1, 1) + 1;
    let m = 1;
    while (rest > daysInMonth(y, m))
        rest -= daysInMonth(y, m++);
    return [y, m, rest];
}
/** `date.weekday()`: Monday 0 \u2026 Sunday 6. */
const weekday = (y, m, d) => (toOrdinal(y, m, d) + 6) % 7;
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];


/***/ }),

/***/ 7001:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IF: () => (/* binding */ FormatError),
/* harmony export */   St: () => (/* binding */ compileStrptime),
/* harmony export */   gp: () => (/* binding */ strftimeNaive)
/* harmony export */ });
/* unused harmony export STRPTIME_DIRECTIVES */
/* harmony import */ var _python_text__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1027);

/**
 * Python's `datetime.strptime(value, format)` (CPython 3.11 `_strptime`, C
 * locale, a UTC runner), as a yes/no: whether it returns a datetime or raises.
 * Like CPython, the format becomes a pattern matched from the value's start,
 * case-insensitively, taking the first match in the pattern's own order of
 * alternatives (the match must then end at the value's end; a longer match is
 * not looked for), and the fields are then checked as `datetime` checks them.
 * The search remembers dead ends, so a value costs at most (parts x length x
 * alternatives) steps whatever it holds.
 */
const STRPTIME_DIRECTIVES = ['a', 'A', 'b', 'B', 'd', 'f', 'H', 'I', 'j', 'm', 'M', 'p', 'S', 'y', 'Y', 'z', 'Z', '%'];
const DIGIT = _python_text__WEBPACK_IMPORTED_MODULE_0__/* .isDecimal */ .aM;
const range = (lo, hi) => (ch) => ch >= lo && ch <= hi && ch.length === 1;
const exact = (c) => (ch) => ch === c;
/** `'3[0-1]'`, `'[1-2]\d'`, `' [1-9]'`: the tiny subset of regex syntax CPython's directive alternatives use. */
function alt(spec) {
    const out = [];
    for (let i = 0; i < spec.length; i++) {
        if (spec[i] === '[') {
            out.push(range(spec[i + 1], spec[i + 3]));
            i += 4;
        }
        else if (spec[i] === '\\') {
            out.push(DIGIT);
            i++;
        }
        else
            out.push(exact(spec[i]));
    }
    return out;
}
const NUMERIC = {
    d: ['3[0-1]', '[1-2]\\d', '0[1-9]', '[1-9]', ' [1-9]'].map(alt),
    H: ['2[0-3]', '[0-1]\\d', '\\d'].map(alt),
    I: ['1[0-2]', '0[1-9]', '[1-9]'].map(alt),
    j: ['36[0-6]', '3[0-5]\\d', '[1-2]\\d\\d', '0[1-9]\\d', '00[1-9]', '[1-9]\\d', '0[1-9]', '[1-9]'].map(alt),
    m: ['1[0-2]', '0[1-9]', '[1-9]'].map(alt),
    M: ['[0-5]\\d', '\\d'].map(alt),
    S: ['6[0-1]', '[0-5]\\d', '\\d'].map(alt),
    y: ['\\d\\d'].map(alt),
    Y: ['\\d\\d\\d\\d'].map(alt),
    // [0-9]{1,6}, greedy: the longest run first.
    f: [6, 5, 4, 3, 2, 1].map((n) => new Array(n).fill(range('0', '9'))),
};
/** Names are tried longest first, as CPython sorts them. */
const byLength = (names) => [...names].sort((a, b) => b.length - a.length);
const NAMES = {
    a: byLength(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .WEEKDAYS */ .w4.map((w) => w.slice(0, 3))),
    A: byLength(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .WEEKDAYS */ .w4),
    b: byLength(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR.map((m) => m.slice(0, 3))),
    B: byLength(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR),
    p: ['am', 'pm'],
    // The runner's zone is UTC, so CPython's set is {utc, gmt}.
    Z: ['utc', 'gmt'],
};
/** Why a format cannot be used, in CPython's words where it has them. */
class FormatError extends Error {
}
function parseFormat(format) {
    const parts = [];
    const chars = Array.from(format);
    const seen = new Set();
    for (let i = 0; i < chars.length; i++) {
        const ch = chars[i];
        if ((0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(ch)) {
            while (i + 1 < chars.length && (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(chars[i + 1]))
                i++;
            parts.push({ kind: 'space' });
        }
        else if (ch === '%') {
            const d = chars[++i];
            if (d === undefined)
                throw new FormatError(`stray % in format '${format}'`);
            if (!STRPTIME_DIRECTIVES.includes(d)) {
                throw new FormatError(`'%${d}' is not a supported directive (supported: ${STRPTIME_DIRECTIVES.map((x) => `%${x}`).join(' ')})`);
            }
            if (d === '%')
                parts.push({ kind: 'literal', ch: '%' });
            else {
                // CPython names a regex group per directive, and a name used twice does not compile.
                if (seen.has(d))
                    throw new FormatError(`%${d} appears twice; strptime cannot read a format that repeats a directive`);
                seen.add(d);
                parts.push({ kind: 'directive', d });
            }
        }
        else
            parts.push({ kind: 'literal', ch });
    }
    return parts;
}
/** End positions a directive can match at `at`, in CPython's order of preference. */
function ends(d, v, at) {
    const numeric = NUMERIC[d];
    if (numeric) {
        return numeric.filter((tests) => at + tests.length <= v.length && tests.every((t, k) => t(v[at + k]))).map((tests) => at + tests.length);
    }
    const names = NAMES[d];
    if (names)
        return names.filter((n) => at + n.length <= v.length && Array.from(n).every((c, k) => (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .sameIgnoringCase */ .Sf)(v[at + k], c))).map((n) => at + n.length);
    return d === 'z' ? offsetEnds(v, at) : [];
}
/** `[+-]\d\d:?[0-5]\d(:?[0-5]\d(\.\d{1,6})?)?|(?-i:Z)`, greedy parts tried present-first. */
function offsetEnds(v, at) {
    const out = [];
    const isMin = (i) => i + 1 < v.length && range('0', '5')(v[i]) && DIGIT(v[i + 1]);
    if ((v[at] === '+' || v[at] === '-') && at + 2 < v.length && DIGIT(v[at + 1]) && DIGIT(v[at + 2])) {
        for (const colon of [true, false]) {
            const m = at + 3 + (colon ? 1 : 0);
            if (colon && v[at + 3] !== ':')
                continue;
            if (!isMin(m))
                continue;
            const afterMin = m + 2;
            for (const colon2 of [true, false]) {
                const s = afterMin + (colon2 ? 1 : 0);
                if (colon2 && v[afterMin] !== ':')
                    continue;
                if (!isMin(s))
                    continue;
                const afterSec = s + 2;
                if (v[afterSec] === '.') {
                    let n = 0;
                    while (n < 6 && afterSec + 1 + n < v.length && DIGIT(v[afterSec + 1 + n]))
                        n++;
                    for (let k = n; k >= 1; k--)
                        out.push(afterSec + 1 + k);
                }
                out.push(afterSec);
            }
            out.push(afterMin);
        }
    }
    if (v[at] === 'Z')
        out.push(at + 1);
    return out;
}
function compileStrptime(format) {
    const parts = parseFormat(format);
    return { parses: (value) => parses(parts, value) };
}
function parses(parts, value) {
    const v = Array.from(value);
    const spans = new Array(parts.length);
    const dead = new Set();
    const width = v.length + 1;
    const search = (p, at) => {
        if (p === parts.length)
            return at;
        const key = p * width + at;
        if (dead.has(key))
            return -1;
        const part = parts[p];
        let options;
        if (part.kind === 'literal')
            options = at < v.length && (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .sameIgnoringCase */ .Sf)(v[at], part.ch) ? [at + 1] : [];
        else if (part.kind === 'space') {
            let e = at;
            while (e < v.length && (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .isSpace */ .xC)(v[e]))
                e++;
            options = [];
            for (let k = e; k > at; k--)
                options.push(k);
        }
        else
            options = ends(part.d, v, at);
        for (const e of options) {
            spans[p] = [at, e];
            const end = search(p + 1, e);
            if (end >= 0)
                return end;
        }
        dead.add(key);
        return -1;
    };
    const end = search(0, 0);
    if (end !== v.length)
        return false;
    try {
        return fieldsValid(parts, fieldsOf(parts, spans, v));
    }
    catch (e) {
        // int() of a slice that is not all digits ("+0530:00" read as +05 30 ":0"): a ValueError in CPython.
        if (e instanceof RangeError)
            return false;
        throw e;
    }
}
function fieldsOf(parts, spans, v) {
    const fields = new Map();
    parts.forEach((part, i) => {
        if (part.kind === 'directive')
            fields.set(part.d, v.slice(spans[i][0], spans[i][1]));
    });
    return fields;
}
/** CPython's `_strptime` after the match: fields in pattern order, then `datetime(...)`'s own checks. */
function fieldsValid(parts, fields) {
    let year;
    let month = 1;
    let day = 1;
    let second = 0;
    let julian;
    let offsetMicros = 0;
    const text = (d) => fields.get(d).join('').toLowerCase();
    for (const part of parts) {
        if (part.kind !== 'directive')
            continue;
        const raw = fields.get(part.d);
        switch (part.d) {
            case 'y': {
                const y = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw);
                year = y <= 68 ? y + 2000 : y + 1900;
                break;
            }
            case 'Y':
                year = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw);
                break;
            case 'm':
                month = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw);
                break;
            case 'B':
                month = _python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR.indexOf(text('B')) + 1;
                break;
            case 'b':
                month = _python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR.findIndex((m) => m.startsWith(text('b'))) + 1;
                break;
            case 'd':
                day = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw.filter((c) => c !== ' '));
                break;
            case 'S':
                second = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw);
                break;
            case 'j':
                julian = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(raw);
                break;
            case 'z': {
                const z = raw.join('');
                if (z === 'Z')
                    break;
                let compact = z;
                if (compact[3] === ':') {
                    compact = compact.slice(0, 3) + compact.slice(4);
                    if (compact.length > 5) {
                        if (compact[5] !== ':')
                            return false; // "Inconsistent use of : in %z"
                        compact = compact.slice(0, 5) + compact.slice(6);
                    }
                }
                const c = Array.from(compact);
                const seconds = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(c.slice(1, 3)) * 3600 + (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(c.slice(3, 5)) * 60 + (c.length > 5 ? (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(c.slice(5, 7)) : 0);
                const fraction = c.length > 8 ? (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toInt */ .RI)(Array.from(c.slice(8).join('').padEnd(6, '0'))) : 0;
                offsetMicros = seconds * 1e6 + fraction;
                break;
            }
            default:
                // H, I, M, f, a, A, p, Z: any matched value is a valid field (a weekday is not checked against the date).
                break;
        }
    }
    // CPython checks Feb 29 without a year in 1904, then builds the datetime in 1900, which has no Feb 29.
    const leapFix = year === undefined && month === 2 && day === 29;
    let y = year ?? (leapFix ? 1904 : 1900);
    if (julian === undefined) {
        if (!(0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .validDate */ .BY)(y, month, day))
            return false;
    }
    else {
        if (y < 1 || y > 9999)
            return false;
        const date = (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .fromOrdinal */ .Y_)(julian - 1 + (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toOrdinal */ .ZO)(y, 1, 1));
        if (!date)
            return false;
        [y, month, day] = date;
    }
    if (leapFix)
        y = 1900;
    if (!(0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .validDate */ .BY)(y, month, day))
        return false;
    // datetime() takes seconds 0..59 (the pattern lets 60 and 61 through), timezone() an offset under a day.
    return second <= 59 && Math.abs(offsetMicros) < 86_400e6;
}
/**
 * `datetime.strftime(now, format)` for a naive `now`, as GX calls it to vet a
 * format: GX refuses a format unless `strptime(strftime(now, f), f)` works, which
 * rules out `%z` and `%Z` (a naive time formats them as nothing).
 */
function strftimeNaive(format, now) {
    const pad = (n, w = 2) => String(n).padStart(w, '0');
    const y = now.getUTCFullYear();
    const mo = now.getUTCMonth() + 1;
    const d = now.getUTCDate();
    const h = now.getUTCHours();
    const cap = (s) => s[0].toUpperCase() + s.slice(1);
    const wd = _python_text__WEBPACK_IMPORTED_MODULE_0__/* .WEEKDAYS */ .w4[(now.getUTCDay() + 6) % 7];
    const out = {
        a: cap(wd.slice(0, 3)),
        A: cap(wd),
        b: cap(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR[mo - 1].slice(0, 3)),
        B: cap(_python_text__WEBPACK_IMPORTED_MODULE_0__/* .MONTHS */ .KR[mo - 1]),
        d: pad(d),
        f: pad(now.getUTCMilliseconds() * 1000, 6),
        H: pad(h),
        I: pad(h % 12 === 0 ? 12 : h % 12),
        j: pad((0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toOrdinal */ .ZO)(y, mo, d) - (0,_python_text__WEBPACK_IMPORTED_MODULE_0__/* .toOrdinal */ .ZO)(y, 1, 1) + 1, 3),
        m: pad(mo),
        M: pad(now.getUTCMinutes()),
        p: h < 12 ? 'AM' : 'PM',
        S: pad(now.getUTCSeconds()),
        y: pad(y % 100),
        Y: String(y),
        z: '',
        Z: '',
        '%': '%',
    };
    return format.replace(/%(.)/gsu, (all, c) => out[c] ?? all);
}


/***/ }),

/***/ 5965:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  ij: () => (/* binding */ checkId),
  o4: () => (/* binding */ parseConfig)
});

// UNUSED EXPORTS: loadConfig, loadParameters

// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(483);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 15 modules
var schemas = __webpack_require__(9691);
// EXTERNAL MODULE: ./packages/data/src/checks/rules/ignore-rows.ts
var ignore_rows = __webpack_require__(7046);
;// CONCATENATED MODULE: ./packages/data/src/checks/config.ts



/**
 * The config schemas, built on first use: building them took ~25 ms of every
 * run's start on a runner's two cores, and a run on the default checks needs none.
 */
function build() {
    /**
     * The native validate-data config: a list of named checks, each one shape,
     * modelled on Great Expectations' expectations (one name, one result shape).
     * `mostly` is GX's tolerance: the fraction of non-null rows that must pass.
     */
    const base = {
        id: schemas/* string */.YjP().regex(/^[\w.:-]+$/, 'use letters, digits, _ . : -').optional().describe('Stable id shown in failed-checks; defaults to type[:column].'),
        title: schemas/* string */.YjP().optional(),
        severity: schemas/* enum */.k5n(['error', 'warning']).default('error').describe('A failed warning check makes the report WARN, not FAIL.'),
    };
    const column = schemas/* string */.YjP().min(1).describe('Column name.');
    const mostly = schemas/* number */.aig().min(0).max(1).default(1).describe("Fraction of non-null values that must pass (GX's mostly).");
    const kind = schemas/* enum */.k5n(['int', 'float', 'number', 'decimal', 'bool', 'string', 'timestamp', 'date', 'binary', 'nested']);
    const check = (type, shape, description) => schemas/* strictObject */.rej({ type: schemas/* literal */.euz(type), ...base, ...shape }).describe(description);
    const bounds = { min: schemas/* number */.aig().optional(), max: schemas/* number */.aig().optional() };
    const timeBounds = {
        min: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional().describe('Lowest allowed value; a date or timestamp (e.g. "2024-01-01") for such a column.'),
        max: schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* string */.YjP()]).optional().describe('Highest allowed value; a date or timestamp for such a column.'),
    };
    const strict = {
        strict_min: schemas/* boolean */.zMY().default(false).describe('Exclude min itself (value > min).'),
        strict_max: schemas/* boolean */.zMY().default(false).describe('Exclude max itself (value < max).'),
    };
    /** GX's row_condition: the check applies to the rows where it holds. */
    const conditional = {
        row_condition: schemas/* string */.YjP().min(1).optional().describe('Only rows where this holds are checked, e.g. `country == "DE" & age >= 18` (GX row_condition).'),
        condition_parser: schemas/* enum */.k5n(['pandas', 'great_expectations']).optional().describe('How row_condition is written; pandas (the default): bare column names; great_expectations: col("name").'),
    };
    const valueSet = schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY()]));
    /** GX's ignore_row_if: rows left out before anything is counted (they count as missing). */
    const rowIgnore = schemas/* enum */.k5n(ignore_rows/* ROW_IGNORES */.nK).default('all_values_are_missing').describe("Which rows are left out (GX's ignore_row_if): rows whose checked values are all missing (the default), any missing, or never.");
    const pairIgnoreKey = schemas/* enum */.k5n(ignore_rows/* PAIR_IGNORES */.d2)
        .default('both_values_are_missing')
        .describe("Which rows are left out (GX's ignore_row_if): rows with both values missing (the default), either missing, or neither.");
    const columnPair = { column_a: column.describe('First column (GX column_A).'), column_b: column.describe('Second column (GX column_B).') };
    const pairValue = schemas/* union */.KCZ([schemas/* string */.YjP(), schemas/* number */.aig(), schemas/* boolean */.zMY(), schemas/* null */.chJ()]);
    /** Each check's schema, built when a config uses its type. */
    const checkBuilders = {
        row_count: () => check('row_count', { ...bounds, ...conditional }, 'Row count between min and max (GX expect_table_row_count_to_be_between; min_rows in the flat shape).'),
        columns: () => check('columns', {
            columns: schemas/* array */.YOg(column).min(1),
            mode: schemas/* enum */.k5n(['exact', 'subset', 'ordered']).default('exact').describe('exact: the data has exactly these columns; subset: it has at least these; ordered: exactly these, in this order.'),
        }, 'Column set matches (GX expect_table_columns_to_match_set; required_columns in the flat shape is mode subset).'),
        not_null: () => check('not_null', { column, mostly, ...conditional }, 'Values are not null (GX expect_column_values_to_not_be_null).'),
        null_percent: () => check('null_percent', {
            columns: schemas/* array */.YOg(column).optional().describe('Columns to check; all columns when omitted.'),
            max: schemas/* number */.aig().min(0).max(100).describe('Highest allowed percentage of nulls per column.'),
            scope: schemas/* enum */.k5n(['column', 'table']).default('column').describe('column: every column on its own; table: nulls over all cells.'),
        }, 'Null percentage at most max (max_null_percent in the flat shape).'),
        values_between: () => check('values_between', {
            column,
            ...timeBounds,
            ...strict,
            mostly,
            ...conditional,
        }, 'Values within [min, max] (GX expect_column_values_to_be_between; feature_ranges in the flat shape).'),
        distinct_values_in_set: () => check('distinct_values_in_set', { column, values: valueSet, ...conditional }, 'Every distinct value is in the set; an empty set passes only a column without values (GX expect_column_distinct_values_to_be_in_set).'),
        distinct_values_contain_set: () => check('distinct_values_contain_set', { column, values: valueSet.min(1), ...conditional }, 'Every value of the set occurs in the column (GX expect_column_distinct_values_to_contain_set).'),
        distinct_values_equal_set: () => check('distinct_values_equal_set', { column, values: valueSet, ...conditional }, 'The distinct non-null values are exactly the set (GX expect_column_distinct_values_to_equal_set).'),
        values_in_set: () => check('values_in_set', { column, values: valueSet, mostly, ...conditional }, 'Allowed values, with a tolerance; an empty set allows no value (GX expect_column_values_to_be_in_set).'),
        class_balance: () => check('class_balance', { column, min_percent: schemas/* number */.aig().min(0).max(100).default(1) }, 'Every class of the target has at least min_percent of rows (min_class_percent in the flat shape).'),
        duplicates: () => check('duplicates', { max_percent: schemas/* number */.aig().min(0).max(100).default(1) }, 'Duplicate rows at most max_percent (max_duplicate_percent in the flat shape).'),
        column_type: () => check('column_type', { column, dtype: kind }, 'Column has this type (dtype number matches int, float and decimal).'),
        unique: () => check('unique', {
            columns: schemas/* array */.YOg(column).min(1).describe('One column, or several for a compound key.'),
            mostly: mostly.describe("Fraction of keys that must be unique; every row of a repeated key counts against it, as in GX."),
            ignore_row_if: rowIgnore.describe("Which rows are left out (GX's ignore_row_if); with one column, a null is always left out."),
            ...conditional,
        }, 'Values (or key tuples) are unique (GX expect_column_values_to_be_unique, expect_compound_columns_to_be_unique).'),
        pair_equal: () => check('pair_equal', { ...columnPair, ignore_row_if: pairIgnoreKey, mostly, ...conditional }, 'The two columns hold equal values in each row; a missing value equals nothing (GX expect_column_pair_values_to_be_equal).'),
        pair_greater: () => check('pair_greater', {
            ...columnPair,
            or_equal: schemas/* boolean */.zMY().default(false).describe('Also pass when the values are equal (A >= B).'),
            as_datetimes: schemas/* boolean */.zMY().default(false).describe('Compare as dates: both columns must be read as date or timestamp, else the check is refused (GX parse_strings_as_datetimes).'),
            ignore_row_if: pairIgnoreKey,
            mostly,
            ...conditional,
        }, 'column_a is greater than column_b in each row: numbers with numbers, text with text (by code point), dates with dates (GX expect_column_pair_values_A_to_be_greater_than_B).'),
        pair_in_set: () => check('pair_in_set', { ...columnPair, pairs: schemas/* array */.YOg(schemas/* tuple */.PVZ([pairValue, pairValue])).describe('Allowed (column_a, column_b) pairs; null stands for a missing value.'), ignore_row_if: pairIgnoreKey, mostly, ...conditional }, 'Each row\'s (column_a, column_b) pair is one of the allowed pairs, compared as text like values_in_set (GX expect_column_pair_values_to_be_in_set).'),
        multicolumn_sum: () => check('multicolumn_sum', { columns: schemas/* array */.YOg(column).min(1), sum: schemas/* number */.aig().describe('The total each row must add up to, exactly.'), ignore_row_if: rowIgnore, mostly, ...conditional }, 'The numeric columns add up to sum in each row; a row with a missing value fails unless left out (GX expect_multicolumn_sum_to_equal).'),
        unique_within_record: () => check('unique_within_record', { columns: schemas/* array */.YOg(column).min(1), ignore_row_if: rowIgnore, mostly, ...conditional }, 'No two of the columns hold the same value in a row; two missing values count as the same (GX expect_select_column_values_to_be_unique_within_record).'),
        regex: () => check('regex', { column, pattern: schemas/* string */.YjP(), mostly, ...conditional }, 'Values, as text, contain a match of a regular expression (GX expect_column_values_to_match_regex); an empty pattern matches every value.'),
        column_count: () => check('column_count', { min: schemas/* number */.aig().int().min(0).optional(), max: schemas/* number */.aig().int().min(0).optional() }, 'Number of columns within [min, max] (GX expect_table_column_count_to_be_between / _to_equal).'),
        is_null: () => check('is_null', { column, mostly, ...conditional }, 'Values are null; mostly is over all rows (GX expect_column_values_to_be_null).'),
        values_not_in_set: () => check('values_not_in_set', { column, values: valueSet, mostly, ...conditional }, 'No value is in the set, with a tolerance (GX expect_column_values_to_not_be_in_set).'),
        not_regex: () => check('not_regex', { column, pattern: schemas/* string */.YjP(), mostly, ...conditional }, 'Values, as text, contain no match of a regular expression (GX expect_column_values_to_not_match_regex).'),
        regex_list: () => check('regex_list', {
            column,
            patterns: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
            match_on: schemas/* enum */.k5n(['any', 'all']).default('any').describe('any: a value passes when one pattern matches; all: when every pattern does.'),
            mostly,
            ...conditional,
        }, 'Values, as text, match the patterns (GX expect_column_values_to_match_regex_list).'),
        not_regex_list: () => check('not_regex_list', { column, patterns: schemas/* array */.YOg(schemas/* string */.YjP()).min(1), mostly, ...conditional }, 'Values, as text, match none of the patterns (GX expect_column_values_to_not_match_regex_list).'),
        type_list: () => check('type_list', { column, dtypes: schemas/* array */.YOg(kind).min(1).describe('Allowed column types (number covers int, float and decimal).'), mostly, ...conditional }, 'Column type is one of dtypes; a text column is judged value by value, so mostly applies there (GX expect_column_values_to_be_in_type_list).'),
        strftime_format: () => check('strftime_format', { column, format: schemas/* string */.YjP().min(1).describe('A Python strptime format, e.g. "%Y-%m-%d %H:%M:%S".'), mostly, ...conditional }, 'Text values parse with Python datetime.strptime and this format (GX expect_column_values_to_match_strftime_format).'),
        dateutil_parseable: () => check('dateutil_parseable', { column, mostly, ...conditional }, 'Text values parse with dateutil.parser.parse, default options (GX expect_column_values_to_be_dateutil_parseable).'),
        json_parseable: () => check('json_parseable', { column, mostly, ...conditional }, 'Values are JSON text as Python json.loads reads it, NaN and Infinity included (GX expect_column_values_to_be_json_parseable).'),
        json_schema: () => check('json_schema', {
            column,
            schema: schemas/* union */.KCZ([schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* unknown */.L5J()), schemas/* boolean */.zMY()]).describe('A JSON Schema; the draft comes from $schema (2020-12 when absent), and format is not asserted, as Python jsonschema reads it.'),
            mostly,
            ...conditional,
        }, 'Values are JSON text matching the schema (GX expect_column_values_to_match_json_schema).'),
        like_pattern: () => check('like_pattern', { column, pattern: schemas/* string */.YjP().describe('SQL LIKE: % any run of characters, _ one character, anything else itself.'), mostly, ...conditional }, 'Text values match a SQL LIKE pattern (GX expect_column_values_to_match_like_pattern).'),
        not_like_pattern: () => check('not_like_pattern', { column, pattern: schemas/* string */.YjP(), mostly, ...conditional }, 'Text values do not match a SQL LIKE pattern (GX expect_column_values_to_not_match_like_pattern).'),
        like_pattern_list: () => check('like_pattern_list', {
            column,
            patterns: schemas/* array */.YOg(schemas/* string */.YjP()).min(1),
            match_on: schemas/* enum */.k5n(['any', 'all']).default('any').describe('any: a value passes when one pattern matches; all: when every pattern does.'),
            mostly,
            ...conditional,
        }, 'Text values match the SQL LIKE patterns (GX expect_column_values_to_match_like_pattern_list).'),
        not_like_pattern_list: () => check('not_like_pattern_list', { column, patterns: schemas/* array */.YOg(schemas/* string */.YjP()).min(1), mostly, ...conditional }, 'Text values match none of the SQL LIKE patterns (GX expect_column_values_to_not_match_like_pattern_list).'),
        value_lengths: () => check('value_lengths', { column, min: schemas/* number */.aig().int().min(0).optional(), max: schemas/* number */.aig().int().min(0).optional(), ...strict, mostly, ...conditional }, 'Text lengths (in characters) within [min, max] (GX expect_column_value_lengths_to_be_between / _to_equal).'),
        min_between: () => check('min_between', { column, ...timeBounds, ...strict, ...conditional }, 'Column minimum within [min, max] (GX expect_column_min_to_be_between).'),
        max_between: () => check('max_between', { column, ...timeBounds, ...strict, ...conditional }, 'Column maximum within [min, max] (GX expect_column_max_to_be_between).'),
        column_exists: () => check('column_exists', { column, index: schemas/* number */.aig().int().min(0).optional().describe('Zero-based position the column must have.') }, 'The column is present, at this position when index is given (GX expect_column_to_exist).'),
        mean_between: () => check('mean_between', { column, ...bounds, ...strict, ...conditional }, 'Column mean within [min, max].'),
        std_between: () => check('std_between', { column, ...bounds, ...strict, ...conditional }, 'Column sample standard deviation (ddof=1) within [min, max].'),
        quantile_between: () => check('quantile_between', { column, quantile: schemas/* number */.aig().min(0).max(1), ...bounds, ...strict, ...conditional }, 'A quantile of the column within [min, max].'),
        sum_between: () => check('sum_between', { column, ...bounds, ...strict, ...conditional }, 'Column sum within [min, max], summed in numpy\'s order (GX expect_column_sum_to_be_between).'),
        distinct_count_between: () => check('distinct_count_between', { column, ...bounds, ...strict, ...conditional }, 'Number of distinct non-null values within [min, max], counted exactly (GX expect_column_unique_value_count_to_be_between).'),
        distinct_proportion_between: () => check('distinct_proportion_between', { column, ...bounds, ...strict, ...conditional }, 'Distinct non-null values over non-null values within [min, max]; 0 for a column without values (GX expect_column_proportion_of_unique_values_to_be_between).'),
        most_common_in_set: () => check('most_common_in_set', { column, values: valueSet, ties_okay: schemas/* boolean */.zMY().default(false).describe('With a tie for most common, pass when any tied value is in the set (else a tie fails).'), ...conditional }, 'The most common non-null value is in the set (GX expect_column_most_common_value_to_be_in_set).'),
        z_scores_below: () => check('z_scores_below', {
            column,
            threshold: schemas/* number */.aig().describe('Highest z-score allowed (exclusive); its absolute value with double_sided.'),
            double_sided: schemas/* boolean */.zMY().default(true).describe('Compare |z| with |threshold|; false: z itself, so only high values fail.'),
            mostly,
            ...conditional,
        }, 'z = (value - mean) / sample std (ddof=1) under threshold for each non-null value (GX expect_column_value_z_scores_to_be_less_than).'),
        monotonic: () => check('monotonic', {
            column,
            direction: schemas/* enum */.k5n(['increasing', 'decreasing']),
            strictly: schemas/* boolean */.zMY().default(false).describe('Equal neighbours fail too.'),
            mostly,
            ...conditional,
        }, 'Each non-null value is >= (or <=) the previous non-null one, in reading order; the first always passes (GX expect_column_values_to_be_increasing / _decreasing).'),
        kl_divergence: () => check('kl_divergence', {
            column,
            partition: schemas/* union */.KCZ([
                schemas/* strictObject */.rej({ values: valueSet.min(1), weights: schemas/* array */.YOg(schemas/* number */.aig().min(0)).min(1) }),
                schemas/* strictObject */.rej({
                    bins: schemas/* array */.YOg(schemas/* union */.KCZ([schemas/* number */.aig(), schemas/* enum */.k5n(['-inf', 'inf'])])).min(2).describe('Increasing bin edges; -inf / inf for an open first or last bin.'),
                    weights: schemas/* array */.YOg(schemas/* number */.aig().min(0)).min(1),
                    tail_weights: schemas/* tuple */.PVZ([schemas/* number */.aig().min(0), schemas/* number */.aig().min(0)]).optional().describe('Expected shares below the first and above the last edge.'),
                }),
            ])
                .describe('The expected distribution, as GX\'s partition_object: values and weights (categorical) or bins and weights (continuous); weights sum to 1.'),
            threshold: schemas/* number */.aig().min(0).describe('Highest KL divergence allowed (inclusive).'),
            tail_weight_holdout: schemas/* number */.aig().min(0).max(1).default(0).describe('Expected share for values outside the partition (split over both tails for bins).'),
            internal_weight_holdout: schemas/* number */.aig().min(0).max(1).default(0).describe('Expected share spread over empty bins (bins only).'),
            ...conditional,
        }, 'KL divergence of the column\'s distribution from the partition at most threshold (GX expect_column_kl_divergence_to_be_less_than).'),
        freshness: () => check('freshness', { column: column.optional().describe('Timestamp column; the files\' modification time when omitted.'), max_age_days: schemas/* number */.aig().positive() }, 'Newest data at most max_age_days old, by the column or the files\' modification time.'),
        drift: () => check('drift', {
            columns: schemas/* array */.YOg(column).optional().describe('Columns to compare; all shared columns when omitted.'),
            numeric: schemas/* enum */.k5n(['psi', 'ks']).default('psi'),
            categorical: schemas/* enum */.k5n(['chi2', 'js']).default('js'),
            threshold: schemas/* number */.aig().positive().optional().describe('psi: max PSI (0.2); ks/chi2: min p-value (0.05); js: max distance (0.1).'),
            per_column: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({ method: schemas/* enum */.k5n(['psi', 'ks', 'chi2', 'js']).optional(), threshold: schemas/* number */.aig().positive().optional() })).default({}),
        }, 'Distribution drift against the `reference` dataset.'),
        leakage: () => check('leakage', {
            key_columns: schemas/* array */.YOg(column).optional().describe('Columns that identify a row; whole rows when omitted.'),
            max_rows: schemas/* number */.aig().int().min(0).default(0),
        }, 'Rows of the training data also present in `test-data`.'),
    };
    const checkSchemas = new Map();
    const checkSchema = (type) => {
        let schema = checkSchemas.get(type);
        if (!schema)
            checkSchemas.set(type, (schema = checkBuilders[type]()));
        return schema;
    };
    const oneChar = schemas/* string */.YjP().length(1, 'expected one character');
    const csvReadSchema = schemas/* strictObject */.rej({
        delimiter: schemas/* union */.KCZ([schemas/* literal */.euz('whitespace'), oneChar.refine((c) => c !== '"' && c !== '\n' && c !== '\r', 'the delimiter cannot be a quote or a line break')])
            .optional()
            .describe('One character, or `whitespace` for runs of blanks and tabs with leading blanks ignored (pandas `sep=r"\\s+"`). Sniffed from the first lines (`,` `;` tab `|`) when omitted.'),
        header: schemas/* boolean */.zMY().optional().describe('Whether the first line read (after `skip_rows`) names the columns (default true). With false, columns are named by `names`, else 0, 1, \u2026.'),
        names: schemas/* array */.YOg(schemas/* string */.YjP().min(1, 'a column name cannot be empty'))
            .min(1)
            .refine((n) => new Set(n).size === n.length, 'column names must be unique')
            .optional()
            .describe('Column names for a file without a header row (needs `header: false`); one per field, or the read stops naming the line.'),
        skip_rows: schemas/* number */.aig().int().min(0).optional().describe('Lines skipped before the header (or the first data row), whatever they hold, e.g. 1 for a count line such as `150,4,setosa,versicolor,virginica` (pandas `skiprows=`).'),
        comment: oneChar
            .refine((c) => c !== '"' && c !== '\n' && c !== '\r' && c.trim() !== '', 'the comment character cannot be a quote, a blank or a line break')
            .optional()
            .describe('A character starting a comment: the rest of the line is ignored and a line left empty is skipped (pandas `comment=`).'),
        types: schemas/* record */.g1P(schemas/* string */.YjP(), kind.exclude(['number', 'binary', 'nested'])).optional(),
    })
        .superRefine((o, ctx) => {
        if (o.names && o.header !== false)
            ctx.addIssue({ code: 'custom', path: ['names'], message: 'names needs header: false (to replace a header row, add skip_rows: 1)' });
        if (o.comment !== undefined && o.comment === o.delimiter)
            ctx.addIssue({ code: 'custom', path: ['comment'], message: 'the comment character cannot be the delimiter' });
    });
    const readOptionsSchema = schemas/* strictObject */.rej({
        max_line_bytes: schemas/* number */.aig()
            .int()
            .min(1024)
            .optional()
            .describe('The longest CSV record or JSONL line read, in bytes (default 67108864, 64 MiB); a longer one stops the run naming its line.'),
        csv: csvReadSchema.optional(),
    });
    const nativeConfigSchema = (types) => schemas/* strictObject */.rej({
        $schema: schemas/* string */.YjP().optional(),
        version: schemas/* literal */.euz(1).default(1),
        read: readOptionsSchema.optional(),
        checks: schemas/* array */.YOg(schemas/* discriminatedUnion */.gMt('type', types.map(checkSchema))).min(1, 'list at least one check'),
    });
    /** The flat configs/data_validation.json shape (one top-level key per threshold), accepted as-is. */
    const legacyConfigSchema = schemas/* strictObject */.rej({
        min_rows: schemas/* number */.aig().optional(),
        max_null_percent: schemas/* number */.aig().optional(),
        required_columns: schemas/* array */.YOg(schemas/* string */.YjP()).optional(),
        target_column: schemas/* string */.YjP().optional(),
        min_class_percent: schemas/* number */.aig().optional(),
        feature_ranges: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({ min: schemas/* number */.aig(), max: schemas/* number */.aig() })).optional(),
        max_duplicate_percent: schemas/* number */.aig().optional(),
    });
    return { checkBuilders, checkSchema, csvReadSchema, readOptionsSchema, nativeConfigSchema, legacyConfigSchema };
}
let built;
const configSchemas = () => (built ??= build());
const checkTypes = () => Object.keys(configSchemas().checkBuilders);
const isCheckType = (t) => typeof t === 'string' && Object.hasOwn(configSchemas().checkBuilders, t);
/**
 * The native config's schema for a config whose `checks` are `checks` (as
 * written): their union holds only the types they use, which is all a valid
 * config needs; every type when one is missing or unknown, for the refusal
 * that lists them.
 */
function nativeConfigSchema(checks) {
    const types = Array.isArray(checks) ? [...new Set(checks.map((c) => (c !== null && typeof c === 'object' ? c.type : undefined)))] : [];
    return configSchemas().nativeConfigSchema(types.length > 0 && types.every(isCheckType) ? types : checkTypes());
}
/** The JSON Schema published for editors (schemas/validate-data.config.schema.json): native shape or the flat one. */
function validationConfigJsonSchema() {
    return configJsonSchema('validate-data', 'A list of named checks (native), or the flat configs/data_validation.json keys (min_rows, max_null_percent, required_columns, target_column, min_class_percent, feature_ranges, max_duplicate_percent).', [nativeConfigSchema(), configSchemas().legacyConfigSchema]);
}

// EXTERNAL MODULE: ./packages/core/src/user-regex.ts
var user_regex = __webpack_require__(3596);
// EXTERNAL MODULE: ./packages/data/src/read/text-values.ts
var text_values = __webpack_require__(5875);
;// CONCATENATED MODULE: ./packages/data/src/checks/gx-kwargs.ts


/** Kwargs that change only how GX reports or raises, never the verdict. */
const REPORTING_KWARGS = ['result_format', 'catch_exceptions', 'include_config', 'meta'];
const RESULT_FORMATS = ['BOOLEAN_ONLY', 'BASIC', 'SUMMARY', 'COMPLETE'];
const RESULT_FORMAT_KEYS = ['result_format', 'partial_unexpected_count', 'include_unexpected_rows', 'unexpected_index_column_names', 'return_unexpected_index_query', 'exclude_unexpected_values'];
const isParameter = (v) => typeof v === 'object' && v !== null && !Array.isArray(v) && '$PARAMETER' in v;
/** What went wrong with one kwarg; the caller adds the expectation and its position. */
class KwargError extends Error {
    key;
    hint;
    constructor(key, message, hint) {
        super(message);
        this.key = key;
        this.hint = hint;
    }
}
function refuseParameter(key, v) {
    if (isParameter(v)) {
        throw new KwargError(key, `holds a suite parameter (${JSON.stringify(v)}) inside it; only a whole kwarg can be a parameter`, `Write the value itself, or make the whole ${key} one {"$PARAMETER": \u2026}.`);
    }
}
function column(k, key = 'column') {
    const v = k[key];
    refuseParameter(key, v);
    if (typeof v !== 'string' || v === '')
        throw new KwargError(key, v === undefined ? 'is required' : `must be a column name, got ${JSON.stringify(v)}`);
    return v;
}
function optionalNumber(k, key) {
    const v = k[key];
    refuseParameter(key, v);
    if (v === undefined || v === null)
        return undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) {
        throw new KwargError(key, `must be a number or null, got ${JSON.stringify(v)}`, 'mlship compares numeric bounds only; dates and text bounds are not supported.');
    }
    return v;
}
/** A range bound: a number, or a date/timestamp text (for a date or timestamp column; the check refuses it on others). */
function bound(k, key) {
    const v = k[key];
    if (typeof v === 'string' && (0,text_values/* parseTimestamp */.EH)(v) !== undefined)
        return v;
    return optionalNumber(k, key);
}
function integer(k, key, { required = false, min = 0 } = {}) {
    const v = k[key];
    refuseParameter(key, v);
    if (v === undefined || v === null) {
        if (required)
            throw new KwargError(key, 'is required');
        return undefined;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
        throw new KwargError(key, `must be an integer >= ${min}, got ${JSON.stringify(v)}`);
    return v;
}
function bool(k, key, fallback) {
    const v = k[key];
    refuseParameter(key, v);
    if (v === undefined || v === null)
        return fallback;
    if (typeof v !== 'boolean')
        throw new KwargError(key, `must be true or false, got ${JSON.stringify(v)}`);
    return v;
}
function mostly(k) {
    const v = k.mostly;
    refuseParameter('mostly', v);
    if (v === undefined || v === null)
        return 1;
    if (typeof v !== 'number' || !(v >= 0 && v <= 1))
        throw new KwargError('mostly', `must be a number from 0 to 1, got ${JSON.stringify(v)}`);
    return v;
}
function gx_kwargs_text(k, key) {
    const v = k[key];
    refuseParameter(key, v);
    if (typeof v !== 'string')
        throw new KwargError(key, v === undefined ? 'is required' : `must be a string, got ${JSON.stringify(v)}`);
    return v;
}
/**
 * A regular expression kwarg, refused here (naming the expectation) when the
 * linear-time engine cannot run it; the check compiles it again, once, to run it.
 */
function regexText(k, key) {
    const v = gx_kwargs_text(k, key);
    refuseRegex(key, v);
    return v;
}
function regexList(k, key) {
    const v = k[key];
    refuseParameter(key, v);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw new KwargError(key, v === undefined ? 'is required' : `must be a list of regular expressions, got ${JSON.stringify(v)}`);
    if (v.length === 0)
        throw new KwargError(key, 'must hold at least one regular expression');
    v.forEach((p, i) => refuseRegex(`${key}[${i}]`, p));
    return v;
}
function refuseRegex(key, pattern) {
    const refusal = (0,user_regex/* regexRefusal */.eO)(pattern);
    if (refusal)
        throw new KwargError(key, `${JSON.stringify(pattern)} ${refusal.problem}`, refusal.hint);
}
function stringList(k, key, { nonEmpty = false } = {}) {
    const v = k[key];
    refuseParameter(key, v);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw new KwargError(key, v === undefined ? 'is required' : `must be a list of column names, got ${JSON.stringify(v)}`);
    if (nonEmpty && v.length === 0)
        throw new KwargError(key, 'must name at least one column');
    return v;
}
function valueSet(k, key = 'value_set') {
    const v = k[key];
    refuseParameter(key, v);
    if (!Array.isArray(v))
        throw new KwargError(key, v === undefined ? 'is required' : `must be a list, got ${JSON.stringify(v)}`);
    const bad = v.find((x) => typeof x !== 'string' && typeof x !== 'boolean' && !(typeof x === 'number' && Number.isFinite(x)));
    if (bad !== undefined)
        throw new KwargError(key, `holds ${JSON.stringify(bad)}; mlship compares strings, numbers and booleans only`);
    return v;
}
function oneOf(k, key, allowed, fallback) {
    const v = k[key];
    refuseParameter(key, v);
    if (v === undefined || v === null)
        return fallback;
    if (!allowed.includes(v))
        throw new KwargError(key, `must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
    return v;
}
/** result_format changes only the shape of GX's result, so it is accepted once it is one GX would accept. */
function checkReportingKwargs(k) {
    const rf = k.result_format;
    if (rf !== undefined && rf !== null) {
        if (typeof rf === 'string') {
            if (!RESULT_FORMATS.includes(rf))
                throw new KwargError('result_format', `must be one of ${RESULT_FORMATS.join(', ')}, got ${JSON.stringify(rf)}`);
        }
        else if (typeof rf === 'object' && !Array.isArray(rf)) {
            const o = rf;
            const unknown = Object.keys(o).find((x) => !RESULT_FORMAT_KEYS.includes(x));
            if (unknown)
                throw new KwargError('result_format', `has unknown key "${unknown}"; GX knows ${RESULT_FORMAT_KEYS.join(', ')}`);
            if (o.result_format !== undefined && !RESULT_FORMATS.includes(o.result_format)) {
                throw new KwargError('result_format', `result_format.result_format must be one of ${RESULT_FORMATS.join(', ')}, got ${JSON.stringify(o.result_format)}`);
            }
        }
        else
            throw new KwargError('result_format', `must be one of ${RESULT_FORMATS.join(', ')} or a mapping, got ${JSON.stringify(rf)}`);
    }
    bool(k, 'catch_exceptions', false);
    bool(k, 'include_config', true);
    const meta = k.meta;
    if (meta !== undefined && meta !== null && (typeof meta !== 'object' || Array.isArray(meta)))
        throw new KwargError('meta', `must be a mapping, got ${JSON.stringify(meta)}`);
}
/** GX's value_pairs_set: a list of [A, B] pairs of strings, numbers, booleans or null (a missing value). */
function valuePairs(k, key = 'value_pairs_set') {
    const v = k[key];
    refuseParameter(key, v);
    if (!Array.isArray(v))
        throw new KwargError(key, v === undefined || v === null ? 'is required' : `must be a list of [A, B] pairs, got ${JSON.stringify(v)}`);
    return v.map((p, i) => {
        refuseParameter(`${key}[${i}]`, p);
        const ok = Array.isArray(p) && p.length === 2 && p.every((x) => x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x)));
        if (!ok)
            throw new KwargError(`${key}[${i}]`, `must be a pair [A, B] of strings, numbers, booleans or null, got ${JSON.stringify(p)}`);
        return p;
    });
}

;// CONCATENATED MODULE: ./packages/data/src/checks/gx-parameters.ts


const DURATION_MS = { weeks: 604_800_000, days: 86_400_000, hours: 3_600_000, minutes: 60_000, seconds: 1000, milliseconds: 1, microseconds: 0.001 };
/** The kwarg's value with its parameter substituted: a number, an ISO timestamp text, or the parameter's own value. */
function resolveParameter(key, ref, params, now) {
    const src = ref.$PARAMETER;
    const extra = Object.keys(ref).find((k) => k !== '$PARAMETER');
    if (extra)
        throw new KwargError(key, `has "${extra}" next to $PARAMETER; only {"$PARAMETER": "expression"} is supported`);
    if (typeof src !== 'string' || src.trim() === '')
        throw new KwargError(key, `$PARAMETER must be an expression or a parameter name, got ${JSON.stringify(src)}`);
    const fail = (msg) => {
        throw new KwargError(key, `{"$PARAMETER": ${JSON.stringify(src)}}: ${msg}`, 'Give parameters in the `parameters` input (JSON or YAML: name: value), or write the value itself.');
    };
    if (src.startsWith('urn:'))
        fail('URN references to other validation results are not supported');
    const tokens = src.match(/\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+|[A-Za-z_][A-Za-z0-9_.:-]*|[-+*/(),=]|\S/g) ?? [];
    let pos = 0;
    const peek = () => tokens[pos];
    const take = (t) => {
        if (peek() !== t)
            fail(`expected "${t}"${peek() ? ` before "${peek()}"` : ' at the end'}`);
        pos++;
    };
    const num = (v, what) => (v.t === 'number' ? v.v : fail(`${what} must be a number`));
    function call(name) {
        take('(');
        const args = [];
        const named = {};
        while (peek() !== ')') {
            if (peek() === undefined)
                fail(`unclosed ${name}(`);
            if (/^[A-Za-z_]/.test(peek()) && tokens[pos + 1] === '=') {
                const k = peek();
                pos += 2;
                named[k] = expr();
            }
            else
                args.push(expr());
            if (peek() === ',')
                pos++;
            else if (peek() !== ')')
                fail(`expected "," or ")" in ${name}(\u2026)`);
        }
        take(')');
        if (name === 'now') {
            if (args.length || Object.keys(named).length)
                fail('now() takes no arguments');
            return { t: 'datetime', ms: now };
        }
        if (name === 'datetime') {
            if (Object.keys(named).length || args.length < 3 || args.length > 6)
                fail('datetime(year, month, day[, hour, minute, second]) takes 3 to 6 numbers');
            const [y, mo, d, h = 0, mi = 0, s = 0] = args.map((a) => num(a, 'each datetime(\u2026) argument'));
            const ms = Date.UTC(y, mo - 1, d, h, mi, s);
            const back = new Date(ms);
            if (back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d)
                fail(`datetime(${y}, ${mo}, ${d}) is not a date`);
            return { t: 'datetime', ms };
        }
        if (name === 'timedelta') {
            let ms = 0;
            if (args.length > 1)
                fail('timedelta takes days as its one positional argument');
            if (args[0])
                ms += num(args[0], 'timedelta days') * DURATION_MS.days;
            for (const [k, v] of Object.entries(named)) {
                const unit = DURATION_MS[k];
                if (unit === undefined)
                    fail(`timedelta has no "${k}"; use ${Object.keys(DURATION_MS).join(', ')}`);
                ms += num(v, `timedelta ${k}`) * unit;
            }
            return { t: 'duration', ms };
        }
        return fail(`unknown function ${name}(); supported: now(), datetime(\u2026), timedelta(\u2026)`);
    }
    function factor() {
        const t = peek();
        if (t === undefined)
            return fail('ends too early');
        if (t === '-') {
            pos++;
            const v = factor();
            if (v.t === 'number')
                return { t: 'number', v: -v.v };
            if (v.t === 'duration')
                return { t: 'duration', ms: -v.ms };
            return fail('only a number or a timedelta can be negated');
        }
        if (t === '(') {
            pos++;
            const v = expr();
            take(')');
            return v;
        }
        if (/^[\d.]/.test(t)) {
            pos++;
            return { t: 'number', v: Number(t) };
        }
        if (/^[A-Za-z_]/.test(t)) {
            pos++;
            if (peek() === '(')
                return call(t);
            if (!params || !(t in params))
                return fail(`parameter "${t}" is not given${params ? `; the parameters input has ${Object.keys(params).join(', ') || 'none'}` : ' (no parameters input)'}`);
            const v = params[t];
            if (typeof v === 'number')
                return { t: 'number', v };
            if (typeof v === 'string' && (0,text_values/* parseTimestamp */.EH)(v) !== undefined)
                return { t: 'datetime', ms: (0,text_values/* parseTimestamp */.EH)(v) };
            return { t: 'other', v };
        }
        return fail(`unexpected "${t}"`);
    }
    function term() {
        let left = factor();
        while (peek() === '*' || peek() === '/') {
            const op = tokens[pos++];
            const right = factor();
            if (left.t === 'number' && right.t === 'number')
                left = { t: 'number', v: op === '*' ? left.v * right.v : left.v / right.v };
            else if (left.t === 'duration' && right.t === 'number')
                left = { t: 'duration', ms: op === '*' ? left.ms * right.v : left.ms / right.v };
            else if (op === '*' && left.t === 'number' && right.t === 'duration')
                left = { t: 'duration', ms: left.v * right.ms };
            else
                fail(`cannot apply "${op}" to ${left.t} and ${right.t}`);
        }
        return left;
    }
    function expr() {
        let left = term();
        while (peek() === '+' || peek() === '-') {
            const sign = tokens[pos++] === '+' ? 1 : -1;
            const right = term();
            if (left.t === 'number' && right.t === 'number')
                left = { t: 'number', v: left.v + sign * right.v };
            else if (left.t === 'datetime' && right.t === 'duration')
                left = { t: 'datetime', ms: left.ms + sign * right.ms };
            else if (left.t === 'duration' && right.t === 'duration')
                left = { t: 'duration', ms: left.ms + sign * right.ms };
            else if (sign === 1 && left.t === 'duration' && right.t === 'datetime')
                left = { t: 'datetime', ms: left.ms + right.ms };
            else if (sign === -1 && left.t === 'datetime' && right.t === 'datetime')
                left = { t: 'duration', ms: left.ms - right.ms };
            else
                fail(`cannot ${sign === 1 ? 'add' : 'subtract'} ${right.t} ${sign === 1 ? 'to' : 'from'} ${left.t}`);
        }
        return left;
    }
    // A bare name keeps its value as given (a list for value_set, text for regex).
    if (tokens.length === 1 && /^[A-Za-z_]/.test(tokens[0]) && params && tokens[0] in params && typeof params[tokens[0]] !== 'number') {
        const given = params[tokens[0]];
        return typeof given === 'string' && (0,text_values/* parseTimestamp */.EH)(given) !== undefined ? new Date((0,text_values/* parseTimestamp */.EH)(given)).toISOString() : given;
    }
    const v = expr();
    if (pos < tokens.length)
        fail(`unexpected "${tokens[pos]}"`);
    if (v.t === 'number')
        return v.v;
    if (v.t === 'datetime')
        return new Date(v.ms).toISOString();
    if (v.t === 'duration')
        return fail('is a timedelta; add it to a date, e.g. now() - timedelta(days=7)');
    return v.v;
}

// EXTERNAL MODULE: ./packages/data/src/checks/formats/json-schema.ts
var json_schema = __webpack_require__(1011);
// EXTERNAL MODULE: ./packages/data/src/checks/formats/strptime.ts
var strptime = __webpack_require__(7001);
;// CONCATENATED MODULE: ./packages/data/src/checks/gx-types.ts
/**
 * The `type_` names GX's pandas backend accepts (Python builtins, numpy and
 * pandas dtype names and their aliases), by the column kind they describe.
 * An object column (`O`, `object`, `object_`) holds text after reading.
 */
const groups = {
    int: ['int', 'int_', 'int8', 'int16', 'int32', 'int64', 'Int8', 'Int16', 'Int32', 'Int64', 'uint8', 'uint16', 'uint32', 'uint64', 'UInt8', 'UInt16', 'UInt32', 'UInt64', 'integer', 'long', 'longlong', 'intc', 'intp'],
    float: ['float', 'float_', 'float16', 'float32', 'float64', 'Float32', 'Float64', 'double', 'single', 'half', 'longdouble'],
    number: ['number'],
    decimal: ['Decimal', 'decimal'],
    bool: ['bool', 'bool_', 'boolean'],
    string: ['str', 'str_', 'string', 'unicode_', 'object', 'object_', 'O'],
    timestamp: ['datetime64', 'datetime64[ns]', 'datetime64[us]', 'datetime64[ms]', 'datetime64[s]', 'datetime', 'Timestamp', 'timestamp'],
    date: ['date'],
    binary: ['bytes', 'bytes_'],
    nested: ['list', 'dict'],
};
const gxTypeNames = Object.fromEntries(Object.entries(groups).flatMap(([kind, names]) => names.map((n) => [n, kind])));

;// CONCATENATED MODULE: ./packages/data/src/checks/gx-format-kwargs.ts




function refuseNestedParameter(key, v) {
    if (isParameter(v))
        throw new KwargError(key, `holds a suite parameter (${JSON.stringify(v)}) inside it; only a whole kwarg can be a parameter`);
}
/** GX's type_list names as column kinds; a null list (GX: any type) is a check that cannot fail. */
function typeList(k) {
    const v = k.type_list;
    refuseNestedParameter('type_list', v);
    if (v === undefined || v === null)
        throw new KwargError('type_list', 'is null, which GX reads as "any type": a check that cannot fail', 'List the types the column may have, e.g. ["int", "float"].');
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw new KwargError('type_list', `must be a list of type names, got ${JSON.stringify(v)}`);
    if (v.length === 0)
        throw new KwargError('type_list', 'must name at least one type');
    const kinds = v.map((name) => {
        const kind = gxTypeNames[name];
        if (!kind)
            throw new KwargError('type_list', `"${name}" has no mlship equivalent`, `Use one of: ${Object.keys(gxTypeNames).join(', ')}.`);
        return kind;
    });
    return [...new Set(kinds)];
}
/**
 * A strftime format GX accepts: strptime must compile it and read back what
 * strftime writes for the current time, as GX's own validator tries. That
 * rules out %z and %Z, which a time without a zone formats as nothing.
 */
function strftimeFormat(k, now = new Date()) {
    const format = gx_kwargs_text(k, 'strftime_format');
    try {
        const f = (0,strptime/* compileStrptime */.St)(format);
        if (!f.parses((0,strptime/* strftimeNaive */.gp)(format, now))) {
            throw new KwargError('strftime_format', `${JSON.stringify(format)} cannot read back what strftime writes with it, so GX refuses it ("Unable to use provided strftime_format")`, /%[zZ]/.test(format) ? 'GX formats a time without a zone, where %z and %Z write nothing; use the native strftime_format check for zoned text.' : undefined);
        }
    }
    catch (e) {
        if (e instanceof strptime/* FormatError */.IF)
            throw new KwargError('strftime_format', `${JSON.stringify(format)}: ${e.message}`);
        throw e;
    }
    return format;
}
/** GX types json_schema as a dict; a schema jsonschema's check_schema would reject is refused here. */
function jsonSchema(k) {
    const v = k.json_schema;
    refuseNestedParameter('json_schema', v);
    if (typeof v !== 'object' || v === null || Array.isArray(v))
        throw new KwargError('json_schema', v === undefined ? 'is required' : `must be a JSON Schema mapping, got ${JSON.stringify(v)}`);
    try {
        (0,json_schema/* compileJsonSchema */.nk)(v);
    }
    catch (e) {
        if (e instanceof json_schema/* SchemaProblem */.V8)
            throw new KwargError('json_schema', e.message);
        throw e;
    }
    return v;
}
/** GX raises "At least one like_pattern must be supplied in the like_pattern_list." for an empty list. */
function likePatternList(k) {
    const v = k.like_pattern_list;
    refuseNestedParameter('like_pattern_list', v);
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'string'))
        throw new KwargError('like_pattern_list', v === undefined ? 'is required' : `must be a list of LIKE patterns, got ${JSON.stringify(v)}`);
    if (v.length === 0)
        throw new KwargError('like_pattern_list', 'must hold at least one LIKE pattern');
    return v;
}

;// CONCATENATED MODULE: ./packages/data/src/checks/gx-partition.ts

const SHAPE = 'must be {values: [...], weights: [...]} or {bins: [...], weights: [...], tail_weights: [below, above]}';
const KEYS = ['values', 'weights', 'bins', 'tail_weights'];
function edge(v, i) {
    if (typeof v === 'number' && !Number.isNaN(v))
        return v === -Infinity ? '-inf' : v === Infinity ? 'inf' : v;
    if (v === '-Infinity' || v === '-inf')
        return '-inf';
    if (v === 'Infinity' || v === 'inf')
        return 'inf';
    throw new KwargError('partition_object', `bins[${i}] must be a number (or -Infinity / Infinity), got ${JSON.stringify(v)}`);
}
function numbers(o, key) {
    const v = o[key];
    if (!Array.isArray(v) || !v.every((x) => typeof x === 'number' && Number.isFinite(x)))
        throw new KwargError('partition_object', `${key} must be a list of numbers, got ${JSON.stringify(v)}`);
    return v;
}
function partitionObject(k, bucketize) {
    const p = k.partition_object;
    if (p === undefined || p === null) {
        throw new KwargError('partition_object', 'is missing; GX then bins the data itself, which mlship does not reproduce', 'Give the expected partition: {values, weights} or {bins, weights}.');
    }
    if (typeof p !== 'object' || Array.isArray(p))
        throw new KwargError('partition_object', SHAPE);
    const o = p;
    const extra = Object.keys(o).find((x) => !KEYS.includes(x));
    if (extra)
        throw new KwargError('partition_object', `has unknown key "${extra}"; it ${SHAPE}`);
    if ('values' in o && 'bins' in o)
        throw new KwargError('partition_object', `has both values and bins; it ${SHAPE}`);
    if ('values' in o) {
        if ('tail_weights' in o)
            throw new KwargError('partition_object', 'tail_weights go with bins, not values');
        return { values: valueSet(o, 'values'), weights: numbers(o, 'weights') };
    }
    if (!('bins' in o) || !('weights' in o))
        throw new KwargError('partition_object', SHAPE);
    // GX raises here: a continuous partition needs the data bucketed.
    if (!bucketize)
        throw new KwargError('bucketize_data', 'is false, and a partition with bins needs the data bucketed', 'Drop bucketize_data, or give values and weights.');
    const bins = o.bins;
    if (!Array.isArray(bins))
        throw new KwargError('partition_object', `bins must be a list of numbers, got ${JSON.stringify(bins)}`);
    const tail = 'tail_weights' in o ? numbers(o, 'tail_weights') : undefined;
    if (tail && tail.length !== 2)
        throw new KwargError('partition_object', `tail_weights must be [below, above], got ${JSON.stringify(tail)}`);
    return { bins: bins.map(edge), weights: numbers(o, 'weights'), ...(tail ? { tail_weights: tail } : {}) };
}
/** A holdout share from 0 to 1, 0 when left out; GX raises for null or anything else. */
function holdout(k, key) {
    if (!(key in k))
        return 0;
    const v = k[key];
    if (typeof v !== 'number' || !(v >= 0 && v <= 1))
        throw new KwargError(key, `must be a number greater than or equal to 0 and less than or equal to 1, got ${JSON.stringify(v)}`);
    return v;
}
/** GX passes any divergence when threshold is null, so the check could not fail: refused. */
function threshold(k) {
    const v = optionalNumber(k, 'threshold');
    if (v === undefined)
        throw new KwargError('threshold', 'is missing or null, which passes any divergence', 'Give the highest KL divergence allowed, e.g. 0.1.');
    if (v < 0)
        throw new KwargError('threshold', `must be 0 or more, got ${v}`);
    return v;
}
const bucketizeData = (k) => bool(k, 'bucketize_data', true);

;// CONCATENATED MODULE: ./packages/data/src/checks/gx.ts







const CONDITION = ['row_condition', 'condition_parser'];
const PARSERS = { pandas: 'pandas', great_expectations: 'great_expectations', great_expectations__experimental__: 'great_expectations' };
/** GX requires a condition_parser with a row_condition (its pandas engine raises without one). */
function condition(k) {
    const rc = k.row_condition;
    if (rc === undefined || rc === null || rc === '')
        return {};
    if (typeof rc !== 'string')
        throw new KwargError('row_condition', `must be a string, got ${JSON.stringify(rc)}`);
    const parser = k.condition_parser;
    if (parser === undefined || parser === null)
        throw new KwargError('condition_parser', 'is required with row_condition', 'Add "condition_parser": "pandas" (bare column names) or "great_expectations" (col("name")).');
    const p = typeof parser === 'string' ? PARSERS[parser] : undefined;
    if (!p)
        throw new KwargError('condition_parser', `must be one of ${Object.keys(PARSERS).join(', ')}, got ${JSON.stringify(parser)}`, 'The spark and sql parsers are not supported.');
    return { row_condition: rc, condition_parser: p };
}
const BOUNDS = ['min_value', 'max_value', 'strict_min', 'strict_max'];
/**
 * Bounds that may be dates (for date and timestamp columns), at least one of them: GX raises
 * when a map or min/max expectation has neither, and a range with no bound cannot fail.
 */
function someBound(k) {
    const min = bound(k, 'min_value');
    const max = bound(k, 'max_value');
    if (min === undefined && max === undefined)
        throw new KwargError('min_value', 'and max_value are both missing; give at least one', 'A range with neither bound cannot fail.');
    return { min, max };
}
function lengthBounds(k) {
    const min = integer(k, 'min_value');
    const max = integer(k, 'max_value');
    if (min === undefined && max === undefined)
        throw new KwargError('min_value', 'and max_value are both missing; give at least one', 'A range with neither bound cannot fail.');
    return { min, max };
}
function bounds(k) {
    return { min: optionalNumber(k, 'min_value'), max: optionalNumber(k, 'max_value'), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false) };
}
/** A pair's ignore_row_if; GX before 0.16 also took `never` for `neither`. */
function pairIgnoreRowIf(k) {
    const v = oneOf(k, 'ignore_row_if', [...ignore_rows/* PAIR_IGNORES */.d2, 'never'], 'both_values_are_missing');
    return v === 'never' ? 'neither' : v;
}
const PAIR = ['column_A', 'column_B', 'ignore_row_if', 'mostly'];
const pairColumns = (k) => ({ column_a: column(k, 'column_A'), column_b: column(k, 'column_B'), ignore_row_if: pairIgnoreRowIf(k), mostly: mostly(k) });
const MULTI = ['column_list', 'ignore_row_if', 'mostly'];
const multiColumns = (k) => ({ columns: stringList(k, 'column_list', { nonEmpty: true }), ignore_row_if: oneOf(k, 'ignore_row_if', ignore_rows/* ROW_IGNORES */.nK, 'all_values_are_missing'), mostly: mostly(k) });
const pairGreater = {
    conditional: true,
    kwargs: [...PAIR, 'or_equal', 'parse_strings_as_datetimes', 'allow_cross_type_comparisons'],
    map: (k) => {
        // GX's pandas engine raises NotImplementedError for it; mlship compares one kind with itself.
        if (bool(k, 'allow_cross_type_comparisons', false)) {
            throw new KwargError('allow_cross_type_comparisons', 'true is not supported (GX\'s pandas engine does not implement it either)', 'Remove it, or set it to false: numbers compare with numbers, text with text and dates with dates.');
        }
        return [{ type: 'pair_greater', ...pairColumns(k), or_equal: bool(k, 'or_equal', false), as_datetimes: bool(k, 'parse_strings_as_datetimes', false) }];
    },
};
/** GX 0.x parses text as datetimes with parse_strings_as_datetimes; mlship reads date and timestamp text as such either way. */
const monotonic = (direction) => ({
    conditional: true,
    kwargs: ['column', 'strictly', 'mostly', 'parse_strings_as_datetimes'],
    map: (k) => {
        bool(k, 'parse_strings_as_datetimes', false);
        return [{ type: 'monotonic', column: column(k), direction, strictly: bool(k, 'strictly', false), mostly: mostly(k) }];
    },
});
const expectations = {
    expect_table_row_count_to_be_between: {
        conditional: true,
        kwargs: ['min_value', 'max_value'],
        map: (k) => [{ type: 'row_count', min: optionalNumber(k, 'min_value'), max: optionalNumber(k, 'max_value') }],
    },
    expect_table_row_count_to_equal: {
        conditional: true,
        kwargs: ['value'],
        map: (k) => {
            const v = integer(k, 'value', { required: true });
            return [{ type: 'row_count', min: v, max: v }];
        },
    },
    expect_table_columns_to_match_set: {
        kwargs: ['column_set', 'exact_match'],
        map: (k) => [{ type: 'columns', columns: stringList(k, 'column_set', { nonEmpty: true }), mode: bool(k, 'exact_match', true) ? 'exact' : 'subset' }],
    },
    expect_column_to_exist: {
        kwargs: ['column', 'column_index'],
        map: (k) => [{ type: 'column_exists', column: column(k), index: integer(k, 'column_index') }],
    },
    expect_column_values_to_not_be_null: {
        conditional: true,
        kwargs: ['column', 'mostly'],
        map: (k) => [{ type: 'not_null', column: column(k), mostly: mostly(k) }],
    },
    expect_column_values_to_be_between: {
        conditional: true,
        // GX 0.x parses text as datetimes with this flag; mlship's readers already read date and
        // timestamp text as such, and take date bounds on those columns, so it holds either way.
        kwargs: ['column', 'mostly', ...BOUNDS, 'parse_strings_as_datetimes'],
        map: (k) => {
            bool(k, 'parse_strings_as_datetimes', false);
            return [{ type: 'values_between', column: column(k), ...someBound(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false), mostly: mostly(k) }];
        },
    },
    expect_column_distinct_values_to_be_in_set: {
        conditional: true,
        kwargs: ['column', 'value_set'],
        map: (k) => [{ type: 'distinct_values_in_set', column: column(k), values: valueSet(k) }],
    },
    expect_column_distinct_values_to_contain_set: {
        conditional: true,
        kwargs: ['column', 'value_set'],
        map: (k) => [{ type: 'distinct_values_contain_set', column: column(k), values: valueSet(k) }],
    },
    expect_column_distinct_values_to_equal_set: {
        conditional: true,
        kwargs: ['column', 'value_set'],
        map: (k) => [{ type: 'distinct_values_equal_set', column: column(k), values: valueSet(k) }],
    },
    expect_column_values_to_be_in_set: {
        conditional: true,
        kwargs: ['column', 'value_set', 'mostly'],
        map: (k) => [{ type: 'values_in_set', column: column(k), values: valueSet(k), mostly: mostly(k) }],
    },
    expect_column_values_to_be_unique: {
        conditional: true,
        kwargs: ['column', 'mostly'],
        map: (k) => [{ type: 'unique', columns: [column(k)], mostly: mostly(k) }],
    },
    expect_compound_columns_to_be_unique: {
        conditional: true,
        kwargs: ['column_list', 'mostly', 'ignore_row_if'],
        map: (k) => [
            {
                type: 'unique',
                columns: stringList(k, 'column_list', { nonEmpty: true }),
                mostly: mostly(k),
                ignore_row_if: oneOf(k, 'ignore_row_if', ['all_values_are_missing', 'any_value_is_missing', 'never'], 'all_values_are_missing'),
            },
        ],
    },
    expect_column_values_to_match_regex: {
        conditional: true,
        kwargs: ['column', 'regex', 'mostly'],
        map: (k) => [{ type: 'regex', column: column(k), pattern: regexText(k, 'regex'), mostly: mostly(k) }],
    },
    expect_column_mean_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'mean_between', column: column(k), ...bounds(k) }],
    },
    expect_column_stdev_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'std_between', column: column(k), ...bounds(k) }],
    },
    expect_column_median_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'quantile_between', column: column(k), quantile: 0.5, ...bounds(k) }],
    },
    expect_column_quantile_values_to_be_between: {
        conditional: true,
        kwargs: ['column', 'quantile_ranges'],
        map: (k) => {
            const col = column(k);
            const r = k.quantile_ranges;
            const shape = 'must be {quantiles: [q, \u2026], value_ranges: [[min, max], \u2026]} with one range per quantile';
            if (typeof r !== 'object' || r === null || Array.isArray(r))
                throw new KwargError('quantile_ranges', shape);
            const extra = Object.keys(r).find((x) => x !== 'quantiles' && x !== 'value_ranges');
            if (extra)
                throw new KwargError('quantile_ranges', `has unknown key "${extra}"; ${shape}`);
            const { quantiles, value_ranges: ranges } = r;
            if (!Array.isArray(quantiles) || !Array.isArray(ranges) || quantiles.length !== ranges.length || quantiles.length === 0)
                throw new KwargError('quantile_ranges', shape);
            return quantiles.map((q, i) => {
                const range = ranges[i];
                if (typeof q !== 'number' || !(q >= 0 && q <= 1))
                    throw new KwargError('quantile_ranges', `quantiles[${i}] must be a number from 0 to 1, got ${JSON.stringify(q)}`);
                if (!Array.isArray(range) || range.length !== 2)
                    throw new KwargError('quantile_ranges', `value_ranges[${i}] must be [min, max] (null for open), got ${JSON.stringify(range)}`);
                const b = { min_value: range[0], max_value: range[1] };
                return { type: 'quantile_between', id: `quantile_between:${col}:${q}`, column: col, quantile: q, min: optionalNumber(b, 'min_value'), max: optionalNumber(b, 'max_value') };
            });
        },
    },
    expect_table_column_count_to_equal: {
        kwargs: ['value'],
        map: (k) => {
            const v = integer(k, 'value', { required: true });
            return [{ type: 'column_count', min: v, max: v }];
        },
    },
    expect_table_column_count_to_be_between: {
        kwargs: ['min_value', 'max_value'],
        map: (k) => [{ type: 'column_count', min: integer(k, 'min_value'), max: integer(k, 'max_value') }],
    },
    expect_table_columns_to_match_ordered_list: {
        kwargs: ['column_list'],
        map: (k) => [{ type: 'columns', columns: stringList(k, 'column_list', { nonEmpty: true }), mode: 'ordered' }],
    },
    expect_column_values_to_be_null: {
        conditional: true,
        kwargs: ['column', 'mostly'],
        map: (k) => [{ type: 'is_null', column: column(k), mostly: mostly(k) }],
    },
    expect_column_values_to_not_be_in_set: {
        conditional: true,
        kwargs: ['column', 'value_set', 'mostly'],
        map: (k) => [{ type: 'values_not_in_set', column: column(k), values: valueSet(k), mostly: mostly(k) }],
    },
    expect_column_values_to_not_match_regex: {
        conditional: true,
        kwargs: ['column', 'regex', 'mostly'],
        map: (k) => [{ type: 'not_regex', column: column(k), pattern: regexText(k, 'regex'), mostly: mostly(k) }],
    },
    expect_column_values_to_match_regex_list: {
        conditional: true,
        kwargs: ['column', 'regex_list', 'match_on', 'mostly'],
        map: (k) => [{ type: 'regex_list', column: column(k), patterns: regexList(k, 'regex_list'), match_on: oneOf(k, 'match_on', ['any', 'all'], 'any'), mostly: mostly(k) }],
    },
    expect_column_values_to_not_match_regex_list: {
        conditional: true,
        kwargs: ['column', 'regex_list', 'mostly'],
        map: (k) => [{ type: 'not_regex_list', column: column(k), patterns: regexList(k, 'regex_list'), mostly: mostly(k) }],
    },
    expect_column_value_lengths_to_be_between: {
        conditional: true,
        kwargs: ['column', 'mostly', ...BOUNDS],
        map: (k) => [{ type: 'value_lengths', column: column(k), ...lengthBounds(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false), mostly: mostly(k) }],
    },
    expect_column_value_lengths_to_equal: {
        conditional: true,
        kwargs: ['column', 'value', 'mostly'],
        map: (k) => {
            const v = integer(k, 'value', { required: true });
            return [{ type: 'value_lengths', column: column(k), min: v, max: v, mostly: mostly(k) }];
        },
    },
    expect_column_min_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'min_between', column: column(k), ...someBound(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false) }],
    },
    expect_column_max_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'max_between', column: column(k), ...someBound(k), strict_min: bool(k, 'strict_min', false), strict_max: bool(k, 'strict_max', false) }],
    },
    expect_column_pair_values_to_be_equal: {
        conditional: true,
        kwargs: PAIR,
        map: (k) => [{ type: 'pair_equal', ...pairColumns(k) }],
    },
    expect_column_pair_values_a_to_be_greater_than_b: pairGreater,
    // GX 0.x spelled it with capitals.
    expect_column_pair_values_A_to_be_greater_than_B: pairGreater,
    expect_column_pair_values_to_be_in_set: {
        conditional: true,
        kwargs: [...PAIR, 'value_pairs_set'],
        map: (k) => [{ type: 'pair_in_set', ...pairColumns(k), pairs: valuePairs(k) }],
    },
    expect_multicolumn_sum_to_equal: {
        conditional: true,
        kwargs: [...MULTI, 'sum_total'],
        map: (k) => {
            const total = optionalNumber(k, 'sum_total');
            if (total === undefined)
                throw new KwargError('sum_total', 'is required');
            return [{ type: 'multicolumn_sum', ...multiColumns(k), sum: total }];
        },
    },
    expect_select_column_values_to_be_unique_within_record: {
        conditional: true,
        kwargs: MULTI,
        map: (k) => [{ type: 'unique_within_record', ...multiColumns(k) }],
    },
    expect_column_sum_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'sum_between', column: column(k), ...bounds(k) }],
    },
    expect_column_unique_value_count_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'distinct_count_between', column: column(k), ...bounds(k) }],
    },
    expect_column_proportion_of_unique_values_to_be_between: {
        conditional: true,
        kwargs: ['column', ...BOUNDS],
        map: (k) => [{ type: 'distinct_proportion_between', column: column(k), ...bounds(k) }],
    },
    expect_column_most_common_value_to_be_in_set: {
        conditional: true,
        kwargs: ['column', 'value_set', 'ties_okay'],
        map: (k) => [{ type: 'most_common_in_set', column: column(k), values: valueSet(k), ties_okay: bool(k, 'ties_okay', false) }],
    },
    expect_column_value_z_scores_to_be_less_than: {
        conditional: true,
        kwargs: ['column', 'threshold', 'double_sided', 'mostly'],
        map: (k) => {
            const t = optionalNumber(k, 'threshold');
            if (t === undefined)
                throw new KwargError('threshold', 'is required');
            return [{ type: 'z_scores_below', column: column(k), threshold: t, double_sided: bool(k, 'double_sided', true), mostly: mostly(k) }];
        },
    },
    expect_column_kl_divergence_to_be_less_than: {
        conditional: true,
        kwargs: ['column', 'partition_object', 'threshold', 'internal_weight_holdout', 'tail_weight_holdout', 'bucketize_data'],
        map: (k) => [
            {
                type: 'kl_divergence',
                column: column(k),
                partition: partitionObject(k, bucketizeData(k)),
                threshold: threshold(k),
                tail_weight_holdout: holdout(k, 'tail_weight_holdout'),
                internal_weight_holdout: holdout(k, 'internal_weight_holdout'),
            },
        ],
    },
    expect_column_values_to_be_increasing: monotonic('increasing'),
    expect_column_values_to_be_decreasing: monotonic('decreasing'),
    expect_column_values_to_be_of_type: {
        kwargs: ['column', 'type_'],
        map: (k) => {
            const name = gx_kwargs_text(k, 'type_');
            const t = gxTypeNames[name];
            if (!t)
                throw new KwargError('type_', `"${name}" has no mlship equivalent`, `Use one of: ${Object.keys(gxTypeNames).join(', ')}.`);
            return [{ type: 'column_type', column: column(k), dtype: t }];
        },
    },
    expect_column_values_to_be_in_type_list: {
        conditional: true,
        kwargs: ['column', 'type_list', 'mostly'],
        map: (k) => [{ type: 'type_list', column: column(k), dtypes: typeList(k), mostly: mostly(k) }],
    },
    expect_column_values_to_match_strftime_format: {
        conditional: true,
        kwargs: ['column', 'strftime_format', 'mostly'],
        map: (k) => [{ type: 'strftime_format', column: column(k), format: strftimeFormat(k), mostly: mostly(k) }],
    },
    expect_column_values_to_be_dateutil_parseable: {
        conditional: true,
        kwargs: ['column', 'mostly'],
        map: (k) => [{ type: 'dateutil_parseable', column: column(k), mostly: mostly(k) }],
    },
    expect_column_values_to_be_json_parseable: {
        conditional: true,
        kwargs: ['column', 'mostly'],
        map: (k) => [{ type: 'json_parseable', column: column(k), mostly: mostly(k) }],
    },
    expect_column_values_to_match_json_schema: {
        conditional: true,
        kwargs: ['column', 'json_schema', 'mostly'],
        map: (k) => [{ type: 'json_schema', column: column(k), schema: jsonSchema(k), mostly: mostly(k) }],
    },
    expect_column_values_to_match_like_pattern: {
        conditional: true,
        kwargs: ['column', 'like_pattern', 'mostly'],
        map: (k) => [{ type: 'like_pattern', column: column(k), pattern: gx_kwargs_text(k, 'like_pattern'), mostly: mostly(k) }],
    },
    expect_column_values_to_not_match_like_pattern: {
        conditional: true,
        kwargs: ['column', 'like_pattern', 'mostly'],
        map: (k) => [{ type: 'not_like_pattern', column: column(k), pattern: gx_kwargs_text(k, 'like_pattern'), mostly: mostly(k) }],
    },
    expect_column_values_to_match_like_pattern_list: {
        conditional: true,
        kwargs: ['column', 'like_pattern_list', 'match_on', 'mostly'],
        map: (k) => [{ type: 'like_pattern_list', column: column(k), patterns: likePatternList(k), match_on: oneOf(k, 'match_on', ['any', 'all'], 'any'), mostly: mostly(k) }],
    },
    expect_column_values_to_not_match_like_pattern_list: {
        conditional: true,
        kwargs: ['column', 'like_pattern_list', 'mostly'],
        map: (k) => [{ type: 'not_like_pattern_list', column: column(k), patterns: likePatternList(k), mostly: mostly(k) }],
    },
};
const supportedExpectations = Object.keys(expectations);
/** Supported kwargs per expectation, for the README and messages. */
const supportedKwargs = (name) => [...(expectations[name]?.kwargs ?? []), ...(expectations[name]?.conditional ? CONDITION : []), ...REPORTING_KWARGS];
const SUITE_KEYS = ['expectations', 'expectation_suite_name', 'name', 'id', 'ge_cloud_id', 'data_asset_type', 'meta', 'notes'];
const ENTRY_KEYS = ['expectation_type', 'type', 'kwargs', 'meta', 'id', 'ge_cloud_id', 'notes', 'description', 'rendered_content', 'expectation_context'];
/** The native checks of a suite, and for each one the expectation it came from (for GX-shaped results). */
function fromGreatExpectations(suite, source, options = {}) {
    const extraKey = Object.keys(suite).find((key) => !SUITE_KEYS.includes(key));
    if (extraKey) {
        throw new src/* UserError */.yo(`unknown key "${extraKey}" in a Great Expectations suite`, { where: source, hint: `A suite may hold: ${SUITE_KEYS.join(', ')}.` });
    }
    const expectationTypes = [];
    const checks = suite.expectations.flatMap((e, i) => {
        const where = `${source}: expectations[${i}]`;
        if (e === null || typeof e !== 'object' || Array.isArray(e))
            throw new src/* UserError */.yo('expected a mapping with `expectation_type` (or `type`) and `kwargs`', { where });
        const entry = e;
        const name = String(entry.expectation_type ?? entry.type ?? '');
        const exp = expectations[name];
        if (!exp)
            throw new src/* UserError */.yo(`expectation "${name}" is not supported`, { where, hint: `Supported: ${supportedExpectations.join(', ')}.` });
        const badEntryKey = Object.keys(entry).find((key) => !ENTRY_KEYS.includes(key));
        if (badEntryKey)
            throw new src/* UserError */.yo(`${name}: unknown key "${badEntryKey}"`, { where, hint: `An expectation may hold: ${ENTRY_KEYS.join(', ')}.` });
        const kwargs = entry.kwargs ?? {};
        if (typeof kwargs !== 'object' || kwargs === null || Array.isArray(kwargs))
            throw new src/* UserError */.yo(`${name}: kwargs must be a mapping`, { where });
        const raw = kwargs;
        const allowed = supportedKwargs(name);
        const unknown = Object.keys(raw).find((key) => !allowed.includes(key));
        if (unknown) {
            throw new src/* UserError */.yo(`${name}: kwarg "${unknown}" is not supported by mlship, and running without it could pass what it should block`, {
                where,
                hint: `Supported kwargs: ${allowed.join(', ')}.`,
            });
        }
        try {
            const now = options.now ?? Date.now();
            const k = Object.fromEntries(Object.entries(raw).map(([key, v]) => [key, isParameter(v) ? resolveParameter(key, v, options.parameters, now) : v]));
            checkReportingKwargs(k);
            const where = exp.conditional ? condition(k) : {};
            const specs = exp.map(k).map((spec) => ({ ...spec, ...where }));
            expectationTypes.push(...specs.map(() => name));
            return specs;
        }
        catch (err) {
            if (err instanceof KwargError)
                throw new src/* UserError */.yo(`${name}: kwargs.${err.key} ${err.message}`, { where, hint: err.hint });
            throw err;
        }
    });
    return { checks, expectationTypes };
}

;// CONCATENATED MODULE: ./packages/data/src/checks/legacy.ts
/**
 * seed 002's validator, check for check: same ids, same defaults
 * (`config.get("min_rows", 1000)` \u2026), so a team's existing file gives the same
 * verdicts. The target check is skipped only when the *default* target column
 * is absent, as the seed does; a named target that is missing is an error.
 */
function fromLegacy(c, columns) {
    const checks = [
        { type: 'row_count', id: 'row_count', min: c.min_rows ?? 1000, severity: 'error' },
        { type: 'null_percent', id: 'missing_values', max: c.max_null_percent ?? 5.0, scope: 'column', severity: 'error' },
        { type: 'columns', id: 'schema', columns: c.required_columns ?? [], mode: 'subset', severity: 'error' },
    ];
    const target = c.target_column ?? 'target';
    if (c.target_column !== undefined || columns.includes(target)) {
        checks.push({ type: 'class_balance', id: 'target_distribution', column: target, min_percent: c.min_class_percent ?? 1.0, severity: 'error' });
    }
    for (const [feature, b] of Object.entries(c.feature_ranges ?? {})) {
        checks.push({ type: 'values_between', id: `range_${feature}`, column: feature, min: b.min, max: b.max, strict_min: false, strict_max: false, mostly: 1, severity: 'error' });
    }
    checks.push({ type: 'duplicates', id: 'duplicates', max_percent: c.max_duplicate_percent ?? 1.0, severity: 'error' });
    return checks;
}
const legacyKeys = ['min_rows', 'max_null_percent', 'required_columns', 'target_column', 'min_class_percent', 'feature_ranges', 'max_duplicate_percent'];

;// CONCATENATED MODULE: ./packages/data/src/checks/load.ts






/**
 * `parameters` fills a Great Expectations suite's `{"$PARAMETER": \u2026}` kwargs; any other config
 * shape refuses it. Async only to load the JSON Schema validator when the config holds a schema.
 */
async function loadConfig(value, cwd = process.cwd(), options = {}) {
    const doc = readConfigDocument(value, cwd, 'config');
    // Whatever its checks compile to: a config without patterns is rare, and a skipped load would be a crash, not a pass.
    await Promise.all([loadRegexEngine(), mentionsJsonSchema(doc.value) && loadJsonSchemaSupport()]);
    return fromDocument(doc, options);
}
/** A config from its text; its patterns need loadRegexEngine() first, a JSON Schema check loadJsonSchemaSupport(). */
function parseConfig(text, source, options = {}) {
    return fromDocument((0,src/* parseConfigDocument */.Tm)(text, source), options);
}
function fromDocument(doc, options) {
    const { source, value: raw } = doc;
    if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
        throw new src/* UserError */.yo('expected a mapping with a `checks:` list (or the data_validation.json keys min_rows, max_null_percent, \u2026)', { where: source });
    }
    const obj = raw;
    const validate = (schema, value, where) => (0,src/* validateConfig */.$r)(schema, value, where, hooks);
    if (Array.isArray(obj.expectations)) {
        const suite = fromGreatExpectations(obj, source, options);
        const checks = validate(nativeConfigSchema(suite.checks), { checks: suite.checks }, (p) => `${source}: expectations (converted ${(0,src/* formatPath */.jV)(p)})`);
        return { source, format: 'great-expectations', expectationTypes: suite.expectationTypes, checksFor: () => checks.checks };
    }
    if (options.parameters) {
        throw new src/* UserError */.yo('the parameters input fills {"$PARAMETER": \u2026} values of a Great Expectations suite, and this config is not one', { where: source, hint: 'Remove parameters, or point config at a suite.' });
    }
    if (!('checks' in obj) && Object.keys(obj).some((k) => legacyKeys.includes(k))) {
        const legacy = validate(configSchemas().legacyConfigSchema, obj, doc.at);
        return { source, format: 'seed-002', checksFor: (columns) => fromLegacy(legacy, columns) };
    }
    const config = validate(nativeConfigSchema(obj.checks), obj, doc.at);
    const checks = config.checks;
    assertUniqueIds(checks, source);
    return { source, format: 'native', read: config.read, checksFor: () => checks };
}
/** A check's id: explicit, or type[:column] \u2014 made unique by the caller's assertion. */
function checkId(c) {
    if (c.id)
        return c.id;
    const col = 'column' in c && c.column
        ? c.column
        : 'column_a' in c
            ? `${c.column_a}+${c.column_b}`
            : 'columns' in c && c.columns && (c.type === 'unique' || c.type === 'multicolumn_sum' || c.type === 'unique_within_record')
                ? c.columns.join('+')
                : undefined;
    if (c.type === 'quantile_between')
        return `${c.type}:${c.column}:${c.quantile}`;
    return col ? `${c.type}:${col}` : c.type;
}
function assertUniqueIds(checks, source) {
    const seen = new Set();
    checks.forEach((c, i) => {
        const id = checkId(c);
        if (seen.has(id))
            throw new src/* UserError */.yo(`checks[${i}]: id "${id}" is used twice`, { where: source, hint: 'Give one of them an explicit `id:`.' });
        seen.add(id);
    });
}
const hooks = {
    knownKeys(parent) {
        const type = parent?.type;
        if (isCheckType(type))
            return Object.keys(configSchemas().checkSchema(type).shape);
        if (parent && Object.keys(parent).some((k) => legacyKeys.includes(k)) && !('checks' in parent))
            return legacyKeys;
        return Object.keys(nativeConfigSchema().shape);
    },
    explain(issue, root) {
        if (issue.code !== 'invalid_union' || issue.path[0] !== 'checks')
            return undefined;
        // zod reports a bad discriminator at `checks[i].type` (or at `checks[i]` when it is absent).
        const onType = issue.path.at(-1) === 'type';
        const holder = onType ? issue.path.slice(0, -1) : issue.path;
        const t = holder.reduce((o, k) => o?.[k], root)?.type;
        const at = (0,src/* formatPath */.jV)(holder);
        const types = checkTypes();
        if (t === undefined)
            return `${at}: missing "type". Use one of: ${types.join(', ')}.`;
        return `${at}: unknown check type "${String(t)}".${(0,src/* suggestion */.h)(String(t), types)} Types: ${types.join(', ')}.`;
    },
};
/** The `parameters` input: a file or inline JSON/YAML mapping of suite parameter names to values. */
function loadParameters(value, cwd = process.cwd()) {
    const doc = readConfigDocument(value, cwd, 'parameters');
    if (doc.value === null || typeof doc.value !== 'object' || Array.isArray(doc.value)) {
        throw new UserError('parameters must be a mapping of names to values, e.g. {"max_rows": 1000, "cutoff": "2024-01-01"}', { where: doc.source });
    }
    return doc.value;
}


/***/ }),

/***/ 3778:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   E9: () => (/* binding */ requireBound),
/* harmony export */   IX: () => (/* binding */ pass),
/* harmony export */   In: () => (/* binding */ PARTIAL_UNEXPECTED),
/* harmony export */   KN: () => (/* binding */ percent),
/* harmony export */   MS: () => (/* binding */ timeRangeText),
/* harmony export */   OV: () => (/* binding */ assertBounds),
/* harmony export */   ZZ: () => (/* binding */ field),
/* harmony export */   lq: () => (/* binding */ rangeText),
/* harmony export */   s5: () => (/* binding */ columnProfile),
/* harmony export */   ux: () => (/* binding */ within),
/* harmony export */   x2: () => (/* binding */ temporalBound)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(483);
/* harmony import */ var _read_text_values__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5875);




const PARTIAL_UNEXPECTED = 20;
function field(ctx, name, key = 'column') {
    const index = ctx.schema.fields.findIndex((f) => f.name === name);
    if (index < 0) {
        const names = ctx.schema.fields.map((f) => f.name);
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${key}: column "${name}" is not in the data.${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .suggestion */ .h)(name, names)}`, {
            where: ctx.where,
            hint: `Columns: ${names.slice(0, 20).join(', ')}${names.length > 20 ? ', \u2026' : ''}.`,
        });
    }
    return { field: ctx.schema.fields[index], index };
}
function columnProfile(results, name) {
    const c = results.profile.columns.find((p) => p.name === name);
    if (!c)
        throw new Error(`profile has no column ${name}`);
    return c;
}
const pass = (ok) => (ok ? 'pass' : 'fail');
function rangeText(min, max, strictMin = false, strictMax = false) {
    if (min !== undefined && max !== undefined)
        return `${strictMin ? '(' : '['}${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(min)}, ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(max)}${strictMax ? ')' : ']'}`;
    if (min !== undefined)
        return `${strictMin ? '>' : '>='} ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(min)}`;
    if (max !== undefined)
        return `${strictMax ? '<' : '<='} ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(max)}`;
    return 'any';
}
function within(v, min, max, strictMin = false, strictMax = false) {
    if (min !== undefined && (strictMin ? v <= min : v < min))
        return false;
    if (max !== undefined && (strictMax ? v >= max : v > max))
        return false;
    return true;
}
const percent = (part, whole) => (whole === 0 ? 0 : (part / whole) * 100);

/**
 * GX raises for expect_column_values_to_be_between when min_value > max_value (its
 * aggregate expectations just fail, and so do mlship's): a range no value can be in
 * is a config mistake there, not a failed check.
 */
function assertBounds(ctx, min, max, keys = ['min', 'max']) {
    requireBound(ctx, min, max, keys);
    if (min !== undefined && max !== undefined && min > max) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${keys[0]} (${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(min)}) is greater than ${keys[1]} (${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(max)})`, { where: ctx.where, hint: 'Swap them, or drop one for an open range.' });
    }
}
/** A bound as the data holds it: date or timestamp text becomes epoch milliseconds on a date or timestamp column, and is refused on others. */
function temporalBound(ctx, spec, key, kind) {
    const v = spec[key];
    if (typeof v !== 'string')
        return v;
    const temporal = kind === 'timestamp' || kind === 'date';
    const ms = temporal ? (0,_read_text_values__WEBPACK_IMPORTED_MODULE_1__/* .parseTimestamp */ .EH)(v) : undefined;
    if (ms === undefined) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`${key}: ${JSON.stringify(v)} is ${temporal ? 'not a date or timestamp (YYYY-MM-DD[THH:MM[:SS]][Z])' : `text, and "${spec.column}" is ${kind}`}`, {
            where: ctx.where,
            hint: temporal ? 'Write e.g. "2024-01-31" or "2024-01-31T12:00:00Z".' : 'Give a number.',
        });
    }
    return ms;
}
/** A range with neither bound cannot fail, so it is a config mistake (GX raises for its map and min/max expectations). */
function requireBound(ctx, min, max, keys = ['min', 'max']) {
    if (min === undefined && max === undefined)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`give ${keys[0]} or ${keys[1]}: a range with neither bound cannot fail`, { where: ctx.where });
}
const iso = (ms) => new Date(ms).toISOString();
function timeRangeText(min, max, strictMin, strictMax) {
    if (min !== undefined && max !== undefined)
        return `${strictMin ? '(' : '['}${iso(min)}, ${iso(max)}${strictMax ? ')' : ']'}`;
    if (min !== undefined)
        return `${strictMin ? '>' : '>='} ${iso(min)}`;
    if (max !== undefined)
        return `${strictMax ? '<' : '<='} ${iso(max)}`;
    return 'any';
}


/***/ }),

/***/ 1829:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   UL: () => (/* binding */ drift),
/* harmony export */   Zk: () => (/* binding */ driftVerdict),
/* harmony export */   ge: () => (/* binding */ driftTargets)
/* harmony export */ });
/* unused harmony export defaultThresholds */
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(483);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(5914);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(7606);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(2598);
/* harmony import */ var _drift__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(1335);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(194);
/* harmony import */ var _rule__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3778);




/** Conventional limits: PSI > 0.2 is a significant shift; p < 0.05 for the tests; JS distance > 0.1. */
const defaultThresholds = { psi: 0.2, ks: 0.05, chi2: 0.05, js: 0.1 };
const isPValue = (m) => m === 'ks' || m === 'chi2';
const comparable = (k) => (0,_table__WEBPACK_IMPORTED_MODULE_1__/* .isNumericKind */ .kw)(k) || (0,_table__WEBPACK_IMPORTED_MODULE_1__/* .isTemporalKind */ .PB)(k) || k === 'string' || k === 'bool';
const numericLike = (k) => (0,_table__WEBPACK_IMPORTED_MODULE_1__/* .isNumericKind */ .kw)(k) || (0,_table__WEBPACK_IMPORTED_MODULE_1__/* .isTemporalKind */ .PB)(k);
/** The columns a drift check compares, with the method and threshold of each: checked against the data before any row is read. */
function driftTargets(spec, ctx) {
    if (!ctx.reference) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the drift check needs a reference dataset', { where: ctx.where, hint: 'Set the `reference` input (or --reference) to the dataset to compare against.' });
    }
    const names = spec.columns ?? ctx.schema.fields.filter((f) => comparable(f.kind)).map((f) => f.name);
    for (const [name] of Object.entries(spec.per_column))
        (0,_rule__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(ctx, name, `per_column.${name}`);
    return names.map((n) => {
        const { field: f } = (0,_rule__WEBPACK_IMPORTED_MODULE_2__/* .field */ .ZZ)(ctx, n, 'columns');
        if (!comparable(f.kind))
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`columns: "${n}" is ${f.kind}; drift compares numeric, temporal, string and bool columns`, { where: ctx.where });
        const kind = numericLike(f.kind) ? 'numeric' : 'categorical';
        const override = spec.per_column[n] ?? {};
        const method = override.method ?? (kind === 'numeric' ? spec.numeric : spec.categorical);
        if (kind === 'numeric' ? method === 'chi2' || method === 'js' : method === 'psi' || method === 'ks') {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`per_column.${n}.method: ${method} does not apply to a ${kind} column`, { where: ctx.where, hint: kind === 'numeric' ? 'Use psi or ks.' : 'Use chi2 or js.' });
        }
        return { name: n, kind, method, threshold: override.threshold ?? spec.threshold ?? defaultThresholds[method] };
    });
}
const drift = (spec, ctx) => {
    const targets = driftTargets(spec, ctx);
    return {
        title: 'Drift',
        evaluate: (results) => driftVerdict(spec, targets.map((t) => [t, profileStatistics(t, results)])),
    };
};
function profileStatistics(t, results) {
    const ref = results.reference;
    if (t.kind === 'numeric') {
        const a = ref.profiler.numeric(t.name);
        const b = results.profiler.numeric(t.name);
        if (!(a && b && a.count > 0 && b.count > 0))
            return {};
        const ks = (0,_drift__WEBPACK_IMPORTED_MODULE_3__/* .ksTwoSample */ .X)(a, b);
        return { psi: (0,_drift__WEBPACK_IMPORTED_MODULE_4__/* .psi */ .js)(a, b).value, ksStatistic: ks.statistic, ksPValue: ks.pValue };
    }
    const a = ref.profiler.categorical(t.name);
    const b = results.profiler.categorical(t.name);
    if (!(a && b && a.count > 0 && b.count > 0))
        return {};
    const chi = (0,_drift__WEBPACK_IMPORTED_MODULE_5__/* .chiSquare */ .U)(a, b);
    return { chi2: chi.statistic, chi2PValue: chi.pValue, js: (0,_drift__WEBPACK_IMPORTED_MODULE_6__/* .jensenShannon */ .fy)(a, b) };
}
/** The checks, table and chart of a drift check from each target's statistics. */
function driftVerdict(spec, stats) {
    const rows = stats.map(([t, s]) => {
        const row = { column: t.name, kind: t.kind, ...s, method: t.method, threshold: t.threshold };
        const score = { psi: row.psi, ks: row.ksPValue, chi2: row.chi2PValue, js: row.js }[t.method];
        const drifted = score === undefined || (isPValue(t.method) ? score < t.threshold : score > t.threshold);
        return { ...row, score: score ?? NaN, drifted };
    });
    const checks = rows.map((r) => ({
        id: `${spec.id ?? 'drift'}:${r.column}`,
        title: `Drift: ${r.column}`,
        status: r.drifted ? 'fail' : 'pass',
        severity: spec.severity,
        observed: Number.isNaN(r.score) ? 'no values' : `${r.method} ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.score)}`,
        expected: isPValue(r.method) ? `p >= ${r.threshold}` : `<= ${r.threshold}`,
        detail: Number.isNaN(r.score) ? `${r.column} has no non-null values in one of the datasets` : describe(r),
    }));
    const fmt = (v) => (v === undefined ? null : v);
    return {
        checks,
        tables: [
            {
                title: 'Drift against the reference',
                columns: ['Column', 'Kind', 'PSI', 'KS D', 'KS p', '\u03c7\u00b2', '\u03c7\u00b2 p', 'JS distance', 'Decided by', 'Drifted'],
                rows: rows.map((r) => [r.column, r.kind, fmt(r.psi), fmt(r.ksStatistic), fmt(r.ksPValue), fmt(r.chi2), fmt(r.chi2PValue), fmt(r.js), `${r.method} (${isPValue(r.method) ? 'p <' : '>'} ${r.threshold})`, r.drifted ? 'yes' : 'no']),
            },
        ],
        charts: rows.length
            ? [
                {
                    title: 'Drift score (PSI for numeric, JS distance for categorical)',
                    kind: 'bar',
                    x: rows.map((r) => r.column),
                    yLabel: 'score',
                    series: [{ name: 'drift', values: rows.map((r) => (r.kind === 'numeric' ? r.psi : r.js) ?? 0) }],
                },
            ]
            : [],
        data: { drift: rows },
    };
}
function describe(r) {
    return r.kind === 'numeric'
        ? `PSI ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.psi)}, KS D ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.ksStatistic)} (p ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.ksPValue)})`
        : `JS ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.js)}, \u03c7\u00b2 ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.chi2)} (p ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(r.chi2PValue)})`;
}


/***/ }),

/***/ 7046:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   d2: () => (/* binding */ PAIR_IGNORES),
/* harmony export */   fY: () => (/* binding */ ignoredRow),
/* harmony export */   nK: () => (/* binding */ ROW_IGNORES),
/* harmony export */   nO: () => (/* binding */ pairIgnore)
/* harmony export */ });
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(194);

/**
 * GX's ignore_row_if: which rows a check over several columns leaves out before
 * it counts anything. Left-out rows are neither judged nor in `mostly`'s base;
 * GX's pandas engine drops them with `dropna(how="all" | "any")` over the checked columns.
 */
const ROW_IGNORES = ['all_values_are_missing', 'any_value_is_missing', 'never'];
/** A column pair spells the same three rules its own way; GX before 0.16 also took `never` for `neither`. */
const PAIR_IGNORES = ['both_values_are_missing', 'either_value_is_missing', 'neither'];
const pairIgnore = { both_values_are_missing: 'all_values_are_missing', either_value_is_missing: 'any_value_is_missing', neither: 'never' };
function ignoredRow(rule, cols, r) {
    if (rule === 'never')
        return false;
    return rule === 'all_values_are_missing' ? cols.every((c) => (0,_table__WEBPACK_IMPORTED_MODULE_0__/* .isMissing */ .b2)(c[r])) : cols.some((c) => (0,_table__WEBPACK_IMPORTED_MODULE_0__/* .isMissing */ .b2)(c[r]));
}


/***/ }),

/***/ 648:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $n: () => (/* binding */ leakage),
/* harmony export */   OX: () => (/* binding */ leakageVerdict),
/* harmony export */   Pu: () => (/* binding */ keyText)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(483);
/* harmony import */ var _profile__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(7774);
/* harmony import */ var _rule__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3778);



/**
 * Training rows whose key (whole row, or `key_columns`) also occurs in
 * `test-data`. The test keys are hashed first (columns matched by name, so a
 * different column order does not matter); the training pass then probes them.
 */
const leakage = (spec, ctx) => {
    const test = ctx.testData;
    if (!test)
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo('the leakage check needs a test dataset', { where: ctx.where, hint: 'Set the `test-data` input (or --test-data) to the holdout set.' });
    const names = spec.key_columns ?? ctx.schema.fields.map((f) => f.name);
    const dataIdx = names.map((n) => (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ctx, n, 'key_columns').index);
    const testIdx = names.map((n) => {
        const i = test.schema.fields.findIndex((f) => f.name === n);
        if (i >= 0)
            return i;
        // Without key_columns every data column is part of the key: say so rather than blame a key the user never wrote.
        if (!spec.key_columns) {
            throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column "${n}" is not in test-data ${test.spec}, so whole rows cannot match`, { where: ctx.where, hint: 'Set key_columns to columns present in both datasets.' });
        }
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`key_columns: column "${n}" is not in test-data ${test.spec}`, { where: ctx.where, hint: 'Name key columns present in both datasets.' });
    });
    const testKeys = new _profile__WEBPACK_IMPORTED_MODULE_2__/* .HashSet53 */ .HI(1 << 16);
    const hit = new _profile__WEBPACK_IMPORTED_MODULE_2__/* .HashSet53 */ .HI(1024);
    const hasher = new _profile__WEBPACK_IMPORTED_MODULE_2__/* .RowHasher */ .ae();
    const examples = [];
    let leaked = 0;
    let testRows = 0;
    const key = (cols, r) => {
        hasher.reset();
        for (const c of cols)
            hasher.push((0,_profile__WEBPACK_IMPORTED_MODULE_2__/* .hashValue */ .gg)(c[r]));
        return hasher.value;
    };
    return {
        title: 'Train/test leakage',
        async prepare(progress) {
            for await (const batch of test.batches()) {
                const cols = testIdx.map((i) => batch.columns[i]);
                for (let r = 0; r < batch.numRows; r++)
                    testKeys.add(key(cols, r));
                testRows += batch.numRows;
            }
            progress(`test-data: hashed ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .groupDigits */ .K9)(testRows)} rows for the leakage check`);
        },
        observe(batch) {
            const cols = dataIdx.map((i) => batch.columns[i]);
            for (let r = 0; r < batch.numRows; r++) {
                const h = key(cols, r);
                if (!testKeys.has(h))
                    continue;
                leaked++;
                hit.add(h);
                if (examples.length < 3)
                    examples.push(keyText(names, cols.map((c) => c[r])));
            }
        },
        evaluate: () => leakageVerdict(spec, { leaked, keys: hit.size, testRows, examples }),
    };
};
/** A key as the examples show it: `{id: 7, name: "a"}`. */
const keyText = (names, values) => `{${names.map((n, j) => `${n}: ${JSON.stringify(values[j])}`).join(', ')}}`;
function leakageVerdict(spec, c) {
    const names = spec.key_columns;
    return {
        status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(c.leaked <= spec.max_rows),
        observed: `${c.leaked} rows`,
        expected: `<= ${spec.max_rows}`,
        detail: c.leaked
            ? `${c.leaked} training rows share their ${names ? 'key' : 'full row'} with ${c.keys} of ${c.testRows} test rows, e.g. ${c.examples.join('; ')}`
            : `no ${names ? `(${names.join(', ')}) key` : 'row'} of ${c.testRows} test rows appears in the training data`,
    };
}


/***/ }),

/***/ 9600:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ checkPattern)
/* harmony export */ });
/* harmony import */ var _mlship_core_user_regex__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3596);
/* harmony import */ var _load__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5965);


/**
 * A check's pattern, compiled once when the suite is set up (never per row) on
 * the linear-time engine: a value in the data cannot make a check take longer
 * than the length of that value. A pattern the engine cannot run stops the
 * suite before any row is read, naming the check, the key and the construct.
 */
function checkPattern(spec, ctx, key, pattern) {
    return (0,_mlship_core_user_regex__WEBPACK_IMPORTED_MODULE_0__/* .compileUserRegex */ ._u)(pattern, { what: `check "${(0,_load__WEBPACK_IMPORTED_MODULE_1__/* .checkId */ .ij)(spec)}" ${key}`, where: ctx.where });
}


/***/ }),

/***/ 4386:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Cs: () => (/* binding */ valuesInSet),
/* harmony export */   DW: () => (/* binding */ columnType),
/* harmony export */   H9: () => (/* binding */ valuesBetween),
/* harmony export */   TM: () => (/* binding */ notNull),
/* harmony export */   WH: () => (/* binding */ rowResult),
/* harmony export */   Z3: () => (/* binding */ distinctValuesEqualSet),
/* harmony export */   ab: () => (/* binding */ mostlyVerdict),
/* harmony export */   jA: () => (/* binding */ kindIs),
/* harmony export */   sl: () => (/* binding */ cellKey),
/* harmony export */   t2: () => (/* binding */ rowCounter),
/* harmony export */   us: () => (/* binding */ distinctValuesInSet),
/* harmony export */   yG: () => (/* binding */ regex),
/* harmony export */   zK: () => (/* binding */ distinctValuesContainSet)
/* harmony export */ });
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(483);
/* harmony import */ var _table__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(194);
/* harmony import */ var _pattern__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9600);
/* harmony import */ var _rule__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3778);




/** Set membership compares values as text, so `1` in a config matches 1, 1.0 and "1". */
const cellKey = (v) => (typeof v === 'string' ? v : String(v));
const mostlyText = (m) => (m < 1 ? ` for at least ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(m * 100)}% of non-null rows` : '');
/** Distinct failing values kept as examples (with their counts). */
const EXAMPLES = 10;
/**
 * Counts non-null rows (every row with `nullsCount`, for checks where a null is
 * judged too) and rows failing `test`, keeping a few failing examples.
 */
function rowCounter(ctx, column, test, nullsCount = false) {
    const { index } = (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ctx, column);
    const state = { seen: 0, bad: 0, examples: new Map(), partial: [] };
    return {
        state,
        observe(batch) {
            const col = batch.columns[index];
            for (let i = 0; i < batch.numRows; i++) {
                const v = col[i];
                if (!nullsCount && (0,_table__WEBPACK_IMPORTED_MODULE_2__/* .isMissing */ .b2)(v))
                    continue;
                state.seen++;
                if (!test(v)) {
                    state.bad++;
                    if (state.partial.length < _rule__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_UNEXPECTED */ .In)
                        state.partial.push(v);
                    const k = cellKey(v);
                    if (state.examples.size < EXAMPLES || state.examples.has(k))
                        state.examples.set(k, (state.examples.get(k) ?? 0) + 1);
                }
            }
        },
    };
}
/** GX's counts for a row-level check: every row is an element, nulls are missing (unless judged too), the rest judged. */
function rowResult(results, state, nullsCount = false) {
    const rows = results.profile.rows;
    return {
        element_count: rows,
        ...(nullsCount ? {} : { missing_count: rows - state.seen }),
        unexpected_count: state.bad,
        unexpected_percent: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(state.bad, state.seen),
        partial_unexpected_list: state.partial,
    };
}
const examplesText = (m) => [...m.entries()]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 5)
    .map(([v, n]) => `${JSON.stringify(v.length > 40 ? v.slice(0, 40) + '\u2026' : v)}\u00d7${n}`)
    .join(', ');
function mostlyVerdict(seen, bad, mostly) {
    const ok = seen === 0 ? true : (seen - bad) / seen >= mostly;
    return { ok, passPct: seen === 0 ? 100 : (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(seen - bad, seen) };
}
const notNull = (spec, ctx) => {
    (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ctx, spec.column);
    return {
        title: `Not null: ${spec.column}`,
        evaluate: ({ profile }) => {
            const c = profile.columns.find((p) => p.name === spec.column);
            const frac = profile.rows === 0 ? 1 : (profile.rows - c.nulls) / profile.rows;
            return {
                result: { element_count: profile.rows, unexpected_count: c.nulls, unexpected_percent: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .percent */ .KN)(c.nulls, profile.rows), partial_unexpected_list: new Array(Math.min(c.nulls, _rule__WEBPACK_IMPORTED_MODULE_1__/* .PARTIAL_UNEXPECTED */ .In)).fill(null) },
                status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(frac >= spec.mostly),
                observed: `${c.nulls} nulls (${c.nullPercent.toFixed(2)}%)`,
                expected: spec.mostly < 1 ? `>= ${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(spec.mostly * 100)}% non-null` : 'no nulls',
                detail: c.nulls ? `${c.nulls} of ${profile.rows} rows are null` : 'OK',
            };
        },
    };
};
const valuesBetween = (spec, ctx) => {
    const { field: f } = (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ctx, spec.column);
    if (!(0,_table__WEBPACK_IMPORTED_MODULE_2__/* .isNumericKind */ .kw)(f.kind) && !(0,_table__WEBPACK_IMPORTED_MODULE_2__/* .isTemporalKind */ .PB)(f.kind)) {
        throw new _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo(`column: "${spec.column}" is ${f.kind}, values_between needs a numeric column`, { where: ctx.where, hint: 'Use values_in_set or regex for text columns.' });
    }
    const temporal = (0,_table__WEBPACK_IMPORTED_MODULE_2__/* .isTemporalKind */ .PB)(f.kind);
    const min = (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .temporalBound */ .x2)(ctx, spec, 'min', f.kind);
    const max = (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .temporalBound */ .x2)(ctx, spec, 'max', f.kind);
    (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .assertBounds */ .OV)(ctx, min, max);
    const c = rowCounter(ctx, spec.column, (v) => typeof v === 'number' && (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .within */ .ux)(v, min, max, spec.strict_min, spec.strict_max));
    const range = temporal && (typeof spec.min === 'string' || typeof spec.max === 'string') ? (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .timeRangeText */ .MS)(min, max, spec.strict_min, spec.strict_max) : (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .rangeText */ .lq)(min, max, spec.strict_min, spec.strict_max);
    return {
        title: `Range: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => {
            const { ok } = mostlyVerdict(c.state.seen, c.state.bad, spec.mostly);
            return {
                result: rowResult(results, c.state),
                status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(ok),
                observed: `${c.state.bad} out of range`,
                expected: `${range}${mostlyText(spec.mostly)}`,
                detail: `${c.state.bad} values out of ${range}${c.state.bad ? ` (e.g. ${examplesText(c.state.examples)})` : ''}`,
            };
        },
    };
};
/**
 * rowCounter keeps up to EXAMPLES distinct failing values, so below that the
 * count is exact ("2 unexpected values", not "2+"); only a full map means "or more".
 */
const unexpectedCount = (n) => (n >= EXAMPLES ? `${n}+ unexpected values` : `${n} unexpected value${n === 1 ? '' : 's'}`);
const distinctValuesInSet = (spec, ctx) => {
    const allowed = new Set(spec.values.map(cellKey));
    const c = rowCounter(ctx, spec.column, (v) => allowed.has(cellKey(v)));
    return {
        title: `Distinct values in set: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => ({
            result: rowResult(results, c.state),
            status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(c.state.bad === 0),
            observed: c.state.bad ? unexpectedCount(c.state.examples.size) : 'all in set',
            expected: `subset of {${spec.values.join(', ')}}`,
            detail: c.state.bad ? `Unexpected: ${examplesText(c.state.examples)}` : 'OK',
        }),
    };
};
/** GX expect_column_distinct_values_to_contain_set / _to_equal_set: which members of the set occur, and (for equal) nothing else. */
function distinctSetRule(equal) {
    return (spec, ctx) => {
        const wanted = new Set(spec.values.map(cellKey));
        const found = new Set();
        const c = rowCounter(ctx, spec.column, (v) => {
            const k = cellKey(v);
            if (!wanted.has(k))
                return !equal;
            found.add(k);
            return true;
        });
        return {
            title: `Distinct values ${equal ? 'equal' : 'contain'} set: ${spec.column}`,
            observe: c.observe,
            evaluate: (results) => {
                const missing = [...wanted].filter((k) => !found.has(k));
                const extra = equal ? c.state.bad : 0;
                const problems = [missing.length ? `Missing: ${missing.slice(0, 10).map((m) => JSON.stringify(m)).join(', ')}` : '', extra ? `Not in the set: ${examplesText(c.state.examples)}` : ''].filter(Boolean);
                return {
                    result: { ...rowResult(results, c.state), observed_value: [...found].sort() },
                    status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(problems.length === 0),
                    observed: `${found.size} of ${wanted.size} present${equal && extra ? `, ${unexpectedCount(c.state.examples.size)}` : ''}`,
                    expected: `${equal ? 'exactly' : 'contains'} {${spec.values.join(', ')}}`,
                    detail: problems.join('; ') || 'OK',
                };
            },
        };
    };
}
const distinctValuesContainSet = distinctSetRule(false);
const distinctValuesEqualSet = distinctSetRule(true);
const valuesInSet = (spec, ctx) => {
    const allowed = new Set(spec.values.map(cellKey));
    const c = rowCounter(ctx, spec.column, (v) => allowed.has(cellKey(v)));
    return {
        title: `Allowed values: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => {
            const { ok, passPct } = mostlyVerdict(c.state.seen, c.state.bad, spec.mostly);
            return {
                result: rowResult(results, c.state),
                status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(ok),
                observed: `${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(passPct)}% allowed`,
                expected: `in {${spec.values.join(', ')}}${mostlyText(spec.mostly)}`,
                detail: c.state.bad ? `${c.state.bad} rows not allowed, e.g. ${examplesText(c.state.examples)}` : 'OK',
            };
        },
    };
};
const regex = (spec, ctx) => {
    const re = (0,_pattern__WEBPACK_IMPORTED_MODULE_3__/* .checkPattern */ .r)(spec, ctx, 'pattern', spec.pattern);
    const c = rowCounter(ctx, spec.column, (v) => re.test(cellKey(v)));
    return {
        title: `Regex: ${spec.column}`,
        observe: c.observe,
        evaluate: (results) => {
            const { ok, passPct } = mostlyVerdict(c.state.seen, c.state.bad, spec.mostly);
            return {
                result: rowResult(results, c.state),
                status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(ok),
                observed: `${(0,_mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .formatNumber */ .ZV)(passPct)}% match`,
                expected: `/${spec.pattern}/${mostlyText(spec.mostly)}`,
                detail: c.state.bad ? `${c.state.bad} rows do not match, e.g. ${examplesText(c.state.examples)}` : 'OK',
            };
        },
    };
};
const kindMatches = {
    number: (k) => k === 'int' || k === 'float' || k === 'decimal',
    float: (k) => k === 'float' || k === 'decimal',
};
/** Whether a column of `kind` is of the declared `dtype` (number covers int, float and decimal). */
const kindIs = (dtype, kind) => (kindMatches[dtype] ?? ((k) => k === dtype))(kind);
const columnType = (spec, ctx) => {
    const { field: f } = (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .field */ .ZZ)(ctx, spec.column);
    const ok = kindIs(spec.dtype, f.kind);
    return {
        title: `Type: ${spec.column}`,
        evaluate: () => ({ result: { observed_value: f.kind }, status: (0,_rule__WEBPACK_IMPORTED_MODULE_1__/* .pass */ .IX)(ok), observed: `${f.kind} (${f.sourceType})`, expected: spec.dtype, detail: ok ? 'OK' : `${spec.column} is ${f.kind}, expected ${spec.dtype}` }),
    };
};


/***/ }),

/***/ 5436:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ sum),
/* harmony export */   q: () => (/* binding */ alignCategories)
/* harmony export */ });
/** Line both sides up over the union of their categories (a category missing on one side counts 0 there). */
function alignCategories(reference, current) {
    const refCounts = reference.counts();
    const curCounts = current.counts();
    const categories = [];
    for (const [k, c] of refCounts)
        if (c > 0)
            categories.push(k);
    for (const [k, c] of curCounts)
        if (c > 0 && !(refCounts.get(k) > 0))
            categories.push(k);
    return {
        categories,
        reference: categories.map((k) => Math.max(0, refCounts.get(k) ?? 0)),
        current: categories.map((k) => Math.max(0, curCounts.get(k) ?? 0)),
    };
}
const sum = (xs) => xs.reduce((s, x) => s + x, 0);


/***/ }),

/***/ 2598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ chiSquare)
/* harmony export */ });
/* harmony import */ var _categories__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5436);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9063);
/* harmony import */ var _special__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6969);



/**
 * Pearson's chi-square test of homogeneity on the 2\u00d7K table [reference counts,
 * current counts] over the union of categories \u2014 scipy.stats.chi2_contingency
 * with its defaults, including Yates' continuity correction when dof = 1.
 *
 * Degenerate input: a single category in the union gives dof 0, statistic 0,
 * p 1 (as SciPy). Throws EmptyDistributionError when either side is empty.
 */
function chiSquare(reference, current) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('chi2', reference, current);
    const { reference: r, current: c } = (0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .alignCategories */ .q)(reference, current);
    const rowTotals = [(0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .sum */ .c)(r), (0,_categories__WEBPACK_IMPORTED_MODULE_1__/* .sum */ .c)(c)];
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('chi2', { count: rowTotals[0] }, { count: rowTotals[1] });
    const k = r.length;
    const dof = k - 1;
    if (dof === 0)
        return { statistic: 0, pValue: 1, dof };
    const total = rowTotals[0] + rowTotals[1];
    let statistic = 0;
    for (const [row, counts] of [r, c].entries()) {
        for (let j = 0; j < k; j++) {
            // Same operation order as scipy's expected_freq: row\u00b7col / total.
            const expected = (rowTotals[row] * (r[j] + c[j])) / total;
            let observed = counts[j];
            if (dof === 1) {
                // Yates: move each cell up to 0.5 toward its expectation, never past it.
                const diff = expected - observed;
                observed += Math.min(0.5, Math.abs(diff)) * Math.sign(diff);
            }
            statistic += (observed - expected) ** 2 / expected;
        }
    }
    return { statistic, pValue: (0,_special__WEBPACK_IMPORTED_MODULE_2__/* .chi2Sf */ .wv)(statistic, dof), dof };
}


/***/ }),

/***/ 9063:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jw: () => (/* binding */ assertNotEmpty)
/* harmony export */ });
/* unused harmony exports EmptyDistributionError, isEmptyDistributionError */
/* harmony import */ var _mlship_core__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(483);

/**
 * A drift statistic was asked to compare against a side with no non-missing
 * values. There is no honest number to report (a p-value of 1 would read as
 * "no drift"), so the functions throw this instead; it is a UserError because
 * the fix is in the data \u2014 its `.line` renders as one sentence.
 */
class EmptyDistributionError extends _mlship_core__WEBPACK_IMPORTED_MODULE_0__/* .UserError */ .yo {
    statistic;
    side;
    constructor(statistic, side) {
        super(`${statistic}: the ${side} data has no non-missing values to compare`, {
            hint: 'Drift needs at least one value on each side; check that the column is populated in both datasets.',
        });
        this.statistic = statistic;
        this.side = side;
    }
}
const isEmptyDistributionError = (e) => e instanceof EmptyDistributionError;
function assertNotEmpty(statistic, reference, current) {
    if (!(reference.count > 0))
        throw new EmptyDistributionError(statistic, 'reference');
    if (!(current.count > 0))
        throw new EmptyDistributionError(statistic, 'current');
}


/***/ }),

/***/ 1335:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   fy: () => (/* binding */ jensenShannon)
/* harmony export */ });
/* unused harmony exports jensenShannonDistance, jensenShannonBinned */
/* harmony import */ var _categories__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5436);
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(9063);



/** x\u00b7ln(x/y) with scipy.special.rel_entr's conventions for zeros. */
function relEntr(x, y) {
    if (x > 0 && y > 0)
        return x * Math.log(x / y);
    if (x === 0 && y >= 0)
        return 0;
    return Infinity;
}
/**
 * Jensen\u2013Shannon distance between two weight vectors (each normalised to sum 1),
 * computed as scipy.spatial.distance.jensenshannon(p, q, base).
 */
function jensenShannonDistance(p, q, base = 2) {
    const ps = (0,_categories__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .c)(p);
    const qs = (0,_categories__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .c)(q);
    let left = 0;
    let right = 0;
    for (let i = 0; i < p.length; i++) {
        const pi = p[i] / ps;
        const qi = q[i] / qs;
        const m = (pi + qi) / 2;
        left += relEntr(pi, m);
        right += relEntr(qi, m);
    }
    let js = left + right;
    js /= Math.log(base);
    // Rounding can leave a hair below zero for identical inputs; the distance is 0 there.
    return Math.sqrt(Math.max(0, js / 2));
}
/**
 * Jensen\u2013Shannon distance (the square root of the divergence) between the
 * category frequencies over the union of categories: 0 for identical
 * distributions (and for a single shared category), 1 (base 2) for disjoint ones.
 * Throws EmptyDistributionError when either side is empty.
 */
function jensenShannon(reference, current, base = 2) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .assertNotEmpty */ .Jw)('js', reference, current);
    const { reference: r, current: c } = (0,_categories__WEBPACK_IMPORTED_MODULE_0__/* .alignCategories */ .q)(reference, current);
    (0,_errors__WEBPACK_IMPORTED_MODULE_1__/* .assertNotEmpty */ .Jw)('js', { count: (0,_categories__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .c)(r) }, { count: (0,_categories__WEBPACK_IMPORTED_MODULE_0__/* .sum */ .c)(c) });
    return jensenShannonDistance(r, c, base);
}
/**
 * Jensen\u2013Shannon distance of numeric columns over the same reference-quantile
 * bins PSI uses (raw shares, no epsilon floor: JS is finite on empty bins).
 */
function jensenShannonBinned(reference, current, options = {}) {
    assertNotEmpty('js', reference, current);
    const edges = quantileEdges(reference, options.bins ?? 10);
    return jensenShannonDistance(binShares(reference, edges), binShares(current, edges), options.base ?? 2);
}


/***/ }),

/***/ 5914:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  D: () => (/* binding */ ksFromStatistic),
  X: () => (/* binding */ ksTwoSample)
});

// EXTERNAL MODULE: ./packages/data/src/drift/errors.ts
var errors = __webpack_require__(9063);
;// CONCATENATED MODULE: ./packages/data/src/drift/kolmogorov.ts
/**
 * Survival function of the two-sided one-sample Kolmogorov\u2013Smirnov statistic
 * D_n \u2014 scipy.stats.kstwo.sf(d, n) \u2014 which is what scipy.stats.ks_2samp uses
 * for its method='asymp' p-value (with n = round(n1\u00b7n2/(n1+n2))).
 *
 * A port of scipy/stats/_ksstats.py (Simard & L'Ecuyer's choice among the
 * Durbin matrix, Pomeranz recursion, Pelz\u2013Good expansion and the exact
 * one-sided Smirnov sum) and of Cephes' smirnov(). SciPy evaluates the Smirnov
 * sum in double-double arithmetic; here its terms are all positive and
 * summed in log space, which keeps ~1e-12 relative accuracy for n \u2264 10^6 \u2014
 * far inside what a p-value needs, and inside the golden tests' 1e-9.
 */
const EP128 = 2 ** 128;
const EM128 = 2 ** -128;
const SQRT2PI = Math.sqrt(2 * Math.PI);
const LOG_2PI = Math.log(2 * Math.PI);
const MIN_LOG = -708;
const SQRT3 = Math.sqrt(3);
const PI_SQUARED = Math.PI ** 2;
const PI_FOUR = Math.PI ** 4;
const PI_SIX = Math.PI ** 6;
const DBL_EPSILON = 2 ** -52;
/** Cephes MINLOG = log(2^-1075): exp() of anything below is 0. */
const CEPHES_MINLOG = -7.451332191019412076235e2;
const SMIRNOV_MAX_COMPUTE_N = 1000000;
// Stirling coefficients B_2j/(2j)/(2j-1), j = 8..1.
const STIRLING_COEFFS = [
    -2.955065359477124183e-2, 6.4102564102564102564e-3, -1.9175269175269175269e-3, 8.4175084175084175084e-4, -5.952380952380952381e-4,
    7.9365079365079365079e-4, -2.7777777777777777778e-3, 8.3333333333333333333e-2,
];
const clip01 = (p) => (p < 0 ? 0 : p > 1 ? 1 : p);
const pick = (cdfProb, sfProb, cdf) => clip01(cdf ? cdfProb : sfProb);
function polyval(coeffs, x) {
    let y = 0;
    for (const c of coeffs)
        y = y * x + c;
    return y;
}
/** log(n! / n^n) by Stirling, with n\u00b7log(n) removed up front to avoid cancellation. */
function logNFactorialDivNPowN(n) {
    const rn = 1 / n;
    return Math.log(n) / 2 - n + LOG_2PI / 2 + rn * polyval(STIRLING_COEFFS, rn / n);
}
function matmul(a, b, m) {
    const out = new Float64Array(m * m);
    for (let i = 0; i < m; i++) {
        for (let k = 0; k < m; k++) {
            const aik = a[i * m + k];
            if (aik === 0)
                continue;
            for (let j = 0; j < m; j++)
                out[i * m + j] += aik * b[k * m + j];
        }
    }
    return out;
}
/** Pr(D_n <= d) by Durbin's matrix algorithm as organised by Marsaglia, Tsang & Wang. */
function kolmognDMTW(n, d, cdf) {
    if (d >= 1)
        return pick(1, 0, cdf);
    const nd = n * d;
    if (nd <= 0.5)
        return pick(0, 1, cdf);
    const k = Math.ceil(nd);
    const h = k - nd;
    const m = 2 * k - 1;
    const v = new Float64Array(m);
    const w = new Float64Array(m);
    let fac = 1;
    for (let j = 1; j <= m; j++) {
        v[j - 1] = 1 - h ** j;
        w[j - 1] = fac;
        fac /= j; // may underflow; harmless
        v[j - 1] *= fac;
    }
    const tt = Math.max(2 * h - 1, 0) ** m - 2 * h ** m;
    v[m - 1] = (1 + tt) * fac;
    let H = new Float64Array(m * m);
    for (let i = 1; i < m; i++) {
        for (let r = i - 1; r < m; r++)
            H[r * m + i] = w[r - (i - 1)];
    }
    for (let r = 0; r < m; r++)
        H[r * m] = v[r];
    for (let c = 0; c < m; c++)
        H[(m - 1) * m + c] = v[m - 1 - c];
    let Hpwr = new Float64Array(m * m);
    for (let i = 0; i < m; i++)
        Hpwr[i * m + i] = 1;
    let nn = n;
    let expnt = 0;
    let Hexpnt = 0;
    while (nn > 0) {
        if (nn % 2) {
            Hpwr = matmul(Hpwr, H, m);
            expnt += Hexpnt;
        }
        H = matmul(H, H, m);
        Hexpnt *= 2;
        if (Math.abs(H[(k - 1) * m + (k - 1)]) > EP128) {
            for (let i = 0; i < H.length; i++)
                H[i] /= EP128;
            Hexpnt += 128;
        }
        nn = Math.floor(nn / 2);
    }
    let p = Hpwr[(k - 1) * m + (k - 1)];
    // Multiply by n!/n^n, rescaling so the running product stays normal.
    for (let i = 1; i <= n; i++) {
        p = (i * p) / n;
        if (Math.abs(p) < EM128) {
            p *= EP128;
            expnt -= 128;
        }
    }
    if (expnt !== 0)
        p = ldexp(p, expnt);
    return pick(p, 1 - p, cdf);
}
/** p\u00b72^e without overflowing the intermediate power when e is far outside \u00b11023. */
function ldexp(p, e) {
    while (e > 1000) {
        p *= 2 ** 1000;
        e -= 1000;
    }
    while (e < -1000) {
        p *= 2 ** -1000;
        e += 1000;
    }
    return p * 2 ** e;
}
function pomeranzJ1J2(i, n, ll, ceilf, roundf) {
    let j1;
    let j2;
    if (i === 0) {
        j1 = -ll - ceilf - 1;
        j2 = ll + ceilf - 1;
    }
    else {
        const ip1div2 = Math.floor((i + 1) / 2);
        const ip1mod2 = (i + 1) % 2;
        if (ip1mod2 === 0) {
            if (ip1div2 === n + 1) {
                j1 = n - ll - ceilf - 1;
                j2 = n + ll + ceilf - 1;
            }
            else {
                j1 = ip1div2 - 1 - ll - roundf - 1;
                j2 = ip1div2 + ll - 1 + ceilf - 1;
            }
        }
        else {
            j1 = ip1div2 - 1 - ll - 1;
            j2 = ip1div2 + ll + roundf - 1;
        }
    }
    return [Math.max(j1 + 2, 0), Math.min(j2, n)];
}
/** Python slice semantics (negative indices count from the end, bounds clamp), as the NumPy original relies on. */
function pySlice(arr, start, stop) {
    const len = arr.length;
    const norm = (i) => (i < 0 ? Math.max(len + i, 0) : Math.min(i, len));
    const s = norm(start);
    const e = norm(stop);
    return e > s ? arr.subarray(s, e) : new Float64Array(0);
}
function convolve(a, b) {
    if (a.length === 0 || b.length === 0)
        return new Float64Array(0);
    const out = new Float64Array(a.length + b.length - 1);
    for (let i = 0; i < a.length; i++) {
        const ai = a[i];
        for (let j = 0; j < b.length; j++)
            out[i + j] += ai * b[j];
    }
    return out;
}
/** Pr(D_n <= x) by the Pomeranz recursion (1974). */
function kolmognPomeranz(n, x, cdf) {
    const t = n * x;
    const ll = Math.floor(t);
    const f = t - ll;
    const g = Math.min(f, 1 - f);
    const ceilf = f > 0 ? 1 : 0;
    const roundf = f > 0.5 ? 1 : 0;
    const npwrs = 2 * (ll + 1);
    const gpower = new Float64Array(npwrs);
    const twogpower = new Float64Array(npwrs);
    const onem2gpower = new Float64Array(npwrs);
    gpower[0] = twogpower[0] = onem2gpower[0] = 1;
    let expnt = 0;
    const gOverN = g / n;
    const twoGOverN = (2 * g) / n;
    const oneMinusTwoGOverN = (1 - 2 * g) / n;
    for (let m = 1; m < npwrs; m++) {
        gpower[m] = (gpower[m - 1] * gOverN) / m;
        twogpower[m] = (twogpower[m - 1] * twoGOverN) / m;
        onem2gpower[m] = (onem2gpower[m - 1] * oneMinusTwoGOverN) / m;
    }
    let V0 = new Float64Array(npwrs);
    let V1 = new Float64Array(npwrs);
    V1[0] = 1;
    let V0s = 0;
    let V1s = 0;
    let [j1, j2] = pomeranzJ1J2(0, n, ll, ceilf, roundf);
    for (let i = 1; i < 2 * n + 2; i++) {
        const k1 = j1;
        [V0, V1] = [V1, V0];
        [V0s, V1s] = [V1s, V0s];
        V1.fill(0);
        [j1, j2] = pomeranzJ1J2(i, n, ll, ceilf, roundf);
        const pwrs = i === 1 || i === 2 * n + 1 ? gpower : i % 2 ? twogpower : onem2gpower;
        const ln2 = j2 - k1 + 1;
        if (ln2 > 0) {
            const conv = convolve(pySlice(V0, k1 - V0s, k1 - V0s + ln2), pySlice(pwrs, 0, ln2));
            const convStart = j1 - k1;
            const convLen = j2 - j1 + 1;
            const chunk = pySlice(conv, convStart, convStart + convLen);
            V1.set(chunk.subarray(0, Math.max(0, Math.min(convLen, V1.length))));
            let max = -Infinity;
            for (const vv of V1)
                if (vv > max)
                    max = vv;
            // Rescale to stay clear of underflow.
            if (max > 0 && max < EM128) {
                for (let q = 0; q < V1.length; q++)
                    V1[q] *= EP128;
                expnt -= 128;
            }
            V1s = V0s + j1 - k1;
        }
    }
    let ans = V1[n - V1s];
    for (let m = 1; m <= n; m++) {
        if (Math.abs(ans) > EP128) {
            ans *= EM128;
            expnt += 128;
        }
        ans *= m;
    }
    if (expnt !== 0)
        ans = ldexp(ans, expnt);
    return pick(ans, 1 - ans, cdf);
}
/** Pelz\u2013Good (1976) approximation to Pr(D_n <= x), for small x\u00b7\u221an. */
function kolmognPelzGood(n, x, cdf) {
    if (x <= 0)
        return pick(0, 1, cdf);
    if (x >= 1)
        return pick(1, 0, cdf);
    const z = Math.sqrt(n) * x;
    const zsquared = z ** 2;
    const zthree = z ** 3;
    const zfour = z ** 4;
    const zsix = z ** 6;
    const qlog = -PI_SQUARED / 8 / zsquared;
    if (qlog < MIN_LOG)
        return pick(0, 1, cdf);
    let q = Math.exp(qlog);
    const k1a = -zsquared;
    const k1b = PI_SQUARED / 4;
    const k2a = 6 * zsix + 2 * zfour;
    const k2b = ((2 * zfour - 5 * zsquared) * PI_SQUARED) / 4;
    const k2c = (PI_FOUR * (1 - 2 * zsquared)) / 16;
    const k3d = (PI_SIX * (5 - 30 * zsquared)) / 64;
    const k3c = (PI_FOUR * (-60 * zsquared + 212 * zfour)) / 16;
    const k3b = (PI_SQUARED * (135 * zfour - 96 * zsix)) / 4;
    const k3a = -30 * zsix - 90 * z ** 8;
    const K = [0, 0, 0, 0];
    // Horner scheme over the odd terms c_i q^(i^2).
    const maxk = Math.ceil((16 * z) / Math.PI);
    for (let k = maxk; k > 0; k--) {
        const m = 2 * k - 1;
        const msquared = m ** 2;
        const mfour = m ** 4;
        const msix = m ** 6;
        const qpower = Math.pow(q, 8 * k);
        const coeffs = [1, k1a + k1b * msquared, k2a + k2b * msquared + k2c * mfour, k3a + k3b * msquared + k3c * mfour + k3d * msix];
        for (let i = 0; i < 4; i++)
            K[i] = K[i] * qpower + coeffs[i];
    }
    const divisors = [z, 6 * zfour, 72 * z ** 7, 6480 * z ** 10];
    for (let i = 0; i < 4; i++)
        K[i] = (K[i] * q * SQRT2PI) / divisors[i];
    // The sums over all integers k for K_2 and K_3.
    q = Math.exp(-PI_SQUARED / 2 / zsquared);
    const sqrt3z = SQRT3 * z;
    let k2extra = 0;
    let k3extra = 0;
    for (let k = maxk; k > 0; k--) {
        const ksquared = k ** 2;
        const kspi = Math.PI * k;
        const qp = q ** ksquared;
        k2extra += ksquared * qp;
        k3extra += (sqrt3z + kspi) * (sqrt3z - kspi) * ksquared * qp;
    }
    K[2] += k2extra * ((PI_SQUARED * SQRT2PI) / (-36 * zthree));
    K[3] += k3extra * ((PI_SQUARED * SQRT2PI) / (216 * zsix));
    for (let i = 0; i < 4; i++)
        K[i] /= Math.pow(n, i / 2);
    if (!cdf) {
        for (let i = 0; i < 4; i++)
            K[i] *= -1;
        K[0] += 1;
    }
    return K[0] + K[1] + K[2] + K[3];
}
/** a\u00b7b exactly as hi + lo (Dekker's product; no FMA in JS). */
function twoProduct(a, b) {
    const p = a * b;
    const split = (v) => {
        const c = 134217729 * v; // 2^27 + 1
        const hi = c - (c - v);
        return [hi, v - hi];
    };
    const [ah, al] = split(a);
    const [bh, bl] = split(b);
    return [p, ah * bh - p + ah * bl + al * bh + al * bl];
}
/**
 * One-sided Smirnov survival function Pr(D_n^+ >= x) \u2014 scipy.special.smirnov(n, x).
 * Cephes' special cases, then the Birnbaum\u2013Tingey sum
 *   x \u00b7 \u03a3_{v=0}^{\u230an(1\u2212x)\u230b} C(n,v) (x + v/n)^(v\u22121) (1 \u2212 x \u2212 v/n)^(n\u2212v),
 * whose terms are positive, so summing them in log space loses nothing to cancellation.
 */
function smirnovSf(n, x) {
    if (!(n > 0 && x >= 0 && x <= 1))
        return NaN;
    if (n === 1)
        return 1 - x;
    if (x === 0)
        return 1;
    if (x === 1)
        return 0;
    // floor(n\u00b7x) and the remainder, exactly: D is usually a ratio of counts, so n\u00b7x sits on or next to an integer.
    const [nxHi, nxLo] = twoProduct(n, x);
    let nxfl = Math.floor(nxHi);
    let alpha;
    if (nxfl === nxHi && nxLo < 0) {
        nxfl -= 1;
        alpha = 1 + nxLo;
    }
    else {
        alpha = nxHi - nxfl + nxLo;
    }
    if (alpha >= 1) {
        nxfl += 1;
        alpha = 0;
    }
    let n1mxfl = n - nxfl - (alpha === 0 ? 0 : 1);
    if (alpha === 0)
        n1mxfl -= 1;
    if (nxfl === 0 || (nxfl === 1 && alpha === 0)) {
        // x <= 1/n: cdf = x (1+x)^(n-1)
        return clip01(1 - x * Math.exp((n - 1) * Math.log1p(x)));
    }
    if (-2 * n * x * x < CEPHES_MINLOG)
        return 0;
    if (nxfl >= n - 1)
        return clip01(Math.pow(1 - x, n));
    if (n > SMIRNOV_MAX_COMPUTE_N) {
        const logp = -Math.pow(6 * n * x + 1, 2) / 18 / n;
        return clip01(logp < -Math.LN2 ? Math.exp(logp) : 1 + Math.expm1(logp));
    }
    // log A_v with A_v = C(n,v) (x+v/n)^(v-1) (1-x-v/n)^(n-v); x + v/n = (nxfl + v + alpha)/n keeps n\u00b7x exact.
    const nTerms = n1mxfl + 1;
    const vmid = Math.floor(n / 2);
    let logC = 0; // log C(n, v), accumulated as a scaled product to bound rounding growth
    let cMan = 1;
    let cExp = 0;
    let ref = NaN;
    let sum = 0;
    for (let v = 0; v < nTerms; v++) {
        const t1x = (nxfl + v + alpha) / n;
        const logT2 = t1x < 0.5 ? Math.log1p(-t1x) : Math.log((n - nxfl - v - alpha) / n);
        const logA = v === 0 ? n * Math.log1p(-x) - Math.log(x) : logC + (v - 1) * Math.log(t1x) + (n - v) * logT2;
        if (Number.isNaN(ref))
            ref = logA;
        if (logA - ref > 600) {
            sum *= Math.exp(ref - logA);
            ref = logA;
        }
        const a = Math.exp(logA - ref);
        sum += a;
        if (a !== 0) {
            if (4 * (nTerms - v) * a < DBL_EPSILON * sum && v !== nTerms - 1)
                break;
        }
        else if (v > vmid) {
            break;
        }
        cMan *= (n - v) / (v + 1);
        if (cMan > 2 ** 512 || cMan < 2 ** -512) {
            const e = Math.floor(Math.log2(cMan));
            cMan *= 2 ** -e;
            cExp += e;
        }
        logC = Math.log(cMan) + cExp * Math.LN2;
    }
    return clip01(Math.exp(Math.log(x) + Math.log(sum) + ref));
}
/**
 * Pr(D_n <= x) (cdf) or Pr(D_n > x) (sf) for the two-sided one-sample KS statistic \u2014
 * scipy.stats.kstwo.cdf/sf(x, n). n must be a positive integer.
 */
function kolmogn(n, x, cdf = true) {
    if (Number.isNaN(n) || Number.isNaN(x))
        return NaN;
    if (!Number.isInteger(n) || n <= 0)
        return NaN;
    if (x >= 1)
        return pick(1, 0, cdf);
    if (x <= 0)
        return pick(0, 1, cdf);
    const t = n * x;
    if (t <= 1) {
        // Ruben\u2013Gambino: 1/2n <= x <= 1/n
        if (t <= 0.5)
            return pick(0, 1, cdf);
        let prob;
        if (n <= 140) {
            prob = 1;
            for (let i = 1; i <= n; i++)
                prob *= i * (1 / n) * (2 * t - 1);
        }
        else {
            prob = Math.exp(logNFactorialDivNPowN(n) + n * Math.log(2 * t - 1));
        }
        return pick(prob, 1 - prob, cdf);
    }
    if (t >= n - 1) {
        const prob = 2 * (1 - x) ** n;
        return pick(1 - prob, prob, cdf);
    }
    if (x >= 0.5) {
        const prob = 2 * smirnovSf(n, x);
        return pick(1 - prob, prob, cdf);
    }
    const nxsquared = t * x;
    if (n <= 140) {
        if (nxsquared <= 0.754693) {
            const prob = kolmognDMTW(n, x, true);
            return pick(prob, 1 - prob, cdf);
        }
        if (nxsquared <= 4) {
            const prob = kolmognPomeranz(n, x, true);
            return pick(prob, 1 - prob, cdf);
        }
        const prob = 2 * smirnovSf(n, x);
        return pick(1 - prob, prob, cdf);
    }
    // The CDF and SF switch methods at different nx\u00b2.
    if (!cdf) {
        if (nxsquared >= 370)
            return 0;
        if (nxsquared >= 2.2)
            return clip01(2 * smirnovSf(n, x));
    }
    let cdfprob;
    if (nxsquared >= 18)
        cdfprob = 1;
    else if (n <= 100000 && n * x ** 1.5 <= 1.4)
        cdfprob = kolmognDMTW(n, x, true);
    else
        cdfprob = kolmognPelzGood(n, x, true);
    return pick(cdfprob, 1 - cdfprob, cdf);
}
/** scipy.stats.kstwo.sf(d, n): Pr(D_n > d). */
function kstwoSf(d, n) {
    if (!(Number.isInteger(n) && n >= 1) || Number.isNaN(d))
        return NaN;
    // rv_continuous answers 1 at and below the support's lower end 1/(2n) without calling _sf.
    if (d <= 0.5 / n)
        return 1;
    if (d >= 1)
        return 0;
    return kolmogn(n, d, false);
}

;// CONCATENATED MODULE: ./packages/data/src/drift/ks.ts


/** numpy.round: halves go to the even neighbour (0.5 \u2192 0, 2.5 \u2192 2). */
function roundHalfEven(x) {
    const r = Math.round(x);
    return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
}
/**
 * Two-sample Kolmogorov\u2013Smirnov test.
 *
 * D is evaluated at every point of both supports (the empirical CDFs only step
 * there, so that is the exact supremum when both sides are exact). The p-value
 * is SciPy's method='asymp': kstwo.sf(D, round(n\u00b7m/(n+m))) \u2014 the exact
 * one-sample distribution at the effective size, not the kstwobign limit.
 *
 * Degenerate input: identical samples give D = 0, p = 1. When n\u00b7m/(n+m) rounds
 * to 0 (one value on each side) SciPy returns NaN; we use an effective size of 1,
 * which gives p = 1 for D < 1 and p = 0 for D = 1. Throws EmptyDistributionError
 * when either side has no values.
 */
function ksTwoSample(reference, current) {
    (0,errors/* assertNotEmpty */.Jw)('ks', reference, current);
    const a = reference.support();
    const b = current.support();
    let d = 0;
    let i = 0;
    let j = 0;
    // Merge-walk the two ascending supports so each distinct point is visited once.
    while (i < a.length || j < b.length) {
        let x;
        if (j >= b.length || (i < a.length && a[i] <= b[j])) {
            x = a[i];
            if (j < b.length && b[j] === x)
                j++;
            i++;
        }
        else {
            x = b[j];
            j++;
        }
        const diff = Math.abs(reference.cdf(x) - current.cdf(x));
        if (diff > d)
            d = diff;
    }
    return ksFromStatistic(d, reference.count, current.count);
}
/** The test from D and both sample sizes: what an engine that computed D itself needs. */
function ksFromStatistic(statistic, nReference, nCurrent) {
    const d = Math.min(1, statistic);
    const [m, n] = nReference >= nCurrent ? [nReference, nCurrent] : [nCurrent, nReference];
    const en = (m * n) / (m + n);
    const pValue = kstwoSf(d, Math.max(1, roundHalfEven(en)));
    return { statistic: d, pValue: Number.isNaN(pValue) ? 1 : pValue };
}


/***/ }),

/***/ 7606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   js: () => (/* binding */ psi)
/* harmony export */ });
/* unused harmony exports PSI_EPSILON, psiTerm, quantileEdges, binShares, psiCategorical */
/* harmony import */ var _errors__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9063);


/**
 * Floor for a bin's share before taking ln(actual/expected): 1e-4, the usual
 * choice (0.01%). An empty bin then contributes a large but finite term instead
 * of Infinity. Shares below the floor are raised to it; the shares are not
 * renormalised afterwards.
 */
const PSI_EPSILON = 1e-4;
/** One PSI term, (a \u2212 e)\u00b7ln(a/e), on floored shares. */
function psiTerm(expected, actual) {
    const e = Math.max(expected, PSI_EPSILON);
    const a = Math.max(actual, PSI_EPSILON);
    return (a - e) * Math.log(a / e);
}
/**
 * Bin edges at the reference's quantiles 1/k \u2026 (k\u22121)/k, deduplicated (ties and
 * constant columns collapse bins rather than leave empty ones), non-finite
 * edges dropped. The bins are (\u2212\u221e, e1], (e1, e2], \u2026, (e_last, +\u221e).
 */
function quantileEdges(reference, bins = 10) {
    if (!Number.isInteger(bins) || bins < 1)
        throw new RangeError(`psi: bins must be a positive integer, got ${bins}`);
    const edges = [];
    for (let i = 1; i < bins; i++) {
        const e = reference.quantile(i / bins);
        if (Number.isFinite(e) && (edges.length === 0 || e > edges[edges.length - 1]))
            edges.push(e);
    }
    return edges;
}
/** Shares of `dist` in each bin, from cdf() differences (so the same code serves exact and sketched distributions). */
function binShares(dist, edges) {
    const cdfs = [0, ...edges.map((e) => dist.cdf(e)), 1];
    const shares = [];
    for (let i = 1; i < cdfs.length; i++) {
        const share = cdfs[i] - cdfs[i - 1];
        // A sketch's CDF can dip by a rounding hair (or, if broken, answer NaN): neither may reach a report.
        shares.push(share > 0 ? share : 0);
    }
    return shares;
}
/**
 * Population Stability Index of `current` against `reference`:
 * \u03a3 (actual \u2212 expected)\u00b7ln(actual/expected) over the reference's quantile bins.
 * Identical data gives 0; a constant reference gives two bins, (\u2212\u221e, c] and (c, +\u221e).
 * Throws EmptyDistributionError when either side has no values.
 */
function psi(reference, current, options = {}) {
    (0,_errors__WEBPACK_IMPORTED_MODULE_0__/* .assertNotEmpty */ .Jw)('psi', reference, current);
    const edges = quantileEdges(reference, options.bins ?? 10);
    const expected = binShares(reference, edges);
    const actual = binShares(current, edges);
    const bins = expected.map((e, i) => ({
        lower: i === 0 ? -Infinity : edges[i - 1],
        upper: i === edges.length ? Infinity : edges[i],
        expected: e,
        actual: actual[i],
    }));
    let value = 0;
    for (const b of bins)
        value += psiTerm(b.expected, b.actual);
    return { value, bins };
}
/**
 * PSI over categories (each category its own bin) on the union of both sides'
 * categories; a category seen on one side only gets the epsilon floor on the other.
 * A single shared category gives 0. Throws EmptyDistributionError when either side is empty.
 */
function psiCategorical(reference, current) {
    assertNotEmpty('psi', reference, current);
    const aligned = alignCategories(reference, current);
    const refTotal = sum(aligned.reference);
    const curTotal = sum(aligned.current);
    assertNotEmpty('psi', { count: refTotal }, { count: curTotal });
    const bins = aligned.categories.map((category, i) => ({
        category,
        expected: aligned.reference[i] / refTotal,
        actual: aligned.current[i] / curTotal,
    }));
    let value = 0;
    for (const b of bins)
        value += psiTerm(b.expected, b.actual);
    return { value, bins };
}


/***/ }),

/***/ 6969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   wv: () => (/* binding */ chi2Sf)
/* harmony export */ });
/* unused harmony exports logGamma, gammaincc, gammainc */
/**
 * Special functions behind the chi-square p-value, ported from the Cephes code
 * SciPy ships (igam.c, lanczos.c, unity.c) so the numbers agree with
 * scipy.special.gammaincc / scipy.stats.chi2.sf to ~1e-13 rather than "roughly".
 *
 * One deliberate departure: Cephes switches to Temme's uniform asymptotic
 * expansion when a is large and x \u2248 a. We stay with the power series and the
 * continued fraction there (with a higher iteration cap), which converge in
 * O(\u221aa) terms and keep the same accuracy for every a a chi-square test with a
 * few thousand categories produces; the golden tests pin that region.
 */
const MACHEP = 1.11022302462515654042e-16; // 2^-53
const MAXLOG = 7.09782712893383996732e2; // log(DBL_MAX)
const EULER = 0.577215664901532860606512090082402431;
/** Past the Cephes cap (2000): without the asymptotic branch, a \u2248 x \u2248 1e6 needs a few thousand terms. */
const MAXITER = 20000;
const BIG = 4.503599627370496e15;
const BIGINV = 2.22044604925031308085e-16;
// Boost's Lanczos approximation (N=13, G\u22486.0247) as SciPy carries it: highest degree first.
const LANCZOS_G = 6.024680040776729583740234375;
const LANCZOS_EXPG_SCALED_NUM = [
    0.006061842346248906525783753964555936883222, 0.5098416655656676188125178644804694509993, 19.51992788247617482847860966235652136208,
    449.9445569063168119446858607650988409623, 6955.999602515376140356310115515198987526, 75999.29304014542649875303443598909137092,
    601859.6171681098786670226533699352302507, 3481712.15498064590882071018964774556468, 14605578.08768506808414169982791359218571,
    43338889.32467613834773723740590533316085, 86363131.28813859145546927288977868422342, 103794043.1163445451906271053616070238554,
    56906521.91347156388090791033559122686859,
];
const LANCZOS_EXPG_SCALED_DENOM = [1, 66, 1925, 32670, 357423, 2637558, 13339535, 45995730, 105258076, 150917976, 120543840, 39916800, 0];
/** Rational function num(x)/den(x), coefficients highest degree first; evaluated in 1/x past |x| > 1 so it cannot overflow. */
function ratevl(x, num, den) {
    const M = num.length - 1;
    const N = den.length - 1;
    if (Math.abs(x) > 1) {
        const y = 1 / x;
        let n = num[M];
        for (let i = M - 1; i >= 0; i--)
            n = n * y + num[i];
        let d = den[N];
        for (let i = N - 1; i >= 0; i--)
            d = d * y + den[i];
        return Math.pow(x, N - M) * (n / d);
    }
    let n = num[0];
    for (let i = 1; i <= M; i++)
        n = n * x + num[i];
    let d = den[0];
    for (let i = 1; i <= N; i++)
        d = d * x + den[i];
    return n / d;
}
const lanczosSumExpgScaled = (x) => ratevl(x, LANCZOS_EXPG_SCALED_NUM, LANCZOS_EXPG_SCALED_DENOM);
/** log \u0393(x) for x > 0 (Lanczos; absolute error ~1e-16 near the roots at 1 and 2, relative elsewhere). */
function logGamma(x) {
    if (!(x > 0))
        return x === 0 ? Infinity : NaN;
    if (x === Infinity)
        return Infinity;
    // Below 1/2 the Lanczos sum loses digits; shift up one step.
    if (x < 0.5)
        return logGamma(x + 1) - Math.log(x);
    const zgh = x + LANCZOS_G - 0.5;
    return (x - 0.5) * (Math.log(zgh) - 1) + Math.log(lanczosSumExpgScaled(x));
}
/** \u03b6(n) for integer n \u2265 2 by Euler\u2013Maclaurin (10 direct terms + Bernoulli tail), exact to rounding. */
function zetaInt(n) {
    const N = 10;
    let s = 0;
    for (let k = N - 1; k >= 1; k--)
        s += Math.pow(k, -n);
    // Tail \u03a3_{k\u2265N} k^-n = N^(1-n)/(n-1) + N^-n/2 + \u03a3 B_2j/(2j)! \u00b7 n(n+1)\u2026(n+2j-2) \u00b7 N^(-n-2j+1)
    const B = [1 / 6, -1 / 30, 1 / 42, -1 / 30, 5 / 66, -691 / 2730, 7 / 6];
    let tail = Math.pow(N, 1 - n) / (n - 1) + Math.pow(N, -n) / 2;
    let rising = n; // n(n+1)\u2026(n+2j-2)
    let fact = 2; // (2j)!
    for (let j = 1; j <= B.length; j++) {
        tail += (B[j - 1] / fact) * rising * Math.pow(N, -n - 2 * j + 1);
        rising *= (n + 2 * j - 1) * (n + 2 * j);
        fact *= (2 * j + 1) * (2 * j + 2);
    }
    return s + tail;
}
let zetaTable;
/** log \u0393(1+x) without the cancellation of forming 1+x: Taylor series in x near 0 (as Cephes' lgam1p). */
function logGamma1p(x) {
    if (Math.abs(x) <= 0.5) {
        zetaTable ??= Array.from({ length: 43 }, (_, n) => (n >= 2 ? zetaInt(n) : NaN));
        let res = -EULER * x;
        let xfac = -x;
        for (let n = 2; n < 42; n++) {
            xfac *= -x;
            const coeff = (zetaTable[n] * xfac) / n;
            res += coeff;
            if (Math.abs(coeff) < MACHEP * Math.abs(res))
                break;
        }
        return res;
    }
    if (Math.abs(x - 1) < 0.5)
        return Math.log(x) + logGamma1p(x - 1);
    return logGamma(x + 1);
}
/** log(1+x) \u2212 x, by its series where log1p(x) \u2212 x would cancel. */
function log1pmx(x) {
    if (Math.abs(x) < 0.5) {
        let xfac = x;
        let res = 0;
        for (let n = 2; n < MAXITER; n++) {
            xfac *= -x;
            const term = xfac / n;
            res += term;
            if (Math.abs(term) < MACHEP * Math.abs(res))
                break;
        }
        return res;
    }
    return Math.log1p(x) - x;
}
/** x^a e^-x / \u0393(a), kept accurate when a and x are both large and close (Cephes igam_fac). */
function igamFac(a, x) {
    if (Math.abs(a - x) > 0.4 * Math.abs(a)) {
        const ax = a * Math.log(x) - x - logGamma(a);
        return ax < -MAXLOG ? 0 : Math.exp(ax);
    }
    const fac = a + LANCZOS_G - 0.5;
    let res = Math.sqrt(fac / Math.E) / lanczosSumExpgScaled(a);
    if (a < 200 && x < 200) {
        res *= Math.exp(a - x) * Math.pow(x / fac, a);
    }
    else {
        const num = x - a - LANCZOS_G + 0.5;
        res *= Math.exp(a * log1pmx(num / fac) + (x * (0.5 - LANCZOS_G)) / fac);
    }
    return res;
}
/** P(a, x) by DLMF 8.11.4. */
function igamSeries(a, x) {
    const ax = igamFac(a, x);
    if (ax === 0)
        return 0;
    let r = a;
    let c = 1;
    let ans = 1;
    for (let i = 0; i < MAXITER; i++) {
        r += 1;
        c *= x / r;
        ans += c;
        if (c <= MACHEP * ans)
            break;
    }
    return (ans * ax) / a;
}
/** Q(a, x) by DLMF 8.7.3, for small x where 1 \u2212 P would cancel. */
function igamcSeries(a, x) {
    let fac = 1;
    let sum = 0;
    for (let n = 1; n < MAXITER; n++) {
        fac *= -x / n;
        const term = fac / (a + n);
        sum += term;
        if (Math.abs(term) <= MACHEP * Math.abs(sum))
            break;
    }
    const logx = Math.log(x);
    const term = -Math.expm1(a * logx - logGamma1p(a));
    return term - Math.exp(a * logx - logGamma(a)) * sum;
}
/** Q(a, x) by the continued fraction DLMF 8.9.2 (Legendre), for x > a. */
function igamcContinuedFraction(a, x) {
    const ax = igamFac(a, x);
    if (ax === 0)
        return 0;
    let y = 1 - a;
    let z = x + y + 1;
    let c = 0;
    let pkm2 = 1;
    let qkm2 = x;
    let pkm1 = x + 1;
    let qkm1 = z * x;
    let ans = pkm1 / qkm1;
    for (let i = 0; i < MAXITER; i++) {
        c += 1;
        y += 1;
        z += 2;
        const yc = y * c;
        const pk = pkm1 * z - pkm2 * yc;
        const qk = qkm1 * z - qkm2 * yc;
        let t = 1;
        if (qk !== 0) {
            const r = pk / qk;
            t = Math.abs((ans - r) / r);
            ans = r;
        }
        pkm2 = pkm1;
        pkm1 = pk;
        qkm2 = qkm1;
        qkm1 = qk;
        // The convergents grow without bound; rescale all four together (the ratio is what matters).
        if (Math.abs(pk) > BIG) {
            pkm2 *= BIGINV;
            pkm1 *= BIGINV;
            qkm2 *= BIGINV;
            qkm1 *= BIGINV;
        }
        if (t <= MACHEP)
            break;
    }
    return ans * ax;
}
/**
 * Regularized upper incomplete gamma function Q(a, x) = \u0393(a, x) / \u0393(a),
 * i.e. scipy.special.gammaincc(a, x). NaN for a < 0, x < 0 or NaN input.
 */
function gammaincc(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || x < 0 || a < 0)
        return NaN;
    if (a === 0)
        return x > 0 ? 0 : NaN;
    if (x === 0)
        return 1;
    if (a === Infinity)
        return x === Infinity ? NaN : 1;
    if (x === Infinity)
        return 0;
    // Cephes' choice of method by region (minus the asymptotic expansion; see the file comment).
    if (x > 1.1)
        return x < a ? 1 - igamSeries(a, x) : igamcContinuedFraction(a, x);
    if (x <= 0.5)
        return -0.4 / Math.log(x) < a ? 1 - igamSeries(a, x) : igamcSeries(a, x);
    return x * 1.1 < a ? 1 - igamSeries(a, x) : igamcSeries(a, x);
}
/** Regularized lower incomplete gamma function P(a, x) = 1 \u2212 Q(a, x), i.e. scipy.special.gammainc. */
function gammainc(a, x) {
    if (Number.isNaN(a) || Number.isNaN(x) || x < 0 || a < 0)
        return NaN;
    if (a === 0)
        return x > 0 ? 1 : NaN;
    if (x === 0)
        return 0;
    if (a === Infinity)
        return x === Infinity ? NaN : 0;
    if (x === Infinity)
        return 1;
    if (x > 1 && x > a)
        return 1 - gammaincc(a, x);
    return igamSeries(a, x);
}
/** Survival function of the chi-square distribution with `dof` degrees of freedom: scipy.stats.chi2.sf(x, dof). */
function chi2Sf(x, dof) {
    if (!(dof > 0))
        return NaN;
    if (Number.isNaN(x))
        return NaN;
    if (x <= 0)
        return 1;
    return gammaincc(dof / 2, x / 2);
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

/***/ 4330:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $o: () => (/* binding */ tightenOldGenerationPast),
/* harmony export */   kK: () => (/* binding */ holdYoungGeneration)
/* harmony export */ });
/* unused harmony exports tightenOldGeneration, TIGHTEN_AT_RSS */
/* harmony import */ var node_v8__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8877);
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

/***/ 5909:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Y: () => (/* binding */ TableProfiler)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
var external_node_fs_default = /*#__PURE__*/__webpack_require__.n(external_node_fs_);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
var external_node_os_default = /*#__PURE__*/__webpack_require__.n(external_node_os_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/data/src/profile/hash.ts
var hash = __webpack_require__(7774);
;// CONCATENATED MODULE: ./packages/data/src/profile/distinct-rows.ts




/**
 * Hashes held in memory before they are deduplicated or spilled: 2^20 (8 MB),
 * and as much again while they are counted. Past that, memory would grow by
 * 8 bytes a row, which was most of the growth of peak RSS from 1M to 5M rows
 * (bench/validate-data/RESULTS.md).
 */
const ROWS_IN_MEMORY = 1 << 20;
// Spilled hashes go to 64 files by their top bits (the next 6 bits at each
// level of recursion), 4096 hashes (32 KB) buffered per file: 2 MB of buffers.
const PARTITION_BITS = 6;
const PARTITIONS = 1 << PARTITION_BITS;
const BUFFERED = 4096;
// Three levels use the top 18 bits; a fourth (past 2^18 buffers' worth of
// distinct rows) stays in memory.
const MAX_LEVEL = 3;
/**
 * Exact number of distinct 53-bit hashes in bounded memory. Hashes are
 * appended to a buffer as they come and counted only when it is full or at
 * the end (`distinctInPlace`): a hash set that took every row as it came
 * missed the cache on nearly every insert once it outgrew it, and was a sixth
 * of the main thread's time on the 1M-row benchmark files. A full buffer is
 * deduplicated and kept while that halves it (many repeated rows); otherwise
 * it, and every hash after it, goes to partition files chosen by the hash's
 * top bits. A hash is then in exactly one partition, so the count is the sum
 * of each partition's distinct count, taken by the same procedure on the next bits.
 */
class DistinctRows {
    options;
    level;
    memory;
    len = 0;
    limit;
    spill = null;
    counted;
    constructor(options = {}, level = 0, 
    /** A partition is counted in its parent's memory. */
    memory) {
        this.options = options;
        this.level = level;
        this.limit = level < MAX_LEVEL ? Math.max(1, options.inMemory ?? ROWS_IN_MEMORY) : Infinity;
        this.memory = memory ?? { hashes: new Float64Array(Math.min(this.limit, 1 << 12)), set: new hash/* HashSet53 */.HI(16) };
    }
    add(h) {
        if (this.len === this.memory.hashes.length)
            this.makeRoom();
        this.memory.hashes[this.len++] = h;
    }
    /** The first n of `hashes`. */
    addAll(hashes, n) {
        for (let i = 0; i < n;) {
            if (this.len === this.memory.hashes.length)
                this.makeRoom();
            const take = Math.min(n - i, this.memory.hashes.length - this.len);
            this.memory.hashes.set(hashes.subarray(i, i + take), this.len);
            this.len += take;
            i += take;
        }
    }
    /** The distinct count; removes the partition files. */
    count() {
        if (this.counted !== undefined)
            return this.counted;
        const memory = this.memory;
        try {
            if (!this.spill)
                return (this.counted = distinctInPlace(memory, this.len));
            this.spillBuffered();
            let n = 0;
            // One buffer for every partition, one after another: a new one per partition
            // was megabytes of garbage at the end of a large scan, the run's peak RSS.
            const chunk = new Float64Array(1 << 15);
            for (const file of this.spill.close()) {
                const sub = new DistinctRows(this.options, this.level + 1, memory);
                try {
                    readHashes(file, sub, chunk);
                    n += sub.count();
                }
                finally {
                    sub.dispose();
                }
                external_node_fs_default().rmSync(file);
            }
            return (this.counted = n);
        }
        finally {
            this.memory = null;
            this.dispose();
        }
    }
    /** Removes the partition files, if any (also when the scan failed before `count`). */
    dispose() {
        this.spill?.remove();
        this.spill = null;
    }
    /**
     * The buffer is full: grown while under the limit; at it, deduplicated and
     * kept if that at least halved it, else spilled, and from then on the buffer
     * only stages hashes for the partition files: a small one, every time it
     * fills (8 MB less held through the rest of a large scan). At the last
     * level nothing spills and the buffer grows instead.
     */
    makeRoom() {
        const memory = this.memory;
        if (this.spill)
            return this.spillBuffered();
        if (memory.hashes.length < this.limit)
            return grow(memory, Math.min(this.limit, memory.hashes.length * 2));
        this.len = distinctInPlace(memory, this.len);
        if (this.len * 2 <= memory.hashes.length)
            return;
        if (this.limit === Infinity)
            return grow(memory, memory.hashes.length * 2);
        this.spill = new Partitions(this.options.tempDir, this.level);
        this.spillBuffered();
        memory.hashes = new Float64Array(Math.min(this.limit, STAGED));
    }
    spillBuffered() {
        const { hashes } = this.memory;
        for (let i = 0; i < this.len; i++)
            this.spill.write(hashes[i]);
        this.len = 0;
    }
}
/** Hashes staged for the partition files once a DistinctRows spills (256 KB). */
const STAGED = 1 << 15;
function grow(memory, length) {
    const next = new Float64Array(length);
    next.set(memory.hashes);
    memory.hashes = next;
}
// The digit the hashes are grouped by before counting: bits 21-28, clear of the
// top 18 the partition files use and of the low bits HashSet53 indexes by.
const DIGIT_SCALE = 2 ** 21;
const DIGITS = 256;
const digitOf = (h) => (h / DIGIT_SCALE) & (DIGITS - 1);
/**
 * Leaves the distinct values of the first n `memory.hashes` at its front and
 * returns how many there are. The hashes are grouped by one 8-bit digit, in
 * place (an American flag sort: each hash is swapped straight into its group),
 * then each group is counted in a hash set of its own size, which stays in the
 * cache. A million hashes take ~35 ms, against ~85 ms inserted one by one into
 * one set, and ~60 ms grouped by a counting sort into a second array: that
 * array's 8 MB of fresh pages were half its time, in the serial tail of a scan
 * on threads (bench/validate-data/RESULTS.md).
 */
function distinctInPlace(memory, n) {
    const { hashes } = memory;
    const starts = new Int32Array(DIGITS + 1);
    for (let i = 0; i < n; i++)
        starts[digitOf(hashes[i]) + 1]++;
    for (let d = 1; d <= DIGITS; d++)
        starts[d] += starts[d - 1];
    // The next unsorted place of each group: a hash taken from it goes to its own group's next place, whose hash is placed next.
    const next = starts.slice(0, DIGITS);
    for (let d = 0; d < DIGITS; d++) {
        const end = starts[d + 1];
        while (next[d] < end) {
            let h = hashes[next[d]];
            for (let g = digitOf(h); g !== d; g = digitOf(h)) {
                const j = next[g]++;
                const displaced = hashes[j];
                hashes[j] = h;
                h = displaced;
            }
            hashes[next[d]++] = h;
        }
    }
    let m = 0;
    for (let d = 0; d < DIGITS; d++) {
        const from = starts[d];
        const to = starts[d + 1];
        if (from === to)
            continue;
        const set = memory.set.reset(Math.min(to - from, 1 << 16));
        // m never passes i: the distinct hashes move down over ones already read.
        for (let i = from; i < to; i++) {
            const h = hashes[i];
            if (set.add(h))
                hashes[m++] = h;
        }
    }
    return m;
}
class Partitions {
    dir;
    scale;
    buffers = Array.from({ length: PARTITIONS }, () => new Float64Array(BUFFERED));
    filled = new Int32Array(PARTITIONS);
    written = new Uint8Array(PARTITIONS);
    constructor(tempDir = process.env.RUNNER_TEMP || external_node_os_default().tmpdir(), level) {
        this.dir = external_node_fs_default().mkdtempSync(external_node_path_default().join(tempDir, 'mlship-rows-'));
        this.scale = 2 ** (53 - PARTITION_BITS * (level + 1));
    }
    write(h) {
        const p = (h / this.scale) & (PARTITIONS - 1);
        this.buffers[p][this.filled[p]++] = h;
        if (this.filled[p] === BUFFERED)
            this.flush(p);
    }
    /** Flushes every buffer; returns the files written. */
    close() {
        const files = [];
        for (let p = 0; p < PARTITIONS; p++) {
            this.flush(p);
            if (this.written[p])
                files.push(this.file(p));
        }
        this.buffers.length = 0;
        return files;
    }
    remove() {
        external_node_fs_default().rmSync(this.dir, { recursive: true, force: true });
    }
    flush(p) {
        const n = this.filled[p];
        if (n === 0)
            return;
        external_node_fs_default().appendFileSync(this.file(p), new Uint8Array(this.buffers[p].buffer, 0, n * 8));
        this.filled[p] = 0;
        this.written[p] = 1;
    }
    file(p) {
        return external_node_path_default().join(this.dir, String(p));
    }
}
function readHashes(file, into, chunk) {
    const bytes = new Uint8Array(chunk.buffer);
    const fd = external_node_fs_default().openSync(file, 'r');
    try {
        // Reads of a regular file return whole chunks until the last, which holds whole hashes.
        for (let n; (n = external_node_fs_default().readSync(fd, bytes, 0, bytes.length, null)) > 0;)
            into.addAll(chunk, n / 8);
    }
    finally {
        external_node_fs_default().closeSync(fd);
    }
}

// EXTERNAL MODULE: ./packages/data/src/profile/column-group.ts
var column_group = __webpack_require__(2818);
// EXTERNAL MODULE: ./packages/data/src/profile/row-lanes.ts
var row_lanes = __webpack_require__(9170);
// EXTERNAL MODULE: ./packages/data/src/profile/heap-growth.ts
var heap_growth = __webpack_require__(4330);
;// CONCATENATED MODULE: ./packages/data/src/profile/table.ts





/**
 * Profiles a table one batch at a time: every cell is hashed once, and the
 * hash feeds both the column's distinct counter and the row hash used for
 * duplicate detection (row-lanes.ts: a sum over columns, so columns profiled
 * in other threads give the same row hashes). Memory stays bounded: sketches
 * per column, and the row hashes in a bounded buffer that spills to
 * temporary files.
 * `dispose` removes those files when the scan fails before `finish`.
 */
class TableProfiler {
    schema;
    columns;
    all;
    rowsSeen;
    rows = 0;
    rowHashes = new Float64Array(0);
    constructor(schema, options = {}) {
        this.schema = schema;
        // Batches live while they are profiled: without this, the young generation grows to its maximum (heap-growth.ts).
        (0,heap_growth/* holdYoungGeneration */.kK)();
        this.all = new column_group/* ColumnGroup */.o(schema.fields, schema.fields.map((_, i) => i));
        this.columns = [...this.all.profilers];
        this.rowsSeen = new DistinctRows(options);
    }
    add(batch) {
        this.addRows([this.all.add(batch)], batch.numRows);
    }
    /**
     * Rows whose columns were profiled in groups elsewhere (worker threads):
     * every group's share of the same n row hashes, together covering each column once.
     */
    addRows(parts, n) {
        if (this.rowHashes.length < n)
            this.rowHashes = new Float64Array(n);
        (0,row_lanes/* foldRowLanes */.Jk)(parts, this.rowHashes, n);
        this.rowsSeen.addAll(this.rowHashes, n);
        this.rows += n;
    }
    /** Column `index`'s statistics, gathered by a ColumnGroup elsewhere, in place of this profiler's own. */
    adopt(index, profiler) {
        this.columns[index] = profiler;
    }
    numeric(column) {
        return this.column(column)?.numeric();
    }
    categorical(column) {
        return this.column(column)?.categorical();
    }
    finish() {
        return { rows: this.rows, duplicateRows: this.rows - this.rowsSeen.count(), columns: this.columns.map((c) => c.finish()) };
    }
    dispose() {
        this.rowsSeen.dispose();
    }
    column(name) {
        return this.columns.find((c) => c.field.name === name);
    }
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

/***/ 6861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  A6: () => (/* binding */ resolveDataFiles)
});

// UNUSED EXPORTS: hivePartitions, rel

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(483);
// EXTERNAL MODULE: ./node_modules/picomatch/index.js
var picomatch = __webpack_require__(4006);
var picomatch_default = /*#__PURE__*/__webpack_require__.n(picomatch);
// EXTERNAL MODULE: ./packages/core/src/regex-engine.ts
var regex_engine = __webpack_require__(3621);
;// CONCATENATED MODULE: ./packages/core/src/glob.ts



/** A glob picomatch accepts but RE2 cannot run: `problem` reads after the pattern, `hint` says what to write. */
class GlobRefusal extends Error {
    problem;
    hint;
    constructor(problem, hint) {
        super(problem);
        this.problem = problem;
        this.hint = hint;
    }
}
// Lone surrogates, which no UTF-8 file name decodes to: HIDDEN starts a dot
// segment a wildcard may not match, DOT_SEGMENT starts `.` and `..`, which
// not even a pattern segment starting with a literal dot (`.*`) matches.
const HIDDEN = '\udfff';
const DOT_SEGMENT = '\udffe';
const MARKS = HIDDEN + DOT_SEGMENT;
// picomatch's spellings of the dot rule (with `dot: true`, which leaves only the `.`/`..` part).
const DOT_SEGMENT_LOOKAHEADS = ['(?!(?:^|\\/)\\.{1,2}(?:\\/|$))', '(?!\\.{1,2}(?:\\/|$))', '(?!\\.{0,1}(?:\\/|$))'];
const NONEMPTY_LOOKAHEAD = '(?=.)';
/**
 * Compiles `pattern` (a picomatch glob, `!` in front negating it) to a
 * linear-time matcher of `/`-separated paths. Throws picomatch's own error for
 * an invalid glob and a GlobRefusal for one RE2 cannot run (a `!(\u2026)` extglob).
 */
function compileGlob(pattern, options = {}) {
    let negated = false;
    let body = pattern;
    // picomatch's negation: leading `!`s, each flipping the result; `!(` starts an extglob.
    while (body.startsWith('!') && body[1] !== '(') {
        negated = !negated;
        body = body.slice(1);
    }
    const dot = options.dot ?? false;
    const re = picomatch_default().makeRe(markPattern(body, dot), { dot: true, strictBrackets: options.strictBrackets });
    const regex = (0,regex_engine/* regexEngine */.y)().RE2JS.compile(toRe2(re.source, options.dotAll ?? false));
    const match = (path) => {
        if (path === '' || path.endsWith('/'))
            return negated;
        // picomatch negates with `^(?!\u2026).*$`, whose `.` stops at a line break unless dotAll.
        if (negated && !options.dotAll && /[\n\r\u2028\u2029]/.test(path))
            return false;
        // picomatch's own shortcut: a path equal to the glob matches it.
        const hit = path === body || regex.test(markPath(path, dot));
        return hit !== negated;
    };
    return Object.assign(match, { regex });
}
/** The path with the leading dot of each segment a wildcard may not match replaced by its mark. */
function markPath(path, dot) {
    if (!path.includes('.'))
        return path;
    return path
        .split('/')
        .map((seg) => (seg === '.' || seg === '..' ? DOT_SEGMENT + seg.slice(1) : !dot && seg.startsWith('.') ? HIDDEN + seg.slice(1) : seg))
        .join('/');
}
/**
 * The glob with each dot that starts a segment literally replaced by the
 * mark markPath gives the same path segment: `.github/**`, `{.env,src}/*`, `@(.a|b)`. Brace
 * and extglob alternatives start where their group starts.
 */
function markPattern(glob, dot) {
    let out = '';
    let atStart = true;
    const groups = [];
    for (let i = 0; i < glob.length; i++) {
        const c = glob[i];
        if (c === '\\' && i + 1 < glob.length) {
            const next = glob[i + 1];
            out += next === '.' && atStart ? (mark(glob, i + 1, dot) ?? c + next) : c + next;
            i++;
            atStart = false;
        }
        else if (c === '.' && atStart) {
            out += mark(glob, i, dot) ?? c;
            atStart = false;
        }
        else if (c === '[') {
            const close = glob.indexOf(']', i + 2);
            const end = close < 0 ? i : close;
            out += glob.slice(i, end + 1);
            i = end;
            atStart = false;
        }
        else if (c === '{' || c === '(' || ('@!*+?'.includes(c) && glob[i + 1] === '(')) {
            const open = c === '{' || c === '(' ? c : c + '(';
            groups.push(atStart);
            out += open;
            i += open.length - 1;
        }
        else if ((c === ',' || c === '|') && groups.length > 0) {
            out += c;
            atStart = groups[groups.length - 1];
        }
        else if ((c === '}' || c === ')') && groups.length > 0) {
            groups.pop();
            out += c;
            atStart = false;
        }
        else {
            out += c;
            atStart = c === '/';
        }
    }
    return out;
}
/** The mark markPath gives a path segment spelled as the pattern segment starting with the dot at `i`; undefined when it keeps its dot. */
function mark(glob, i, dot) {
    let j = i + 1;
    if (glob[j] === '.')
        j++;
    if (j >= glob.length || '/,|})'.includes(glob[j]))
        return DOT_SEGMENT;
    return dot ? undefined : HIDDEN;
}
/**
 * picomatch's regular expression (compiled with `dot: true`) as RE2 syntax:
 * the dot-segment lookaheads go (the marks do their work), wildcards and
 * negated classes leave the marks out, and any other lookaround is refused.
 */
function toRe2(source, dotAll) {
    let s = source;
    for (const look of DOT_SEGMENT_LOOKAHEADS)
        s = s.split(look).join('');
    s = s.split(NONEMPTY_LOOKAHEAD).join('');
    let out = '';
    let inClass = false;
    for (let i = 0; i < s.length; i++) {
        const c = s[i];
        if (c === '\\') {
            // picomatch escapes a mark in some places; RE2 takes only punctuation escaped.
            const next = s[i + 1] ?? '';
            out += MARKS.includes(next) && next !== '' ? next : c + next;
            i++;
        }
        else if (inClass) {
            if (c === ']')
                inClass = false;
            out += c;
        }
        else if (c === '[') {
            inClass = true;
            if (s[i + 1] === '^') {
                out += '[^' + MARKS;
                i++;
            }
            else
                out += c;
            // A `]` right after the opening is a member, not the end.
            if (s[i + 1] === ']')
                out += s[++i];
        }
        else if (c === '.') {
            out += dotAll ? `[^${MARKS}]` : `[^\\n\\r\\x{2028}\\x{2029}${MARKS}]`;
        }
        else if (c === '(' && s[i + 1] === '?' && (s[i + 2] === '=' || s[i + 2] === '!' || s[i + 2] === '<')) {
            throw new GlobRefusal('uses a negated extglob !(\u2026), which the linear-time matcher cannot run', 'Name the files to match rather than the ones to leave out.');
        }
        else
            out += c;
    }
    return out;
}

// EXTERNAL MODULE: ./node_modules/tinyglobby/dist/index.mjs + 1 modules
var dist = __webpack_require__(3382);
;// CONCATENATED MODULE: ./packages/data/src/read/confine.ts


/**
 * Where a dataset may lead. A pull request controls the files under `data/`, so a
 * link in them (`ln -s ../../.git/config data/train/p2.csv`) would make the data
 * gate read the runner's files into report.json. Links are followed only while
 * their real path stays inside the dataset's root (and the named root inside the
 * workspace); every check runs on the path before it is opened or listed.
 */
const HINT_OUT = 'Replace the link with the file itself, or name the real location directly; links that leave the named data are refused so that a pull request cannot make the step read other files on the runner (such as .git/config).';
/** The link's own text, as `ls -l` shows it; the message names where it points as the user wrote it. */
const target = (link) => promises_default().readlink(link);
/**
 * The real path of a link met while walking a dataset, or undefined when it dangles.
 * A loop is refused here: whatever the link is named, it can never be read.
 */
async function followLink(link, at) {
    try {
        return await promises_default().realpath(link);
    }
    catch (e) {
        const code = e.code;
        if (code === 'ENOENT')
            return undefined;
        if (code === 'ELOOP')
            throw new src/* UserError */.yo(`${at.show(link)} is a link loop (it points to ${await target(link)})`, { where: at.where, hint: 'Replace the link with the file or directory it should point to.' });
        throw new src/* UserError */.yo(`cannot follow the link ${at.show(link)} (${code ?? e.message})`, { where: at.where });
    }
}
const danglingLink = async (link, at) => new src/* UserError */.yo(`${at.show(link)} is a link to ${await target(link)}, which does not exist`, { where: at.where, hint: 'Remove the link or restore the file it points to.' });
const linkOutOfDataset = async (link, root, at) => new src/* UserError */.yo(`${at.show(link)} is a link to ${await target(link)}, outside the dataset ${at.show(root)}`, { where: at.where, hint: HINT_OUT });
const linkLoop = async (link, at) => new src/* UserError */.yo(`${at.show(link)} is a link loop: it points to ${await target(link)}, a directory that contains it`, { where: at.where, hint: 'Remove the link; a dataset directory cannot contain itself.' });
const readTwice = (again, first, at) => new src/* UserError */.yo(`${at.show(again)} and ${at.show(first)} are the same file or directory (one is reached through a link), so its rows would be read twice`, { where: at.where, hint: 'Remove the link, or point the data at one of the two paths.' });
/**
 * The named root's real path. It may be a link (`data/latest -> v3`), but a root
 * named inside the workspace must stay in it (see refuseLinkOutOfWorkspace).
 */
async function realRoot(root, at) {
    (0,src/* refuseLinkOutOfWorkspace */.ND)(root, at.where, at.show);
    return promises_default().realpath(root);
}

// EXTERNAL MODULE: ./packages/data/src/read/file-formats.ts
var file_formats = __webpack_require__(2100);
// EXTERNAL MODULE: ./packages/data/src/read/table-formats.ts
var table_formats = __webpack_require__(870);
;// CONCATENATED MODULE: ./packages/data/src/read/walk.ts




/**
 * The files below a dataset root, as paths through the root as named (so hive
 * keys and messages follow the user's names), sorted. Files and directories whose
 * names start with `.` or `_` (`_SUCCESS`, `_delta_log/`, `.crc`) are not data,
 * as in pyarrow.dataset, and are never looked at. A link is followed only when its
 * real path stays inside the root's real path, checked before it is opened or
 * listed; each real file and directory is reached once, so a link loop ends the
 * walk with one line instead of running forever.
 */
async function walkDataset(root, rootReal, rules, at) {
    const files = [];
    /** Real path \u2192 the path it was first reached by. */
    const reached = new Map([[rootReal, root]]);
    const visit = async (dir, dirReal, relDir) => {
        const listed = await promises_default().readdir(dir, { withFileTypes: true }).catch((e) => {
            throw new src/* UserError */.yo(`cannot list ${at.show(dir)} (${e.code ?? e.message})`, { where: at.where, hint: 'Check that the job can read every directory of the dataset.' });
        });
        const entries = listed.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
        for (const entry of entries) {
            if (entry.name.startsWith('.') || entry.name.startsWith('_'))
                continue;
            const abs = external_node_path_default().join(dir, entry.name);
            const rel = relDir ? `${relDir}/${entry.name}` : entry.name;
            let real = external_node_path_default().join(dirReal, entry.name);
            let isDir = entry.isDirectory();
            let isFile = entry.isFile();
            if (entry.isSymbolicLink()) {
                const followed = await followLink(abs, at);
                if (followed === undefined) {
                    if (rules.keep(rel))
                        throw await danglingLink(abs, at);
                    continue;
                }
                real = followed;
                const stat = await promises_default().stat(real);
                isDir = stat.isDirectory();
                isFile = stat.isFile();
                const wanted = isDir ? rules.descend(rel) : rules.keep(rel);
                if (!wanted)
                    continue;
                if (!(0,src/* isInside */.FK)(rootReal, real))
                    throw await linkOutOfDataset(abs, root, at);
                if (isDir && (0,src/* isInside */.FK)(real, dirReal))
                    throw await linkLoop(abs, at);
            }
            if (isDir) {
                if (!rules.descend(rel))
                    continue;
                const first = reached.get(real);
                if (first !== undefined)
                    throw readTwice(abs, first, at);
                reached.set(real, abs);
                await visit(abs, real, rel);
            }
            else if (rules.keep(rel)) {
                if (!isFile)
                    throw new src/* UserError */.yo(`${at.show(abs)} is not a regular file`, { where: at.where, hint: 'A dataset holds regular files only; move pipes, sockets and devices out of it.' });
                const first = reached.get(real);
                if (first !== undefined)
                    throw readTwice(abs, first, at);
                reached.set(real, abs);
                files.push(abs);
            }
        }
    };
    await visit(root, rootReal, '');
    return files.sort();
}

;// CONCATENATED MODULE: ./packages/data/src/read/resolve.ts









const KNOWN = 'Data must be .parquet, .csv, .tsv or .jsonl (optionally .csv.gz / .jsonl.gz).';
/**
 * Turns what the user passed \u2014 a file, a directory (read recursively, hive
 * partitions included) or a glob \u2014 into the sorted list of data files.
 */
async function resolveDataFiles(spec, cwd, role) {
    const where = `${role} ${spec}`;
    const trimmed = spec.trim();
    if (!trimmed)
        throw new src/* UserError */.yo(`no ${role} path given`, { where: role, hint: 'Pass a file, directory or glob.' });
    const at = { show: (abs) => rel(cwd, abs), where };
    let base;
    let paths;
    if ((0,dist/* isDynamicPattern */.ey)(trimmed)) {
        const pattern = trimmed.replace(/\\/g, '/');
        await (0,regex_engine/* loadRegexEngine */.c)();
        base = external_node_path_default().resolve(cwd, globBase(pattern));
        // A base that is missing (or a file) matches nothing, as a glob over it would.
        const baseStat = await promises_default().stat(base).catch((e) => {
            if (e.code === 'ENOENT' || e.code === 'ENOTDIR')
                return undefined;
            throw new src/* UserError */.yo(`cannot read ${rel(cwd, base)} (${e.code ?? e.message})`, { where });
        });
        const baseReal = baseStat?.isDirectory() ? await realRoot(base, at) : undefined;
        paths = baseReal === undefined ? [] : await walkDataset(base, baseReal, globRules(external_node_path_default().relative(base, external_node_path_default().resolve(cwd, pattern)).split((external_node_path_default()).sep).join('/'), where), at);
        if (paths.length === 0) {
            throw new src/* UserError */.yo('the pattern matches no files', { where, hint: 'Check the path relative to the working directory; quote the glob so the shell does not expand it.' });
        }
        const unknown = paths.find((p) => !(0,file_formats/* formatOf */.b)(p));
        if (unknown)
            throw new src/* UserError */.yo(`${rel(cwd, unknown)} is not a data file`, { where, hint: `${KNOWN} Narrow the pattern, e.g. **/*.parquet.` });
    }
    else {
        const abs = external_node_path_default().resolve(cwd, trimmed);
        const stat = await promises_default().stat(abs).catch((e) => {
            if (e.code === 'ENOENT')
                throw new src/* UserError */.yo('no such file or directory', { where, hint: 'Check the path relative to the working directory (and that the data was downloaded, e.g. by `dvc pull`).' });
            if (e.code === 'ELOOP')
                throw new src/* UserError */.yo(`${trimmed} is a link loop`, { where, hint: 'Replace the link with the file or directory it should point to.' });
            throw new src/* UserError */.yo(`cannot read (${e.code ?? e.message})`, { where });
        });
        const real = await realRoot(abs, at);
        if (stat.isDirectory()) {
            const table = await (0,table_formats/* tableFormatOf */.$)(abs);
            if (table) {
                throw new src/* UserError */.yo(`${trimmed} is ${table_formats/* TABLE_FORMAT_NAMES */.i[table]}: its data files hold rows that later versions deleted or rewrote, so reading them as files would count the wrong rows`, {
                    where,
                    hint: 'Use engine: duckdb, which reads the current snapshot of the table, or export the snapshot to parquet and validate that.',
                });
            }
            base = abs;
            paths = await walkDataset(abs, real, { keep: (p) => (0,file_formats/* formatOf */.b)(p) !== undefined, descend: () => true }, at);
            if (paths.length === 0)
                throw new src/* UserError */.yo('the directory holds no data files', { where, hint: KNOWN });
        }
        else {
            base = external_node_path_default().dirname(abs);
            paths = [abs];
        }
    }
    const files = await Promise.all(paths.map((p) => describeFile(p, base, cwd)));
    const formats = [...new Set(files.map((f) => f.format))];
    if (formats.length > 1) {
        throw new src/* UserError */.yo(`mixes ${formats.join(' and ')} files`, { where, hint: 'Point at one format, e.g. a glob ending in *.parquet.' });
    }
    checkPartitionKeys(files, where);
    return files;
}
async function describeFile(abs, base, cwd) {
    const shown = rel(cwd, abs);
    const stat = await promises_default().stat(abs);
    const format = (0,file_formats/* formatOf */.b)(abs) ?? (await sniffFormat(abs));
    if (!format)
        throw new src/* UserError */.yo('unknown file type', { where: shown, hint: KNOWN });
    if (stat.size === 0)
        throw new src/* UserError */.yo('the file is empty', { where: shown, hint: 'Regenerate it, or remove it from the dataset.' });
    return { path: shown, format, sizeBytes: stat.size, mtimeMs: stat.mtimeMs, partitions: hivePartitions(external_node_path_default().relative(base, external_node_path_default().dirname(abs))) };
}
/** An explicitly named file without a known extension is identified by parquet's magic bytes. */
async function sniffFormat(abs) {
    const fh = await promises_default().open(abs, 'r');
    try {
        const { buffer, bytesRead } = await fh.read(Buffer.alloc(4), 0, 4, 0);
        return bytesRead === 4 && buffer.toString('latin1') === 'PAR1' ? 'parquet' : undefined;
    }
    finally {
        await fh.close();
    }
}
/** `year=2024/month=05` \u2192 { year: '2024', month: '05' }; values are URL-decoded as Hive writes them. */
function hivePartitions(relDir) {
    const out = {};
    for (const seg of relDir.split(/[\\/]/)) {
        const eq = seg.indexOf('=');
        if (eq <= 0)
            continue;
        const value = decodeURIComponent(seg.slice(eq + 1));
        out[decodeURIComponent(seg.slice(0, eq))] = value;
    }
    return out;
}
function checkPartitionKeys(files, where) {
    const keysOf = (f) => Object.keys(f.partitions).join('/');
    const first = keysOf(files[0]);
    const odd = files.find((f) => keysOf(f) !== first);
    if (odd) {
        throw new src/* UserError */.yo(`${odd.path} is partitioned by "${keysOf(odd) || 'nothing'}" but ${files[0].path} by "${first || 'nothing'}"`, {
            where,
            hint: 'Every file of a partitioned dataset needs the same key=value directories.',
        });
    }
}
/**
 * The part of a glob after its base directory, as walk rules: a file is kept when it
 * matches; a directory is entered only when it can lead to a match, so `*.csv`
 * never lists the subdirectories. Braces and extglobs may hold a `/`, so they are
 * not split into segments and every directory is entered.
 */
function globRules(rest, where) {
    // Linear-time matching: a directory's file names are not the config author's to choose.
    const compile = (glob) => {
        try {
            return compileGlob(glob);
        }
        catch (e) {
            if (e instanceof GlobRefusal)
                throw new src/* UserError */.yo(`the pattern ${e.problem}`, { where, hint: e.hint });
            throw e;
        }
    };
    const keep = compile(rest);
    if (/[{(]/.test(rest))
        return { keep, descend: () => true };
    const segs = rest.split('/');
    const globstar = segs.findIndex((s) => s.includes('**'));
    const prefixes = segs.map((_, i) => compile(segs.slice(0, i + 1).join('/')));
    return {
        keep,
        descend(relDir) {
            const depth = relDir.split('/').length;
            if (globstar >= 0 && depth > globstar)
                return true;
            return depth < segs.length && prefixes[depth - 1](relDir);
        },
    };
}
/** The directory part of a glob before its first wildcard segment. */
function globBase(pattern) {
    const segs = pattern.split('/');
    const i = segs.findIndex((s) => (0,dist/* isDynamicPattern */.ey)(s));
    return segs.slice(0, i < 0 ? segs.length - 1 : i).join('/') || '.';
}
const rel = (cwd, abs) => {
    const r = external_node_path_default().relative(cwd, abs);
    return r && !r.startsWith('..') && !external_node_path_default().isAbsolute(r) ? r : abs;
};


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

/***/ 870:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ tableFormatOf),
/* harmony export */   i: () => (/* binding */ TABLE_FORMAT_NAMES)
/* harmony export */ });
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1455);
/* harmony import */ var node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_fs_promises__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_1___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_1__);


const TABLE_FORMAT_NAMES = { delta: 'a Delta Lake table', iceberg: 'an Iceberg table' };
const isDir = (p) => node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().stat(p).then((s) => s.isDirectory(), () => false);
/**
 * Delta Lake keeps its transaction log in `_delta_log/`; Iceberg its table
 * metadata in `metadata/*.metadata.json`. Their data directories hold every
 * version's files, rows later deleted or rewritten included, so a table read
 * as plain files counts the wrong rows.
 */
async function tableFormatOf(dir) {
    if (await isDir(node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, '_delta_log')))
        return 'delta';
    const metadata = node_path__WEBPACK_IMPORTED_MODULE_1___default().join(dir, 'metadata');
    if (await isDir(metadata)) {
        const names = await node_fs_promises__WEBPACK_IMPORTED_MODULE_0___default().readdir(metadata).catch(() => []);
        if (names.some((n) => n.endsWith('.metadata.json')))
            return 'iceberg';
    }
    return undefined;
}


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


/***/ })

};
