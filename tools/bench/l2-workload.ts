import { binding, host, network, port } from '@trellis/vtep-controller/src/testing/fixtures';
import type { Host, Network, Port } from '@trellis/domain';

/** Size of the simulated deployment. */
export interface L2Workload {
  hosts: number;
  cells: number;
  vnis: number;
  vnisPerHost: number;
  portsPerHostVni: number;
  /**
   * Total ports, instead of `portsPerHostVni` per (host, VNI) pair: spread over the pairs round
   * robin (for scaling curves, where ports and hosts vary independently).
   */
  totalPorts?: number;
}

/** How many ports the workload has. */
export const portCount = (w: L2Workload) => w.totalPorts ?? w.hosts * w.vnisPerHost * w.portsPerHostVni;

/** The reference size: 1,000 hosts in 10 cells, 200 VNIs, 5 per host, 50,000 ports. */
export const REFERENCE: L2Workload = { hosts: 1000, cells: 10, vnis: 200, vnisPerHost: 5, portsPerHostVni: 10 };

export const hostId = (i: number) => `h${i}`;
export const hostVtep = (i: number) => `10.${1 + (i >> 16)}.${(i >> 8) & 255}.${i & 255}`;
/** Hosts fill cells in blocks, so the members of a VNI (spread by stride) sit in many cells. */
export const cellOf = (w: L2Workload, i: number) => Math.floor((i * w.cells) / w.hosts);
export const vniOf = (v: number) => 1000 + v;
export const hostVnis = (w: L2Workload, i: number) => Array.from({ length: w.vnisPerHost }, (_, j) => (i * w.vnisPerHost + j) % w.vnis);

export function hostValue(i: number, w: L2Workload): Host {
  return host(hostId(i), hostVtep(i), `cell${cellOf(w, i)}`);
}

export function networkValue(v: number): Network {
  return network(`net${v}`, vniOf(v));
}

/** Port number n (a counter): a unique MAC and IPv4 address. */
export function portValue(n: number, v: number, hostIndex: number, seq = 0): Port {
  const mac = `fa:16:3e:${((n >> 16) & 255).toString(16).padStart(2, '0')}:${((n >> 8) & 255).toString(16).padStart(2, '0')}:${(n & 255).toString(16).padStart(2, '0')}`;
  const ip = `10.${128 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${n & 255}`;
  return port({ id: `p${n}`, networkId: `net${v}`, mac, ips: [ip], bindings: [binding(hostId(hostIndex))], seq });
}

/** Every port of the workload, as (port number, VNI index, host index). */
export function* portsOf(w: L2Workload): Iterable<{ n: number; v: number; h: number }> {
  if (w.totalPorts !== undefined) {
    const pairs = w.hosts * w.vnisPerHost;
    for (let n = 0; n < w.totalPorts; n++) {
      const pair = n % pairs;
      const h = Math.floor(pair / w.vnisPerHost);
      yield { n, v: hostVnis(w, h)[pair % w.vnisPerHost], h };
    }
    return;
  }
  let n = 0;
  for (let h = 0; h < w.hosts; h++) for (const v of hostVnis(w, h)) for (let k = 0; k < w.portsPerHostVni; k++) yield { n: n++, v, h };
}
