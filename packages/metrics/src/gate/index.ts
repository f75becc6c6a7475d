export * from './config';
export * from './evaluate';
export * from './report';
export { isMetricsFile, readMetricsFile } from './metrics-file';
export { probeLatency, modelSizeMb, readLatencySamples } from './measurements';
