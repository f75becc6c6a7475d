#!/usr/bin/python3
"""Golden values for the validate-data check rules (packages/data/src/checks/rules),
computed independently with pandas / NumPy / SciPy.

Run with Debian's interpreter (python3-pandas, python3-scipy), from anywhere:

    /usr/bin/python3 packages/data/src/checks/__golden__/make_golden.py

Writes rules.golden.json next to this script. It holds the *data* (the tests
write it to CSV files and run validateDataset on them) and what the statistics
of that data are:

  stats   one column with nulls: pandas mean(), std() (ddof=1) and
          quantile(q) (linear interpolation, pandas' default), nulls skipped
  seed002 a CSV and two configs/data_validation.json files, with the verdicts of
          seed 002's validate_training_data (transcribed below, reading CSV
          instead of parquet): check ids, passed, detail
  drift   a reference and a current table; per column, after dropping nulls:
          numeric      PSI exactly as packages/data/src/drift/psi.ts documents it
                       (edges at the reference's linear quantiles i/10, i = 1..9,
                       deduplicated and finite; bins (-inf, e1], (e1, e2], ...,
                       (e_last, +inf]; shares from the empirical CDFs; shares
                       floored at 1e-4, not renormalised; sum (a - e) ln(a / e)),
                       and scipy.stats.ks_2samp(method='asymp') statistic / p-value
          categorical  scipy.stats.chi2_contingency on the 2 x K table of counts
                       over the union of categories (defaults: Yates when dof = 1)
                       and scipy.spatial.distance.jensenshannon(base=2)

Numbers are rounded to a few decimals so the JSON stays small; the rounded
numbers *are* the data (JSON and CSV round-trip them exactly).
"""
import io
import json
import os

import numpy as np
import pandas as pd
from scipy import stats
from scipy.spatial import distance

HERE = os.path.dirname(os.path.abspath(__file__))
PSI_EPSILON = 1e-4  # PSI_EPSILON in packages/data/src/drift/psi.ts
PSI_BINS = 10  # psi()'s default, which the drift rule uses


def psi(ref, cur, bins=PSI_BINS, eps=PSI_EPSILON):
    r = np.sort(np.asarray(ref, dtype=np.float64))
    c = np.sort(np.asarray(cur, dtype=np.float64))
    edges = []
    for e in np.quantile(r, np.arange(1, bins) / bins):  # method='linear'
        if np.isfinite(e) and (not edges or e > edges[-1]):
            edges.append(float(e))
    # share in (lower, upper] = CDF(upper) - CDF(lower); CDF(x) = #values <= x / n
    cdf_r = np.concatenate([[0.0], np.searchsorted(r, edges, side='right') / len(r), [1.0]])
    cdf_c = np.concatenate([[0.0], np.searchsorted(c, edges, side='right') / len(c), [1.0]])
    e = np.maximum(np.diff(cdf_r), eps)
    a = np.maximum(np.diff(cdf_c), eps)
    return float(np.sum((a - e) * np.log(a / e)))


def nulls_to_none(values):
    return [None if (isinstance(v, float) and np.isnan(v)) or v is None else v for v in values]


def numeric_drift(ref, cur):
    r = pd.Series(ref, dtype='float64').dropna().to_numpy()
    c = pd.Series(cur, dtype='float64').dropna().to_numpy()
    ks = stats.ks_2samp(r, c, method='asymp', alternative='two-sided')
    return {'kind': 'numeric', 'psi': psi(r, c), 'ksStatistic': float(ks.statistic), 'ksPValue': float(ks.pvalue)}


def categorical_drift(ref, cur):
    r = pd.Series(ref, dtype='object').dropna()
    c = pd.Series(cur, dtype='object').dropna()
    cats = sorted(set(r) | set(c), key=str)
    rc = np.array([(r == k).sum() for k in cats], dtype=np.float64)
    cc = np.array([(c == k).sum() for k in cats], dtype=np.float64)
    chi = stats.chi2_contingency(np.array([rc, cc]))
    return {
        'kind': 'categorical',
        'chi2': float(chi[0]),
        'chi2PValue': float(chi[1]),
        'dof': int(chi[2]),
        'js': float(distance.jensenshannon(rc, cc, base=2)),
    }


def with_nulls(rng, values, k):
    out = list(values)
    for i in rng.choice(len(out), k, replace=False):
        out[int(i)] = None
    return out


def stats_case(rng):
    x = with_nulls(rng, [float(v) for v in np.round(rng.normal(50, 12, 240), 3)], 12)
    s = pd.Series([np.nan if v is None else v for v in x], dtype='float64')
    qs = [0, 0.1, 0.25, 0.5, 0.9, 1]
    return {
        'x': x,
        'mean': float(s.mean()),
        'std': float(s.std()),
        'quantiles': [[q, float(s.quantile(q))] for q in qs],
    }


