"""Golden drift statistics for sql/drift.test.ts, from pandas, NumPy and SciPy.

The two datasets are built from the row number by the same formulas as the
test's DuckDB SQL (integer arithmetic, then one division), so both sides hold
the same doubles. Run with Debian's Python: /usr/bin/python3 make_drift_golden.py
"""
import json
import math
import os

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance


def frame(n, shift):
    i = np.arange(1, n + 1, dtype=np.int64)
    # x: > 10,000 distinct values (the local profile sketches it), 1 in 53 missing, 1 in 61 NaN.
    x = ((i * 7919) % 100003 + shift * 2100).astype(np.float64) / 7.0
    x[i % 53 == 0] = np.nan
    x[i % 61 == 0] = np.nan
    # k: 21 small integers, skewed differently on each side.
    k = ((i * 5 + shift * (i % 5)) % 21).astype(np.float64)
    # ts: 5,000 distinct seconds.
    ts = 1704067200000.0 + ((i * 31) % (5000 - shift * 400)).astype(np.float64) * 1000.0
    cats = np.array(['a', 'b', 'c', 'd', 'rare', 'new'])
    cat = cats[np.where(i % 97 == 0, 4, np.where((i % 89 == 0) & (shift > 0), 5, (i + shift * (i % 3 == 0)) % 4))]
    cat = pd.Series(cat, dtype=object)
    cat[i % 47 == 0] = None
    flag = pd.Series((i % (3 + shift)) == 0, dtype=object)
    return pd.DataFrame({'x': x, 'k': k, 'ts': ts, 'cat': cat, 'flag': flag})


def psi(ref, cur):
    ref = ref[~np.isnan(ref)]
    cur = cur[~np.isnan(cur)]
    edges = []
    for q in [i / 10 for i in range(1, 10)]:
        e = np.quantile(ref, q)
        if np.isfinite(e) and (not edges or e > edges[-1]):
            edges.append(e)
    def shares(v):
        cdf = [0.0] + [np.count_nonzero(v <= e) / len(v) for e in edges] + [1.0]
        return [max(cdf[j] - cdf[j - 1], 0.0) for j in range(1, len(cdf))]
    total = 0.0
    for e, a in zip(shares(ref), shares(cur)):
        e, a = max(e, 1e-4), max(a, 1e-4)
        total += (a - e) * math.log(a / e)
    return total


def categorical(ref, cur):
    r = ref.dropna().map(str).value_counts()
    c = cur.dropna().map(str).value_counts()
    keys = sorted(set(r.index) | set(c.index))
    table = np.array([[r.get(k, 0) for k in keys], [c.get(k, 0) for k in keys]])
    chi2, p, _, _ = stats.chi2_contingency(table)
    js = distance.jensenshannon(table[0] / table[0].sum(), table[1] / table[1].sum(), base=2)
    return {'chi2': chi2, 'chi2_p': p, 'js': js}


ref, cur = frame(30000, 0), frame(25000, 1)
out = {}
for col in ['x', 'k', 'ts']:
    a, b = ref[col].to_numpy(), cur[col].to_numpy()
    ks = stats.ks_2samp(a[~np.isnan(a)], b[~np.isnan(b)], method='asymp')
    out[col] = {'psi': psi(a, b), 'ks_d': ks.statistic, 'ks_p': ks.pvalue, 'distinct_reference': int(pd.Series(a).nunique())}
for col in ['cat', 'flag']:
    out[col] = categorical(ref[col], cur[col])
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), 'drift.golden.json'), 'w') as f:
    json.dump(out, f, indent=2)
    f.write('\n')
