export * from './action-contract';
export * from './user-error-line';
export * from './rng';
