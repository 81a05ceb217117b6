import type { StandardAttrs } from './network';

export type PortStatus = 'DOWN' | 'BUILD' | 'ACTIVE' | 'ERROR';
export type BindingStatus = 'ACTIVE' | 'INACTIVE';

export const VIF_TYPE_UNBOUND = 'unbound';
export const VIF_TYPE_BINDING_FAILED = 'binding_failed';

export const VNIC_TYPES = [
  'normal', 'direct', 'macvtap', 'baremetal', 'direct-physical', 'virtio-forwarder',
  'smart-nic', 'vdpa', 'accelerator-direct', 'accelerator-direct-physical', 'remote-managed',
] as const;
export type VnicType = (typeof VNIC_TYPES)[number];

export interface FixedIp {
  readonly subnetId: string;
  readonly ipAddress: string;
}

/**
 * One binding of a port to a host. A port has at most one ACTIVE binding (its `binding:host_id`)
 * and, during a migration, INACTIVE bindings on destination hosts.
 */
export interface PortBinding {
  readonly host: string;
  readonly status: BindingStatus;
  readonly vnicType: VnicType;
  readonly vifType: string;
  readonly vifDetails: Readonly<Record<string, unknown>>;
  readonly profile: Readonly<Record<string, unknown>>;
}

export interface Port extends StandardAttrs {
  readonly networkId: string;
  readonly macAddress: string;
  readonly fixedIps: readonly FixedIp[];
  readonly deviceId: string;
  readonly deviceOwner: string;
  readonly status: PortStatus;
  readonly adminStateUp: boolean;
  /** Every binding, the ACTIVE one included; empty when unbound. */
  readonly bindings: readonly PortBinding[];
  /**
   * MAC mobility sequence (EVPN RFC 7432 §15): bumped each time the active binding moves to
   * another host, so that no receiver ever applies an older location over a newer one.
   */
  readonly mobilitySeq: number;
  /** `port_security_enabled` (port-security); absent on ports stored before it existed = true. */
  readonly portSecurityEnabled?: boolean;
  /** `security_groups` (security-group): ids of groups of the port's project; absent = none. */
  readonly securityGroups?: readonly string[];
}

/** A port's effective port security (absent = enabled, Neutron's default). */
export function portSecurityOf(port: Pick<Port, 'portSecurityEnabled'>): boolean {
  return port.portSecurityEnabled !== false;
}

/** The ACTIVE binding of a port, if it is bound. */
export function activeBinding(port: Pick<Port, 'bindings'>): PortBinding | undefined {
  return port.bindings.find((b) => b.status === 'ACTIVE');
}

/** Hosts that must carry this port's VNI: the active host and any inactive (migration) hosts. */
export function spanHosts(port: Pick<Port, 'bindings'>): string[] {
  return port.bindings.filter((b) => b.vifType !== VIF_TYPE_BINDING_FAILED).map((b) => b.host);
}

/** True for ports Nova owns (device_owner `compute:*`), the only ones Nova gets events for. */
export function isComputePort(port: Pick<Port, 'deviceOwner'>): boolean {
  return port.deviceOwner.startsWith('compute:');
}
