export { compareLogs, NO_SEGMENT, type Agreement, type ScoreShift, type SegmentAgreement } from './agreement';
export { createMirror, parseMirrorCommand, parseMirrorPercentage, CommandMirror, IstioMirror, NoMirror, type Mirror, type MirrorConfig, type IstioMirrorOptions } from './mirror';
export { readPredictions, preflightLog, parseLogLocation, isUnreadable, type LogOptions, type Prediction, type PredictionColumns, type PredictionLog, type UnreadableLog } from './predictions';
export { AGREEMENT_METRICS, agreementValue, needsScores, judgeThresholds, parseAgreementThresholds, type AgreementMetric, type AgreementThreshold, type ThresholdResult } from './thresholds';
export { judgeShadow, userImpact, type ShadowJudgement, type ShadowOutcome, type ShadowVerdict } from './verdict';
export { buildShadowReport, type ShadowRun } from './report';
export { shadowSourceInputs, toMetricSourceInputs, SHADOW_TRACK_NAMES, type ShadowSourceInputs } from './source-inputs';
