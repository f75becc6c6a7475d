#!/usr/bin/python3
"""Golden profiles for packages/data/src/profile (TableProfiler / ColumnProfiler),
computed independently with pandas / NumPy.

Run with Debian's interpreter (python3-pandas 1.5, numpy 1.24), from anywhere:

    /usr/bin/python3 packages/data/src/profile/__golden__/make_golden.py

Writes, next to this script, deterministic fixtures (seeded numpy RNG):

  small.csv       2,150 rows: ints with nulls, floats with NaN and extreme and
                  negative values, a constant column, text with repeats,
                  empty-ish values, NA tokens, quotes, newlines and non-BMP
                  characters, bools with and without nulls, and 150 whole rows
                  repeated elsewhere in the table (duplicate rows)
  large.csv.gz    17k rows, so numeric columns pass the sketch's exact limit
                  (16,384 values); `at_limit` has exactly 16,384 non-null
                  values (still exact), `over_limit` 16,385 (a sketch)
  edge.csv        1e9 + small noise (catastrophic cancellation), +inf and
                  -inf, -0.0, a constant 0.1, ~1e300 magnitudes, an all-null
                  column, text whose order and length differ between code
                  points (pandas) and UTF-16 units (JS)
  one_row.csv     one row, one of its cells empty
  empty.csv       a header and no rows

and profile.golden.json: for every fixture, as pandas reads it back
(read_csv(float_precision='round_trip'), the exact decimal -> double that the
TypeScript reader performs; na_values=['None'], pandas >= 2.0's default NA
tokens, which the reader follows), the table's len() and duplicated().sum(),
and per column:

  size      len(s)
  count     s.count() (non-null)
  nulls     s.isnull().sum()
  null_pct  s.isnull().mean() * 100
  nunique   s.nunique()
  numeric columns (int/float dtypes):
    min, max, mean, std (ddof=1), quantiles at QUANTILES (pandas' default
    linear interpolation, s.quantile(q)); and, when every value is finite,
    mean_exact / std_exact: the same in exact rational arithmetic (fractions),
    rounded once. pandas' own mean is a plain float sum, so on 1e12 + U(0, 0.01)
    (edge.csv offset_1e12) its std is 0.0051 where the exact one is 0.0029;
    the tests hold the profile to the exact value where pandas is that far off
  bool columns (nulls make pandas read them as object; stats on the non-null
  values as 0/1): mean, std, value_counts
  text columns: min, max (Python's str order: code points), min_len, max_len
  (s.str.len(): code points), value_counts
  value_counts  s.value_counts().head(5) as [value, count] pairs, plus
                `candidates`: the count of every value counted at least as
                often as the 5th, because pandas orders ties arbitrarily

Floats are written with repr (shortest round-trip) so JSON.parse gives back the
same doubles; NaN and +-inf, which JSON lacks, as the strings "NaN",
"Infinity", "-Infinity".
"""
import decimal
import gzip
import json
import os
from fractions import Fraction

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
QUANTILES = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]  # PROFILE_QUANTILES in column.ts
EXACT_LIMIT = 16384  # EXACT_LIMIT in quantiles.ts


def with_nulls(rng, values, frac):
    s = pd.Series(values)
    s[rng.random(len(s)) < frac] = None
    return s


