import { beforeAll, describe, expect, it } from 'vitest';
import { ApiError, eventually } from './api';
import { allTables, bindVm, bridgeName, centralPort, createNetwork, createVmPort, plugVm, portStatus, waitActive, type TenantNetwork } from './cloud';
import { ContinuousPing } from './probe';
import { useDataplaneCluster } from './fixture';

// Real kernel VXLAN across cells: every frame between hosts follows FDB/flood entries that the
// host-agents installed (the devices are nolearning, nothing is multicast).
const report = (line: string) => process.stdout.write(`[dataplane] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const mentions = (text: string, token: string) => new RegExp(`(^|\\s)${token.replaceAll('.', '\\.')}(\\s|$)`, 'm').test(text);

describe('dataplane: connectivity, scoping, migration and deletes across cells (root)', () => {
  const { c, vm, vms, boot, lease } = useDataplaneCluster('trdpc');
  let global: TenantNetwork;

  beforeAll(async () => {
    global = await createNetwork(c().central, 'dp-global', '10.91.0.0/24');
  }, 180_000);

  // The suite's one test with statically addressed instances (g2, g3; every other instance boots
  // by DHCP). It shows that L2 across cells works on the host-agents' FDB and neighbour entries
  // alone, with no DHCP involved, and it measures bind → first echo reply with a probe running
  // before the bind: that needs the destination's address on eth0 before its port is bound,
  // which a DHCP guest cannot have (no host serves a lease for a port that is not bound yet).
  it('instances on one global network in cell1, cell2 and cell3 all reach each other (g2 and g3 statically addressed)', async () => {
    const [g1] = await boot({ name: 'g1', network: global, host: 'cn1-1' });
    let previous = g1;
    for (const [name, host] of [['g2', 'cn2-1'], ['g3', 'cn3-1']] as const) {
      const next = await plugVm(c(), name, global, host, { addressing: 'static' });
      vms.set(name, next);
      const probe = new ContinuousPing(previous.ns, next.ip);
      try {
        const boundAt = await bindVm(c(), next);
        const reply = await probe.waitForReplyAfter(boundAt, 30_000);
        report(`initial convergence ${name} on ${host}: bind → first echo reply from ${previous.name} in ${Math.round(reply.atMs - boundAt)} ms`);
      } finally {
        await probe.stop();
      }
      await waitActive(c().central, next.portId);
      previous = next;
    }
    for (const a of ['g1', 'g2', 'g3']) {
      for (const b of ['g1', 'g2', 'g3']) {
        if (a === b) continue;
        expect(await c().underlay.waitForPing(vm(a), vm(b).ip, 10_000), `${a} → ${b}`).toBeDefined();
      }
    }
  });

  it('a tap that appears after the bind, plugged by os-vif into the network bridge, makes the port ACTIVE within 1 s', async () => {
    const host = c().host('cn1-2');
    const br = bridgeName(global);
    const vx = `vxlan-${global.vni}`;
    const g4 = await createVmPort(c(), 'g4', global, 'cn1-2');
    vms.set('g4', g4);
    // os-vif may plug before the host-agent hears of the port: it creates the bridge, which the agent must adopt.
    await c().underlay.ensureBridge(host, br);
    await bindVm(c(), g4);
    const bound = await centralPort(c().central, g4.portId);
    expect(bound['binding:vif_type']).toBe('bridge');
    expect(bound['binding:vif_details']).toEqual({ port_filter: true, connectivity: 'l2', bridge_name: br });
    await eventually(async () => ((await c().underlay.link(host, vx))?.master === br ? true : undefined), 15_000, `${vx} enslaved to ${br}`);
    expect(await portStatus(c().central, g4.portId), 'no tap yet').toBe('BUILD');

    // libvirt starts the guest: the tap appears and is plugged into bridge_name. The host-agent's
    // periodic re-check is 30 s away: only the netlink link event can make this fast.
    // Polled while the tap is being created and configured: the figure runs from the start of
    // the command that creates the tap (an upper bound of tap appeared → ACTIVE).
    const createdAt = performance.now();
    const attached = c().underlay.attachTap(g4, br);
    // Its failure is awaited below; not an unhandled rejection meanwhile.
    attached.catch(() => undefined);
    let activeAt: number | undefined;
    while (activeAt === undefined && performance.now() - createdAt < 10_000) {
      if ((await portStatus(c().central, g4.portId)) === 'ACTIVE') activeAt = performance.now();
      else await sleep(10);
    }
    await attached;
    expect(activeAt, 'port ACTIVE after its tap appeared').toBeDefined();
    const elapsedMs = activeAt! - createdAt;
    report(`tap created after the bind (os-vif plug into ${br}): tap created → port ACTIVE at central in ${Math.round(elapsedMs)} ms`);
    expect(elapsedMs).toBeLessThan(1_000);
    // The guest boots: its DHCP client gets the address from cn1-2.
    await lease(g4);

    expect(await c().underlay.waitForPing(g4, vm('g3').ip, 10_000), 'g4 → g3 through the adopted bridge').toBeDefined();
    expect((await c().underlay.link(host, g4.tap))?.master).toBe(br);
  });

  it('an az1-scoped network cannot be bound in az2, and other VNIs cannot reach it', async () => {
    const az1 = await createNetwork(c().central, 'dp-az1', '10.92.0.0/24', ['az1']);
    const other = await createNetwork(c().central, 'dp-other', '10.92.0.0/24');
    expect(other.vni).not.toBe(az1.vni);

    // Binding in az2 (cell2) is refused at central with an error that names host and scope.
    const { port } = await c().central.post<{ port: { id: string } }>('/v2.0/ports', { port: { network_id: az1.id, name: 'az2-probe' } });
    const refusal = await c()
      .central.put(`/v2.0/ports/${port.id}`, { port: { 'binding:host_id': 'cn2-1' } })
      .then(() => undefined, (err: unknown) => err);
    expect(refusal).toBeInstanceOf(ApiError);
    expect((refusal as ApiError).status).toBeGreaterThanOrEqual(400);
    expect((refusal as ApiError).status).toBeLessThan(500);
    expect((refusal as ApiError).detail).toMatch(/cn2-1/);
    expect((refusal as ApiError).detail).toMatch(/az1/);
    await c().central.delete(`/v2.0/ports/${port.id}`);
    // RegionTwo's local Neutron does not even see it.
    const hidden = await c()
      .regions.get('RegionTwo')!
      .get(`/v2.0/networks/${az1.id}`)
      .then(() => undefined, (err: unknown) => err);
    expect((hidden as ApiError).status).toBe(404);
    report(`az1 network bound in az2: ${(refusal as ApiError).status} ${(refusal as ApiError).type}: ${(refusal as ApiError).detail}`);

    // Same CIDR, another VNI, an address of its own (requested, then leased); one member on a
    // host that also serves az1, where two dnsmasq in two namespaces serve the same CIDR.
    const [a1, a2, o1, o2] = await boot(
      { name: 'a1', network: az1, host: 'cn1-1' },
      { name: 'a2', network: az1, host: 'cn1-2' },
      { name: 'o1', network: other, host: 'cn1-2', fixedIp: '10.92.0.200' },
      { name: 'o2', network: other, host: 'cn2-1', fixedIp: '10.92.0.201' },
    );
    expect(await c().underlay.waitForPing(a1, a2.ip, 15_000), 'a1 → a2 inside az1').toBeDefined();
    expect(await c().underlay.waitForPing(o1, o2.ip, 15_000), 'o1 → o2 on the other network').toBeDefined();
    for (const [from, to] of [[o1, a1], [o1, a2], [o2, a1], [a1, o1]] as const) {
      expect(await c().underlay.ping(from, to.ip, 1), `${from.name} → ${to.name} across VNIs`).toBe(false);
    }
  });

  it('migrates an instance from a cell1 host to a cell2 host through the port-bindings API', async () => {
    const g1 = vm('g1');
    const g3 = vm('g3');
    const bindings = `/v2.0/ports/${g1.portId}/bindings`;
    const probe = new ContinuousPing(g3.ns, g1.ip);
    try {
      await probe.waitForReplyAfter(0, 15_000);
      const { binding } = await c().central.post<{ binding: { status: string } }>(bindings, { binding: { host: 'cn2-2' } });
      expect(binding.status).toBe('INACTIVE');
      // The destination pre-joins the VNI: its VXLAN device appears before activation.
      await eventually(async () => ((await c().underlay.fdb(c().host('cn2-2'), global.vni)).length > 0 ? true : undefined), 15_000, 'cn2-2 pre-joined');
      const moved = await c().underlay.moveInstance(g1, c().host('cn2-2'));
      vms.set('g1', { ...g1, ...moved });
      const activatedAt = Date.now();
      await c().central.put(`${bindings}/cn2-2/activate`);
      const reply = await probe.waitForReplyAfter(activatedAt, 30_000);
      const lastBefore = probe.lastReplyBefore(activatedAt);
      report(`migration gap cn1-1 → cn2-2: activation → first echo reply ${Math.round(reply.atMs - activatedAt)} ms (last reply before the move → first after: ${lastBefore ? Math.round(reply.atMs - lastBefore.atMs) : '?'} ms)`);
      await c().central.delete(`${bindings}/cn1-1`);
      await waitActive(c().central, g1.portId);
    } finally {
      await probe.stop();
    }
    const fdb = await c().underlay.fdb(c().host('cn3-1'), global.vni);
    expect(fdb.some((l) => l.startsWith(g1.mac) && l.includes('dst 198.51.100.22'))).toBe(true);
    expect(fdb.some((l) => l.startsWith(g1.mac) && l.includes('dst 198.51.100.11'))).toBe(false);
    expect(await c().underlay.waitForPing(vm('g2'), g1.ip, 10_000), 'g2 → g1 after migration').toBeDefined();
    // cn1-1 had no other port on the global network: it left the VNI.
    await eventually(async () => ((await c().underlay.fdb(c().host('cn1-1'), global.vni)).length === 0 ? true : undefined), 15_000, 'cn1-1 left the VNI');
  });

  it('port delete removes the MAC and IP from every host FDB and neighbour table', async () => {
    const g2 = vm('g2');
    const before = await allTables(c());
    const holders = [...before].filter(([, text]) => mentions(text, g2.mac)).map(([host]) => host);
    expect(holders.length).toBeGreaterThanOrEqual(2);
    const deletedAt = Date.now();
    await c().regionOf('cn2-1').delete(`/v2.0/ports/${g2.portId}`);
    let leftovers: string[] = [];
    await eventually(
      async () => {
        leftovers = [];
        for (const [host, text] of await allTables(c())) {
          for (const line of text.split('\n')) if (mentions(line, g2.mac) || mentions(line, g2.ip)) leftovers.push(`${host}: ${line}`);
        }
        return leftovers.length === 0 ? true : undefined;
      },
      20_000,
      `${g2.mac} / ${g2.ip} gone from every host`,
    ).catch((err: Error) => {
      throw new Error(`${err.message}; left: ${leftovers.join(' | ')}`);
    });
    report(`port delete: ${g2.mac} gone from ${holders.length} hosts' tables ${Date.now() - deletedAt} ms after the DELETE`);
    expect(await c().underlay.ping(vm('g3'), g2.ip, 1)).toBe(false);
    // cn2-1 left the VNI: its VXLAN device and the emptied bridge are gone; the tap is Nova's and stays, unplugged.
    const cn21 = c().host('cn2-1');
    await eventually(async () => ((await c().underlay.link(cn21, `vxlan-${global.vni}`)) === undefined ? true : undefined), 15_000, 'cn2-1 left the VNI');
    const tap = await c().underlay.link(cn21, g2.tap);
    expect(tap, `${g2.tap} still exists`).toBeDefined();
    expect(tap!.master).toBeUndefined();
    expect(await c().underlay.link(cn21, bridgeName(global))).toBeUndefined();
  });
});
