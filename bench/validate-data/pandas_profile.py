"""Reference B: pandas over a CSV — read_csv + describe(include='all') + nunique() + duplicated().sum().

    /usr/bin/python3 bench/validate-data/pandas_profile.py <file.csv>

Prints one JSON line: importMs (import pandas), workMs (read_csv through duplicated().sum(),
the in-python work), rows, duplicates, maxRssKb (getrusage of this process).
"""
import json
import resource
import sys
import time

t0 = time.perf_counter()
import pandas as pd  # noqa: E402

t1 = time.perf_counter()
df = pd.read_csv(sys.argv[1])
described = df.describe(include="all")
distinct = df.nunique()
duplicates = int(df.duplicated().sum())
t2 = time.perf_counter()

print(json.dumps({
    "pandas": pd.__version__,
    "importMs": (t1 - t0) * 1000,
    "workMs": (t2 - t1) * 1000,
    "rows": int(len(df)),
    "duplicates": duplicates,
    "describedColumns": int(described.shape[1]),
    "distinct": {k: int(v) for k, v in distinct.items()},
    "maxRssKb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
}))
