export * from './errors';
export * from './ids';
export * from './mac';
export * from './network';
export * from './port';
export * from './scope';
export * from './subnet';
export * from './topology';
