import { getJson } from './rest';
import type { Workload } from './workload';

/**
 * Every acknowledged write, as the store holds it now: acknowledged ports present with their
 * MAC, IP, network and binding host (one of two after a move of unknown outcome), acknowledged
 * deletes absent, acknowledged networks present with their VNI. Returns the problems found and
 * how many acknowledged facts were checked.
 */
export async function checkLedger(centralUrl: string, w: Workload): Promise<{ problems: string[]; checked: number }> {
  const problems: string[] = [];
  let checked = 0;
  for (const n of w.networks) {
    checked++;
    const res = await getJson(`${centralUrl}/v2.0/networks/${n.id}`);
    if (res.status !== 200) problems.push(`network ${n.id}: HTTP ${res.status}`);
    else if (res.json.network['provider:segmentation_id'] !== n.vni) problems.push(`network ${n.id}: VNI ${res.json.network['provider:segmentation_id']}, acknowledged ${n.vni}`);
  }
  for (const p of w.ports) {
    if (p.state === 'maybe-gone') continue;
    checked++;
    const res = await getJson(`${centralUrl}/v2.0/ports/${p.id}`);
    if (p.state === 'gone') {
      if (res.status !== 404) problems.push(`port ${p.id}: deleted (acknowledged) but HTTP ${res.status}`);
      continue;
    }
    if (res.status !== 200) {
      problems.push(`port ${p.id}: acknowledged but HTTP ${res.status}`);
      continue;
    }
    const got = res.json.port;
    const ip = got.fixed_ips[0]?.ip_address ?? '';
    if (got.mac_address !== p.mac || ip !== p.ip || got.network_id !== p.networkId) {
      problems.push(`port ${p.id}: ${got.mac_address} ${ip} ${got.network_id}, acknowledged ${p.mac} ${p.ip} ${p.networkId}`);
    }
    if (!p.hosts.includes(got['binding:host_id'])) problems.push(`port ${p.id}: bound to ${got['binding:host_id']}, acknowledged ${p.hosts.join(' or ')}`);
  }
  return { problems, checked };
}

/** No MAC twice in a network, no IP twice in a subnet, no VNI twice, over everything central holds. */
export async function checkUniqueness(centralUrl: string): Promise<{ problems: string[]; ports: number; networks: number }> {
  const problems: string[] = [];
  const ports = (await getJson(`${centralUrl}/v2.0/ports`)).json.ports as Array<{ id: string; network_id: string; mac_address: string; fixed_ips: Array<{ subnet_id: string; ip_address: string }> }>;
  const networks = (await getJson(`${centralUrl}/v2.0/networks`)).json.networks as Array<{ id: string; 'provider:segmentation_id': number }>;
  const seen = new Map<string, string>();
  const once = (key: string, owner: string) => {
    const other = seen.get(key);
    if (other !== undefined && other !== owner) problems.push(`${key} held by ${other} and ${owner}`);
    seen.set(key, owner);
  };
  for (const p of ports) {
    once(`mac ${p.network_id}/${p.mac_address}`, p.id);
    for (const ip of p.fixed_ips) once(`ip ${ip.subnet_id}/${ip.ip_address}`, p.id);
  }
  for (const n of networks) once(`vni ${n['provider:segmentation_id']}`, n.id);
  return { problems, ports: ports.length, networks: networks.length };
}
