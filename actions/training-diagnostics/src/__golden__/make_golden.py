"""Writes train.csv / train.jsonl and the data_stats pandas computes for them
(train.golden.json, train.jsonl.golden.json).

Run with Debian's interpreter: /usr/bin/python3 make_golden.py (python3-pandas 1.5).
data_stats are seed 000's: len(df), list(df.columns), df.isnull().sum(), df.dtypes,
with pd.read_csv's default options, the way debug_training.py read its data.
"""
import json
import random
from pathlib import Path

import pandas as pd

here = Path(__file__).parent
rng = random.Random(20240501)
rows = []
for i in range(1500):
    rows.append({
        "user_id": str(i),
        "age": "" if rng.random() < 0.05 else str(rng.randint(18, 90)),
        "income": "" if rng.random() < 0.1 else ("nan" if rng.random() < 0.02 else f"{rng.gauss(50000, 12000):.2f}"),
        "score": f"{rng.random():.6f}",
        "is_active": rng.choice(["True", "False"]),
        "churned": "" if rng.random() < 0.03 else rng.choice(["True", "False"]),
        "country": "" if rng.random() < 0.04 else rng.choice(["KR", "US", "DE", "JP", "BR"]),
        "signup_date": f"2024-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
        "notes": "",
        "label": str(rng.randint(0, 1)),
    })
cols = list(rows[0])
with open(here / "train.csv", "w", newline="") as f:
    f.write(",".join(cols) + "\n")
    for r in rows:
        f.write(",".join(r[c] for c in cols) + "\n")

df = pd.read_csv(here / "train.csv")
golden = {
    "rows": len(df),
    "columns": list(df.columns),
    "null_counts": {k: int(v) for k, v in df.isnull().sum().to_dict().items()},
    "dtypes": {str(k): str(v) for k, v in df.dtypes.items()},
    "pandas_version": pd.__version__,
}
(here / "train.golden.json").write_text(json.dumps(golden, indent=2) + "\n")
print(json.dumps(golden, indent=2))

# The same rows as JSON Lines with typed values (null for a missing one), read
# with pd.read_json(lines=True) defaults: dates are parsed only in date-like
# column names (signup_date is not one: *_at, *_time, timestamp*, modified, date, datetime).
def typed(c, v):
    if v == "" or v == "nan":
        return None
    if c in ("user_id", "age", "label"):
        return int(v)
    if c in ("income", "score"):
        return float(v)
    if c in ("is_active", "churned"):
        return v == "True"
    return v

with open(here / "train.jsonl", "w") as f:
    for r in rows:
        f.write(json.dumps({c: typed(c, r[c]) for c in cols}) + "\n")
dj = pd.read_json(here / "train.jsonl", lines=True)
golden_jsonl = {
    "rows": len(dj),
    "columns": list(dj.columns),
    "null_counts": {k: int(v) for k, v in dj.isnull().sum().to_dict().items()},
    "dtypes": {str(k): str(v) for k, v in dj.dtypes.items()},
    "pandas_version": pd.__version__,
}
(here / "train.jsonl.golden.json").write_text(json.dumps(golden_jsonl, indent=2) + "\n")
print(json.dumps(golden_jsonl, indent=2))
