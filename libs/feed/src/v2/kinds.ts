import { Collections } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import type { ResourceKind } from './resources';

const pb = trellis.feed.v2.ResourceKind;

const TO_WIRE: Readonly<Record<ResourceKind, trellis.feed.v2.ResourceKind>> = {
  host: pb.RESOURCE_KIND_HOST,
  network: pb.RESOURCE_KIND_NETWORK,
  port: pb.RESOURCE_KIND_PORT,
  port_status: pb.RESOURCE_KIND_PORT_STATUS,
  host_liveness: pb.RESOURCE_KIND_HOST_LIVENESS,
  subnet: pb.RESOURCE_KIND_SUBNET,
  router: pb.RESOURCE_KIND_ROUTER,
};

const FROM_WIRE = new Map<number, ResourceKind>(Object.entries(TO_WIRE).map(([k, v]) => [v, k as ResourceKind]));

export const kindToWire = (kind: ResourceKind): trellis.feed.v2.ResourceKind => TO_WIRE[kind];

/** undefined for UNSPECIFIED and for kinds of a newer server. */
export const kindFromWire = (value: number | null | undefined): ResourceKind | undefined => FROM_WIRE.get(Number(value ?? 0));

/** The store collection each kind is projected from. */
export const KIND_COLLECTION: Readonly<Record<ResourceKind, string>> = {
  host: Collections.hosts,
  host_liveness: Collections.hosts,
  network: Collections.networks,
  port: Collections.ports,
  port_status: Collections.ports,
  subnet: Collections.subnets,
  router: Collections.routers,
};

/** Stable key of a set of kinds (for the shared frame cache). */
export const kindsKey = (kinds: readonly ResourceKind[]): string => `v2:${[...new Set(kinds)].sort().join(',')}`;
