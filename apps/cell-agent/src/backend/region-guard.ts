import { domainError, isErrorType } from '@trellis/domain';
import type { Logger } from '@trellis/runtime';
import type { CentralClient } from '../central/central-client';
import { centralPath } from '../central/central-path';
import { hostFromJson } from '../central/host-json';
import type { AgentMetrics } from '../metrics';
import type { LocalReplica } from '../replica/local-replica';

export interface RegionGuardOptions {
  readonly region: string;
  readonly cells: readonly string[];
  readonly replica: LocalReplica;
  readonly central: CentralClient;
  readonly logger: Logger;
  readonly metrics: AgentMetrics;
}

/** Where a host lives, as far as the agent can tell. */
export interface HostPlacement {
  readonly host: string;
  readonly cell: string;
  readonly region: string | undefined;
}

/**
 * Binds and host registrations are accepted only for this region's cells: nova-compute of a
 * cell talks to its own region's agent, and an agent must never bind ports elsewhere.
 */
export class RegionGuard {
  readonly #cells: ReadonlySet<string>;

  constructor(private readonly options: RegionGuardOptions) {
    this.#cells = new Set(options.cells);
  }

  servesCell(cell: string): boolean {
    return this.#cells.has(cell);
  }

  /** The host's cell and region: from the replica, else from central's topology API. */
  async placement(hostId: string): Promise<HostPlacement> {
    const topology = await this.options.replica.topology();
    let host = topology.hosts.get(hostId);
    let region: string | undefined;
    if (!host) {
      const json = await this.options.central.get<{ host: Record<string, unknown> }>(centralPath('/admin/v1/hosts', hostId)).catch((err: unknown) => {
        if (isErrorType(err, 'NotFound') || isErrorType(err, 'HostNotFound')) throw domainError('HostNotFound', { host: hostId });
        throw err;
      });
      host = hostFromJson(json.host);
      region = typeof json.host.region === 'string' ? json.host.region : undefined;
    }
    return { host: hostId, cell: host.cell, region: topology.cells.get(host.cell)?.region ?? region };
  }

  /** Throws HostNotInRegion naming the host, its cell and region unless the host is in this region's cells. */
  async assertHostServed(hostId: string, action: string): Promise<HostPlacement> {
    const placement = await this.placement(hostId);
    if (this.servesCell(placement.cell)) return placement;
    const { region, cells } = this.options;
    this.options.metrics.scopeRefusals.inc({ kind: 'bind' });
    this.options.logger.info({ host: hostId, cell: placement.cell, hostRegion: placement.region, region, action }, 'refused: host is not in this region');
    throw domainError('HostNotInRegion', {
      host: hostId,
      cell: placement.cell,
      host_region: placement.region ?? '(not known here)',
      region,
      cells: cells.join(', '),
      remedy: `${action} it through the Neutron endpoint of region ${placement.region ?? 'that cell'}`,
    });
  }
}
