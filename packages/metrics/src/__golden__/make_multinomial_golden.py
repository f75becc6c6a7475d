"""Reference values for multinomial.test.ts, from scipy and NumPy (Debian python3-scipy, python3-numpy).

    /usr/bin/python3 packages/metrics/src/__golden__/make_multinomial_golden.py

- binomial: scipy.stats.binom.pmf over the support where it exceeds 1e-10, for the (n, p)
  pairs the sampler test draws from (both of NumPy's algorithms: inversion and BTPE, p on
  both sides of 0.5).
- bootstrap: a vectorised NumPy paired bootstrap of the accuracy difference (candidate minus
  baseline) on binary.csv: an index matrix of row draws per chunk, the mean of the gathered
  correctness; 10,000 resamples. Independent of mlship's generator and of its cell counting.
"""
import json
import os

import numpy as np
import pandas as pd
from scipy.stats import binom

here = os.path.dirname(os.path.abspath(__file__))

cases = [(50, 0.1), (1000, 0.01), (1000, 0.3), (200, 0.9), (100000, 0.4999), (7, 0.5)]
binomial = []
for n, p in cases:
    k = np.arange(0, n + 1)
    pmf = binom.pmf(k, n, p)
    keep = np.nonzero(pmf > 1e-10)[0]
    lo, hi = int(keep[0]), int(keep[-1])
    binomial.append({"n": n, "p": p, "lo": lo, "pmf": [float(x) for x in pmf[lo : hi + 1]]})

df = pd.read_csv(os.path.join(here, "binary.csv"))
cand = (df.y_true == df.y_pred).to_numpy(dtype=np.float64)
base = (df.y_true == df.base_pred).to_numpy(dtype=np.float64)
n = len(df)
resamples = 10_000
rng = np.random.default_rng(20261206)
diffs = np.empty(resamples)
chunk = 500
for start in range(0, resamples, chunk):
    idx = rng.integers(0, n, size=(chunk, n))
    diffs[start : start + chunk] = cand[idx].mean(axis=1) - base[idx].mean(axis=1)
bootstrap = {
    "resamples": resamples,
    "mean": float(diffs.mean()),
    "std": float(diffs.std(ddof=1)),
    "lower": float(np.quantile(diffs, 0.025)),
    "upper": float(np.quantile(diffs, 0.975)),
    "observed": float(cand.mean() - base.mean()),
}

with open(os.path.join(here, "multinomial.golden.json"), "w") as f:
    json.dump({"binomial": binomial, "bootstrap": bootstrap}, f, indent=1)
    f.write("\n")
