import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { member, seedTopology, startTestApp, type TestApp } from './test-app';

let t: TestApp;
beforeEach(async () => {
  t = await startTestApp();
  await seedTopology(t);
});
afterEach(async () => t.close());

type Res = { status: number; json: any };
const errOf = (res: Res) => [res.status, res.json?.NeutronError?.type];
const ok = (res: Res): any => {
  if (res.status >= 300) throw new Error(`${res.status} ${JSON.stringify(res.json)}`);
  return res.json;
};
const p1 = member('p1');
const createGroup = async (body: Record<string, unknown> = {}, headers = p1) => ok(await t.call('POST', '/v2.0/security-groups', { security_group: { name: 'web', ...body } }, headers)).security_group;
const createRule = (body: Record<string, unknown>, headers = p1) => t.call('POST', '/v2.0/security-group-rules', { security_group_rule: { direction: 'ingress', ...body } }, headers);
const groupsOf = async (headers = p1, query = '') => ok(await t.call('GET', `/v2.0/security-groups${query}`, undefined, headers)).security_groups;
const defaultOf = async (headers = p1) => (await groupsOf(headers)).find((g: any) => g.name === 'default');
const shape = (rules: any[]) => rules.map((r) => [r.direction, r.ethertype, r.remote_group_id === null ? null : 'self']).sort();

async function network(headers = p1): Promise<string> {
  const net = ok(await t.call('POST', '/v2.0/networks', { network: { name: 'n' } }, headers)).network;
  ok(await t.call('POST', '/v2.0/subnets', { subnet: { network_id: net.id, cidr: '10.0.0.0/24' } }, headers));
  return net.id;
}

describe('security groups: the default group', () => {
  it("is made on a project's first list, once, with Neutron's four rules, and is advertised", async () => {
    const groups = await groupsOf();
    expect(groups).toHaveLength(1);
    const [g] = groups;
    expect(g).toMatchObject({ name: 'default', description: 'Default security group', project_id: 'p1', tenant_id: 'p1', tags: [], revision_number: 1 });
    expect(Object.keys(g).sort()).toEqual(['created_at', 'description', 'id', 'name', 'project_id', 'revision_number', 'security_group_rules', 'tags', 'tenant_id', 'updated_at']);
    expect(shape(g.security_group_rules)).toEqual([['egress', 'IPv4', null], ['egress', 'IPv6', null], ['ingress', 'IPv4', 'self'], ['ingress', 'IPv6', 'self']]);
    expect(g.security_group_rules.filter((r: any) => r.remote_group_id !== null).every((r: any) => r.remote_group_id === g.id)).toBe(true);
    expect((await groupsOf()).map((x: any) => x.id)).toEqual([g.id]);
    expect(await groupsOf(member('p2'))).toHaveLength(1);
    expect((await groupsOf(member('p2')))[0].id).not.toBe(g.id);
    const aliases = ok(await t.call('GET', '/v2.0/extensions')).extensions.map((e: any) => e.alias);
    expect(aliases).toContain('security-group');
    expect(aliases).not.toContain('stateful-security-group');
  });

  it("is made for another project's list only by an admin", async () => {
    expect(await groupsOf(p1, '?project_id=p3')).toEqual([]);
    expect(await t.store.get('defaultSecurityGroups', 'p3')).toBeUndefined();
    expect(ok(await t.call('GET', '/v2.0/security-groups?project_id=p3')).security_groups.map((g: any) => [g.name, g.project_id])).toEqual([['default', 'p3']]);
  });

  it('is made once however many first uses race', async () => {
    await Promise.all([groupsOf(), createGroup(), groupsOf(), createGroup({ name: 'b' })]);
    expect((await groupsOf()).filter((g: any) => g.name === 'default')).toHaveLength(1);
  });

  it('cannot be taken, renamed or deleted by members; an admin may delete it and it comes back on next use', async () => {
    const d = await defaultOf();
    const taken = await t.call('POST', '/v2.0/security-groups', { security_group: { name: 'default' } }, p1);
    expect(errOf(taken)).toEqual([409, 'SecurityGroupDefaultAlreadyExists']);
    expect(taken.json.NeutronError.message).toBe('Default security group already exists.');
    const g = await createGroup();
    expect(errOf(await t.call('PUT', `/v2.0/security-groups/${g.id}`, { security_group: { name: 'default' } }, p1))).toEqual([409, 'SecurityGroupDefaultAlreadyExists']);
    expect(errOf(await t.call('PUT', `/v2.0/security-groups/${d.id}`, { security_group: { name: 'other' } }, p1))).toEqual([409, 'SecurityGroupCannotUpdateDefault']);
    expect(ok(await t.call('PUT', `/v2.0/security-groups/${d.id}`, { security_group: { description: 'mine' } }, p1)).security_group.description).toBe('mine');
    const del = await t.call('DELETE', `/v2.0/security-groups/${d.id}`, undefined, p1);
    expect(errOf(del)).toEqual([409, 'SecurityGroupCannotRemoveDefault']);
    // Tempest's cleanup: an admin lists a project's default by filter and deletes it.
    const listed = ok(await t.call('GET', '/v2.0/security-groups?tenant_id=p1&name=default')).security_groups;
    expect(listed.map((x: any) => x.id)).toEqual([d.id]);
    expect((await t.call('DELETE', `/v2.0/security-groups/${d.id}`)).status).toBe(204);
    expect((await t.store.list('securityGroupRules')).filter((r: any) => r.value.securityGroupId === d.id)).toEqual([]);
    const again = await defaultOf();
    expect(again.id).not.toBe(d.id);
  });
});

