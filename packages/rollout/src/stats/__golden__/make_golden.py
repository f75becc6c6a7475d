#!/usr/bin/python3
"""Golden values for packages/rollout/src/stats, computed by SciPy.

Run with Debian's interpreter (python3-scipy 1.10):

    /usr/bin/python3 packages/rollout/src/stats/__golden__/make_golden.py

Writes golden.json next to this script:
  normal_sf        scipy.stats.norm.sf at points from the centre to far tails
  two_proportion   one-sided pooled two-proportion z-test (canary error rate
                   larger), written out from scipy.stats.norm because
                   statsmodels is not installed here; it is
                   statsmodels.stats.proportion.proportions_ztest(
                   [e_canary, e_stable], [n_canary, n_stable],
                   alternative='larger', prop_var=False)
  mann_whitney     scipy.stats.mannwhitneyu(canary, stable,
                   alternative='greater', method='auto'), with the method
                   SciPy chose (exact: a sample of at most 8 and no ties)
  binned_mann_whitney
                   per-bucket request counts of canary and stable; SciPy is
                   given the expanded samples (each request's value is its
                   bucket index, so a bucket's requests are tied):
                   scipy.stats.mannwhitneyu(canary, stable,
                   alternative='greater', method='asymptotic') with the tie
                   and continuity corrections
"""
import json
import os

import numpy as np
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
rng = np.random.default_rng(20261123)


def two_proportion(e1, n1, e2, n2):
    p1, p2 = e1 / n1, e2 / n2
    pooled = (e1 + e2) / (n1 + n2)
    se = np.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    if se == 0:
        # No errors anywhere (or only errors): identical tracks, no evidence.
        return {"z": 0.0, "p_value": 1.0}
    z = (p1 - p2) / se
    return {"z": float(z), "p_value": float(stats.norm.sf(z))}


normal_points = [-40.0, -8.5, -3.0, -1.0, -0.5, -1e-3, 0.0, 1e-3, 0.3, 0.70710678, 0.75, 1.0, 1.4142, 1.5, 2.0, 3.0, 5.0, 8.0, 11.3, 12.5, 20.0, 37.5, 38.6]

proportion_cases = [
    (4, 1000, 3, 19000),       # the progress-line example: 0.4 % vs ~0.016 %
    (40, 1000, 60, 19000),     # a real spike
    (3, 1000, 57, 19000),      # canary equal to stable
    (0, 500, 10, 9500),        # canary better, no canary errors
    (5, 500, 0, 9500),         # stable never failed
    (0, 500, 0, 9500),         # nobody failed
    (1, 20, 2, 380),           # few requests
    (30, 30, 300, 300),        # only errors
    (120, 1500, 100, 1500),    # equal traffic
    (2, 100000, 1, 1900000),   # tiny rates, large volume
]

mwu_cases = []
# Small samples without ties: the exact distribution.
mwu_cases.append(([0.21, 0.25, 0.19], [0.18, 0.2, 0.17, 0.22]))
mwu_cases.append(([19.0, 22.0, 16.0, 29.0, 24.0], [20.0, 11.0, 17.0, 12.0]))
mwu_cases.append((list(np.round(rng.normal(0.25, 0.02, 8), 6)), list(np.round(rng.normal(0.2, 0.02, 30), 6))))
mwu_cases.append((list(np.round(rng.normal(0.2, 0.02, 40), 6)), list(np.round(rng.normal(0.2, 0.02, 5), 6))))
mwu_cases.append(([1.0], [0.5]))
mwu_cases.append(([0.5], [1.0, 2.0, 3.0]))
# Ties in a small sample: asymptotic with the tie correction.
mwu_cases.append(([0.2, 0.2, 0.3], [0.1, 0.2, 0.25, 0.2]))
# Large samples, continuous: asymptotic.
mwu_cases.append((list(np.round(rng.normal(0.21, 0.03, 60), 6)), list(np.round(rng.normal(0.2, 0.03, 60), 6))))
mwu_cases.append((list(np.round(rng.lognormal(-1.5, 0.4, 25), 6)), list(np.round(rng.lognormal(-1.6, 0.4, 120), 6))))
# Large samples, heavy ties (histogram-bucket latencies).
mwu_cases.append((list(rng.choice([0.05, 0.1, 0.25, 0.5], 50)), list(rng.choice([0.05, 0.1, 0.25, 0.5], 70))))
# Everything tied: no spread, p = 1.
mwu_cases.append(([0.1] * 12, [0.1] * 10))
# Canary clearly slower.
mwu_cases.append((list(np.round(rng.normal(0.5, 0.05, 20), 6)), list(np.round(rng.normal(0.2, 0.05, 20), 6))))


