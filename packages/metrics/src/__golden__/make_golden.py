#!/usr/bin/python3
"""Fixtures and golden values for packages/metrics, computed by scikit-learn / SciPy / NumPy.

Run with Debian's interpreter (python3-sklearn 1.2.1, python3-scipy, python3-pandas):

    /usr/bin/python3 packages/metrics/src/__golden__/make_golden.py

Writes, next to this script:
  binary.csv, multiclass.csv, regression.csv   the fixtures (rounded scores: ties on purpose)
  golden.json                                  every metric the TypeScript code computes

Conventions the TypeScript side follows (and this script spells out):
  * metric keys are scikit-learn function names (`f1`, `f1_macro`, `roc_auc`, ...);
  * zero_division=0, scikit-learn's default behaviour ("warn" returns 0);
  * a score that scikit-learn refuses to compute (ROC AUC with one class in
    y_true) is null; fairness rates with an empty denominator (TPR in a group
    without positives) are null and left out of the between-group differences;
  * the paired bootstrap draws indices with xoshiro128** seeded by splitmix32,
    masked rejection sampling for an index in [0, n); implemented here again
    from the published algorithms, so the TypeScript version is checked
    resample by resample, and every resample is scored by scikit-learn itself.
"""
import json
import os
import warnings

import numpy as np
import pandas as pd
import sklearn
from scipy import stats
from sklearn import metrics as M

warnings.filterwarnings("ignore")  # zero_division and single-class warnings are expected here
HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261123)


def fnum(x):
    x = float(x)
    return None if np.isnan(x) else x


def classification(y, p, labels_for_binary=None):
    out = {
        "accuracy": M.accuracy_score(y, p),
        "balanced_accuracy": M.balanced_accuracy_score(y, p),
    }
    if labels_for_binary is not None:
        out["precision"] = M.precision_score(y, p, pos_label=labels_for_binary, zero_division=0)
        out["recall"] = M.recall_score(y, p, pos_label=labels_for_binary, zero_division=0)
        out["f1"] = M.f1_score(y, p, pos_label=labels_for_binary, zero_division=0)
    for avg in ("macro", "micro", "weighted"):
        out[f"precision_{avg}"] = M.precision_score(y, p, average=avg, zero_division=0)
        out[f"recall_{avg}"] = M.recall_score(y, p, average=avg, zero_division=0)
        out[f"f1_{avg}"] = M.f1_score(y, p, average=avg, zero_division=0)
    return {k: fnum(v) for k, v in out.items()}


def auc_or_none(y, s):
    try:
        return fnum(M.roc_auc_score(y, s))
    except ValueError:
        return None


# ---------------------------------------------------------------- fixtures
def make_binary(n=3000):
    y = rng.binomial(1, 0.35, n)
    signal = y * 0.9 + rng.normal(0, 0.6, n)
    score = np.round(1 / (1 + np.exp(-(signal - 0.45) * 2.2)), 2)  # two decimals: many ties
    base_signal = y * 0.75 + rng.normal(0, 0.6, n)
    base_score = np.round(1 / (1 + np.exp(-(base_signal - 0.4) * 2.2)), 2)
    group = rng.choice(["A", "B", "C"], n, p=[0.5, 0.35, 0.15])
    region = rng.choice(["north", "south", "east", "west"], n).astype(object)
    region[:7] = "island"  # a slice smaller than min_size
    # group C has no positives at all: a single-class group (TPR undefined)
    y = np.where(group == "C", 0, y)
    pred = (score >= 0.5).astype(int)
    base_pred = (base_score >= 0.5).astype(int)
    latency = np.round(rng.lognormal(np.log(18), 0.45, n), 3)
    return pd.DataFrame(
        {"y_true": y, "y_pred": pred, "y_score": score, "base_pred": base_pred, "base_score": base_score, "group": group, "region": region, "latency_ms": latency}
    )


def make_multiclass(n=1500):
    classes = np.array(["bird", "cat", "dog"])
    y = rng.choice(classes, n, p=[0.2, 0.5, 0.3])
    logits = rng.normal(0, 1, (n, 3)) + 1.4 * (classes[None, :] == y[:, None])
    proba = np.exp(logits) / np.exp(logits).sum(1, keepdims=True)
    proba = np.round(proba, 3)
    proba[:, 2] = np.round(1 - proba[:, 0] - proba[:, 1], 3)  # rows sum to 1 exactly as written
    pred = classes[proba.argmax(1)].astype(object)
    pred[rng.random(n) < 0.02] = "fish"  # a label that is never true: union-of-labels semantics
    df = pd.DataFrame({"y_true": y, "y_pred": pred})
    for i, c in enumerate(classes):
        df[f"proba_{c}"] = proba[:, i]
    return df


