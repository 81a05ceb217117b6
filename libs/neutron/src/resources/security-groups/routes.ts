import type { SecurityGroupRule } from '@trellis/domain';
import type { FastifyInstance } from 'fastify';
import type { RequestContext } from '../../context';
import { preconditionOf } from '../../if-match';
import { assertAttributesAllowed, canRead } from '../../policy';
import { itemsOf, listParamsOf, listReply, showReply } from '../../routes/list-reply';
import { IdParams, ListQuery, ShowQuery } from '../../schemas/common';
import type { SecurityGroupBackend, SecurityGroupView } from './backend';
import { securityGroupCreateInput, securityGroupRuleCreateInput, securityGroupUpdateInput } from './input';
import { SECURITY_GROUP_ATTRIBUTES, SECURITY_GROUP_RULE_ATTRIBUTES, securityGroupRuleToJson, securityGroupToJson } from './json';
import { assertDefaultGroupDeletable, assertDefaultGroupKeepsName, assertSecurityGroupRuleVisible, assertSecurityGroupVisible, assertSecurityGroupWritable } from './policy';
import {
  SecurityGroupCreateRequest, SecurityGroupRuleCreateRequest, SecurityGroupUpdateRequest,
  type SecurityGroupCreateBody, type SecurityGroupRuleCreateBody, type SecurityGroupUpdateBody,
} from './schema';

/** Reads a group the caller may see, else SecurityGroupNotFound (Neutron hides what you cannot read). */
export async function visibleSecurityGroup(backend: SecurityGroupBackend, ctx: RequestContext, id: string): Promise<SecurityGroupView> {
  const view = await backend.getSecurityGroup(ctx, id);
  assertSecurityGroupVisible(ctx, view.group);
  return view;
}

async function visibleRule(backend: SecurityGroupBackend, ctx: RequestContext, id: string): Promise<SecurityGroupRule> {
  const rule = await backend.getSecurityGroupRule(ctx, id);
  assertSecurityGroupRuleVisible(ctx, rule);
  return rule;
}

/** `security-group`: `/v2.0/security-groups[/{id}]` and `/v2.0/security-group-rules[/{id}]`. */
export function registerSecurityGroupRoutes(app: FastifyInstance, backend: SecurityGroupBackend): void {
  app.get('/v2.0/security-groups', { schema: { querystring: ListQuery } }, async (request) => {
    const params = listParamsOf(request, 'security_groups', SECURITY_GROUP_ATTRIBUTES);
    const ctx = request.neutronContext;
    const views = await backend.listSecurityGroups(ctx, params.filters);
    return listReply(request, 'security_groups', params, views.filter((v) => canRead(ctx, v.group)).map(securityGroupToJson));
  });

  app.get('/v2.0/security-groups/:id', { schema: { params: IdParams, querystring: ShowQuery } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    return { security_group: showReply(ctx, request, securityGroupToJson(await visibleSecurityGroup(backend, ctx, id))) };
  });

  app.post('/v2.0/security-groups', { schema: { body: SecurityGroupCreateRequest } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { items, bulk } = itemsOf<SecurityGroupCreateBody>(request.body as Record<string, unknown>, 'security_group', 'security_groups');
    for (const item of items) assertAttributesAllowed(ctx, 'create_security_group', item);
    const inputs = items.map((b) => securityGroupCreateInput(ctx, b));
    const created = (await backend.createSecurityGroups(ctx, inputs)).map((v) => showReply(ctx, request, securityGroupToJson(v)));
    return reply.code(201).send(bulk ? { security_groups: created } : { security_group: created[0] });
  });

  app.put('/v2.0/security-groups/:id', { schema: { params: IdParams, body: SecurityGroupUpdateRequest } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    const input = securityGroupUpdateInput((request.body as { security_group: SecurityGroupUpdateBody }).security_group);
    const current = (await visibleSecurityGroup(backend, ctx, id)).group;
    assertSecurityGroupWritable(ctx, current, 'update_security_group');
    assertDefaultGroupKeepsName(current, input.name);
    const view = await backend.updateSecurityGroup(ctx, id, input, preconditionOf(request));
    return { security_group: showReply(ctx, request, securityGroupToJson(view)) };
  });

  app.delete('/v2.0/security-groups/:id', { schema: { params: IdParams } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    const current = (await visibleSecurityGroup(backend, ctx, id)).group;
    assertSecurityGroupWritable(ctx, current, 'delete_security_group');
    assertDefaultGroupDeletable(ctx, current);
    await backend.deleteSecurityGroup(ctx, id, preconditionOf(request));
    return reply.code(204).send();
  });

  app.get('/v2.0/security-group-rules', { schema: { querystring: ListQuery } }, async (request) => {
    const params = listParamsOf(request, 'security_group_rules', SECURITY_GROUP_RULE_ATTRIBUTES);
    const ctx = request.neutronContext;
    const rules = await backend.listSecurityGroupRules(ctx, params.filters);
    return listReply(request, 'security_group_rules', params, rules.filter((r) => canRead(ctx, r)).map(securityGroupRuleToJson));
  });

  app.get('/v2.0/security-group-rules/:id', { schema: { params: IdParams, querystring: ShowQuery } }, async (request) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    return { security_group_rule: showReply(ctx, request, securityGroupRuleToJson(await visibleRule(backend, ctx, id))) };
  });

  app.post('/v2.0/security-group-rules', { schema: { body: SecurityGroupRuleCreateRequest } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { items, bulk } = itemsOf<SecurityGroupRuleCreateBody>(request.body as Record<string, unknown>, 'security_group_rule', 'security_group_rules');
    const inputs = items.map((b) => {
      assertAttributesAllowed(ctx, 'create_security_group_rule', b);
      return securityGroupRuleCreateInput(b);
    });
    for (const id of new Set(inputs.map((i) => i.securityGroupId))) {
      assertSecurityGroupWritable(ctx, (await visibleSecurityGroup(backend, ctx, id)).group, 'create_security_group_rule');
    }
    const created = (await backend.createSecurityGroupRules(ctx, inputs)).map((r) => showReply(ctx, request, securityGroupRuleToJson(r)));
    return reply.code(201).send(bulk ? { security_group_rules: created } : { security_group_rule: created[0] });
  });

  app.delete('/v2.0/security-group-rules/:id', { schema: { params: IdParams } }, async (request, reply) => {
    const ctx = request.neutronContext;
    const { id } = request.params as { id: string };
    assertSecurityGroupWritable(ctx, await visibleRule(backend, ctx, id), 'delete_security_group_rule');
    await backend.deleteSecurityGroupRule(ctx, id, preconditionOf(request));
    return reply.code(204).send();
  });
}

/** Discovery entries, advertised wherever the routes are mounted. */
export const SECURITY_GROUP_EXTENSIONS = [
  { alias: 'security-group', name: 'security-group', description: 'The security groups extension.' },
] as const;
