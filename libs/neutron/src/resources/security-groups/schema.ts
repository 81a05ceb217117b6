import { Type, type Static } from '@sinclair/typebox';
import { Description, IntLike, Name, ProjectId, Tags, single, singleOrBulk } from '../../schemas/common';

const Id = Type.String({ minLength: 1, maxLength: 255 });
const NullableString = Type.Union([Type.Null(), Type.String({ maxLength: 255 })]);

export const SecurityGroupCreate = Type.Object(
  {
    name: Type.Optional(Name),
    description: Type.Optional(Description),
    project_id: Type.Optional(ProjectId),
    tenant_id: Type.Optional(ProjectId),
    tags: Type.Optional(Tags),
  },
  { additionalProperties: false },
);
export type SecurityGroupCreateBody = Static<typeof SecurityGroupCreate>;

export const SecurityGroupUpdate = Type.Object({ name: Type.Optional(Name), description: Type.Optional(Description) }, { additionalProperties: false });
export type SecurityGroupUpdateBody = Static<typeof SecurityGroupUpdate>;

export const SecurityGroupCreateRequest = singleOrBulk('security_group', 'security_groups', SecurityGroupCreate);
export const SecurityGroupUpdateRequest = single('security_group', SecurityGroupUpdate);

/**
 * A rule as clients send it. Direction, ethertype, protocol, ports and prefixes are checked by
 * the input code, not here, so the answers carry Neutron's exception types and messages (which
 * Tempest matches); ids of groups are not checked for form: an unknown one is a 404, as in Neutron.
 */
export const SecurityGroupRuleCreate = Type.Object(
  {
    security_group_id: Id,
    direction: Type.Optional(Type.String({ maxLength: 255 })),
    ethertype: Type.Optional(Type.String({ maxLength: 255 })),
    protocol: Type.Optional(Type.Union([Type.Null(), Type.Integer(), Type.String({ maxLength: 255 })])),
    port_range_min: Type.Optional(Type.Union([Type.Null(), IntLike])),
    port_range_max: Type.Optional(Type.Union([Type.Null(), IntLike])),
    remote_ip_prefix: Type.Optional(NullableString),
    remote_group_id: Type.Optional(NullableString),
    description: Type.Optional(Description),
    project_id: Type.Optional(ProjectId),
    tenant_id: Type.Optional(ProjectId),
  },
  { additionalProperties: false },
);
export type SecurityGroupRuleCreateBody = Static<typeof SecurityGroupRuleCreate>;

export const SecurityGroupRuleCreateRequest = singleOrBulk('security_group_rule', 'security_group_rules', SecurityGroupRuleCreate);
