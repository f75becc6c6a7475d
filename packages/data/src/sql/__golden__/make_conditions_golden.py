#!/usr/bin/env python3
"""What pandas makes of the checks with a row_condition in conditional-checks.json, on the
cross-engine dataset (make_golden.py): for each check, the rows DataFrame.query selects and
the number the check judges on them. The reference the local reader and every SQL engine are
checked against. Run: /usr/bin/python3 make_conditions_golden.py > conditions.golden.json"""
import json
import math
import os
import re

import pandas as pd

from make_golden import EVIL, frame

HERE = os.path.dirname(os.path.abspath(__file__))


def pandas_query(check):
    """The condition as pandas writes it: col("x") is `x`, GX's camelCase methods are pandas' own,
    and the planted column is renamed (pandas cannot tokenize its name between back quotes)."""
    q = check['row_condition']
    if check.get('condition_parser') == 'great_expectations':
        q = re.sub(r'col\("((?:[^"\\]|\\.)*)"\)', lambda m: '`%s`' % m.group(1).replace('\\"', '"'), q)
        q = q.replace('.isNull()', '.isnull()').replace('.notNull()', '.notnull()')
    return q.replace('`%s`' % EVIL, '`evil`')


def judged(check, rows):
    t = check['type']
    if t == 'row_count':
        return {}
    col = rows[check['column'] if 'column' in check else check['columns'][0]]
    present = col.dropna()
    if t == 'not_null':
        return {'nulls': int(col.isnull().sum())}
    if t == 'values_between':
        return {'unexpected': int(((present < check['min']) | (present > check['max'])).sum())}
    if t == 'values_in_set':
        return {'unexpected': int((~present.isin(check['values'])).sum())}
    if t == 'regex':
        return {'unexpected': int(sum(1 for v in present if not re.search(check['pattern'], v)))}
    if t == 'unique':
        return {'unexpected': int(present.duplicated(keep=False).sum())}
    if t == 'mean_between':
        v = present.astype(float).mean()
    elif t == 'std_between':
        v = present.astype(float).std(ddof=1)
    elif t == 'quantile_between':
        v = present.astype(float).quantile(check['quantile'])
    elif t == 'min_between':
        v = present.min()
    else:
        v = present.max()
    return {'value': None if v is None or (isinstance(v, float) and math.isnan(v)) else v}


def main():
    with open(os.path.join(HERE, 'conditional-checks.json'), encoding='utf-8') as f:
        checks = json.load(f)['checks']
    df = frame()
    # The query sees timestamps as datetimes (a text literal compared with them is an instant); the numbers stay epoch ms.
    queried = df.rename(columns={EVIL: 'evil'}).assign(ts=pd.to_datetime(df['ts'], unit='ms'))
    out = {}
    for check in checks:
        rows = df[queried.eval(pandas_query(check), engine='python')]
        out[check['id']] = {'rows': len(rows), **judged(check, rows)}
    print(json.dumps(out, indent=2, sort_keys=True))


if __name__ == '__main__':
    main()
