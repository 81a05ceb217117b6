import { domainError, isErrorType } from '@trellis/domain';
import { startEtcd, type EtcdCluster } from '@trellis/testkit';
import { Etcd3, type ITxnRequest, type ITxnResponse } from 'etcd3';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Store, WatchEvent } from '../store';
import { EtcdConnection } from './etcd-connection';
import { toStoreError } from './etcd-errors';
import { openEtcdStoreOn, type EtcdStoreOptions } from './etcd-store';

/**
 * Lost responses and lost requests of commits, injected at the connection on a real etcd: the
 * store must resolve the unknown outcome through the txn's marker and never apply twice.
 */

/**
 * - held-back: the request is reported lost but kept, to be delivered later by `deliverHeld()`
 *   (etcd may still apply a request after its client gave up, e.g. one forwarded to a leader
 *   through a peer link that was down and came back).
 */
type Fault = 'response-lost' | 'request-lost' | 'definitely-not-sent' | 'held-back';

/** A connection whose next writeTxn calls fail as scripted, like a member dying mid-request. */
class FaultyConnection extends EtcdConnection {
  readonly faults: Fault[] = [];
  readonly held: ITxnRequest[] = [];
  /** Runs before each real send (after the faults of that call were decided). */
  beforeSend: (() => Promise<void>) | undefined;
  sends = 0;

  override async writeTxn(req: ITxnRequest): Promise<ITxnResponse> {
    const fault = this.faults.shift();
    if (fault === 'held-back') {
      this.held.push(req);
      throw toStoreError(new Error('4 DEADLINE_EXCEEDED: Deadline exceeded'), 'commit');
    }
    if (fault === 'request-lost') throw toStoreError(new Error('14 UNAVAILABLE: Connection dropped'), 'commit');
    if (fault === 'definitely-not-sent') throw toStoreError(new Error('etcdserver: no leader'), 'commit');
    await this.beforeSend?.();
    this.sends++;
    const res = await super.writeTxn(req);
    if (fault === 'response-lost') throw domainError('ServiceUnavailable', { reason: 'lost' }, { cause: new Error('4 DEADLINE_EXCEEDED: Deadline exceeded') });
    return res;
  }

  /** Delivers the oldest held-back request now, as etcd would have applied it late. */
  async deliverHeld(): Promise<ITxnResponse> {
    return super.writeTxn(this.held.shift()!);
  }
}

const collections = [{ name: 'ports', indexes: { byNetwork: (v: unknown) => (v as { net: string }).net } }, { name: 'networks' }];
let cluster: EtcdCluster;
let n = 0;
const open: Store[] = [];

beforeAll(async () => {
  cluster = await startEtcd({ members: 1, unsafeNoFsync: true });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await cluster?.stop();
});

async function openFaulty(): Promise<{ store: Store; conn: FaultyConnection; prefix: string }> {
  const prefix = `/outcome-${++n}/`;
  const options: EtcdStoreOptions = { endpoints: cluster.endpoints, prefix, collections, requestTimeoutMs: 2_000 };
  const conn = new FaultyConnection(options);
  const store = await openEtcdStoreOn(options, conn);
  open.push(store);
  return { store, conn, prefix };
}

