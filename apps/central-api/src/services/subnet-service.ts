import { Collections, DEVICE_OWNER_DHCP, DEVICE_OWNER_ROUTER_INTERFACE, domainError, newId, newStandardAttrs, type IpVersion, type Network, type Subnet } from '@trellis/domain';
import { Indexes, checkPrecondition, type ListFilters, type Precondition, type StoredPort, type SubnetCreateInput, type SubnetUpdateInput } from '@trellis/neutron';
import type { Item, Store } from '@trellis/store';
import { defaultGateway, defaultPools, inPools, normalizeIp, parseCidr, rangesOverlap, validateGateway, validatePools, type CidrRange } from './ipam';
import { eui64Address, isAutoAddressSubnet, takesAutoAddresses, validateIpv6Modes } from './ipv6-auto-address';
import { reconcileDhcpPort, type DhcpPortContext } from './dhcp-port';
import type { NetworkService } from './network-service';
import { TxnBuilder, retryOnConflict } from './store-txn';
import type { SubnetPrefixSource } from './subnet-pool-service';

const badInput = (error_message: string) => domainError('InvalidInput', { error_message });

/**
 * Subnets: CIDR and pool validation, overlap refusal, guarded delete. Each write also keeps the
 * network's DHCP port (dhcp-port.ts) in line with its DHCP-enabled subnets, in the same transaction.
 */
export class SubnetService {
  constructor(
    private readonly store: Store,
    private readonly networks: NetworkService,
    private readonly now: () => string,
    private readonly macPrefix = 'fa:16:3e',
    /** subnet_allocation: CIDRs from subnet pools; without it every create names its CIDR. */
    private readonly prefixes?: SubnetPrefixSource,
  ) {}

  async get(id: string): Promise<Item<Subnet>> {
    const item = await this.store.get<Subnet>(Collections.subnets, id);
    if (!item) throw domainError('SubnetNotFound', { subnet_id: id });
    return item;
  }

