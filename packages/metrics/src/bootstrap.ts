import { linearQuantile } from '@mlship/data';
import { multinomial } from './multinomial';
import { Xoshiro128 } from './random';

/**
 * Paired bootstrap of "candidate minus baseline": each resample draws n row
 * indices with replacement and scores both models on the same rows, so the
 * interval reflects how much of the difference could be luck of the test set.
 *
 * A resample is represented by row multiplicities, never by copied rows.
 * Metrics that depend only on how many rows fall in each (truth, candidate,
 * baseline) cell — every confusion-matrix metric — go further: when all
 * requested metrics are of that kind, the cell counts of n rows drawn with
 * replacement are exactly a Multinomial(n, observed cell counts / n) draw, so
 * a resample costs O(cells) whatever n is. Rank- and score-based metrics
 * (ROC AUC, average precision, log loss, Brier) need each row's weight, so a
 * set that includes one resamples rows.
 */
export interface PairedMetric {
  name: string;
  /** Candidate and baseline value when row i counts weights[i] times. */
  evaluate?(weights: Uint32Array): [number, number];
  /** Row → cell code, shared by every cell metric of one bootstrap run. */
  cells?: { codes: Uint8Array | Int32Array; size: number; evaluate(counts: Float64Array): [number, number] };
}

export interface BootstrapOptions {
  resamples: number;
  seed: number;
  /** Two-sided coverage of the percentile interval, e.g. 0.95. */
  confidence: number;
  /**
   * How cell metrics draw a resample: `multinomial` (the default) from the cell
   * counts, or `rows`, n row indices as the weights path does — the same
   * distribution, kept to check the two against each other and against
   * resamples drawn elsewhere.
   */
  cellDraws?: 'multinomial' | 'rows';
  /** Called about every 10% with resamples done, for the log. */
  progress?: (done: number, total: number) => void;
}

export interface BootstrapInterval {
  metric: string;
  /** Resamples whose difference was defined (a resample may draw a single class, leaving ROC AUC undefined). */
  resamples: number;
  mean: number;
  std: number;
  lower: number;
  upper: number;
  /** Share of resamples where the candidate was not better: a one-sided bootstrap p-value for "improvement > 0". */
  shareAtOrBelowZero: number;
  /** The resampled differences in draw order (kept for charts and tests). */
  differences: Float64Array;
}

export function pairedBootstrap(n: number, metrics: PairedMetric[], options: BootstrapOptions): BootstrapInterval[] {
  const rng = new Xoshiro128(options.seed);
  const diffs = metrics.map(() => new Float64Array(options.resamples));
  const cellCodes = metrics.find((m) => m.cells)?.cells;
  const allCells = metrics.every((m) => m.cells && m.cells.codes === cellCodes?.codes);
  const counts = cellCodes ? new Float64Array(cellCodes.size) : undefined;
  const weights = allCells ? undefined : new Uint32Array(n);
  const step = Math.max(1, Math.round(options.resamples / 10));
  let observed: Float64Array | undefined;
  if (allCells && options.cellDraws !== 'rows') {
    observed = new Float64Array(cellCodes!.size);
    for (const code of cellCodes!.codes) observed[code]!++;
  }

  for (let r = 0; r < options.resamples; r++) {
    if (observed) {
      multinomial(rng, n, observed, counts!);
    } else if (allCells) {
      counts!.fill(0);
      rng.countCodes(n, cellCodes!.codes, counts!);
    } else {
      weights!.fill(0);
      rng.countDraws(n, weights!);
      if (counts) {
        counts.fill(0);
        const codes = cellCodes!.codes;
        for (let i = 0; i < n; i++) counts[codes[i]!]! += weights![i]!;
      }
    }
    metrics.forEach((m, j) => {
      const [cand, base] = m.cells ? m.cells.evaluate(counts!) : m.evaluate!(weights!);
      diffs[j]![r] = cand - base;
    });
    if (options.progress && ((r + 1) % step === 0 || r + 1 === options.resamples)) options.progress(r + 1, options.resamples);
  }
  return metrics.map((m, j) => summarise(m.name, diffs[j]!, options.confidence));
}

function summarise(metric: string, differences: Float64Array, confidence: number): BootstrapInterval {
  const defined = differences.filter((d) => !Number.isNaN(d)).sort();
  const k = defined.length;
  if (k === 0) return { metric, resamples: 0, mean: NaN, std: NaN, lower: NaN, upper: NaN, shareAtOrBelowZero: NaN, differences };
  let sum = 0;
  for (const d of defined) sum += d;
  const mean = sum / k;
  let ss = 0;
  for (const d of defined) ss += (d - mean) * (d - mean);
  const alpha = (1 - confidence) / 2;
  let notBetter = 0;
  while (notBetter < k && defined[notBetter]! <= 0) notBetter++;
  return {
    metric,
    resamples: k,
    mean,
    std: k > 1 ? Math.sqrt(ss / (k - 1)) : NaN,
    lower: linearQuantile(k, alpha, (i) => defined[i]!),
    upper: linearQuantile(k, 1 - alpha, (i) => defined[i]!),
    shareAtOrBelowZero: notBetter / k,
    differences,
  };
}
