import { domainError } from '@trellis/domain';
import type { RequestContext } from '../../context';
import { toBool } from '../../schemas/common';
import type { GatewayRequest, RouterCreateInput, RouterInterfaceRequestInput, RouterUpdateInput } from './backend';
import type { RouterCreateBody, RouterInterfaceBody, RouterUpdateBody } from './schema';

const badRouter = (msg: string) => domainError('BadRequest', { resource: 'router', msg });

function gatewayOf(info: RouterCreateBody['external_gateway_info']): GatewayRequest | null | undefined {
  if (info === undefined || info === null) return info;
  return info.network_id === undefined ? null : { networkId: info.network_id };
}

export function routerCreateInput(ctx: RequestContext, b: RouterCreateBody): RouterCreateInput {
  return {
    projectId: b.project_id ?? b.tenant_id ?? ctx.projectId,
    name: b.name ?? '',
    description: b.description ?? '',
    adminStateUp: b.admin_state_up === undefined ? true : toBool(b.admin_state_up),
    availabilityZoneHints: b.availability_zone_hints ?? [],
    tags: b.tags ?? [],
    gateway: gatewayOf(b.external_gateway_info),
  };
}

export function routerUpdateInput(b: RouterUpdateBody): RouterUpdateInput {
  const out: { -readonly [K in keyof RouterUpdateInput]: RouterUpdateInput[K] } = {};
  if (b.name !== undefined) out.name = b.name;
  if (b.description !== undefined) out.description = b.description;
  if (b.admin_state_up !== undefined) out.adminStateUp = toBool(b.admin_state_up);
  if (b.routes !== undefined) out.routes = (b.routes ?? []).map((r) => ({ destination: r.destination, nexthop: r.nexthop }));
  if (b.external_gateway_info !== undefined) out.gateway = gatewayOf(b.external_gateway_info);
  return out;
}

/**
 * The interface of add/remove_router_interface, refused as Neutron refuses it: neither id
 * given, or (add only) both.
 */
export function routerInterfaceInput(b: RouterInterfaceBody | undefined, op: 'add' | 'remove'): RouterInterfaceRequestInput {
  const subnetId = b?.subnet_id;
  const portId = b?.port_id;
  if (subnetId === undefined && portId === undefined) throw badRouter('Either subnet_id or port_id must be specified');
  if (op === 'add' && subnetId !== undefined && portId !== undefined) throw badRouter('Cannot specify both subnet-id and port-id');
  return { ...(subnetId === undefined ? {} : { subnetId }), ...(portId === undefined ? {} : { portId }) };
}
