import { Collections, type Subnet } from '@trellis/domain';
import type { Item, Store } from '@trellis/store';
import { afterEach, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../test-app';
import { AllocationScope, IpAllocator } from './ip-allocator';
import { TxnBuilder } from './store-txn';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

/** A network with one IPv4 subnet of `cidr`; the subnet as the store holds it. */
async function subnetOf(cidr: string): Promise<{ network: { id: string }; subnet: Item<Subnet> }> {
  t = await startTestApp();
  const network = (await t.call('POST', '/v2.0/networks', { network: { name: 'n' } })).json.network;
  const id = (await t.call('POST', '/v2.0/subnets', { subnet: { network_id: network.id, cidr, ip_version: 4 } })).json.subnet.id;
  return { network, subnet: (await t.store.get<Subnet>(Collections.subnets, id))! };
}

/** The store, counting `list` calls on the `ips` collection (the allocator's full read). */
function countingIpLists(store: Store): { store: Store; lists: () => number } {
  let lists = 0;
  const counting = new Proxy(store, {
    get(target, prop, receiver) {
      if (prop === 'list') {
        return (collection: string, ...rest: unknown[]) => {
          if (collection === Collections.ips) lists++;
          return (target.list as (...a: unknown[]) => unknown)(collection, ...rest);
        };
      }
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  });
  return { store: counting, lists: () => lists };
}

const allocateMany = async (ips: IpAllocator, scope: AllocationScope, network: { id: string }, subnet: Item<Subnet>, count: number) => {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const [fixed] = await ips.allocate(scope, { id: network.id } as never, [subnet], undefined, { id: `port-${i}`, macAddress: 'fa:16:3e:00:00:01', deviceOwner: 'compute:nova' });
    out.push(fixed.ipAddress);
  }
  return out;
};

const lastOctets = (ips: string[]) => ips.map((ip) => Number(ip.split('.')[3]) + 256 * Number(ip.split('.')[2]));

describe('IpAllocator', () => {
  it('on a retry jumps ahead once per subnet, then allocates next-fit', async () => {
    const { network, subnet } = await subnetOf('10.0.0.0/22');
    const ips = new IpAllocator(t!.store);
    const got = lastOctets(await allocateMany(ips, new AllocationScope(new TxnBuilder(), 2), network, subnet, 40));
    expect(new Set(got).size).toBe(40);
    // Consecutive after the one jump (a jump per port spread a retried bulk over the whole pool).
    expect(got.slice(1).map((n, i) => n - got[i])).toEqual(Array.from({ length: 39 }, () => 1));
  });

  it('reads the allocations once when the neighbourhood is full, and continues next-fit after the address it took', async () => {
    const { network, subnet } = await subnetOf('10.0.0.0/24');
    // Pool .2–.254: the first 100 addresses (.2–.101) are held already.
    const held = Array.from({ length: 100 }, (_, i) => `10.0.0.${i + 2}`);
    await t!.store.commit({ ops: held.map((ip) => ({ type: 'put' as const, collection: Collections.ips, key: [subnet.value.id, ip], value: { portId: 'other' } })) });
    const counting = countingIpLists(t!.store);
    const ips = new IpAllocator(counting.store);
    const got = await allocateMany(ips, new AllocationScope(new TxnBuilder()), network, subnet, 3);
    expect(got).toEqual(['10.0.0.102', '10.0.0.103', '10.0.0.104']);
    expect(counting.lists()).toBe(1);
  });
});

describe('port MACs in a bulk create', () => {
  it('are checked against the network before the commit, so a taken MAC does not retry the whole bulk', async () => {
    // MAC draws: the first port gets …:00:00:01; the bulk then draws …:00:00:01 again (taken) and
    // must move on to …:00:00:02 and …:00:00:03 without a conflict.
    const draws = [1, 1, 2, 3];
    t = await startTestApp({}, { randomBytes: () => Uint8Array.from([0, 0, draws.shift() ?? 9]) });
    const network = (await t.call('POST', '/v2.0/networks', { network: { name: 'n' } })).json.network;
    expect((await t.call('POST', '/v2.0/ports', { port: { network_id: network.id } })).json.port.mac_address).toMatch(/:00:00:01$/);
    let conflicts = 0;
    const commit = t.store.commit.bind(t.store);
    t.store.commit = async (txn) => {
      try {
        return await commit(txn);
      } catch (err) {
        conflicts++;
        throw err;
      }
    };
    const bulk = await t.call('POST', '/v2.0/ports', { ports: [{ network_id: network.id }, { network_id: network.id }] });
    expect(bulk.status).toBe(201);
    expect(bulk.json.ports.map((p: { mac_address: string }) => p.mac_address.slice(-5))).toEqual(['00:02', '00:03']);
    expect(conflicts).toBe(0);
  });
});
