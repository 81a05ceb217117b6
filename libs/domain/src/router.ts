import type { ResourceStatus, StandardAttrs } from './network';
import type { HostRoute } from './subnet';

/** device_owner of the port behind a router interface (one per attached subnet). */
export const DEVICE_OWNER_ROUTER_INTERFACE = 'network:router_interface';

/** device_owner of a network's DHCP port (the DHCP server identity of its subnets). */
export const DEVICE_OWNER_DHCP = 'network:dhcp';

/**
 * One attached subnet of a router. The port (device_owner `network:router_interface`, device_id
 * the router) holds the interface's IP (the subnet's gateway IP, or the address given) and MAC:
 * every host that routes for the router answers with that MAC (anycast gateway).
 */
export interface RouterInterface {
  readonly portId: string;
  readonly subnetId: string;
  readonly networkId: string;
  readonly ipAddress: string;
  readonly macAddress: string;
}

/**
 * A Neutron router. Kept in one row with its interfaces, which change in the same transaction as
 * the interface port, so a reader (the feed, the distribution) sees a router and its subnets at
 * one revision.
 */
export interface Router extends StandardAttrs {
  readonly adminStateUp: boolean;
  readonly status: ResourceStatus;
  /** Create-only scope, like a network's: empty = global; otherwise AZ and/or region names. */
  readonly availabilityZoneHints: readonly string[];
  /** extraroute: static routes; each nexthop is inside one of the attached subnets. */
  readonly routes: readonly HostRoute[];
  readonly interfaces: readonly RouterInterface[];
}
