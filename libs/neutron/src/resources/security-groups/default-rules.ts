import { ETHER_TYPES, type SecurityGroupRule } from '@trellis/domain';
import { protocolKey } from './rule-checks';

/** A rule of a new group, before it has an id, owner and timestamps. */
export type RuleSpec = Pick<SecurityGroupRule, 'direction' | 'ethertype' | 'protocol' | 'portRangeMin' | 'portRangeMax' | 'remoteIpPrefix' | 'remoteGroupId' | 'description'>;

const any = { protocol: null, portRangeMin: null, portRangeMax: null, remoteIpPrefix: null, remoteGroupId: null, description: '' } as const;

/**
 * Neutron's rules of a new group: egress anywhere over IPv4 and IPv6; the `default` group also
 * admits ingress from its own members (remote_group_id = the group itself).
 */
export function initialRules(groupId: string, isDefault: boolean): RuleSpec[] {
  const egress = ETHER_TYPES.map((ethertype): RuleSpec => ({ ...any, direction: 'egress', ethertype }));
  const ingress = isDefault ? ETHER_TYPES.map((ethertype): RuleSpec => ({ ...any, direction: 'ingress', ethertype, remoteGroupId: groupId })) : [];
  return [...egress, ...ingress];
}

/** Two rules that admit the same traffic (Neutron's duplicate check ignores ids and descriptions). */
export function ruleKey(r: RuleSpec): string {
  return JSON.stringify([r.direction, r.ethertype, protocolKey(r.protocol), r.portRangeMin, r.portRangeMax, r.remoteIpPrefix, r.remoteGroupId]);
}
