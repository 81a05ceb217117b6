import type { RequestContext } from '../../context';
import { toBool, toInt } from '../../schemas/common';
import { defined, projectOf } from '../common-input';
import type { NetworkCreateInput, NetworkUpdateInput } from './backend';
import type { NetworkCreateBody, NetworkUpdateBody } from './schema';

export function networkCreateInput(ctx: RequestContext, b: NetworkCreateBody): NetworkCreateInput {
  return {
    projectId: projectOf(ctx, b),
    name: b.name ?? '',
    description: b.description ?? '',
    adminStateUp: b.admin_state_up === undefined ? true : toBool(b.admin_state_up),
    shared: b.shared === undefined ? false : toBool(b.shared),
    mtu: b.mtu === undefined ? undefined : toInt(b.mtu),
    networkType: b['provider:network_type'] ?? 'vxlan',
    segmentationId: b['provider:segmentation_id'] === undefined ? undefined : toInt(b['provider:segmentation_id']),
    availabilityZoneHints: b.availability_zone_hints ?? [],
    portSecurityEnabled: b.port_security_enabled === undefined ? true : toBool(b.port_security_enabled),
    routerExternal: b['router:external'] === undefined ? false : toBool(b['router:external']),
    tags: b.tags ?? [],
  };
}

export function networkUpdateInput(b: NetworkUpdateBody): NetworkUpdateInput {
  return defined({
    name: b.name,
    description: b.description,
    adminStateUp: b.admin_state_up === undefined ? undefined : toBool(b.admin_state_up),
    shared: b.shared === undefined ? undefined : toBool(b.shared),
    mtu: b.mtu === undefined ? undefined : toInt(b.mtu),
    portSecurityEnabled: b.port_security_enabled === undefined ? undefined : toBool(b.port_security_enabled),
    routerExternal: b['router:external'] === undefined ? undefined : toBool(b['router:external']),
  });
}
