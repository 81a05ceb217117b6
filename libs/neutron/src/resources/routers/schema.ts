import { Type, type Static } from '@sinclair/typebox';
import { BoolLike, Description, Name, ProjectId, Tags, single, singleOrBulk } from '../../schemas/common';

const Address = Type.String({ minLength: 1, maxLength: 64 });
const Route = Type.Object({ destination: Address, nexthop: Address }, { additionalProperties: false });

/**
 * `external_gateway_info` as clients send it. Tempest and the CLI send `{}` for "no gateway";
 * a `network_id` asks for a gateway, which the backend refuses (no external gateways here).
 */
const GatewayInfo = Type.Union([
  Type.Null(),
  Type.Object(
    {
      network_id: Type.Optional(Type.String({ maxLength: 255 })),
      enable_snat: Type.Optional(BoolLike),
      external_fixed_ips: Type.Optional(Type.Array(Type.Record(Type.String(), Type.Unknown()), { maxItems: 64 })),
    },
    { additionalProperties: false },
  ),
]);

const common = {
  name: Type.Optional(Name),
  description: Type.Optional(Description),
  admin_state_up: Type.Optional(BoolLike),
  external_gateway_info: Type.Optional(GatewayInfo),
};

/** `routes` is update-only (extraroute), `availability_zone_hints` create-only, as in Neutron. */
export const RouterCreate = Type.Object(
  {
    ...common,
    availability_zone_hints: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 255 }), { maxItems: 64 })),
    project_id: Type.Optional(ProjectId),
    tenant_id: Type.Optional(ProjectId),
    tags: Type.Optional(Tags),
  },
  { additionalProperties: false },
);
export type RouterCreateBody = Static<typeof RouterCreate>;

export const RouterUpdate = Type.Object(
  { ...common, routes: Type.Optional(Type.Union([Type.Null(), Type.Array(Route, { maxItems: 1000 })])) },
  { additionalProperties: false },
);
export type RouterUpdateBody = Static<typeof RouterUpdate>;

export const RouterCreateRequest = singleOrBulk('router', 'routers', RouterCreate);
export const RouterUpdateRequest = single('router', RouterUpdate);

/**
 * `PUT /v2.0/routers/{id}/add_router_interface` (and remove): the body is the interface info
 * itself, not wrapped. Other keys are ignored, as Neutron ignores them.
 */
export const RouterInterfaceRequest = Type.Object({
  subnet_id: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
  port_id: Type.Optional(Type.String({ minLength: 1, maxLength: 255 })),
});
export type RouterInterfaceBody = Static<typeof RouterInterfaceRequest>;