async function errorOf(p: Promise<unknown>): Promise<Error> {
  try {
    await p;
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected a failure');
}

describe('etcd commit with an unknown outcome', () => {
  it('reports success exactly once when the txn was applied but its response was lost', async () => {
    const { store, conn } = await openFaulty();
    const from = await store.currentRevision();
    conn.faults.push('response-lost');
    const create = { compares: [{ collection: 'ports', key: 'p1', modRevision: 0 }], ops: [{ type: 'put' as const, collection: 'ports', key: 'p1', value: { net: 'n1' } }] };
    const { revision } = await store.commit(create);
    expect(conn.sends).toBe(1); // resolved by the marker, not by sending again
    const item = await store.get('ports', 'p1');
    expect(item).toMatchObject({ modRevision: revision, createRevision: revision, version: 1 });
    expect((await store.list('ports', { index: 'byNetwork', value: 'n1' })).map((i) => i.key)).toEqual(['p1']);

    // The watch shows that one revision, with the data change only (no marker).
    const abort = new AbortController();
    const events: WatchEvent[] = [];
    for await (const e of store.watch({ afterRevision: from, signal: abort.signal, progressIntervalMs: 100 })) {
      events.push(e);
      if (e.type === 'progress' || (e.type === 'changes' && e.revision >= revision)) break;
    }
    abort.abort();
    expect(events).toMatchObject([{ type: 'changes', revision, changes: [{ collection: 'ports', key: 'p1', version: 1 }] }]);
    expect((await store.snapshot()).collections.get('ports')).toHaveLength(1);
  });

  it('sends again once when the request never got applied, and applies it once', async () => {
    const { store, conn } = await openFaulty();
    conn.faults.push('request-lost');
    const { revision } = await store.commit({ compares: [{ collection: 'networks', key: 'a', modRevision: 0 }], ops: [{ type: 'put', collection: 'networks', key: 'a', value: 1 }] });
    expect(conn.sends).toBe(1);
    expect(await store.get('networks', 'a')).toMatchObject({ value: 1, modRevision: revision, version: 1 });
  });

  it('resolves a lost delete-only commit, which marks only the keys that existed', async () => {
    const { store, conn, prefix } = await openFaulty();
    await store.commit({ ops: [{ type: 'put', collection: 'networks', key: 'a', value: 1 }] });
    conn.faults.push('response-lost');
    const { revision } = await store.commit({ ops: [{ type: 'delete', collection: 'networks', key: 'a' }, { type: 'delete', collection: 'networks', key: 'missing' }] });
    expect(revision).toBe(await store.currentRevision());
    expect(await store.get('networks', 'a')).toBeUndefined();
    // Deleting only missing keys still changes nothing (no marker, no revision).
    expect((await store.commit({ ops: [{ type: 'delete', collection: 'networks', key: 'missing' }] })).revision).toBe(revision);
    const raw = new Etcd3({ hosts: cluster.endpoints });
    try {
      expect(await raw.getAll().prefix(`${prefix}t/`).count()).toBe(2); // the put's marker and one delete marker
    } finally {
      raw.close();
    }
  });

  it('lands once when the first attempt is applied late, just before the resend: the resend reports its success', async () => {
    const { store, conn } = await openFaulty();
    conn.faults.push('held-back');
    // The marker check finds nothing (the first attempt is still held back); then, just before
    // the resend goes out, the first attempt lands.
    conn.beforeSend = async () => {
      conn.beforeSend = undefined;
      await conn.deliverHeld();
    };
    const create = { compares: [{ collection: 'ports', key: 'late', modRevision: 0 }], ops: [{ type: 'put' as const, collection: 'ports', key: 'late', value: { net: 'n1' } }] };
    const { revision } = await store.commit(create);
    // Not a StoreConflict for the caller's own write: the resend found the first attempt's marker.
    expect(await store.get('ports', 'late')).toMatchObject({ modRevision: revision, createRevision: revision, version: 1 });
    expect((await store.list('ports', { index: 'byNetwork', value: 'n1' })).map((i) => i.key)).toEqual(['late']);
  });

  it('never applies twice when the first attempt lands after the resend', async () => {
    const { store, conn } = await openFaulty();
    conn.faults.push('held-back');
    // A blind put (no compares of its own): only the marker compare can stop a second apply.
    const { revision } = await store.commit({ ops: [{ type: 'put', collection: 'networks', key: 'once', value: 1 }] });
    expect(conn.sends).toBe(1);
    const late = await conn.deliverHeld();
    expect(late.succeeded).toBe(false);
    expect(await store.get('networks', 'once')).toMatchObject({ value: 1, modRevision: revision, version: 1 });
    expect(await store.currentRevision()).toBe(revision);
  });

  it('says "may or may not have been applied" once an attempt was ambiguous, and "nothing was written" only when nothing was sent', async () => {
    const { store, conn } = await openFaulty();
    conn.faults.push('request-lost', 'request-lost');
    const twice = await errorOf(store.commit({ ops: [{ type: 'put', collection: 'networks', key: 'b', value: 1 }] }));
    expect(isErrorType(twice, 'ServiceUnavailable')).toBe(true);
    expect(twice.message).toMatch(/etcd quorum unavailable during commit: .*; the transaction may or may not have been applied/);
    expect(await store.get('networks', 'b')).toBeUndefined();

    // Refused before proposing: not ambiguous, so no outcome check and no resend.
    conn.faults.push('definitely-not-sent');
    const refused = await errorOf(store.commit({ ops: [{ type: 'put', collection: 'networks', key: 'c', value: 1 }] }));
    expect(refused.message).toMatch(/etcd quorum unavailable during commit: etcdserver: no leader; nothing was written/);
    expect(await store.get('networks', 'c')).toBeUndefined();
    expect(conn.sends).toBe(0);
  });
});
