import { describe, expect, it } from 'vitest';
import { PROJECT_DEFAULT, newPortGroups, updatedPortGroups } from './port-groups';

describe('port security groups', () => {
  it("gives a new port its project's default unless it names groups, has no port security or is Neutron's own", () => {
    expect(newPortGroups(undefined, true, 'compute:nova')).toBe(PROJECT_DEFAULT);
    expect(newPortGroups(undefined, false, '')).toEqual([]);
    expect(newPortGroups(undefined, true, 'network:router_interface')).toEqual([]);
    expect(newPortGroups(undefined, true, 'network:dhcp')).toEqual([]);
    expect(newPortGroups(['a', 'b', 'a'], true, '')).toEqual(['a', 'b']);
    expect(newPortGroups([], false, '')).toEqual([]);
    expect(() => newPortGroups(['a'], false, '')).toThrow(expect.objectContaining({ type: 'PortSecurityAndIPRequiredForSecurityGroups' }));
  });

  it('keeps groups across updates and refuses port security off while groups remain', () => {
    expect(updatedPortGroups(['a'], undefined, true)).toEqual(['a']);
    expect(updatedPortGroups(['a'], ['b', 'c'], true)).toEqual(['b', 'c']);
    expect(updatedPortGroups(['a'], [], false)).toEqual([]);
    expect(() => updatedPortGroups(['a'], undefined, false)).toThrow(expect.objectContaining({ type: 'PortSecurityPortHasSecurityGroup' }));
    expect(() => updatedPortGroups([], ['a'], false)).toThrow(expect.objectContaining({ type: 'PortSecurityAndIPRequiredForSecurityGroups' }));
  });
});
