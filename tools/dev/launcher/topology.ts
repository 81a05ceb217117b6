/** A simulated compute host of the all-in-one. */
export interface SeedHost {
  readonly id: string;
  readonly cell: string;
  /** VTEP from 198.51.100.0/24 (documentation range): data only, nothing is sent to it. */
  readonly vtep: string;
}

export interface SeedCell {
  readonly name: string;
  readonly region: string;
  readonly availabilityZone: string;
}

export interface SeedRegion {
  readonly name: string;
  /** Cells this region's cell-agent serves. */
  readonly cells: readonly string[];
}

export interface SeedTopology {
  readonly regions: readonly SeedRegion[];
  readonly zones: readonly string[];
  readonly cells: readonly SeedCell[];
  readonly hosts: readonly SeedHost[];
}

/**
 * The seed deployment: RegionOne serves cell1 (az1); RegionTwo serves cell2 and cell3 (az2).
 * Two hosts in cell1, one each in cell2 and cell3.
 */
export const SEED_TOPOLOGY: SeedTopology = {
  regions: [
    { name: 'RegionOne', cells: ['cell1'] },
    { name: 'RegionTwo', cells: ['cell2', 'cell3'] },
  ],
  zones: ['az1', 'az2'],
  cells: [
    { name: 'cell1', region: 'RegionOne', availabilityZone: 'az1' },
    { name: 'cell2', region: 'RegionTwo', availabilityZone: 'az2' },
    { name: 'cell3', region: 'RegionTwo', availabilityZone: 'az2' },
  ],
  hosts: [
    { id: 'compute-1-1', cell: 'cell1', vtep: '198.51.100.11' },
    { id: 'compute-1-2', cell: 'cell1', vtep: '198.51.100.12' },
    { id: 'compute-2-1', cell: 'cell2', vtep: '198.51.100.21' },
    { id: 'compute-3-1', cell: 'cell3', vtep: '198.51.100.31' },
  ],
};

/** The region and AZ a host sits in. */
export function placementOf(topology: SeedTopology, hostId: string): { host: SeedHost; cell: SeedCell } {
  const host = topology.hosts.find((h) => h.id === hostId);
  if (!host) throw new Error(`unknown host ${hostId}`);
  const cell = topology.cells.find((c) => c.name === host.cell);
  if (!cell) throw new Error(`host ${hostId} names unknown cell ${host.cell}`);
  return { host, cell };
}
