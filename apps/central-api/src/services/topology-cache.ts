import { Collections, emptyTopology, topologyMapOf, type Host, type MutableTopology, type TopologyView } from '@trellis/domain';
import type { Item, Op, Snapshot } from '@trellis/store';

/** A committed change to a topology collection, at a store revision. */
type TopologyChange = Pick<Op, 'type' | 'collection' | 'key'> & { readonly value?: unknown };

const keyText = (key: Item<unknown>['key']): string => (Array.isArray(key) ? key.join('/') : String(key));

/**
 * The admin topology (regions, zones, cells, hosts) in memory, read from the store once and then
 * patched change by change: a host registration or a liveness report updates one entry instead of
 * making the next bind reload every host (which made registering n hosts cost O(n²)).
 *
 * Changes may arrive twice and out of order (this process's commits right after they commit,
 * and again from the store follower with other replicas' changes in between); each key keeps the
 * revision of the change last applied to it, and an older or equal one is ignored. Changes that
 * arrive while the first read is in flight are applied after it, unless the read already saw them.
 */
export class TopologyCache {
  #view: MutableTopology | undefined;
  /** `collection/key` → revision of the change last applied to it (also after a delete). */
  readonly #revisions = new Map<string, number>();
  /** VTEP → ids of the hosts that have it (one, unless replicas raced), kept with `hosts`. */
  readonly #byVtep = new Map<string, Set<string>>();
  #loading: Promise<TopologyView> | undefined;
  #pending: { readonly revision: number; readonly changes: readonly TopologyChange[] }[] = [];
  /** Bumped by invalidate(): a read that started before it is not kept. */
  #generation = 0;

  constructor(private readonly read: () => Promise<Snapshot>) {}

  view(): Promise<TopologyView> {
    if (this.#view) return Promise.resolve(this.#view);
    if (!this.#loading) {
      const loading = this.#load().finally(() => {
        if (this.#loading === loading) this.#loading = undefined;
      });
      this.#loading = loading;
    }
    return this.#loading;
  }

  /** Ids of the hosts whose VTEP is `vtep`. */
  async hostsWithVtep(vtep: string): Promise<readonly string[]> {
    await this.view();
    return [...(this.#byVtep.get(vtep) ?? [])];
  }

  /** Applies the topology changes committed at `revision`; other collections are ignored. */
  apply(revision: number, changes: readonly TopologyChange[]): void {
    if (this.#view) {
      for (const change of changes) this.#applyOne(this.#view, revision, change);
    } else if (this.#loading) {
      this.#pending.push({ revision, changes });
    }
    // Neither: the next view() reads the store, which already holds the change.
  }

  /** Changes may have been missed (a gap in the store follower): the next view reads the store. */
  invalidate(): void {
    this.#generation++;
    this.#view = undefined;
    this.#loading = undefined;
    this.#revisions.clear();
    this.#byVtep.clear();
    this.#pending = [];
  }

  async #load(): Promise<TopologyView> {
    const generation = this.#generation;
    const snap = await this.read();
    if (generation !== this.#generation) return this.view();
    const view = emptyTopology();
    for (const [collection, items] of snap.collections) {
      const map = topologyMapOf(view, collection);
      if (!map) continue;
      for (const item of items) {
        this.#set(view, collection, keyText(item.key), item.value);
        this.#revisions.set(`${collection}/${keyText(item.key)}`, item.modRevision);
      }
    }
    const pending = this.#pending;
    this.#pending = [];
    // What the read saw needs no patch (a put older than the read could undo a later delete).
    for (const p of pending) if (p.revision > snap.revision) for (const change of p.changes) this.#applyOne(view, p.revision, change);
    this.#view = view;
    return view;
  }

  #applyOne(view: MutableTopology, revision: number, change: TopologyChange): void {
    const map = topologyMapOf(view, change.collection);
    if (!map) return;
    const key = keyText(change.key);
    const id = `${change.collection}/${key}`;
    if ((this.#revisions.get(id) ?? 0) >= revision) return;
    this.#revisions.set(id, revision);
    this.#set(view, change.collection, key, change.type === 'put' ? change.value : undefined);
  }

  /** Puts (or with `value` undefined deletes) one entry, keeping the VTEP index of hosts. */
  #set(view: MutableTopology, collection: string, key: string, value: unknown): void {
    const map = topologyMapOf(view, collection);
    if (!map) return;
    if (collection === Collections.hosts) {
      const before = view.hosts.get(key)?.vtep;
      if (before !== undefined) this.#byVtep.get(before)?.delete(key);
      const after = (value as Host | undefined)?.vtep;
      if (after !== undefined) {
        const holders = this.#byVtep.get(after) ?? new Set<string>();
        holders.add(key);
        this.#byVtep.set(after, holders);
      }
      if (before !== undefined && this.#byVtep.get(before)?.size === 0) this.#byVtep.delete(before);
    }
    if (value === undefined) map.delete(key);
    else map.set(key, value);
  }
}
