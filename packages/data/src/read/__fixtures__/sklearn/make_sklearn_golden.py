"""Writes sklearn-pandas.golden.json: what pandas.read_csv makes of each vendored
scikit-learn file when given the options the file needs. The CSV reader's tests
compare row and column counts and per-column sums and means with it.

Run from this directory: /usr/bin/python3 make_sklearn_golden.py
"""
import json

import pandas as pd

CASES = [
    # name, file, read_csv arguments (the same options the test gives read.csv)
    ("iris", "iris.csv", {"skiprows": 1, "header": None,
                          "names": ["sepal_length", "sepal_width", "petal_length", "petal_width", "target"]}),
    ("wine", "wine_data.csv", {"skiprows": 1, "header": None, "names": [f"f{i}" for i in range(13)] + ["target"]}),
    ("breast_cancer", "breast_cancer.csv", {"skiprows": 1, "header": None,
                                            "names": [f"f{i}" for i in range(30)] + ["target"]}),
    ("diabetes", "diabetes_data_raw.csv.gz", {"sep": r"\s+", "header": None,
                                              "names": ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6"]}),
    ("linnerud_exercise", "linnerud_exercise.csv", {"sep": r"\s+"}),
]

out = {"pandas": pd.__version__, "cases": []}
for name, file, kwargs in CASES:
    df = pd.read_csv(file, **kwargs)
    out["cases"].append({
        "name": name,
        "file": file,
        "readCsv": kwargs,
        "rows": int(df.shape[0]),
        "columns": [{"name": str(c), "sum": float(df[c].sum()), "mean": float(df[c].mean())} for c in df.columns],
    })

with open("sklearn-pandas.golden.json", "w") as f:
    json.dump(out, f, indent=1)
    f.write("\n")
