import type { CollectionSpec } from '@trellis/store';
import type { FastifyInstance } from 'fastify';
import type { NeutronBackend, NetworkWriteBackend } from '../backend';
import type { ExtensionInfo } from '../routes/discovery';
import type { AgentBackend } from './agents/backend';
import type { QuotaBackend } from './quotas/backend';
import type { RouterBackend } from './routers/backend';
import type { SecurityGroupBackend } from './security-groups/backend';
import type { SubnetPoolBackend } from './subnet-pools/backend';

/**
 * What an endpoint serves, as given to `registerNeutronApi`: the backends of the resources it
 * mounts. A resource with a backend of its own adds it here, optional.
 */
export interface ResourceMount {
  /** Network, subnet and port reads, port writes and bindings (already guarded at the edge). */
  readonly backend: NeutronBackend;
  /** Given on the server that owns networks and IPAM (central); omitted where they are read-only. */
  readonly networkWrites?: NetworkWriteBackend;
  /** Mounts `quotas` / `quota_details` (and advertises them) when given. */
  readonly quotas?: QuotaBackend;
  /** The availability zones this endpoint knows (`GET /v2.0/availability_zones`). */
  readonly availabilityZones?: () => Promise<readonly string[]>;
  /** Mounts `agents` (and advertises `agent`) when given. */
  readonly agents?: AgentBackend;
  /** Mounts the tags sub-resources (and advertises `standard-attr-tag`); needs `networkWrites`. */
  readonly tags?: boolean;
  /** Mounts `routers` (and advertises `router`, `router_availability_zone`, `extraroute`) when given. */
  readonly routers?: RouterBackend;
  /** Mounts `subnetpools` (and advertises `subnet_allocation`, `default-subnetpools`) when given. */
  readonly subnetPools?: SubnetPoolBackend;
  /** Mounts `security-groups` and `security-group-rules` (and advertises `security-group`) when given. */
  readonly securityGroups?: SecurityGroupBackend;
}

/**
 * Attributes under admin-only policy (Neutron's `rule:admin_only`). A name ending in `:` stands
 * for every attribute of that prefix (`provider:`).
 */
export interface FieldPolicy {
  /** Refused in a request body written by a non-admin. */
  readonly adminOnlyWrite?: readonly string[];
  /** Removed from what a non-admin reads. */
  readonly adminOnlyRead?: readonly string[];
}

/**
 * One Neutron resource as the API is assembled from it (see resources/registry.ts): what
 * discovery lists, which attributes only admins see or set, what the store keeps, the routes.
 */
export interface ResourceDescriptor {
  /** The folder's name (`networks`, `ports` …), for messages and tests. */
  readonly name: string;
  /** Collections listed by `GET /v2.0/` while mounted (plural: `networks`). */
  readonly collections: readonly string[];
  /** Extensions advertised by `GET /v2.0/extensions` while mounted. */
  readonly extensions: readonly ExtensionInfo[];
  /** Applies to every request and reply of the API, mounted or not. */
  readonly fieldPolicy?: FieldPolicy;
  /** Store collections (with their indexes) the resource keeps; opened whether mounted or not. */
  readonly storeCollections?: readonly CollectionSpec[];
  /** Whether this endpoint serves the resource; default: always. */
  readonly mountedWhen?: (mount: ResourceMount) => boolean;
  /** Adds the resource's routes (called only when mounted). */
  readonly register: (app: FastifyInstance, mount: ResourceMount) => void;
}
