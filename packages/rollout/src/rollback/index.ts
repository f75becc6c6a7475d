export * from './step';
export * from '../argv';
export * from './kubectl';
export * from './registry';
export * from './command';
export * from './webhook';
export * from './switch-back';
