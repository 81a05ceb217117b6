export type { FeedEvent, FeedReportHandler, HostLivenessReport, PortStatusReport, PortWiring, ReportAck } from './types';
export { MAX_PORT_STATUS_REPORTS } from './types';
export { createFeedService, FEED_SERVICE_DEFAULTS, type FeedServiceOptions } from './server/feed-service';
export { RawRequestFeedService } from './server/request-decoding';
export { FEED_INPUT_LIMITS } from './server/input-limits';
export { EVICTION_DETAILS } from './server/watch-session';
export { FeedClient, type FeedClientOptions, type FeedWatchOptions } from './client/feed-client';
export { backoffDelayMs, DEFAULT_BACKOFF, type BackoffOptions } from './client/backoff';
export { fromServiceError, toGrpcStatus, ERROR_PARAMS_HEADER, ERROR_TYPE_HEADER } from './grpc-errors';
