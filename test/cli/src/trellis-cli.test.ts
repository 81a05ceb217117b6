import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '@trellis/cli/src/program';
import { freePort, spawnNode, tempDir, type NodeProcess } from '@trellis/testkit';
import { TestHost, waitFor } from '@trellis/vtep-controller/src/testing/test-host';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The `trellis` CLI against real central-api and vtep-controller processes. The two hosts are
// protocol-level test hosts, so a test can make one report a digest that disagrees (a host that
// lost an entry) and watch `trellis doctor` name it and repair it.
const dir = tempDir('trellis-ops-cli-');
const procs: NodeProcess[] = [];
const hosts: TestHost[] = [];
let central = '';
let controllerOps = '';
let controllerTarget = '';
const ports: Record<string, { id: string; mac_address: string; fixed_ips: Array<{ ip_address: string }> }> = {};

function start(name: string, entry: string, configEnv: string, config: object): NodeProcess {
  const file = path.join(dir.path, `${name}.json`);
  writeFileSync(file, JSON.stringify(config));
  const p = spawnNode(entry, { env: { [configEnv]: file } });
  procs.push(p);
  return p;
}

async function post<T>(pathname: string, body: unknown): Promise<T> {
  const res = await fetch(`${central}${pathname}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  if (res.status !== 201) throw new Error(`${pathname}: ${res.status} ${await res.text()}`);
  return (await res.json()) as T;
}

async function trellis(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const env = { TRELLIS_CENTRAL_URL: central, TRELLIS_CONTROLLER_URL: controllerOps };
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s), errIsTty: false, env });
  return { code, out, err };
}

beforeAll(async () => {
  const [rest, feed, grpc, ops] = await Promise.all([freePort(), freePort(), freePort(), freePort()]);
  central = `http://127.0.0.1:${rest}`;
  controllerOps = `http://127.0.0.1:${ops}`;
  controllerTarget = `127.0.0.1:${grpc}`;
  const c = start('central-api', 'apps/central-api/src/main.ts', 'TRELLIS_CENTRAL_CONFIG', {
    listen: { host: '127.0.0.1', port: rest }, grpc: { listen: `127.0.0.1:${feed}` }, dataDir: path.join(dir.path, 'central'),
  });
  await c.waitFor(/central-api ready:/, 60_000);
  await post('/admin/v1/regions', { region: { name: 'RegionOne' } });
  await post('/admin/v1/availability_zones', { availability_zone: { name: 'az1' } });
  await post('/admin/v1/cells', { cell: { name: 'cell1', region: 'RegionOne', availability_zone: 'az1' } });
  await post('/admin/v1/hosts', { host: { id: 'host-a', cell: 'cell1', vtep: '192.0.2.1' } });
  await post('/admin/v1/hosts', { host: { id: 'host-b', cell: 'cell1', vtep: '192.0.2.2' } });
  const ctl = start('vtep-controller', 'apps/vtep-controller/src/main.ts', 'TRELLIS_VTEP_CONTROLLER_CONFIG', {
    listen: { host: '127.0.0.1', port: grpc }, ops: { enabled: true, port: ops }, feedTargets: [`127.0.0.1:${feed}`], dataDir: path.join(dir.path, 'controller'),
  });
  await ctl.waitFor(/vtep-controller ops listener/, 60_000);

  const { network } = await post<{ network: { id: string } }>('/v2.0/networks', { network: { name: 'ops' } });
  await post('/v2.0/subnets', { subnet: { network_id: network.id, cidr: '203.0.113.0/24', ip_version: 4 } });
  for (const h of ['host-a', 'host-b']) {
    const { port } = await post<{ port: (typeof ports)[string] }>('/v2.0/ports', { port: { network_id: network.id, 'binding:host_id': h, device_owner: 'compute:az1' } });
    ports[h] = port;
  }
  for (const [id, vtep] of [['host-a', '192.0.2.1'], ['host-b', '192.0.2.2']]) hosts.push(new TestHost(id, vtep).connect(controllerTarget));
  await waitFor(() => hosts.every((t) => t.view.size === 1 && [...t.view.values()][0].fdb.size === 1), 'both hosts to hold the other port', 30_000);
}, 120_000);

afterAll(async () => {
  for (const t of hosts) t.close();
  for (const p of procs.reverse()) await p.stop(10_000);
  dir.remove();
}, 60_000);