  async list(filters: ListFilters): Promise<Subnet[]> {
    if (filters.id) return (await this.store.getMany<Subnet>(Collections.subnets, filters.id)).flatMap((i) => (i ? [i.value] : []));
    if (filters.network_id) {
      const lists = await Promise.all(filters.network_id.map((n) => this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: n })));
      return lists.flat().map((i) => i.value);
    }
    return (await this.store.list<Subnet>(Collections.subnets)).map((i) => i.value);
  }

  /**
   * Creates all subnets in one transaction, guarded by their networks' revisions (and their
   * pools', when allocated from one: a lost race is retried with fresh reads).
   */
  async create(inputs: readonly SubnetCreateInput[]): Promise<Subnet[]> {
    const pools = this.prefixes;
    if (pools === undefined || !pools.allocates(inputs)) return this.createOnce(inputs);
    return pools.serialised(inputs, () => retryOnConflict(() => this.createOnce(inputs)));
  }

  private async createOnce(inputs: readonly SubnetCreateInput[]): Promise<Subnet[]> {
    const b = new TxnBuilder();
    const accepted: { subnet: Subnet; range: CidrRange }[] = [];
    const seenNetworks = new Map<string, { network: Network; siblings: Subnet[] }>();
    for (const input of inputs) {
      const net = await this.networks.get(input.networkId);
      if (!seenNetworks.has(net.value.id)) b.expect(Collections.networks, net.key, net);
      const resolved = this.prefixes ? await this.prefixes.resolveCidr(b, input, accepted.map((a) => a.subnet)) : { cidr: input.cidr ?? '', subnetpoolId: null };
      const range = parseCidr(resolved.cidr, input.ipVersion);
      if (input.ipVersion !== undefined && input.ipVersion !== 4 && input.ipVersion !== 6) throw badInput(`Invalid input for ip_version. Reason: ${input.ipVersion} is not in [4, 6]`);
      const siblings = [
        ...(await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: net.value.id })).map((s) => s.value),
        ...accepted.filter((a) => a.subnet.networkId === net.value.id).map((a) => a.subnet),
      ];
      for (const other of siblings) {
        if (rangesOverlap(range, parseCidr(other.cidr))) {
          throw badInput(`Requested subnet with cidr: ${range.cidr} for network: ${net.value.id} overlaps with another subnet (${other.id}, ${other.cidr})`);
        }
      }
      const subnet = this.newSubnet(input, range, resolved.subnetpoolId);
      accepted.push({ subnet, range });
      seenNetworks.set(net.value.id, { network: net.value, siblings: [...siblings, subnet] });
      b.create(Collections.subnets, subnet.id, subnet);
    }
    await this.addressExistingPorts(b, accepted.map((a) => a.subnet).filter(isAutoAddressSubnet));
    for (const { network, siblings } of seenNetworks.values()) {
      if (siblings.some((s) => s.enableDhcp)) await reconcileDhcpPort(this.dhcpContext(b), network, siblings);
    }
    await this.commit(b);
    return accepted.map((a) => a.subnet);
  }

  async update(id: string, input: SubnetUpdateInput, precondition: Precondition): Promise<Subnet> {
    const item = await this.get(id);
    checkPrecondition(precondition, item.value.revisionNumber);
    const range = parseCidr(item.value.cidr);
    if (input.enableDhcp === false && (item.value.ipv6AddressMode !== null || item.value.ipv6RaMode !== null)) {
      throw badInput('Cannot disable enable_dhcp with ipv6 attributes set');
    }
    const gatewayIp = input.gatewayIp === undefined ? item.value.gatewayIp : input.gatewayIp === null ? null : validateGateway(range, input.gatewayIp);
    const pools = input.allocationPools === undefined ? item.value.allocationPools : validatePools(range, input.allocationPools, gatewayIp);
    if (input.allocationPools === undefined && gatewayIp !== null) validatePools(range, pools, gatewayIp);
    const subnet: Subnet = {
      ...item.value,
      name: input.name ?? item.value.name,
      description: input.description ?? item.value.description,
      gatewayIp,
      allocationPools: pools,
      enableDhcp: input.enableDhcp ?? item.value.enableDhcp,
      dnsNameservers: input.dnsNameservers ? this.nameservers(input.dnsNameservers, range.version) : item.value.dnsNameservers,
      hostRoutes: input.hostRoutes ? this.routes(input.hostRoutes, range.version) : item.value.hostRoutes,
      tags: input.tags ?? item.value.tags,
      revisionNumber: item.value.revisionNumber + 1,
      updatedAt: this.now(),
    };
    const b = new TxnBuilder().expect(Collections.subnets, id, item).put(Collections.subnets, id, subnet);
    if (subnet.enableDhcp !== item.value.enableDhcp) {
      const net = await this.networks.get(subnet.networkId);
      const siblings = await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: subnet.networkId });
      b.expect(Collections.networks, net.key, net);
      await reconcileDhcpPort(this.dhcpContext(b), net.value, siblings.map((s) => (s.value.id === id ? subnet : s.value)));
    }
    await this.commit(b);
    return subnet;
  }

  /**
   * Deletes a subnet; refused with SubnetInUse while non-network ports hold addresses in it,
   * unless it is an auto-address subnet, whose (EUI-64) addresses are removed from the ports as
   * Neutron removes them. A router interface on it refuses the delete either way (remove the
   * interface first), as in Neutron.
   */
  async delete(id: string, precondition: Precondition): Promise<void> {
    const item = await this.get(id);
    checkPrecondition(precondition, item.value.revisionNumber);
    const allocations = await this.store.list<{ portId: string }>(Collections.ips, { prefix: [id] });
    const ports = (await this.store.getMany<StoredPort>(Collections.ports, [...new Set(allocations.map((a) => a.value.portId))])).flatMap((p) => (p ? [p] : []));
    const routerPorts = ports.filter((p) => p.value.deviceOwner === DEVICE_OWNER_ROUTER_INTERFACE);
    const users = isAutoAddressSubnet(item.value) ? routerPorts : ports.filter((p) => !p.value.deviceOwner.startsWith('network:') || routerPorts.includes(p));
    if (users.length > 0) throw domainError('SubnetInUse', { subnet_id: id, reason: `one or more ports have an IP allocation from this subnet (${users.map((p) => p.value.id).slice(0, 5).join(', ')})` });
    const b = new TxnBuilder().expect(Collections.subnets, id, item).delete(Collections.subnets, id);
    for (const a of allocations) b.delete(Collections.ips, a.key);
    const siblings = await this.store.list<Subnet>(Collections.subnets, { index: Indexes.subnetsByNetwork, value: item.value.networkId });
    // The DHCP port keeps its addresses on the other subnets, or goes with the last served one.
    await reconcileDhcpPort(this.dhcpContext(b), (await this.networks.get(item.value.networkId)).value, siblings.map((s) => s.value).filter((s) => s.id !== id));
    for (const p of ports) {
      if (p.value.deviceOwner === DEVICE_OWNER_DHCP) continue;
      const fixedIps = p.value.fixedIps.filter((f) => f.subnetId !== id);
      b.expect(Collections.ports, p.key, p).put(Collections.ports, p.key, { ...p.value, fixedIps, revisionNumber: p.value.revisionNumber + 1, updatedAt: this.now() });
    }
    await this.commit(b);
  }

  /**
   * Neutron's `add_auto_addrs_on_network_ports`: a new SLAAC/DHCPv6-stateless subnet gives every
   * port of its network (router interfaces aside) its EUI-64 address, in the subnet's transaction.
   */
  private async addressExistingPorts(b: TxnBuilder, autoSubnets: readonly Subnet[]): Promise<void> {
    const updated = new Map<string, { item: Item<StoredPort>; port: StoredPort }>();
    for (const subnet of autoSubnets) {
      const ports = await this.store.list<StoredPort>(Collections.ports, { index: Indexes.portsByNetwork, value: subnet.networkId });
      for (const item of ports) {
        // The DHCP port gets its address from reconcileDhcpPort, in the same transaction.
        if (!takesAutoAddresses(item.value.deviceOwner) || item.value.deviceOwner === DEVICE_OWNER_DHCP) continue;
        const entry = updated.get(item.value.id) ?? { item, port: item.value };
        const ip = eui64Address(subnet.cidr, item.value.macAddress);
        b.create(Collections.ips, [subnet.id, ip], { portId: item.value.id });
        entry.port = { ...entry.port, fixedIps: [...entry.port.fixedIps, { subnetId: subnet.id, ipAddress: ip }] };
        updated.set(item.value.id, entry);
      }
    }
    const at = this.now();
    for (const { item, port } of updated.values()) {
      b.expect(Collections.ports, item.key, item).put(Collections.ports, item.key, { ...port, revisionNumber: port.revisionNumber + 1, updatedAt: at });
    }
  }

  /** Commits a subnet change; the network service's subnet cache is dropped either way. */
  private async commit(b: TxnBuilder): Promise<void> {
    try {
      await this.store.commit(b.txn);
    } finally {
      this.networks.subnetsChanged();
    }
  }

  private dhcpContext(txn: TxnBuilder): DhcpPortContext {
    return { store: this.store, txn, macPrefix: this.macPrefix, now: this.now() };
  }

  /** True when `ip` may be allocated from the subnet's pools. */
  static allocatable(subnet: Subnet, ip: string): boolean {
    return inPools(subnet.allocationPools, ip);
  }

  private newSubnet(input: SubnetCreateInput, range: CidrRange, subnetpoolId: string | null): Subnet {
    const gatewayIp = input.gatewayIp === null ? null : input.gatewayIp === undefined ? defaultGateway(range) : validateGateway(range, input.gatewayIp);
    const allocationPools = input.allocationPools && input.allocationPools.length > 0 ? validatePools(range, input.allocationPools, gatewayIp) : defaultPools(range, gatewayIp);
    validateIpv6Modes({ ipVersion: range.version, prefix: range.prefix, cidr: range.cidr, enableDhcp: input.enableDhcp, ipv6AddressMode: input.ipv6AddressMode, ipv6RaMode: input.ipv6RaMode });
    const at = this.now();
    return {
      ...newStandardAttrs(input, at, newId()),
      networkId: input.networkId,
      cidr: range.cidr,
      ipVersion: range.version,
      gatewayIp,
      allocationPools,
      enableDhcp: input.enableDhcp,
      dnsNameservers: this.nameservers(input.dnsNameservers, range.version),
      hostRoutes: this.routes(input.hostRoutes, range.version),
      ipv6AddressMode: input.ipv6AddressMode,
      ipv6RaMode: input.ipv6RaMode,
      ...(subnetpoolId === null ? {} : { subnetpoolId }),
    };
  }

  private nameservers(list: readonly string[], version: IpVersion): string[] {
    return list.map((ns) => normalizeIp(ns) ?? (() => { throw badInput(`Invalid input for dns_nameservers. Reason: '${ns}' is not a valid nameserver`); })());
  }

  private routes(list: SubnetCreateInput['hostRoutes'], version: IpVersion): Subnet['hostRoutes'] {
    return list.map((r) => {
      const nexthop = normalizeIp(r.nexthop, version);
      if (nexthop === undefined) throw badInput(`Invalid input for host_routes. Reason: nexthop '${r.nexthop}' is not an IPv${version} address`);
      return { destination: parseCidr(r.destination, version, false).cidr, nexthop };
    });
  }
}
