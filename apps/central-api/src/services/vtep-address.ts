import { domainError, type DomainError, type Host } from '@trellis/domain';
import ipaddr from 'ipaddr.js';

/** ipaddr.js ranges no host can be reached at over VXLAN. */
const UNUSABLE: Readonly<Record<string, string>> = {
  unspecified: 'the unspecified address',
  broadcast: 'the broadcast address',
  multicast: 'a multicast address',
  loopback: 'a loopback address',
  linkLocal: 'a link-local address',
};

const invalid = (reason: string): DomainError => domainError('InvalidInput', { error_message: `Invalid input for vtep. Reason: ${reason}` });

/**
 * Refuses a VTEP other hosts could not send VXLAN to: unspecified (0.0.0.0, ::), broadcast,
 * multicast, loopback or link-local, or one another host already has (both would receive the
 * same tunnel traffic). `vtep` is normalized; `self` is the host being registered or updated;
 * `holders` are the hosts that have `vtep` now.
 */
export function assertUsableVtep(vtep: string, self: string, holders: Iterable<Host['id']>): void {
  const range = ipaddr.process(vtep).range();
  const what = UNUSABLE[range];
  if (what) throw invalid(`${vtep} is ${what}`);
  for (const id of holders) if (id !== self) throw invalid(`${vtep} is already the VTEP of host ${id}`);
}
