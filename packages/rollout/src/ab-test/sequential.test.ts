import fs from 'node:fs';
import path from 'node:path';
import { rng } from '@mlship/core/testing';
import { normalSf } from '../stats';
import { initialState, peek, trialsFor, unjudgeable, update, type Arm, type Decision, type SequentialState } from './sequential';

/** SciPy's values (__golden__/make_golden.py): every number within 1e-9, relative or absolute. */
const golden = JSON.parse(fs.readFileSync(path.join(path.dirname(new URL(import.meta.url).pathname), '__golden__/golden.json'), 'utf8'));

const close = (actual: number, expected: number, what: string, tolerance = 1e-9) => {
  if (!(Math.abs(actual - expected) <= tolerance * Math.max(1, Math.abs(expected)))) throw new Error(`${what}: got ${actual}, SciPy says ${expected}`);
};

/** The naive fixed-horizon test: two-sided pooled two-proportion z-test. */
function zTestP(control: Arm, candidate: Arm): number {
  const pooled = (control.successes + candidate.successes) / (control.trials + candidate.trials);
  const se = Math.sqrt(pooled * (1 - pooled) * (1 / control.trials + 1 / candidate.trials));
  return 2 * normalSf(Math.abs(candidate.successes / candidate.trials - control.successes / control.trials) / se);
}

describe('mixture SPRT for two proportions, against SciPy', () => {
  type Case = { control: Arm; candidate: Arm; tau: number; alpha: number; mde: number; share: number; difference: number; variance: number; log_lambda: number; p_value: number; lower: number; upper: number; trials: number; z_p_value: number };
  it.each((golden.cases as Case[]).map((c, i) => ({ ...c, i })))('case $i: control $control.successes/$control.trials vs candidate $candidate.successes/$candidate.trials, tau $tau', (c) => {
    const p = peek(c.control, c.candidate, { tau: c.tau, alpha: c.alpha });
    close(p.difference, c.difference, 'difference');
    close(p.variance, c.variance, 'variance');
    close(p.logLambda, c.log_lambda, 'ln Λ');
    close(p.pValue, c.p_value, 'p-value');
    close(p.lower, c.lower, 'lower bound');
    close(p.upper, c.upper, 'upper bound');
    close(trialsFor(c.mde, { control: p.controlRate, candidate: p.candidateRate }, c.share, { tau: c.tau, alpha: c.alpha }), c.trials, 'trials', 1e-8);
    close(zTestP(c.control, c.candidate), c.z_p_value, 'naive z-test p');
  });

  type Sequence = { tau: number; alpha: number; mde: number; peeks: { control: Arm; candidate: Arm; p_value: number; lower: number; upper: number; decision: Decision | null }[] };
  it.each((golden.sequences as Sequence[]).map((s, i) => ({ ...s, i, last: s.peeks.at(-1)!.decision })))('sequence $i: running p-value, interval and decision at each peek ($last)', (s) => {
    let state: SequentialState = initialState();
    for (const [k, g] of s.peeks.entries()) {
      state = update(state, peek(g.control, g.candidate, { tau: s.tau, alpha: s.alpha }), s.mde);
      close(state.pValue, g.p_value, `peek ${k + 1} p-value`);
      close(state.lower, g.lower, `peek ${k + 1} lower`);
      close(state.upper, g.upper, `peek ${k + 1} upper`);
      expect([k + 1, state.decision]).toEqual([k + 1, g.decision]);
    }
  });

  it('covers every decision and an undecided peek in the golden sequences', () => {
    const decisions = new Set((golden.sequences as Sequence[]).flatMap((s) => s.peeks.map((p) => p.decision)));
    expect(decisions).toEqual(new Set(['candidate-wins', 'control-wins', 'no-difference', null]));
  });

  it('does not judge a variant without both outcomes', () => {
    expect(unjudgeable({ successes: 0, trials: 0 }, { successes: 3, trials: 100 })).toBe('control has no trials yet');
    expect(unjudgeable({ successes: 50, trials: 100 }, { successes: 4, trials: 100 })).toMatch(/^candidate has 4 successes in 100 trials; each variant needs at least 5 successes and 5 failures/);
    expect(unjudgeable({ successes: 96, trials: 100 }, { successes: 50, trials: 100 })).toMatch(/^control has 96 successes in 100 trials/);
    expect(unjudgeable({ successes: 5, trials: 10 }, { successes: 5, trials: 10 })).toBeNull();
  });
});

/**
 * Peeking, simulated at the statistics level: 200 seeded A/A runs (both
 * variants convert at 10 %), 100 trials per variant between peeks, 50 peeks,
 * α = 0.05. A run is a false positive when a winner is declared at any peek.
 * With 200 runs the observed rate of a test whose true rate is α has a
 * binomial standard error of √(α(1 − α)/200) ≈ 0.0154, so the bound allows α
 * plus two standard errors: at most 16 of 200. The naive z-test peeking the
 * same way must exceed that bound (its true rate with 50 looks is near 30 %).
 */
describe('200 seeded A/A runs peeking at every interval', () => {
  const RUNS = 200;
  const PEEKS = 50;
  const PER_PEEK = 100;
  const ALPHA = 0.05;
  const allowed = Math.floor(RUNS * (ALPHA + 2 * Math.sqrt((ALPHA * (1 - ALPHA)) / RUNS)));

  function simulate(rates: { control: number; candidate: number }, seed: number) {
    const random = rng(seed);
    const draw = (p: number) => {
      let n = 0;
      for (let i = 0; i < PER_PEEK; i++) if (random() < p) n++;
      return n;
    };
    const outcomes = { sequential: [] as (Decision | null)[], naive: 0 };
    for (let run = 0; run < RUNS; run++) {
      const control = { successes: 0, trials: 0 };
      const candidate = { successes: 0, trials: 0 };
      let state = initialState();
      let naiveFired = false;
      for (let k = 0; k < PEEKS; k++) {
        control.successes += draw(rates.control);
        candidate.successes += draw(rates.candidate);
        control.trials += PER_PEEK;
        candidate.trials += PER_PEEK;
        if (unjudgeable(control, candidate)) continue;
        if (!naiveFired && zTestP(control, candidate) < ALPHA) naiveFired = true;
        if (!state.decision) state = update(state, peek(control, candidate, { tau: 0.02, alpha: ALPHA }), 0.02);
      }
      outcomes.sequential.push(state.decision);
      if (naiveFired) outcomes.naive++;
    }
    return outcomes;
  }

  it(`the mixture SPRT declares a winner in at most ${allowed} of ${RUNS} (α + 2 binomial standard errors); the naive z-test in more`, () => {
    expect(allowed).toBe(16);
    const { sequential, naive } = simulate({ control: 0.1, candidate: 0.1 }, 7);
    const falsePositives = sequential.filter((d) => d === 'candidate-wins' || d === 'control-wins').length;
    expect(falsePositives).toBeLessThanOrEqual(allowed);
    expect(naive).toBeGreaterThan(allowed);
  });

  it('still finds a real effect: 10 % vs 13 % is declared for the candidate in most runs, never for control', () => {
    const { sequential } = simulate({ control: 0.1, candidate: 0.13 }, 8);
    expect(sequential.filter((d) => d === 'candidate-wins').length).toBeGreaterThan(RUNS * 0.8);
    expect(sequential.filter((d) => d === 'control-wins').length).toBe(0);
  });
});
