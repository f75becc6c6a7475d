export * from './table';
export * from './stats/distribution';