def make_regression(n=2000):
    y = np.round(rng.gamma(2.0, 10.0, n) + 1, 3)
    p = np.round(y + rng.normal(0, 3, n), 3)
    return pd.DataFrame({"y_true": y, "y_pred": p})


# ---------------------------------------------------------------- bootstrap RNG (same algorithm as random.ts)
MASK = 0xFFFFFFFF


def rotl(x, k):
    return ((x << k) | (x >> (32 - k))) & MASK


class Xoshiro128ss:
    def __init__(self, seed):
        state = seed & MASK
        self.s = []
        for _ in range(4):
            state = (state + 0x9E3779B9) & MASK
            z = state
            z = ((z ^ (z >> 16)) * 0x85EBCA6B) & MASK
            z = ((z ^ (z >> 13)) * 0xC2B2AE35) & MASK
            self.s.append((z ^ (z >> 16)) & MASK)

    def next(self):
        s0, s1, s2, s3 = self.s
        result = (rotl((s1 * 5) & MASK, 7) * 9) & MASK
        t = (s1 << 9) & MASK
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 11)
        self.s = [s0, s1, s2, s3]
        return result

    def index(self, n):
        mask = (1 << max(1, (n - 1).bit_length())) - 1
        while True:
            r = self.next() & mask
            if r < n:
                return r


def bootstrap_indices(seed, n, resamples):
    g = Xoshiro128ss(seed)
    return [np.array([g.index(n) for _ in range(n)]) for _ in range(resamples)]


