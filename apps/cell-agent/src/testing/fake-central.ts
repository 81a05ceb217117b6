import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Server } from '@grpc/grpc-js';
import { Collections, domainError, newId, type Cell, type Host, type Network, type Subnet } from '@trellis/domain';
import { createFeedService } from '@trellis/feed';
import { NEUTRON_COLLECTIONS, neutronServerOptions, noAuthProvider, registerNeutronApi } from '@trellis/neutron';
import { FeedService } from '@trellis/proto';
import { createLogger, listenGrpc, type Logger } from '@trellis/runtime';
import { openLmdbStore, type Store } from '@trellis/store';
import Fastify, { type FastifyInstance } from 'fastify';
import { FakeCentralBackend } from './fake-central-backend';
import { FakeNetworkWrites } from './fake-network-writes';
import { FakeRouters } from './fake-routers';
import { FakeSubnetPools } from './fake-subnet-pools';
import { FakeSecurityGroups } from './fake-security-groups';

/** One request the fake central received. */
export interface RecordedRequest {
  readonly method: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, unknown>>;
  readonly body: unknown;
}

const NOW = '2024-01-01T00:00:00Z';
const silent = (): Logger => createLogger({ name: 'fake-central', level: 'silent' });

/**
 * A tiny central for agent tests: Neutron REST (libs/neutron routes over a store-backed fake
 * backend, so the wire format is the real one), the topology admin calls the agent makes, and
 * the real feed service on the same store. Both listeners can be stopped and restarted on the
 * same ports to simulate a partition.
 */
export class FakeCentral {
  readonly requests: RecordedRequest[] = [];
  readonly backend: FakeCentralBackend;
  readonly routers = new FakeRouters();
  readonly subnetPools = new FakeSubnetPools();
  readonly securityGroups = new FakeSecurityGroups();
  #rest: FastifyInstance | undefined;
  #grpc: Server | undefined;
  restPort = 0;
  feedPort = 0;

  private constructor(readonly store: Store, private readonly dir: string) {
    this.backend = new FakeCentralBackend(store);
  }

  static async start(): Promise<FakeCentral> {
    const dir = mkdtempSync(path.join(tmpdir(), 'fake-central-'));
    const central = new FakeCentral(await openLmdbStore({ path: dir, collections: NEUTRON_COLLECTIONS }), dir);
    await central.startRest();
    await central.startFeed();
    return central;
  }

  get url(): string {
    return `http://127.0.0.1:${this.restPort}`;
  }

  get feedTarget(): string {
    return `127.0.0.1:${this.feedPort}`;
  }

  async startRest(): Promise<void> {
    const app = Fastify(neutronServerOptions(1024 * 1024));
    app.addHook('preHandler', async (request) => {
      this.requests.push({ method: request.method, url: request.url, headers: { ...request.headers }, body: request.body });
    });
    const networkWrites = new FakeNetworkWrites(this.store, (n) => this.backend.getNetwork({ projectId: 'admin', roles: ['admin'], isAdmin: true }, n.id));
    registerNeutronApi(app, {
      backend: this.backend, networkWrites, routers: this.routers, subnetPools: this.subnetPools, securityGroups: this.securityGroups,
      auth: noAuthProvider({ defaultProjectId: 'admin' }), bodyLimitBytes: 1024 * 1024,
    });
    this.#adminRoutes(app);
    await app.listen({ host: '127.0.0.1', port: this.restPort });
    this.restPort = (app.server.address() as { port: number }).port;
    this.#rest = app;
  }

  async stopRest(): Promise<void> {
    await this.#rest?.close();
    this.#rest = undefined;
  }

  async startFeed(): Promise<void> {
    const server = new Server();
    server.addService(FeedService, createFeedService({ store: this.store, logger: silent(), reports: { portStatuses: async (r) => r.map(() => ({ revision: 0 })), hostLiveness: async () => {} }, progressIntervalMs: 200 }));
    this.feedPort = await listenGrpc(server, `127.0.0.1:${this.feedPort}`);
    this.#grpc = server;
  }

  stopFeed(): void {
    this.#grpc?.forceShutdown();
    this.#grpc = undefined;
  }

  async close(): Promise<void> {
    this.stopFeed();
    await this.stopRest();
    await this.store.close();
    rmSync(this.dir, { recursive: true, force: true });
  }

  /** Requests whose path starts with `prefix` (method optional). */
  calls(prefix: string, method?: string): RecordedRequest[] {
    return this.requests.filter((r) => r.url.startsWith(prefix) && (method === undefined || r.method === method));
  }

  // --- seeding, straight into central's store (the feed carries it to the agent) ---

