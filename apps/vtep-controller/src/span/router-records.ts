import type { RouterResource } from '@trellis/feed';
import { canonicalCidr, canonicalIp } from '@trellis/l2';
import { normalizeMac } from '@trellis/domain';
import type { RecordRejected, SubnetRecord as FullSubnetRecord } from './records';

/** What the routing span needs of a router: its interfaces and extra routes (canonical text). */
export interface RouterRecord {
  readonly id: string;
  readonly adminStateUp: boolean;
  readonly interfaces: ReadonlyArray<{ readonly portId: string; readonly subnetId: string; readonly networkId: string; readonly ip: string; readonly mac: string }>;
  readonly routes: ReadonlyArray<{ readonly destination: string; readonly nexthop: string }>;
}

/** What the routing span uses of a subnet: the one subnet record of the span (records.ts). */
export type SubnetRecord = Pick<FullSubnetRecord, 'id' | 'networkId' | 'cidr'>;

export function routerRecordOf(r: RouterResource): RouterRecord | RecordRejected {
  const interfaces: Array<RouterRecord['interfaces'][number]> = [];
  for (const i of r.interfaces) {
    const mac = normalizeMac(i.macAddress);
    if (mac === undefined) return { rejected: `interface mac_address ${i.macAddress.slice(0, 64)} is not a MAC` };
    const ip = safe(() => canonicalIp(i.ipAddress));
    if (ip === undefined) return { rejected: `interface ip_address ${i.ipAddress.slice(0, 64)} is not an IP address` };
    interfaces.push({ portId: i.portId, subnetId: i.subnetId, networkId: i.networkId, ip, mac });
  }
  const routes: Array<RouterRecord['routes'][number]> = [];
  for (const x of r.routes) {
    const destination = safe(() => canonicalCidr(x.destination));
    const nexthop = safe(() => canonicalIp(x.nexthop));
    if (destination === undefined || nexthop === undefined) return { rejected: `route ${x.destination.slice(0, 64)} via ${x.nexthop.slice(0, 64)} does not parse` };
    routes.push({ destination, nexthop });
  }
  return { id: r.id, adminStateUp: r.adminStateUp, interfaces, routes };
}

/** Records are plain JSON values with lists in a fixed order: equal text, equal record. */
export function routingRecordsEqual(a: RouterRecord | SubnetRecord | undefined, b: RouterRecord | SubnetRecord | undefined): boolean {
  if (a === undefined || b === undefined) return a === b;
  return JSON.stringify(a) === JSON.stringify(b);
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch {
    return undefined;
  }
}
