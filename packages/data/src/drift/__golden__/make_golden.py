#!/usr/bin/python3
"""Golden values for packages/data/src/drift, computed by SciPy/NumPy.

Run with Debian's interpreter (it has python3-scipy), from anywhere:

    /usr/bin/python3 packages/data/src/drift/__golden__/make_golden.py

Writes, next to this script:
  drift.json    deterministic samples + ks_2samp(method='asymp'), chi2_contingency,
                jensenshannon(base=2) and PSI (numpy, same bin/epsilon rule as psi.ts)
  special.json  grids of scipy.special.gammaincc, scipy.stats.chi2.sf,
                scipy.stats.kstwo.sf and scipy.special.smirnov

The TypeScript tests read the samples back, wrap them in exactNumeric /
exactCategorical and compare. Samples are rounded to a few decimals so the
JSON stays small; the rounded numbers *are* the data (JSON round-trips them
exactly), and rounding adds realistic ties.
"""
import json
import os
import sys

import numpy as np
import scipy
from scipy import stats, special
from scipy.spatial import distance

HERE = os.path.dirname(os.path.abspath(__file__))
PSI_EPSILON = 1e-4  # keep in step with PSI_EPSILON in psi.ts


def psi_numpy(ref, cur, bins=10, eps=PSI_EPSILON):
    """PSI exactly as psi.ts defines it: edges at the reference's linear quantiles
    i/bins (deduplicated, finite), bins (-inf, e1], ..., (e_k, +inf], shares from
    the empirical CDF, shares floored at eps (not renormalised)."""
    r = np.sort(np.asarray(ref, dtype=np.float64))
    c = np.sort(np.asarray(cur, dtype=np.float64))
    raw = np.quantile(r, np.arange(1, bins) / bins)  # method='linear'
    edges = []
    for e in raw:
        if np.isfinite(e) and (not edges or e > edges[-1]):
            edges.append(float(e))
    cdf_r = np.concatenate([[0.0], np.searchsorted(r, edges, side='right') / len(r), [1.0]])
    cdf_c = np.concatenate([[0.0], np.searchsorted(c, edges, side='right') / len(c), [1.0]])
    expected = np.diff(cdf_r)
    actual = np.diff(cdf_c)
    e = np.maximum(expected, eps)
    a = np.maximum(actual, eps)
    value = float(np.sum((a - e) * np.log(a / e)))
    lowers = [-np.inf] + edges
    uppers = edges + [np.inf]
    out_bins = [
        {'lower': fmt(lo), 'upper': fmt(hi), 'expected': float(ex), 'actual': float(ac)}
        for lo, hi, ex, ac in zip(lowers, uppers, expected, actual)
    ]
    js = float(distance.jensenshannon(expected, actual, base=2))
    return value, out_bins, js


def fmt(x):
    """JSON has no Infinity; encode it as a string the test decodes."""
    if np.isinf(x):
        return 'Infinity' if x > 0 else '-Infinity'
    return float(x)


def numeric_case(name, ref, cur, bins=10, note=''):
    ref = [float(v) for v in ref]
    cur = [float(v) for v in cur]
    ks = stats.ks_2samp(ref, cur, method='asymp', alternative='two-sided')
    value, out_bins, js = psi_numpy(ref, cur, bins)
    return {
        'name': name,
        'note': note,
        'reference': ref,
        'current': cur,
        'bins': bins,
        'ks': {'statistic': float(ks.statistic), 'pValue': float(ks.pvalue)},
        'psi': {'value': value, 'bins': out_bins},
        'jsBinned': js,
    }


def first_seen_counts(values):
    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    return counts


def categorical_case(name, ref, cur, note='', as_counts=False):
    """ref/cur: lists of strings, or (as_counts) dicts category -> count in insertion order."""
    rc = ref if as_counts else first_seen_counts(ref)
    cc = cur if as_counts else first_seen_counts(cur)
    # Union in the order alignCategories uses: reference order, then new categories in current order.
    cats = [k for k, v in rc.items() if v > 0] + [k for k, v in cc.items() if v > 0 and not rc.get(k, 0) > 0]
    r = np.array([rc.get(k, 0) for k in cats], dtype=np.float64)
    c = np.array([cc.get(k, 0) for k in cats], dtype=np.float64)
    chi = stats.chi2_contingency(np.array([r, c]))
    js = float(distance.jensenshannon(r, c, base=2))
    e = np.maximum(r / r.sum(), PSI_EPSILON)
    a = np.maximum(c / c.sum(), PSI_EPSILON)
    psi_value = float(np.sum((a - e) * np.log(a / e)))
    case = {'name': name, 'note': note, 'categories': cats}
    if as_counts:
        case['referenceCounts'] = [[k, int(v)] for k, v in rc.items()]
        case['currentCounts'] = [[k, int(v)] for k, v in cc.items()]
    else:
        case['reference'] = list(ref)
        case['current'] = list(cur)
    case.update({
        'chi2': {'statistic': float(chi[0]), 'pValue': float(chi[1]), 'dof': int(chi[2])},
        'js': js,
        'psi': psi_value,
    })
    return case


