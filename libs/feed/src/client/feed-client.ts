import { Client, credentials, status, type ChannelCredentials, type ChannelOptions, type ServiceError } from '@grpc/grpc-js';
import { domainError, type DomainError } from '@trellis/domain';
import { FeedService, FeedV2Service, trellis } from '@trellis/proto';
import type { Logger } from '@trellis/runtime';
import { fromServiceError, isPermanentStatus } from '../grpc-errors';
import { MAX_PORT_STATUS_REPORTS, type FeedEvent, type HostLivenessReport, type PortStatusReport, type PortWiring, type ReportAck } from '../types';
import { backoffDelayMs, DEFAULT_BACKOFF, sleep, type BackoffOptions } from './backoff';
import { ReportStream, ReportStreamUnavailable } from './report-stream';
import { watchOnce } from './watch-stream';
import type { ResourceEvent, ResourceKind } from '../v2/resources';
import { watchOnceV2 } from '../v2/watch-stream-v2';

export interface FeedClientOptions {
  /** `host:port` of central-api feed endpoints, tried in order (failover). */
  readonly targets: readonly string[];
  readonly logger: Logger;
  /** Who is watching, for the server's logs. */
  readonly consumer: string;
  readonly backoff?: BackoffOptions;
  /** Deadline of each report call, across failover; default 5 s. */
  readonly callTimeoutMs?: number;
  /** Ask the server for progress messages at least this often when idle (0 = server default). */
  readonly progressIntervalMs?: number;
  /** Extra grpc-js channel options. */
  readonly channelOptions?: ChannelOptions;
  /** Transport security (runtime's `grpcChannelCredentials`); default plaintext. */
  readonly credentials?: ChannelCredentials;
  /**
   * Send reports over feed v2's long-lived Report stream (default true); false: one unary v1 call
   * per report batch, as against a central that has no Report method (detected by itself).
   */
  readonly reportStream?: boolean;
}

export interface FeedResourceWatchOptions {
  /** Yield revisions after this one (0 = everything; a snapshot if the log was compacted). */
  readonly afterRevision: number;
  /** The resource kinds wanted (at least one). */
  readonly kinds: readonly ResourceKind[];
  /** Ends the watch; the iterator then returns. */
  readonly signal?: AbortSignal;
}

export interface FeedWatchOptions {
  /** Yield revisions after this one (0 = everything; a snapshot if the log was compacted). */
  readonly afterRevision: number;
  /** Only these collections (default: all). */
  readonly collections?: readonly string[];
  /** Ends the watch; the iterator then returns. */
  readonly signal?: AbortSignal;
}

const WIRING_ENUM: Readonly<Record<PortWiring, trellis.feed.v1.PortWiring>> = {
  wired: trellis.feed.v1.PortWiring.PORT_WIRING_WIRED,
  unwired: trellis.feed.v1.PortWiring.PORT_WIRING_UNWIRED,
  error: trellis.feed.v1.PortWiring.PORT_WIRING_ERROR,
};

const isServiceError = (err: unknown): err is ServiceError => typeof err === 'object' && err !== null && 'code' in err && 'metadata' in err;

/**
 * Client of central's `trellis.feed.v1.Feed`. `watch()` is a self-healing stream: it reconnects
 * with jittered exponential backoff, fails over across targets, and resumes after the last
 * revision (or snapshot / progress position) it yielded, so the consumer sees no duplicates and
 * no gaps. Requests the server can never accept (unknown collection) end it with a DomainError.
 */
export class FeedClient {
  readonly #options: FeedClientOptions;
  readonly #log: Logger;
  readonly #backoff: BackoffOptions;
  readonly #clients = new Map<string, Client>();
  readonly #closing = new AbortController();
  /** Target index of the last successful report call. */
  #preferred = 0;
  /** Reports' long-lived stream (to the preferred target); undefined when turned off. */
  readonly #reports: ReportStream | undefined;

