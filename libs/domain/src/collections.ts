/**
 * Names of the central store's collections, shared by every component that reads the store or
 * its feed. Values are the domain types named beside each; keys as noted.
 */
export const Collections = {
  /** Region, key: name */
  regions: 'regions',
  /** AvailabilityZone, key: name */
  zones: 'zones',
  /** Cell, key: name */
  cells: 'cells',
  /** Host, key: host id */
  hosts: 'hosts',
  /** Network, key: id */
  networks: 'networks',
  /** Subnet, key: id */
  subnets: 'subnets',
  /** Port, key: id */
  ports: 'ports',
  /** Router (with its interfaces), key: id */
  routers: 'routers',
  /** SubnetPool, key: id */
  subnetpools: 'subnetpools',
  /** SecurityGroup, key: id */
  securityGroups: 'securityGroups',
  /** SecurityGroupRule, key: id */
  securityGroupRules: 'securityGroupRules',
  /** A project's default security group `{ projectId, securityGroupId }`, key: project id */
  defaultSecurityGroups: 'defaultSecurityGroups',
  /** VNI allocation `{ networkId }`, key: vni (number) */
  vnis: 'vnis',
  /** MAC allocation `{ portId }`, key: [networkId, mac] */
  macs: 'macs',
  /** IP allocation `{ portId }`, key: [subnetId, ip] */
  ips: 'ips',
  /** A project's explicit quota limits `{ projectId, limits }`, key: project id */
  quotas: 'quotas',
  /** A create's answer kept for retries carrying its `Idempotency-Key`, key: hash (central only) */
  idempotency: 'idempotency',
} as const;

export type CollectionName = (typeof Collections)[keyof typeof Collections];

/** Collections a VTEP controller needs to compute spans and FDB tables. */
export const L2_COLLECTIONS: readonly CollectionName[] = [Collections.cells, Collections.hosts, Collections.networks, Collections.ports];
