// What other projects (benchmarks, cross-app tests, the all-in-one) may start central-api with.
export { buildApp, type BuildAppOptions, type CentralServices } from './app';
export { CentralConfigSchema, DEFAULT_CENTRAL_CONFIG, StoreConfigSchema, type CentralConfig, type StoreConfig } from './config';
export { openCentralStore, type OpenedStore } from './open-store';
export { startCentralFeedServer, type CentralFeedServer, type CentralFeedServerOptions } from './grpc/feed-server';
export { createFeedReports } from './grpc/feed-reports';
