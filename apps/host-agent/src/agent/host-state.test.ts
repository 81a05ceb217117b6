import { ipToBytes, macToBytes, packFdbGroup, packNeighbours, viewsEqual } from '@trellis/l2';
import { createLogger } from '@trellis/runtime';
import { describe, expect, it } from 'vitest';
import type { DataplaneBackend } from '../dataplane/backend';
import { MemoryBackend } from '../dataplane/memory-backend';
import { HostState } from './host-state';
import { MemoryStateStore } from './state-store';

const logger = createLogger({ name: 'host-state-test', level: 'silent' });
const fdb = (n: number, vtep: string, seq: number) => packFdbGroup(ipToBytes(vtep), [{ mac: macToBytes(`fa:16:3e:00:02:${n.toString(16).padStart(2, '0')}`), seq }]);

describe('HostState', () => {
  it('applies a delta synchronously when the backend does (no Promise), and asynchronously otherwise', async () => {
    const st = new HostState({ backend: new MemoryBackend(), logger });
    st.welcome({ epoch: 'e', snapshot: false });
    const out = st.delta({ revision: 2, vnis: [{ vni: 5, fdbUpsert: [fdb(1, '10.0.0.2', 1)] }] });
    expect(out).not.toBeInstanceOf(Promise);
    expect(out).toMatchObject({ applied: true, reply: { ack: { nonce: '2', revision: 2 } } });
    expect(st.view.get(5)!.fdb.get('fa:16:3e:00:02:01')).toEqual({ vtep: '10.0.0.2', seq: 1 });

    const inner = new MemoryBackend();
    const slow: DataplaneBackend = {
      kind: 'slow',
      reconcile: (v) => inner.reconcile(v),
      apply: async (c) => inner.apply(c),
      checkPorts: (pending) => inner.checkPorts(pending),
      read: () => inner.read(),
      close: () => inner.close(),
    };
    const st2 = new HostState({ backend: slow, logger });
    st2.welcome({ epoch: 'e', snapshot: false });
    const pending = st2.delta({ revision: 3, vnis: [{ vni: 5, fdbUpsert: [fdb(1, '10.0.0.2', 1)] }] });
    expect(pending).toBeInstanceOf(Promise);
    expect(await pending).toMatchObject({ applied: true, reply: { ack: { revision: 3 } } });
    expect(st2.token?.revision).toBe(3);
  });

  it('undoes a refused in-place delta and keeps the mobility rule', () => {
    const backend = new MemoryBackend();
    const st = new HostState({ backend, logger });
    st.welcome({ epoch: 'e', snapshot: false });
    st.delta({ revision: 1, vnis: [{ vni: 5, fdbUpsert: [fdb(1, '10.0.0.2', 4)] }] });
    backend.failNextApply('no');
    const nack = st.delta({ revision: 2, vnis: [{ vni: 5, fdbUpsert: [fdb(1, '10.0.0.3', 5), fdb(2, '10.0.0.3', 1)] }] });
    expect(nack).toMatchObject({ applied: false, reply: { nack: { nonce: '2', vnis: [5] } } });
    expect([...st.view.get(5)!.fdb]).toEqual([['fa:16:3e:00:02:01', { vtep: '10.0.0.2', seq: 4 }]]);
    // A lower sequence never moves the MAC back.
    st.delta({ revision: 3, vnis: [{ vni: 5, fdbUpsert: [fdb(1, '10.0.0.9', 3)] }] });
    expect(st.view.get(5)!.fdb.get('fa:16:3e:00:02:01')).toEqual({ vtep: '10.0.0.2', seq: 4 });
    expect(st.token?.revision).toBe(1);
  });

  it('coalesces state saves within persistIntervalMs; flushSave persists the newest state and token', async () => {
    const store = new MemoryStateStore();
    const st = new HostState({ backend: new MemoryBackend(), logger, store, persistIntervalMs: 60_000 });
    st.welcome({ epoch: 'e', snapshot: false });
    for (let r = 1; r <= 20; r++) st.delta({ revision: r, vnis: [{ vni: 5, fdbUpsert: [fdb(r, '10.0.0.2', 1)] }] });
    expect(store.saves).toBe(0);
    st.flushSave();
    expect(store.saves).toBe(1);
    const saved = (await store.load())!;
    expect(saved.token?.revision).toBe(20);
    expect(saved.view.get(5)!.fdb.size).toBe(20);

    const eager = new MemoryStateStore();
    const st2 = new HostState({ backend: new MemoryBackend(), logger, store: eager });
    st2.welcome({ epoch: 'e', snapshot: false });
    for (let r = 1; r <= 3; r++) st2.delta({ revision: r, vnis: [{ vni: 5, fdbUpsert: [fdb(r, '10.0.0.2', 1)] }] });
    expect(eager.saves).toBe(3);
  });

  it('programs a first snapshot from the staged tables: backends see every entry, the backend copy is its own, a refused VNI is not committed', async () => {
    const inner = new MemoryBackend();
    const seen: Array<{ vni: number; created: boolean; fdb: number; neigh: number; flood: number; local: number }> = [];
    const recording: DataplaneBackend = {
      kind: 'recording',
      reconcile: (v, mode) => inner.reconcile(v, mode),
      // Reads the lists as a backend without a table copy (linux) does.
      apply: (changes) => {
        for (const c of changes) seen.push({ vni: c.vni, created: c.created, fdb: c.fdbSet.length, neigh: c.neighSet.length, flood: c.floodAdd.length, local: c.localSet.length });
        return inner.apply(changes);
      },
      checkPorts: (pending) => inner.checkPorts(pending),
      read: () => inner.read(),
      close: () => inner.close(),
    };
    const st = new HostState({ backend: recording, logger });
    await st.init();
    st.welcome({ epoch: 'e', snapshot: true, revision: 1 });
    const local = { portId: 'p1', mac: macToBytes('fa:16:3e:00:09:01'), ips: [ipToBytes('192.168.0.9')], mtu: 1450 };
    const neighAdd = [packNeighbours([{ ip: ipToBytes('192.168.0.1'), mac: macToBytes('fa:16:3e:00:02:01') }])];
    st.chunk({ vnis: [{ vni: 5, full: true, mtu: 1450, floodAdd: [ipToBytes('10.0.0.2')], fdbUpsert: [fdb(1, '10.0.0.2', 1), fdb(2, '10.0.0.3', 2)], neighAdd, localAdd: [local] }] });
    st.chunk({ vnis: [{ vni: 6, full: true, mtu: 1450, fdbUpsert: [fdb(3, '10.0.0.2', 1)] }] });
    inner.failNextApply('no', [6]);
    const out = await st.snapshotEnd({ revision: 1, nonce: 's', token: { epoch: 'e', revision: 1 } });
    expect(out).toMatchObject({ applied: false, reply: { nack: { nonce: 's', vnis: [6] } } });
    expect(out.ports).toEqual([{ portId: 'p1', state: 'wired' }]);
    expect(seen).toEqual([
      { vni: 5, created: true, fdb: 2, neigh: 1, flood: 1, local: 1 },
      { vni: 6, created: true, fdb: 1, neigh: 0, flood: 0, local: 0 },
    ]);
    expect([...st.view.keys()]).toEqual([5]);
    expect(viewsEqual(await inner.read(), st.view)).toBe(true);
    // The backend holds its own copy: a later delta reaches it only through its change set.
    st.delta({ revision: 2, token: { epoch: 'e', revision: 2 }, vnis: [{ vni: 5, fdbUpsert: [fdb(1, '10.0.0.4', 2)] }] });
    expect((await inner.read()).get(5)!.fdb.get('fa:16:3e:00:02:01')).toEqual({ vtep: '10.0.0.4', seq: 2 });
    st.view.get(5)!.fdb.delete('fa:16:3e:00:02:02');
    expect((await inner.read()).get(5)!.fdb.size).toBe(2);
  });
});