def drift_cases():
    rng = np.random.default_rng(20240611)
    r4 = lambda a: np.round(a, 4)
    numeric = [
        numeric_case('normal_vs_shifted', r4(rng.normal(0, 1, 1000)), r4(rng.normal(0.3, 1, 800)),
                     note='clear location shift; en = 444, KS p from the Smirnov sum'),
        numeric_case('normal_vs_shifted_5_bins', r4(rng.normal(0, 1, 600)), r4(rng.normal(0.5, 1.2, 700)), bins=5),
        numeric_case('same_distribution', r4(rng.normal(10, 2, 400)), r4(rng.normal(10, 2, 600)),
                     note='two draws from one distribution: small D, KS p from the Durbin matrix / Pelz-Good'),
        numeric_case('identical', *(lambda a: (a, a))(r4(rng.normal(0, 1, 500))), note='D = 0, PSI = 0'),
        numeric_case('ties_discrete', rng.poisson(3, 700), rng.poisson(3.4, 650),
                     note='integer values: many ties, deduplicated PSI edges'),
        numeric_case('tiny', [1.5, 2.0, 3.1, 4.2, 5.0], [2.2, 3.3, 6.1], note='en = 15/8 rounds to 2'),
        numeric_case('tiny_disjoint', [1.0, 2.0, 3.0], [10.0, 11.0, 12.0, 13.0], note='D = 1'),
        numeric_case('tiny_small_n', [0.1, 0.4, 0.5, 0.9, 1.3, 2.2, 2.8], [0.2, 0.3, 0.6, 1.1, 1.2, 1.9, 2.5, 3.0, 3.2]),
        numeric_case('unequal_sizes_300_vs_5000', r4(rng.normal(0, 1, 300)), r4(rng.normal(0.1, 1.1, 5000))),
        numeric_case('constant_reference', [7.0] * 50, r4(rng.normal(7, 0.5, 80)),
                     note='all reference quantiles equal: one edge, two bins'),
        numeric_case('large_close', np.round(rng.normal(0, 1, 3000), 3), np.round(rng.normal(0.02, 1, 2000), 3),
                     note='en = 1200, small D: Pelz-Good or Durbin'),
        numeric_case('skewed_heavy_tail', r4(rng.lognormal(0, 1, 900)), r4(rng.lognormal(0.1, 1.1, 1100))),
    ]

    letters = np.array(['a', 'b', 'c', 'd'])
    categorical = [
        categorical_case('cat_shift', list(rng.choice(letters, 1000, p=[.4, .3, .2, .1])),
                         list(rng.choice(letters, 900, p=[.3, .3, .25, .15]))),
        categorical_case('new_category', list(rng.choice(letters, 800, p=[.4, .3, .2, .1])),
                         list(rng.choice(np.append(letters, 'e'), 700, p=[.35, .3, .2, .1, .05])),
                         note='"e" only in current'),
        categorical_case('missing_category', list(rng.choice(letters, 600, p=[.4, .3, .2, .1])),
                         list(rng.choice(letters[:3], 500, p=[.4, .35, .25])),
                         note='"d" only in reference'),
        categorical_case('two_categories_yates', ['yes'] * 120 + ['no'] * 80, ['no'] * 110 + ['yes'] * 90,
                         note='dof 1: Yates correction'),
        categorical_case('two_categories_small_diff', ['yes'] * 10 + ['no'] * 10, ['yes'] * 10 + ['no'] * 11,
                         note='dof 1, |expected - observed| < 0.5: Yates moves cells only that far'),
        categorical_case('identical_categorical', *(lambda a: (a, a))(list(rng.choice(letters, 400)))),
        categorical_case('single_category', ['x'] * 30, ['x'] * 12, note='dof 0: statistic 0, p 1'),
        categorical_case('disjoint_categories', ['a'] * 5 + ['b'] * 3, ['c'] * 4, note='JS distance 1'),
        categorical_case('unequal_sizes_300_vs_5000', list(rng.choice(letters, 300, p=[.25, .25, .25, .25])),
                         list(rng.choice(letters, 5000, p=[.28, .24, .24, .24]))),
        categorical_case('fifty_categories',
                         {f'c{i}': int(v) for i, v in enumerate(rng.poisson(200, 50))},
                         {f'c{i}': int(v) for i, v in enumerate(rng.poisson(200, 50))},
                         as_counts=True, note='dof 49: chi-square in the a ~ x region'),
        categorical_case('five_hundred_categories',
                         {f'k{i}': int(v) for i, v in enumerate(rng.poisson(40, 500) + 1)},
                         {f'k{i}': int(v) for i, v in enumerate(rng.poisson(40, 500) + 1)},
                         as_counts=True, note='dof 499: a > 200'),
    ]
    return {'numeric': numeric, 'categorical': categorical}


