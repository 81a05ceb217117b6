import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { open as openLmdb } from 'lmdb';
import { afterEach, describe, expect, it } from 'vitest';
import type { NetworkRecord, PortRecord } from '../span/records';
import { openLmdbIndexStore, type IndexBatch, type IndexStore } from './index-store';

const net = (id: string, vni: number): NetworkRecord => ({ id, vni, mtu: 1450 });

function batch(revision: number, extra: Partial<IndexBatch> = {}): IndexBatch {
  return { revision, logFloor: 0, epoch: 'e1', changes: [], spanRevisions: [], ...extra };
}

describe('lmdb index store', () => {
  let dir: string | undefined;
  let store: IndexStore | undefined;

  afterEach(async () => {
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    store = dir = undefined;
  });

  const open = async (options?: Parameters<typeof openLmdbIndexStore>[1]) => {
    dir ??= await mkdtemp(join(tmpdir(), 'trellis-index-store-'));
    store = openLmdbIndexStore(join(dir, 'index'), options);
    return store;
  };

  it('keeps queued batches off disk until the window ends or flush(), then writes them all in order', async () => {
    const s = await open({ coalesceMs: 60_000 });
    s.save(batch(1, { changes: [{ kind: 'network', id: 'n1', record: net('n1', 1001) }], spanRevisions: [['h1', 1]] }));
    s.save(batch(2, { append: { revision: 2, vnis: [{ vni: 1001, shared: new Uint8Array([1, 2]), perHost: new Map(), full: [], left: [] }] } }));
    s.save(batch(3, { changes: [{ kind: 'network', id: 'n2', record: net('n2', 1002) }], spanRevisions: [['h1', 3]], logFloor: 2, dropLog: [2] }));
    // Nothing written yet: the feed position on disk is still the initial one.
    expect(s.load().revision).toBe(0);
    await s.flush();
    const loaded = s.load();
    expect(loaded.revision).toBe(3);
    expect(loaded.logFloor).toBe(2);
    expect(loaded.epoch).toBe('e1');
    expect(loaded.networks.map((n) => n.id).sort()).toEqual(['n1', 'n2']);
    expect(loaded.spanRevisions).toEqual([['h1', 3]]);
    // Batch 3 dropped the log record batch 2 appended, inside the same transaction.
    expect(loaded.log).toEqual([]);
  });

  it('writes once maxQueued batches wait, without flush()', async () => {
    const s = await open({ coalesceMs: 60_000, maxQueued: 2 });
    s.save(batch(1));
    s.save(batch(2));
    let revision = 0;
    for (let i = 0; i < 200 && revision !== 2; i++) {
      await new Promise((r) => setTimeout(r, 10));
      revision = s.load().revision;
    }
    expect(revision).toBe(2);
  });

  it('writes after coalesceMs on its own, and close() writes what still waits', async () => {
    const s = await open({ coalesceMs: 20 });
    s.save(batch(5, { changes: [{ kind: 'network', id: 'n5', record: net('n5', 1005) }] }));
    let revision = 0;
    for (let i = 0; i < 200 && revision !== 5; i++) {
      await new Promise((r) => setTimeout(r, 10));
      revision = s.load().revision;
    }
    expect(revision).toBe(5);
    s.save(batch(6, { changes: [{ kind: 'network', id: 'n5', record: undefined }] }));
    await s.close();
    const reopened = await open();
    const loaded = reopened.load();
    expect(loaded.revision).toBe(6);
    expect(loaded.networks).toEqual([]);
  });

  it('maps its file once while it grows (no stale mappings of a smaller map left resident)', async () => {
    const mappingsOf = (file: string) => readFileSync('/proc/self/smaps', 'utf8').split('\n').filter((l) => /^[0-9a-f]+-[0-9a-f]+ /.test(l) && l.endsWith(file)).length;
    const port = (i: number): PortRecord => ({
      id: `port-${i}`, networkId: `net-${i % 50}`, mac: `fa:16:3e:00:${(i >> 8).toString(16).padStart(2, '0')}:${(i & 255).toString(16).padStart(2, '0')}`,
      ips: [`10.0.${i >> 8}.${i & 255}`], seq: 1, bindings: [{ host: `host-${i % 100}`, inactive: false }],
    });
    const grow = async (s: IndexStore) => {
      // ≈ 8 MB of records in 8 transactions: a map that starts small is remapped several times.
      for (let b = 0; b < 8; b++) {
        const changes = Array.from({ length: 4000 }, (_, j) => ({ kind: 'port' as const, id: `port-${b * 4000 + j}`, record: port(b * 4000 + j) }));
        s.save(batch(b + 1, { changes }));
        await s.flush();
      }
    };
    const s = await open({ coalesceMs: 0 });
    await grow(s);
    const file = join(dir!, 'index', 'data.mdb');
    expect(s.load().ports).toHaveLength(32_000);
    expect(mappingsOf(file)).toBe(1);
    await s.close();
    store = undefined;
    // The same writes with a 1 MiB map: the check above would see the extra mappings.
    const small = openLmdbIndexStore(join(dir!, 'small'), { coalesceMs: 0, mapSizeBytes: 1 << 20 });
    store = small;
    await grow(small);
    expect(mappingsOf(join(dir!, 'small', 'data.mdb'))).toBeGreaterThan(1);
  });

  it('stores ports as tuples and still loads ports an earlier version stored as objects', async () => {
    const rec = (id: string, host: string): PortRecord => ({ id, networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.1'], seq: 3, bindings: [{ host, inactive: false }] });
    const s = await open({ coalesceMs: 0 });
    s.save(batch(1, { changes: [{ kind: 'port', id: 'p-new', record: rec('p-new', 'h1') }] }));
    await s.close();
    store = undefined;
    const raw = openLmdb({ path: join(dir!, 'index'), compression: false });
    try {
      const ports = raw.openDB({ name: 'ports' });
      expect(ports.get('p-new')).toEqual(['n1', 'fa:16:3e:00:00:01', ['10.0.0.1'], 3, 'h1', 0]);
      await ports.put('p-old', rec('p-old', 'h2'));
    } finally {
      await raw.close();
    }
    const loaded = (await open()).load();
    expect(loaded.ports.sort((a, b) => a.id.localeCompare(b.id))).toEqual([rec('p-new', 'h1'), rec('p-old', 'h2')]);
  });
});
