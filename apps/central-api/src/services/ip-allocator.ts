import { Collections, domainError, type FixedIp, type Network, type Subnet } from '@trellis/domain';
import type { FixedIpRequest } from '@trellis/neutron';
import type { Item, Store } from '@trellis/store';
import { bigToIp, inRange, normalizeIp, parseCidr, poolCandidates, poolSize, type CidrRange } from './ipam';
import { eui64Address, isAutoAddressSubnet, takesAutoAddresses } from './ipv6-auto-address';
import type { TxnBuilder } from './store-txn';

/** What addressing needs to know of the port: its id, MAC (EUI-64) and owner (router ports). */
export interface PortAddressing {
  readonly id: string;
  readonly macAddress: string;
  readonly deviceOwner: string;
}

/** Candidates the next-fit scan reads one by one before it reads the subnet's allocations at once. */
const SCAN_BUDGET = 32;
/** On a retry after a lost race, the scan starts up to this many addresses further on. */
const RETRY_SPREAD = 256;

/**
 * State of one transaction's allocations: addresses claimed so far, subnets compared, and the
 * in-process reservations to end (with `IpAllocator.settle`) once the transaction settled.
 */
export class AllocationScope {
  readonly claimed = new Set<string>();
  readonly guarded = new Set<string>();
  readonly reservations: string[] = [];
  /** Subnets this retry has jumped ahead in already (once per subnet, not per port). */
  readonly spread = new Set<string>();
  /** `attempt` > 1: a retry after a conflict, when spreading out beats next-fit. */
  constructor(readonly txn: TxnBuilder, readonly attempt = 1) {}
}

/**
 * Fixed-IP allocation with the `ips` collection as the source of truth: every address is a key
 * `[subnetId, ip]` created with a must-not-exist compare, so two racing requests (or replicas)
 * can never hold the same address. A next-fit cursor per subnet keeps allocation O(1) in the
 * common case; addresses handed to a transaction in flight are reserved in memory (the cursor and
 * the reservation move before any await), so concurrent requests of one process do not collide.
 */
export class IpAllocator {
  private readonly cursor = new Map<string, bigint>();
  /** `subnetId|ip` of addresses picked by transactions not settled yet. */
  private readonly reserved = new Set<string>();

  constructor(private readonly store: Store) {}

  /**
   * Addresses for a new port, as Neutron's IPAM gives them. Without requests: one pool address of
   * IPv4 and one of stateful IPv6 (each from the first subnet of its kind with room), plus the
   * EUI-64 address on every SLAAC/DHCPv6-stateless subnet. With requests: each checked or
   * allocated, then the automatic addresses of the auto-address subnets not named.
   */
  async allocate(scope: AllocationScope, network: Network, subnets: readonly Item<Subnet>[], requests: readonly FixedIpRequest[] | undefined, port: PortAddressing): Promise<FixedIp[]> {
    const out: FixedIp[] = [];
    const auto = takesAutoAddresses(port.deviceOwner);
    if (requests === undefined) {
      const v4 = subnets.filter((s) => s.value.ipVersion === 4);
      const v6Stateful = subnets.filter((s) => s.value.ipVersion === 6 && !isAutoAddressSubnet(s.value));
      for (const candidates of [v4, v6Stateful]) {
        if (candidates.length === 0) continue;
        let got: FixedIp | undefined;
        for (const s of candidates) {
          got = await this.fromPool(scope, s, port.id);
          if (got) break;
        }
        if (!got) throw domainError('IpAddressGenerationFailure', { net_id: network.id });
        out.push(got);
      }
    } else {
      for (const req of requests) out.push(await this.fromRequest(scope, network, subnets, req, port, 'create'));
    }
    if (auto) {
      for (const s of subnets) {
        if (isAutoAddressSubnet(s.value) && !out.some((f) => f.subnetId === s.value.id)) out.push(await this.eui64(scope, s, port));
      }
    }
    return out;
  }

