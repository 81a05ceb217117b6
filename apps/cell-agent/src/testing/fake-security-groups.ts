import { domainError, newId, type SecurityGroup, type SecurityGroupRule } from '@trellis/domain';
import type {
  ListFilters, Precondition, RequestContext, SecurityGroupBackend, SecurityGroupCreateInput, SecurityGroupRuleCreateInput, SecurityGroupUpdateInput, SecurityGroupView,
} from '@trellis/neutron';

const NOW = '2024-01-01T00:00:00Z';

/**
 * Security groups for the fake central: kept in memory, no default group, quotas or ports;
 * enough to see what the agent forwards and how it shows central's answers.
 */
export class FakeSecurityGroups implements SecurityGroupBackend {
  readonly groups = new Map<string, SecurityGroup>();
  readonly rules = new Map<string, SecurityGroupRule>();

  #view(group: SecurityGroup): SecurityGroupView {
    return { group, rules: [...this.rules.values()].filter((r) => r.securityGroupId === group.id) };
  }

  #get(id: string): SecurityGroup {
    const group = this.groups.get(id);
    if (!group) throw domainError('SecurityGroupNotFound', { id });
    return group;
  }

  async listSecurityGroups(_ctx: RequestContext, _filters: ListFilters): Promise<SecurityGroupView[]> {
    return [...this.groups.values()].map((g) => this.#view(g));
  }

  async getSecurityGroup(_ctx: RequestContext, id: string): Promise<SecurityGroupView> {
    return this.#view(this.#get(id));
  }

  async createSecurityGroups(_ctx: RequestContext, inputs: readonly SecurityGroupCreateInput[]): Promise<SecurityGroupView[]> {
    return inputs.map((input) => {
      const group: SecurityGroup = { ...input, tags: [...input.tags], id: newId(), revisionNumber: 1, createdAt: NOW, updatedAt: NOW };
      this.groups.set(group.id, group);
      return this.#view(group);
    });
  }

  async updateSecurityGroup(_ctx: RequestContext, id: string, input: SecurityGroupUpdateInput, _precondition: Precondition): Promise<SecurityGroupView> {
    const current = this.#get(id);
    const group: SecurityGroup = { ...current, name: input.name ?? current.name, description: input.description ?? current.description, revisionNumber: current.revisionNumber + 1 };
    this.groups.set(id, group);
    return this.#view(group);
  }

  async deleteSecurityGroup(_ctx: RequestContext, id: string): Promise<void> {
    this.#get(id);
    this.groups.delete(id);
  }

  async listSecurityGroupRules(): Promise<SecurityGroupRule[]> {
    return [...this.rules.values()];
  }

  async getSecurityGroupRule(_ctx: RequestContext, id: string): Promise<SecurityGroupRule> {
    const rule = this.rules.get(id);
    if (!rule) throw domainError('SecurityGroupRuleNotFound', { id });
    return rule;
  }

  async createSecurityGroupRules(_ctx: RequestContext, inputs: readonly SecurityGroupRuleCreateInput[]): Promise<SecurityGroupRule[]> {
    return inputs.map((input) => {
      const group = this.#get(input.securityGroupId);
      const rule: SecurityGroupRule = { ...input, projectId: input.projectId ?? group.projectId, id: newId(), revisionNumber: 1, createdAt: NOW, updatedAt: NOW };
      this.rules.set(rule.id, rule);
      return rule;
    });
  }

  async deleteSecurityGroupRule(ctx: RequestContext, id: string): Promise<void> {
    await this.getSecurityGroupRule(ctx, id);
    this.rules.delete(id);
  }
}
