import { Server } from '@grpc/grpc-js';
import { createFeedService, createFeedV2Service, RawRequestFeedService, RawRequestFeedV2Service } from '@trellis/feed';
import { grpcServerCredentials, guardService, listenGrpc, requireRoles, shutdownGrpc, type GrpcTls, type Logger } from '@trellis/runtime';
import type { Store } from '@trellis/store';
import type { Registry } from 'prom-client';
import type { CentralServices } from '../app';
import { createFeedReports } from './feed-reports';

/** Transport bounds of the feed server (config `grpc.*`). */
export const FEED_SERVER_DEFAULTS = { maxReceiveMessageBytes: 4 * 1024 * 1024, maxStreamsPerConnection: 64 } as const;

export interface CentralFeedServerOptions {
  readonly store: Store;
  readonly services: Pick<CentralServices, 'ports' | 'topology'>;
  readonly logger: Logger;
  /** `host:port`; port 0 picks a free one. */
  readonly listen: string;
  /** The process's metrics registry (feed subscriber series); none when absent. */
  readonly metrics?: Registry;
  /** Largest inbound message in bytes (default 4 MiB); larger calls end RESOURCE_EXHAUSTED. */
  readonly maxReceiveMessageBytes?: number;
  /** Concurrent calls per HTTP/2 connection (default 64). */
  readonly maxStreamsPerConnection?: number;
  /** How long open Watch streams get to end before they are cancelled (default 2 s). */
  readonly shutdownTimeoutMs?: number;
  /**
   * Transport security (default plaintext). With mTLS every call needs a client certificate of
   * the CA naming a controller or a cell-agent; any other identity gets PERMISSION_DENIED.
   */
  readonly tls?: GrpcTls;
}

/** The identities that may Watch the feed and send reports. */
export const FEED_CLIENT_ROLES = ['controller', 'cell-agent'] as const;

export interface CentralFeedServer {
  /** The bound port. */
  readonly port: number;
  /** `host:port` as bound, for logs and clients. */
  readonly address: string;
  /** Stops accepting calls; Watch streams still open after the timeout are cancelled. */
  close(): Promise<void>;
}

/** The gRPC `trellis.feed.v1.Feed` and `trellis.feed.v2.Feed` on central's store, with reports going to the services. */
export async function startCentralFeedServer(options: CentralFeedServerOptions): Promise<CentralFeedServer> {
  const server = new Server({
    'grpc.max_receive_message_length': options.maxReceiveMessageBytes ?? FEED_SERVER_DEFAULTS.maxReceiveMessageBytes,
    'grpc.max_concurrent_streams': options.maxStreamsPerConnection ?? FEED_SERVER_DEFAULTS.maxStreamsPerConnection,
  });
  const reports = createFeedReports(options.services, options.logger);
  const tls = options.tls ?? { kind: 'insecure', explicit: true };
  const allowed = requireRoles(tls, FEED_CLIENT_ROLES);
  server.addService(RawRequestFeedService, guardService(createFeedService({ store: options.store, logger: options.logger, reports, metrics: options.metrics }), allowed));
  // v2 (typed resources, spec and status apart) beside v1, which stays for one release.
  server.addService(RawRequestFeedV2Service, guardService(createFeedV2Service({ store: options.store, logger: options.logger, reports, metrics: options.metrics }), allowed));
  const port = await listenGrpc(server, options.listen, grpcServerCredentials(tls));
  const host = options.listen.slice(0, options.listen.lastIndexOf(':'));
  return {
    port,
    address: `${host}:${port}`,
    async close() {
      await shutdownGrpc(server, options.shutdownTimeoutMs ?? 2_000);
    },
  };
}