def small(rng):
    n = 2000
    ids = pd.array(rng.integers(-500, 5000, n), dtype='Int64')
    ids[rng.random(n) < 0.08] = pd.NA
    x = rng.normal(10.0, 3.0, n)
    x[rng.random(n) < 0.05] = np.nan
    x[[17, 500, 1200, 1999]] = [1e15, -2.5e12, 1e-300, -7.25e8]
    vocab = ['apple', 'banana', 'cherry', 'date', 'elderberry', 'fig', ' ', ' padded ', 'NA', '', 'None',
             'nan ', '0', '1.5', 'x,y', 'say "hi"', 'multi\nline', 'Ünïcödé', 'a\uFF21', 'a\U0001F600', 'Ωmega']
    weights = np.array([30, 22, 15, 11, 8, 5, 3, 3, 4, 4, 2, 2, 2, 2, 2, 2, 1, 2, 1, 1, 1], dtype=float)
    text = rng.choice(np.array(vocab, dtype=object), n, p=weights / weights.sum())
    df = pd.DataFrame({
        'id': ids,
        'x': x,
        'neg': -rng.lognormal(0.0, 2.0, n),
        'const': np.full(n, 7),
        'small_int': rng.integers(0, 10, n),
        'text': text,
        'flag': rng.random(n) < 0.3,
        'flag_na': with_nulls(rng, rng.random(n) < 0.6, 0.1).astype(object),
    })
    # 150 whole rows repeated elsewhere: duplicated() counts each later copy.
    copies = df.iloc[rng.integers(0, n, 150)]
    df = pd.concat([df, copies], ignore_index=True)
    return df.iloc[rng.permutation(len(df))].reset_index(drop=True)


def large(rng):
    n = 17000

    def exactly(k, values):
        s = pd.Series(values, dtype=float)
        s[rng.permutation(n)[: n - k]] = np.nan
        return s

    ints = pd.array(rng.integers(0, 100, n), dtype='Int64')
    ints[rng.random(n) < 0.02] = pd.NA
    words = np.array(['w%03d' % i for i in range(300)], dtype=object)
    zipf = 1.0 / np.arange(1, 301)
    return pd.DataFrame({
        'normal': with_nulls(rng, np.round(rng.normal(0.0, 1.0, n), 4), 0.02),
        'lognormal': np.round(rng.lognormal(1.0, 1.5, n), 2),
        'ints': ints,
        'at_limit': exactly(EXACT_LIMIT, np.round(rng.uniform(-50, 50, n), 2)),
        'over_limit': exactly(EXACT_LIMIT + 1, np.round(rng.exponential(3.0, n), 2)),
        'word': rng.choice(words, n, p=zipf / zipf.sum()),
        'seq': np.arange(n),
    })


def edge(rng):
    n = 600
    pos_inf = rng.normal(0.0, 1.0, n)
    pos_inf[[3, 400]] = np.inf
    both_inf = rng.normal(5.0, 1.0, n)
    both_inf[[10, 20, 590]] = [np.inf, -np.inf, np.inf]
    return pd.DataFrame({
        'offset': 1e9 + rng.normal(0.0, 1.0, n),
        'offset_1e12': 1e12 + rng.uniform(0.0, 0.01, n),
        'pos_inf': pos_inf,
        'both_inf': both_inf,
        'neg_zero': rng.choice(np.array([-0.0, 0.0, 1.0, -1.0]), n),
        'const_float': np.full(n, 0.1),
        'huge': rng.uniform(1e299, 1e300, n),
        'all_null': np.full(n, np.nan),
        # Python orders str by code point, JS by UTF-16 unit: U+1F600 sorts
        # after U+FF21 in Python, before it in JS; len() counts code points.
        'glyphs': rng.choice(np.array(['\uFF21', '\U0001F600\U0001F600', 'abc', 'z', 'e\u0301'], dtype=object), n),
    })


def one_row(_rng):
    return pd.DataFrame({'n': [3.5], 's': ['hello'], 'b': [True], 'missing': [np.nan]})


def empty(_rng):
    return pd.DataFrame({'a': pd.Series([], dtype=object), 'b': pd.Series([], dtype=object)})


def exact_mean_std(values):
    """Mean and std (ddof=1) of finite floats in exact rational arithmetic,
    rounded once to the nearest double (the square root to 60 digits first)."""
    xs = [Fraction(float(v)) for v in values]
    if not xs:
        return float('nan'), float('nan')
    mean = sum(xs) / len(xs)
    if len(xs) < 2:
        return float(mean), float('nan')
    var = sum((x - mean) ** 2 for x in xs) / (len(xs) - 1)
    with decimal.localcontext() as ctx:
        ctx.prec = 60
        std = (decimal.Decimal(var.numerator) / decimal.Decimal(var.denominator)).sqrt()
    return float(mean), float(std)