describe('security groups: CRUD', () => {
  it('creates a group with the two egress rules; shows, lists, updates and deletes it with its rules', async () => {
    const g = await createGroup({ description: 'd' });
    expect(g).toMatchObject({ name: 'web', description: 'd', project_id: 'p1', revision_number: 1 });
    expect(shape(g.security_group_rules)).toEqual([['egress', 'IPv4', null], ['egress', 'IPv6', null]]);
    expect(ok(await t.call('GET', `/v2.0/security-groups/${g.id}?fields=id&fields=name`, undefined, p1)).security_group).toEqual({ id: g.id, name: 'web' });
    expect((await groupsOf(p1, '?name=web')).map((x: any) => x.id)).toEqual([g.id]);
    const updated = ok(await t.call('PUT', `/v2.0/security-groups/${g.id}`, { security_group: { name: 'web2', description: 'e' } }, p1)).security_group;
    expect(updated).toMatchObject({ name: 'web2', description: 'e', revision_number: 2 });
    const rule = ok(await createRule({ security_group_id: g.id, protocol: 'tcp' })).security_group_rule;
    expect(ok(await t.call('GET', `/v2.0/security-groups/${g.id}`, undefined, p1)).security_group.revision_number).toBe(3);
    expect((await t.call('DELETE', `/v2.0/security-groups/${g.id}`, undefined, p1)).status).toBe(204);
    expect(errOf(await t.call('GET', `/v2.0/security-groups/${g.id}`, undefined, p1))).toEqual([404, 'SecurityGroupNotFound']);
    expect(errOf(await t.call('GET', `/v2.0/security-group-rules/${rule.id}`, undefined, p1))).toEqual([404, 'SecurityGroupRuleNotFound']);
    const missing = await t.call('DELETE', `/v2.0/security-groups/${g.id}`, undefined, p1);
    expect(missing.json).toEqual({ NeutronError: { type: 'SecurityGroupNotFound', message: `Security group ${g.id} does not exist.`, detail: '' } });
  });

  it('takes tags through the tags sub-resource and filters by them', async () => {
    const g = await createGroup({ tags: ['a'] });
    expect(g.tags).toEqual(['a']);
    expect((await t.call('PUT', `/v2.0/security-groups/${g.id}/tags/b`, undefined, p1)).status).toBe(201);
    expect(ok(await t.call('GET', `/v2.0/security-groups/${g.id}/tags`, undefined, p1))).toEqual({ tags: ['a', 'b'] });
    expect(ok(await t.call('GET', `/v2.0/security-groups/${g.id}`, undefined, p1)).security_group).toMatchObject({ tags: ['a', 'b'], revision_number: 2 });
    expect((await groupsOf(p1, '?tags=b')).map((x: any) => x.id)).toEqual([g.id]);
    const missing = await t.call('DELETE', `/v2.0/security-groups/${g.id}/tags/zz`, undefined, p1);
    expect(missing.json.NeutronError).toMatchObject({ type: 'TagNotFound', message: `Tag zz could not be found for security_group ${g.id}.` });
    expect(errOf(await t.call('PUT', `/v2.0/security-groups/${g.id}/tags/c`, undefined, member('p2')))).toEqual([404, 'SecurityGroupNotFound']);
  });

  it("hides other projects' groups and rules from members; admins see all", async () => {
    const g = await createGroup();
    const other = member('p2');
    expect(errOf(await t.call('GET', `/v2.0/security-groups/${g.id}`, undefined, other))).toEqual([404, 'SecurityGroupNotFound']);
    expect(errOf(await t.call('PUT', `/v2.0/security-groups/${g.id}`, { security_group: { name: 'x' } }, other))).toEqual([404, 'SecurityGroupNotFound']);
    expect(errOf(await createRule({ security_group_id: g.id }, other))).toEqual([404, 'SecurityGroupNotFound']);
    expect((await groupsOf(other)).map((x: any) => x.id)).not.toContain(g.id);
    const rules = ok(await t.call('GET', '/v2.0/security-group-rules', undefined, other)).security_group_rules;
    expect(rules.some((r: any) => r.security_group_id === g.id)).toBe(false);
    expect(ok(await t.call('GET', '/v2.0/security-groups')).security_groups.map((x: any) => x.id)).toContain(g.id);
    expect(ok(await t.call('GET', `/v2.0/security-group-rules?security_group_id=${g.id}`)).security_group_rules).toHaveLength(2);
  });

  it('counts groups and rules against the project quotas (OverQuota 409)', async () => {
    await defaultOf();
    ok(await t.call('PUT', '/v2.0/quotas/p1', { quota: { security_group: 2, security_group_rule: 7 } }));
    const g = await createGroup();
    const over = await t.call('POST', '/v2.0/security-groups', { security_group: { name: 'x' } }, p1);
    expect(errOf(over)).toEqual([409, 'OverQuota']);
    expect(over.json.NeutronError.message).toBe("Quota exceeded for resources: ['security_group'].");
    ok(await createRule({ security_group_id: g.id, protocol: 'tcp' }));
    const overRule = await createRule({ security_group_id: g.id, protocol: 'udp' });
    expect(overRule.json.NeutronError.message).toBe("Quota exceeded for resources: ['security_group_rule'].");
    expect(ok(await t.call('GET', '/v2.0/quotas/p1/details', undefined, p1)).quota).toMatchObject({
      security_group: { used: 2, limit: 2, reserved: 0 },
      security_group_rule: { used: 7, limit: 7, reserved: 0 },
    });
  });
});

