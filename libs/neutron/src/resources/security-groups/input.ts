import { DEFAULT_SECURITY_GROUP_NAME, domainError } from '@trellis/domain';
import type { RequestContext } from '../../context';
import { toInt } from '../../schemas/common';
import type { SecurityGroupCreateInput, SecurityGroupRuleCreateInput, SecurityGroupUpdateInput } from './backend';
import { parseIpPrefix } from './ip-prefix';
import { assertEthertypeFitsProtocol, assertPortRange, ruleDirection, ruleEthertype, rulePort, ruleProtocol } from './rule-checks';
import type { SecurityGroupCreateBody, SecurityGroupRuleCreateBody, SecurityGroupUpdateBody } from './schema';

/** Neutron's `type:name_not_default` on create and update: there is one `default` group per project, its own. */
function assertNotDefaultName(name: string | undefined): void {
  if (name !== undefined && name.toLowerCase() === DEFAULT_SECURITY_GROUP_NAME) throw domainError('SecurityGroupDefaultAlreadyExists', {});
}

export function securityGroupCreateInput(ctx: RequestContext, b: SecurityGroupCreateBody): SecurityGroupCreateInput {
  assertNotDefaultName(b.name);
  return { projectId: b.project_id ?? b.tenant_id ?? ctx.projectId, name: b.name ?? '', description: b.description ?? '', tags: b.tags ?? [] };
}

export function securityGroupUpdateInput(b: SecurityGroupUpdateBody): SecurityGroupUpdateInput {
  assertNotDefaultName(b.name);
  return { ...(b.name === undefined ? {} : { name: b.name }), ...(b.description === undefined ? {} : { description: b.description }) };
}

const intOrNull = (v: number | string | null | undefined): number | null | undefined => (v === undefined || v === null ? v : toInt(v));

/**
 * A rule body checked as Neutron checks it, in Neutron's order: each value on its own (direction,
 * ethertype, protocol, ports, prefix), then together (one kind of remote, the port range for the
 * protocol, the prefix's family, the protocol's family). Groups are looked up by the backend.
 */
export function securityGroupRuleCreateInput(b: SecurityGroupRuleCreateBody): SecurityGroupRuleCreateInput {
  const direction = ruleDirection(b.direction);
  const ethertype = ruleEthertype(b.ethertype);
  const protocol = ruleProtocol(b.protocol);
  const portRangeMin = rulePort(intOrNull(b.port_range_min));
  const portRangeMax = rulePort(intOrNull(b.port_range_max));
  const prefix = b.remote_ip_prefix === undefined || b.remote_ip_prefix === null ? null : parseIpPrefix(b.remote_ip_prefix);
  const remoteGroupId = b.remote_group_id === undefined || b.remote_group_id === null || b.remote_group_id === '' ? null : b.remote_group_id;
  if (prefix !== null && remoteGroupId !== null) throw domainError('SecurityGroupRemoteGroupAndRemoteIpPrefix', {});
  assertPortRange(protocol, portRangeMin, portRangeMax);
  if (prefix !== null && prefix.ethertype !== ethertype) throw domainError('SecurityGroupRuleParameterConflict', { ethertype, cidr: b.remote_ip_prefix as string });
  assertEthertypeFitsProtocol(ethertype, protocol);
  const projectId = b.project_id ?? b.tenant_id;
  return {
    ...(projectId === undefined ? {} : { projectId }),
    securityGroupId: b.security_group_id,
    direction,
    ethertype,
    protocol,
    portRangeMin,
    portRangeMax,
    remoteIpPrefix: prefix?.cidr ?? null,
    remoteGroupId,
    description: b.description ?? '',
  };
}
