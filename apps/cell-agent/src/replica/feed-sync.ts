import type { FeedEvent, FeedWatchOptions } from '@trellis/feed';
import type { Logger } from '@trellis/runtime';
import type { CentralReachability } from '../central/reachability';
import type { AgentMetrics } from '../metrics';
import { SYNC_COLLECTIONS } from './collections';
import { applyRevision, applySnapshot } from './feed-apply';
import type { RejectedValue } from './feed-values';
import type { LocalReplica } from './local-replica';

/** Where changes come from: central's feed (FeedClient) in production, any source in tests. */
export interface FeedSource {
  watch(options: FeedWatchOptions): AsyncIterable<FeedEvent>;
}

export interface FeedSyncOptions {
  readonly replica: LocalReplica;
  readonly source: FeedSource;
  readonly cells: readonly string[];
  readonly logger: Logger;
  readonly reachability: CentralReachability;
  readonly metrics: AgentMetrics;
  /** Pause before re-opening the watch after a local failure. */
  readonly retryDelayMs?: number;
}

/**
 * Keeps the replica in step with central: watches the feed from the persisted position (so a
 * restart or a partition resumes where it stopped), applies each revision or snapshot in one
 * local transaction with the new position, and re-opens the watch if applying ever fails.
 */
export class FeedSync {
  readonly #options: FeedSyncOptions;
  readonly #cells: ReadonlySet<string>;
  readonly #log: Logger;
  readonly #stop = new AbortController();
  readonly #waiters = new Set<() => void>();
  #running: Promise<void> | undefined;
  #position = 0;
  #connected = false;

  constructor(options: FeedSyncOptions) {
    this.#options = options;
    this.#cells = new Set(options.cells);
    this.#log = options.logger.child({ component: 'feed-sync' });
  }

  /** Last central revision applied locally. */
  get position(): number {
    return this.#position;
  }

  get connected(): boolean {
    return this.#connected;
  }

  start(): void {
    this.#running ??= this.#run();
  }

  async stop(): Promise<void> {
    this.#stop.abort();
    await this.#running;
  }

  /** Resolves once the replica applied `revision` (or later); rejects after `timeoutMs`. */
  waitForPosition(revision: number, timeoutMs = 10_000): Promise<void> {
    return new Promise((resolve, reject) => {
      const check = () => {
        if (this.#position < revision) return;
        clearTimeout(timer);
        this.#waiters.delete(check);
        resolve();
      };
      const timer = setTimeout(() => {
        this.#waiters.delete(check);
        reject(new Error(`feed position ${this.#position} did not reach ${revision} within ${timeoutMs} ms`));
      }, timeoutMs);
      this.#waiters.add(check);
      check();
    });
  }

  async #run(): Promise<void> {
    const signal = this.#stop.signal;
    while (!signal.aborted) {
      try {
        this.#setPosition(await this.#options.replica.position());
        this.#log.info({ afterRevision: this.#position }, 'watching central feed');
        for await (const event of this.#options.source.watch({ afterRevision: this.#position, collections: SYNC_COLLECTIONS, signal })) {
          await this.#handle(event);
        }
      } catch (err) {
        if (signal.aborted) return;
        this.#log.error({ err, position: this.#position }, 'feed sync failed; re-opening the watch from the persisted position');
      }
      if (signal.aborted) return;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, this.#options.retryDelayMs ?? 1_000);
        signal.addEventListener('abort', () => (clearTimeout(timer), resolve()), { once: true });
      });
    }
  }

  /** Refused values: the alert series (`outcome="rejected"`) and one line per revision. */
  #rejected(revision: number, rejected: readonly RejectedValue[]): void {
    if (rejected.length === 0) return;
    this.#options.metrics.feedChanges.inc({ outcome: 'rejected' }, rejected.length);
    this.#log.error({ revision, count: rejected.length, first: rejected.slice(0, 3) }, 'feed values rejected; kept what was held');
  }

  async #handle(event: FeedEvent): Promise<void> {
    const { replica, metrics } = this.#options;
    switch (event.type) {
      case 'connection':
        this.#connected = event.connected;
        this.#options.reachability.observe(event.connected, 'feed', event.error);
        return;
      case 'revision': {
        const outcome = await applyRevision(replica, this.#cells, event.revision, event.changes);
        this.#rejected(event.revision, [...(event.rejected ?? []), ...outcome.rejected]);
        metrics.feedChanges.inc({ outcome: 'applied' }, outcome.applied);
        metrics.feedChanges.inc({ outcome: 'skipped' }, outcome.skipped);
        this.#setPosition(event.revision);
        return;
      }
      case 'snapshot': {
        this.#log.warn({ revision: event.revision, position: this.#position }, 'feed position was compacted at central; replacing the replica with a snapshot');
        const outcome = await applySnapshot(replica, this.#cells, event.revision, event.collections, event.rejected ?? []);
        this.#rejected(event.revision, [...(event.rejected ?? []), ...outcome.rejected]);
        metrics.feedChanges.inc({ outcome: 'applied' }, outcome.applied);
        metrics.snapshots.inc();
        this.#setPosition(event.revision);
        return;
      }
      case 'progress':
        if (event.revision > this.#position) {
          await replica.exclusive(() => replica.commit([replica.positionOp(event.revision)]));
          this.#setPosition(event.revision);
        }
        return;
    }
  }

  #setPosition(revision: number): void {
    this.#position = revision;
    this.#options.metrics.feedPosition.set(revision);
    for (const waiter of [...this.#waiters]) waiter();
  }
}
