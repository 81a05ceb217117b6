export * from './descriptor';
export * from './filters';
export * from './routes';
export * from './schema';
