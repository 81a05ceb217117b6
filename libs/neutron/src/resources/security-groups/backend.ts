import type { EtherType, RuleDirection, SecurityGroup, SecurityGroupRule } from '@trellis/domain';
import type { ListFilters } from '../../backend';
import type { RequestContext } from '../../context';
import type { Precondition } from '../../if-match';

/** A security group with its rules, as Neutron shows it. */
export interface SecurityGroupView {
  readonly group: SecurityGroup;
  readonly rules: readonly SecurityGroupRule[];
}

export interface SecurityGroupCreateInput {
  readonly projectId: string;
  readonly name: string;
  readonly description: string;
  readonly tags: readonly string[];
}

export interface SecurityGroupUpdateInput {
  readonly name?: string;
  readonly description?: string;
  /** Set through the tags sub-resource only. */
  readonly tags?: readonly string[];
}

/** A rule as a create asks for it, already validated and normalised (see securityGroupRuleCreateInput). */
export interface SecurityGroupRuleCreateInput {
  /** undefined = the group's project. */
  readonly projectId?: string;
  readonly securityGroupId: string;
  readonly direction: RuleDirection;
  readonly ethertype: EtherType;
  readonly protocol: string | null;
  readonly portRangeMin: number | null;
  readonly portRangeMax: number | null;
  readonly remoteIpPrefix: string | null;
  readonly remoteGroupId: string | null;
  readonly description: string;
}

/**
 * What the security group routes need. Central keeps groups and rules in its store and creates a
 * project's `default` group on first use; a region forwards everything to central. Reads return
 * every matching row; visibility is applied by the routes.
 */
export interface SecurityGroupBackend {
  /** Ensures the default group of the project the list is for (Neutron does it on list). */
  listSecurityGroups(ctx: RequestContext, filters: ListFilters): Promise<SecurityGroupView[]>;
  /** Throws SecurityGroupNotFound. */
  getSecurityGroup(ctx: RequestContext, id: string): Promise<SecurityGroupView>;
  createSecurityGroups(ctx: RequestContext, inputs: readonly SecurityGroupCreateInput[]): Promise<SecurityGroupView[]>;
  updateSecurityGroup(ctx: RequestContext, id: string, input: SecurityGroupUpdateInput, precondition: Precondition): Promise<SecurityGroupView>;
  /** Throws SecurityGroupInUse while ports use it, SecurityGroupCannotRemoveDefault for a member's default group. */
  deleteSecurityGroup(ctx: RequestContext, id: string, precondition: Precondition): Promise<void>;
  listSecurityGroupRules(ctx: RequestContext, filters: ListFilters): Promise<SecurityGroupRule[]>;
  /** Throws SecurityGroupRuleNotFound. */
  getSecurityGroupRule(ctx: RequestContext, id: string): Promise<SecurityGroupRule>;
  /** Throws SecurityGroupNotFound (group or remote group), SecurityGroupRuleExists. */
  createSecurityGroupRules(ctx: RequestContext, inputs: readonly SecurityGroupRuleCreateInput[]): Promise<SecurityGroupRule[]>;
  deleteSecurityGroupRule(ctx: RequestContext, id: string, precondition: Precondition): Promise<void>;
}
