import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { applyVniDelta, diffViews, ipToBytes, macToBytes, type HostView } from '@trellis/l2';
import { backoffDelayMs } from './backoff';
import { FileStateStore } from './state-store';

const dirs: string[] = [];
afterEach(async () => {
  for (const d of dirs.splice(0)) await rm(d, { recursive: true, force: true });
});

describe('FileStateStore', () => {
  it('round-trips view and token atomically, keeping the newest of coalesced saves', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'host-state-'));
    dirs.push(dir);
    const store = new FileStateStore(path.join(dir, 'nested'));
    expect(await store.load()).toBeUndefined();
    const view: HostView = new Map();
    applyVniDelta(view, {
      vni: 4,
      mtu: 1450,
      floodAdd: [ipToBytes('fd00::1')],
      fdbUpsert: [{ mac: macToBytes('fa:16:3e:00:00:01'), vtep: ipToBytes('fd00::1'), seq: 3 }],
      neighAdd: [{ ip: ipToBytes('10.1.0.1'), mac: macToBytes('fa:16:3e:00:00:01') }],
      localAdd: [{ portId: 'p', mac: macToBytes('fa:16:3e:00:00:02'), ips: [ipToBytes('10.1.0.2')], inactive: true, seq: 1, mtu: 1450 }],
    });
    for (let r = 1; r <= 5; r++) store.save({ view, token: { epoch: 'e', revision: r, subscriptionVersion: 1 } });
    await store.flush();
    const loaded = (await store.load())!;
    expect(loaded.token).toEqual({ epoch: 'e', revision: 5, subscriptionVersion: 1 });
    expect(diffViews(view, loaded.view)).toEqual([]);
    expect(await readdir(path.join(dir, 'nested'))).toEqual(['host-state.json']);
  });
});

describe('backoffDelayMs', () => {
  it('grows exponentially within [ceiling/2, ceiling] and is capped', () => {
    const opts = { initialMs: 100, maxMs: 1000 };
    expect(backoffDelayMs(0, opts, () => 0)).toBe(50);
    expect(backoffDelayMs(0, opts, () => 1)).toBe(100);
    expect(backoffDelayMs(3, opts, () => 1)).toBe(800);
    expect(backoffDelayMs(4, opts, () => 0.5)).toBe(750);
    expect(backoffDelayMs(50, opts, () => 1)).toBe(1000);
  });
});

describe('state file and the addressing section', () => {
  it('keeps subnets; a file from an agent without them loads without its token (the next start takes a snapshot)', async () => {
    const { serializeState, deserializeState } = await import('./state-store');
    const { emptyVniView } = await import('@trellis/l2');
    const t = emptyVniView(5, 1450);
    t.subnets.set('s', { id: 's', ipVersion: 4, cidr: '10.0.0.0/24', gatewayIp: '10.0.0.1', enableDhcp: true, dnsNameservers: [], hostRoutes: [], ipv6AddressMode: '', ipv6RaMode: '', dhcpServerIp: '10.0.0.254', dhcpServerMac: 'fa:16:3e:dd:00:01' });
    const token = { epoch: 'e', revision: 7, subscriptionVersion: 3 };
    const back = deserializeState(serializeState({ token, view: new Map([[5, t]]) }));
    expect(back.token).toEqual(token);
    expect(back.view.get(5)!.subnets.get('s')!.dhcpServerIp).toBe('10.0.0.254');
    const old = JSON.stringify({ format: 1, token, vnis: [{ vni: 5, mtu: 1450, flood: [], fdb: [], neigh: [], local: [] }] });
    const loaded = deserializeState(old);
    expect(loaded.token).toBeUndefined();
    expect(loaded.view.get(5)!.subnets.size).toBe(0);
  });
});
