export * from './column';
export * from './table';
export * from './hash';
export * from './quantiles';
export * from './distinct';
export * from './frequencies';
export * from './moments';
export * from './distinct-rows';
