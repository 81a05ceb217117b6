import type { ServiceDefinition } from '@grpc/grpc-js';
import { domainError } from '@trellis/domain';
import { FeedService, FeedV2Service } from '@trellis/proto';

/**
 * `trellis.feed.v1.Feed` with requests left undecoded: register it with `createFeedService`'s
 * implementation so that a request that does not parse ends with INVALID_ARGUMENT (decoded by
 * the handler, at the same edge as every other error) instead of grpc-js's INTERNAL
 * "Error deserializing request".
 */
export const RawRequestFeedService = {
  watch: { ...FeedService.watch, requestDeserialize: (bytes: Buffer) => bytes },
  reportPortStatuses: { ...FeedService.reportPortStatuses, requestDeserialize: (bytes: Buffer) => bytes },
  reportHostLiveness: { ...FeedService.reportHostLiveness, requestDeserialize: (bytes: Buffer) => bytes },
} satisfies ServiceDefinition;

/** `trellis.feed.v2.Feed` with requests left undecoded (see RawRequestFeedService). */
export const RawRequestFeedV2Service = {
  watch: { ...FeedV2Service.watch, requestDeserialize: (bytes: Buffer) => bytes },
  report: { ...FeedV2Service.report, requestDeserialize: (bytes: Buffer) => bytes },
} satisfies ServiceDefinition;

/**
 * A request as the handler gets it: raw bytes under {@link RawRequestFeedService} (decoded here;
 * InvalidInput when they do not parse), already decoded under the plain `FeedService`.
 */
export function decodeRequest<T>(request: T | Buffer, decode: (bytes: Uint8Array) => T, what: string): T {
  if (!Buffer.isBuffer(request)) return request;
  try {
    return decode(request);
  } catch (err) {
    throw domainError('InvalidInput', { error_message: `malformed ${what}: ${(err as Error).message.slice(0, 120)}` });
  }
}
