import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError, eventually } from './api';
import { createNetwork, type TenantNetwork } from './cloud';
import { useDataplaneCluster } from './fixture';
import { ContinuousPing } from './probe';

// Routed east-west traffic across cells: each host with a port behind a router routes for it in
// a namespace of its own (anycast gateway), and bridges the routed packet straight to the
// destination's VTEP (asymmetric IRB). Tenant subnets are documentation ranges.
const PREFIX = 'trdpl';
const report = (line: string) => process.stdout.write(`[dataplane] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const welcomes = (output: string) => output.split('\n').filter((l) => l.includes('welcomed by controller'));

interface RouterJson {
  id: string;
}

describe('dataplane: routed traffic between subnets across cells (root)', () => {
  const { c, vm, vms, boot } = useDataplaneCluster(PREFIX);
  let net1: TenantNetwork;
  let net2: TenantNetwork;
  let router: RouterJson;
  const gw1 = '192.0.2.1';
  const gw2 = '203.0.113.1';

  /** The router namespaces a host-agent made (named with this suite's prefix and the host). */
  const routerNamespaces = async (hostId: string): Promise<string[]> => {
    const out = await c().underlay.namespaces.exec(c().host(hostId).ns, 'ip', ['netns', 'list']);
    return out.split('\n').map((l) => l.split(' ')[0]).filter((n) => n.startsWith(`${PREFIX}-qr${hostId.replace('-', '')}-`));
  };
  const addInterface = (subnetId: string) => c().central.put(`/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: subnetId });

  beforeAll(async () => {
    net1 = await createNetwork(c().central, 'dp-routed-1', '192.0.2.0/24');
    net2 = await createNetwork(c().central, 'dp-routed-2', '203.0.113.0/24');
    // By DHCP: each instance's default route is its subnet's gateway from the lease (the fixture
    // checks it is the subnet's gateway_ip, .1), before the router even exists.
    await boot({ name: 'a1', network: net1, host: 'cn1-1' }, { name: 'b1', network: net2, host: 'cn2-1' }, { name: 'c1', network: net1, host: 'cn3-1' });
    ({ router } = await c().central.post<{ router: RouterJson }>('/v2.0/routers', { router: { name: 'dp-router' } }));
    await addInterface(net1.subnetId);
  }, 180_000);

  it('instances on two subnets of one global router in cell1, cell2 and cell3 reach each other once the second interface is added', async () => {
    const [a1, b1, c1] = ['a1', 'b1', 'c1'].map(vm);
    // One interface routes nothing: no host routes for the router yet.
    expect(await c().underlay.ping(a1, b1.ip, 1)).toBe(false);
    const probe = new ContinuousPing(a1.ns, b1.ip);
    const addedAt = Date.now();
    try {
      await addInterface(net2.subnetId);
      const reply = await probe.waitForReplyAfter(addedAt, 20_000);
      report(`first routed reply a1 (cn1-1, ${net1.name}) → b1 (cn2-1, ${net2.name}): add_router_interface → echo reply in ${Math.round(reply.atMs - addedAt)} ms`);
    } finally {
      await probe.stop();
    }
    for (const [from, to] of [[a1, b1], [b1, a1], [c1, b1], [b1, c1], [a1, c1]] as const) {
      expect(await c().underlay.waitForPing(from, to.ip, 10_000), `${from.name} → ${to.name}`).toBeDefined();
    }
    // Exactly the hosts with ports behind the router route for it.
    for (const h of ['cn1-1', 'cn2-1', 'cn3-1']) expect(await routerNamespaces(h), h).toEqual([`${PREFIX}-qr${h.replace('-', '')}-${router.id}`]);
    for (const h of ['cn1-2', 'cn2-2']) expect(await routerNamespaces(h), h).toEqual([]);
    // Where the time went: the routing syncs of the two hosts (logged after the fact).
    for (const h of ['cn1-1', 'cn2-1']) {
      for (const line of c().process(`host-agent-${h}`).output().split('\n').filter((l) => l.includes('routing synced'))) {
        const { time, routers, commands, durationMs } = JSON.parse(line) as Record<string, number>;
        if (time >= addedAt) report(`${h}: routing synced ${time - addedAt} ms after the add: ${routers} routers, ${commands} commands in ${durationMs} ms`);
      }
    }
  });

  it('never carries ARP for the gateway over VXLAN: tcpdump on the underlay sees routed traffic but no gateway ARP; the guard counters count the drops', async () => {
    const a1 = vm('a1');
    const host = c().host('cn1-1');
    const dump = spawn('ip', ['netns', 'exec', host.ns, 'tcpdump', '-l', '-nn', '-i', 'ul', 'udp', 'port', '4789'], { stdio: ['ignore', 'pipe', 'pipe'] });
    let text = '';
    dump.stdout.setEncoding('utf8').on('data', (d: string) => (text += d));
    const exited = once(dump, 'exit');
    try {
      await sleep(500);
      // Forget the gateway: a1 asks for it again (a broadcast in its bridge, which also floods to VXLAN).
      await c().underlay.namespaces.exec(a1.ns, 'ip', ['neigh', 'flush', 'dev', 'eth0']);
      expect(await c().underlay.waitForPing(a1, vm('b1').ip, 10_000)).toBeDefined();
      expect(await c().underlay.waitForPing(a1, gw1, 5_000)).toBeDefined();
      await sleep(500);
    } finally {
      dump.kill('SIGINT');
      await exited;
    }
    expect(text, 'routed traffic was captured').toMatch(/VXLAN/);
    expect(text).not.toMatch(new RegExp(`who-has (${gw1}|${gw2})`.replaceAll('.', '\\.')));
    expect(text).not.toMatch(/Reply (192\.0\.2\.1|203\.0\.113\.1) is-at/);
    const rules = await c().underlay.namespaces.exec(host.ns, 'nft', ['list', 'table', 'bridge', 'trellis_routing']);
    const dropped = [...rules.matchAll(new RegExp(`arp daddr ip ${gw1.replaceAll('.', '\\.')} counter packets (\\d+)`, 'g'))].reduce((n, m) => n + Number(m[1]), 0);
    report(`gateway ARP requests dropped at cn1-1's VXLAN device: ${dropped}`);
    expect(dropped).toBeGreaterThan(0);
  });

  it('a scoped router refuses an interface on a network outside its scope', async () => {
    const { router: scoped } = await c().central.post<{ router: RouterJson }>('/v2.0/routers', { router: { name: 'dp-scoped', availability_zone_hints: ['az1'] } });
    const outside = await createNetwork(c().central, 'dp-az2', '192.0.2.0/24', ['az2']);
    const refused = await c()
      .central.put(`/v2.0/routers/${scoped.id}/add_router_interface`, { subnet_id: outside.subnetId })
      .then(() => undefined, (err: unknown) => err);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ status: 400, type: 'NetworkNotInRouterScope' });
  });

  it('migrating an instance keeps routed traffic flowing', async () => {
    const a1 = vm('a1');
    const b1 = vm('b1');
    const bindings = `/v2.0/ports/${b1.portId}/bindings`;
    const probe = new ContinuousPing(a1.ns, b1.ip);
    try {
      await probe.waitForReplyAfter(0, 15_000);
      await c().central.post(bindings, { binding: { host: 'cn2-2' } });
      // The destination pre-joins the VNI and the router with the inactive binding.
      await eventually(async () => ((await routerNamespaces('cn2-2')).length === 1 ? true : undefined), 15_000, 'cn2-2 routes for the router');
      const moved = await c().underlay.moveInstance(b1, c().host('cn2-2'));
      await c().underlay.namespaces.exec(b1.ns, 'ip', ['route', 'add', 'default', 'via', gw2]);
      vms.set('b1', { ...b1, ...moved });
      const activatedAt = Date.now();
      await c().central.put(`${bindings}/cn2-2/activate`);
      const reply = await probe.waitForReplyAfter(activatedAt, 30_000);
      const lastBefore = probe.lastReplyBefore(activatedAt);
      report(`routed migration gap b1 cn2-1 → cn2-2: activation → first echo reply ${Math.round(reply.atMs - activatedAt)} ms (last reply before the move → first after: ${lastBefore ? Math.round(reply.atMs - lastBefore.atMs) : '?'} ms)`);
      await c().central.delete(`${bindings}/cn2-1`);
      await sleep(500);
    } finally {
      await probe.stop();
    }
    expect(await c().underlay.waitForPing(vm('c1'), b1.ip, 10_000), 'c1 → b1 after migration').toBeDefined();
    // cn2-1 had nothing else behind the router: it stops routing for it.
    await eventually(async () => ((await routerNamespaces('cn2-1')).length === 0 ? true : undefined), 15_000, 'cn2-1 left the router');
  });

  it('the vtep-controller killed and restarted loses no routed probe', async () => {
    const agents = [...c().hosts.keys()].map((id) => `host-agent-${id}`);
    const before = new Map(agents.map((a) => [a, welcomes(c().process(a).output()).length]));
    const probe = new ContinuousPing(vm('c1').ns, vm('b1').ip);
    try {
      await probe.waitForReplyAfter(0, 10_000);
      await c().crash('vtep-controller');
      await sleep(1_500);
      await c().startService('vtep-controller');
      for (const a of agents) {
        await eventually(async () => (welcomes(c().process(a).output()).length > before.get(a)! ? true : undefined), 30_000, `${a} welcomed again`);
      }
      await sleep(500);
    } finally {
      await probe.stop();
    }
    report(`controller restart: ${probe.replies.length} routed echo replies c1 → b1, lost ${probe.lost().length}`);
    expect(probe.replies.length).toBeGreaterThan(20);
    expect(probe.lost()).toEqual([]);
  });

  it('a host-agent killed and restarted keeps routing: it loads its saved routers, resumes, and removes nothing that still routes', async () => {
    const probe = new ContinuousPing(vm('a1').ns, vm('b1').ip);
    const agent = 'host-agent-cn1-1';
    try {
      await probe.waitForReplyAfter(0, 10_000);
      await c().crash(agent);
      await sleep(1_000);
      // The restarted process: its saved routers are programmed (additively) before it connects.
      await c().startService(agent);
      await c().waitFor(agent, /welcomed by controller/, 30_000);
      await c().waitFor(agent, /caught up with the controller/, 30_000);
      await sleep(1_000);
    } finally {
      await probe.stop();
    }
    report(`host-agent restart on the routing host: ${probe.replies.length} routed echo replies a1 → b1, lost ${probe.lost().length}`);
    expect(probe.replies.length).toBeGreaterThan(20);
    expect(probe.lost()).toEqual([]);
    expect(await routerNamespaces('cn1-1')).toHaveLength(1);
  });

  it('removing an interface stops the routed traffic and takes the router off hosts left without ports behind it', async () => {
    const a1 = vm('a1');
    const b1 = vm('b1');
    expect(await c().underlay.waitForPing(a1, b1.ip, 5_000)).toBeDefined();
    await c().central.put(`/v2.0/routers/${router.id}/remove_router_interface`, { subnet_id: net2.subnetId });
    await eventually(async () => ((await c().underlay.ping(a1, b1.ip, 1)) ? undefined : true), 15_000, 'a1 → b1 unreachable');
    // b1's host (only net2) no longer routes; a1's host keeps no leg into net2.
    await eventually(async () => ((await routerNamespaces('cn2-2')).length === 0 ? true : undefined), 15_000, 'cn2-2 left the router');
    await eventually(async () => ((await routerNamespaces('cn1-1')).length === 0 ? true : undefined), 15_000, 'cn1-1: a router with one interface routes nothing');
    expect(await c().underlay.ping(a1, b1.ip, 1)).toBe(false);
  });
});
