import type { Endpoints } from '../cli-io';
import { requestJson } from '../http';
import { table } from '../table';

export interface Whereabouts {
  portId: string;
  networkId: string;
  vni: number;
  mac: string;
  ips: string[];
  seq: number;
  activeHost: string | null;
  vtep: string | null;
  bindings: Array<{ host: string; inactive: boolean }>;
  heldBy: Array<{ host: string; ackedRevision: number | null }>;
}

const MAC = /^[0-9a-f]{2}([:-][0-9a-f]{2}){5}$/i;
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;

/** What `thing` is: a MAC, an IP address (v4 or v6), or else a port id. */
export function classify(thing: string): 'mac' | 'ip' | 'port' {
  if (MAC.test(thing)) return 'mac';
  if (IPV4.test(thing) || (thing.includes(':') && /^[0-9a-f:.]+$/i.test(thing))) return 'ip';
  return 'port';
}

export async function findWhere(endpoints: Endpoints, thing: string): Promise<{ revision: number; ports: Whereabouts[] }> {
  const kind = classify(thing);
  const value = kind === 'mac' ? thing.replaceAll('-', ':').toLowerCase() : thing;
  return requestJson(endpoints, `${endpoints.controller}/v1/where?${kind}=${encodeURIComponent(value)}`);
}

export function renderWhere(thing: string, ports: readonly Whereabouts[]): string {
  if (ports.length === 0) return `${thing}: not known to the controller`;
  return ports
    .map((p) =>
      [
        `port ${p.portId}  network ${p.networkId}  vni ${p.vni}  mac ${p.mac}  ips ${p.ips.join(' ') || '-'}`,
        `  behind vtep ${p.vtep ?? '-'} (host ${p.activeHost ?? 'none active'}), mobility seq ${p.seq}`,
        `  bindings: ${p.bindings.map((b) => `${b.host}${b.inactive ? ' (inactive)' : ''}`).join(', ') || '-'}`,
        table(['  held by host', 'acked revision'], p.heldBy.map((h) => [`  ${h.host}`, h.ackedRevision])),
      ].join('\n'),
    )
    .join('\n\n');
}
