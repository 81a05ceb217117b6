import { isErrorType } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { createAuth } from './create-auth';

const keystone = { authUrl: 'http://keystone:5000', username: 'neutron', password: 'secret', projectName: 'service', userDomainName: 'Default', projectDomainName: 'Default', timeoutMs: 5000, cacheSize: 10, cacheMaxTtlMs: 1000 };

describe('createAuth', () => {
  it('builds noauth with trusted-header forwarding', async () => {
    const auth = createAuth({ mode: 'noauth', defaultProjectId: 'svc' });
    expect(auth.provider.mode).toBe('noauth');
    expect(auth.session).toBeUndefined();
    expect(await auth.outbound.headers()).toEqual({ 'x-project-id': 'svc', 'x-roles': 'admin' });
  });

  it('builds keystone with a service session and announces the identity URL', () => {
    const auth = createAuth({ mode: 'keystone', defaultProjectId: 'admin', keystone });
    expect(auth.provider.mode).toBe('keystone');
    expect(auth.provider.challenge).toBe('Keystone uri="http://keystone:5000"');
    expect(auth.session?.identityUrl).toBe('http://keystone:5000/v3');
  });

  it('refuses keystone mode without its section, naming the problem but no secret', () => {
    let caught: unknown;
    try {
      createAuth({ mode: 'keystone', defaultProjectId: 'admin' });
    } catch (err) {
      caught = err;
    }
    expect(isErrorType(caught, 'InvalidConfig') && caught.message).toMatch(/auth\.keystone is not set/);
  });
});
