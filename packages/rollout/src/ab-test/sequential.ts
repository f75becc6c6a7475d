/**
 * The always-valid test behind the A/B verdicts: the mixture sequential
 * probability ratio test (mSPRT) of Johari, Koomen, Pekelis and Walsh
 * ("Peeking at A/B tests", KDD 2017; "Always valid inference", Operations
 * Research 2022) for the difference of two proportions, with the normal
 * approximation and a normal mixing distribution N(0, τ²) over the effect.
 *
 * With θ̂ = p̂_candidate − p̂_control and its plug-in variance
 * V = p̂_c(1−p̂_c)/n_c + p̂_t(1−p̂_t)/n_t, the mixture likelihood ratio of
 * H0: θ = θ0 is
 *
 *   Λ(θ0) = √(V / (V + τ²)) · exp( τ² (θ̂ − θ0)² / (2 V (V + τ²)) ).
 *
 * Under H0, Λ is a nonnegative martingale with mean 1, so by Ville's
 * inequality P(Λ ever ≥ 1/α) ≤ α however often it is looked at. Hence the
 * always-valid p-value p_n = min(p_{n−1}, 1/Λ_n(0)) and the confidence
 * sequence {θ0 : Λ(θ0) < 1/α}, a centred interval of half-width
 *
 *   r = √( 2V(V + τ²)/τ² · (ln(1/α) + ½ ln((V + τ²)/V)) ),
 *
 * intersected over peeks (each peek's interval covers θ at every time with
 * probability 1 − α, so their running intersection does too).
 */

export interface Arm {
  successes: number;
  trials: number;
}

/**
 * The normal approximation needs both outcomes in each arm: below this many
 * successes or failures a peek is not judged (the usual np ≥ 5 rule).
 */
export const MIN_OUTCOMES = 5;

export interface Peek {
  controlRate: number;
  candidateRate: number;
  /** candidateRate − controlRate. */
  difference: number;
  /** difference / controlRate; null when control converted nothing. */
  lift: number | null;
  /** Plug-in variance of the difference. */
  variance: number;
  /** ln Λ(0). */
  logLambda: number;
  /** min(1, 1/Λ(0)) at this peek alone. */
  pValue: number;
  /** This peek's always-valid interval for the difference. */
  lower: number;
  upper: number;
}

/** Why a peek could not be judged, in words; null when it can. */
export function unjudgeable(control: Arm, candidate: Arm): string | null {
  for (const [name, a] of [
    ['control', control],
    ['candidate', candidate],
  ] as const) {
    if (!(a.trials > 0)) return `${name} has no trials yet`;
    if (a.successes < MIN_OUTCOMES || a.trials - a.successes < MIN_OUTCOMES) {
      return `${name} has ${a.successes} successes in ${a.trials} trials; each variant needs at least ${MIN_OUTCOMES} successes and ${MIN_OUTCOMES} failures for the normal approximation`;
    }
  }
  return null;
}

const rateVariance = (p: number, n: number) => (p * (1 - p)) / n;

/** ln Λ(θ0) for a difference estimate with variance V (see the module comment). */
export function logMixtureRatio(difference: number, variance: number, tau: number, theta0 = 0): number {
  const t2 = tau * tau;
  const d = difference - theta0;
  return 0.5 * Math.log(variance / (variance + t2)) + (t2 * d * d) / (2 * variance * (variance + t2));
}

/** Half-width of the always-valid interval for variance V. */
export function halfWidth(variance: number, tau: number, alpha: number): number {
  const t2 = tau * tau;
  return Math.sqrt(((2 * variance * (variance + t2)) / t2) * (Math.log(1 / alpha) + 0.5 * Math.log((variance + t2) / variance)));
}

export function peek(control: Arm, candidate: Arm, o: { tau: number; alpha: number }): Peek {
  const controlRate = control.successes / control.trials;
  const candidateRate = candidate.successes / candidate.trials;
  const difference = candidateRate - controlRate;
  const variance = rateVariance(controlRate, control.trials) + rateVariance(candidateRate, candidate.trials);
  const logLambda = logMixtureRatio(difference, variance, o.tau);
  const r = halfWidth(variance, o.tau, o.alpha);
  return {
    controlRate,
    candidateRate,
    difference,
    lift: controlRate > 0 ? difference / controlRate : null,
    variance,
    logLambda,
    pValue: Math.min(1, Math.exp(-logLambda)),
    lower: difference - r,
    upper: difference + r,
  };
}

/**
 * Total trials (both variants) at which the always-valid interval's
 * half-width falls to `mde`, for the given rates and candidate share of
 * traffic: the half-width grows with V (d/dV of V·ln(1 + τ²/V) is
 * ln(1 + y) − y/(1 + y) > 0 with y = τ²/V), so V* solves halfWidth(V*) = mde by
 * bisection and n = (p_c(1−p_c)/(1−w) + p_t(1−p_t)/w) / V* (not rounded). A difference of
 * `mde` is then told from 0, and a difference of 0 from ±mde.
 */
export function trialsFor(mde: number, rates: { control: number; candidate: number }, candidateShare: number, o: { tau: number; alpha: number }): number {
  const spread = rates.control * (1 - rates.control) / (1 - candidateShare) + (rates.candidate * (1 - rates.candidate)) / candidateShare;
  if (!(spread > 0)) return Infinity;
  let lo = 0;
  let hi = mde * mde;
  while (halfWidth(hi, o.tau, o.alpha) < mde) hi *= 2;
  for (let i = 0; i < 200 && hi - lo > 1e-15 * hi; i++) {
    const mid = (lo + hi) / 2;
    if (halfWidth(mid, o.tau, o.alpha) < mde) lo = mid;
    else hi = mid;
  }
  return spread / lo;
}

export type Decision = 'candidate-wins' | 'control-wins' | 'no-difference';

/** Where the running state of the test stands after each peek. */
export interface SequentialState {
  peeks: number;
  /** Running minimum of the per-peek p-values: always valid. */
  pValue: number;
  /** Running intersection of the per-peek intervals. */
  lower: number;
  upper: number;
  decision: Decision | null;
}

export const initialState = (): SequentialState => ({ peeks: 0, pValue: 1, lower: -Infinity, upper: Infinity, decision: null });

/**
 * One more peek. A decision needs the interval to exclude 0 (a winner) or to
 * sit inside (−mde, +mde) — the minimum detectable effect excluded both ways
 * (no difference that matters). Both are decided on the running interval, so
 * each holds with the confidence sequence's 1 − α guarantee.
 */
export function update(state: SequentialState, p: Peek, mde: number): SequentialState {
  const lower = Math.max(state.lower, p.lower);
  const upper = Math.min(state.upper, p.upper);
  const decision: Decision | null = lower > 0 ? 'candidate-wins' : upper < 0 ? 'control-wins' : lower > -mde && upper < mde ? 'no-difference' : null;
  return { peeks: state.peeks + 1, pValue: Math.min(state.pValue, p.pValue), lower, upper, decision };
}
