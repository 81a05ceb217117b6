import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { JsonApi } from './api-client';
import { pollUntil, type DemoCloud, type DemoInstance, type DemoNetwork } from './demo-cloud';
import { hostAgentDataDir } from './services';

/** A router as a host-agent persisted it (`host-state.json`, `routers`). */
interface SavedRouter {
  readonly routerId: string;
  readonly interfaces: ReadonlyArray<{ readonly vni: number; readonly cidr: string; readonly ip: string; readonly routerMac: string }>;
}

interface SavedState {
  readonly vnis: ReadonlyArray<{ readonly vni: number; readonly fdb: ReadonlyArray<readonly [string, string, number]>; readonly neigh: ReadonlyArray<readonly [string, string]> }>;
  readonly routers?: readonly SavedRouter[];
}

async function savedState(dataDir: string, hostId: string): Promise<SavedState> {
  try {
    return JSON.parse(await readFile(path.join(hostAgentDataDir(dataDir, hostId), 'host-state.json'), 'utf8')) as SavedState;
  } catch {
    return { vnis: [] };
  }
}

/** Removes routers an earlier demo run left (named with `prefix`): interfaces first, as Neutron wants. */
export async function cleanupRouters(central: JsonApi, prefix: string): Promise<number> {
  const { routers } = await central.get<{ routers: Array<{ id: string; name: string }> }>('/v2.0/routers');
  let removed = 0;
  for (const r of routers.filter((x) => x.name.startsWith(prefix))) {
    const { ports } = await central.get<{ ports: Array<{ id: string }> }>(`/v2.0/ports?device_id=${r.id}&device_owner=network:router_interface`);
    for (const p of ports) await central.put(`/v2.0/routers/${r.id}/remove_router_interface`, { port_id: p.id });
    await central.delete(`/v2.0/routers/${r.id}`);
    removed++;
  }
  return removed;
}

export interface RoutedStepOptions {
  readonly central: JsonApi;
  readonly cloud: DemoCloud;
  readonly dataDir: string;
  readonly hosts: readonly string[];
  readonly vtepOf: ReadonlyMap<string, string>;
  readonly print: (line: string) => void;
  readonly timeoutMs: number;
}

/**
 * The routed path of the demo: a second network with an instance in another cell, one router on
 * both subnets; then, from the host-agents' applied state, which hosts route for it and the path
 * of one packet: routed on the source host, bridged over one VXLAN hop to the destination's VTEP.
 */
export async function routedStep(o: RoutedStepOptions, from: DemoInstance, routedNet: DemoNetwork, to: DemoInstance): Promise<void> {
  const { central, print } = o;
  const { router } = await central.post<{ router: { id: string; name: string } }>('/v2.0/routers', { router: { name: 'demo-router' } });
  const subnetOf = async (net: DemoNetwork) => (await central.get<{ subnets: Array<{ id: string }> }>(`/v2.0/subnets?network_id=${net.id}`)).subnets[0].id;
  const started = Date.now();
  for (const net of [from.network, routedNet]) {
    await central.put(`/v2.0/routers/${router.id}/add_router_interface`, { subnet_id: await subnetOf(net) });
  }
  print(`  router ${router.name}: interfaces on ${from.network.name} (${from.network.cidr}) and ${routedNet.name} (${routedNet.cidr})`);
  const routing = [from.host, to.host];
  const states = await pollUntil(
    async () => {
      const all = await Promise.all(o.hosts.map(async (h) => [h, await savedState(o.dataDir, h)] as const));
      const ready = routing.every((h) => {
        const s = all.find(([id]) => id === h)![1];
        return s.routers?.some((r) => r.routerId === router.id) && s.vnis.some((v) => v.vni === routedNet.vni) && s.vnis.some((v) => v.vni === from.network.vni);
      });
      return ready ? all : undefined;
    },
    o.timeoutMs,
    'the router on the hosts behind it',
  );
  print(`  every host with a port behind the router holds it ${Date.now() - started} ms after the first interface was added:`);
  for (const [h, s] of states) {
    const r = s.routers?.find((x) => x.routerId === router.id);
    const gateways = r ? r.interfaces.map((i) => `${i.ip} (${i.routerMac}, VNI ${i.vni})`).join(', ') : '(does not route for it)';
    print(`    ${h.padEnd(12)} anycast gateways: ${gateways}; VNIs held: ${s.vnis.map((v) => v.vni).join(', ') || '(none)'}`);
  }
  const hop = (host: string, dst: DemoInstance) => {
    const s = states.find(([id]) => id === host)![1];
    const table = s.vnis.find((v) => v.vni === dst.network.vni);
    const mac = table?.neigh.find(([ip]) => ip === dst.ip)?.[1];
    const vtep = table?.fdb.find(([m]) => m === mac)?.[1];
    const r = s.routers?.find((x) => x.routerId === router.id);
    const gw = r?.interfaces.find((i) => i.vni === dst.network.vni);
    return `${host} routes out of gateway ${gw?.ip ?? '?'} into VNI ${dst.network.vni}: neighbour ${dst.ip} → ${mac ?? '?'} (VNI ${dst.network.vni}'s table), FDB → ${vtep ?? '?'} (${dst.host}): one VXLAN hop`;
  };
  print(`  ${from.name} (${from.ip}, ${from.host}) → ${to.name} (${to.ip}, ${to.host}), asymmetric IRB:`);
  print(`    request: ${hop(from.host, to)}`);
  print(`    reply:   ${hop(to.host, from)}`);
  print(`  gateway ARP is answered on each host and never crosses VXLAN (the host-agents' VXLAN guards)`);
}
