import type { EtherType, RuleDirection, SecurityGroup, SecurityGroupRule } from '@trellis/domain';
import type { NeutronJson } from '../../json/wire';
import type { SecurityGroupView } from './backend';

// Parsed wire JSON: every field is checked where it is read.
type Json = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const strOrNull = (v: unknown): string | null => (typeof v === 'string' ? v : null);
const intOrNull = (v: unknown): number | null => (typeof v === 'number' && Number.isInteger(v) ? v : null);
const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const objects = (v: unknown): Json[] => (Array.isArray(v) ? v.filter((x): x is Json => typeof x === 'object' && x !== null) : []);
const revision = (v: unknown): number => (typeof v === 'number' ? v : 0);

/** `security_group_rule` as Neutron shows it (standard attrs; no remote address groups). */
export function securityGroupRuleToJson(r: SecurityGroupRule): NeutronJson {
  return {
    id: r.id,
    security_group_id: r.securityGroupId,
    direction: r.direction,
    ethertype: r.ethertype,
    protocol: r.protocol,
    port_range_min: r.portRangeMin,
    port_range_max: r.portRangeMax,
    remote_ip_prefix: r.remoteIpPrefix,
    remote_group_id: r.remoteGroupId,
    description: r.description,
    project_id: r.projectId,
    tenant_id: r.projectId,
    revision_number: r.revisionNumber,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

export function securityGroupRuleFromJson(j: Json): SecurityGroupRule {
  return {
    id: str(j.id),
    projectId: str(j.project_id ?? j.tenant_id),
    securityGroupId: str(j.security_group_id),
    direction: (j.direction === 'egress' ? 'egress' : 'ingress') satisfies RuleDirection,
    ethertype: (j.ethertype === 'IPv6' ? 'IPv6' : 'IPv4') satisfies EtherType,
    protocol: strOrNull(j.protocol),
    portRangeMin: intOrNull(j.port_range_min),
    portRangeMax: intOrNull(j.port_range_max),
    remoteIpPrefix: strOrNull(j.remote_ip_prefix),
    remoteGroupId: strOrNull(j.remote_group_id),
    description: str(j.description),
    revisionNumber: revision(j.revision_number),
    createdAt: str(j.created_at),
    updatedAt: str(j.updated_at),
  };
}

/**
 * `security_group` with its rules inline, as Neutron shows it. `stateful` is left out: Trellis
 * does not advertise `stateful-security-group`.
 */
export function securityGroupToJson(view: SecurityGroupView): NeutronJson {
  const g = view.group;
  return {
    id: g.id,
    name: g.name,
    description: g.description,
    project_id: g.projectId,
    tenant_id: g.projectId,
    security_group_rules: view.rules.map(securityGroupRuleToJson),
    tags: [...g.tags],
    revision_number: g.revisionNumber,
    created_at: g.createdAt,
    updated_at: g.updatedAt,
  };
}

export function securityGroupFromJson(j: Json): SecurityGroupView {
  const group: SecurityGroup = {
    id: str(j.id),
    projectId: str(j.project_id ?? j.tenant_id),
    name: str(j.name),
    description: str(j.description),
    tags: strings(j.tags),
    revisionNumber: revision(j.revision_number),
    createdAt: str(j.created_at),
    updatedAt: str(j.updated_at),
  };
  return { group, rules: objects(j.security_group_rules).map(securityGroupRuleFromJson) };
}

/** Attribute names security groups may be filtered and sorted on. */
export const SECURITY_GROUP_ATTRIBUTES: readonly string[] = Object.keys(
  securityGroupToJson({ group: { id: '', projectId: '', name: '', description: '', tags: [], revisionNumber: 0, createdAt: '', updatedAt: '' }, rules: [] }),
);

/** Attribute names security group rules may be filtered and sorted on. */
export const SECURITY_GROUP_RULE_ATTRIBUTES: readonly string[] = Object.keys(
  securityGroupRuleToJson({
    id: '', projectId: '', securityGroupId: '', direction: 'ingress', ethertype: 'IPv4', protocol: null, portRangeMin: null, portRangeMax: null,
    remoteIpPrefix: null, remoteGroupId: null, description: '', revisionNumber: 0, createdAt: '', updatedAt: '',
  }),
);
