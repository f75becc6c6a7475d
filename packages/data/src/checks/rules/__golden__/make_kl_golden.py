#!/usr/bin/python3
"""
Golden KL divergences for expect_column_kl_divergence_to_be_less_than, from the
vendored GX 1.2.0 test definitions: every pandas case with a partition object
is run through GX's own `_validate` arithmetic (copied below, branch for branch,
from great_expectations/expectations/core/expect_column_kl_divergence_to_be_less_than.py
and its metrics: np.histogram for the bins, value_counts for categories,
column_values.between.count for the tails) with pandas, numpy and
scipy.stats.entropy. Cases GX raises on are recorded as errors.

Run: /usr/bin/python3 make_kl_golden.py  (writes kl-divergence.golden.json)
"""
import json
import math
import os

import numpy as np
import pandas as pd
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
DEF = os.path.join(HERE, "..", "..", "__gx__", "definitions", "expect_column_kl_divergence_to_be_less_than.json")
PANDAS_TAGS = {"pandas", "pandas_v3_api", "pandas>=024"}


def for_pandas(o):
    only = o.get("only_for")
    sup = o.get("suppress_test_for")
    only = None if only is None else (only if isinstance(only, list) else [only])
    sup = [] if sup is None else (sup if isinstance(sup, list) else [sup])
    return (only is None or any(t in PANDAS_TAGS for t in only)) and "pandas" not in sup


def valid_categorical(po):
    return po is not None and "weights" in po and "values" in po and len(po["values"]) == len(po["weights"]) and np.allclose(np.sum(po["weights"]), 1)


def valid_continuous(po):
    if po is None or "weights" not in po or "bins" not in po:
        return False
    if "tail_weights" in po:
        if len(po["tail_weights"]) != 2:
            return False
        comb = po["tail_weights"] + po["weights"]
    else:
        comb = po["weights"]
    return len(po["bins"]) == len(po["weights"]) + 1 and bool(np.all(np.diff(po["bins"]) > 0)) and bool(np.allclose(np.sum(comb), 1.0))


def gx_kl(series, kw):
    po = kw.get("partition_object")
    threshold = kw.get("threshold")
    tail = kw.get("tail_weight_holdout", 0)
    internal = kw.get("internal_weight_holdout", 0)
    if po is None:
        raise ValueError("partition_object null: GX bins the data itself")
    if not (valid_continuous(po) or valid_categorical(po)):
        raise ValueError("Invalid partition object.")
    if not (0 <= tail <= 1) or not (0 <= internal <= 1):
        raise ValueError("holdout must be between zero and one")
    if tail != 0 and "tail_weights" in po:
        raise ValueError("tail_weight_holdout must be 0 when using tail_weights in partition object")
    col = series[series.notnull()]
    nonnull = len(col)
    if valid_categorical(po):
        if internal > 0:
            raise ValueError("Internal weight holdout cannot be used for discrete data.")
        vc = col.value_counts().sort_index()
        vc.name = "count"
        observed = vc / nonnull
        expected = pd.Series(po["weights"], index=po["values"], name="expected")
        df = pd.concat([expected, observed], axis=1)
        na = df.isnull().sum()
        pk = df["count"].fillna(0)
        if na["expected"] > 0:
            df["expected"] *= 1 - tail
            qk = df["expected"].fillna(tail / na["expected"])
        else:
            qk = df["expected"]
        return stats.entropy(pk, qk)
    bins = po["bins"]
    hist = np.histogram(col, bins, density=False)[0]
    below = int(np.count_nonzero(col < bins[0]))
    above = int(np.count_nonzero(bins[-1] < col))
    ow = hist / nonnull
    ew = np.array(po["weights"]) * (1 - tail - internal)
    if internal > 0:
        zeros = len(ew) - np.count_nonzero(ew)
        if zeros > 0:
            for i, v in enumerate(ew):
                if v == 0:
                    ew[i] = internal / zeros
    if bins[0] == -np.inf and bins[-1] == np.inf:
        if tail > 0:
            raise ValueError("tail_weight_holdout cannot be used for partitions with infinite endpoints.")
        if "tail_weights" in po:
            raise ValueError("no tail weights with infinite endpoints")
        ce, co = ew, ow
    elif bins[0] == -np.inf:
        if "tail_weights" in po:
            raise ValueError("no tail weights with infinite endpoints")
        ce = np.concatenate((ew, [tail]))
        co = np.concatenate((ow, [above / nonnull]))
    elif bins[-1] == np.inf:
        if "tail_weights" in po:
            raise ValueError("no tail weights with infinite endpoints")
        ce = np.concatenate(([tail], ew))
        co = np.concatenate(([below / nonnull], ow))
    else:
        if "tail_weights" in po:
            tw = po["tail_weights"]
            ce = np.concatenate(([tw[0]], ew, [tw[1]]))
        else:
            ce = np.concatenate(([tail / 2], ew, [tail / 2]))
        co = np.concatenate(([below / nonnull], ow, [above / nonnull]))
    return stats.entropy(co, ce)


def main():
    d = json.load(open(DEF))
    out = {}
    seen = {}
    for i, ds in enumerate(d["datasets"]):
        for t in ds["tests"]:
            key = f"expect_column_kl_divergence_to_be_less_than.json#{i}/{t['title']}"
            seen[key] = seen.get(key, 0) + 1
            if seen[key] > 1:
                key = f"{key}~{seen[key]}"
            if not (for_pandas(ds) and for_pandas(t)):
                continue
            kw = t["in"]
            s = pd.Series(ds["data"][kw["column"]], dtype="object" if isinstance(next((v for v in ds["data"][kw["column"]] if v is not None), ""), str) else "float64")
            try:
                kl = float(gx_kl(s, kw))
            except ValueError as e:
                out[key] = {"error": str(e)}
                continue
            thr = kw.get("threshold")
            finite = not (math.isinf(kl) or math.isnan(kl))
            out[key] = {"kl": kl if finite else None, "success": True if thr is None else bool(kl <= thr)}
    with open(os.path.join(HERE, "kl-divergence.golden.json"), "w") as f:
        json.dump(out, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
