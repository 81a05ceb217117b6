export * from './descriptor';
export * from './routes';
