import { NamespaceSet } from '@trellis/testkit';

/** A compute host of the test: a namespace on the underlay with one VTEP address. */
export interface SimHost {
  readonly id: string;
  readonly cell: string;
  readonly ns: string;
  readonly vtep: string;
}

/**
 * How an instance's eth0 gets its address: `dhcp` (the default: eth0 comes up with its MAC and no
 * address, and the guest's DHCP client configures it from its host's DHCP server) or `static`
 * (the test writes the port's address onto eth0, as a guest with a static configuration).
 */
export type Addressing = 'dhcp' | 'static';

/** An "instance": a namespace whose eth0 is a veth into its host's namespace. */
export interface SimInstance {
  readonly name: string;
  readonly ns: string;
  readonly host: SimHost;
  readonly tap: string;
  readonly mac: string;
  readonly ip: string;
  readonly prefixLength: number;
  readonly addressing: Addressing;
}

/**
 * The underlay of the dataplane tests: a namespace holding bridge `ul0`, and one namespace per
 * compute host attached to it with an address in 198.51.100.0/24 (documentation range). Nothing
 * here enables multicast or learning: remote VTEPs are reachable only through FDB entries that
 * the host-agents install.
 */
export class Underlay {
  readonly namespaces: NamespaceSet;
  private underlayNs = '';
  private readonly hosts = new Map<string, SimHost>();
  private nextLink = 1;

  constructor(prefix: string) {
    this.namespaces = new NamespaceSet(prefix);
  }

  async create(): Promise<void> {
    await NamespaceSet.removeAll(this.namespaces.prefix);
    this.underlayNs = await this.namespaces.add('ul');
    await this.namespaces.exec(this.underlayNs, 'ip', ['link', 'add', 'ul0', 'type', 'bridge']);
    await this.namespaces.exec(this.underlayNs, 'ip', ['link', 'set', 'ul0', 'up']);
  }

  /** Adds a compute host namespace with VTEP 198.51.100.<octet>. */
  async addHost(id: string, cell: string, octet: number): Promise<SimHost> {
    const ns = await this.namespaces.add(id);
    const link = `ul${this.nextLink++}`;
    await this.namespaces.veth(this.underlayNs, link, ns, 'ul');
    await this.namespaces.exec(this.underlayNs, 'ip', ['link', 'set', link, 'master', 'ul0', 'up']);
    const vtep = `198.51.100.${octet}`;
    await this.namespaces.exec(ns, 'ip', ['addr', 'add', `${vtep}/24`, 'dev', 'ul']);
    await this.namespaces.exec(ns, 'ip', ['link', 'set', 'ul', 'up']);
    const host = { id, cell, ns, vtep };
    this.hosts.set(id, host);
    return host;
  }

  /**
   * Creates an instance namespace with eth0 (given MAC; the address too when `addressing` is
   * `static`) whose peer `tap` sits in the host's namespace, where the host-agent wires it into
   * the VNI's bridge. `ip` is the port's fixed IP either way (what DHCP must hand out).
   */
  async addInstance(name: string, host: SimHost, tap: string, mac: string, ip: string, prefixLength: number, addressing: Addressing): Promise<SimInstance> {
    const ns = await this.namespaces.add(name);
    await this.namespaces.veth(host.ns, tap, ns, 'eth0');
    await this.configureEth0(ns, mac, addressing === 'static' ? `${ip}/${prefixLength}` : undefined);
    return { name, ns, host, tap, mac, ip, prefixLength, addressing };
  }

  /**
   * Moves an instance to another host: a new veth pair to the destination host namespace. A
   * live-migrated guest keeps its configuration, so eth0 gets the instance's address back
   * whichever way it was first configured (a default route is the caller's to restore).
   */
  async moveInstance(instance: SimInstance, to: SimHost): Promise<SimInstance> {
    await this.namespaces.exec(instance.host.ns, 'ip', ['link', 'del', instance.tap]).catch(() => undefined);
    await this.namespaces.veth(to.ns, instance.tap, instance.ns, 'eth0');
    await this.configureEth0(instance.ns, instance.mac, `${instance.ip}/${instance.prefixLength}`);
    return { ...instance, host: to };
  }

