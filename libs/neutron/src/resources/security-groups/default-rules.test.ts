import { describe, expect, it } from 'vitest';
import { initialRules, ruleKey } from './default-rules';

describe('initial rules', () => {
  it("are Neutron's: egress anywhere; the default group also admits its own members", () => {
    expect(initialRules('g', false).map((r) => [r.direction, r.ethertype, r.remoteGroupId])).toEqual([['egress', 'IPv4', null], ['egress', 'IPv6', null]]);
    expect(initialRules('g', true).map((r) => [r.direction, r.ethertype, r.remoteGroupId])).toEqual([
      ['egress', 'IPv4', null], ['egress', 'IPv6', null], ['ingress', 'IPv4', 'g'], ['ingress', 'IPv6', 'g'],
    ]);
  });

  it('see a rule naming a protocol by number as the one naming it by name', () => {
    const [rule] = initialRules('g', false);
    expect(ruleKey({ ...rule, protocol: 'tcp' })).toBe(ruleKey({ ...rule, protocol: '6' }));
    expect(ruleKey({ ...rule, protocol: 'tcp', description: 'x' })).toBe(ruleKey({ ...rule, protocol: 'tcp' }));
    expect(ruleKey({ ...rule, protocol: 'udp' })).not.toBe(ruleKey({ ...rule, protocol: 'tcp' }));
  });
});
