// The JSON the page reads: central's admin and Neutron APIs, the controller proxy and the live
// event feed. Only the fields the page shows are declared.

export interface RegionJson {
  readonly name: string;
  readonly description: string;
  readonly cells: readonly string[];
}

export interface ZoneJson {
  readonly name: string;
  readonly explicit: boolean;
  readonly cells: readonly string[];
}

export interface CellJson {
  readonly name: string;
  readonly region: string;
  readonly availability_zone: string;
}

export type AgentState = 'unknown' | 'up' | 'down';

export interface HostJson {
  readonly id: string;
  readonly cell: string;
  readonly region: string | null;
  readonly availability_zone: string | null;
  readonly vtep: string;
  readonly agent_state: AgentState;
  readonly agent_version: string;
  readonly last_heartbeat_at: string | null;
}

export interface NetworkJson {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly project_id: string;
  readonly availability_zone_hints: readonly string[];
  readonly availability_zones: readonly string[];
  readonly 'provider:segmentation_id': number | null;
}

export interface PortJson {
  readonly id: string;
  readonly network_id: string;
  readonly status: string;
  readonly 'binding:host_id': string;
}

export interface RouterJson {
  readonly id: string;
  readonly name: string;
  readonly status: string;
}

/** `/v2.0/routers` when central serves it, else the status it answered (404 until routers exist). */
export type RoutersResult = { readonly served: true; readonly routers: readonly RouterJson[] } | { readonly served: false; readonly status: number };

/** One host as the vtep-controller's inspection API reports it. */
export interface ControllerHostJson {
  readonly host: string;
  readonly connected: boolean;
  readonly ackedRevision: number;
  readonly lagRevisions: number;
  readonly spanVnis: number;
  readonly digestRevision: number | null;
  readonly digestAt: string | null;
  readonly divergentVnis: readonly number[];
}

/** What central's `GET /ui/api/controller/hosts` answers (always 200; the page shows the reason). */
export interface ControllerHostsJson {
  readonly configured: boolean;
  readonly reachable: boolean;
  readonly error?: string;
  readonly revision?: number;
  readonly hosts?: readonly ControllerHostJson[];
}

/** One key's change on the live feed (`GET /v2.0/trellis/events`). */
export interface LiveChangeJson {
  readonly type: 'put' | 'delete';
  readonly collection: string;
  readonly key: unknown;
  readonly value: unknown;
}

export type LiveMessageJson =
  | { readonly type: 'subscribed'; readonly after_revision: number }
  | { readonly type: 'changes'; readonly revision: number; readonly timestamp: string; readonly changes: readonly LiveChangeJson[] }
  | { readonly type: 'compacted'; readonly after_revision: number; readonly compact_revision: number; readonly resume_revision: number }
  | { readonly type: 'progress'; readonly revision: number };

/** Everything one render needs. */
export interface Snapshot {
  readonly regions: readonly RegionJson[];
  readonly zones: readonly ZoneJson[];
  readonly cells: readonly CellJson[];
  readonly hosts: readonly HostJson[];
  readonly networks: readonly NetworkJson[];
  readonly ports: readonly PortJson[];
  readonly routers: RoutersResult;
  readonly controller: ControllerHostsJson;
}
