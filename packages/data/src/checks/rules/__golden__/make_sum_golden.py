#!/usr/bin/python3
"""
Golden float64 sums, means and sample standard deviations as pandas computes
them (GX's column.sum, column.mean, column.standard_deviation on pandas), for
float-values.test.ts. The values are x_i = ((i * 7919) % 10007) / 97 - 50.3,
built from correctly rounded operations so JavaScript builds the same doubles.
Lengths cross numpy's pairwise-summation block edges (8, 128) and its halving.

Run: /usr/bin/python3 make_sum_golden.py  (writes float-values.golden.json)
"""
import json
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
LENGTHS = [0, 1, 2, 7, 8, 9, 16, 127, 128, 129, 135, 256, 1000, 4099, 70001]


def values(n):
    return [((i * 7919) % 10007) / 97 - 50.3 for i in range(n)]


out = []
for n in LENGTHS:
    s = pd.Series(values(n), dtype="float64")
    out.append({"n": n, "sum": float(s.sum()), "np_sum": float(np.sum(s.to_numpy())), "mean": None if n == 0 else float(s.mean()), "std": None if n < 2 else float(s.std())})
with open(os.path.join(HERE, "float-values.golden.json"), "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
