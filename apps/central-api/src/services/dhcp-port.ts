import { createHash, randomBytes } from 'node:crypto';
import { Collections, DEVICE_OWNER_DHCP, newId, type FixedIp, type Network, type Subnet } from '@trellis/domain';
import { Indexes, type StoredPort } from '@trellis/neutron';
import type { Item, Store } from '@trellis/store';
import { bigToIp, ipToBig } from './ipam';
import { eui64Address, isAutoAddressSubnet } from './ipv6-auto-address';
import type { TxnBuilder } from './store-txn';

/**
 * Neutron's DHCP agent names its port `dhcp<uuid5 of the agent's host>-<network id>`. Trellis
 * answers DHCP on every host with one shared identity per network, so the "host" part is a fixed
 * uuid5-shaped value derived from the name `trellis-distributed-dhcp`.
 */
const DISTRIBUTED_HOST_UUID = ((): string => {
  const h = createHash('sha1').update('trellis-distributed-dhcp').digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${h.slice(16, 20)}-${h.slice(20, 32)}`;
})();

/** device_id of a network's DHCP port: `dhcp<uuid>-<network id>`, as Neutron's agent forms it. */
export function dhcpDeviceId(networkId: string): string {
  return `dhcp${DISTRIBUTED_HOST_UUID}-${networkId}`;
}

/** What the DHCP port reconciliation needs beyond the store. */
export interface DhcpPortContext {
  readonly store: Store;
  readonly txn: TxnBuilder;
  readonly macPrefix: string;
  readonly now: string;
  /** Three random bytes (injectable for tests). */
  readonly randomBytes?: () => Uint8Array;
}

/** The network's DHCP port, if it has one. */
export async function findDhcpPort(store: Store, networkId: string): Promise<Item<StoredPort> | undefined> {
  const found = await store.list<StoredPort>(Collections.ports, { index: Indexes.portsByDevice, value: dhcpDeviceId(networkId) });
  return found.find((p) => p.value.deviceOwner === DEVICE_OWNER_DHCP && p.value.networkId === networkId);
}

/**
 * Brings the network's DHCP port in line with its subnets, in the caller's transaction: one fixed
 * IP on every subnet with `enable_dhcp`, created with the first such subnet, removed with the
 * last. `subnets` is the network's subnet set after the caller's change; addresses of subnets not
 * in it are the caller's to delete (a subnet delete removes all of its allocations).
 *
 * The address is the highest free address of the subnet's allocation pools (Neutron's agent takes
 * the lowest, which would move every instance address of an existing deployment by one); on a
 * SLAAC or DHCPv6-stateless subnet it is the port's EUI-64 address, as Neutron gives it.
 */
export async function reconcileDhcpPort(ctx: DhcpPortContext, network: Network, subnets: readonly Subnet[]): Promise<void> {
  const existing = await findDhcpPort(ctx.store, network.id);
  const served = subnets.filter((s) => s.enableDhcp);
  if (served.length === 0) {
    if (!existing) return;
    const p = existing.value;
    ctx.txn.expect(Collections.ports, existing.key, existing).delete(Collections.ports, existing.key).delete(Collections.macs, [network.id, p.macAddress]);
    for (const f of p.fixedIps) if (subnets.some((s) => s.id === f.subnetId)) ctx.txn.delete(Collections.ips, [f.subnetId, f.ipAddress]);
    return;
  }
  const id = existing?.value.id ?? newId();
  const mac = existing?.value.macAddress ?? newMac(ctx);
  // The addresses it holds keep their place; a new subnet's address is appended (as Neutron does).
  const fixedIps: FixedIp[] = (existing?.value.fixedIps ?? []).filter((f) => served.some((s) => s.id === f.subnetId));
  for (const s of served) {
    if (fixedIps.some((f) => f.subnetId === s.id)) continue;
    const ip = isAutoAddressSubnet(s) ? eui64Address(s.cidr, mac) : await highestFree(ctx.store, s);
    if (ip === undefined) continue; // a full pool: the subnet is served without a server address of its own
    ctx.txn.create(Collections.ips, [s.id, ip], { portId: id });
    fixedIps.push({ subnetId: s.id, ipAddress: ip });
  }
  if (existing) {
    const p = existing.value;
    for (const f of p.fixedIps) {
      if (!fixedIps.includes(f) && subnets.some((s) => s.id === f.subnetId)) ctx.txn.delete(Collections.ips, [f.subnetId, f.ipAddress]);
    }
    if (sameIps(p.fixedIps, fixedIps)) return;
    const port: StoredPort = { ...p, fixedIps, revisionNumber: p.revisionNumber + 1, updatedAt: ctx.now };
    ctx.txn.expect(Collections.ports, existing.key, existing).put(Collections.ports, existing.key, port);
    return;
  }
  const port: StoredPort = {
    id, projectId: network.projectId, name: '', description: '', tags: [], revisionNumber: 1, createdAt: ctx.now, updatedAt: ctx.now,
    networkId: network.id, macAddress: mac, fixedIps, deviceId: dhcpDeviceId(network.id), deviceOwner: DEVICE_OWNER_DHCP,
    status: 'ACTIVE', adminStateUp: true, bindings: [], mobilitySeq: 0, portSecurityEnabled: false,
  };
  ctx.txn.create(Collections.macs, [network.id, mac], { portId: id }).create(Collections.ports, id, port);
}

function sameIps(a: readonly FixedIp[], b: readonly FixedIp[]): boolean {
  return a.length === b.length && a.every((f, i) => f.subnetId === b[i].subnetId && f.ipAddress === b[i].ipAddress);
}

/** A random MAC under the prefix; the must-not-exist compare on its `macs` key catches a collision. */
function newMac(ctx: DhcpPortContext): string {
  const bytes = ctx.randomBytes?.() ?? randomBytes(3);
  return `${ctx.macPrefix}:${Array.from(bytes.subarray(0, 3), (b) => b.toString(16).padStart(2, '0')).join(':')}`;
}

/** Candidates read one by one from the top of the pools before giving up on a crowded subnet. */
const SCAN_LIMIT = 64;

/** The highest address of the subnet's pools that is neither the gateway nor allocated. */
async function highestFree(store: Store, s: Subnet): Promise<string | undefined> {
  let budget = SCAN_LIMIT;
  for (const pool of [...s.allocationPools].reverse()) {
    for (let v = ipToBig(pool.end); v >= ipToBig(pool.start) && budget-- > 0; v--) {
      const ip = bigToIp(v, s.ipVersion);
      if (ip === s.gatewayIp) continue;
      if (!(await store.get(Collections.ips, [s.id, ip]))) return ip;
    }
  }
  return undefined;
}
