import { startEtcd, type EtcdCluster } from '@trellis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Fleet } from './harness/fleet';
import { fdbTarget, hasLocalPort, readHostState } from './harness/host-view';
import { eventually, http, ok } from './harness/http';
import { startCentral, startController, startHostAgent, type CentralEndpoints } from './harness/services';

// central-api ×2 on one etcd, vtep-controller ×2 (A follows central A's feed, B follows central
// B's: one revision space), three host-agents (memory dataplane) connected to A that fail over to
// B when A is SIGKILLed; then central B dies and controller B follows central A's feed from where
// it was. Everything is a real process on loopback.
const HOSTS = [
  { id: 'h1', vtep: '192.0.2.1' },
  { id: 'h2', vtep: '192.0.2.2' },
  { id: 'h3', vtep: '192.0.2.3' },
] as const;

let etcd: EtcdCluster | undefined;
const fleet = new Fleet();
let centralA: CentralEndpoints;
let centralB: CentralEndpoints;
let ctlA = '';
let ctlB = '';
const dataDirs = new Map<string, string>();
let vni = 0;
let networkId = '';

const call = async (method: string, base: CentralEndpoints, path: string, body?: unknown) => ok(await http(method, `${base.url}${path}`, body)).json;

/** A port on the test network, bound to `host` through the given replica. */
async function boundPort(via: CentralEndpoints, host: string): Promise<{ id: string; mac: string }> {
  const port = (await call('POST', via, '/v2.0/ports', { port: { network_id: networkId, name: `on-${host}` } })).port;
  await call('PUT', via, `/v2.0/ports/${port.id}`, { port: { 'binding:host_id': host } });
  return { id: port.id, mac: port.mac_address };
}

const vtepOf = (host: string) => HOSTS.find((h) => h.id === host)!.vtep;

/**
 * Waits until every other member of the VNI (hosts with a port in it) sends `mac` to the owner's
 * VTEP, and the owner holds the port as local.
 */
async function converged(owner: string, port: { id: string; mac: string }, members: readonly string[], what: string): Promise<void> {
  await eventually(async () => {
    for (const h of HOSTS.filter((x) => members.includes(x.id))) {
      const state = readHostState(dataDirs.get(h.id)!);
      if (h.id === owner ? !hasLocalPort(state, vni, port.id) : fdbTarget(state, vni, port.mac) !== vtepOf(owner)) return false;
    }
    return true;
  }, 20_000, what).catch((err: unknown) => {
    const states = HOSTS.map((h) => `${h.id}: ${JSON.stringify(readHostState(dataDirs.get(h.id)!))}`).join('\n');
    throw new Error(`${String(err)}\n${states}\nctl-a:\n${fleet.output('ctl-a').slice(-3000)}\nctl-b:\n${fleet.output('ctl-b').slice(-2000)}\nh1:\n${fleet.output('host-agent-h1').slice(-2000)}`);
  });
}

beforeAll(async () => {
  etcd = await startEtcd({ members: 1, unsafeNoFsync: true });
  const options = { etcdEndpoints: etcd.endpoints, prefix: '/controller-suite/' };
  [centralA, centralB] = await Promise.all([startCentral(fleet, 'central-a', options), startCentral(fleet, 'central-b', options)]);
  await call('POST', centralA, '/admin/v1/regions', { region: { name: 'RegionOne' } });
  await call('POST', centralA, '/admin/v1/availability_zones', { availability_zone: { name: 'az1' } });
  await call('POST', centralA, '/admin/v1/cells', { cell: { name: 'cell1', region: 'RegionOne', availability_zone: 'az1' } });
  for (const h of HOSTS) await call('POST', centralA, '/admin/v1/hosts', { host: { id: h.id, cell: 'cell1', vtep: h.vtep } });
  const net = (await call('POST', centralB, '/v2.0/networks', { network: { name: 'tenant' } })).network;
  networkId = net.id;
  vni = net['provider:segmentation_id'];
  await call('POST', centralB, '/v2.0/subnets', { subnet: { network_id: networkId, cidr: '10.50.0.0/24', ip_version: 4 } });
  [ctlA, ctlB] = await Promise.all([startController(fleet, 'ctl-a', [centralA.feedTarget]), startController(fleet, 'ctl-b', [centralB.feedTarget, centralA.feedTarget])]);
  for (const h of HOSTS) dataDirs.set(h.id, await startHostAgent(fleet, h.id, h.vtep, [ctlA, ctlB]));
  await Promise.all(HOSTS.map((h) => fleet.process(`host-agent-${h.id}`).waitFor(/welcomed by controller/, 30_000)));
});

