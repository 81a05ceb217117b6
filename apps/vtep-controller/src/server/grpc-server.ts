import { Server, type ServerDuplexStream, type ServiceDefinition } from '@grpc/grpc-js';
import { DistributionService } from '@trellis/proto';
import type { Controller } from '../controller/controller';
import { DEFAULT_MAX_STREAMS_PER_CONNECTION } from '../controller/types';
import { Session } from './session';

/**
 * The Distribution service with inbound frames left undecoded: the session decodes them itself,
 * so a malformed frame ends that stream with INVALID_ARGUMENT and a clear message instead of
 * grpc-js's generic INTERNAL.
 */
const RawDistributionService = {
  stream: { ...DistributionService.stream, requestDeserialize: (bytes: Buffer) => bytes },
} satisfies ServiceDefinition;

/** A grpc-js server carrying the controller's Distribution service (not yet bound). */
export function createDistributionServer(ctl: Controller): Server {
  const o = ctl.options;
  // grpc-js rejects frames above twice our limit itself (RESOURCE_EXHAUSTED); between the two
  // the session answers with a message naming the limit.
  // Optimization: channelz (grpc-js's introspection registry, which nothing here reads) would
  // track every call and stamp every message sent and received with Date.now().
  const server = new Server({
    'grpc.max_receive_message_length': o.maxFrameBytes * 2,
    'grpc.max_send_message_length': -1,
    'grpc.max_concurrent_streams': o.maxStreamsPerConnection ?? DEFAULT_MAX_STREAMS_PER_CONNECTION,
    'grpc.enable_channelz': 0,
  });
  server.addService(RawDistributionService, {
    stream: (call: ServerDuplexStream<Buffer, Buffer>) => {
      new Session(call, ctl, { queueLimitBytes: o.queueLimitBytes, helloTimeoutMs: o.helloTimeoutMs, maxFrameBytes: o.maxFrameBytes, logger: o.logger, grpc: ctl.grpc });
    },
  });
  return server;
}
