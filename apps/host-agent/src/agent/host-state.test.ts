import { ipToBytes, macToBytes, packFdbGroup } from '@trellis/l2';
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
      checkPorts: () => inner.checkPorts(),
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
});