  constructor(options: FeedClientOptions) {
    if (options.targets.length === 0) throw domainError('InvalidConfig', { problems: 'FeedClient needs at least one target' });
    this.#options = options;
    this.#log = options.logger.child({ component: 'feed-client' });
    this.#backoff = options.backoff ?? DEFAULT_BACKOFF;
    this.#reports =
      options.reportStream === false
        ? undefined
        : new ReportStream({
            open: () => this.#client(this.#options.targets[this.#preferred]).makeBidiStreamRequest(FeedV2Service.report.path, FeedV2Service.report.requestSerialize, FeedV2Service.report.responseDeserialize),
            timeoutMs: options.callTimeoutMs ?? 5_000,
            log: this.#log,
          });
  }

  /** The change feed from `afterRevision` on; ends when `signal` aborts or the client closes. */
  watch(options: FeedWatchOptions): AsyncIterable<FeedEvent> {
    return this.#resumable(options.afterRevision, options.signal, (client, target, afterRevision, signal) =>
      watchOnce(client, target, { afterRevision, collections: options.collections, consumer: this.#options.consumer, progressIntervalMs: this.#options.progressIntervalMs, signal }),
    );
  }

  /**
   * Feed v2 (`trellis.feed.v2.Feed`): typed, checked resources of the asked kinds from
   * `afterRevision` on, resuming like {@link watch}. A resource that fails its check comes in
   * the event's `rejected` list; the consumer must report it and keep what it holds.
   */
  watchResources(options: FeedResourceWatchOptions): AsyncIterable<ResourceEvent> {
    return this.#resumable(options.afterRevision, options.signal, (client, target, afterRevision, signal) =>
      watchOnceV2(client, target, { afterRevision, kinds: options.kinds, consumer: this.#options.consumer, progressIntervalMs: this.#options.progressIntervalMs, signal }),
    );
  }

  async *#resumable<E extends FeedEvent | ResourceEvent>(
    afterRevision: number,
    userSignal: AbortSignal | undefined,
    open: (client: Client, target: string, afterRevision: number, signal: AbortSignal) => AsyncGenerator<E, void, undefined>,
  ): AsyncGenerator<E, void, undefined> {
    const signal = userSignal ? AbortSignal.any([userSignal, this.#closing.signal]) : this.#closing.signal;
    const targets = this.#options.targets;
    let position = afterRevision;
    let index = 0;
    let attempt = 0;
    while (!signal.aborted) {
      const target = targets[index];
      let connected = false;
      let error = 'stream ended';
      try {
        const events = open(this.#client(target), target, position, signal);
        for await (const event of events) {
          if (event.type === 'connection') {
            connected = true;
            attempt = 0;
            this.#log.info({ target, afterRevision: position }, 'feed connected');
          } else if (event.type === 'revision') {
            // The server never repeats a revision; this guards the resume edge regardless.
            if (event.revision <= position) continue;
            position = event.revision;
          } else if (event.type === 'snapshot' || event.type === 'progress') {
            position = Math.max(position, event.revision);
          }
          yield event;
        }
      } catch (err) {
        if (signal.aborted) return;
        if (isServiceError(err) && isPermanentStatus(err.code)) throw fromServiceError(err);
        error = err instanceof Error ? err.message : String(err);
      }
      if (signal.aborted) return;
      this.#log.warn({ target, error, position }, 'feed disconnected');
      yield { type: 'connection', connected: false, target, error } as E;
      // A target that never answered is skipped; one that was serving is retried first.
      if (!connected) index = (index + 1) % targets.length;
      await sleep(backoffDelayMs(attempt++, this.#backoff), signal);
    }
  }

  /**
   * Reports ports' wiring to central in one call (at most {@link MAX_PORT_STATUS_REPORTS}):
   * resolves one ack per report, in order (revision 0 = that report changed nothing).
   * @throws DomainError (the server's, InvalidInput for an empty or oversized batch, or ServiceUnavailable)
   */
  async reportPortStatuses(reports: readonly PortStatusReport[]): Promise<ReportAck[]> {
    if (reports.length === 0 || reports.length > MAX_PORT_STATUS_REPORTS) {
      throw domainError('InvalidInput', { error_message: `a port status batch carries 1 to ${MAX_PORT_STATUS_REPORTS} reports, got ${reports.length}` });
    }
    const wire = reports.map((r) => ({ portId: r.portId, hostId: r.hostId, wiring: WIRING_ENUM[r.wiring], detail: r.detail }));
    const revisions = await this.#report({ portStatuses: { reports: wire } }, async () => (await this.#unary(FeedService.reportPortStatuses, { reports: wire })).revisions ?? []);
    if (revisions.length !== reports.length) {
      throw domainError('ServiceUnavailable', { reason: `central answered ${revisions.length} acks for ${reports.length} reports` });
    }
    return revisions.map((revision) => ({ revision: Number(revision) }));
  }

  /** Reports a host agent's liveness to central. @throws DomainError */
  async reportHostLiveness(report: HostLivenessReport): Promise<ReportAck> {
    const revisions = await this.#report({ hostLiveness: { ...report } }, async () => [(await this.#unary(FeedService.reportHostLiveness, { ...report })).revision ?? 0]);
    return { revision: Number(revisions[0] ?? 0) };
  }

  /**
   * One report request over the Report stream, or by unary call when the stream is off, not
   * served, or could not answer this request (reports are idempotent, so sending one twice is safe).
   */
  async #report(body: Omit<trellis.feed.v2.IReportRequest, 'id'>, unary: () => Promise<ReadonlyArray<number | { toString(): string }>>): Promise<ReadonlyArray<number | { toString(): string }>> {
    if (this.#reports?.supported) {
      try {
        return await this.#reports.request(body);
      } catch (err) {
        if (!(err instanceof ReportStreamUnavailable)) throw err;
        this.#log.debug({ reason: err.message }, 'report sent by unary call');
      }
    }
    return unary();
  }

  /** Cancels running watches and closes every channel. */
  close(): void {
    this.#reports?.close();
    this.#closing.abort();
    for (const client of this.#clients.values()) client.close();
    this.#clients.clear();
  }

  async #unary<Req, Res>(
    def: {
      path: string;
      requestSerialize: (m: Req) => Buffer;
      responseDeserialize: (b: Buffer) => Res;
    },
    message: Req,
  ): Promise<Res> {
    const targets = this.#options.targets;
    const deadline = Date.now() + (this.#options.callTimeoutMs ?? 5_000);
    let last: DomainError | undefined;
    for (let i = 0; i < targets.length; i++) {
      const index = (this.#preferred + i) % targets.length;
      try {
        const response = await new Promise<Res>((resolve, reject) => {
          this.#client(targets[index]).makeUnaryRequest(def.path, def.requestSerialize, def.responseDeserialize, message, { deadline }, (err, response) =>
            err || !response ? reject(err) : resolve(response),
          );
        });
        this.#preferred = index;
        return response;
      } catch (err) {
        if (!isServiceError(err)) throw err;
        last = fromServiceError(err);
        // Only "that server is not there" moves on; an answer from a server is final.
        if (err.code !== status.UNAVAILABLE || Date.now() >= deadline) throw last;
      }
    }
    throw last ?? domainError('ServiceUnavailable', { reason: 'no feed target answered' });
  }

  #client(target: string): Client {
    if (this.#closing.signal.aborted) throw domainError('ServiceUnavailable', { reason: 'feed client closed' });
    let client = this.#clients.get(target);
    if (!client) {
      client = new Client(target, this.#options.credentials ?? credentials.createInsecure(), {
        'grpc.max_receive_message_length': 64 * 1024 * 1024,
        // Keep the channel's own reconnect pace in step with ours.
        'grpc.initial_reconnect_backoff_ms': this.#backoff.initialMs,
        'grpc.max_reconnect_backoff_ms': this.#backoff.maxMs,
        ...this.#options.channelOptions,
      });
      this.#clients.set(target, client);
    }
    return client;
  }
}
