import type { StandardAttrs } from './network';

/** The traffic direction a rule admits, seen from the port. */
export type RuleDirection = 'ingress' | 'egress';
export type EtherType = 'IPv4' | 'IPv6';

export const RULE_DIRECTIONS: readonly RuleDirection[] = ['ingress', 'egress'];
export const ETHER_TYPES: readonly EtherType[] = ['IPv4', 'IPv6'];

/** The name of the group every project gets on first use; it cannot be renamed or taken twice. */
export const DEFAULT_SECURITY_GROUP_NAME = 'default';

/**
 * A Neutron security group. Its rules are rows of their own (`securityGroupRules`), as in
 * Neutron, so a rule change is a small write; a rule change still bumps the group's revision.
 */
export type SecurityGroup = StandardAttrs;

/**
 * One allow rule of a security group. `protocol` keeps what the client sent (a name, lowercased,
 * or a number 0-255 as a string); null = any. For ICMP the port range is the type and code.
 */
export interface SecurityGroupRule {
  readonly id: string;
  readonly projectId: string;
  readonly securityGroupId: string;
  readonly direction: RuleDirection;
  readonly ethertype: EtherType;
  readonly protocol: string | null;
  readonly portRangeMin: number | null;
  readonly portRangeMax: number | null;
  readonly remoteIpPrefix: string | null;
  readonly remoteGroupId: string | null;
  readonly description: string;
  readonly revisionNumber: number;
  readonly createdAt: string;
  readonly updatedAt: string;
}

/** The marker of a project's default group (Neutron's `default_security_group` table), key: project id. */
export interface DefaultSecurityGroup {
  readonly projectId: string;
  readonly securityGroupId: string;
}
