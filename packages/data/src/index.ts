export * from './table';
export * from './stats/distribution';
export * from './checks/config';
export * from './checks/load';
export * from './checks/defaults';
export * from './validate';
export * from './report';
export * from './checks/suggest';
