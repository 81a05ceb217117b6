export type { FeedEvent, FeedReportHandler, RejectedChange as RejectedFeedChange, HostLivenessReport, PortStatusReport, PortWiring, ReportAck } from './types';
export { MAX_PORT_STATUS_REPORTS } from './types';
export { createFeedService, createFeedV2Service, FEED_SERVICE_DEFAULTS, type FeedServiceOptions } from './server/feed-service';
export { RawRequestFeedService, RawRequestFeedV2Service } from './server/request-decoding';
export { FEED_INPUT_LIMITS } from './server/input-limits';
export { EVICTION_DETAILS } from './server/watch-session';
export { FeedClient, type FeedClientOptions, type FeedResourceWatchOptions, type FeedWatchOptions } from './client/feed-client';
export { backoffDelayMs, DEFAULT_BACKOFF, type BackoffOptions } from './client/backoff';
export { fromServiceError, toGrpcStatus, ERROR_PARAMS_HEADER, ERROR_TYPE_HEADER } from './grpc-errors';
export {
  ADDRESSING_KINDS,
  RESOURCE_KINDS,
  SPEC_KINDS,
  STATUS_KINDS,
  type BindingResource,
  type FeedResource,
  type HostLivenessResource,
  type HostResource,
  type Ipv6Mode,
  type NetworkResource,
  type PortResource,
  type PortStatusResource,
  type RejectedResource,
  type ResourceChange,
  type ResourceEvent,
  type ResourceKind,
  type RouterInterfaceResource,
  type RouterResource,
  type SubnetResource,
} from './v2/resources';
export { checkResource, isRejected } from './v2/resource-check';
export { encodeResource, projectResource } from './v2/projection';