  /** eth0 up with `mac`, and `cidr` when given (none: the DHCP client configures it). */
  private async configureEth0(ns: string, mac: string, cidr: string | undefined): Promise<void> {
    await this.namespaces.exec(ns, 'ip', ['link', 'set', 'eth0', 'address', mac]);
    if (cidr) await this.namespaces.exec(ns, 'ip', ['addr', 'add', cidr, 'dev', 'eth0']);
    // ARP retries every 100 ms instead of 1 s: a probe sent before the tables were programmed
    // would otherwise hide the real convergence time behind the kernel's retransmit timer.
    await this.namespaces.exec(ns, 'sysctl', ['-q', '-w', 'net.ipv4.neigh.eth0.retrans_time_ms=100']);
    await this.namespaces.exec(ns, 'ip', ['link', 'set', 'eth0', 'up']);
  }

  /** One ICMP echo from `from` to `ip`; true when answered within `timeoutS`. */
  async ping(from: SimInstance, ip: string, timeoutS = 1): Promise<boolean> {
    return this.namespaces
      .exec(from.ns, 'ping', ['-c', '1', '-W', String(timeoutS), ip])
      .then(() => true)
      .catch(() => false);
  }

  /** Polls ping until it succeeds or `timeoutMs` passes; returns the ms it took, or undefined. */
  async waitForPing(from: SimInstance, ip: string, timeoutMs = 20_000): Promise<number | undefined> {
    const start = performance.now();
    while (performance.now() - start < timeoutMs) {
      if (await this.ping(from, ip, 1)) return performance.now() - start;
    }
    return undefined;
  }

  /** `bridge fdb show` of a host's VXLAN device for a VNI (`vxlan-<vni>`, the linuxbridge name), as text lines. */
  async fdb(host: SimHost, vni: number): Promise<string[]> {
    const out = await this.namespaces.exec(host.ns, 'bridge', ['fdb', 'show', 'dev', `vxlan-${vni}`]).catch(() => '');
    return out.split('\n').filter(Boolean);
  }

  /** A link of a host's namespace (`ip -d -j link show <name>`), undefined when it does not exist. */
  async link(host: SimHost, name: string): Promise<{ ifname: string; master?: string } | undefined> {
    const out = await this.namespaces.exec(host.ns, 'ip', ['-d', '-j', 'link', 'show', name]).catch(() => undefined);
    return out ? (JSON.parse(out) as Array<{ ifname: string; master?: string }>)[0] : undefined;
  }

  /**
   * What os-vif's linux_bridge plugin does before the guest starts: creates the bridge unless it
   * exists, and brings it up.
   */
  async ensureBridge(host: SimHost, bridge: string): Promise<void> {
    if (await this.link(host, bridge)) return;
    await this.namespaces.exec(host.ns, 'ip', ['link', 'add', bridge, 'type', 'bridge']);
    await this.namespaces.exec(host.ns, 'ip', ['link', 'set', bridge, 'up']);
  }

  /**
   * Creates an instance namespace without its tap yet (Nova creates the port and binds it
   * before libvirt makes the tap; see `attachTap`).
   */
  async addDetachedInstance(name: string, host: SimHost, tap: string, mac: string, ip: string, prefixLength: number, addressing: Addressing): Promise<SimInstance> {
    const ns = await this.namespaces.add(name);
    return { name, ns, host, tap, mac, ip, prefixLength, addressing };
  }

  /**
   * What libvirt does when the guest starts: the tap appears in the host namespace (a veth
   * whose peer is the instance's eth0) and, with `bridge`, is plugged into it and set up.
   * Resolves with the time (performance.now) the tap existed.
   */
  async attachTap(instance: SimInstance, bridge?: string): Promise<number> {
    await this.namespaces.veth(instance.host.ns, instance.tap, instance.ns, 'eth0');
    const appearedAt = performance.now();
    if (bridge) await this.namespaces.exec(instance.host.ns, 'ip', ['link', 'set', instance.tap, 'master', bridge, 'up']);
    await this.configureEth0(instance.ns, instance.mac, instance.addressing === 'static' ? `${instance.ip}/${instance.prefixLength}` : undefined);
    return appearedAt;
  }

  async destroy(): Promise<void> {
    await this.namespaces.removeCreated();
    await NamespaceSet.removeAll(this.namespaces.prefix);
  }
}
