import { Server, status, type ServerDuplexStream, type ServiceDefinition } from '@grpc/grpc-js';
import { DistributionService } from '@trellis/proto';
import { peerIdentity, type GrpcTls } from '@trellis/runtime';
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

const INSECURE: GrpcTls = { kind: 'insecure', explicit: true };

/**
 * A grpc-js server carrying the controller's Distribution service (not yet bound; bind it with
 * `grpcServerCredentials(tls)`). With mTLS a stream is accepted only from a host certificate
 * (`trellis://host/<id>`), and its hello may only name that host: anything else ends with
 * PERMISSION_DENIED.
 */
export function createDistributionServer(ctl: Controller, tls: GrpcTls = INSECURE): Server {
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
      let hostIdentity: string | undefined;
      if (tls.kind === 'mtls') {
        const peer = peerIdentity(call);
        if (peer?.role !== 'host') {
          const details = peer ? `${peer.role} ${peer.id} may not subscribe: a host certificate is required` : 'the client certificate names no Trellis host';
          o.logger.warn({ peer, details }, 'host stream refused');
          call.emit('error', { code: status.PERMISSION_DENIED, details });
          return;
        }
        hostIdentity = peer.id;
      }
      new Session(call, ctl, { queueLimitBytes: o.queueLimitBytes, helloTimeoutMs: o.helloTimeoutMs, maxFrameBytes: o.maxFrameBytes, logger: o.logger, grpc: ctl.grpc, hostIdentity });
    },
  });
  return server;
}
