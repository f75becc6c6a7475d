export { normalCdf, normalSf } from './normal';
export { twoProportionZTest, type Proportion, type TwoProportionResult } from './two-proportion';
export { mannWhitneyU, type MannWhitneyResult } from './mann-whitney';
export { binnedMannWhitney, type BinnedMannWhitneyResult } from './binned-mann-whitney';
