import { ADDRESSING_KINDS, FeedClient, SPEC_KINDS, type ResourceChange } from '@trellis/feed';
import { digestToWire, digestVniView } from '@trellis/l2';
import { isRejectedChange, resourceRecordChange } from '@trellis/vtep-controller/src/span/feed-changes';
import { SpanIndex, type RecordChange } from '@trellis/vtep-controller/src/span/span-index';
import pino from 'pino';
import { nowMs } from './l2-bench-ipc';

// The benchmark driver's own consumer of central's Watch feed. It serves two purposes:
// - which central revision carried each move (a port's mobility sequence went up with its active
//   binding on the destination host): the hosts report apply times by revision;
// - the expected L2 view of every host, computed from the store's records as central publishes
//   them (span engine in this process, independent of the controller process's state).

/** Per-VNI wire digests of one host, `[vni, digest]` sorted by VNI. */
export type HostDigests = Array<[number, number]>;

export class CentralFeedView {
  private readonly client: FeedClient;
  private readonly aborted = new AbortController();
  readonly index = new SpanIndex();
  private readonly seq = new Map<string, number>();
  private readonly status = new Map<string, string>();
  /** Ports whose status is ACTIVE (the host reported them wired and central recorded it). */
  activePorts = 0;
  /** `portId>host` → revisions at which the port's active binding moved to `host`, oldest first. */
  private readonly moved = new Map<string, number[]>();
  /** When this consumer received each move revision (`nowMs`): where the feed's share of the latency ends. */
  readonly moveSeenAt = new Map<number, number>();
  private running: Promise<void> | undefined;
  private failure: unknown;

  constructor(feedTarget: string) {
    this.client = new FeedClient({ targets: [feedTarget], logger: pino({ level: 'warn' }), consumer: 'l2-bench' });
  }

  /** Central revision this view has applied. */
  get revision(): number {
    return this.index.revision;
  }

  /** Starts consuming the feed after `afterRevision` (0: everything). */
  start(afterRevision = 0): void {
    this.running = (async () => {
      try {
        // Feed v2, the kinds the controller watches (routers and subnets too: routed spans) plus
        // port status (ACTIVE counts).
        const kinds = [...SPEC_KINDS, ...ADDRESSING_KINDS, 'port_status' as const];
        for await (const event of this.client.watchResources({ afterRevision, kinds, signal: this.aborted.signal })) {
          if (event.type === 'revision') this.applyRevision(event.revision, event.changes);
          else if (event.type === 'snapshot') throw new Error(`feed answered a snapshot at ${event.revision}: the log was compacted`);
          else if (event.type === 'progress') this.index.revision = Math.max(this.index.revision, event.revision);
        }
      } catch (err) {
        if (!this.aborted.signal.aborted) this.failure = err;
      }
    })();
  }

  private applyRevision(revision: number, changes: readonly ResourceChange[]): void {
    const records: RecordChange[] = [];
    for (const c of changes) {
      if (c.type === 'put' && c.resource.kind === 'port_status') {
        const wasActive = this.status.get(c.resource.id) === 'ACTIVE';
        this.status.set(c.resource.id, c.resource.status);
        this.activePorts += Number(c.resource.status === 'ACTIVE') - Number(wasActive);
        continue;
      }
      if (c.type === 'delete' && c.kind === 'port_status') continue;
      const found = resourceRecordChange(c);
      // A value the controller would refuse is not the bench's to judge: it is left out, as there.
      const rc = found !== undefined && isRejectedChange(found) ? undefined : found;
      if (rc) records.push(rc);
      if (c.type === 'delete' && c.kind === 'port') {
        if (this.status.get(c.id) === 'ACTIVE') this.activePorts--;
        this.status.delete(c.id);
      }
      if (c.type === 'put' && c.resource.kind === 'port') {
        const port = c.resource;
        const before = this.seq.get(port.id);
        this.seq.set(port.id, port.mobilitySeq);
        const host = port.bindings.find((b) => b.status === 'ACTIVE')?.host;
        if (before !== undefined && port.mobilitySeq > before && host !== undefined) {
          const key = `${port.id}>${host}`;
          (this.moved.get(key) ?? this.moved.set(key, []).get(key)!).push(revision);
          this.moveSeenAt.set(revision, nowMs());
        }
      }
    }
    this.index.apply(revision, records, { quiet: true });
  }

  /**
   * The revision that moved `portId` to `host` after `afterRevision` (the first one), or
   * undefined when the feed has not shown it (yet).
   */
  moveRevision(portId: string, host: string, afterRevision = 0): number | undefined {
    return this.moved.get(`${portId}>${host}`)?.find((r) => r > afterRevision);
  }

  /** Resolves once this view applied `revision`; bounded by `timeoutMs`. */
  async reach(revision: number, timeoutMs: number): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    for (let i = 0; i < 1_000_000; i++) {
      if (this.failure !== undefined) throw this.failure;
      if (this.index.revision >= revision) return;
      if (Date.now() >= deadline) throw new Error(`feed view at revision ${this.index.revision}, not ${revision}, after ${timeoutMs} ms`);
      await new Promise((r) => setTimeout(r, 20));
    }
  }

  /** Expected per-VNI digests of each named host, from the store's records. */
  digests(hosts: readonly string[]): Record<string, HostDigests> {
    const out: Record<string, HostDigests> = {};
    for (const h of hosts) out[h] = [...this.index.spanOf(h)].sort((a, b) => a - b).map((v) => [v, digestToWire(digestVniView({ ...this.index.hostVniView(h, v), subnets: new Map() }))]);
    return out;
  }

  async close(): Promise<void> {
    this.aborted.abort();
    this.client.close();
    await this.running;
  }
}
