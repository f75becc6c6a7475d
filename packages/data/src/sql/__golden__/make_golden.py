#!/usr/bin/env python3
"""The cross-engine dataset (testing/engine-data.ts builds it in DuckDB SQL) rebuilt
row by row in Python, and profiled with pandas: the reference every engine's
numbers are checked against. Run: /usr/bin/python3 make_golden.py > engines.golden.json"""
import json
import math

import pandas as pd

EVIL = 'x"; DROP TABLE keep; --'
EVIL_VALUE = "'; DROP TABLE keep; --"


def row(i):
    amount = None if i % 37 == 0 else math.nan if i % 41 == 0 else (((i * 7919) % 1000) + (1500 if i % 97 == 0 else 0)) / 10.0
    label = 'rare' if i % 100 == 0 else 'a' if i % 3 == 0 else 'b' if i % 3 == 1 else 'c'
    name = 'Ünïcode %d' % i if i % 13 == 0 else None if i % 29 == 0 else chr(97 + i % 26) + chr(97 + (i * 7) % 26)
    return {
        'id': i - 1 if i % 500 == 7 else i,
        'amount': amount,
        'label': label,
        'flag': None if i % 53 == 0 else i % 2 == 0,
        # epoch milliseconds, with the quarter-millisecond steps the timestamps carry
        'ts': 1704067200000 + i * 3600000 + (i % 7) * 0.25,
        'name': name,
        EVIL: EVIL_VALUE if i % 11 == 0 else 'ok',
    }


def frame():
    """The dataset as pandas holds it: 2,000 rows, and the 8 whose id is a multiple of 250 once more."""
    base = [row(i) for i in range(1, 2001)]
    return pd.DataFrame(base + [r for r in base if r['id'] % 250 == 0])


if __name__ == '__main__':
    df = frame()
    QS = [0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99]
    amount = df['amount'].astype(float)
    flag = df['flag'].dropna().astype(float)
    ids = df['id']
    ts_s = (df['ts'] // 1000) * 1000
    print(json.dumps({
        'rows': len(df),
        'duplicate_rows': int(df.duplicated().sum()),
        'nulls': {c: int(df[c].isnull().sum()) for c in df.columns},
        'distinct': {c: int(df[c].nunique()) for c in df.columns},
        'amount': {
            'min': amount.min(), 'max': amount.max(), 'mean': amount.mean(), 'std': amount.std(ddof=1),
            'quantiles': {str(q): amount.quantile(q) for q in QS}, 'q0.3': amount.quantile(0.3),
        },
        'id': {'median': float(ids.quantile(0.5)), 'rows_of_repeated_keys': int(ids.duplicated(keep=False).sum())},
        'ts': {'min': df['ts'].min(), 'max': df['ts'].max(), 'mean': df['ts'].mean(), 'std': df['ts'].std(ddof=1)},
        # ClickHouse 18.16 keeps whole seconds only (DateTime): the same column cut to the second.
        'ts_whole_seconds': {'min': ts_s.min(), 'max': ts_s.max(), 'mean': ts_s.mean(), 'std': ts_s.std(ddof=1)},
        'flag_mean': flag.mean(),
        'label_counts': {k: int(v) for k, v in df['label'].value_counts().items()},
        'amount_out_of_0_100': int(((amount < 0) | (amount > 100)).sum()),
    }, indent=2, sort_keys=True))
