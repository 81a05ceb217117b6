import {
  Collections, DEFAULT_SECURITY_GROUP_NAME, domainError, newId, newStandardAttrs,
  type DefaultSecurityGroup, type SecurityGroup, type SecurityGroupRule,
} from '@trellis/domain';
import {
  Indexes, checkPrecondition, initialRules, ruleKey, type ListFilters, type Precondition, type RequestContext, type RuleSpec, type SecurityGroupBackend,
  type SecurityGroupCreateInput, type SecurityGroupRuleCreateInput, type SecurityGroupUpdateInput, type SecurityGroupView, type StoredPort,
} from '@trellis/neutron';
import type { Item, Store } from '@trellis/store';
import type { QuotaService } from './quota-service';
import { TxnBuilder, retryOnConflict } from './store-txn';

/** Neutron's description of the group it creates for a project. */
const DEFAULT_DESCRIPTION = 'Default security group';

export interface SecurityGroupServiceDeps {
  readonly store: Store;
  readonly quotas: QuotaService;
  readonly now: () => string;
}

/**
 * Security groups and their rules, stored (groups and rules in collections of their own) and
 * validated as Neutron does; hosts do not enforce them yet. A rule change bumps its group's
 * revision in the same transaction, so concurrent rule creates on one group are serialised and
 * the duplicate check holds. A project's `default` group is made on first use, once: its marker
 * row is created in the group's transaction, so of two racing first uses one wins and the other
 * reads the winner's group.
 */
export class SecurityGroupService implements SecurityGroupBackend {
  constructor(private readonly d: SecurityGroupServiceDeps) {}

  async get(id: string): Promise<Item<SecurityGroup>> {
    const item = await this.d.store.get<SecurityGroup>(Collections.securityGroups, id);
    if (!item) throw domainError('SecurityGroupNotFound', { id });
    return item;
  }

  private async rulesOf(groupId: string): Promise<SecurityGroupRule[]> {
    return (await this.d.store.list<SecurityGroupRule>(Collections.securityGroupRules, { index: Indexes.securityGroupRulesByGroup, value: groupId })).map((i) => i.value);
  }

  /** The id of the project's default group, created (with Neutron's four rules) when it has none. */
  async ensureDefault(projectId: string): Promise<string> {
    return retryOnConflict(async () => {
      const marker = await this.d.store.get<DefaultSecurityGroup>(Collections.defaultSecurityGroups, projectId);
      if (marker) return marker.value.securityGroupId;
      const at = this.d.now();
      const group: SecurityGroup = newStandardAttrs({ projectId, name: DEFAULT_SECURITY_GROUP_NAME, description: DEFAULT_DESCRIPTION, tags: [] }, at, newId());
      const b = new TxnBuilder()
        .create(Collections.defaultSecurityGroups, projectId, { projectId, securityGroupId: group.id } satisfies DefaultSecurityGroup)
        .create(Collections.securityGroups, group.id, group);
      for (const rule of this.newRules(group, initialRules(group.id, true), at)) b.create(Collections.securityGroupRules, rule.id, rule);
      await this.d.store.commit(b.txn);
      return group.id;
    });
  }

  private newRules(group: SecurityGroup, specs: readonly RuleSpec[], at: string, projectId = group.projectId): SecurityGroupRule[] {
    return specs.map((s) => ({ ...s, id: newId(), projectId, securityGroupId: group.id, revisionNumber: 1, createdAt: at, updatedAt: at }));
  }

  private async views(groups: readonly SecurityGroup[], allRules?: readonly SecurityGroupRule[]): Promise<SecurityGroupView[]> {
    if (allRules) {
      const byGroup = new Map<string, SecurityGroupRule[]>();
      for (const r of allRules) byGroup.set(r.securityGroupId, [...(byGroup.get(r.securityGroupId) ?? []), r]);
      return groups.map((group) => ({ group, rules: byGroup.get(group.id) ?? [] }));
    }
    return Promise.all(groups.map(async (group) => ({ group, rules: await this.rulesOf(group.id) })));
  }

