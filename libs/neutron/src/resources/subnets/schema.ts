import { Type, type Static } from '@sinclair/typebox';
import { BoolLike, Description, IntLike, Name, ProjectId, Tags, Uuid, single, singleOrBulk } from '../../schemas/common';

const Pool = Type.Object({ start: Type.String({ minLength: 1 }), end: Type.String({ minLength: 1 }) }, { additionalProperties: false });
const Route = Type.Object({ destination: Type.String({ minLength: 1 }), nexthop: Type.String({ minLength: 1 }) }, { additionalProperties: false });
const Ipv6Mode = Type.Union([Type.Literal('slaac'), Type.Literal('dhcpv6-stateful'), Type.Literal('dhcpv6-stateless'), Type.Null()]);

const mutable = {
  name: Type.Optional(Name),
  description: Type.Optional(Description),
  gateway_ip: Type.Optional(Type.Union([Type.String({ minLength: 1 }), Type.Null()])),
  allocation_pools: Type.Optional(Type.Array(Pool, { maxItems: 64 })),
  enable_dhcp: Type.Optional(BoolLike),
  dns_nameservers: Type.Optional(Type.Array(Type.String({ minLength: 1 }), { maxItems: 16 })),
  host_routes: Type.Optional(Type.Array(Route, { maxItems: 64 })),
};

export const SubnetCreate = Type.Object(
  {
    ...mutable,
    network_id: Uuid,
    // Optional with a subnet pool (subnet_allocation): the pool allocates a prefix of `prefixlen`.
    cidr: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })),
    ip_version: Type.Optional(IntLike),
    ipv6_address_mode: Type.Optional(Ipv6Mode),
    ipv6_ra_mode: Type.Optional(Ipv6Mode),
    segment_id: Type.Optional(Type.Null()),
    subnetpool_id: Type.Optional(Type.Union([Type.Null(), Uuid])),
    prefixlen: Type.Optional(IntLike),
    use_default_subnetpool: Type.Optional(BoolLike),
    project_id: Type.Optional(ProjectId),
    tenant_id: Type.Optional(ProjectId),
    tags: Type.Optional(Tags),
  },
  { additionalProperties: false },
);
export type SubnetCreateBody = Static<typeof SubnetCreate>;

export const SubnetUpdate = Type.Object(mutable, { additionalProperties: false });
export type SubnetUpdateBody = Static<typeof SubnetUpdate>;

export const SubnetCreateRequest = singleOrBulk('subnet', 'subnets', SubnetCreate);
export const SubnetUpdateRequest = single('subnet', SubnetUpdate);