describe('security group rules', () => {
  it('creates, shows, lists and deletes a rule with Neutron\'s fields', async () => {
    const g = await createGroup();
    const res = await createRule({ security_group_id: g.id, protocol: 17, port_range_min: 50, port_range_max: 55, remote_ip_prefix: '10.100.0.9/16', description: 'dns' });
    expect(res.status).toBe(201);
    const rule = res.json.security_group_rule;
    expect(rule).toMatchObject({
      security_group_id: g.id, direction: 'ingress', ethertype: 'IPv4', protocol: '17', port_range_min: 50, port_range_max: 55,
      remote_ip_prefix: '10.100.0.0/16', remote_group_id: null, description: 'dns', project_id: 'p1', tenant_id: 'p1', revision_number: 1,
    });
    expect(Object.keys(rule).sort()).toEqual([
      'created_at', 'description', 'direction', 'ethertype', 'id', 'port_range_max', 'port_range_min', 'project_id', 'protocol',
      'remote_group_id', 'remote_ip_prefix', 'revision_number', 'security_group_id', 'tenant_id', 'updated_at',
    ]);
    expect(ok(await t.call('GET', `/v2.0/security-group-rules/${rule.id}`, undefined, p1)).security_group_rule).toEqual(rule);
    expect(ok(await t.call('GET', `/v2.0/security-group-rules?protocol=17`, undefined, p1)).security_group_rules.map((r: any) => r.id)).toEqual([rule.id]);
    expect((await t.call('DELETE', `/v2.0/security-group-rules/${rule.id}`, undefined, p1)).status).toBe(204);
    expect(errOf(await t.call('DELETE', `/v2.0/security-group-rules/${rule.id}`, undefined, p1))).toEqual([404, 'SecurityGroupRuleNotFound']);
  });

  it('refuses a duplicate (also by protocol number) with SecurityGroupRuleExists naming the rule', async () => {
    const g = await createGroup();
    const first = ok(await createRule({ security_group_id: g.id, protocol: 'tcp', port_range_min: 66, port_range_max: 67 })).security_group_rule;
    const dup = await createRule({ security_group_id: g.id, protocol: '6', port_range_min: 66, port_range_max: 67, description: 'again' });
    expect(dup.json).toEqual({ NeutronError: { type: 'SecurityGroupRuleExists', message: `Security group rule already exists. Rule id is ${first.id}.`, detail: '' } });
    expect(dup.status).toBe(409);
    const egress = await createRule({ security_group_id: g.id, direction: 'egress' });
    expect(errOf(egress)).toEqual([409, 'SecurityGroupRuleExists']);
  });

  it('refuses unknown groups and remote groups with 404, bad values with 400 and Neutron\'s messages', async () => {
    const g = await createGroup();
    const g2 = await createGroup({ name: 'db' });
    const unknown = '7a1e5a3c-0000-4000-8000-000000000001';
    expect(errOf(await createRule({ security_group_id: unknown }))).toEqual([404, 'SecurityGroupNotFound']);
    for (const remote of ['bad_group_id', unknown]) expect(errOf(await createRule({ security_group_id: g.id, protocol: 'tcp', remote_group_id: remote }))).toEqual([404, 'SecurityGroupNotFound']);
    expect(errOf(await createRule({ security_group_id: g.id, protocol: 'tcp', remote_group_id: g2.id, remote_ip_prefix: '10.0.0.0/8' }))).toEqual([400, 'SecurityGroupRemoteGroupAndRemoteIpPrefix']);
    const mismatch = await createRule({ security_group_id: g.id, protocol: 'tcp', ethertype: 'IPv6', remote_ip_prefix: '10.100.0.0/16' });
    expect(mismatch.json.NeutronError).toMatchObject({ type: 'SecurityGroupRuleParameterConflict', message: 'Conflicting value ethertype IPv6 for CIDR 10.100.0.0/16.' });
    expect(errOf(await createRule({ security_group_id: g.id, protocol: 'bad_protocol_name' }))).toEqual([400, 'SecurityGroupRuleInvalidProtocol']);
    expect(errOf(await createRule({ security_group_id: g.id, protocol: 'udp', ethertype: 'bad_ethertype' }))).toEqual([400, 'SecurityGroupRuleInvalidEtherType']);
    expect(errOf(await createRule({ security_group_id: g.id, remote_ip_prefix: '192.168.1.1/33' }))).toEqual([400, 'InvalidCIDR']);
    const range = await createRule({ security_group_id: g.id, protocol: 'tcp', port_range_min: 80, port_range_max: 79 });
    expect(range.json.NeutronError).toMatchObject({ type: 'SecurityGroupInvalidPortRange', message: 'For TCP/UDP protocols, port_range_min must be <= port_range_max.' });
    expect(errOf(await createRule({ security_group_id: g.id, protocol: 'icmp', port_range_min: 1, port_range_max: 256 }))).toEqual([400, 'SecurityGroupInvalidIcmpValue']);
    expect(errOf(await createRule({ security_group_id: g.id, port_range_min: 1, port_range_max: 2 }))).toEqual([400, 'SecurityGroupProtocolRequiredWithPorts']);
    const ok2 = ok(await createRule({ security_group_id: g.id, protocol: 'udp', remote_group_id: g2.id })).security_group_rule;
    // A remote group goes with the rules naming it (Neutron's foreign key cascades).
    expect((await t.call('DELETE', `/v2.0/security-groups/${g2.id}`, undefined, p1)).status).toBe(204);
    expect(errOf(await t.call('GET', `/v2.0/security-group-rules/${ok2.id}`, undefined, p1))).toEqual([404, 'SecurityGroupRuleNotFound']);
  });

  it('creates a bulk all or nothing', async () => {
    const g = await createGroup();
    const bulk = await t.call('POST', '/v2.0/security-group-rules', { security_group_rules: [
      { security_group_id: g.id, direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22 },
      { security_group_id: g.id, direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22 },
    ] }, p1);
    expect(errOf(bulk)).toEqual([409, 'SecurityGroupRuleExists']);
    expect(ok(await t.call('GET', `/v2.0/security-group-rules?security_group_id=${g.id}`, undefined, p1)).security_group_rules).toHaveLength(2);
    const two = ok(await t.call('POST', '/v2.0/security-group-rules', { security_group_rules: [
      { security_group_id: g.id, direction: 'ingress', protocol: 'tcp', port_range_min: 22, port_range_max: 22 },
      { security_group_id: g.id, direction: 'ingress', protocol: 'icmp' },
    ] }, p1));
    expect(two.security_group_rules).toHaveLength(2);
  });
});

