import { domainError } from '@trellis/domain';

/** What a new port asks of its project's `default` group: Neutron gives it when nothing is asked. */
export const PROJECT_DEFAULT = 'default' as const;

/**
 * The groups of a new port (ids, deduplicated), or PROJECT_DEFAULT. Neutron gives a port that
 * names none its project's default group, except a port without port security and Neutron's own
 * ports (`network:*` owners: router interfaces, DHCP), which get none. Naming groups on a port
 * without port security is PortSecurityAndIPRequiredForSecurityGroups.
 */
export function newPortGroups(requested: readonly string[] | undefined, portSecurity: boolean, deviceOwner: string): readonly string[] | typeof PROJECT_DEFAULT {
  if (requested === undefined) return portSecurity && !deviceOwner.startsWith('network:') ? PROJECT_DEFAULT : [];
  if (requested.length > 0 && !portSecurity) throw domainError('PortSecurityAndIPRequiredForSecurityGroups', {});
  return [...new Set(requested)];
}

/**
 * The groups of an updated port. Turning port security off while the port keeps groups is
 * PortSecurityPortHasSecurityGroup (409); naming groups for a port without port security is
 * PortSecurityAndIPRequiredForSecurityGroups (400), as Neutron answers.
 */
export function updatedPortGroups(current: readonly string[], requested: readonly string[] | undefined, portSecurity: boolean): readonly string[] {
  const next = requested === undefined ? current : [...new Set(requested)];
  if (!portSecurity && next.length > 0) {
    if (requested !== undefined) throw domainError('PortSecurityAndIPRequiredForSecurityGroups', {});
    throw domainError('PortSecurityPortHasSecurityGroup', {});
  }
  return next;
}
