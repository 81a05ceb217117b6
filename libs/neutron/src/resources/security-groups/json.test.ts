import { describe, expect, it } from 'vitest';
import type { SecurityGroupView } from './backend';
import { SECURITY_GROUP_ATTRIBUTES, SECURITY_GROUP_RULE_ATTRIBUTES, securityGroupFromJson, securityGroupRuleFromJson, securityGroupRuleToJson, securityGroupToJson } from './json';

const at = { revisionNumber: 2, createdAt: '2024-01-01T00:00:00Z', updatedAt: '2024-01-02T00:00:00Z' };
const view: SecurityGroupView = {
  group: { id: 'g1', projectId: 'p1', name: 'web', description: 'd', tags: ['t'], ...at },
  rules: [
    { id: 'r1', projectId: 'p1', securityGroupId: 'g1', direction: 'egress', ethertype: 'IPv6', protocol: null, portRangeMin: null, portRangeMax: null, remoteIpPrefix: null, remoteGroupId: null, description: '', ...at },
    { id: 'r2', projectId: 'p1', securityGroupId: 'g1', direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', portRangeMin: 22, portRangeMax: 22, remoteIpPrefix: '10.0.0.0/8', remoteGroupId: null, description: 'ssh', ...at },
    { id: 'r3', projectId: 'p1', securityGroupId: 'g1', direction: 'ingress', ethertype: 'IPv4', protocol: '17', portRangeMin: null, portRangeMax: null, remoteIpPrefix: null, remoteGroupId: 'g1', description: '', ...at },
  ],
};

describe('security group JSON', () => {
  it("renders Neutron's fields with the rules inline and round-trips", () => {
    const json = securityGroupToJson(view);
    expect(json).toMatchObject({ id: 'g1', tenant_id: 'p1', project_id: 'p1', name: 'web', revision_number: 2, tags: ['t'] });
    expect(json).not.toHaveProperty('stateful');
    expect((json.security_group_rules as unknown[])[1]).toEqual({
      id: 'r2', security_group_id: 'g1', direction: 'ingress', ethertype: 'IPv4', protocol: 'tcp', port_range_min: 22, port_range_max: 22,
      remote_ip_prefix: '10.0.0.0/8', remote_group_id: null, description: 'ssh', project_id: 'p1', tenant_id: 'p1',
      revision_number: 2, created_at: at.createdAt, updated_at: at.updatedAt,
    });
    expect(securityGroupFromJson(JSON.parse(JSON.stringify(json)))).toEqual(view);
  });

  it('round-trips each rule on its own and lists the filterable attributes', () => {
    for (const rule of view.rules) expect(securityGroupRuleFromJson(JSON.parse(JSON.stringify(securityGroupRuleToJson(rule))))).toEqual(rule);
    expect(SECURITY_GROUP_ATTRIBUTES).toEqual(expect.arrayContaining(['name', 'project_id', 'security_group_rules', 'tags']));
    expect(SECURITY_GROUP_RULE_ATTRIBUTES).toEqual(expect.arrayContaining(['security_group_id', 'direction', 'ethertype', 'protocol', 'remote_group_id']));
    expect(SECURITY_GROUP_RULE_ATTRIBUTES).not.toContain('remote_address_group_id');
  });
});
