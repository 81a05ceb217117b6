import type { HostRoute, Router, RouterInterface } from '@trellis/domain';
import { objects, str, strings, type NeutronJson, type WireJson } from '../../json/wire';
import type { RouterInterfaceInfo, RouterView } from './backend';

/**
 * `router` as Neutron shows it (router, extraroute, router_availability_zone, standard attrs).
 * No gateway is ever set, so `external_gateway_info` is null. The interfaces are not a
 * Neutron attribute: clients list the router's ports (`device_id`).
 */
export function routerToJson(view: RouterView): NeutronJson {
  const r = view.router;
  return {
    id: r.id,
    name: r.name,
    description: r.description,
    project_id: r.projectId,
    tenant_id: r.projectId,
    admin_state_up: r.adminStateUp,
    status: r.status,
    external_gateway_info: null,
    routes: r.routes.map((x) => ({ destination: x.destination, nexthop: x.nexthop })),
    availability_zone_hints: [...r.availabilityZoneHints],
    availability_zones: [...view.availabilityZones],
    tags: [...r.tags],
    revision_number: r.revisionNumber,
    created_at: r.createdAt,
    updated_at: r.updatedAt,
  };
}

/** The inverse of routerToJson; `interfaces` come from elsewhere (the router's ports, or the feed). */
export function routerFromJson(j: WireJson, interfaces: readonly RouterInterface[] = []): RouterView {
  const status = str(j.status);
  const router: Router = {
    id: str(j.id),
    name: str(j.name),
    description: str(j.description),
    projectId: str(j.project_id ?? j.tenant_id),
    tags: strings(j.tags),
    revisionNumber: typeof j.revision_number === 'number' ? j.revision_number : 0,
    createdAt: str(j.created_at),
    updatedAt: str(j.updated_at),
    adminStateUp: j.admin_state_up !== false,
    status: status === 'DOWN' || status === 'BUILD' || status === 'ERROR' ? status : 'ACTIVE',
    availabilityZoneHints: strings(j.availability_zone_hints),
    routes: objects(j.routes).map((x): HostRoute => ({ destination: str(x.destination), nexthop: str(x.nexthop) })),
    interfaces: [...interfaces],
  };
  return { router, availabilityZones: strings(j.availability_zones) };
}

/** Neutron's `_make_router_interface_info`, plus project_id as current Neutron answers it. */
export function routerInterfaceInfoToJson(info: RouterInterfaceInfo): NeutronJson {
  return {
    id: info.routerId,
    tenant_id: info.projectId,
    project_id: info.projectId,
    port_id: info.portId,
    network_id: info.networkId,
    subnet_id: info.subnetId,
    subnet_ids: [...info.subnetIds],
  };
}

export function routerInterfaceInfoFromJson(j: WireJson): RouterInterfaceInfo {
  return {
    routerId: str(j.id),
    projectId: str(j.project_id ?? j.tenant_id),
    portId: str(j.port_id),
    networkId: str(j.network_id),
    subnetId: str(j.subnet_id),
    subnetIds: strings(j.subnet_ids),
  };
}

/** Attribute names routers may be filtered and sorted on. */
export const ROUTER_ATTRIBUTES: readonly string[] = Object.keys(
  routerToJson({
    router: { id: '', name: '', description: '', projectId: '', tags: [], revisionNumber: 0, createdAt: '', updatedAt: '', adminStateUp: true, status: 'ACTIVE', availabilityZoneHints: [], routes: [], interfaces: [] },
    availabilityZones: [],
  }),
);
