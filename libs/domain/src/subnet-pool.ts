import type { StandardAttrs } from './network';
import type { IpVersion } from './subnet';

/**
 * A Neutron subnet pool (`subnet_allocation`): prefixes that subnets are carved from. Prefix
 * lengths are bounds on the subnets allocated from it; `ipVersion` follows from the prefixes.
 */
export interface SubnetPool extends StandardAttrs {
  /** Compacted, canonical CIDRs, all of `ipVersion`. */
  readonly prefixes: readonly string[];
  readonly ipVersion: IpVersion;
  readonly minPrefixlen: number;
  readonly maxPrefixlen: number;
  readonly defaultPrefixlen: number;
  readonly shared: boolean;
  readonly isDefault: boolean;
  /** Per-project prefix space (IPv4: addresses, IPv6: /64s); null = unlimited. */
  readonly defaultQuota: number | null;
  /**
   * Bumped by every subnet allocated from the pool, in the subnet's transaction (Neutron's
   * `hash`): two concurrent allocations both compare the pool, so one of them retries and sees
   * the other's prefix. Not an API attribute.
   */
  readonly allocationSerial: number;
}
