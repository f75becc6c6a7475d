#!/usr/bin/python3
"""Minimum canary requests per interval for canary-check's latency comparison.

Run with Debian's interpreter (python3-scipy):

    /usr/bin/python3 bench/canary-power/min_requests.py

canary-check fails an interval on p95-latency when (1) the canary's p95, as
histogram_quantile reads it, exceeds stable's by more than max-increase, (2)
the buckets themselves show that excess (fewer than 95 % of the canary's
requests at or below the first bucket bound past stable's p95 + max-increase),
and (3) Mann-Whitney U over the bucket ranks of every request is significant
(scipy.stats.mannwhitneyu(alternative='greater', method='asymptotic') on the
expanded samples, as packages/rollout/src/stats/binned-mann-whitney.ts
computes it). This script simulates that rule on log-normal latencies
(sigma 0.5) with stable's p95 at 0.1 s, the canary at 10 % of the traffic
(stable serves 9 times its requests), max-increase 20 %, significance 0.05,
and prints, per effect size and bucket layout, the fewest canary requests per
interval that catch the regression in at least 95 % of intervals, plus the
false-alarm rate of identical tracks at that count. The README's table is
this output.
"""
import numpy as np
from scipy import stats

SEED = 20261206
REPS = 400
SIGMA = 0.5
STABLE_P95 = 0.1
MAX_INCREASE = 0.2
ALPHA = 0.05
STABLE_PER_CANARY = 9
Z95 = stats.norm.ppf(0.95)
LAYOUTS = {
    "prom-client default buckets (…, 0.05, 0.1, 0.25, 0.5, 1, …)": [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, np.inf],
    "finer buckets around the p95 (0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, …)": [0.025, 0.05, 0.075, 0.1, 0.125, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.75, 1, 2.5, np.inf],
}
EFFECTS = [1.5, 2.0, 3.0, 5.0]
COUNTS = [20, 30, 40, 50, 60, 80, 100, 150, 200, 300, 400, 600, 800, 1200, 1600, 2400, 3200]


def histogram_quantile(q, bounds, cumulative):
    """Prometheus' bucketQuantile on one histogram (bounds increasing, +Inf last)."""
    total = cumulative[-1]
    rank = q * total
    b = int(np.searchsorted(cumulative, rank, side="left"))
    if b == len(bounds) - 1:
        return bounds[-2]
    start = 0.0 if b == 0 else bounds[b - 1]
    below = 0.0 if b == 0 else cumulative[b - 1]
    return start + (bounds[b] - start) * (rank - below) / (cumulative[b] - below)


def fails(rng, bounds, n_canary, canary_p95):
    bounds = np.array(bounds)
    draw = lambda n, p95: rng.lognormal(np.log(p95) - Z95 * SIGMA, SIGMA, n)
    c_idx = np.searchsorted(bounds, draw(n_canary, canary_p95), side="left")
    s_idx = np.searchsorted(bounds, draw(n_canary * STABLE_PER_CANARY, STABLE_P95), side="left")
    c_cum = np.cumsum(np.bincount(c_idx, minlength=len(bounds)))
    s_cum = np.cumsum(np.bincount(s_idx, minlength=len(bounds)))
    c_p95 = histogram_quantile(0.95, bounds, c_cum)
    s_p95 = histogram_quantile(0.95, bounds, s_cum)
    limit = s_p95 * (1 + MAX_INCREASE)
    if not c_p95 - s_p95 > s_p95 * MAX_INCREASE:
        return False
    first = int(np.searchsorted(bounds, limit, side="left"))
    if first >= len(bounds) - 1 or not c_cum[first] < 0.95 * c_cum[-1]:
        return False
    p = stats.mannwhitneyu(c_idx, s_idx, alternative="greater", method="asymptotic").pvalue
    return p < ALPHA


def rate(rng, bounds, n, p95):
    return sum(fails(rng, bounds, n, p95) for _ in range(REPS)) / REPS


def main():
    rng = np.random.default_rng(SEED)
    print(f"stable p95 {STABLE_P95} s, log-normal sigma {SIGMA}, stable serves {STABLE_PER_CANARY}x the canary's requests, max-increase {MAX_INCREASE:.0%}, significance {ALPHA}, {REPS} intervals per cell")
    for name, bounds in LAYOUTS.items():
        print(f"\n{name}")
        print("| canary p95 vs stable | fewest canary requests per interval for 95 % power | false alarms of identical tracks at that count |")
        print("| --- | --- | --- |")
        for effect in EFFECTS:
            found = None
            for n in COUNTS:
                if rate(rng, bounds, n, STABLE_P95 * effect) >= 0.95:
                    found = n
                    break
            if found is None:
                print(f"| {effect:g}x | not reached by {COUNTS[-1]} (the buckets cannot show it) | — |")
            else:
                print(f"| {effect:g}x | {found} | {rate(rng, bounds, found, STABLE_P95):.1%} |")


if __name__ == "__main__":
    main()
