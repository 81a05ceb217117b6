import { isErrorType } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import type { KeystoneSession } from './keystone/password-session';
import { keystoneIdentity, trustedHeaderIdentity } from './outbound-identity';

describe('outbound identity', () => {
  it('noauth: forwards project and roles, never letting a member pass as admin', async () => {
    const id = trustedHeaderIdentity('svc');
    expect(await id.headers()).toEqual({ 'x-project-id': 'svc', 'x-roles': 'admin' });
    expect(await id.headers({ projectId: 'p1', roles: [], isAdmin: false })).toEqual({ 'x-project-id': 'p1', 'x-roles': 'member' });
    expect(await id.headers({ projectId: 'p1', roles: ['reader'], isAdmin: false })).toEqual({ 'x-project-id': 'p1', 'x-roles': 'reader' });
  });

  it("keystone: the caller's token plus the service token; the service token alone for own calls", async () => {
    const invalidated: string[] = [];
    const session = { token: async () => 'svc-token', invalidate: (t: string) => invalidated.push(t) } as unknown as KeystoneSession;
    const id = keystoneIdentity(session);
    expect(await id.headers()).toEqual({ 'x-auth-token': 'svc-token' });
    const headers = await id.headers({ projectId: 'p1', roles: ['member'], isAdmin: false, token: 'user-token' });
    expect(headers).toEqual({ 'x-auth-token': 'user-token', 'x-service-token': 'svc-token' });
    id.refused(headers);
    expect(invalidated).toEqual(['svc-token']);
    await expect(id.headers({ projectId: 'p1', roles: ['member'], isAdmin: false })).rejects.toSatisfy((err: unknown) => isErrorType(err, 'HTTPUnauthorized'));
  });
});
