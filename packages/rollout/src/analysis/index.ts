export { buildPlan, parseSteps, parseTolerance, parseMetricLines, DEFAULT_STEPS, type AnalysisPlan, type MetricCheck, type Comparison, type Tolerance, type PlanInputs } from './plan';
export { judgeInterval, judgeMetric, type IntervalResult, type MetricObservation, type Verdict } from './interval';
export { runAnalysis, progressLine, realClock, type AnalysisResult, type FinalVerdict, type StepResult, type Clock, type RunOptions } from './engine';
export { buildCanaryReport, stepsJson } from './report';
