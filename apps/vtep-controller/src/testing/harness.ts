import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Server } from '@grpc/grpc-js';
import type { ResourceChange } from '@trellis/feed';
import { grpcServerCredentials, listenGrpc, type GrpcTls } from '@trellis/runtime';
import pino from 'pino';
import { Controller } from '../controller/controller';
import type { ControllerOptions, FeedEvent, StatusSink } from '../controller/types';
import { openLmdbIndexStore, type IndexStore } from '../log/index-store';
import { createDistributionServer } from '../server/grpc-server';

type StatusReports = Parameters<StatusSink['reportPortStatuses']>[0][number] | Parameters<StatusSink['reportHostLiveness']>[0];

/** A controller on a real gRPC server on 127.0.0.1:0 with a fresh LMDB dir, fed in-process. */
export class Harness {
  readonly dir = mkdtempSync(join(tmpdir(), 'vtep-controller-'));
  readonly reports: StatusReports[] = [];
  ctl!: Controller;
  address = '';
  private server: Server | undefined;
  private store: IndexStore | undefined;
  private revision = 0;

  /** `tls`: the Distribution server's transport security (default plaintext). */
  constructor(
    readonly overrides: Partial<ControllerOptions> = {},
    readonly tls?: GrpcTls,
  ) {}

  /** Starts (or restarts, on the same data dir) the controller; `port` 0 picks a free one. */
  async start(port = 0): Promise<this> {
    this.store = openLmdbIndexStore(join(this.dir, 'index'));
    const status: StatusSink = {
      reportPortStatuses: (r) => void this.reports.push(...r),
      reportHostLiveness: (r) => void this.reports.push(r),
    };
    this.ctl = new Controller(
      {
        controllerId: 'c1', epoch: 'test', queueLimitBytes: 1 << 20, heartbeatIntervalMs: 60_000, helloTimeoutMs: 2000,
        maxFrameBytes: 64 * 1024, snapshotChunkBytes: 16 * 1024, snapshotMaxEntriesPerVniDelta: 512, logMaxRecords: 10_000,
        logMaxBytes: 64 << 20, logger: pino({ level: 'silent' }), status, ...this.overrides,
      },
      this.store,
    );
    this.revision = this.ctl.revision;
    this.ctl.start();
    this.server = createDistributionServer(this.ctl, this.tls);
    const bound = await listenGrpc(this.server, `127.0.0.1:${port}`, this.tls && grpcServerCredentials(this.tls));
    this.address = `127.0.0.1:${bound}`;
    return this;
  }

  /** Commits one central revision of puts (value) and deletes (null) to the controller. */
  commit(...items: Array<[collection: string, id: string, value: unknown]>): number {
    const revision = ++this.revision;
    const event: FeedEvent = {
      type: 'revision',
      revision,
      changes: items.map(([collection, key, value]) => (value === null ? { type: 'delete', collection, key } : { type: 'put', collection, key, value })),
    };
    this.ctl.applyFeedEvent(event);
    return revision;
  }

  /** Commits one central revision of feed v2 changes (routers, subnets, …) to the controller. */
  commitResources(...changes: ResourceChange[]): number {
    const revision = ++this.revision;
    this.ctl.applyResourceEvent({ type: 'revision', revision, timestampMs: Date.now(), changes, rejected: [] });
    return revision;
  }

  /** Stops and starts again on the same data dir and address (a controller restart). */
  async restart(): Promise<void> {
    const port = Number(this.address.split(':').pop());
    await this.stop();
    await this.start(port);
  }

  /** Stops server and controller, keeping the data dir. */
  async stop(): Promise<void> {
    if (!this.server) return;
    await this.ctl.stop();
    this.server.forceShutdown();
    this.server = undefined;
    await this.store!.close();
  }

  async dispose(): Promise<void> {
    await this.stop();
    rmSync(this.dir, { recursive: true, force: true });
  }
}