  /**
   * Addresses asked for on a port update. Requests naming an auto-address subnet keep (or get)
   * the port's EUI-64 address there; any other address on such a subnet is refused, as Neutron
   * refuses it.
   */
  async allocateOnUpdate(scope: AllocationScope, network: Network, subnets: readonly Item<Subnet>[], requests: readonly FixedIpRequest[], port: PortAddressing): Promise<FixedIp[]> {
    const out: FixedIp[] = [];
    for (const req of requests) out.push(await this.fromRequest(scope, network, subnets, req, port, 'update'));
    return out;
  }

  /**
   * One requested address. On an auto-address subnet it is the EUI-64 address: naming any
   * address there is refused at create (AllocationOnAutoAddressSubnet), and at update unless it
   * is the port's own EUI-64 address (clients send a port's current fixed_ips back).
   */
  private async fromRequest(scope: AllocationScope, network: Network, subnets: readonly Item<Subnet>[], req: FixedIpRequest, port: PortAddressing, op: 'create' | 'update'): Promise<FixedIp> {
    const subnet = this.subnetFor(network, subnets, req);
    if (isAutoAddressSubnet(subnet.value) && takesAutoAddresses(port.deviceOwner)) {
      if (req.ipAddress !== undefined && (op === 'create' || normalizeIp(req.ipAddress, 6) !== eui64Address(subnet.value.cidr, port.macAddress))) {
        throw domainError('AllocationOnAutoAddressSubnet', { ip: req.ipAddress, subnet_id: subnet.value.id });
      }
      return this.eui64(scope, subnet, port);
    }
    if (req.ipAddress !== undefined) return this.claim(scope, subnet, req.ipAddress, port);
    const got = await this.fromPool(scope, subnet, port.id);
    if (!got) throw domainError('IpAddressGenerationFailure', { net_id: network.id });
    return got;
  }

  /** The port's EUI-64 address on an auto-address subnet, recorded like any allocation. */
  async eui64(scope: AllocationScope, subnet: Item<Subnet>, port: PortAddressing): Promise<FixedIp> {
    const ip = eui64Address(subnet.value.cidr, port.macAddress);
    const tag = `${subnet.value.id}|${ip}`;
    if (scope.claimed.has(tag) || (await this.store.get(Collections.ips, [subnet.value.id, ip]))) {
      throw domainError('IpAddressAlreadyAllocated', { ip, subnet_id: subnet.value.id });
    }
    this.take(scope, subnet, ip, port.id);
    return { subnetId: subnet.value.id, ipAddress: ip };
  }

  /** Ends the scope's reservations; call once its transaction committed or failed. */
  settle(scope: AllocationScope): void {
    for (const tag of scope.reservations) this.reserved.delete(tag);
    scope.reservations.length = 0;
  }

  /** Frees addresses in the same transaction (port delete or fixed_ips change). */
  release(scope: AllocationScope, fixedIps: readonly FixedIp[]): void {
    for (const f of fixedIps) scope.txn.delete(Collections.ips, [f.subnetId, f.ipAddress]);
  }

  private subnetFor(network: Network, subnets: readonly Item<Subnet>[], req: FixedIpRequest): Item<Subnet> {
    if (req.subnetId !== undefined) {
      const s = subnets.find((x) => x.value.id === req.subnetId);
      if (!s) throw domainError('InvalidInput', { error_message: `Failed to create port on network ${network.id}, because fixed_ips included invalid subnet ${req.subnetId}` });
      return s;
    }
    const ip = req.ipAddress ?? '';
    const s = subnets.find((x) => inRange(parseCidr(x.value.cidr), ip));
    if (!s) throw domainError('InvalidIpForNetwork', { ip_address: ip });
    return s;
  }

  private guard(scope: AllocationScope, subnet: Item<Subnet>): void {
    if (scope.guarded.has(subnet.value.id)) return;
    scope.guarded.add(subnet.value.id);
    scope.txn.expect(Collections.subnets, subnet.key, subnet);
  }

