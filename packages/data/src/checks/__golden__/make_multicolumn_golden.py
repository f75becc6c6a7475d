#!/usr/bin/python3
"""Golden results for the multicolumn check rules (packages/data/src/checks/rules/multicolumn.ts),
computed with pandas the way Great Expectations 1.2.0's pandas engine computes them.

Run with Debian's interpreter (python3-pandas), from anywhere:

    /usr/bin/python3 packages/data/src/checks/__golden__/make_multicolumn_golden.py

Writes multicolumn.golden.json next to this script: the data (rows the test writes as
JSON Lines) and, per case, GX's result fields. The steps are GX's, from
great_expectations/execution_engine/pandas_execution_engine.py (ignore_row_if:
dropna(how="all" | "any") over the checked columns) and the metrics under
great_expectations/expectations/metrics/column_pair_map_metrics/ and
multicolumn_map_metrics/:

  pair_equal            A == B
  pair_greater          A > B, or A >= B with or_equal
  pair_in_set           (A, B) in the set, a missing value read as None
  multicolumn_sum       sum(axis=1, skipna=False) == total
  unique_within_record  nunique(dropna=False, axis=1) >= number of columns

element_count is every row, missing_count the rows ignore_row_if leaves out,
unexpected_list the first 20 failing rows ([A, B] for a pair, {column: value} for a list).
"""
import json
import math
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
N = 40
rng = np.random.RandomState(7)


def with_nulls(values, share):
    return [None if rng.rand() < share else v for v in values]


TEXT = ["a", "B", "b", "ab", "\u00e9", "\uffff", "\U0001F600", "\U0001F600x"]
f = [round(float(x), 1) for x in rng.rand(N)]
data = {
    "a": with_nulls([int(x) for x in rng.randint(0, 5, N)], 0.15),
    "b": with_nulls([int(x) for x in rng.randint(0, 5, N)], 0.15),
    "c": [int(x) for x in rng.randint(0, 5, N)],
    "f": with_nulls(f, 0.1),
    # 1 - f, rounded, so most rows sum to 1 exactly and some (0.7 + 0.3 style) test the float sum
    "g": with_nulls([round(1 - x + (0.1 if rng.rand() < 0.2 else 0), 1) for x in f], 0.1),
    "s": with_nulls([TEXT[i] for i in rng.randint(0, len(TEXT), N)], 0.15),
    "t": with_nulls([TEXT[i] for i in rng.randint(0, len(TEXT), N)], 0.15),
}
df = pd.DataFrame(data)

PAIR_IGNORE = {"both_values_are_missing": "all", "either_value_is_missing": "any", "neither": None}
LIST_IGNORE = {"all_values_are_missing": "all", "any_value_is_missing": "any", "never": None}


def plain(v):
    if v is None or (isinstance(v, float) and math.isnan(v)):
        return None
    if isinstance(v, (np.integer,)):
        return int(v)
    if isinstance(v, (np.floating,)):
        return float(v)
    return v


def run(check, cols, how, unexpected_of):
    d = df if how is None else df.dropna(axis=0, how=how, subset=cols)
    bad = unexpected_of(d)
    rows = d[bad]
    if check["type"].startswith("pair_"):
        listed = [[plain(a), plain(b)] for a, b in zip(rows[cols[0]].values, rows[cols[1]].values)]
    else:
        listed = [{c: plain(r[c]) for c in cols} for _, r in rows.iterrows()]
    return {
        "check": check,
        "element_count": len(df),
        "missing_count": len(df) - len(d),
        "unexpected_count": int(bad.sum()),
        "unexpected_list": listed[:20],
    }


def in_set(pairs):
    allowed = {(x, y) for x, y in pairs}

    def test(d):
        out = []
        for _, t in d.iterrows():
            a = None if pd.isnull(t.iloc[0]) else t.iloc[0]
            b = None if pd.isnull(t.iloc[1]) else t.iloc[1]
            out.append((a, b) not in allowed)
        return pd.Series(out, index=d.index, dtype=bool)

    return test


cases = []
for ignore, how in PAIR_IGNORE.items():
    for a, b in [("a", "b"), ("s", "t")]:
        base = {"column_a": a, "column_b": b, "ignore_row_if": ignore}
        cases.append(run({"type": "pair_equal", **base}, [a, b], how, lambda d, a=a, b=b: ~(d[a] == d[b])))
        for or_equal in (False, True):
            op = (lambda x, y: x >= y) if or_equal else (lambda x, y: x > y)
            cases.append(run({"type": "pair_greater", **base, "or_equal": or_equal}, [a, b], how, lambda d, a=a, b=b, op=op: ~op(d[a], d[b])))
    pairs = [[0, 0], [1, 2], [None, None], [3, None], [4, 4]]
    cases.append(run({"type": "pair_in_set", "column_a": "a", "column_b": "b", "ignore_row_if": ignore, "pairs": pairs}, ["a", "b"], how, lambda d: in_set(pairs)(d[["a", "b"]])))
    text_pairs = [["a", "B"], [None, "a"], ["\U0001F600", "\uffff"]]
    cases.append(run({"type": "pair_in_set", "column_a": "s", "column_b": "t", "ignore_row_if": ignore, "pairs": text_pairs}, ["s", "t"], how, lambda d: in_set(text_pairs)(d[["s", "t"]])))
for ignore, how in LIST_IGNORE.items():
    for cols, total in [(["a", "b", "c"], 4), (["f", "g"], 1.0)]:
        cases.append(run({"type": "multicolumn_sum", "columns": cols, "sum": total, "ignore_row_if": ignore}, cols, how, lambda d, cols=cols, total=total: ~(d[cols].sum(axis=1, skipna=False) == total)))
    for cols in (["a", "b", "c"], ["s", "t"], ["a", "b"]):
        cases.append(run({"type": "unique_within_record", "columns": cols, "ignore_row_if": ignore}, cols, how, lambda d, cols=cols: ~(d[cols].nunique(dropna=False, axis=1) >= len(cols))))

rows = [{k: plain(v) for k, v in zip(data.keys(), r)} for r in zip(*data.values())]
with open(os.path.join(HERE, "multicolumn.golden.json"), "w") as out:
    json.dump({"rows": rows, "cases": cases}, out, indent=1, ensure_ascii=False)
    out.write("\n")
print(f"{len(cases)} cases")
