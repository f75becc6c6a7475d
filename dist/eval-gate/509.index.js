export const id = 509;
export const ids = [509,171,448];
export const modules = {

/***/ 4509:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  evalGate: () => (/* binding */ evalGate)
});

// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(7447);
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

// EXTERNAL MODULE: ./packages/data/src/read/index.ts + 9 modules
var read = __webpack_require__(4699);
// EXTERNAL MODULE: ./packages/data/src/table.ts
var table = __webpack_require__(194);
;// CONCATENATED MODULE: ./packages/metrics/src/predictions.ts



/** The column names used by convention, as y_true and y_pred are: scores are never dropped for want of a config mapping. */
const CONVENTIONAL_SCORE_COLUMN = 'y_score';
const CONVENTIONAL_PROBA_PREFIX = 'proba_';
const MISSING_GROUP = '(missing)';
async function readPredictions(spec, options) {
    const ds = await (0,read/* openDataset */.Jp)(spec, { cwd: options.cwd, role: options.role });
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 7 modules
var schemas = __webpack_require__(2311);
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
/** The `config` input (a file, or inline YAML/JSON); undefined gives the default gates without loading the YAML parser. */
async function loadGateConfig(value, cwd) {
    if (value === undefined)
        return defaultGateConfig();
    await (0,src/* loadYamlParser */.D7)();
    return fromDocument((0,src/* readConfigDocument */.AA)(value, cwd, 'config'));
}
/** A config from its text, once loadYamlParser() is done. */
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
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
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
    const ds = await (0,read/* openDataset */.Jp)(spec, { cwd, role: 'latency-samples' });
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
    // validate-data's checks and scan, loaded only for a gate with train-data and test-data.
    const [{ parseConfig, validateDataset }] = await Promise.all([__webpack_require__.e(/* import() */ 456).then(__webpack_require__.bind(__webpack_require__, 4456)), (0,src/* loadYamlParser */.D7)()]);
    const config = parseConfig(JSON.stringify({ checks: [{ type: 'leakage', ...(keyColumns ? { key_columns: keyColumns } : {}) }] }), 'eval-gate leakage check');
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
        const config = await loadGateConfig(inputs.config, cwd);
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
            await (await __webpack_require__.e(/* import() */ 211).then(__webpack_require__.bind(__webpack_require__, 1211))).postStickyComment(io, { action: 'eval-gate', token: inputs['github-token'], body: (0,src/* renderComment */.wQ)(report, { runUrl: runUrl(io.env) }) });
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

/***/ 7447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  J_: () => (/* reexport */ RetryError),
  yo: () => (/* reexport */ errors/* UserError */.yo),
  tE: () => (/* reexport */ inputs/* booleanInput */.tE),
  UD: () => (/* reexport */ compare),
  Mk: () => (/* reexport */ configJsonSchema),
  LU: () => (/* reexport */ report/* createReport */.LU),
  QP: () => (/* reexport */ action.defineAction),
  cR: () => (/* reexport */ inputs/* failOnInput */.cR),
  ZV: () => (/* reexport */ markdown/* formatNumber */.ZV),
  jV: () => (/* reexport */ formatPath),
  K9: () => (/* reexport */ digits/* groupDigits */.K),
  FK: () => (/* reexport */ isInside),
  D7: () => (/* reexport */ loadYamlParser),
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

// UNUSED EXPORTS: backoffDelay, cliIO, codeBlock, describeError, describeInputs, details, didYouMean, effectiveStatus, escapeMarkdown, failedChecks, formatScalar, formatThreshold, forwardCancellation, isUserError, killGroupAfter, markdownTable, mermaidChart, overallStatus, parseDuration, parseInputs, parseThresholdList, renderSummary, renderText, runAction, runnerIO, sentences, shouldFail, signalGroup, sleep, statusBadge, terminateGroup, writeFileAtomic, yamlParser

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
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
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

// EXTERNAL MODULE: ./packages/core/src/on-demand.ts
var on_demand = __webpack_require__(5582);
;// CONCATENATED MODULE: ./packages/core/src/yaml-parser.ts

const yaml = (0,on_demand/* onDemand */.h)(() => __webpack_require__.e(/* import() */ 815).then(__webpack_require__.t.bind(__webpack_require__, 8815, 19)), 'YAML was parsed before loadYamlParser() was awaited');
/**
 * Loads the YAML library that config files, query maps and argument lists are
 * read with. It is 290 kB of a bundle and 10-15 ms of every cold start on the
 * bench VM (bench/validate-data/RESULTS.md), which a run given no YAML need not
 * pay, so it is a chunk of its own, loaded by whoever is about to read some: a
 * config loader, or an action's run before it parses its inputs.
 */
const loadYamlParser = yaml.load;
/** The YAML library, once loaded. */
const yamlParser = yaml.get;

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
/** `text` parsed as YAML (JSON is YAML); needs loadYamlParser() first. */
function parseConfigDocument(text, source) {
    const { LineCounter, parseDocument } = yamlParser();
    const lines = new LineCounter();
    const doc = parseDocument(text, { lineCounter: lines, prettyErrors: true });
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
    const { isMap, isScalar } = yamlParser();
    for (let n = p.length; n > 0; n--) {
        // A mapping key's own line, not the line where its (block) value starts.
        const parent = n === 1 ? doc.contents : doc.getIn(p.slice(0, n - 1), true);
        const key = isMap(parent) ? parent.items.find((it) => isScalar(it.key) && it.key.value === p[n - 1])?.key : undefined;
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
        anyOf: shapes.map((s) => strip(json_schema_processors/* toJSONSchema */.bl(s, { io: 'input' }))),
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2311);
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

/***/ 5582:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ onDemand)
/* harmony export */ });
/**
 * A library kept out of a bundle's start: the `import()` the caller passes makes it a chunk of
 * its own, loaded by whoever is about to use it. Using it before `load()` was awaited is a bug,
 * reported as an internal error naming what was attempted, never as a user's error or a check
 * that quietly did nothing.
 */
