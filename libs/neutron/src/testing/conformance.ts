import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

/** One answer of the endpoint: status and parsed JSON body (undefined when empty). */
export interface EndpointReply {
  readonly status: number;
  // Wire JSON: each case reads the fields it checks.
  readonly json: any;
}

/**
 * Where one endpoint legitimately differs from another. A difference is asserted, not skipped:
 * a region that does not serve quotas must answer 404 and not advertise them.
 */
export interface EndpointProfile {
  /** `quotas` / `quota_details` are served (central) or absent (a region). */
  readonly quotas: boolean;
  /** The `standard-attr-tag` sub-resources are served (central) or absent (a region). */
  readonly tags: boolean;
  /** What `GET /v2.0/availability_zones` lists, sorted. */
  readonly availabilityZones: readonly string[];
  /** Two hosts this endpoint may bind ports to (a region: hosts of its own cells). */
  readonly hosts: readonly [string, string];
}

/** One request to an endpoint: method, path with query, JSON body, headers naming the caller. */
export type EndpointCall = (method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, body?: unknown, headers?: Readonly<Record<string, string>>) => Promise<EndpointReply>;

/** An endpoint under test in noauth mode (`x-project-id` / `x-roles` name the caller). */
export interface NeutronEndpoint {
  readonly profile: EndpointProfile;
  readonly call: EndpointCall;
  /** Calls the endpoint that sets quotas (itself, or central behind a region). */
  readonly callQuotaAuthority: EndpointCall;
  /** Stops everything the factory started, also after failures. */
  close(): Promise<void>;
}

/** Starts a fresh endpoint, its topology seeded and (for a region) synced. */
export type OpenNeutronEndpoint = () => Promise<NeutronEndpoint>;

export const ADMIN = { 'x-project-id': 'admin', 'x-roles': 'admin' } as const;
export const memberOf = (project: string) => ({ 'x-project-id': project, 'x-roles': 'member' });

/** `[status, NeutronError.type]`, and checks the envelope has Neutron's three fields. */
function errorOf(reply: EndpointReply): [number, string] {
  expect(reply.json?.NeutronError).toEqual({ type: expect.any(String), message: expect.any(String), detail: expect.any(String) });
  return [reply.status, reply.json.NeutronError.type];
}

const ok = <T>(reply: EndpointReply, status: number, key: string): T => {
  expect([reply.status, reply.json]).toEqual([status, expect.objectContaining({ [key]: expect.anything() })]);
  return reply.json[key] as T;
};

interface Json {
  readonly id: string;
  readonly [key: string]: unknown;
}

/**
 * The Neutron behaviours every Trellis endpoint shows: network, subnet and port CRUD, list
 * filters, pagination links, `fields=`, NeutronError answers, port bindings, quotas, routers
 * with interfaces, security groups, subnet pools and availability zones. Each app runs it from
 * one vitest file.
 */
