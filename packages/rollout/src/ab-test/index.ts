export { buildAbPlan, parseEffect, parseVariantMetric, ships, AB_NAMES, SHIP_ORDER, type AbPlan, type AbPlanInputs, type ShipOn, type VariantMetric } from './plan';
export { runAbTest, peekLine, type AbResult, type AbVerdict, type AbRunOptions, type PeekRecord } from './engine';
export { buildAbReport, abJson, peeksJson } from './report';
export { peek, update, initialState, trialsFor, halfWidth, logMixtureRatio, unjudgeable, MIN_OUTCOMES, type Arm, type Peek, type SequentialState, type Decision } from './sequential';
