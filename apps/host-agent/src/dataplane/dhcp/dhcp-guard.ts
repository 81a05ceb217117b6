import type { Logger } from 'pino';
import { inNetns, type CommandRunner } from '../linux/command-runner';

export const GUARD_TABLE = 'trellis_dhcp';
export const GUARD_COUNTERS = ['dhcp_v4', 'dhcp_v6', 'router_discovery', 'server_mac'] as const;
export type GuardCounter = (typeof GUARD_COUNTERS)[number];

/**
 * The nftables `bridge` table that keeps DHCP and router discovery on the host: on every
 * VXLAN bridge port (`vxlan-*`, both directions) it drops DHCPv4 (UDP 67/68), DHCPv6 (UDP
 * 546/547), router solicitations and advertisements (ICMPv6 133/134) and any frame from a DHCP
 * server MAC (every host answers as the same DHCP port, so its ARP/ND replies must stay local
 * too), each with a named counter. The table is created once and kept across agent restarts
 * (its counters too); only the set of server MACs changes.
 */
export function guardScript(): string {
  const rules: string[] = [];
  for (const dir of ['oifname', 'iifname']) {
    rules.push(`    ${dir} "vxlan-*" udp dport { 67, 68 } counter name "dhcp_v4" drop`);
    rules.push(`    ${dir} "vxlan-*" udp dport { 546, 547 } counter name "dhcp_v6" drop`);
    rules.push(`    ${dir} "vxlan-*" icmpv6 type { nd-router-solicit, nd-router-advert } counter name "router_discovery" drop`);
    rules.push(`    ${dir} "vxlan-*" ether saddr @server_macs counter name "server_mac" drop`);
  }
  return [
    `table bridge ${GUARD_TABLE} {`,
    ...GUARD_COUNTERS.map((c) => `  counter ${c} { }`),
    '  set server_macs { type ether_addr; }',
    '  chain forward {',
    '    type filter hook forward priority 0; policy accept;',
    ...rules,
    '  }',
    '}',
    '',
  ].join('\n');
}

export class DhcpGuard {
  private installed = false;
  private macs = '';

  constructor(private readonly runner: CommandRunner, private readonly log: Logger, private readonly netns: string | undefined) {}

  /**
   * Creates the table when missing and sets the server MACs. The table is created with the
   * first served network, once its bridge exists: a `bridge` family chain created in a
   * namespace without any bridge did not see the traffic of bridges made later (Linux 6.x,
   * reproduced by hand); created after a bridge, it sees every bridge, later ones included.
   */
  async sync(serverMacs: readonly string[]): Promise<void> {
    if (!this.installed && serverMacs.length === 0) return;
    if (!this.installed) {
      const listed = await this.runner.run(inNetns(this.netns, ['nft', 'list', 'table', 'bridge', GUARD_TABLE]));
      if (listed.code !== 0) {
        const r = await this.runner.run(inNetns(this.netns, ['nft', '-f', '-']), guardScript());
        if (r.code !== 0) {
          this.log.error({ error: r.stderr.trim() }, 'could not install the DHCP guard table');
          return;
        }
      }
      this.installed = true;
      this.macs = '';
    }
    const key = [...new Set(serverMacs)].sort().join(',');
    if (key === this.macs) return;
    const script = [`flush set bridge ${GUARD_TABLE} server_macs`, ...(key ? [`add element bridge ${GUARD_TABLE} server_macs { ${key} }`] : []), ''].join('\n');
    const r = await this.runner.run(inNetns(this.netns, ['nft', '-f', '-']), script);
    if (r.code !== 0) this.log.error({ error: r.stderr.trim() }, 'could not set the DHCP server MACs of the guard table');
    else this.macs = key;
  }

  /** Dropped packets per counter (0 when the table is absent). */
  async counters(): Promise<Record<GuardCounter, number>> {
    const out = Object.fromEntries(GUARD_COUNTERS.map((c) => [c, 0])) as Record<GuardCounter, number>;
    const r = await this.runner.run(inNetns(this.netns, ['nft', '-j', 'list', 'counters', 'table', 'bridge', GUARD_TABLE]));
    if (r.code !== 0) return out;
    const parsed = JSON.parse(r.stdout) as { nftables?: Array<{ counter?: { name: string; packets: number } }> };
    for (const e of parsed.nftables ?? []) {
      if (e.counter && (GUARD_COUNTERS as readonly string[]).includes(e.counter.name)) out[e.counter.name as GuardCounter] = e.counter.packets;
    }
    return out;
  }
}
