import { Type, type Static } from '@sinclair/typebox';
import { BoolLike, Description, IntLike, Name, ProjectId, Tags, single, singleOrBulk } from '../../schemas/common';

const common = {
  name: Type.Optional(Name),
  description: Type.Optional(Description),
  admin_state_up: Type.Optional(BoolLike),
  shared: Type.Optional(BoolLike),
  mtu: Type.Optional(IntLike),
  port_security_enabled: Type.Optional(BoolLike),
  'router:external': Type.Optional(BoolLike),
};

export const NetworkCreate = Type.Object(
  {
    ...common,
    'provider:network_type': Type.Optional(Type.Union([Type.Literal('vxlan'), Type.Literal('local')])),
    'provider:segmentation_id': Type.Optional(IntLike),
    'provider:physical_network': Type.Optional(Type.Null()),
    availability_zone_hints: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 255 }), { maxItems: 64 })),
    project_id: Type.Optional(ProjectId),
    tenant_id: Type.Optional(ProjectId),
    tags: Type.Optional(Tags),
  },
  { additionalProperties: false },
);
export type NetworkCreateBody = Static<typeof NetworkCreate>;

/** `availability_zone_hints` and `provider:*` are create-only, as in Neutron. */
export const NetworkUpdate = Type.Object(common, { additionalProperties: false });
export type NetworkUpdateBody = Static<typeof NetworkUpdate>;

export const NetworkCreateRequest = singleOrBulk('network', 'networks', NetworkCreate);
export const NetworkUpdateRequest = single('network', NetworkUpdate);
