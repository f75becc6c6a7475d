#!/usr/bin/python3
"""Golden values for packages/rollout/src/ab-test/sequential.ts, from SciPy.

Run with Debian's interpreter (python3-scipy 1.10, python3-numpy):

    /usr/bin/python3 packages/rollout/src/ab-test/__golden__/make_golden.py

Writes golden.json next to this script. Nothing here reuses the TypeScript's
closed forms; each quantity is computed from its definition:

  log_lambda   the mixture likelihood ratio of H0: theta = 0 for the
               difference estimate d ~ N(theta, V) with theta ~ N(0, tau^2):
               the marginal density of d under the mixture, N(0, V + tau^2),
               over its density under H0, N(0, V), with scipy.stats.norm.logpdf;
               checked here against scipy.integrate.quad of the mixture
               integral itself.
  lower/upper  the always-valid interval {theta0 : Lambda(theta0) < 1/alpha},
               its two ends found with scipy.optimize.brentq.
  trials       total trials at which that interval's half-width equals the
               minimum detectable effect: brentq over V of the half-width
               (itself a brentq root), then n = spread / V.
  z_p_value    the naive fixed-horizon two-sided pooled z-test
               (statsmodels' proportions_ztest with prop_var=False), written
               out with scipy.stats.norm.sf.
  sequences    cumulative counts peeked at in turn: the running minimum of
               the p-values, the running intersection of the intervals and
               the decision at each peek.
"""
import json
import math
import os

import numpy as np
import scipy
from scipy import integrate, optimize, stats

HERE = os.path.dirname(os.path.abspath(__file__))


def log_lr(d, v, tau, theta0=0.0):
    return stats.norm.logpdf(d, theta0, math.sqrt(v + tau * tau)) - stats.norm.logpdf(d, theta0, math.sqrt(v))


def log_lr_quad(d, v, tau):
    # The mixture integral, scaled by its largest integrand so it stays finite.
    def log_integrand(theta):
        return stats.norm.logpdf(d, theta, math.sqrt(v)) - stats.norm.logpdf(d, 0.0, math.sqrt(v)) + stats.norm.logpdf(theta, 0.0, tau)

    centre = d * tau * tau / (v + tau * tau)
    scale = log_integrand(centre)
    sd = math.sqrt(v * tau * tau / (v + tau * tau))
    value, _ = integrate.quad(lambda t: math.exp(log_integrand(t) - scale), centre - 40 * sd, centre + 40 * sd, epsabs=0, epsrel=1e-13, limit=200, points=[centre])
    return scale + math.log(value)


def interval(d, v, tau, alpha):
    target = math.log(1 / alpha)
    f = lambda theta0: log_lr(d, v, tau, theta0) - target
    span = 1.0
    while f(d + span) < 0:
        span *= 2
    upper = optimize.brentq(f, d, d + span, xtol=1e-16, rtol=4 * np.finfo(float).eps, maxiter=500)
    lower = optimize.brentq(f, d - span, d, xtol=1e-16, rtol=4 * np.finfo(float).eps, maxiter=500)
    return lower, upper


def half_width(v, tau, alpha):
    lo, hi = interval(0.0, v, tau, alpha)
    return (hi - lo) / 2


def trials(mde, p_control, p_candidate, share, tau, alpha):
    spread = p_control * (1 - p_control) / (1 - share) + p_candidate * (1 - p_candidate) / share
    hi = mde * mde
    while half_width(hi, tau, alpha) < mde:
        hi *= 2
    v_star = optimize.brentq(lambda v: half_width(v, tau, alpha) - mde, 1e-14, hi, xtol=1e-20, rtol=1e-13, maxiter=500)
    return spread / v_star


def z_two_sided(s1, n1, s2, n2):
    pooled = (s1 + s2) / (n1 + n2)
    se = math.sqrt(pooled * (1 - pooled) * (1 / n1 + 1 / n2))
    z = (s2 / n2 - s1 / n1) / se
    return 2 * stats.norm.sf(abs(z))


