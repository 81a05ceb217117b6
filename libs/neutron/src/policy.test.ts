import { isErrorType } from '@trellis/domain';
import { describe, expect, it } from 'vitest';
import { assertAttributesAllowed, assertMayWrite, isReadOnly, redactForCaller, writeAction } from './policy';

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

describe('admin-only attributes', () => {
  const member = ctx(['member']);

  it('refuses them in a member\'s body (prefix families included) and lets admins set them', () => {
    expect(() => assertAttributesAllowed(member, 'create_network', { 'provider:segmentation_id': 5 })).toThrow('(create_network:provider:segmentation_id) is disallowed by policy.');
    expect(() => assertAttributesAllowed(member, 'create_port', { 'binding:host_id': 'h1' })).toThrow('(create_port:binding:host_id) is disallowed by policy.');
    expect(() => assertAttributesAllowed(member, 'create_port', { 'binding:vnic_type': 'direct', name: 'x' })).not.toThrow();
    expect(() => assertAttributesAllowed(ctx(['admin']), 'create_network', { shared: true })).not.toThrow();
  });

  it('hides them from what a member reads', () => {
    const json = { id: 'p', 'binding:host_id': 'h1', 'binding:vnic_type': 'normal', 'provider:network_type': 'vxlan' };
    expect(redactForCaller(member, json)).toEqual({ id: 'p', 'binding:vnic_type': 'normal' });
    expect(redactForCaller(ctx(['admin']), json)).toEqual(json);
  });
});
