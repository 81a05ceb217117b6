export * from './backend';
export * from './binding-routes';
export * from './input';
export * from './json';
export * from './policy';
export * from './routes';
export * from './schema';