def read_back(path):
    # 'None' is an NA token since pandas 2.0 (and in the TypeScript reader, which
    # follows the current STR_NA_VALUES); pandas 1.5 kept it as text, so add it.
    return pd.read_csv(path, float_precision='round_trip', na_values=['None'])


def num(v):
    """A JSON-safe float: repr precision; NaN and +-inf as strings."""
    v = float(v)
    if np.isnan(v):
        return 'NaN'
    if np.isinf(v):
        return 'Infinity' if v > 0 else '-Infinity'
    return v


def value_counts(s):
    vc = s.value_counts()
    key = lambda v: str(v)  # True -> "True"
    head = [[key(v), int(c)] for v, c in vc.head(5).items()]
    fifth = int(vc.iloc[min(4, len(vc) - 1)]) if len(vc) else 0
    return head, {key(v): int(c) for v, c in vc.items() if int(c) >= fifth}


def profile(df):
    cols = {}
    for name in df.columns:
        s = df[name]
        c = {
            'dtype': str(s.dtype),
            'size': int(len(s)),
            'count': int(s.count()),
            'nulls': int(s.isnull().sum()),
            'null_pct': num(s.isnull().mean() * 100),
            'nunique': int(s.nunique()),
        }
        nn = s.dropna()
        is_bool = s.dtype == bool or (len(nn) > 0 and all(isinstance(v, (bool, np.bool_)) for v in nn))
        if is_bool:
            f = nn.astype(float)
            c['kind'] = 'bool'
            c['mean'] = num(f.mean())
            c['std'] = num(f.std())
            c['value_counts'], c['candidates'] = value_counts(s)
        elif s.dtype.kind in 'iuf':
            c['kind'] = 'numeric'
            c['min'] = num(s.min())
            c['max'] = num(s.max())
            c['mean'] = num(s.mean())
            c['std'] = num(s.std())
            if np.isfinite(nn.to_numpy(dtype=float)).all():
                c['mean_exact'], c['std_exact'] = (num(v) for v in exact_mean_std(nn))
            c['quantiles'] = [num(v) for v in s.quantile(QUANTILES).tolist()]
        else:
            c['kind'] = 'text'
            if len(nn):
                c['min'] = nn.min()
                c['max'] = nn.max()
                lens = nn.str.len()
                c['min_len'] = int(lens.min())
                c['max_len'] = int(lens.max())
            c['value_counts'], c['candidates'] = value_counts(s)
        cols[name] = c
    return {'rows': int(len(df)), 'duplicated': int(df.duplicated().sum()), 'columns': cols}


def main():
    rng = np.random.default_rng(20240517)
    out = {'pandas': pd.__version__, 'numpy': np.__version__, 'quantiles': QUANTILES, 'fixtures': {}}
    for name, make in [('small.csv', small), ('large.csv.gz', large), ('edge.csv', edge),
                       ('one_row.csv', one_row), ('empty.csv', empty)]:
        df = make(rng)
        text = df.to_csv(index=False, lineterminator='\n')
        path = os.path.join(HERE, name)
        if name.endswith('.gz'):
            with open(path, 'wb') as f:  # mtime=0 and no file name: byte-identical reruns
                f.write(gzip.compress(text.encode('utf-8'), compresslevel=9, mtime=0))
        else:
            with open(path, 'w', encoding='utf-8', newline='') as f:
                f.write(text)
        back = read_back(path)
        # Numbers must survive the CSV exactly (text loses '', 'NA', 'None' to
        # NaN on purpose: those are pandas' NA tokens, and the reader's).
        for col in df.columns:
            a, b = df[col], back[col]
            if a.dtype.kind in 'iuf' or str(a.dtype) == 'Int64':
                assert a.isnull().equals(b.isnull()), (name, col)
                assert np.array_equal(a.dropna().astype(float).to_numpy(), b.dropna().astype(float).to_numpy()), (name, col)
        out['fixtures'][name] = profile(back)
    with open(os.path.join(HERE, 'profile.golden.json'), 'w', encoding='utf-8') as f:
        json.dump(out, f, indent=1, ensure_ascii=False)
        f.write('\n')


if __name__ == '__main__':
    main()