def peek(control, candidate, tau, alpha):
    (s1, n1), (s2, n2) = control, candidate
    p1, p2 = s1 / n1, s2 / n2
    d = p2 - p1
    v = p1 * (1 - p1) / n1 + p2 * (1 - p2) / n2
    lam = log_lr(d, v, tau)
    quad = log_lr_quad(d, v, tau)
    assert abs(lam - quad) <= 1e-9 * max(1, abs(lam)), (control, candidate, lam, quad)
    lower, upper = interval(d, v, tau, alpha)
    return {"difference": d, "variance": v, "log_lambda": lam, "p_value": min(1.0, math.exp(-lam)), "lower": lower, "upper": upper}


cases = []
for control, candidate, tau, alpha, mde, share in [
    ((100, 1000), (130, 1000), 0.02, 0.05, 0.02, 0.5),
    ((100, 1000), (100, 1000), 0.02, 0.05, 0.02, 0.5),
    ((520, 10000), (610, 10000), 0.01, 0.05, 0.01, 0.5),
    ((5000, 50000), (5050, 50000), 0.005, 0.05, 0.005, 0.5),
    ((45, 900), (20, 100), 0.05, 0.1, 0.05, 0.1),
    ((300, 2000), (250, 2000), 0.03, 0.01, 0.03, 0.5),
    ((12, 40), (30, 60), 0.1, 0.05, 0.1, 0.6),
    ((9000, 10000), (8900, 10000), 0.01, 0.05, 0.01, 0.5),
    ((1234, 56789), (1300, 55000), 0.002, 0.05, 0.004, 0.5),
    ((700, 7000), (760, 7000), 0.05, 0.05, 0.01, 0.5),
]:
    p = peek(control, candidate, tau, alpha)
    p1, p2 = control[0] / control[1], candidate[0] / candidate[1]
    cases.append({
        "control": {"successes": control[0], "trials": control[1]},
        "candidate": {"successes": candidate[0], "trials": candidate[1]},
        "tau": tau, "alpha": alpha, "mde": mde, "share": share,
        **p,
        "trials": trials(mde, p1, p2, share, tau, alpha),
        "z_p_value": z_two_sided(control[0], control[1], candidate[0], candidate[1]),
    })


def sequence(peeks, tau, alpha, mde):
    out = []
    p_min, lo, hi = 1.0, -math.inf, math.inf
    for control, candidate in peeks:
        p = peek(control, candidate, tau, alpha)
        p_min = min(p_min, p["p_value"])
        lo, hi = max(lo, p["lower"]), min(hi, p["upper"])
        decision = "candidate-wins" if lo > 0 else "control-wins" if hi < 0 else "no-difference" if (lo > -mde and hi < mde) else None
        out.append({"control": {"successes": control[0], "trials": control[1]}, "candidate": {"successes": candidate[0], "trials": candidate[1]}, "p_value": p_min, "lower": lo, "upper": hi, "decision": decision})
    return out


rng = np.random.default_rng(20261206)


def simulated(rate_control, rate_candidate, per_peek, n_peeks):
    s1 = s2 = n1 = n2 = 0
    peeks = []
    for _ in range(n_peeks):
        s1 += int(rng.binomial(per_peek, rate_control))
        s2 += int(rng.binomial(per_peek, rate_candidate))
        n1 += per_peek
        n2 += per_peek
        peeks.append(((s1, n1), (s2, n2)))
    return peeks


sequences = [
    {"tau": 0.02, "alpha": 0.05, "mde": 0.02, "peeks": sequence(simulated(0.10, 0.13, 200, 12), 0.02, 0.05, 0.02)},
    {"tau": 0.02, "alpha": 0.05, "mde": 0.02, "peeks": sequence(simulated(0.10, 0.10, 1000, 12), 0.02, 0.05, 0.02)},
    {"tau": 0.01, "alpha": 0.05, "mde": 0.01, "peeks": sequence(simulated(0.20, 0.17, 500, 12), 0.01, 0.05, 0.01)},
]

with open(os.path.join(HERE, "golden.json"), "w") as f:
    json.dump({"scipy": scipy.__version__, "numpy": np.__version__, "cases": cases, "sequences": sequences}, f, indent=1)
    f.write("\n")
print(f"wrote {len(cases)} cases and {len(sequences)} sequences")
