export { psi, psiCategorical, psiTerm, quantileEdges, binShares, PSI_EPSILON, type PsiBin, type PsiCategoryBin, type PsiOptions, type PsiResult } from './psi';
export { ksFromStatistic, ksTwoSample, type KsResult } from './ks';
export { chiSquare, type ChiSquareResult } from './chi-square';
export { jensenShannon, jensenShannonBinned, jensenShannonDistance } from './jensen-shannon';
export { exactNumeric, exactCategorical, categoricalFromCounts } from './exact';
export { alignCategories, type AlignedCounts } from './categories';
export { EmptyDistributionError, isEmptyDistributionError, type DriftSide } from './errors';
export { gammaincc, gammainc, chi2Sf, logGamma } from './special';
export { kstwoSf, kolmogn, smirnovSf } from './kolmogorov';