describe('trellis CLI', () => {
  it('topology shows regions, cells and hosts; --json gives the same as data', async () => {
    const text = await trellis('topology');
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/region RegionOne\n {2}cell cell1 \(az az1\)\n {4}host host-a {2}vtep 192\.0\.2\.1/);
    const json = await trellis('--json', 'topology');
    expect(JSON.parse(json.out).hosts.map((h: { id: string }) => h.id).sort()).toEqual(['host-a', 'host-b']);
  });

  it('hosts list and show read the controller; where finds a MAC, an IP and a port id', async () => {
    const list = JSON.parse((await trellis('--json', 'hosts')).out) as { hosts: Array<{ host: string; connected: boolean; spanVnis: number }> };
    expect(list.hosts.map((h) => [h.host, h.connected, h.spanVnis])).toEqual([['host-a', true, 1], ['host-b', true, 1]]);
    const show = await trellis('hosts', 'show', 'host-b');
    expect(show.out).toContain(ports['host-a'].mac_address);
    expect(show.out).toMatch(/flood: 192\.0\.2\.1/);

    const a = ports['host-a'];
    for (const thing of [a.mac_address.toUpperCase(), a.fixed_ips[0].ip_address, a.id]) {
      const r = JSON.parse((await trellis('--json', 'where', thing)).out) as { ports: Array<{ portId: string; activeHost: string; vtep: string; heldBy: Array<{ host: string }> }> };
      expect(r.ports.map((p) => [p.portId, p.activeHost, p.vtep, p.heldBy.map((h) => h.host)])).toEqual([[a.id, 'host-a', '192.0.2.1', ['host-b']]]);
    }
    const missing = await trellis('where', 'fa:16:3e:ff:ff:ff');
    expect([missing.code, missing.out.trim()]).toEqual([1, 'fa:16:3e:ff:ff:ff: not known to the controller']);
  });

  it('doctor names a host whose digests diverge, and --repair brings it back', async () => {
    const healthy = await trellis('doctor');
    expect([healthy.code, healthy.out]).toEqual([0, expect.stringContaining('every host agrees with the controller')]);

    const b = hosts[1];
    b.send({ digests: { revision: b.token!.revision, vnis: [...b.view.keys()].map((vni) => ({ vni, digest: 2048, entries: 0 })) } });
    let found = { code: 0, out: '' };
    for (let i = 0; i < 50 && found.code === 0; i++) {
      found = await trellis('--json', 'doctor');
      if (found.code === 0) await new Promise((r) => setTimeout(r, 100));
    }
    expect(found.code).toBe(1);
    expect(JSON.parse(found.out).findings).toMatchObject([{ host: 'host-b', problem: 'divergent' }]);

    // The repaired host reports again once its tables were resent, as a real host-agent does on its timer.
    const before = b.received.length;
    const reported = waitFor(() => b.received.length > before, 'resync', 10_000).then(() => b.send(b.digests()));
    const repaired = await trellis('doctor', '--repair', '--wait', '10');
    await reported;
    expect(repaired.code).toBe(0);
    expect(repaired.out).toMatch(/resynced host-b: VNIs \d+/);
    expect(repaired.out).toContain('repaired hosts now agree');
    expect(repaired.err).toMatch(/resyncing \[#+\] 1\/1/);
  });

  it('watch prints committed changes as they happen and stops after --count', async () => {
    const watching = trellis('watch', '--count', '1', '--collections', 'networks');
    await new Promise((r) => setTimeout(r, 500));
    const { network } = await post<{ network: { id: string } }>('/v2.0/networks', { network: { name: 'watched' } });
    const w = await watching;
    expect(w.code).toBe(0);
    expect(w.out).toMatch(new RegExp(`rev \\d+ {2}put {4}networks/${network.id}`));
  });

  it('an unreachable endpoint is exit 2 with the URL named; bad usage is exit 2', async () => {
    let downErr = '';
    const down = await runCli(['--controller', 'http://127.0.0.1:9', 'hosts'], { out: () => undefined, err: (s) => (downErr += s), errIsTty: false, env: {} });
    expect(down).toBe(2);
    expect(downErr).toMatch(/cannot reach http:\/\/127\.0\.0\.1:9\/v1\/hosts/);
    expect((await trellis('no-such-command')).code).toBe(2);
  });
});