afterAll(async () => {
  await fleet.stopAll();
  await etcd?.stop();
});

describe('vtep-controller replicas', () => {
  it('moves hosts to the surviving controller when one is killed; they resume by delta and stay correct', async () => {
    // Ports on h1 and h2 before the failover, bound through different central replicas.
    const p1 = await boundPort(centralA, 'h1');
    const p2 = await boundPort(centralB, 'h2');
    await converged('h1', p1, ['h1', 'h2'], 'h1 port on h1 and h2 (controller A)');
    await converged('h2', p2, ['h1', 'h2'], 'h2 port on h1 and h2 (controller A)');
    // h3 has no port on the network: it is not in the VNI (its snapshot is saved, without it).
    await eventually(async () => HOSTS.every((h) => readHostState(dataDirs.get(h.id)!)?.token !== undefined), 10_000, 'every host saved its state');
    expect(readHostState(dataDirs.get('h3')!)?.vnis.some((v) => v.vni === vni)).toBe(false);
    for (const h of HOSTS) expect(fleet.output(`host-agent-${h.id}`)).toContain(`"target":"${ctlA}"`);
    expect(fleet.output('ctl-b')).not.toMatch(/host resumed|host snapshot sent/);
    const tokens = new Map(HOSTS.map((h) => [h.id, readHostState(dataDirs.get(h.id)!)!.token!]));

    await fleet.kill('ctl-a');

    // Every host is welcomed by B without a snapshot, and B says it resumed them from its log.
    const welcomeByB = new RegExp(`"target":"${ctlB.replace(/\./g, '\\.')}".*"msg":"welcomed by controller"`);
    for (const h of HOSTS) {
      const line = await fleet.process(`host-agent-${h.id}`).waitFor(welcomeByB, 30_000);
      expect(line, `${h.id}: ${line}`).toContain('"snapshot":false');
      await fleet.process('ctl-b').waitFor(new RegExp(`"host":"${h.id}".*"msg":"host resumed from the delta log"`), 10_000);
    }
    expect(fleet.output('ctl-b')).not.toContain('host snapshot sent');
    // The token each host presented was issued by A; B honoured it (same epoch, same revisions).
    for (const h of HOSTS) expect(readHostState(dataDirs.get(h.id)!)!.token!.revision).toBeGreaterThanOrEqual(tokens.get(h.id)!.revision);

    // A port bound after the failover reaches every host through B, and the views kept what A sent.
    const p3 = await boundPort(centralA, 'h3');
    const all = HOSTS.map((h) => h.id);
    await converged('h3', p3, all, 'h3 port on every host (controller B)');
    await converged('h1', p1, all, 'h1 port on every host, h3 included (controller B)');
    await converged('h2', p2, all, 'h2 port on every host, h3 included (controller B)');
    for (const h of HOSTS) {
      const flood = readHostState(dataDirs.get(h.id)!)!.vnis.find((v) => v.vni === vni)!.flood.sort();
      expect(flood).toEqual(HOSTS.filter((o) => o.id !== h.id).map((o) => o.vtep).sort());
    }
    // h3's wiring report travels host → B → central: the port turns ACTIVE.
    await eventually(async () => (await call('GET', centralB, `/v2.0/ports/${p3.id}`)).port.status === 'ACTIVE', 20_000, 'p3 ACTIVE');
  });

  it("keeps the surviving controller current when its central replica dies: it resumes on the other replica's feed", async () => {
    await fleet.kill('central-b');
    const p4 = await boundPort(centralA, 'h2');
    await converged('h2', p4, HOSTS.map((h) => h.id), 'port bound through central A reaches every host (controller B, fed by A)');
    await fleet.process('ctl-b').waitFor(new RegExp(`"target":"${centralA.feedTarget}".*"msg":"feed connected"`), 10_000);
    // Resumed after its last revision: no feed snapshot, and the hosts were not re-snapshotted.
    expect(fleet.output('ctl-b')).not.toContain('host snapshot sent');
    await eventually(async () => (await call('GET', centralA, `/v2.0/ports/${p4.id}`)).port.status === 'ACTIVE', 20_000, 'p4 ACTIVE');
  });
});
