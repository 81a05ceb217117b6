import { describe, expect, it } from 'vitest';
import { quotaDetailsFromJson, quotaDetailsToJson, quotaFromJson, quotaToJson } from './json';
import { NEUTRON_DEFAULT_QUOTAS, effectiveLimits, overLimit, pythonList } from './resources';

describe('quota JSON', () => {
  it('round-trips limits and details', () => {
    const limits = { network: 3, subnet: -1, port: 7, router: 2, security_group: 4, security_group_rule: 40 };
    expect(quotaToJson(limits)).toEqual({ network: 3, subnet: -1, port: 7, router: 2, security_group: 4, security_group_rule: 40 });
    expect(quotaFromJson(quotaToJson(limits), NEUTRON_DEFAULT_QUOTAS)).toEqual(limits);
    const details = { network: { used: 1, limit: 3, reserved: 0 }, subnet: { used: 2, limit: -1, reserved: 0 }, port: { used: 7, limit: 7, reserved: 0 }, router: { used: 0, limit: 10, reserved: 0 }, security_group: { used: 1, limit: 10, reserved: 0 }, security_group_rule: { used: 4, limit: 100, reserved: 0 } };
    expect(quotaDetailsFromJson(quotaDetailsToJson(details))).toEqual(details);
  });

  it('takes the fallback for resources a body lacks or mangles', () => {
    expect(quotaFromJson({ port: 'x', network: 5 }, NEUTRON_DEFAULT_QUOTAS)).toEqual({ network: 5, subnet: 100, port: 500, router: 10, security_group: 10, security_group_rule: 100 });
  });
});

describe('quota arithmetic', () => {
  it('names only the resources a request would push past a limit; -1 is unlimited', () => {
    const limits = effectiveLimits(NEUTRON_DEFAULT_QUOTAS, { port: 2, network: -1 });
    expect(limits).toEqual({ network: -1, subnet: 100, port: 2, router: 10, security_group: 10, security_group_rule: 100 });
    expect(overLimit(limits, { port: 1 }, { port: 1 })).toEqual([]);
    expect(overLimit(limits, { port: 1 }, { port: 2 })).toEqual(['port']);
    expect(overLimit(limits, { network: 10_000 }, { network: 1 })).toEqual([]);
    expect(pythonList(['port', 'subnet'])).toBe("['port', 'subnet']");
  });
});