export function describeNeutronConformance(endpointName: string, open: OpenNeutronEndpoint): void {
  describe(`Neutron conformance: ${endpointName}`, () => {
    let ep: NeutronEndpoint;
    const project = `p-${randomUUID().slice(0, 8)}`;
    const member = memberOf(project);

    // Starting an endpoint may start processes (a region starts central too).
    beforeAll(async () => {
      ep = await open();
    }, 120_000);
    afterAll(async () => {
      await ep?.close();
    });

    const network = async (name: string, headers: Readonly<Record<string, string>> = member): Promise<Json> =>
      ok<Json>(await ep.call('POST', '/v2.0/networks', { network: { name } }, headers), 201, 'network');
    const subnet = async (networkId: string, cidr: string, headers: Readonly<Record<string, string>> = member): Promise<Json> =>
      ok<Json>(await ep.call('POST', '/v2.0/subnets', { subnet: { network_id: networkId, cidr, ip_version: 4, name: `s-${cidr}` } }, headers), 201, 'subnet');
    const port = async (body: Record<string, unknown>, headers: Readonly<Record<string, string>> = member): Promise<Json> =>
      ok<Json>(await ep.call('POST', '/v2.0/ports', { port: body }, headers), 201, 'port');

    describe('discovery', () => {
      it('lists the collections and extensions it serves, and only those', async () => {
        const root = ok<{ collection: string }[]>(await ep.call('GET', '/v2.0/', undefined, member), 200, 'resources').map((r) => r.collection);
        expect(root).toEqual(expect.arrayContaining(['networks', 'subnets', 'ports', 'routers', 'availability_zones', 'extensions']));
        expect(root.includes('quotas')).toBe(ep.profile.quotas);
        const aliases = ok<{ alias: string }[]>(await ep.call('GET', '/v2.0/extensions', undefined, member), 200, 'extensions').map((e) => e.alias);
        expect(aliases).toEqual(expect.arrayContaining(['binding', 'binding-extended', 'router', 'availability_zone', 'provider', 'pagination']));
        expect(aliases.includes('quotas')).toBe(ep.profile.quotas);
        expect(aliases.includes('standard-attr-tag')).toBe(ep.profile.tags);
        expect(ok<Json>(await ep.call('GET', '/v2.0/extensions/router', undefined, member), 200, 'extension')).toMatchObject({ alias: 'router' });
        expect(errorOf(await ep.call('GET', '/v2.0/extensions/no-such-thing', undefined, member))).toEqual([404, 'ExtensionNotFound']);
      });
    });

    describe('networks, subnets and ports', () => {
      it('creates, reads, updates and deletes a network', async () => {
        const net = await network('crud-net');
        expect(net).toMatchObject({ name: 'crud-net', project_id: project, tenant_id: project, admin_state_up: true, shared: false, subnets: [] });
        expect(ok<Json>(await ep.call('GET', `/v2.0/networks/${net.id}`, undefined, member), 200, 'network')).toMatchObject({ id: net.id, name: 'crud-net' });
        const renamed = ok<Json>(await ep.call('PUT', `/v2.0/networks/${net.id}`, { network: { name: 'renamed' } }, member), 200, 'network');
        expect(renamed).toMatchObject({ id: net.id, name: 'renamed' });
        expect((await ep.call('DELETE', `/v2.0/networks/${net.id}`, undefined, member)).status).toBe(204);
        expect(errorOf(await ep.call('GET', `/v2.0/networks/${net.id}`, undefined, member))).toEqual([404, 'NetworkNotFound']);
      });

      it('creates, reads, updates and deletes a subnet, which the network then lists', async () => {
        const net = await network('subnet-net');
        const sub = await subnet(net.id, '10.20.0.0/24');
        expect(sub).toMatchObject({ network_id: net.id, cidr: '10.20.0.0/24', ip_version: 4, gateway_ip: '10.20.0.1', enable_dhcp: true });
        expect(ok<Json>(await ep.call('GET', `/v2.0/networks/${net.id}`, undefined, member), 200, 'network').subnets).toEqual([sub.id]);
        expect(ok<Json>(await ep.call('PUT', `/v2.0/subnets/${sub.id}`, { subnet: { name: 'renamed' } }, member), 200, 'subnet')).toMatchObject({ name: 'renamed' });
        expect(ok<Json[]>(await ep.call('GET', `/v2.0/subnets?network_id=${net.id}`, undefined, member), 200, 'subnets').map((s) => s.id)).toEqual([sub.id]);
        expect((await ep.call('DELETE', `/v2.0/subnets/${sub.id}`, undefined, member)).status).toBe(204);
        expect(errorOf(await ep.call('GET', `/v2.0/subnets/${sub.id}`, undefined, member))).toEqual([404, 'SubnetNotFound']);
      });

      it('creates, reads, updates and deletes a port with an address of the subnet', async () => {
        const net = await network('port-net');
        const sub = await subnet(net.id, '10.21.0.0/24');
        const created = await port({ network_id: net.id, name: 'vm-port' });
        expect(created).toMatchObject({ network_id: net.id, project_id: project, 'binding:vnic_type': 'normal', fixed_ips: [{ subnet_id: sub.id, ip_address: expect.stringMatching(/^10\.21\.0\./) }] });
        expect(created.mac_address).toMatch(/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/);
        expect(ok<Json>(await ep.call('GET', `/v2.0/ports/${created.id}`, undefined, member), 200, 'port')).toMatchObject({ id: created.id, name: 'vm-port' });
        expect(ok<Json>(await ep.call('PUT', `/v2.0/ports/${created.id}`, { port: { name: 'renamed', device_id: 'vm-1' } }, member), 200, 'port')).toMatchObject({ name: 'renamed', device_id: 'vm-1' });
        expect((await ep.call('DELETE', `/v2.0/ports/${created.id}`, undefined, member)).status).toBe(204);
        expect(errorOf(await ep.call('GET', `/v2.0/ports/${created.id}`, undefined, member))).toEqual([404, 'PortNotFound']);
      });

      it('hides another project\'s network and refuses its changes as not found', async () => {
        const net = await network('private-net');
        const stranger = memberOf(`${project}-other`);
        expect(errorOf(await ep.call('GET', `/v2.0/networks/${net.id}`, undefined, stranger))).toEqual([404, 'NetworkNotFound']);
        expect(errorOf(await ep.call('PUT', `/v2.0/networks/${net.id}`, { network: { name: 'x' } }, stranger))).toEqual([404, 'NetworkNotFound']);
        expect(ok<Json[]>(await ep.call('GET', '/v2.0/networks', undefined, stranger), 200, 'networks').map((n) => n.id)).not.toContain(net.id);
      });
      it('creates in bulk, all or nothing', async () => {
        const created = ok<Json[]>(await ep.call('POST', '/v2.0/networks', { networks: [{ name: 'bulk-a' }, { name: 'bulk-b' }] }, member), 201, 'networks');
        expect(created.map((n) => n.name)).toEqual(['bulk-a', 'bulk-b']);
        await subnet(created[0].id, '10.26.0.0/24');
        const ports = ok<Json[]>(await ep.call('POST', '/v2.0/ports', { ports: [{ network_id: created[0].id }, { network_id: created[0].id }] }, member), 201, 'ports');
        expect(new Set(ports.map((p) => (p.fixed_ips as { ip_address: string }[])[0].ip_address)).size).toBe(2);
        const refused = await ep.call('POST', '/v2.0/ports', { ports: [{ network_id: created[0].id, name: 'bulk-lost' }, { network_id: randomUUID() }] }, member);
        expect(errorOf(refused)[0]).toBe(404);
        expect(ok<Json[]>(await ep.call('GET', '/v2.0/ports?name=bulk-lost', undefined, member), 200, 'ports')).toEqual([]);
      });

      it('lets members use a shared network and only its owner change it', async () => {
        const shared = ok<Json>(await ep.call('POST', '/v2.0/networks', { network: { name: 'shared-net', shared: true } }, ADMIN), 201, 'network');
        await subnet(shared.id, '10.27.0.0/24', ADMIN);
        expect(ok<Json[]>(await ep.call('GET', `/v2.0/networks?id=${shared.id}`, undefined, member), 200, 'networks').map((n) => n.shared)).toEqual([true]);
        expect(ok<Json[]>(await ep.call('GET', `/v2.0/subnets?network_id=${shared.id}`, undefined, member), 200, 'subnets')).toHaveLength(1);
        expect(await port({ network_id: shared.id })).toMatchObject({ network_id: shared.id, project_id: project });
        expect(errorOf(await ep.call('PUT', `/v2.0/networks/${shared.id}`, { network: { name: 'mine' } }, member))).toEqual([403, 'PolicyNotAuthorized']);
        expect(errorOf(await ep.call('POST', '/v2.0/ports', { port: { network_id: shared.id, mac_address: 'fa:16:3e:00:12:34' } }, member))).toEqual([403, 'PolicyNotAuthorized']);
      });

      it('refuses to delete a network or subnet that still has ports', async () => {
        const net = await network('inuse-net');
        const sub = await subnet(net.id, '10.28.0.0/24');
        await port({ network_id: net.id });
        expect(errorOf(await ep.call('DELETE', `/v2.0/networks/${net.id}`, undefined, member))).toEqual([409, 'NetworkInUse']);
        expect(errorOf(await ep.call('DELETE', `/v2.0/subnets/${sub.id}`, undefined, member))).toEqual([409, 'SubnetInUse']);
      });

      it('refuses an address or MAC already in use', async () => {
        const net = await network('conflict-net');
        const sub = await subnet(net.id, '10.29.0.0/24');
        const first = await port({ network_id: net.id, fixed_ips: [{ subnet_id: sub.id, ip_address: '10.29.0.50' }], mac_address: 'fa:16:3e:00:29:50' });
        expect(first.fixed_ips).toEqual([{ subnet_id: sub.id, ip_address: '10.29.0.50' }]);
        expect(errorOf(await ep.call('POST', '/v2.0/ports', { port: { network_id: net.id, fixed_ips: [{ subnet_id: sub.id, ip_address: '10.29.0.50' }] } }, member))).toEqual([409, 'IpAddressAlreadyAllocated']);
        expect(errorOf(await ep.call('POST', '/v2.0/ports', { port: { network_id: net.id, mac_address: 'fa:16:3e:00:29:50' } }, member))).toEqual([409, 'MacAddressInUse']);
      });

      it('lets only admins bind a port, and hides the binding from members', async () => {
        const net = await network('bind-policy-net');
        await subnet(net.id, '10.30.0.0/24');
        const mine = await port({ network_id: net.id });
        const [host] = ep.profile.hosts;
        expect(errorOf(await ep.call('PUT', `/v2.0/ports/${mine.id}`, { port: { 'binding:host_id': host } }, member))).toEqual([403, 'PolicyNotAuthorized']);
        const bound = ok<Json>(await ep.call('PUT', `/v2.0/ports/${mine.id}`, { port: { 'binding:host_id': host, device_owner: 'compute:nova', device_id: 'vm-x' } }, ADMIN), 200, 'port');
        expect(bound).toMatchObject({ 'binding:host_id': host, 'binding:vif_type': expect.not.stringMatching(/^unbound$/) });
        const seen = ok<Json>(await ep.call('GET', `/v2.0/ports/${mine.id}`, undefined, member), 200, 'port');
        expect(seen).not.toHaveProperty('binding:host_id');
        expect(seen).not.toHaveProperty('binding:vif_type');
        expect(seen['binding:vnic_type']).toBe('normal');
      });
      it('changes a port\'s addresses and a network\'s MTU, and shows the change at once', async () => {
        const net = await network('change-net');
        const sub = await subnet(net.id, '10.33.0.0/24');
        const p = await port({ network_id: net.id });
        const moved = ok<Json>(await ep.call('PUT', `/v2.0/ports/${p.id}`, { port: { fixed_ips: [{ subnet_id: sub.id, ip_address: '10.33.0.77' }] } }, member), 200, 'port');
        expect(moved.fixed_ips).toEqual([{ subnet_id: sub.id, ip_address: '10.33.0.77' }]);
        expect(ok<Json>(await ep.call('GET', `/v2.0/ports/${p.id}`, undefined, member), 200, 'port').fixed_ips).toEqual(moved.fixed_ips);
        expect(ok<Json[]>(await ep.call('GET', `/v2.0/ports?fixed_ips=ip_address%3D10.33.0.77`, undefined, member), 200, 'ports').map((x) => x.id)).toEqual([p.id]);
        expect(ok<Json>(await ep.call('PUT', `/v2.0/networks/${net.id}`, { network: { mtu: 1400 } }, member), 200, 'network').mtu).toBe(1400);
        expect(ok<Json>(await ep.call('GET', `/v2.0/networks/${net.id}`, undefined, member), 200, 'network').mtu).toBe(1400);
      });

      it('filters subnets on their network\'s shared flag and networks on router:external', async () => {
        const ext = ok<Json>(await ep.call('POST', '/v2.0/networks', { network: { name: 'ext-net', 'router:external': true } }, ADMIN), 201, 'network');
        const shared = ok<Json>(await ep.call('POST', '/v2.0/networks', { network: { name: 'shared-filter-net', shared: true } }, ADMIN), 201, 'network');
        const sharedSub = await subnet(shared.id, '10.34.0.0/24', ADMIN);
        const own = await network('own-filter-net');
        const ownSub = await subnet(own.id, '10.35.0.0/24');
        const externals = ok<Json[]>(await ep.call('GET', '/v2.0/networks?router:external=true', undefined, member), 200, 'networks').map((n) => n.id);
        expect(externals).toContain(ext.id);
        expect(externals).not.toContain(own.id);
        const onShared = ok<Json[]>(await ep.call('GET', '/v2.0/subnets?shared=true', undefined, member), 200, 'subnets').map((x) => x.id);
        expect(onShared).toContain(sharedSub.id);
        expect(onShared).not.toContain(ownSub.id);
      });
    });

    describe('lists', () => {
      it('filters on attributes, repeated values meaning any of them', async () => {
        const a = await network('filter-a');
        const b = await network('filter-b');
        await network('filter-c');
        const byName = ok<Json[]>(await ep.call('GET', '/v2.0/networks?name=filter-a', undefined, member), 200, 'networks');
        expect(byName.map((n) => n.id)).toEqual([a.id]);
        const either = ok<Json[]>(await ep.call('GET', '/v2.0/networks?name=filter-a&name=filter-b', undefined, member), 200, 'networks');
        expect(either.map((n) => n.id).sort()).toEqual([a.id, b.id].sort());
        expect(errorOf(await ep.call('GET', '/v2.0/networks?no_such_attribute=1', undefined, member))[0]).toBe(400);
      });

      it('pages with limit and marker and links the next page', async () => {
        const net = await network('paged-net');
        await subnet(net.id, '10.22.0.0/24');
        // A device of its own: the network may hold ports of the endpoint's making (DHCP).
        const device = `vm-${net.id}`;
        for (const name of ['p1', 'p2', 'p3']) await port({ network_id: net.id, name, device_id: device });
        const first = await ep.call('GET', `/v2.0/ports?network_id=${net.id}&device_id=${device}&limit=2&sort_key=name&sort_dir=asc`, undefined, member);
        expect(ok<Json[]>(first, 200, 'ports').map((p) => p.name)).toEqual(['p1', 'p2']);
        const next = (first.json.ports_links as { rel: string; href: string }[]).find((l) => l.rel === 'next');
        expect(next?.href).toMatch(/\/v2\.0\/ports\?.*marker=/);
        const url = new URL(next!.href);
        const second = ok<Json[]>(await ep.call('GET', `${url.pathname}${url.search}`, undefined, member), 200, 'ports');
        expect(second.map((p) => p.name)).toEqual(['p3']);
      });

      it('answers only the fields asked for, in lists and single reads', async () => {
        const net = await network('fields-net');
        expect(Object.keys(ok<Json>(await ep.call('GET', `/v2.0/networks/${net.id}?fields=id&fields=name`, undefined, member), 200, 'network')).sort()).toEqual(['id', 'name']);
        const listed = ok<Json[]>(await ep.call('GET', `/v2.0/networks?id=${net.id}&fields=status`, undefined, member), 200, 'networks');
        expect(listed).toEqual([{ status: 'ACTIVE' }]);
      });
      it('sorts on any attribute, both ways, and links the previous page', async () => {
        const net = await network('sorted-net');
        await subnet(net.id, '10.31.0.0/24');
        const device = `vm-${net.id}`;
        for (const name of ['b', 'c', 'a']) await port({ network_id: net.id, name, device_id: device });
        const base = `/v2.0/ports?device_id=${device}&sort_key=name`;
        expect(ok<Json[]>(await ep.call('GET', `${base}&sort_dir=desc`, undefined, member), 200, 'ports').map((p) => p.name)).toEqual(['c', 'b', 'a']);
        const first = ok<Json[]>(await ep.call('GET', `${base}&sort_dir=asc&limit=1`, undefined, member), 200, 'ports');
        const second = await ep.call('GET', `${base}&sort_dir=asc&limit=1&marker=${first[0].id}`, undefined, member);
        expect(ok<Json[]>(second, 200, 'ports').map((p) => p.name)).toEqual(['b']);
        expect((second.json.ports_links as { rel: string }[]).map((l) => l.rel).sort()).toEqual(['next', 'previous']);
      });

      it('filters on tags where tags are served', async () => {
        const net = await network('tagged-net');
        const tagUrl = `/v2.0/networks/${net.id}/tags/blue`;
        if (!ep.profile.tags) {
          expect((await ep.call('PUT', tagUrl, undefined, member)).status).toBe(404);
          return;
        }
        expect((await ep.call('PUT', tagUrl, undefined, member)).status).toBe(201);
        expect(ok<string[]>(await ep.call('GET', `/v2.0/networks/${net.id}/tags`, undefined, member), 200, 'tags')).toEqual(['blue']);
        expect(ok<Json[]>(await ep.call('GET', '/v2.0/networks?tags=blue', undefined, member), 200, 'networks').map((n) => n.id)).toEqual([net.id]);
        expect(ok<Json[]>(await ep.call('GET', `/v2.0/networks?id=${net.id}&not-tags=blue`, undefined, member), 200, 'networks')).toEqual([]);
      });
    });

    describe('errors', () => {
      it('answers NeutronError with the status of its type', async () => {
        expect(errorOf(await ep.call('GET', `/v2.0/ports/${randomUUID()}`, undefined, member))).toEqual([404, 'PortNotFound']);
        expect(errorOf(await ep.call('POST', '/v2.0/networks', { network: { bogus: 1 } }, member))[0]).toBe(400);
        expect(errorOf(await ep.call('POST', '/v2.0/networks', { network: { 'provider:segmentation_id': 77 } }, member))).toEqual([403, 'PolicyNotAuthorized']);
        expect(errorOf(await ep.call('POST', '/v2.0/ports', { port: { network_id: randomUUID() } }, member))).toEqual([404, 'NetworkNotFound']);
      });

      it('refuses a stale If-Match revision with 412', async () => {
        const net = await network('revision-net');
        const reply = await ep.call('PUT', `/v2.0/networks/${net.id}`, { network: { name: 'x' } }, { ...member, 'if-match': `revision_number=${Number(net.revision_number) + 5}` });
        expect(errorOf(reply)).toEqual([412, 'RevisionNumberConstraintFailed']);
      });
      it('refuses every write of a reader, and lets it read', async () => {
        const reader = { 'x-project-id': project, 'x-roles': 'reader' };
        expect(errorOf(await ep.call('POST', '/v2.0/networks', { network: { name: 'no' } }, reader))).toEqual([403, 'PolicyNotAuthorized']);
        expect((await ep.call('GET', '/v2.0/networks', undefined, reader)).status).toBe(200);
      });

      it('answers a body of the wrong shape with 400, before looking anything up', async () => {
        expect(errorOf(await ep.call('POST', '/v2.0/networks', { networks: [] }, member))[0]).toBe(400);
        expect(errorOf(await ep.call('PUT', `/v2.0/networks/${randomUUID()}`, { network: { mtu: 'lots' } }, member))[0]).toBe(400);
      });
    });

    describe('port bindings', () => {
      it('binds, adds an inactive binding, activates it and deletes the old one (admin only)', async () => {
        const [from, to] = ep.profile.hosts;
        const net = await network('binding-net');
        await subnet(net.id, '10.23.0.0/24');
        const bound = await port({ network_id: net.id, project_id: project, device_id: 'vm-b', device_owner: 'compute:nova', 'binding:host_id': from }, ADMIN);
        expect(bound['binding:host_id']).toBe(from);
        const url = `/v2.0/ports/${bound.id}/bindings`;
        expect(ok<Json[]>(await ep.call('GET', url, undefined, ADMIN), 200, 'bindings')).toEqual([expect.objectContaining({ host: from, status: 'ACTIVE' })]);
        expect(ok<Json>(await ep.call('POST', url, { binding: { host: to } }, ADMIN), 201, 'binding')).toMatchObject({ host: to, status: 'INACTIVE' });
        expect(ok<Json>(await ep.call('PUT', `${url}/${to}/activate`, undefined, ADMIN), 200, 'binding')).toMatchObject({ host: to, status: 'ACTIVE' });
        expect(ok<Json>(await ep.call('GET', `/v2.0/ports/${bound.id}`, undefined, ADMIN), 200, 'port')['binding:host_id']).toBe(to);
        expect((await ep.call('DELETE', `${url}/${from}`, undefined, ADMIN)).status).toBe(204);
        expect(ok<Json[]>(await ep.call('GET', url, undefined, ADMIN), 200, 'bindings').map((b) => [b.host, b.status])).toEqual([[to, 'ACTIVE']]);
        expect(errorOf(await ep.call('GET', `${url}/${from}`, undefined, ADMIN))).toEqual([404, 'PortBindingNotFound']);
        expect(errorOf(await ep.call('GET', url, undefined, member))).toEqual([403, 'PolicyNotAuthorized']);
        expect(ok<Json>(await ep.call('GET', `/v2.0/ports/${bound.id}`, undefined, member), 200, 'port')).not.toHaveProperty('binding:host_id');
      });
    });

    describe('quotas', () => {
      it('shows, sets and resets a project\'s quotas where served; answers 404 where not', async () => {
        const url = `/v2.0/quotas/${project}`;
        if (!ep.profile.quotas) {
          expect((await ep.call('GET', url, undefined, member)).status).toBe(404);
          return;
        }
        const quota = ok<Json>(await ep.call('GET', url, undefined, member), 200, 'quota');
        // The core resources, and a limit for every resource the endpoint counts (security groups, …).
        expect(quota).toMatchObject({ network: expect.any(Number), subnet: expect.any(Number), port: expect.any(Number), router: expect.any(Number) });
        expect(Object.entries(quota).filter(([, limit]) => typeof limit !== 'number')).toEqual([]);
        expect(errorOf(await ep.call('PUT', url, { quota: { port: 5 } }, member))).toEqual([403, 'PolicyNotAuthorized']);
        expect(ok<Json>(await ep.call('PUT', url, { quota: { port: 5 } }, ADMIN), 200, 'quota')).toMatchObject({ port: 5 });
        expect(ok<Json>(await ep.call('GET', `${url}/details`, undefined, member), 200, 'quota')).toMatchObject({ port: { limit: 5, reserved: 0, used: expect.any(Number) } });
        expect((await ep.call('DELETE', url, undefined, ADMIN)).status).toBe(204);
        const defaults = ok<Json>(await ep.call('GET', `${url}/default`, undefined, member), 200, 'quota');
        expect(ok<Json>(await ep.call('GET', url, undefined, member), 200, 'quota')).toEqual(defaults);
      });
      it('enforces a project\'s port quota on creates through this endpoint', async () => {
        const limited = `${project}-quota`;
        const net = await network('quota-net', memberOf(limited));
        await subnet(net.id, '10.38.0.0/24', memberOf(limited));
        const quota = `/v2.0/quotas/${limited}`;
        // What the authority counts (the network's DHCP port, where one is made, included).
        const used = (ok<Json>(await ep.callQuotaAuthority('GET', `${quota}/details`, undefined, ADMIN), 200, 'quota').port as { used: number }).used;
        expect((await ep.callQuotaAuthority('PUT', quota, { quota: { port: used + 1 } }, ADMIN)).status).toBe(200);
        try {
          await port({ network_id: net.id }, memberOf(limited));
          const over = await ep.call('POST', '/v2.0/ports', { port: { network_id: net.id } }, memberOf(limited));
          expect(errorOf(over)).toEqual([409, 'OverQuota']);
        } finally {
          await ep.callQuotaAuthority('DELETE', quota, undefined, ADMIN);
        }
      });
    });

    describe('routers', () => {
      it('creates a router, adds and removes a subnet interface, updates and deletes it', async () => {
        const net = await network('router-net');
        const sub = await subnet(net.id, '10.24.0.0/24');
        const router = ok<Json>(await ep.call('POST', '/v2.0/routers', { router: { name: 'edge', external_gateway_info: {} } }, member), 201, 'router');
        expect(router).toMatchObject({ name: 'edge', project_id: project, external_gateway_info: null, admin_state_up: true, routes: [] });
        const added = await ep.call('PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: sub.id }, member);
        expect([added.status, added.json]).toEqual([200, expect.objectContaining({ id: router.id, subnet_id: sub.id, subnet_ids: [sub.id], port_id: expect.any(String) })]);
        expect(errorOf(await ep.call('PUT', `/v2.0/routers/${router.id}/add_router_interface`, {}, member))).toEqual([400, 'BadRequest']);
        expect(ok<Json>(await ep.call('PUT', `/v2.0/routers/${router.id}`, { router: { name: 'edge-2' } }, member), 200, 'router')).toMatchObject({ name: 'edge-2' });
        const removed = await ep.call('PUT', `/v2.0/routers/${router.id}/remove_router_interface`, { subnet_id: sub.id }, member);
        expect([removed.status, removed.json?.port_id]).toEqual([200, added.json.port_id]);
        expect((await ep.call('DELETE', `/v2.0/routers/${router.id}`, undefined, member)).status).toBe(204);
        expect(errorOf(await ep.call('GET', `/v2.0/routers/${router.id}`, undefined, member))).toEqual([404, 'RouterNotFound']);
      });

      it('refuses to delete a router that still has an interface', async () => {
        const net = await network('router-inuse-net');
        const sub = await subnet(net.id, '10.25.0.0/24');
        const router = ok<Json>(await ep.call('POST', '/v2.0/routers', { router: { name: 'busy' } }, member), 201, 'router');
        expect((await ep.call('PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: sub.id }, member)).status).toBe(200);
        expect(errorOf(await ep.call('DELETE', `/v2.0/routers/${router.id}`, undefined, member))).toEqual([409, 'RouterInUse']);
      });
      it('keeps extra routes and hides another project\'s router', async () => {
        const net = await network('routes-net');
        const sub = await subnet(net.id, '10.32.0.0/24');
        const router = ok<Json>(await ep.call('POST', '/v2.0/routers', { router: { name: 'routes' } }, member), 201, 'router');
        expect((await ep.call('PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: sub.id }, member)).status).toBe(200);
        const routes = [{ destination: '203.0.113.0/24', nexthop: '10.32.0.5' }];
        expect(ok<Json>(await ep.call('PUT', `/v2.0/routers/${router.id}`, { router: { routes } }, member), 200, 'router').routes).toEqual(routes);
        // A next hop must be on one of the router's subnets.
        const unreachable = [{ destination: '203.0.113.0/24', nexthop: '198.51.100.1' }];
        expect(errorOf(await ep.call('PUT', `/v2.0/routers/${router.id}`, { router: { routes: unreachable } }, member))[0]).toBe(400);
        expect(errorOf(await ep.call('GET', `/v2.0/routers/${router.id}`, undefined, memberOf(`${project}-other`)))).toEqual([404, 'RouterNotFound']);
        expect(ok<Json[]>(await ep.call('GET', '/v2.0/routers?name=routes', undefined, member), 200, 'routers').map((r) => r.id)).toEqual([router.id]);
      });
      it('lists a new interface among the router\'s ports at once (device_id), as clients find interfaces', async () => {
        const net = await network('iface-net');
        const sub = await subnet(net.id, '10.36.0.0/24');
        const router = ok<Json>(await ep.call('POST', '/v2.0/routers', { router: { name: 'iface' } }, member), 201, 'router');
        const added = await ep.call('PUT', `/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: sub.id }, member);
        expect(added.status).toBe(200);
        const ports = ok<Json[]>(await ep.call('GET', `/v2.0/ports?device_id=${router.id}`, undefined, member), 200, 'ports');
        expect(ports.map((p) => [p.id, p.device_owner, p.fixed_ips])).toEqual([[added.json.port_id, 'network:router_interface', [{ subnet_id: sub.id, ip_address: '10.36.0.1' }]]]);
      });

      it('adds an interface by port, which becomes the router\'s', async () => {
        const net = await network('iface-port-net');
        const sub = await subnet(net.id, '10.37.0.0/24');
        const p = await port({ network_id: net.id, fixed_ips: [{ subnet_id: sub.id, ip_address: '10.37.0.9' }] });
        const router = ok<Json>(await ep.call('POST', '/v2.0/routers', { router: { name: 'by-port' } }, member), 201, 'router');
        const added = await ep.call('PUT', `/v2.0/routers/${router.id}/add_router_interface`, { port_id: p.id }, member);
        expect([added.status, added.json]).toEqual([200, expect.objectContaining({ port_id: p.id, subnet_id: sub.id })]);
        expect(ok<Json>(await ep.call('GET', `/v2.0/ports/${p.id}`, undefined, member), 200, 'port')).toMatchObject({ device_id: router.id, device_owner: 'network:router_interface' });
        expect(errorOf(await ep.call('DELETE', `/v2.0/ports/${p.id}`, undefined, member))[0]).toBe(409);
      });
    });

    describe('security groups', () => {
      it("gives a project its default group on first use, with Neutron's four rules, and ports that name none get it", async () => {
        const groups = ok<Json[]>(await ep.call('GET', '/v2.0/security-groups', undefined, member), 200, 'security_groups');
        const defaults = groups.filter((g) => g.name === 'default' && g.project_id === project);
        expect(defaults).toHaveLength(1);
        const rules = defaults[0].security_group_rules as { direction: string; ethertype: string; remote_group_id: string | null }[];
        expect(rules.map((r) => [r.direction, r.ethertype, r.remote_group_id]).sort()).toEqual([
          ['egress', 'IPv4', null], ['egress', 'IPv6', null], ['ingress', 'IPv4', defaults[0].id], ['ingress', 'IPv6', defaults[0].id],
        ]);
        const net = await network('sg-default-net');
        await subnet(net.id, '10.38.0.0/24');
        expect((await port({ network_id: net.id })).security_groups).toEqual([defaults[0].id]);
        expect(errorOf(await ep.call('DELETE', `/v2.0/security-groups/${defaults[0].id}`, undefined, member))).toEqual([409, 'SecurityGroupCannotRemoveDefault']);
      });

      it('creates a group and rules, refuses duplicates and bad ranges, and a group in use cannot go', async () => {
        const group = ok<Json>(await ep.call('POST', '/v2.0/security-groups', { security_group: { name: 'web' } }, member), 201, 'security_group');
        expect((group.security_group_rules as { direction: string }[]).map((r) => r.direction)).toEqual(['egress', 'egress']);
        const rule = { security_group_id: group.id, direction: 'ingress', protocol: 'tcp', port_range_min: 443, port_range_max: 443, remote_ip_prefix: '203.0.113.0/24' };
        const created = ok<Json>(await ep.call('POST', '/v2.0/security-group-rules', { security_group_rule: rule }, member), 201, 'security_group_rule');
        expect(created).toMatchObject({ ...rule, ethertype: 'IPv4', project_id: project });
        expect(errorOf(await ep.call('POST', '/v2.0/security-group-rules', { security_group_rule: { ...rule, protocol: '6' } }, member))).toEqual([409, 'SecurityGroupRuleExists']);
        expect(errorOf(await ep.call('POST', '/v2.0/security-group-rules', { security_group_rule: { ...rule, port_range_min: 444, port_range_max: 443 } }, member))[0]).toBe(400);
        const net = await network('sg-inuse-net');
        await subnet(net.id, '10.39.0.0/24');
        const p = await port({ network_id: net.id, security_groups: [group.id] });
        expect(p.security_groups).toEqual([group.id]);
        expect(errorOf(await ep.call('DELETE', `/v2.0/security-groups/${group.id}`, undefined, member))).toEqual([409, 'SecurityGroupInUse']);
        expect(ok<Json>(await ep.call('PUT', `/v2.0/ports/${p.id}`, { port: { security_groups: [] } }, member), 200, 'port').security_groups).toEqual([]);
        expect((await ep.call('DELETE', `/v2.0/security-groups/${group.id}`, undefined, member)).status).toBe(204);
        expect(errorOf(await ep.call('GET', `/v2.0/security-group-rules/${created.id}`, undefined, member))[0]).toBe(404);
      });
    });

    describe('subnet pools', () => {
      it('allocates subnets from a pool in order, refuses to delete it while allocated, and deletes it after', async () => {
        const pool = ok<Json>(await ep.call('POST', '/v2.0/subnetpools', { subnetpool: { name: 'pool', prefixes: ['198.51.100.0/24'], default_prefixlen: 26 } }, member), 201, 'subnetpool');
        expect(pool).toMatchObject({ ip_version: 4, prefixes: ['198.51.100.0/24'], default_prefixlen: 26, shared: false, project_id: project });
        const net = await network('pool-net');
        const fromPool = async (body: Record<string, unknown>) => ok<Json>(await ep.call('POST', '/v2.0/subnets', { subnet: { network_id: net.id, ip_version: 4, subnetpool_id: pool.id, ...body } }, member), 201, 'subnet');
        const first = await fromPool({});
        const second = await fromPool({ prefixlen: 27 });
        expect([first.cidr, first.subnetpool_id, second.cidr]).toEqual(['198.51.100.0/26', pool.id, '198.51.100.64/27']);
        // Shorter than the pool's min_prefixlen (8): 400; longer but not free in the pool: Neutron's 500.
        const refused = async (prefixlen: number) => errorOf(await ep.call('POST', '/v2.0/subnets', { subnet: { network_id: net.id, ip_version: 4, subnetpool_id: pool.id, prefixlen } }, member));
        expect(await refused(7)).toEqual([400, 'MinPrefixSubnetAllocationError']);
        expect(await refused(20)).toEqual([500, 'SubnetAllocationError']);
        expect(errorOf(await ep.call('DELETE', `/v2.0/subnetpools/${pool.id}`, undefined, member))).toEqual([400, 'SubnetPoolDeleteError']);
        for (const sub of [first, second]) expect((await ep.call('DELETE', `/v2.0/subnets/${sub.id}`, undefined, member)).status).toBe(204);
        expect((await ep.call('DELETE', `/v2.0/subnetpools/${pool.id}`, undefined, member)).status).toBe(204);
      });
    });

    describe('availability zones', () => {
      it('lists the zones of its topology as available network zones', async () => {
        const zones = ok<Json[]>(await ep.call('GET', '/v2.0/availability_zones', undefined, member), 200, 'availability_zones');
        expect(zones).toEqual(ep.profile.availabilityZones.map((name) => ({ name, resource: 'network', state: 'available' })));
      });
    });
  });
}