def special_grids():
    gammaincc = []
    for a in [1e-8, 0.01, 0.3, 0.5, 1, 1.5, 2, 2.5, 3.5, 5, 10, 19.5, 24.5, 50, 100, 199.5, 249.5, 1000, 5000, 25000]:
        for f in [1e-3, 0.05, 0.2, 0.5, 0.8, 0.9, 0.97, 1.0, 1.03, 1.1, 1.3, 1.6, 2.5, 5, 20]:
            x = a * f
            gammaincc.append([a, x, float(special.gammaincc(a, x))])
        for x in [1e-6, 0.1, 0.5, 0.75, 1.05, 1.1, 2, 40, 300]:
            gammaincc.append([a, x, float(special.gammaincc(a, x))])
    chi2sf = []
    for k in [1, 2, 3, 4, 5, 9, 10, 20, 49, 99, 499, 999, 4999]:
        for f in [0, 1e-4, 0.01, 0.3, 0.7, 0.9, 1.0, 1.1, 1.5, 2, 3, 6, 15]:
            x = k * f
            chi2sf.append([x, k, float(stats.chi2.sf(x, k))])
        for x in [0.5, 3.84, 6.63, 10.83, 100, 700]:
            chi2sf.append([x, k, float(stats.chi2.sf(x, k))])

    kstwo = []
    ns = [1, 2, 3, 4, 5, 7, 10, 20, 50, 100, 139, 140, 141, 200, 444, 1000, 1200, 5000, 20000, 100000, 100001, 400000, 1000000, 2000000]
    for n in ns:
        ds = set()
        for nd in [0.3, 0.5, 0.6, 0.9, 1.0, 1.2, 2.0, 3.5]:
            ds.add(nd / n)
        for ndd in [0.05, 0.2, 0.5, 0.75, 0.76, 1.0, 1.5, 2.0, 2.19, 2.21, 3.0, 4.0, 4.01, 6.0, 10.0, 18.0, 50.0, 200.0, 369.0, 371.0]:
            ds.add(float(np.sqrt(ndd / n)))
        for d in [0.5, 0.55, 0.7, 0.9, 0.99, 1 - 1 / n if n > 1 else 0.5]:
            ds.add(d)
        for k in [1, 2, 3, 7]:  # ratios of counts, as two-sample D values are
            ds.add(k / (n + 3))
        if n >= 400000:
            # The Smirnov sum runs over ~n terms there; a few points per region keep the test fast.
            ds = {d for d in ds if d >= 0.5 or round(n * d * d, 2) in (0.5, 2.19, 2.21, 10.0, 369.0, 371.0) or d == 0.6 / n}
        for d in sorted(ds):
            if 0 < d <= 1:
                kstwo.append([n, d, float(stats.kstwo.sf(d, n))])

    smirnov = []
    for n in [1, 2, 5, 10, 50, 140, 500, 1012, 1013, 5000, 100000, 1000000, 1000001]:
        for d in ([1e-4, 0.01, 0.5, 0.9, 1 - 1 / n] if n >= 1000000 else [1e-4, 0.5 / n, 1 / n, 1.5 / n, 0.01, 0.05, 0.1, 0.2, 0.35, 0.5, 0.75, 0.9, 1 - 1 / n, 1 - 0.5 / n]):
            if 0 <= d <= 1:
                smirnov.append([n, d, float(special.smirnov(n, d))])
    return {'gammaincc': gammaincc, 'chi2sf': chi2sf, 'kstwo': kstwo, 'smirnov': smirnov}


def write(name, payload):
    payload = {
        'generator': 'packages/data/src/drift/__golden__/make_golden.py',
        'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'scipy': scipy.__version__},
        'psiEpsilon': PSI_EPSILON,
        **payload,
    }
    path = os.path.join(HERE, name)
    with open(path, 'w') as f:
        json.dump(payload, f, separators=(',', ':'), allow_nan=False)
        f.write('\n')
    print(f'wrote {path} ({os.path.getsize(path)} bytes)')


if __name__ == '__main__':
    write('drift.json', drift_cases())
    write('special.json', special_grids())
