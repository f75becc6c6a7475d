#!/usr/bin/python3
"""What pandas.read_csv makes of the read.csv option cases in csv-options.test.ts
(skip_rows, header: false with names, delimiter: whitespace, comment).

Run with Debian's interpreter (python3-pandas 1.5), from anywhere:

    /usr/bin/python3 packages/data/src/read/__fixtures__/make_csv_options_golden.py

Writes csv-options.golden.json next to this script: per case the CSV text (the
test writes it to a file and reads it with our reader), the read_csv arguments
and the read.csv options that say the same, and per column pandas' name and
values (NaN as null).
"""
import io
import json
import os

import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))

CASES = [
    {
        'name': 'comments',
        'text': '# exported 2024-01-31\nid,x,s\n1,1.5,a # trailing note\n# a whole line\n2,2.5,"b, c"\n3,,"say #1"\n',
        'read_csv': {'comment': '#'},
        'options': {'comment': '#'},
    },
    {
        'name': 'whitespace',
        'text': '  a  b\tc\n 1 2.5 "x y"\n\n3\t4.5  z  \n-7   1e3\t""\n',
        'read_csv': {'sep': r'\s+'},
        'options': {'delimiter': 'whitespace'},
    },
    {
        'name': 'whitespace-comment-names',
        'text': '% generated\n1 2 % first\n3 4\n% between\n5 6\n',
        'read_csv': {'sep': r'\s+', 'comment': '%', 'header': None, 'names': ['p', 'q']},
        'options': {'delimiter': 'whitespace', 'comment': '%', 'header': False, 'names': ['p', 'q']},
    },
    {
        'name': 'skip-title',
        'text': 'Sales, by region; 2024\n\nregion,units\nnorth,3\nsouth,5\n',
        'read_csv': {'skiprows': 2},
        'options': {'skip_rows': 2},
    },
    {
        'name': 'count-line',
        'text': '3,2,yes,no\n0.5,1\n1.5,0\n2.5,1\n',
        'read_csv': {'skiprows': 1, 'header': None, 'names': ['x', 'label']},
        'options': {'skip_rows': 1, 'header': False, 'names': ['x', 'label']},
    },
]


def plain(v):
    if isinstance(v, float) and v != v:
        return None
    if hasattr(v, 'item'):
        return v.item()
    return v


out = {'pandas': pd.__version__, 'cases': []}
for case in CASES:
    df = pd.read_csv(io.StringIO(case['text']), **case['read_csv'])
    out['cases'].append({
        **case,
        'rows': int(df.shape[0]),
        'columns': [{'name': str(c), 'values': [plain(v) for v in df[c].tolist()]} for c in df.columns],
    })

with open(os.path.join(HERE, 'csv-options.golden.json'), 'w') as f:
    json.dump(out, f, indent=1, ensure_ascii=False)
    f.write('\n')