  /**
   * Neutron makes the default group of the project a list is for (its filter, else the caller's);
   * only for the caller's own project or an admin, so a member's filter creates nothing elsewhere.
   */
  async listSecurityGroups(ctx: RequestContext, filters: ListFilters): Promise<SecurityGroupView[]> {
    const project = filters.project_id?.[0] ?? filters.tenant_id?.[0] ?? ctx.projectId;
    if (project !== '' && (ctx.isAdmin || project === ctx.projectId)) await this.ensureDefault(project);
    if (filters.id) {
      const items = await this.d.store.getMany<SecurityGroup>(Collections.securityGroups, filters.id);
      return this.views(items.flatMap((i) => (i ? [i.value] : [])));
    }
    const projects = filters.project_id ?? filters.tenant_id ?? (ctx.isAdmin ? undefined : [ctx.projectId]);
    if (projects) {
      const groups = (await Promise.all(projects.map((value) => this.d.store.list<SecurityGroup>(Collections.securityGroups, { index: Indexes.securityGroupsByProject, value })))).flat();
      return this.views(groups.map((i) => i.value));
    }
    const [groups, rules] = await Promise.all([this.d.store.list<SecurityGroup>(Collections.securityGroups), this.d.store.list<SecurityGroupRule>(Collections.securityGroupRules)]);
    return this.views(groups.map((i) => i.value), rules.map((i) => i.value));
  }

  async getSecurityGroup(_ctx: RequestContext, id: string): Promise<SecurityGroupView> {
    const [view] = await this.views([(await this.get(id)).value]);
    return view;
  }

  async createSecurityGroups(_ctx: RequestContext, inputs: readonly SecurityGroupCreateInput[]): Promise<SecurityGroupView[]> {
    for (const projectId of new Set(inputs.map((i) => i.projectId))) await this.ensureDefault(projectId);
    await this.d.quotas.assertWithin('security_group', inputs);
    const at = this.d.now();
    const b = new TxnBuilder();
    const views = inputs.map((input) => {
      const group: SecurityGroup = newStandardAttrs(input, at, newId());
      const rules = this.newRules(group, initialRules(group.id, false), at);
      b.create(Collections.securityGroups, group.id, group);
      for (const r of rules) b.create(Collections.securityGroupRules, r.id, r);
      return { group, rules };
    });
    await this.d.store.commit(b.txn);
    return views;
  }

  async updateSecurityGroup(_ctx: RequestContext, id: string, input: SecurityGroupUpdateInput, precondition: Precondition): Promise<SecurityGroupView> {
    const group = await retryOnConflict(async () => {
      const item = await this.get(id);
      checkPrecondition(precondition, item.value.revisionNumber);
      const next: SecurityGroup = {
        ...item.value,
        name: input.name ?? item.value.name,
        description: input.description ?? item.value.description,
        tags: input.tags ?? item.value.tags,
        revisionNumber: item.value.revisionNumber + 1,
        updatedAt: this.d.now(),
      };
      await this.d.store.commit(new TxnBuilder().expect(Collections.securityGroups, id, item).put(Collections.securityGroups, id, next).txn);
      return next;
    });
    const [view] = await this.views([group]);
    return view;
  }

  /**
   * Refused while a port of the group's project uses it (ports take groups of their own project
   * only). Rules of other groups naming it as their remote group go with it, as Neutron's
   * foreign key cascades; so does the project's default marker. A port created while this runs
   * is caught by its transaction's compare on the group's row.
   */
  async deleteSecurityGroup(_ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    await retryOnConflict(async () => {
      const item = await this.get(id);
      checkPrecondition(precondition, item.value.revisionNumber);
      const projectId = item.value.projectId;
      const ports = await this.d.store.list<StoredPort>(Collections.ports, { index: Indexes.portsByProject, value: projectId });
      if (ports.some((p) => p.value.securityGroups?.includes(id))) throw domainError('SecurityGroupInUse', { id, reason: 'in use' });
      const projectRules = await this.d.store.list<SecurityGroupRule>(Collections.securityGroupRules, { index: Indexes.securityGroupRulesByProject, value: projectId });
      const own = await this.rulesOf(id);
      const doomed = new Set([...own.map((r) => r.id), ...projectRules.filter((r) => r.value.remoteGroupId === id).map((r) => r.value.id)]);
      const b = new TxnBuilder().expect(Collections.securityGroups, id, item).delete(Collections.securityGroups, id);
      for (const ruleId of doomed) b.delete(Collections.securityGroupRules, ruleId);
      const marker = await this.d.store.get<DefaultSecurityGroup>(Collections.defaultSecurityGroups, projectId);
      if (marker?.value.securityGroupId === id) b.expect(Collections.defaultSecurityGroups, projectId, marker).delete(Collections.defaultSecurityGroups, projectId);
      await this.d.store.commit(b.txn);
    });
  }

