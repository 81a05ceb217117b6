import { Gauge, type Registry } from 'prom-client';
import type { DhcpBackend } from '../dataplane/dhcp/dhcp-backend';
import { GUARD_COUNTERS } from '../dataplane/dhcp/dhcp-guard';

/**
 * The DHCP/RA series, read at scrape time: networks served and static host entries on this
 * host, failed server updates, and the packets the VXLAN guard dropped (nftables counters, by
 * kind: dhcp_v4, dhcp_v6, router_discovery, server_mac). A dropped packet is not an error: it is
 * a local instance's broadcast that would otherwise have reached every host of the network.
 */
export function registerDhcpMetrics(registry: Registry, backend: DhcpBackend): void {
  new Gauge({
    name: 'trellis_host_agent_dhcp_served',
    help: 'Networks whose DHCP/RA this host serves, and their static host entries (local ports).',
    labelNames: ['what'],
    registers: [registry],
    collect() {
      let hosts = 0;
      for (const p of backend.dhcp.served.values()) hosts += p.hosts.length;
      this.set({ what: 'networks' }, backend.dhcp.served.size);
      this.set({ what: 'hosts' }, hosts);
      this.set({ what: 'update_failures' }, backend.dhcpFailures);
    },
  });
  new Gauge({
    name: 'trellis_host_agent_dhcp_guard_dropped_packets',
    help: 'DHCP, DHCPv6, router discovery and DHCP-server frames dropped at the VXLAN ports (nftables counters; reset only when the table is re-created).',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      const counters = await backend.dhcp.guard.counters();
      for (const c of GUARD_COUNTERS) this.set({ kind: c }, counters[c]);
    },
  });
}
