/**
 * Regression errors with scikit-learn's definitions: RMSE is √MSE, R² is 1.0
 * for a perfect fit of a constant target and 0.0 for an imperfect one
 * (`force_finite=True`), and MAPE divides by max(|y|, float64 eps), so a zero
 * target gives a huge but finite error rather than infinity.
 */
const EPS = 2.220446049250313e-16;

export interface RegressionMetrics {
  mean_absolute_error: number;
  mean_squared_error: number;
  root_mean_squared_error: number;
  r2: number;
  mean_absolute_percentage_error: number;
}

export function regressionMetrics(truth: ArrayLike<number>, pred: ArrayLike<number>, weights?: ArrayLike<number>): RegressionMetrics {
  let w = 0;
  let wy = 0;
  for (let i = 0; i < truth.length; i++) {
    const wi = weights ? weights[i]! : 1;
    w += wi;
    wy += wi * truth[i]!;
  }
  const mean = wy / w;
  let abs = 0;
  let sq = 0;
  let pct = 0;
  let tot = 0;
  for (let i = 0; i < truth.length; i++) {
    const wi = weights ? weights[i]! : 1;
    const y = truth[i]!;
    const e = y - pred[i]!;
    abs += wi * Math.abs(e);
    sq += wi * e * e;
    pct += (wi * Math.abs(e)) / Math.max(Math.abs(y), EPS);
    tot += wi * (y - mean) * (y - mean);
  }
  const mse = sq / w;
  const r2 = tot === 0 ? (sq === 0 ? 1 : 0) : 1 - sq / tot;
  return {
    mean_absolute_error: abs / w,
    mean_squared_error: mse,
    root_mean_squared_error: Math.sqrt(mse),
    r2,
    mean_absolute_percentage_error: pct / w,
  };
}