  /** RegionOne: cell1 (az1); RegionTwo: cell2 and cell3 (az2); hosts h1 (cell1), h2 (cell2), h3 (cell3). */
  async seedTopology(): Promise<number> {
    const put = (collection: string, key: string, value: unknown) => ({ type: 'put' as const, collection, key, value });
    const cells: Cell[] = [
      { name: 'cell1', region: 'RegionOne', availabilityZone: 'az1', createdAt: NOW },
      { name: 'cell2', region: 'RegionTwo', availabilityZone: 'az2', createdAt: NOW },
      { name: 'cell3', region: 'RegionTwo', availabilityZone: 'az2', createdAt: NOW },
    ];
    const hosts: Host[] = cells.map((c, i) => ({ id: `h${i + 1}`, cell: c.name, vtep: `192.0.2.${i + 1}`, agentState: 'unknown', agentVersion: '', lastHeartbeatAt: null, createdAt: NOW }));
    const { revision } = await this.store.commit({
      ops: [
        ...['RegionOne', 'RegionTwo'].map((name) => put(Collections.regions, name, { name, description: '', createdAt: NOW })),
        ...cells.map((c) => put(Collections.cells, c.name, c)),
        ...hosts.map((h) => put(Collections.hosts, h.id, h)),
      ],
    });
    return revision;
  }

  async createNetwork(name: string, hints: readonly string[] = [], vni = 5000): Promise<{ network: Network; subnet: Subnet; revision: number }> {
    const std = { projectId: 'admin', name, description: '', tags: [], revisionNumber: 1, createdAt: NOW, updatedAt: NOW };
    const network: Network = {
      ...std, id: newId(), adminStateUp: true, status: 'ACTIVE', shared: false, mtu: 1450, networkType: 'vxlan', segmentationId: vni,
      availabilityZoneHints: [...hints], portSecurityEnabled: true,
    };
    const subnet = this.subnetOf(network.id, `${name}-v4`, '10.0.0.0/24');
    const { revision } = await this.store.commit({
      ops: [
        { type: 'put', collection: Collections.networks, key: network.id, value: network },
        { type: 'put', collection: Collections.subnets, key: subnet.id, value: subnet },
      ],
    });
    return { network, subnet, revision };
  }

  subnetOf(networkId: string, name: string, cidr: string): Subnet {
    const base = cidr.replace(/\.0\/24$/, '');
    return {
      projectId: 'admin', name, description: '', tags: [], revisionNumber: 1, createdAt: NOW, updatedAt: NOW, id: newId(), networkId, cidr, ipVersion: 4,
      gatewayIp: `${base}.1`, allocationPools: [{ start: `${base}.2`, end: `${base}.254` }], enableDhcp: true, dnsNameservers: [], hostRoutes: [],
      ipv6AddressMode: null, ipv6RaMode: null,
    };
  }

  #adminRoutes(app: FastifyInstance): void {
    const hostJson = async (h: Host) => ({
      id: h.id, cell: h.cell, region: (await this.backend.topology()).cells.get(h.cell)?.region ?? null, vtep: h.vtep, agent_state: h.agentState,
      agent_version: h.agentVersion, last_heartbeat_at: h.lastHeartbeatAt, created_at: h.createdAt,
    });
    app.get('/admin/v1/regions', async () => ({ regions: [...(await this.backend.topology()).regions.values()].map((r) => ({ name: r.name, description: r.description, created_at: r.createdAt })) }));
    app.get('/admin/v1/availability_zones', async () => ({ availability_zones: [] }));
    app.get('/admin/v1/cells', async () => ({
      cells: [...(await this.backend.topology()).cells.values()].map((c) => ({ name: c.name, region: c.region, availability_zone: c.availabilityZone, created_at: c.createdAt })),
    }));
    app.get('/admin/v1/hosts', async () => ({ hosts: await Promise.all([...(await this.backend.topology()).hosts.values()].map(hostJson)) }));
    app.get('/admin/v1/hosts/:id', async (request) => {
      const { id } = request.params as { id: string };
      const host = (await this.backend.topology()).hosts.get(id);
      if (!host) throw domainError('HostNotFound', { host: id });
      return { host: await hostJson(host) };
    });
    app.post('/admin/v1/hosts', async (request, reply) => {
      const { host } = request.body as { host: { id: string; cell: string; vtep: string; agent_version?: string } };
      if ((await this.backend.topology()).hosts.has(host.id)) throw domainError('AlreadyExists', { resource: 'Host', id: host.id });
      const value: Host = { id: host.id, cell: host.cell, vtep: host.vtep, agentState: 'unknown', agentVersion: host.agent_version ?? '', lastHeartbeatAt: null, createdAt: NOW };
      await this.store.commit({ ops: [{ type: 'put', collection: Collections.hosts, key: host.id, value }] });
      return reply.code(201).send({ host: await hostJson(value) });
    });
    app.put('/admin/v1/hosts/:id', async (request) => {
      const { id } = request.params as { id: string };
      const current = (await this.backend.topology()).hosts.get(id);
      if (!current) throw domainError('HostNotFound', { host: id });
      const body = (request.body as { host: { cell?: string; vtep?: string; agent_state?: Host['agentState']; agent_version?: string } }).host;
      const value: Host = {
        ...current, cell: body.cell ?? current.cell, vtep: body.vtep ?? current.vtep, agentState: body.agent_state ?? current.agentState,
        agentVersion: body.agent_version ?? current.agentVersion, lastHeartbeatAt: body.agent_state === 'up' ? NOW : current.lastHeartbeatAt,
      };
      await this.store.commit({ ops: [{ type: 'put', collection: Collections.hosts, key: id, value }] });
      return { host: await hostJson(value) };
    });
  }
}
