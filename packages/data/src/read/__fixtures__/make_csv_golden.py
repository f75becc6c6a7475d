#!/usr/bin/python3
"""What pandas.read_csv makes of the CSV cases in csv.test.ts, for the CSV reader tests.

Run with Debian's interpreter (python3-pandas 1.5), from anywhere:

    /usr/bin/python3 packages/data/src/read/__fixtures__/make_csv_golden.py

Writes csv-pandas.golden.json next to this script: per case the CSV text (the
test writes it to a file and reads it with our reader), the separator pandas
was given, and per column pandas' name, dtype and values (NaN as null, ±inf as "+inf" /
"-inf" in float columns, since JSON has no infinities). For
the columns listed in `datetimes`, also pd.to_datetime(values, utc=True) as
epoch milliseconds: read_csv leaves dates as text unless told, our reader
infers them, and this is the reference for their instants.

`headers` holds random header rows (fixed seed) built from names that collide
with the ones pandas generates, and the column names pandas gives them.
"""
import io
import json
import os
import random

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))

# pandas' default NA strings (STR_NA_VALUES), each in a column of floats.
NA_TOKENS = ['', '#N/A', '#N/A N/A', '#NA', '-1.#IND', '-1.#QNAN', '-NaN', '-nan', '1.#IND', '1.#QNAN',
             '<NA>', 'N/A', 'NA', 'NULL', 'NaN', 'None', 'n/a', 'nan', 'null']

CASES = [
    {
        'name': 'kinds',
        'file': 'kinds.csv',
        'sep': ',',
        'text': (
            'id,i,i_na,f,f_special,b,b_na,s_mixed,hexlike,dt,ts,ts_tz\n'
            '1,10,1,1.5,inf,True,true,1,0x1F,2024-01-31,2024-01-31 12:00:00,2024-01-31T12:00:00Z\n'
            '2,-20,,-2e3,-inf,false,,a,0x20,1999-12-31,2024-02-29T23:59:59.5,2024-01-31T12:00:00+05:30\n'
            '3,+30,NA,.5,1E-2,TRUE,False,2.5,0b1,1970-01-01,1969-12-31 23:59,2024-01-31 12:00:00.123-0800\n'
            '4,0007,4,5.,NaN,False,null,,0o7,2000-02-29,2024-03-01T00:00:00.000001,1970-01-01T00:00:00Z\n'
        ),
        'datetimes': ['dt', 'ts', 'ts_tz'],
    },
    {
        'name': 'na-tokens',
        'file': 'na.csv',
        'sep': ',',
        'text': 'x,label\n' + '1.5,first\n' + ''.join(f'{tok},"{tok}"\n' for tok in NA_TOKENS) + '2.5,last\n',
        'datetimes': [],
        # pandas 2.0 added "None" to the defaults, and the reader follows pandas 2.
        'read_csv': {'na_values': ['None']},
    },
    {
        'name': 'quoting',
        'file': 'quoted.csv',
        'sep': ',',
        'text': (
            'id,text,n\r\n'
            '1,"a, b",1\r\n'
            '2,"she said ""hi""",2\r\n'
            '3,"line one\nline two\r\nline three",3\r\n'
            '4,"",4\r\n'
            '5,plain,5\r\n'
        ),
        'datetimes': [],
    },
    {
        'name': 'header-names',
        'file': 'names.csv',
        'sep': ',',
        'text': 'a,a,,b,a,\n1,2,3,4,5,6\n7,8,9,10,11,12\n',
        'datetimes': [],
    },
    {
        # A generated name that is already taken moves on to the next number;
        # unnamed columns are named after the named ones.
        'name': 'header-dedup',
        'file': 'dedup.csv',
        'sep': ',',
        'text': 'a,a.1,a,b,b,b.1,c,c,c\n1,2,3,4,5,6,7,8,9\n',
        'datetimes': [],
    },
    {
        # Only an empty name is unnamed; a space is a name.
        'name': 'header-unnamed',
        'file': 'unnamed.csv',
        'sep': ',',
        'text': 'x, ,,Unnamed: 2,\n1,2,3,4,5\n',
        'datetimes': [],
    },
    {
        'name': 'semicolon',
        'file': 'semi.csv',
        'sep': ';',
        'text': 'name;price;when\n"Smith; J";1,5;2024-01-01\nDoe;2;2024-01-02\n',
        'datetimes': ['when'],
    },
    {
        'name': 'tab',
        'file': 'tabbed.csv',
        'sep': '\t',
        'text': 'k\tv\tw\na,b\t1\tx|y\nc\t2\tz\n',
        'datetimes': [],
    },
    {
        'name': 'pipe',
        'file': 'piped.csv',
        'sep': '|',
        'text': 'k|v|w\na,b|1|x;y\nc|2|z\n',
        'datetimes': [],
    },
    {
        'name': 'tsv',
        'file': 'data.tsv',
        'sep': '\t',
        'text': 'k\tv\na,b\t1\nc;d\t2\n',
        'datetimes': [],
    },
    {
        'name': 'bom',
        'file': 'bom.csv',
        'sep': ',',
        'text': '\ufeffid,v\n1,x\n2,y\n',
        'datetimes': [],
    },
]


def plain(v):
    if isinstance(v, (float, np.floating)):
        if np.isnan(v):
            return None
        return float(v) if np.isfinite(v) else ('+inf' if v > 0 else '-inf')  # JSON has no infinities
    if isinstance(v, (bool, np.bool_)):
        return bool(v)
    if isinstance(v, (int, np.integer)):
        return int(v)
    return v


def random_headers(count=120, seed=7):
    """Headers drawn from names that collide with pandas' generated ones, and the names pandas gives them."""
    rng = random.Random(seed)
    pool = ['a', 'a', 'a.1', 'a.2', 'a.1.1', '', '', ' ', 'b', 'Unnamed: 0', 'Unnamed: 1', 'Unnamed: 2.1']
    out = []
    for _ in range(count):
        header = [rng.choice(pool) for _ in range(rng.randint(1, 7))]
        line = ','.join(header)
        if line.strip(',') == '' and len(header) == 1:
            continue  # an empty first line is skipped as blank, not a header
        df = pd.read_csv(io.StringIO(line + '\n' + ','.join('1' * len(header)) + '\n'))
        out.append({'header': header, 'names': [str(c) for c in df.columns]})
    return out


def main():
    out = []
    for case in CASES:
        df = pd.read_csv(io.StringIO(case['text']), sep=case['sep'], **case.get('read_csv', {}))
        columns = []
        for name in df.columns:
            col = df[name]
            entry = {'name': str(name), 'dtype': str(col.dtype), 'values': [plain(v) for v in col.tolist()]}
            if name in case['datetimes']:
                ts = pd.to_datetime(col, utc=True)
                entry['epochMs'] = [None if pd.isna(t) else t.value / 1e6 for t in ts]
            columns.append(entry)
        out.append({k: case[k] for k in ('name', 'file', 'sep', 'text')} | {'readCsv': case.get('read_csv', {}), 'columns': columns})
    with open(os.path.join(HERE, 'csv-pandas.golden.json'), 'w') as f:
        json.dump({'pandas': pd.__version__, 'cases': out, 'headers': random_headers()}, f, indent=1, ensure_ascii=False, allow_nan=False)
        f.write('\n')


if __name__ == '__main__':
    main()
