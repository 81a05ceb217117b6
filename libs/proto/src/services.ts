import type { ServiceDefinition } from '@grpc/grpc-js';
import { deserializer, serializer } from './codec';
import { trellis } from './generated/trellis.js';

const feed = trellis.feed.v1;
const feedV2 = trellis.feed.v2;
const l2 = trellis.l2.v1;

/**
 * Like `serializer`, but passes already-encoded bytes through untouched, so a server can encode a
 * message once and write the same Buffer to every stream.
 */
function serializerOrBytes<T>(codec: Parameters<typeof serializer<T>>[0]): (message: T | Buffer) => Buffer {
  const encode = serializer(codec);
  return (message) => (Buffer.isBuffer(message) ? message : encode(message as T));
}

/** grpc-js definition of `trellis.feed.v1.Feed` over the static protobufjs codecs. */
export const FeedService = {
  watch: {
    path: '/trellis.feed.v1.Feed/Watch',
    requestStream: false,
    responseStream: true,
    requestSerialize: serializer(feed.WatchRequest),
    requestDeserialize: deserializer(feed.WatchRequest),
    // Accepts pre-encoded WatchResponse bytes too: the feed server encodes each revision once.
    responseSerialize: serializerOrBytes(feed.WatchResponse),
    responseDeserialize: deserializer(feed.WatchResponse),
  },
  reportPortStatuses: {
    path: '/trellis.feed.v1.Feed/ReportPortStatuses',
    requestStream: false,
    responseStream: false,
    requestSerialize: serializer(feed.PortStatusReports),
    requestDeserialize: deserializer(feed.PortStatusReports),
    responseSerialize: serializer(feed.ReportAcks),
    responseDeserialize: deserializer(feed.ReportAcks),
  },
  reportHostLiveness: {
    path: '/trellis.feed.v1.Feed/ReportHostLiveness',
    requestStream: false,
    responseStream: false,
    requestSerialize: serializer(feed.HostLivenessReport),
    requestDeserialize: deserializer(feed.HostLivenessReport),
    responseSerialize: serializer(feed.ReportAck),
    responseDeserialize: deserializer(feed.ReportAck),
  },
} satisfies ServiceDefinition;

/** grpc-js definition of `trellis.feed.v2.Feed` (typed resources, spec and status apart). */
export const FeedV2Service = {
  watch: {
    path: '/trellis.feed.v2.Feed/Watch',
    requestStream: false,
    responseStream: true,
    requestSerialize: serializer(feedV2.WatchRequest),
    requestDeserialize: deserializer(feedV2.WatchRequest),
    // Accepts pre-encoded WatchResponse bytes: the server encodes each (revision, kinds) once.
    responseSerialize: serializerOrBytes(feedV2.WatchResponse),
    responseDeserialize: deserializer(feedV2.WatchResponse),
  },
  report: {
    path: '/trellis.feed.v2.Feed/Report',
    requestStream: true,
    responseStream: true,
    requestSerialize: serializer(feedV2.ReportRequest),
    requestDeserialize: deserializer(feedV2.ReportRequest),
    responseSerialize: serializer(feedV2.ReportResponse),
    responseDeserialize: deserializer(feedV2.ReportResponse),
  },
} satisfies ServiceDefinition;

/**
 * grpc-js definition of `trellis.l2.v1.Distribution`. The controller → host direction is
 * serialized by identity: the controller encodes each message once (`encodeControllerMessage`)
 * and writes the same bytes to every subscriber.
 */
export const DistributionService = {
  stream: {
    path: '/trellis.l2.v1.Distribution/Stream',
    requestStream: true,
    responseStream: true,
    requestSerialize: serializer(l2.HostMessage),
    requestDeserialize: deserializer(l2.HostMessage),
    responseSerialize: (bytes: Buffer) => bytes,
    responseDeserialize: deserializer(l2.ControllerMessage),
  },
} satisfies ServiceDefinition;

/** Encodes a controller message once; the result is what DistributionService writes. */
export function encodeControllerMessage(message: trellis.l2.v1.IControllerMessage): Buffer {
  return l2.ControllerMessage.encode(message).finish() as Buffer;
}