def drift_case(rng):
    letters = np.array(['a', 'b', 'c', 'd'])
    r3 = lambda a: [float(v) for v in np.round(a, 3)]
    n_ref, n_cur = 800, 600
    reference = {
        'num_same': r3(rng.normal(0, 1, n_ref)),
        'num_shift': r3(rng.normal(0, 1, n_ref)),
        'cat_same': [str(v) for v in rng.choice(letters, n_ref, p=[.4, .3, .2, .1])],
        'cat_shift': [str(v) for v in rng.choice(letters, n_ref, p=[.4, .3, .2, .1])],
        'flag': [bool(v) for v in rng.random(n_ref) < 0.6],
    }
    current = {
        # same distribution, a different draw, with nulls (ignored by every statistic)
        'num_same': with_nulls(rng, r3(rng.normal(0, 1, n_cur)), 20),
        'num_shift': r3(rng.normal(0.6, 1, n_cur)),
        'cat_same': with_nulls(rng, [str(v) for v in rng.choice(letters, n_cur, p=[.4, .3, .2, .1])], 15),
        # shifted, and with a category the reference never had
        'cat_shift': [str(v) for v in rng.choice(np.append(letters, 'e'), n_cur, p=[.2, .2, .25, .25, .1])],
        'flag': [bool(v) for v in rng.random(n_cur) < 0.45],
    }
    expected = {}
    for col in reference:
        if col.startswith('num_'):
            expected[col] = numeric_drift([np.nan if v is None else v for v in reference[col]], [np.nan if v is None else v for v in current[col]])
        else:
            expected[col] = categorical_drift(reference[col], current[col])
    return {'columns': list(reference), 'reference': reference, 'current': current, 'expected': expected}


def seed_002_validate(df, config):
    """seed 002 scripts/validate_data.py validate_training_data, minus the file reading and printing."""
    results = []
    min_rows = config.get("min_rows", 1000)
    results.append({"check": "row_count", "passed": len(df) >= min_rows, "detail": f"{len(df)} rows (min: {min_rows})"})
    max_null_pct = config.get("max_null_percent", 5.0)
    null_pcts = (df.isnull().sum() / len(df) * 100).to_dict()
    high_null_cols = {k: v for k, v in null_pcts.items() if v > max_null_pct}
    results.append({"check": "missing_values", "passed": len(high_null_cols) == 0,
                    "detail": f"High null columns: {high_null_cols}" if high_null_cols else "OK"})
    expected_columns = set(config.get("required_columns", []))
    missing = expected_columns - set(df.columns)
    results.append({"check": "schema", "passed": len(missing) == 0, "detail": f"Missing columns: {missing}" if missing else "OK"})
    target_col = config.get("target_column", "target")
    if target_col in df.columns:
        value_counts = df[target_col].value_counts(normalize=True)
        min_class_pct = config.get("min_class_percent", 1.0)
        rare_classes = value_counts[value_counts < min_class_pct / 100]
        results.append({"check": "target_distribution", "passed": len(rare_classes) == 0,
                        "detail": f"Rare classes (<{min_class_pct}%): {rare_classes.to_dict()}" if len(rare_classes) > 0 else "OK"})
    for feature, bounds in config.get("feature_ranges", {}).items():
        if feature in df.columns:
            out_of_range = ((df[feature] < bounds["min"]) | (df[feature] > bounds["max"])).sum()
            results.append({"check": f"range_{feature}", "passed": out_of_range == 0,
                            "detail": f"{out_of_range} values out of [{bounds['min']}, {bounds['max']}]"})
    dup_count = df.duplicated().sum()
    max_dup_pct = config.get("max_duplicate_percent", 1.0)
    dup_pct = dup_count / len(df) * 100
    results.append({"check": "duplicates", "passed": dup_pct <= max_dup_pct, "detail": f"{dup_count} duplicates ({dup_pct:.2f}%)"})
    return [{"check": r["check"], "passed": bool(r["passed"]), "detail": r["detail"]} for r in results]


def seed002_case():
    """100 rows sitting on the seed's thresholds: f2 is exactly 5% null, one row of
    100 is a duplicate (1%), class "a" is exactly 29% (29/100*100 is 28.999999999999996
    in floating point, but the seed compares 0.29 < 0.29), f1 has 10 (on the bound)
    and 10.5 (out of it), f2 reaches 98 (on the bound; row 99 repeats row 98)."""
    rows = []
    for i in range(100):
        f1 = round(i * 0.1, 1)
        f2 = '' if 10 <= i < 15 else str(i)
        target = 'a' if i < 29 else 'b'
        rows.append([f'{f1}', f2, target])
    rows[3][0] = '10'
    rows[4][0] = '10.5'
    rows[99] = list(rows[98])
    text = 'f1,f2,target\n' + ''.join(','.join(r) + '\n' for r in rows)
    df = pd.read_csv(io.StringIO(text))
    on_threshold = {
        'min_rows': 100, 'max_null_percent': 5, 'required_columns': ['f1', 'f2', 'target'], 'target_column': 'target',
        'min_class_percent': 29, 'feature_ranges': {'f1': {'min': 0, 'max': 10}, 'f2': {'min': 0, 'max': 98}},
        'max_duplicate_percent': 1,
    }
    past_threshold = {
        'min_rows': 101, 'max_null_percent': 4.99, 'required_columns': ['f1', 'label'], 'min_class_percent': 29.01,
        'feature_ranges': {'f2': {'min': 0, 'max': 97.5}}, 'max_duplicate_percent': 0.99,
    }
    return {
        'csv': text,
        'configs': [
            {'name': 'on_threshold', 'config': on_threshold, 'results': seed_002_validate(df, on_threshold)},
            {'name': 'past_threshold', 'config': past_threshold, 'results': seed_002_validate(df, past_threshold)},
        ],
    }


def main():
    rng = np.random.default_rng(20250214)
    out = {'stats': stats_case(rng), 'drift': drift_case(rng), 'seed002': seed002_case()}
    with open(os.path.join(HERE, 'rules.golden.json'), 'w') as f:
        json.dump(out, f, indent=1)
        f.write('\n')
    for col, e in out['drift']['expected'].items():
        print(col, {k: v for k, v in e.items() if k != 'kind'})
    print('mean', out['stats']['mean'], 'std', out['stats']['std'])
    for c in out['seed002']['configs']:
        print(c['name'], [(r['check'], r['passed']) for r in c['results']])


if __name__ == '__main__':
    main()