  async listSecurityGroupRules(ctx: RequestContext, filters: ListFilters): Promise<SecurityGroupRule[]> {
    const viaIndex = async (index: string, values: readonly string[]) =>
      (await Promise.all(values.map((value) => this.d.store.list<SecurityGroupRule>(Collections.securityGroupRules, { index, value })))).flat().map((i) => i.value);
    if (filters.id) return (await this.d.store.getMany<SecurityGroupRule>(Collections.securityGroupRules, filters.id)).flatMap((i) => (i ? [i.value] : []));
    if (filters.security_group_id) return viaIndex(Indexes.securityGroupRulesByGroup, filters.security_group_id);
    const projects = filters.project_id ?? filters.tenant_id ?? (ctx.isAdmin ? undefined : [ctx.projectId]);
    if (projects) return viaIndex(Indexes.securityGroupRulesByProject, projects);
    return (await this.d.store.list<SecurityGroupRule>(Collections.securityGroupRules)).map((i) => i.value);
  }

  async getSecurityGroupRule(_ctx: RequestContext, id: string): Promise<SecurityGroupRule> {
    const item = await this.d.store.get<SecurityGroupRule>(Collections.securityGroupRules, id);
    if (!item) throw domainError('SecurityGroupRuleNotFound', { id });
    return item.value;
  }

  /**
   * All or nothing: each group must exist (and each remote group), no rule may repeat one its
   * group has (SecurityGroupRuleExists names it) or one earlier in the request.
   */
  async createSecurityGroupRules(_ctx: RequestContext, inputs: readonly SecurityGroupRuleCreateInput[]): Promise<SecurityGroupRule[]> {
    return retryOnConflict(async () => {
      const groups = new Map<string, { item: Item<SecurityGroup>; keys: Map<string, string> }>();
      for (const id of new Set(inputs.map((i) => i.securityGroupId))) {
        const item = await this.get(id);
        groups.set(id, { item, keys: new Map((await this.rulesOf(id)).map((r) => [ruleKey(r), r.id])) });
      }
      for (const remote of new Set(inputs.flatMap((i) => (i.remoteGroupId === null || groups.has(i.remoteGroupId) ? [] : [i.remoteGroupId])))) await this.get(remote);
      const at = this.d.now();
      const created = inputs.map((input) => {
        const entry = groups.get(input.securityGroupId) as { item: Item<SecurityGroup>; keys: Map<string, string> };
        const spec: RuleSpec = {
          direction: input.direction, ethertype: input.ethertype, protocol: input.protocol, portRangeMin: input.portRangeMin, portRangeMax: input.portRangeMax,
          remoteIpPrefix: input.remoteIpPrefix, remoteGroupId: input.remoteGroupId, description: input.description,
        };
        const [rule] = this.newRules(entry.item.value, [spec], at, input.projectId ?? entry.item.value.projectId);
        const existing = entry.keys.get(ruleKey(rule));
        if (existing !== undefined) throw domainError('SecurityGroupRuleExists', { rule_id: existing });
        entry.keys.set(ruleKey(rule), rule.id);
        return rule;
      });
      await this.d.quotas.assertWithin('security_group_rule', created);
      const b = new TxnBuilder();
      for (const r of created) b.create(Collections.securityGroupRules, r.id, r);
      for (const { item } of groups.values()) this.bump(b, item, at);
      await this.d.store.commit(b.txn);
      return created;
    });
  }

  async deleteSecurityGroupRule(_ctx: RequestContext, id: string, precondition: Precondition): Promise<void> {
    await retryOnConflict(async () => {
      const item = await this.d.store.get<SecurityGroupRule>(Collections.securityGroupRules, id);
      if (!item) throw domainError('SecurityGroupRuleNotFound', { id });
      checkPrecondition(precondition, item.value.revisionNumber);
      const b = new TxnBuilder().expect(Collections.securityGroupRules, id, item).delete(Collections.securityGroupRules, id);
      const group = await this.d.store.get<SecurityGroup>(Collections.securityGroups, item.value.securityGroupId);
      if (group) this.bump(b, group, this.d.now());
      await this.d.store.commit(b.txn);
    });
  }

  /** A rule change is a change of its group (Neutron bumps the group's revision_number). */
  private bump(b: TxnBuilder, item: Item<SecurityGroup>, at: string): void {
    b.expect(Collections.securityGroups, item.key, item).put(Collections.securityGroups, item.key, { ...item.value, revisionNumber: item.value.revisionNumber + 1, updatedAt: at });
  }
}
