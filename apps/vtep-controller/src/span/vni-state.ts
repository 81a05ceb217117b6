import type { LocalPortView } from '@trellis/l2';

/**
 * Where one port sits in the overlay, derived from its record and the registry: its VNI, its
 * addresses, the host of its ACTIVE binding (with that host's VTEP, captured so that a diff can
 * still name the old location after the host changed) and every host that must carry it.
 */
export interface Placement {
  readonly portId: string;
  /** The port's network (hosts name the VNI's Linux bridge after it; never changes for a port). */
  readonly networkId: string;
  readonly vni: number;
  readonly mac: string;
  readonly ips: readonly string[];
  readonly seq: number;
  /** Host of the ACTIVE binding, when that host is registered. */
  readonly active: string | null;
  readonly activeVtep: string | null;
  /** Registered hosts with a binding (ACTIVE or INACTIVE), with the binding's state. */
  readonly hosts: ReadonlyArray<{ readonly host: string; readonly inactive: boolean }>;
  /** Present (false) only when the port's port security is disabled. */
  readonly portSecurityEnabled?: false;
}

export function placementsEqual(a: Placement, b: Placement): boolean {
  if (a.vni !== b.vni || a.networkId !== b.networkId || a.mac !== b.mac || a.seq !== b.seq || a.active !== b.active || a.activeVtep !== b.activeVtep) return false;
  if (a.portSecurityEnabled !== b.portSecurityEnabled) return false;
  if (a.ips.length !== b.ips.length || a.hosts.length !== b.hosts.length) return false;
  for (let i = 0; i < a.ips.length; i++) if (a.ips[i] !== b.ips[i]) return false;
  for (let i = 0; i < a.hosts.length; i++) {
    if (a.hosts[i].host !== b.hosts[i].host || a.hosts[i].inactive !== b.hosts[i].inactive) return false;
  }
  return true;
}

/** The remote location of a port as seen from `viewer` (null = a host with no local ports). */
export function remoteOf(pl: Placement | undefined, viewer: string | null): { vtep: string; seq: number } | undefined {
  if (!pl || pl.active === null || pl.activeVtep === null || pl.active === viewer) return undefined;
  return { vtep: pl.activeVtep, seq: pl.seq };
}

/** The binding of a port on `host`, if it has one. */
export function bindingOn(pl: Placement | undefined, host: string): { inactive: boolean } | undefined {
  if (!pl) return undefined;
  for (const h of pl.hosts) if (h.host === host) return h;
  return undefined;
}

/** One VNI's ports, address indexes and member hosts (with how many ports keep each there). */
export class VniState {
  readonly ports = new Map<string, Placement>();
  readonly byMac = new Map<string, string>();
  readonly byIp = new Map<string, string>();
  /**
   * Member hosts with how many ports keep each there, plus one per router that makes the host
   * route into this VNI (RouterSpan): what the tables' flood lists and spans follow.
   */
  readonly members = new Map<string, number>();
  /** Member hosts by their own ports only (bound ACTIVE or INACTIVE): who is behind a router. */
  readonly portMembers = new Map<string, number>();
  /** Bumped on every change (lets encoders cache per VNI state). */
  version = 0;

  constructor(readonly vni: number) {}

  add(pl: Placement): void {
    this.version++;
    this.ports.set(pl.portId, pl);
    this.byMac.set(pl.mac, pl.portId);
    for (const ip of pl.ips) this.byIp.set(ip, pl.portId);
    for (const h of pl.hosts) {
      this.members.set(h.host, (this.members.get(h.host) ?? 0) + 1);
      this.portMembers.set(h.host, (this.portMembers.get(h.host) ?? 0) + 1);
    }
  }

  /** A router makes `host` a member (+1) or no longer (−1). */
  routed(host: string, delta: 1 | -1): void {
    this.version++;
    const n = (this.members.get(host) ?? 0) + delta;
    if (n > 0) this.members.set(host, n);
    else this.members.delete(host);
  }

  remove(pl: Placement): void {
    this.version++;
    this.ports.delete(pl.portId);
    if (this.byMac.get(pl.mac) === pl.portId) this.byMac.delete(pl.mac);
    for (const ip of pl.ips) if (this.byIp.get(ip) === pl.portId) this.byIp.delete(ip);
    for (const h of pl.hosts) {
      const n = (this.members.get(h.host) ?? 0) - 1;
      if (n > 0) this.members.set(h.host, n);
      else this.members.delete(h.host);
      const p = (this.portMembers.get(h.host) ?? 0) - 1;
      if (p > 0) this.portMembers.set(h.host, p);
      else this.portMembers.delete(h.host);
    }
  }

  ownerOfMac(mac: string): Placement | undefined {
    const id = this.byMac.get(mac);
    return id === undefined ? undefined : this.ports.get(id);
  }

  ownerOfIp(ip: string): Placement | undefined {
    const id = this.byIp.get(ip);
    return id === undefined ? undefined : this.ports.get(id);
  }
}

/** The local-port entry a host holds for a port bound to it. */
export function localPortOf(pl: Placement, inactive: boolean, mtu: number): LocalPortView {
  const port: LocalPortView = { portId: pl.portId, mac: pl.mac, ips: [...pl.ips], inactive, seq: pl.seq, mtu, networkId: pl.networkId };
  if (pl.portSecurityEnabled === false) port.portSecurityEnabled = false;
  return port;
}
