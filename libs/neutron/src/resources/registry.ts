import { agentsResource } from './agents/descriptor';
import { availabilityZonesResource } from './availability-zones/descriptor';
import type { ResourceDescriptor } from './descriptor';
import { networksResource } from './networks/descriptor';
import { portsResource } from './ports/descriptor';
import { quotasResource } from './quotas/descriptor';
import { routersResource } from './routers/descriptor';
import { securityGroupsResource } from './security-groups/descriptor';
import { subnetPoolsResource } from './subnet-pools/descriptor';
import { subnetsResource } from './subnets/descriptor';
import { tagsResource } from './tags/descriptor';

/**
 * Every Neutron resource Trellis serves, one line each. Discovery (collections, extensions), the
 * admin-only field policy, the store's collection specs and the routes are all derived from this
 * list; adding a resource is its folder plus one line here. Order is discovery's order.
 */
export const NEUTRON_RESOURCES: readonly ResourceDescriptor[] = [
  networksResource,
  subnetsResource,
  portsResource,
  availabilityZonesResource,
  quotasResource,
  agentsResource,
  tagsResource,
  routersResource,
  subnetPoolsResource,
  securityGroupsResource,
];
