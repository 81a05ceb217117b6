import type { Network, Port, PortBinding, Subnet, VnicType } from '@trellis/domain';

/**
 * A port as stored. Besides the domain Port it keeps the vnic type and profile a client set
 * while the port was unbound, so they apply when the port gets bound.
 */
export interface StoredPort extends Port {
  readonly unboundVnicType?: VnicType;
  readonly unboundProfile?: Readonly<Record<string, unknown>>;
}

/** A network with the attributes Neutron computes on read. */
export interface NetworkView {
  readonly network: Network;
  readonly subnetIds: readonly string[];
  /** Availability zones of the network's scope (`availability_zones`). */
  readonly availabilityZones: readonly string[];
}

export type { Network, PortBinding, Subnet };