# ---------------------------------------------------------------- golden values
def golden():
    binary, multi, reg = make_binary(), make_multiclass(), make_regression()
    binary.to_csv(os.path.join(HERE, "binary.csv"), index=False)
    multi.to_csv(os.path.join(HERE, "multiclass.csv"), index=False)
    reg.to_csv(os.path.join(HERE, "regression.csv"), index=False)

    y, p, s = binary.y_true.values, binary.y_pred.values, binary.y_score.values
    bin_metrics = classification(y, p, labels_for_binary=1)
    bin_metrics.update(
        roc_auc=fnum(M.roc_auc_score(y, s)),
        average_precision=fnum(M.average_precision_score(y, s)),
        log_loss=fnum(M.log_loss(y, s)),
        brier_score_loss=fnum(M.brier_score_loss(y, s)),
    )
    base_metrics = classification(y, binary.base_pred.values, labels_for_binary=1)
    base_metrics.update(roc_auc=fnum(M.roc_auc_score(y, binary.base_score.values)))

    classes = ["bird", "cat", "dog"]
    P = multi[[f"proba_{c}" for c in classes]].values
    ym = multi.y_true.values
    multi_metrics = classification(ym, multi.y_pred.values)
    multi_metrics.update(
        roc_auc=fnum(M.roc_auc_score(ym, P, multi_class="ovr", average="macro")),
        roc_auc_ovr_weighted=fnum(M.roc_auc_score(ym, P, multi_class="ovr", average="weighted")),
        average_precision=fnum(M.average_precision_score(pd.get_dummies(ym)[classes].values, P, average="macro")),
        log_loss=fnum(M.log_loss(ym, P, labels=classes)),
    )
    multi_cm_labels = sorted(set(ym) | set(multi.y_pred.values))
    multi_cm = M.confusion_matrix(ym, multi.y_pred.values, labels=multi_cm_labels).tolist()

    yr, pr = reg.y_true.values, reg.y_pred.values
    reg_metrics = {
        "mean_absolute_error": fnum(M.mean_absolute_error(yr, pr)),
        "mean_squared_error": fnum(M.mean_squared_error(yr, pr)),
        "root_mean_squared_error": fnum(np.sqrt(M.mean_squared_error(yr, pr))),
        "r2": fnum(M.r2_score(yr, pr)),
        "mean_absolute_percentage_error": fnum(M.mean_absolute_percentage_error(yr, pr)),
    }

    # Small hand-made cases: ties everywhere, one class, constant predictions, zeros for MAPE.
    edge = []

    def edge_case(name, kind, y_true, y_pred=None, y_score=None, pos_label=1):
        case = {"name": name, "kind": kind, "y_true": list(y_true)}
        if y_pred is not None:
            case["y_pred"] = list(y_pred)
        if y_score is not None:
            case["y_score"] = list(y_score)
        m = {}
        if kind == "binary":
            if y_pred is not None:
                m.update(classification(np.array(y_true), np.array(y_pred), labels_for_binary=pos_label))
            if y_score is not None:
                m["roc_auc"] = auc_or_none(np.array(y_true), np.array(y_score))
                m["average_precision"] = fnum(M.average_precision_score(np.array(y_true), np.array(y_score), pos_label=pos_label))
                m["brier_score_loss"] = fnum(M.brier_score_loss(np.array(y_true), np.array(y_score), pos_label=pos_label))
                if len(set(y_true)) == 2:
                    m["log_loss"] = fnum(M.log_loss(np.array(y_true), np.array(y_score)))
        else:
            yt, yp = np.array(y_true, float), np.array(y_pred, float)
            m = {
                "mean_absolute_error": fnum(M.mean_absolute_error(yt, yp)),
                "root_mean_squared_error": fnum(np.sqrt(M.mean_squared_error(yt, yp))),
                "r2": fnum(M.r2_score(yt, yp)),
                "mean_absolute_percentage_error": fnum(M.mean_absolute_percentage_error(yt, yp)),
            }
        case["expected"] = m
        edge.append(case)

    edge_case("all scores tied", "binary", [0, 1, 0, 1, 1, 0], [0, 0, 0, 0, 0, 0], [0.5] * 6)
    edge_case("ties across classes", "binary", [0, 0, 1, 1, 0, 1, 1, 0], [0, 1, 1, 1, 0, 0, 1, 0], [0.1, 0.4, 0.4, 0.8, 0.4, 0.8, 0.35, 0.1])
    edge_case("one class in y_true", "binary", [0, 0, 0, 0], [0, 1, 0, 0], [0.2, 0.7, 0.1, 0.3])
    edge_case("only positives", "binary", [1, 1, 1], [1, 0, 1], [0.9, 0.2, 0.6])
    edge_case("never predicts positive", "binary", [0, 1, 1, 0, 1], [0, 0, 0, 0, 0], [0.0, 1.0, 0.3, 0.2, 0.99])
    edge_case("perfect ranking with extreme scores", "binary", [0, 0, 1, 1], [0, 0, 1, 1], [0.0, 0.0, 1.0, 1.0])
    edge_case("string labels", "binary", ["no", "yes", "yes", "no", "yes"], ["no", "yes", "no", "no", "yes"], [0.1, 0.8, 0.45, 0.3, 0.6], pos_label="yes")
    edge_case("zero in y_true (MAPE uses eps)", "regression", [0.0, 2.0, 3.0, 4.0], [0.5, 2.5, 2.0, 4.0])
    edge_case("constant y_true, perfect", "regression", [3.0, 3.0, 3.0], [3.0, 3.0, 3.0])
    edge_case("constant y_true, imperfect", "regression", [3.0, 3.0, 3.0], [3.0, 2.0, 3.0])

    # Fairness by group on the binary fixture (pos label 1).
    groups = {}
    for g, part in binary.groupby("group"):
        yt, yp = part.y_true.values, part.y_pred.values
        pos, neg = (yt == 1).sum(), (yt == 0).sum()
        tn, fp, fn, tp = M.confusion_matrix(yt, yp, labels=[0, 1]).ravel()
        groups[g] = {
            "count": int(len(part)),
            "selection_rate": fnum((yp == 1).mean()),
            "accuracy": fnum(M.accuracy_score(yt, yp)),
            "recall": fnum(M.recall_score(yt, yp, zero_division=0)) if pos else None,
            "true_positive_rate": fnum(tp / (tp + fn)) if pos else None,
            "false_positive_rate": fnum(fp / (fp + tn)) if neg else None,
        }
    sel = np.array([v["selection_rate"] for v in groups.values()])
    tpr = np.array([np.nan if v["true_positive_rate"] is None else v["true_positive_rate"] for v in groups.values()])
    fpr = np.array([np.nan if v["false_positive_rate"] is None else v["false_positive_rate"] for v in groups.values()])
    fairness = {
        "groups": groups,
        "demographic_parity_difference": fnum(sel.max() - sel.min()),
        "demographic_parity_ratio": fnum(sel.min() / sel.max()),
        "equalized_odds_difference": fnum(max(np.nanmax(tpr) - np.nanmin(tpr), np.nanmax(fpr) - np.nanmin(fpr))),
    }

    # Slices by region, min size 50.
    slices = {}
    for r, part in binary.groupby("region"):
        if len(part) < 50:
            slices[r] = {"count": int(len(part)), "too_small": True}
            continue
        yt, yp, ys = part.y_true.values, part.y_pred.values, part.y_score.values
        slices[r] = {
            "count": int(len(part)),
            "accuracy": fnum(M.accuracy_score(yt, yp)),
            "f1": fnum(M.f1_score(yt, yp, zero_division=0)),
            "roc_auc": auc_or_none(yt, ys),
        }
    # Slices by group include the single-class group C: AUC undefined there.
    slices_by_group = {}
    for g, part in binary.groupby("group"):
        slices_by_group[g] = {"count": int(len(part)), "roc_auc": auc_or_none(part.y_true.values, part.y_score.values), "f1": fnum(M.f1_score(part.y_true.values, part.y_pred.values, zero_division=0))}

    # Paired bootstrap: accuracy and ROC AUC differences, candidate minus baseline.
    seed, resamples = 7, 200
    idx = bootstrap_indices(seed, len(binary), resamples)
    bp, bs = binary.base_pred.values, binary.base_score.values
    acc_d = np.array([M.accuracy_score(y[i], p[i]) - M.accuracy_score(y[i], bp[i]) for i in idx])
    f1_d = np.array([M.f1_score(y[i], p[i], zero_division=0) - M.f1_score(y[i], bp[i], zero_division=0) for i in idx])
    auc_d = np.array([M.roc_auc_score(y[i], s[i]) - M.roc_auc_score(y[i], bs[i]) for i in idx])
    first = idx[0]

    def summary(d):
        return {
            "first": [fnum(v) for v in d[:5]],
            "mean": fnum(d.mean()),
            "std": fnum(d.std(ddof=1)),
            "lower": fnum(np.percentile(d, 2.5)),
            "upper": fnum(np.percentile(d, 97.5)),
            "share_at_or_below_zero": fnum((d <= 0).mean()),
        }

    bootstrap = {
        "seed": seed,
        "resamples": resamples,
        "confidence": 0.95,
        "first_indices": [int(v) for v in first[:20]],
        "accuracy": summary(acc_d),
        "f1": summary(f1_d),
        "roc_auc": summary(auc_d),
    }
    g = Xoshiro128ss(seed)
    bootstrap["raw_next"] = [g.next() for _ in range(8)]

    # McNemar on candidate vs baseline correctness.
    cc, bc = p == y, bp == y
    b, c = int((cc & ~bc).sum()), int((~cc & bc).sum())

    def mcnemar(b, c):
        n = b + c
        if n < 25:
            return {"b": b, "c": c, "method": "exact", "p_value": fnum(stats.binomtest(min(b, c), n, 0.5).pvalue) if n else 1.0}
        stat = (abs(b - c) - 1) ** 2 / n
        return {"b": b, "c": c, "method": "chi2-corrected", "statistic": fnum(stat), "p_value": fnum(stats.chi2.sf(stat, 1))}

    mcn = [mcnemar(b, c), mcnemar(3, 11), mcnemar(0, 0), mcnemar(5, 5), mcnemar(12, 40), mcnemar(0, 24)]

    lat = binary.latency_ms.values
    latency = {f"p{q}": fnum(np.percentile(lat, q)) for q in (50, 95, 99)}
    latency["mean"] = fnum(lat.mean())

    out = {
        "generator": f"scikit-learn {sklearn.__version__}, numpy {np.__version__}, pandas {pd.__version__}",
        "binary": {"metrics": bin_metrics, "baseline": base_metrics, "confusion_matrix": M.confusion_matrix(y, p).tolist()},
        "multiclass": {"metrics": multi_metrics, "labels": multi_cm_labels, "confusion_matrix": multi_cm},
        "regression": {"metrics": reg_metrics},
        "edge": edge,
        "fairness": fairness,
        "slices": {"region": slices, "group": slices_by_group},
        "bootstrap": bootstrap,
        "mcnemar": mcn,
        "latency": latency,
    }
    with open(os.path.join(HERE, "golden.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    golden()
