export * from './backend';
export * from './descriptor';
export * from './input';
export * from './json';
export * from './policy';
export * from './routes';
export * from './schema';
export * from './store';
