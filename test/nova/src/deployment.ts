import { startFakeNova, type FakeNova } from '@trellis/central-api/src/nova/fake-nova';
import { eventually, tempDir } from '@trellis/testkit';
import { ComputeHost } from './hosts';
import { CellAgent, Central, VtepController } from './processes';
import { NeutronClient, asAdmin, asUser } from './rest';

/** Where each compute host lives: RegionOne = cell1 (az1); RegionTwo = cell2 and cell3 (az2). */
export const HOSTS = [
  { id: 'cmp-1a', cell: 'cell1', region: 'RegionOne', az: 'az1', vtep: '198.51.100.11' },
  { id: 'cmp-1b', cell: 'cell1', region: 'RegionOne', az: 'az1', vtep: '198.51.100.12' },
  { id: 'cmp-2', cell: 'cell2', region: 'RegionTwo', az: 'az2', vtep: '198.51.100.2' },
  { id: 'cmp-3', cell: 'cell3', region: 'RegionTwo', az: 'az2', vtep: '198.51.100.3' },
] as const;
export type HostId = (typeof HOSTS)[number]['id'];

/**
 * One cloud on loopback: the fake nova-api (a real HTTP server receiving
 * os-server-external-events), the real central-api, two real cell-agents, the real vtep-controller
 * as processes, and the real host-agent of every compute host (memory dataplane, in-process).
 */
export class Deployment {
  readonly #dir = tempDir('trellis-nova-');
  nova!: FakeNova;
  central!: Central;
  controller!: VtepController;
  readonly agents = new Map<string, CellAgent>();
  readonly hosts = new Map<HostId, ComputeHost>();

  async start(): Promise<void> {
    this.nova = await startFakeNova();
    this.central = await Central.create(this.#dir.path, this.nova.url);
    await this.central.start();
    const admin = this.api('central', 'admin');
    for (const name of ['RegionOne', 'RegionTwo']) await admin.expect(201, 'POST', '/admin/v1/regions', { region: { name } });
    for (const name of ['az1', 'az2']) await admin.expect(201, 'POST', '/admin/v1/availability_zones', { availability_zone: { name } });
    for (const [name, region, az] of [['cell1', 'RegionOne', 'az1'], ['cell2', 'RegionTwo', 'az2'], ['cell3', 'RegionTwo', 'az2']]) {
      await admin.expect(201, 'POST', '/admin/v1/cells', { cell: { name, region, availability_zone: az } });
    }
    this.agents.set('RegionOne', await CellAgent.create('RegionOne', ['cell1'], this.#dir.path, this.central));
    this.agents.set('RegionTwo', await CellAgent.create('RegionTwo', ['cell2', 'cell3'], this.#dir.path, this.central));
    this.controller = await VtepController.create(this.#dir.path, this.central);
    await Promise.all([...this.agents.values()].map((a) => a.start()).concat(this.controller.start()));
    for (const h of HOSTS) {
      // Hosts register through their region's agent, as a deployment tool would.
      await this.compute(h.id, 'admin').expect(201, 'POST', '/admin/v1/hosts', { host: { id: h.id, cell: h.cell, vtep: h.vtep } });
    }
    for (const h of HOSTS) {
      const host = new ComputeHost(h.id, h.cell, h.vtep, this.controller.target);
      this.hosts.set(h.id, host);
      await host.start();
    }
  }

  /** A Neutron endpoint: `central` (nova-api, conductor) or a region name, as the user or as admin. */
  api(where: 'central' | string, who: 'user' | 'admin'): NeutronClient {
    const url = where === 'central' ? this.central.url : this.agents.get(where)!.url;
    return new NeutronClient(url, who === 'user' ? asUser : asAdmin);
  }

  /** The endpoint nova-compute on `host` uses: its region's cell-agent. */
  compute(host: HostId, who: 'user' | 'admin'): NeutronClient {
    return this.api(HOSTS.find((h) => h.id === host)!.region, who);
  }

  az(host: HostId): string {
    return HOSTS.find((h) => h.id === host)!.az;
  }

  host(id: HostId): ComputeHost {
    return this.hosts.get(id)!;
  }

  /** Waits until `host` has (or no longer has) the port wired. */
  async wired(host: HostId, portId: string, expected = true): Promise<void> {
    await eventually(async () => (await this.host(host).wiredPorts()).includes(portId) === expected, 15_000, `${portId} ${expected ? 'wired' : 'gone'} on ${host}`);
  }

  async stop(): Promise<void> {
    await Promise.allSettled([...this.hosts.values()].map((h) => h.stop()));
    await Promise.allSettled([...[...this.agents.values()].map((a) => a.stop()), this.controller?.stop()]);
    await this.central?.stop();
    await this.nova?.close();
    this.#dir.remove();
  }

  /** Process output, for a failing test's message. */
  logs(): string {
    return [this.central, this.controller, ...this.agents.values()].map((p) => p?.output().slice(-3000) ?? '').join('\n---\n');
  }
}
