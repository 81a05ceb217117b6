import { describe, expect, it } from 'vitest';
import { regionOneEachTest } from './testing/region-one';

const fx = regionOneEachTest();

const member = { 'x-project-id': 'p1', 'x-roles': 'member' };

describe('security groups at the regional endpoint', () => {
  it("forwards writes to central with the caller's identity and reads central's groups", async () => {
    const created = await fx.one.call('POST', '/v2.0/security-groups', { security_group: { name: 'web', description: 'd' } }, member);
    expect(created.status).toBe(201);
    expect(created.json.security_group).toMatchObject({ name: 'web', description: 'd', project_id: 'p1', security_group_rules: [] });
    const [post] = fx.central.calls('/v2.0/security-groups', 'POST');
    expect(post.headers).toMatchObject({ 'x-project-id': 'p1', 'x-roles': 'member' });
    expect(post.body).toEqual({ security_group: { name: 'web', description: 'd', project_id: 'p1' } });
    const id = created.json.security_group.id;

    const rule = await fx.one.call('POST', '/v2.0/security-group-rules', { security_group_rule: { security_group_id: id, direction: 'ingress', protocol: 'TCP', port_range_min: 22, port_range_max: 22 } }, member);
    expect(rule.status).toBe(201);
    expect(rule.json.security_group_rule).toMatchObject({ security_group_id: id, protocol: 'tcp', ethertype: 'IPv4', port_range_min: 22, project_id: 'p1' });
    const [postRule] = fx.central.calls('/v2.0/security-group-rules', 'POST');
    expect(postRule.headers).toMatchObject({ 'x-project-id': 'p1', 'x-roles': 'member' });
    expect(postRule.body).toEqual({ security_group_rule: {
      security_group_id: id, direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22,
      remote_ip_prefix: null, remote_group_id: null, description: '',
    } });

    const shown = await fx.one.call('GET', `/v2.0/security-groups/${id}`, undefined, member);
    expect(shown.json.security_group.security_group_rules.map((r: { id: string }) => r.id)).toEqual([rule.json.security_group_rule.id]);
    expect((await fx.one.call('GET', '/v2.0/security-group-rules', undefined, member)).json.security_group_rules).toHaveLength(1);
    expect((await fx.one.call('PUT', `/v2.0/security-groups/${id}`, { security_group: { name: 'web2' } }, member)).json.security_group.name).toBe('web2');
    expect((await fx.one.call('DELETE', `/v2.0/security-group-rules/${rule.json.security_group_rule.id}`, undefined, member)).status).toBe(204);
    expect((await fx.one.call('DELETE', `/v2.0/security-groups/${id}`, undefined, member)).status).toBe(204);
    expect(fx.central.securityGroups.groups.has(id)).toBe(false);
    const gone = await fx.one.call('GET', `/v2.0/security-groups/${id}`, undefined, member);
    expect([gone.status, gone.json.NeutronError.type]).toEqual([404, 'SecurityGroupNotFound']);
  });

  it("checks what it can locally and passes central's refusals on as they are", async () => {
    const bad = await fx.one.call('POST', '/v2.0/security-group-rules', { security_group_rule: { security_group_id: 'g', direction: 'ingress', protocol: 'tcp', port_range_min: 80, port_range_max: 79 } }, member);
    expect([bad.status, bad.json.NeutronError.type]).toEqual([400, 'SecurityGroupInvalidPortRange']);
    const unknown = await fx.one.call('POST', '/v2.0/security-group-rules', { security_group_rule: { security_group_id: 'nope', direction: 'ingress' } }, member);
    expect([unknown.status, unknown.json.NeutronError.type]).toEqual([404, 'SecurityGroupNotFound']);
    expect(fx.central.calls('/v2.0/security-group-rules', 'POST')).toHaveLength(0);
    const aliases = (await fx.one.call('GET', '/v2.0/extensions')).json.extensions.map((e: { alias: string }) => e.alias);
    expect(aliases).toContain('security-group');
  });

  it('forwards a port\'s security_groups on create and update', async () => {
    const { network } = await fx.central.createNetwork('net');
    const created = await fx.one.call('POST', '/v2.0/ports', { port: { network_id: network.id, security_groups: ['g1', 'g2'] } });
    expect(created.status).toBe(201);
    expect(fx.central.calls('/v2.0/ports', 'POST')[0].body).toMatchObject({ port: { network_id: network.id, security_groups: ['g1', 'g2'] } });
    await fx.one.call('PUT', `/v2.0/ports/${created.json.port.id}`, { port: { security_groups: null } });
    expect(fx.central.calls(`/v2.0/ports/${created.json.port.id}`, 'PUT')[0].body).toEqual({ port: { security_groups: [] } });
  });
});
