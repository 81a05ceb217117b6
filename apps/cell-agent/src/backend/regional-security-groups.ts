import type { SecurityGroupRule } from '@trellis/domain';
import {
  securityGroupFromJson, securityGroupRuleFromJson, type ListFilters, type Precondition, type RequestContext, type SecurityGroupBackend,
  type SecurityGroupCreateInput, type SecurityGroupRuleCreateInput, type SecurityGroupUpdateInput, type SecurityGroupView,
} from '@trellis/neutron';
import type { CentralClient } from '../central/central-client';
import type { AgentMetrics } from '../metrics';
import { forwardedWrite } from './forwarded-write';

type Json = Record<string, unknown>;

export interface RegionalSecurityGroupsOptions {
  readonly central: CentralClient;
  readonly metrics: AgentMetrics;
}

const groupPath = (id: string) => `/v2.0/security-groups/${encodeURIComponent(id)}`;
const rulePath = (id: string) => `/v2.0/security-group-rules/${encodeURIComponent(id)}`;

function withQuery(path: string, filters: ListFilters): string {
  const query = new URLSearchParams();
  for (const [key, values] of Object.entries(filters)) for (const v of values) query.append(key, v);
  return query.size > 0 ? `${path}?${query.toString()}` : path;
}

function groupBody(input: SecurityGroupCreateInput): Json {
  return { name: input.name, description: input.description, project_id: input.projectId, ...(input.tags.length > 0 ? { tags: [...input.tags] } : {}) };
}

function ruleBody(input: SecurityGroupRuleCreateInput): Json {
  return {
    security_group_id: input.securityGroupId,
    direction: input.direction,
    ethertype: input.ethertype,
    protocol: input.protocol,
    port_range_min: input.portRangeMin,
    port_range_max: input.portRangeMax,
    remote_ip_prefix: input.remoteIpPrefix,
    remote_group_id: input.remoteGroupId,
    description: input.description,
    ...(input.projectId === undefined ? {} : { project_id: input.projectId }),
  };
}

/**
 * Security groups at a regional endpoint. Central owns them (one default group per project,
 * quotas, the ports using them), so writes are forwarded with the caller's identity, like router
 * writes, and reads ask central too: groups are global, not scoped to regions, and are not
 * replicated into the region's copy.
 */
export class RegionalSecurityGroups implements SecurityGroupBackend {
  constructor(private readonly o: RegionalSecurityGroupsOptions) {}

  async listSecurityGroups(ctx: RequestContext, filters: ListFilters): Promise<SecurityGroupView[]> {
    const answer = await this.o.central.get<{ security_groups: Json[] }>(withQuery('/v2.0/security-groups', filters), { ctx });
    return answer.security_groups.map(securityGroupFromJson);
  }

  async getSecurityGroup(ctx: RequestContext, id: string): Promise<SecurityGroupView> {
    return securityGroupFromJson((await this.o.central.get<{ security_group: Json }>(groupPath(id), { ctx })).security_group);
  }

  async createSecurityGroups(ctx: RequestContext, inputs: readonly SecurityGroupCreateInput[]): Promise<SecurityGroupView[]> {
    const body = inputs.length > 1 ? { security_groups: inputs.map(groupBody) } : { security_group: groupBody(inputs[0]) };
    const answer = await this.#forward('create_security_group', () =>
      this.o.central.request<{ security_group?: Json; security_groups?: Json[] }>('POST', '/v2.0/security-groups', { ctx, body }),
    );
    return (answer.json.security_groups ?? [answer.json.security_group as Json]).map(securityGroupFromJson);
  }

  async updateSecurityGroup(ctx: RequestContext, id: string, input: SecurityGroupUpdateInput, precondition: Precondition): Promise<SecurityGroupView> {
    const body = { security_group: { ...(input.name === undefined ? {} : { name: input.name }), ...(input.description === undefined ? {} : { description: input.description }) } };
    const answer = await this.#forward('update_security_group', () =>
      this.o.central.request<{ security_group: Json }>('PUT', groupPath(id), { ctx, body, revisionNumber: precondition.revisionNumber }),
    );
    return securityGroupFromJson(answer.json.security_group);
  }

  async deleteSecurityGroup(ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    await this.#forward('delete_security_group', () => this.o.central.request('DELETE', groupPath(id), { ctx, revisionNumber: precondition.revisionNumber }));
  }

  async listSecurityGroupRules(ctx: RequestContext, filters: ListFilters): Promise<SecurityGroupRule[]> {
    const answer = await this.o.central.get<{ security_group_rules: Json[] }>(withQuery('/v2.0/security-group-rules', filters), { ctx });
    return answer.security_group_rules.map(securityGroupRuleFromJson);
  }

  async getSecurityGroupRule(ctx: RequestContext, id: string): Promise<SecurityGroupRule> {
    return securityGroupRuleFromJson((await this.o.central.get<{ security_group_rule: Json }>(rulePath(id), { ctx })).security_group_rule);
  }

  async createSecurityGroupRules(ctx: RequestContext, inputs: readonly SecurityGroupRuleCreateInput[]): Promise<SecurityGroupRule[]> {
    const body = inputs.length > 1 ? { security_group_rules: inputs.map(ruleBody) } : { security_group_rule: ruleBody(inputs[0]) };
    const answer = await this.#forward('create_security_group_rule', () =>
      this.o.central.request<{ security_group_rule?: Json; security_group_rules?: Json[] }>('POST', '/v2.0/security-group-rules', { ctx, body }),
    );
    return (answer.json.security_group_rules ?? [answer.json.security_group_rule as Json]).map(securityGroupRuleFromJson);
  }

  async deleteSecurityGroupRule(ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    await this.#forward('delete_security_group_rule', () => this.o.central.request('DELETE', rulePath(id), { ctx, revisionNumber: precondition.revisionNumber }));
  }

  #forward<T>(operation: string, call: () => Promise<T>): Promise<T> {
    return forwardedWrite(this.o.metrics, operation, call);
  }
}
