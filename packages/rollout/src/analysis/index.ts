export { buildPlan, buildJudgingPlan, parseSteps, parseTolerance, parseMetricLines, DEFAULT_STEPS, CANARY_NAMES, type AnalysisPlan, type JudgingPlan, type TrackNames, type MetricCheck, type Comparison, type Tolerance, type PlanInputs } from './plan';
export { judgeInterval, judgeMetric, type IntervalResult, type MetricObservation, type Verdict } from './interval';
export { runAnalysis, judgeStep, budgetSpent, progressLine, realClock, type AnalysisResult, type FinalVerdict, type StepResult, type StepOptions, type Clock, type RunOptions } from './engine';
export { buildCanaryReport, stepsJson, metricCheck, metricsTable, intervalsTable, intervalCharts } from './report';
