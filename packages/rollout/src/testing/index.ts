export * from './prometheus';
export * from './metrics-server';
export * from './kubectl-deployment';
