import { describeNeutronConformance } from '@trellis/neutron/testing';
import { seedTopology, startTestApp } from './test-app';

// Central: every resource served from its own store (quotas included); any host may be bound.
describeNeutronConformance('central-api', async () => {
  const t = await startTestApp();
  await seedTopology(t);
  return {
    profile: { quotas: true, tags: true, availabilityZones: ['az1', 'az2'], hosts: ['h1', 'h2'] },
    call: (method, url, body, headers) => t.call(method, url, body, { ...headers }),
    callQuotaAuthority: (method, url, body, headers) => t.call(method, url, body, { ...headers }),
    close: () => t.close(),
  };
});