def mwu(x, y):
    res = stats.mannwhitneyu(x, y, alternative="greater", method="auto")
    n1, n2 = len(x), len(y)
    ties = len(np.unique(np.concatenate([x, y]))) != n1 + n2
    method = "asymptotic" if (n1 > 8 and n2 > 8) or ties else "exact"
    return {"x": [float(v) for v in x], "y": [float(v) for v in y], "u": float(res.statistic), "p_value": float(res.pvalue), "method": method}


def binned_case(canary_counts, stable_counts):
    canary = np.repeat(np.arange(len(canary_counts)), canary_counts)
    stable = np.repeat(np.arange(len(stable_counts)), stable_counts)
    res = stats.mannwhitneyu(canary, stable, alternative="greater", method="asymptotic")
    return {"canary": [int(c) for c in canary_counts], "stable": [int(c) for c in stable_counts], "u": float(res.statistic), "p_value": float(res.pvalue)}


# The default prom-client buckets (0.005 … 10 s and +Inf): 12 buckets.
BOUNDS = np.array([0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, np.inf])
binned_rng = np.random.default_rng(20261206)


def bucket_counts(latencies):
    return np.bincount(np.searchsorted(BOUNDS, latencies, side="left"), minlength=len(BOUNDS))


def lognormal_p95(p95, n, sigma=0.5):
    # p95 = exp(mu + 1.645 sigma): the median that gives this p95.
    return binned_rng.lognormal(np.log(p95) - 1.6448536269514722 * sigma, sigma, n)


binned_cases = [
    # The issue's case: p95 0.3 s vs 0.1 s, ~800 requests per interval.
    (bucket_counts(lognormal_p95(0.3, 80)), bucket_counts(lognormal_p95(0.1, 720))),
    (bucket_counts(lognormal_p95(0.3, 800)), bucket_counts(lognormal_p95(0.1, 800))),
    # Identical tracks.
    (bucket_counts(lognormal_p95(0.1, 400)), bucket_counts(lognormal_p95(0.1, 3600))),
    # +10 %: a small shift.
    (bucket_counts(lognormal_p95(0.11, 1000)), bucket_counts(lognormal_p95(0.1, 9000))),
    # Canary faster: p near 1.
    (bucket_counts(lognormal_p95(0.05, 300)), bucket_counts(lognormal_p95(0.1, 300))),
    # Few requests.
    (bucket_counts(lognormal_p95(0.3, 20)), bucket_counts(lognormal_p95(0.1, 25))),
    # Empty buckets between used ones, and a +Inf bucket in use.
    ([0, 0, 5, 0, 0, 7, 0, 0, 0, 0, 0, 3], [0, 0, 9, 0, 0, 4, 0, 0, 0, 0, 0, 1]),
    # One request each, different buckets.
    ([0, 1, 0], [1, 0, 0]),
    # Large volumes.
    (bucket_counts(lognormal_p95(0.25, 50000)), bucket_counts(lognormal_p95(0.24, 450000))),
]

golden = {
    "scipy": scipy.__version__,
    "normal_sf": [{"z": z, "sf": float(stats.norm.sf(z))} for z in normal_points],
    "two_proportion": [
        {"canary": {"count": e1, "total": n1}, "stable": {"count": e2, "total": n2}, **two_proportion(e1, n1, e2, n2)}
        for e1, n1, e2, n2 in proportion_cases
    ],
    "mann_whitney": [mwu(x, y) for x, y in mwu_cases],
    "binned_mann_whitney": [binned_case(c, s) for c, s in binned_cases],
}

with open(os.path.join(HERE, "golden.json"), "w") as f:
    json.dump(golden, f, indent=1)
    f.write("\n")
