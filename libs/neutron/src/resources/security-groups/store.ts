import { Collections, type SecurityGroup, type SecurityGroupRule } from '@trellis/domain';
import type { CollectionSpec } from '@trellis/store';
import { storeSpec } from '../../store-spec';

/** Secondary indexes of the security group and rule collections. */
export const SECURITY_GROUP_INDEXES = {
  /** Owner project (quota usage counts, a project's groups). */
  securityGroupsByProject: 'byProject',
  /** A group's rules. */
  securityGroupRulesByGroup: 'byGroup',
  /** Owner project (quota usage counts). */
  securityGroupRulesByProject: 'byProject',
} as const;

export const SECURITY_GROUP_STORE: readonly CollectionSpec[] = [
  storeSpec<SecurityGroup>(Collections.securityGroups, { [SECURITY_GROUP_INDEXES.securityGroupsByProject]: (g) => g.projectId }),
  storeSpec<SecurityGroupRule>(Collections.securityGroupRules, {
    [SECURITY_GROUP_INDEXES.securityGroupRulesByGroup]: (r) => r.securityGroupId,
    [SECURITY_GROUP_INDEXES.securityGroupRulesByProject]: (r) => r.projectId,
  }),
  /** A project's default group `{ projectId, securityGroupId }`, key: project id. */
  storeSpec(Collections.defaultSecurityGroups),
];
