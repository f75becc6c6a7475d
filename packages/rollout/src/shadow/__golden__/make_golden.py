#!/usr/bin/python3
"""Predictions logs of a live model and its shadow, and what pandas says about them.

Run with Debian's interpreter (it has python3-pandas and python3-scipy), from anywhere:

    /usr/bin/python3 packages/rollout/src/shadow/__golden__/make_golden.py

Writes, next to this script:
  live.jsonl, shadow.jsonl  the two logs (request_id, prediction, score, plan): a
                            third of the live requests mirrored, a few shadow-only
                            ids, repeated ids (the first row counts), rows without
                            an id, a missing prediction, missing scores, segments
                            missing in the live log but present in the shadow's
  agreement.json            pandas' inner join on request_id and what follows from
                            it: matched / unmatched counts, agreement, disagreements
                            per segment, and PSI / KS of the matched scores
                            (scipy.stats.ks_2samp(method='asymp'); PSI by the data
                            package's drift golden, imported from there)

agreement.test.ts reads the logs with the data package's readers (also rewritten
as parquet) and compares every number.
"""
import json
import os
import sys

import numpy as np
import pandas as pd
import scipy
from scipy import stats

HERE = os.path.dirname(os.path.abspath(__file__))
# PSI exactly as the data package's drift statistics define it, from their own golden script.
sys.path.insert(0, os.path.join(HERE, '../../../../data/src/drift/__golden__'))
from make_golden import PSI_EPSILON, psi_numpy  # noqa: E402


def logs():
    rng = np.random.default_rng(20261206)
    n = 3000
    ids = [f'req-{i:05d}' for i in range(n)]
    plans = rng.choice(['basic', 'pro', 'enterprise'], size=n, p=[0.5, 0.35, 0.15])
    live_score = np.round(rng.beta(2, 5, size=n), 6)
    live = [{'request_id': ids[i], 'prediction': int(live_score[i] >= 0.5), 'score': float(live_score[i]), 'plan': str(plans[i])} for i in range(n)]
    # The candidate scores pro customers higher: most of its disagreements are there.
    shift = np.where(plans == 'pro', 0.12, 0.01)
    shadow_score = np.round(np.clip(live_score + shift + rng.normal(0, 0.03, size=n), 0, 1), 6)
    mirrored = np.sort(rng.choice(n, size=n // 3, replace=False))
    shadow = [{'request_id': ids[i], 'prediction': int(shadow_score[i] >= 0.5), 'score': float(shadow_score[i]), 'plan': str(plans[i])} for i in mirrored]
    # The shadow saw requests the live log lacks.
    shadow += [{'request_id': f'extra-{k}', 'prediction': 0, 'score': 0.1, 'plan': 'basic'} for k in range(7)]
    # Retried requests logged twice: the first row counts, the repeat disagrees on purpose.
    for i in mirrored[:4]:
        shadow.append({**shadow[list(mirrored).index(i)], 'prediction': 1 - shadow[list(mirrored).index(i)]['prediction']})
    live.append({**live[5], 'prediction': 1 - live[5]['prediction']})
    # Rows that cannot be joined.
    live += [{'request_id': None, 'prediction': 1, 'score': 0.9, 'plan': 'pro'}, {'prediction': 0, 'score': 0.2, 'plan': 'basic'}]
    shadow.append({'request_id': None, 'prediction': 0, 'score': 0.3, 'plan': 'basic'})
    # A shadow that errored logs no prediction and no score; two more lose only their score.
    for j in (10, 11):
        shadow[j]['score'] = None
    shadow[12]['prediction'] = None
    shadow[12]['score'] = None
    # Segments the live log lost but the shadow's row has; one lost on both sides.
    for i in mirrored[20:23]:
        live[i]['plan'] = None
    shadow[23]['plan'] = None
    live[mirrored[23]]['plan'] = None
    return live, shadow


def write_jsonl(name, rows):
    with open(os.path.join(HERE, name), 'w') as f:
        for r in rows:
            f.write(json.dumps(r, separators=(',', ':')) + '\n')


def reference():
    live = pd.read_json(os.path.join(HERE, 'live.jsonl'), lines=True)
    shadow = pd.read_json(os.path.join(HERE, 'shadow.jsonl'), lines=True)
    out = {'liveRows': len(live), 'shadowRows': len(shadow)}
    sides = {}
    for name, df in (('live', live), ('shadow', shadow)):
        with_id = df[df['request_id'].notna()]
        first = with_id.drop_duplicates('request_id', keep='first')
        out[f'{name}MissingIds'] = int(len(df) - len(with_id))
        out[f'{name}Duplicates'] = int(len(with_id) - len(first))
        sides[name] = first
    m = sides['live'].merge(sides['shadow'], on='request_id', how='inner', suffixes=('_live', '_shadow'))
    same = (m['prediction_live'] == m['prediction_shadow']) & m['prediction_live'].notna()
    out['matched'] = int(len(m))
    out['liveOnly'] = int(len(sides['live']) - len(m))
    out['shadowOnly'] = int(len(sides['shadow']) - len(m))
    out['agreements'] = int(same.sum())
    out['disagreements'] = int((~same).sum())
    out['agreement'] = float(same.mean())
    both = m.dropna(subset=['score_live', 'score_shadow'])
    out['scoreMissing'] = int(len(m) - len(both))
    ks = stats.ks_2samp(both['score_live'], both['score_shadow'], method='asymp')
    psi, _, _ = psi_numpy(both['score_live'].to_numpy(), both['score_shadow'].to_numpy())
    out['score'] = {
        'count': int(len(both)),
        'liveMean': float(both['score_live'].mean()),
        'shadowMean': float(both['score_shadow'].mean()),
        'psi': psi,
        'ksStatistic': float(ks.statistic),
        'ksPValue': float(ks.pvalue),
    }
    segment = m['plan_live'].fillna(m['plan_shadow']).fillna('(none)')
    g = pd.DataFrame({'segment': segment, 'disagree': ~same}).groupby('segment')['disagree'].agg(['count', 'sum'])
    g = g.reset_index().rename(columns={'count': 'matched', 'sum': 'disagreements'})
    g['rate'] = g['disagreements'] / g['matched']
    g['share'] = g['disagreements'] / out['disagreements']
    g = g.sort_values(['disagreements', 'rate', 'segment'], ascending=[False, False, True])
    out['segments'] = [{'segment': r.segment, 'matched': int(r.matched), 'disagreements': int(r.disagreements), 'rate': float(r.rate), 'share': float(r.share)} for r in g.itertuples()]
    return out


if __name__ == '__main__':
    live, shadow = logs()
    write_jsonl('live.jsonl', live)
    write_jsonl('shadow.jsonl', shadow)
    payload = {
        'generator': 'packages/rollout/src/shadow/__golden__/make_golden.py',
        'versions': {'python': sys.version.split()[0], 'numpy': np.__version__, 'pandas': pd.__version__, 'scipy': scipy.__version__},
        'psiEpsilon': PSI_EPSILON,
        **reference(),
    }
    with open(os.path.join(HERE, 'agreement.json'), 'w') as f:
        json.dump(payload, f, indent=1, allow_nan=False)
        f.write('\n')
    print(json.dumps({k: payload[k] for k in ('matched', 'agreement', 'score')}))
