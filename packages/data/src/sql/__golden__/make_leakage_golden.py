#!/usr/bin/env python3
"""What the leakage checks in leakage-checks.json find when the cross-engine dataset
(make_golden.py) is the training data and its rows with id % 7 == 0 are the test data, the odd
ids among them with amount + 1000 (so whole rows differ where ids match): training rows whose key
is a test key, the distinct keys, the test rows. Keys are compared as the local check hashes them:
missing (None or NaN) equals missing. The reference for leakage.test.ts.
Run: /usr/bin/python3 make_leakage_golden.py > leakage.golden.json"""
import json
import math
import os

from make_golden import frame

HERE = os.path.dirname(os.path.abspath(__file__))


def holdout(df):
    test = df[df['id'] % 7 == 0].copy()
    test['amount'] = [a + 1000 if i % 2 == 1 else a for i, a in zip(test['id'], test['amount'])]
    return test


def missing_as_none(v):
    return None if v is None or (isinstance(v, float) and math.isnan(v)) else v


def main():
    with open(os.path.join(HERE, 'leakage-checks.json'), encoding='utf-8') as f:
        checks = json.load(f)['checks']
    train = frame()
    test = holdout(train)
    out = {}
    for check in checks:
        columns = check.get('key_columns', list(train.columns))
        key = lambda row: tuple(missing_as_none(row[c]) for c in columns)
        test_keys = {key(r) for r in test.to_dict('records')}
        leaked = [key(r) for r in train.to_dict('records') if key(r) in test_keys]
        out[check['id']] = {'leaked': len(leaked), 'keys': len(set(leaked)), 'test_rows': len(test)}
    print(json.dumps(out, indent=2, sort_keys=True))


if __name__ == '__main__':
    main()
