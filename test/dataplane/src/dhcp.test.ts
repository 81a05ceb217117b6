import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './api';
import { bindVm, waitActive, type TenantNetwork, type Vm } from './cloud';
import { DhcpClient, bootEth0, dhcpDiagnostics, dnsmasqPid, plugDhcpVm, servedHosts } from './dhcp-client';
import { useDataplaneCluster } from './fixture';
import { ContinuousPing } from './probe';

// Distributed DHCP and RA: every host answers its own ports from its own dnsmasq; nothing of it
// crosses VXLAN. Instances boot without an address and take what Trellis allocated.
const report = (line: string) => process.stdout.write(`[dataplane] ${line}\n`);

type DhcpVm = Vm & { fixedIps: Array<{ subnet_id: string; ip_address: string }> };

describe('dataplane: distributed DHCP and IPv6 router advertisements (root)', () => {
  const { c } = useDataplaneCluster('trdph');
  let net: TenantNetwork;
  let v4Subnet: string;
  const clients: DhcpClient[] = [];
  const leasesDir = () => path.join(c().dataDir('dhcp-clients'));
  const client = (vm: Vm, family: 4 | 6 = 4, tag = '') => {
    const cl = new DhcpClient(leasesDir(), vm.ns, `${vm.name}${tag}-v${family}`, family);
    clients.push(cl);
    return cl;
  };

  beforeAll(async () => {
    const central = c().central;
    const { network } = await central.post<{ network: { id: string; mtu: number; 'provider:segmentation_id': number } }>('/v2.0/networks', { network: { name: 'dp-dhcp', mtu: 1400 } });
    const { subnet } = await central.post<{ subnet: { id: string } }>('/v2.0/subnets', {
      subnet: { network_id: network.id, cidr: '10.94.0.0/24', ip_version: 4, dns_nameservers: ['192.0.2.53'], host_routes: [{ destination: '203.0.113.0/24', nexthop: '10.94.0.1' }] },
    });
    v4Subnet = subnet.id;
    net = { id: network.id, name: 'dp-dhcp', vni: Number(network['provider:segmentation_id']), subnetId: subnet.id, prefixLength: 24 };
  }, 60_000);

  afterAll(async () => {
    for (const cl of clients) await cl.stop();
  });

  it('instances in two cells get the address, gateway, MTU, DNS and routes Trellis allocated, then ping across cells', async () => {
    const vms: DhcpVm[] = [];
    for (const [name, host] of [['d1', 'cn1-1'], ['d2', 'cn2-1']] as const) {
      const vm = (await plugDhcpVm(c(), name, net, host)) as DhcpVm;
      const boundAt = await bindVm(c(), vm);
      // The host serves the port once its binding reached it (the host entry of its dnsmasq).
      await eventually(async () => (servedHosts(c(), vm.host, net.id).includes(vm.mac) ? true : undefined), 10_000, `${name} in ${host}'s dnsmasq hosts`);
      const servedMs = Date.now() - boundAt;
      await waitActive(c().central, vm.portId);
      const dh = client(vm);
      const startedAt = performance.now();
      dh.start();
      const lease = await dh.waitLease(20_000);
      expect(lease, `${name} got a lease\n${lease ? '' : `${dh.output()}\n${await dhcpDiagnostics(c(), vm.host, net.id)}`}`).toBeDefined();
      const leaseMs = performance.now() - startedAt;
      report(`dhcp ${name} on ${host}: bind → host entry served ${servedMs} ms; dhclient start → lease ${Math.round(leaseMs)} ms`);
      expect(lease!.new_ip_address).toBe(vm.ip);
      expect(lease!.new_routers).toBe('10.94.0.1');
      expect(lease!.new_subnet_mask).toBe('255.255.255.0');
      expect(lease!.new_interface_mtu).toBe('1400');
      expect(lease!.new_domain_name_servers).toBe('192.0.2.53');
      // Option 121: the host route and the default route (RFC 3442 makes the client ignore option 3).
      expect(lease!.new_rfc3442_classless_static_routes).toBe('24 203 0 113 10 94 0 1 0 10 94 0 1');
      expect(lease!.new_dhcp_server_identifier).toMatch(/^10\.94\.0\.\d+$/);
      const mtu = await c().underlay.namespaces.exec(vm.ns, 'cat', ['/sys/class/net/eth0/mtu']);
      expect(mtu.trim()).toBe('1400');
      vms.push(vm);
      (vm as DhcpVm & { leaseAt: number }).leaseAt = Date.now();
    }
    const [d1, d2] = vms;
    const probe = new ContinuousPing(d1.ns, d2.ip);
    try {
      const leaseAt = (d2 as DhcpVm & { leaseAt: number }).leaseAt;
      const reply = await probe.waitForReplyAfter(leaseAt, 20_000);
      report(`dhcp: lease of d2 → first echo reply d1 (cn1-1) → d2 (cn2-1) ${Math.round(reply.atMs - leaseAt)} ms (probe started after the lease)`);
    } finally {
      await probe.stop();
    }
    expect(await c().underlay.waitForPing(d2, d1.ip, 10_000)).toBeDefined();
    // The guests keep their addresses; their DHCP clients are switched off.
    for (const cl of clients) await cl.stop();
    // Each host serves only its own port.
    expect(servedHosts(c(), c().host('cn1-1'), net.id)).toContain(d1.mac);
    expect(servedHosts(c(), c().host('cn1-1'), net.id)).not.toContain(d2.mac);
  }, 120_000);

  it('a DISCOVER from a MAC Trellis does not know gets no answer, and no DHCP packet crosses VXLAN', async () => {
    const host = c().host('cn1-1');
    const before = await guardCounters(host.ns);
    const ns = await c().underlay.namespaces.add('stray');
    await c().underlay.namespaces.veth(host.ns, 'tapstray', ns, 'eth0');
    await c().underlay.namespaces.exec(host.ns, 'ip', ['link', 'set', 'tapstray', 'master', `brq${net.id}`.slice(0, 14), 'up']);
    await bootEth0(c().underlay, ns, 'fa:16:3e:99:99:99');
    const dh = new DhcpClient(leasesDir(), ns, 'stray', 4);
    clients.push(dh);
    dh.start(30);
    // Two DISCOVERs sent (a retransmission: the first had no OFFER) and still no lease.
    await eventually(async () => ((dh.output().match(/DHCPDISCOVER/g) ?? []).length >= 2 ? true : undefined), 20_000, 'two DISCOVERs from the stray MAC');
    expect(await dh.waitLease(500), 'no lease for an unknown MAC').toBeUndefined();
    expect(dh.output()).not.toMatch(/DHCPOFFER/);
    await dh.stop();
    const after = await guardCounters(host.ns);
    report(`dhcp guard on cn1-1: dhcp_v4 dropped at the VXLAN port ${before.dhcp_v4} → ${after.dhcp_v4}`);
    const table = after.dhcp_v4 > before.dhcp_v4 ? '' : await c().underlay.namespaces.exec(host.ns, 'nft', ['list', 'table', 'bridge', 'trellis_dhcp']).catch((e: Error) => e.message);
    expect(after.dhcp_v4, `${table}\n${dh.output()}`).toBeGreaterThan(before.dhcp_v4);
    // No other host's dnsmasq saw it: their dnsmasq logs nothing, their counters show the drop on egress only.
    for (const other of ['cn2-1']) {
      const lease = servedHosts(c(), c().host(other), net.id);
      expect(lease).not.toContain('fa:16:3e:99:99:99');
    }
  }, 60_000);

  it('IPv6: SLAAC from a real RA gives the EUI-64 address; DHCPv6-stateful gives the allocated address', async () => {
    const central = c().central;
    const { network } = await central.post<{ network: { id: string; 'provider:segmentation_id': number } }>('/v2.0/networks', { network: { name: 'dp-dhcp6', mtu: 1420 } });
    const { subnet: s4 } = await central.post<{ subnet: { id: string } }>('/v2.0/subnets', { subnet: { network_id: network.id, cidr: '10.95.0.0/24', ip_version: 4 } });
    const { subnet: slaac } = await central.post<{ subnet: { id: string } }>('/v2.0/subnets', {
      subnet: { network_id: network.id, cidr: '2001:db8:95::/64', ip_version: 6, ipv6_ra_mode: 'slaac', ipv6_address_mode: 'slaac' },
    });
    const { subnet: stateful } = await central.post<{ subnet: { id: string } }>('/v2.0/subnets', {
      subnet: { network_id: network.id, cidr: '2001:db8:96::/64', ip_version: 6, ipv6_ra_mode: 'dhcpv6-stateful', ipv6_address_mode: 'dhcpv6-stateful' },
    });
    const net6: TenantNetwork = { id: network.id, name: 'dp-dhcp6', vni: Number(network['provider:segmentation_id']), subnetId: s4.id, prefixLength: 24 };
    const vms: DhcpVm[] = [];
    for (const [name, host] of [['s1', 'cn1-2'], ['s2', 'cn3-1']] as const) {
      const vm = (await plugDhcpVm(c(), name, net6, host)) as DhcpVm;
      await bindVm(c(), vm);
      await waitActive(c().central, vm.portId);
      await eventually(async () => (servedHosts(c(), vm.host, net6.id).includes(vm.mac) ? true : undefined), 10_000, `${name} served`);
      vms.push(vm);
      const eui64 = vm.fixedIps.find((f) => f.subnet_id === slaac.id)?.ip_address;
      const want6 = vm.fixedIps.find((f) => f.subnet_id === stateful.id)?.ip_address;
      expect(eui64).toBeDefined();
      expect(want6).toBeDefined();
      // A real RA, answered to a solicitation by this host's dnsmasq.
      const ra = await c().underlay.namespaces.exec(vm.ns, 'rdisc6', ['-1', '-w', '2000', 'eth0']);
      expect(ra).toMatch(/Prefix\s*:\s*2001:db8:95::\/64/);
      expect(ra).toMatch(/MTU\s*:\s*1420/);
      expect(ra).toMatch(/Stateful address conf\.\s*:\s*Yes/);
      const startedAt = performance.now();
      await eventually(async () => {
        const out = await c().underlay.namespaces.exec(vm.ns, 'ip', ['-6', '-o', 'addr', 'show', 'dev', 'eth0', 'scope', 'global']);
        return out.includes(`${eui64}/64`) ? true : undefined;
      }, 15_000, `${name} SLAAC address ${eui64}`);
      report(`slaac ${name} on ${host}: EUI-64 ${eui64} configured ${Math.round(performance.now() - startedAt)} ms after the RA check`);
      const dh6 = client(vm, 6);
      const start6 = performance.now();
      dh6.start();
      const lease6 = await dh6.waitLease(20_000);
      expect(lease6, `${name} DHCPv6 lease`).toBeDefined();
      expect(lease6!.new_ip6_address).toBe(want6);
      report(`dhcpv6 ${name} on ${host}: dhclient -6 start → lease ${Math.round(performance.now() - start6)} ms (${want6})`);
    }
    const [s1, s2] = vms;
    const s2Eui = s2.fixedIps.find((f) => f.subnet_id === slaac.id)!.ip_address;
    const s2Stateful = s2.fixedIps.find((f) => f.subnet_id === stateful.id)!.ip_address;
    for (const target of [s2Eui, s2Stateful]) {
      await eventually(
        async () => (await c().underlay.namespaces.exec(s1.ns, 'ping', ['-6', '-c', '1', '-W', '1', target]).then(() => true).catch(() => undefined)),
        15_000,
        `s1 (cn1-2) → ${target} (cn3-1)`,
      );
    }
    // Solicitations go to groups dnsmasq joined (ff02::2, ff02::1:2): with the bridge's MLD
    // snooping they reach only the DHCP veth; multicast RAs to ff02::1 are dropped at the VXLAN port.
    let dropped = 0;
    for (const h of ['cn1-2', 'cn3-1']) {
      const counters = await guardCounters(c().host(h).ns);
      report(`dhcp guard on ${h}: ${JSON.stringify(counters)}`);
      dropped += counters.router_discovery;
    }
    // The guests' early solicitations (before dnsmasq joined ff02::2) and the multicast RAs stopped at the VXLAN ports.
    expect(dropped).toBeGreaterThan(0);
  }, 120_000);

  it('a host-agent restart leaves dnsmasq running; leases keep being served', async () => {
    const host = c().host('cn2-1');
    const pid = dnsmasqPid(c(), host, net.id);
    expect(pid).toBeDefined();
    await c().crash('host-agent-cn2-1');
    await c().startService('host-agent-cn2-1');
    await c().waitFor('host-agent-cn2-1', /welcomed by controller/);
    expect(dnsmasqPid(c(), host, net.id)).toBe(pid);
    // A new client of the same instance (a guest reboot) gets its address from the same server.
    const d2 = (await c().central.get<{ ports: Array<{ id: string; mac_address: string; fixed_ips: Array<{ ip_address: string }> }> }>(`/v2.0/ports?network_id=${net.id}&name=d2`)).ports[0];
    const ns = c().underlay.namespaces.name('d2');
    const again = new DhcpClient(leasesDir(), ns, 'd2-reboot', 4);
    clients.push(again);
    again.start();
    const lease = await again.waitLease(20_000);
    expect(lease?.new_ip_address).toBe(d2.fixed_ips[0].ip_address);
    await again.stop();
    expect(v4Subnet).toBeDefined();
  }, 120_000);

  it('migration cell1 → cell2: the instance renews its lease from the destination host', async () => {
    const src = c().host('cn1-1');
    const dst = c().host('cn2-2');
    const d1 = (await c().central.get<{ ports: Array<{ id: string; mac_address: string; fixed_ips: Array<{ ip_address: string }> }> }>(`/v2.0/ports?network_id=${net.id}&name=d1`)).ports[0];
    const api = c().regionOf(dst.id);
    await api.post(`/v2.0/ports/${d1.id}/bindings`, { binding: { host: dst.id } });
    const ns = c().underlay.namespaces.name('d1');
    const tap = `tap${d1.id}`.slice(0, 14);
    await c().underlay.namespaces.exec(src.ns, 'ip', ['link', 'del', tap]).catch(() => undefined);
    await c().underlay.namespaces.veth(dst.ns, tap, ns, 'eth0');
    await bootEth0(c().underlay, ns, d1.mac_address);
    await api.put(`/v2.0/ports/${d1.id}/bindings/${dst.id}/activate`, {});
    await api.delete(`/v2.0/ports/${d1.id}/bindings/${src.id}`);
    await eventually(async () => (servedHosts(c(), dst, net.id).includes(d1.mac_address) ? true : undefined), 10_000, 'd1 served on cn2-2');
    await eventually(async () => (!servedHosts(c(), src, net.id).includes(d1.mac_address) ? true : undefined), 10_000, 'd1 no longer served on cn1-1');
    const renew = new DhcpClient(leasesDir(), ns, 'd1-v4', 4);
    clients.push(renew);
    renew.clearRecorded();
    const startedAt = performance.now();
    renew.start();
    const lease = await renew.waitLease(20_000);
    expect(lease?.new_ip_address).toBe(d1.fixed_ips[0].ip_address);
    report(`dhcp after migration: d1 renewed on cn2-2 in ${Math.round(performance.now() - startedAt)} ms`);
    await renew.stop();
    // cn1-1 has no local port of the network left: its dnsmasq and namespace are gone.
    await eventually(async () => (dnsmasqPid(c(), src, net.id) === undefined ? true : undefined), 10_000, 'dnsmasq of cn1-1 stopped');
  }, 120_000);
});

async function guardCounters(ns: string): Promise<Record<string, number>> {
  const { execFile } = await import('node:child_process');
  const out = await new Promise<string>((resolve, reject) =>
    execFile('ip', ['netns', 'exec', ns, 'nft', '-j', 'list', 'counters', 'table', 'bridge', 'trellis_dhcp'], (err, stdout) => (err ? reject(err) : resolve(stdout))),
  );
  const parsed = JSON.parse(out) as { nftables: Array<{ counter?: { name: string; packets: number } }> };
  const counters: Record<string, number> = {};
  for (const e of parsed.nftables) if (e.counter) counters[e.counter.name] = e.counter.packets;
  return counters;
}
