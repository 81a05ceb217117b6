import { Type, type Static } from '@sinclair/typebox';
import { VNIC_TYPES } from '@trellis/domain';
import { BoolLike, Description, JsonObject, Name, ProjectId, Tags, Uuid, single, singleOrBulk } from '../../schemas/common';

const VnicType = Type.Union(VNIC_TYPES.map((v) => Type.Literal(v)));
const FixedIp = Type.Object(
  { subnet_id: Type.Optional(Uuid), ip_address: Type.Optional(Type.String({ minLength: 1, maxLength: 64 })) },
  { additionalProperties: false, minProperties: 1 },
);

const mutable = {
  name: Type.Optional(Name),
  description: Type.Optional(Description),
  admin_state_up: Type.Optional(BoolLike),
  fixed_ips: Type.Optional(Type.Array(FixedIp, { maxItems: 32 })),
  device_id: Type.Optional(Type.String({ maxLength: 255 })),
  device_owner: Type.Optional(Type.String({ maxLength: 255 })),
  // null (Nova's unbind on instance delete) and "" both mean "no host", as in Neutron.
  'binding:host_id': Type.Optional(Type.Union([Type.String({ maxLength: 255 }), Type.Null()])),
  'binding:profile': Type.Optional(JsonObject),
  'binding:vnic_type': Type.Optional(VnicType),
  port_security_enabled: Type.Optional(BoolLike),
  // null = none (Neutron's convert_none_to_empty_list); unknown ids are the backend's 404.
  security_groups: Type.Optional(Type.Union([Type.Null(), Type.Array(Type.String({ minLength: 1, maxLength: 255 }), { maxItems: 64 })])),
};

export const PortCreate = Type.Object(
  {
    ...mutable,
    network_id: Uuid,
    mac_address: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })),
    project_id: Type.Optional(ProjectId),
    tenant_id: Type.Optional(ProjectId),
    tags: Type.Optional(Tags),
  },
  { additionalProperties: false },
);
export type PortCreateBody = Static<typeof PortCreate>;

/** `mac_address` is updatable by admins (Neutron's `update_port:mac_address`) while the port is unbound. */
export const PortUpdate = Type.Object({ ...mutable, mac_address: Type.Optional(Type.String({ minLength: 1, maxLength: 32 })) }, { additionalProperties: false });
export type PortUpdateBody = Static<typeof PortUpdate>;

export const PortCreateRequest = singleOrBulk('port', 'ports', PortCreate);
export const PortUpdateRequest = single('port', PortUpdate);

export const BindingCreate = Type.Object(
  { host: Type.String({ minLength: 1, maxLength: 255 }), vnic_type: Type.Optional(VnicType), profile: Type.Optional(JsonObject) },
  { additionalProperties: false },
);
export type BindingCreateBody = Static<typeof BindingCreate>;
export const BindingCreateRequest = single('binding', BindingCreate);
export const BindingParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 255 }), host: Type.String({ minLength: 1, maxLength: 255 }) });
