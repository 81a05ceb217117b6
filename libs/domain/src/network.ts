export type NetworkType = 'vxlan' | 'local';
export type ResourceStatus = 'ACTIVE' | 'DOWN' | 'BUILD' | 'ERROR';

/** Attributes every Neutron resource carries (standard-attr-*). */
export interface StandardAttrs {
  readonly id: string;
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
  readonly revisionNumber: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

export interface Network extends StandardAttrs {
  readonly adminStateUp: boolean;
  readonly status: ResourceStatus;
  readonly shared: boolean;
  readonly mtu: number;
  readonly networkType: NetworkType;
  /** The VXLAN network identifier; null for `local` networks. */
  readonly segmentationId: number | null;
  /** Create-only scope: empty = global; otherwise AZ names and/or region names. */
  readonly availabilityZoneHints: readonly string[];
  readonly portSecurityEnabled: boolean;
  /** `router:external` (external-net); absent on networks stored before it existed = false. */
  readonly routerExternal?: boolean;
}

/** VNI range of VXLAN: 24 bits, 0 reserved. */
export const VNI_MIN = 1;
export const VNI_MAX = 16_777_215;

export function isValidVni(vni: number): boolean {
  return Number.isInteger(vni) && vni >= VNI_MIN && vni <= VNI_MAX;
}

/** Default MTU of a VXLAN network on a 1500-byte underlay (Neutron's default for vxlan). */
export const VXLAN_DEFAULT_MTU = 1450;

/** What a create request says about the standard attributes of a new resource. */
export interface StandardAttrsInput {
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
}

/** Standard attributes of a resource created at `at`: revision 1, created = updated. */
export function newStandardAttrs(input: StandardAttrsInput, at: string, id: string): StandardAttrs {
  return { id, projectId: input.projectId, name: input.name, description: input.description, tags: [...input.tags], revisionNumber: 1, createdAt: at, updatedAt: at };
}
