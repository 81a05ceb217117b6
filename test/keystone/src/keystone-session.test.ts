import { KeystoneSession, TokenValidator } from '@trellis/auth';
import { isErrorType } from '@trellis/domain';
import { describe, expect, inject, it } from 'vitest';
import { issueToken } from './keystone-tokens';

const cloud = inject('cloud');
const credentials = (password = cloud.users.neutron.password) => ({
  authUrl: cloud.keystoneUrl.replace(/\/v3$/, ''),
  username: cloud.users.neutron.username,
  password,
  projectName: 'service',
  userDomainName: 'Default',
  projectDomainName: 'Default',
  timeoutMs: 30_000,
});

describe('the Keystone client against a real Keystone', () => {
  it('keeps one service token until it is due for renewal, then authenticates again', async () => {
    let offsetMs = 0;
    const session = new KeystoneSession(credentials(), { now: () => Date.now() + offsetMs });
    const [first, again] = await Promise.all([session.token(), session.token()]);
    expect(again).toBe(first);
    expect(await session.token()).toBe(first);
    // Half the lifetime later the token is renewed (before it expires).
    offsetMs = (cloud.tokenLifetimeSeconds * 1000) / 2 + 1_000;
    expect(await session.token()).not.toBe(first);
  });

  it('finds endpoints in the catalog by type, interface and region', async () => {
    const session = new KeystoneSession(credentials());
    expect(await session.endpoint({ type: 'network', interface: 'public', region: 'CentralRegion' })).toBe(cloud.centralUrl);
    expect(await session.endpoint({ type: 'network', interface: 'internal', region: 'RegionOne' })).toBe(cloud.agentUrl);
    expect(await session.endpoint({ type: 'compute', interface: 'public', region: 'CentralRegion' })).toBe(`${cloud.novaUrl}/v2.1`);
    await expect(session.endpoint({ type: 'network', interface: 'public', region: 'RegionTwo' })).rejects.toSatisfy((err: unknown) => isErrorType(err, 'NotFound'));
  });

  it('validates user tokens with roles and project; refuses garbage; a wrong service password is ServiceUnavailable', async () => {
    const validator = new TokenValidator(new KeystoneSession(credentials()));
    const reader = await issueToken(cloud.keystoneUrl, cloud.users.readerB);
    const info = await validator.validate(reader.token);
    expect(info).toMatchObject({ projectId: reader.projectId, roles: ['reader'] });
    expect(await validator.validate('gAAAAABgarbage')).toBeUndefined();
    const broken = new TokenValidator(new KeystoneSession(credentials('wrong-password')));
    await expect(broken.validate(reader.token)).rejects.toSatisfy((err: unknown) => isErrorType(err, 'ServiceUnavailable') && !String((err as Error).message).includes('wrong-password'));
  });
});
