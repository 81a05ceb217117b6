import { Type, type Static } from '@sinclair/typebox';
import { BoolLike, Description, IntLike, Name, ProjectId, Tags, single, singleOrBulk } from '../../schemas/common';

const Prefixes = Type.Array(Type.String({ minLength: 1, maxLength: 64 }), { maxItems: 1000 });
/** Address scopes are not served: only "none" is accepted. */
const AddressScope = Type.Null();
const Quota = Type.Union([Type.Null(), IntLike]);

const mutable = {
  name: Type.Optional(Name),
  description: Type.Optional(Description),
  prefixes: Type.Optional(Prefixes),
  min_prefixlen: Type.Optional(IntLike),
  max_prefixlen: Type.Optional(IntLike),
  default_prefixlen: Type.Optional(IntLike),
  default_quota: Type.Optional(Quota),
  is_default: Type.Optional(BoolLike),
  address_scope_id: Type.Optional(AddressScope),
};

/** `shared` is create-only in Neutron (`allow_put: False`). */
export const SubnetPoolCreate = Type.Object(
  {
    ...mutable,
    prefixes: Prefixes,
    shared: Type.Optional(BoolLike),
    project_id: Type.Optional(ProjectId),
    tenant_id: Type.Optional(ProjectId),
    tags: Type.Optional(Tags),
  },
  { additionalProperties: false },
);
export type SubnetPoolCreateBody = Static<typeof SubnetPoolCreate>;

export const SubnetPoolUpdate = Type.Object(mutable, { additionalProperties: false });
export type SubnetPoolUpdateBody = Static<typeof SubnetPoolUpdate>;

export const SubnetPoolCreateRequest = singleOrBulk('subnetpool', 'subnetpools', SubnetPoolCreate);
export const SubnetPoolUpdateRequest = single('subnetpool', SubnetPoolUpdate);