  /** A named address; the subnet's gateway IP only for a router interface (which holds it). */
  private async claim(scope: AllocationScope, subnet: Item<Subnet>, requested: string, port: PortAddressing): Promise<FixedIp> {
    const portId = port.id;
    const range = parseCidr(subnet.value.cidr);
    const ip = normalizeIp(requested, range.version);
    const gatewayRefused = ip === subnet.value.gatewayIp && takesAutoAddresses(port.deviceOwner);
    if (ip === undefined || !inRange(range, ip) || gatewayRefused || isNetworkOrBroadcast(range, ip)) {
      throw domainError('InvalidIpForSubnet', { ip_address: requested });
    }
    const tag = `${subnet.value.id}|${ip}`;
    if (scope.claimed.has(tag) || (await this.store.get(Collections.ips, [subnet.value.id, ip]))) {
      throw domainError('IpAddressAlreadyAllocated', { ip, subnet_id: subnet.value.id });
    }
    // Keeps the pool scan of concurrent requests off it; when another request holds it already,
    // the store's compare decides.
    this.reserve(scope, subnet.value, ip);
    this.take(scope, subnet, ip, portId);
    return { subnetId: subnet.value.id, ipAddress: ip };
  }

  private async fromPool(scope: AllocationScope, subnet: Item<Subnet>, portId: string): Promise<FixedIp | undefined> {
    const s = subnet.value;
    const size = poolSize(s.allocationPools);
    if (size === 0n) return undefined;
    let start = this.cursor.get(s.id) ?? 0n;
    // After a lost race, jump further on each attempt: the winner (often another replica) is
    // scanning the same neighbourhood. Once per subnet and attempt: the transaction's next ports
    // continue next-fit from there (a jump per port moved the cursor ≈ 128 addresses per port of
    // a retried bulk create, 32,000 for 250 ports, and left the pool fragmented behind it).
    if (scope.attempt > 1 && !scope.spread.has(s.id)) {
      scope.spread.add(s.id);
      start += BigInt(Math.floor(Math.random() * RETRY_SPREAD * (scope.attempt - 1)));
    }
    let offset = start;
    let budget = SCAN_BUDGET;
    for (const ip of poolCandidates(s.allocationPools, s.ipVersion, start)) {
      if (budget-- <= 0) break;
      offset += 1n;
      this.cursor.set(s.id, offset % size);
      if (!this.reserve(scope, s, ip)) continue;
      if (await this.store.get(Collections.ips, [s.id, ip])) continue;
      this.take(scope, subnet, ip, portId);
      return { subnetId: s.id, ipAddress: ip };
    }
    // The neighbourhood of the cursor is full: read the subnet's allocations once and take the
    // first free address from the cursor on (wrapping; bounded by the pool size), with the cursor
    // moved past it, so the next allocation continues next-fit in free space instead of scanning
    // the same full neighbourhood and reading every allocation again.
    const allocated = new Set((await this.store.list(Collections.ips, { prefix: [s.id] })).map((i) => (i.key as readonly [string, string])[1]));
    if (BigInt(allocated.size) >= size) return undefined;
    for (const ip of poolCandidates(s.allocationPools, s.ipVersion, offset)) {
      offset += 1n;
      if (allocated.has(ip) || !this.reserve(scope, s, ip)) continue;
      this.cursor.set(s.id, offset % size);
      this.take(scope, subnet, ip, portId);
      return { subnetId: s.id, ipAddress: ip };
    }
    return undefined;
  }

  /** Reserves `ip` for this scope unless the gateway, claimed here, or reserved by another. */
  private reserve(scope: AllocationScope, s: Subnet, ip: string): boolean {
    const tag = `${s.id}|${ip}`;
    if (ip === s.gatewayIp || scope.claimed.has(tag) || this.reserved.has(tag)) return false;
    this.reserved.add(tag);
    scope.reservations.push(tag);
    return true;
  }

  private take(scope: AllocationScope, subnet: Item<Subnet>, ip: string, portId: string): void {
    this.guard(scope, subnet);
    scope.claimed.add(`${subnet.value.id}|${ip}`);
    scope.txn.create(Collections.ips, [subnet.value.id, ip], { portId });
  }
}

/** The network address (and on IPv4 the broadcast address) is never a host's. */
function isNetworkOrBroadcast(range: CidrRange, ip: string): boolean {
  return ip === bigToIp(range.first, range.version) || (range.version === 4 && ip === bigToIp(range.last, range.version));
}
