#!/usr/bin/python3
"""A vectorised NumPy paired bootstrap of the accuracy difference, the fastest
row-resampling reference: per chunk of resamples an index matrix of row draws,
then the mean of the gathered correctness of both models. Reading the files is
timed apart, so "bootstrap" is the resampling alone.

    numpy_bootstrap.py candidate.csv baseline.csv resamples

Prints one JSON line: {"read": s, "bootstrap": s, "lower": ..., "upper": ...}
"""
import json
import sys
import time

import numpy as np
import pandas as pd

cand_path, base_path, resamples = sys.argv[1], sys.argv[2], int(sys.argv[3])
t0 = time.perf_counter()
cand = pd.read_csv(cand_path)
base = pd.read_csv(base_path)
t1 = time.perf_counter()
ok_c = (cand.y_true.to_numpy() == cand.y_pred.to_numpy()).astype(np.float64)
ok_b = (base.y_true.to_numpy() == base.y_pred.to_numpy()).astype(np.float64)
n = len(ok_c)
rng = np.random.default_rng(1)
diffs = np.empty(resamples)
# ~80 MB of int64 indices per chunk: as large as stays comfortable on a 2-core, 8 GB runner.
chunk = max(1, min(resamples, 10_000_000 // n))
for start in range(0, resamples, chunk):
    k = min(chunk, resamples - start)
    idx = rng.integers(0, n, size=(k, n))
    diffs[start : start + k] = ok_c[idx].mean(axis=1) - ok_b[idx].mean(axis=1)
t2 = time.perf_counter()
print(json.dumps({"read": t1 - t0, "bootstrap": t2 - t1, "lower": float(np.quantile(diffs, 0.025)), "upper": float(np.quantile(diffs, 0.975))}))
