#!/usr/bin/python3
"""scikit-learn doing what `mlship eval-gate` does in bench/eval-gate/run.js, in one run:
read both prediction files with pandas, compute every default metric for the
candidate and the baseline, then 1000 paired bootstrap resamples of the
accuracy difference (the default bootstrap metric) and McNemar's counts.

Prints one JSON line: {"seconds": ..., "read": ..., "metrics": ..., "bootstrap": ..., "accuracy": ..., "lower": ..., "upper": ...}
"""
import json
import sys
import time

import numpy as np
import pandas as pd
from sklearn import metrics as M

cand_path, base_path, resamples = sys.argv[1], sys.argv[2], int(sys.argv[3])
t0 = time.perf_counter()
cand = pd.read_csv(cand_path)
base = pd.read_csv(base_path)
t1 = time.perf_counter()


def all_metrics(y, p, s):
    out = {"accuracy": M.accuracy_score(y, p), "balanced_accuracy": M.balanced_accuracy_score(y, p)}
    out["precision"], out["recall"], out["f1"], _ = M.precision_recall_fscore_support(y, p, average="binary", zero_division=0)
    for avg in ("macro", "micro", "weighted"):
        pr, rc, f, _ = M.precision_recall_fscore_support(y, p, average=avg, zero_division=0)
        out[f"precision_{avg}"], out[f"recall_{avg}"], out[f"f1_{avg}"] = pr, rc, f
    out["roc_auc"] = M.roc_auc_score(y, s)
    out["average_precision"] = M.average_precision_score(y, s)
    out["log_loss"] = M.log_loss(y, s)
    out["brier_score_loss"] = M.brier_score_loss(y, s)
    M.confusion_matrix(y, p)
    return out


y = cand.y_true.values
mc = all_metrics(y, cand.y_pred.values, cand.y_score.values)
all_metrics(y, base.y_pred.values, base.y_score.values)
t2 = time.perf_counter()

rng = np.random.default_rng(42)
n = len(y)
pc, pb = cand.y_pred.values, base.y_pred.values
diffs = np.empty(resamples)
for r in range(resamples):
    idx = rng.integers(0, n, n)
    yi = y[idx]
    diffs[r] = M.accuracy_score(yi, pc[idx]) - M.accuracy_score(yi, pb[idx])
lower, upper = np.percentile(diffs, [2.5, 97.5])
b = int(((pc == y) & (pb != y)).sum())
c = int(((pc != y) & (pb == y)).sum())
t3 = time.perf_counter()
print(json.dumps({"seconds": t3 - t0, "read": t1 - t0, "metrics": t2 - t1, "bootstrap": t3 - t2, "accuracy": mc["accuracy"], "lower": lower, "upper": upper, "mcnemar": [b, c]}))