function onDemand(importModule, misuse) {
    let loaded;
    return {
        load: async () => {
            loaded ??= await importModule();
        },
        get: () => {
            if (!loaded)
                throw new Error(`internal error: ${misuse}`);
            return loaded;
        },
    };
}


/***/ }),

/***/ 3621:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ loadRegexEngine),
/* harmony export */   y: () => (/* binding */ regexEngine)
/* harmony export */ });
/* harmony import */ var _on_demand__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5582);

const re2js = (0,_on_demand__WEBPACK_IMPORTED_MODULE_0__/* .onDemand */ .h)(() => __webpack_require__.e(/* import() */ 856).then(__webpack_require__.bind(__webpack_require__, 2856)), 'a pattern was compiled before loadRegexEngine() was awaited');
/**
 * Loads re2js, the linear-time engine behind user patterns and globs. It is
 * 260 kB of a bundle and ~13 ms of a cold start, which a run without a config
 * or a glob (validate-data on one file) need not pay, so it is a chunk of its
 * own, loaded by whoever is about to compile a pattern: a config loader, a
 * glob resolver, an action's run.
 */
const loadRegexEngine = re2js.load;
/** re2js, once loaded. */
const regexEngine = re2js.get;


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

/***/ 6969:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fx: () => (/* binding */ gammaincc),
/* harmony export */   S$: () => (/* binding */ gammainc),
/* harmony export */   SX: () => (/* binding */ logGamma),
/* harmony export */   wv: () => (/* binding */ chi2Sf)
/* harmony export */ });
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

/***/ 4699:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yA: () => (/* reexport */ resolve/* hivePartitions */.yA),
  Jp: () => (/* binding */ openDataset),
  yM: () => (/* reexport */ sniffDelimiter)
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

// EXTERNAL MODULE: ./packages/data/src/read/line-cap.ts
var line_cap = __webpack_require__(2740);
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
    const maxOpen = (read.maxRecordBytes ?? line_cap/* DEFAULT_MAX_LINE_BYTES */.i$) + 2;
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

// EXTERNAL MODULE: ./packages/core/src/digits.ts
var digits = __webpack_require__(5259);
// EXTERNAL MODULE: ./packages/data/src/read/row-errors.ts
var row_errors = __webpack_require__(7080);
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
    return new row_errors/* RowError */.Lw(line, ` has ${got} field${got === 1 ? '' : 's'}, the first row has ${expected}.`, row_errors/* fixRow */.S0);
}
function badValue(line, field, text) {
    const origin = field.sourceType === 'inferred' ? `inferred from the first ${(0,digits/* groupDigits */.K)(read_source/* INFER_ROWS */.jX)} rows` : 'declared in read.csv.types';
    return new row_errors/* RowError */.Lw(line, `, column "${field.name}": ${JSON.stringify(text.slice(0, 40))} is not ${article(field.kind)} ${field.kind} (${origin}).`, `Declare the column's type under read.csv.types, e.g. { "${field.name}": "string" }.`);
}
const article = (kind) => (/^[aeiou]/.test(kind) ? 'an' : 'a');

;// CONCATENATED MODULE: ./packages/data/src/read/record-ends.ts
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
    const tokenizer = new csv_tokenizer/* CsvTokenizer */.YB(job.delimiter, (record, line) => {
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
        throw new line_cap/* LineTooLongError */.dc(tokenizer.nextLine, job.maxRecordBytes ?? line_cap/* DEFAULT_MAX_LINE_BYTES */.i$);
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
        refusal: (e, lineOffset) => (0,row_errors/* textError */.MZ)(e, file, lineOffset),
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
    const workers = parsers && options.comment === undefined && delimiter !== csv_tokenizer/* WHITESPACE */.cv && delimiter.charCodeAt(0) < 0x80 ? parsers.workersFor(file.sizeBytes) : 0;
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
async function openJsonl(file, abs, maxLineBytes = line_cap/* DEFAULT_MAX_LINE_BYTES */.i$, parsers) {
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
    const stream = (0,read_source/* openText */.Uq)(abs, new external_node_stream_.PassThrough());
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

/***/ 6861:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  yA: () => (/* binding */ hivePartitions),
  A6: () => (/* binding */ resolveDataFiles)
});

// UNUSED EXPORTS: rel

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
var promises_default = /*#__PURE__*/__webpack_require__.n(promises_);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./packages/core/src/index.ts + 8 modules
var src = __webpack_require__(7447);
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

/***/ 7080:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Lw: () => (/* binding */ RowError),
/* harmony export */   MZ: () => (/* binding */ textError),
/* harmony export */   S0: () => (/* binding */ fixRow)
/* harmony export */ });
/* unused harmony export asRowError */
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
