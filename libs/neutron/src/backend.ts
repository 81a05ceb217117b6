import type { NetworkReadBackend, NetworkWrites } from './resources/networks/backend';
import type { PortBackend, PortBindingBackend } from './resources/ports/backend';
import type { SubnetReadBackend, SubnetWrites } from './resources/subnets/backend';

/**
 * Attribute filters of a list request (`?binding:host_id=h1&id=a&id=b`). Backends may use them
 * to narrow the read through an index; the routes apply every filter again afterwards.
 */
export type ListFilters = Readonly<Record<string, readonly string[]>>;

/**
 * What the shared network, subnet and port routes need from a server: the composition of those
 * resources' backend slices. Central implements it on its store; the cell-agent implements it on
 * its local replica and forwards writes to central. Writes may throw DomainErrors.
 */
export interface NeutronBackend extends NetworkReadBackend, SubnetReadBackend, PortBackend, PortBindingBackend {}

/** Network and subnet writes; only the owner of IPAM and VNIs (central) serves them. */
export interface NetworkWriteBackend extends NetworkWrites, SubnetWrites {}
