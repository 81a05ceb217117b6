export * from './backend';
export * from './input';
export * from './json';
export * from './policy';
export * from './routes';
export * from './schema';