describe('ports: security_groups', () => {
  it("gives a port its project's default group; none to router and DHCP ports or without port security", async () => {
    const netId = await network();
    const port = ok(await t.call('POST', '/v2.0/ports', { port: { network_id: netId } }, p1)).port;
    const d = await defaultOf();
    expect(port.security_groups).toEqual([d.id]);
    expect(ok(await t.call('POST', '/v2.0/ports', { port: { network_id: netId, port_security_enabled: false } }, p1)).port.security_groups).toEqual([]);
    expect(ok(await t.call('POST', '/v2.0/ports', { port: { network_id: netId, security_groups: [] } }, p1)).port.security_groups).toEqual([]);
    const dhcp = ok(await t.call('GET', `/v2.0/ports?network_id=${netId}&device_owner=network:dhcp`, undefined, p1)).ports;
    for (const p of dhcp) expect(p.security_groups).toEqual([]);
    const router = ok(await t.call('POST', '/v2.0/routers', { router: { name: 'r' } }, p1)).router;
    const subnet = ok(await t.call('GET', `/v2.0/subnets?network_id=${netId}`, undefined, p1)).subnets[0];
    const iface = ok(await t.call('PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: subnet.id }, p1));
    expect(ok(await t.call('GET', `/v2.0/ports/${iface.port_id}`, undefined, p1)).port.security_groups).toEqual([]);
    expect(ok(await t.call('GET', `/v2.0/ports?security_groups=${d.id}`, undefined, p1)).ports.map((p: any) => p.id)).toEqual([port.id]);
  });

  it('gives every port of a bulk create the default group', async () => {
    const netId = await network();
    const ports = ok(await t.call('POST', '/v2.0/ports', { ports: [{ network_id: netId }, { network_id: netId }, { network_id: netId }] }, p1)).ports;
    const d = await defaultOf();
    expect(ports.map((p: any) => p.security_groups)).toEqual([[d.id], [d.id], [d.id]]);
  });

  it('takes groups of its own project on create and update; refuses unknown ones (404) and groups without port security', async () => {
    const netId = await network();
    const a = await createGroup({ name: 'a' });
    const b = await createGroup({ name: 'b' });
    const port = ok(await t.call('POST', '/v2.0/ports', { port: { network_id: netId, security_groups: [a.id] } }, p1)).port;
    expect(port.security_groups).toEqual([a.id]);
    const updated = ok(await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { name: 'x', security_groups: [a.id, b.id] } }, p1)).port;
    expect(updated).toMatchObject({ name: 'x', security_groups: [a.id, b.id] });
    const unknown = '7a1e5a3c-0000-4000-8000-000000000002';
    const notFound = await t.call('POST', '/v2.0/ports', { port: { network_id: netId, security_groups: [unknown] } }, p1);
    expect(notFound.json).toEqual({ NeutronError: { type: 'SecurityGroupNotFound', message: `Security group ${unknown} does not exist.`, detail: '' } });
    const theirs = await createGroup({ name: 'theirs' }, member('p2'));
    expect(errOf(await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { security_groups: [theirs.id] } }, p1))).toEqual([404, 'SecurityGroupNotFound']);
    expect(errOf(await t.call('POST', '/v2.0/ports', { port: { network_id: netId, port_security_enabled: false, security_groups: [a.id] } }, p1)))
      .toEqual([400, 'PortSecurityAndIPRequiredForSecurityGroups']);
    expect(errOf(await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { port_security_enabled: false } }, p1))).toEqual([409, 'PortSecurityPortHasSecurityGroup']);
    expect(ok(await t.call('PUT', `/v2.0/ports/${port.id}`, { port: { port_security_enabled: false, security_groups: [] } }, p1)).port).toMatchObject({ port_security_enabled: false, security_groups: [] });
  });

  it('refuses to delete a group a port uses (SecurityGroupInUse), and deletes it once the port is gone', async () => {
    const netId = await network();
    const g = await createGroup();
    const port = ok(await t.call('POST', '/v2.0/ports', { port: { network_id: netId, security_groups: [g.id] } }, p1)).port;
    const inUse = await t.call('DELETE', `/v2.0/security-groups/${g.id}`, undefined, p1);
    expect(inUse.status).toBe(409);
    expect(inUse.json).toEqual({ NeutronError: { type: 'SecurityGroupInUse', message: `Security Group ${g.id} in use.`, detail: '' } });
    expect((await t.call('DELETE', `/v2.0/ports/${port.id}`, undefined, p1)).status).toBe(204);
    expect((await t.call('DELETE', `/v2.0/security-groups/${g.id}`, undefined, p1)).status).toBe(204);
  });
});
