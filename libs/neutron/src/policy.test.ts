import { isErrorType } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { assertMayWrite, isReadOnly, writeAction } from './policy';

const ctx = (roles: string[]) => ({ projectId: 'p1', roles, isAdmin: roles.includes('admin') });

describe('reader policy', () => {
  it('treats a reader without a writing role as read-only (implied roles included)', () => {
    expect(isReadOnly(ctx(['reader']))).toBe(true);
    expect(isReadOnly(ctx(['reader', 'member']))).toBe(false);
    expect(isReadOnly(ctx(['admin', 'member', 'reader']))).toBe(false);
    expect(isReadOnly(ctx(['member']))).toBe(false);
    expect(isReadOnly(ctx([]))).toBe(false);
  });

  it("names writes as Neutron's policy actions", () => {
    expect(writeAction('POST', '/v2.0/networks')).toBe('create_network');
    expect(writeAction('PUT', '/v2.0/ports/abc?x=1')).toBe('update_port');
    expect(writeAction('DELETE', '/v2.0/subnets/abc')).toBe('delete_subnet');
    expect(writeAction('PUT', '/v2.0/quotas/p1')).toBe('update_quota');
    expect(writeAction('POST', '/admin/v1/hosts')).toBe('create_host');
    expect(writeAction('GET', '/v2.0/networks')).toBeUndefined();
  });

  it('refuses a write of a reader with PolicyNotAuthorized and lets reads through', () => {
    expect(() => assertMayWrite(ctx(['reader']), 'GET', '/v2.0/networks')).not.toThrow();
    expect(() => assertMayWrite(ctx(['reader', 'member']), 'POST', '/v2.0/networks')).not.toThrow();
    let caught: unknown;
    try {
      assertMayWrite(ctx(['reader']), 'POST', '/v2.0/networks');
    } catch (err) {
      caught = err;
    }
    expect(isErrorType(caught, 'PolicyNotAuthorized') && caught.message).toBe('(create_network) is disallowed by policy.');
  });
});
