export * from './prometheus';
export * from './metrics-server';
