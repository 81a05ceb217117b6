import { describe, expect, it } from 'vitest';
import { noAuthProvider } from './noauth-provider';

const auth = noAuthProvider({ defaultProjectId: 'admin' });
const req = (headers: Record<string, string>) => ({ url: '/v2.0/networks', headers });

describe('noauth provider', () => {
  it('makes a caller without X-Roles an admin of the default project', () => {
    expect(auth.authenticate(req({}))).toEqual({ projectId: 'admin', roles: ['admin'], isAdmin: true });
  });

  it('grants nothing for an empty X-Roles header (present, not absent)', () => {
    const ctx = auth.authenticate(req({ 'x-roles': '', 'x-project-id': 'p1' }));
    expect(ctx).toMatchObject({ projectId: 'p1', roles: [], isAdmin: false });
    expect(auth.authenticate(req({ 'x-roles': '  ,  ' }))).toMatchObject({ roles: [], isAdmin: false });
  });

  it('reads the roles, project and user the headers name', () => {
    expect(auth.authenticate(req({ 'x-roles': 'member, reader', 'x-tenant-id': 'p2', 'x-user-id': 'u1' }))).toEqual({ userId: 'u1', projectId: 'p2', roles: ['member', 'reader'], isAdmin: false });
    expect(auth.authenticate(req({ 'x-roles': 'admin' }))).toMatchObject({ isAdmin: true });
  });
});
