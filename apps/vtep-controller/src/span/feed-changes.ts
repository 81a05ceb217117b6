import { Collections, type Host, type Network, type Port, type Subnet } from '@trellis/domain';
import type { ResourceChange } from '@trellis/feed';
import { hostRecord, hostRecordOf, isRecordRejected, networkRecord, networkRecordOf, portRecord, portRecordOf, subnetRecordOf, type RecordRejected, type SubnetRecord } from './records';
import { routerRecordOf, type RouterRecord } from './router-records';
import type { RecordChange } from './span-index';

/** A change the controller refused: what and why (it keeps what it held for that id). */
export interface RejectedChange {
  readonly kind: string;
  readonly id: string;
  readonly reason: string;
}

export const isRejectedChange = (c: RecordChange | RejectedChange): c is RejectedChange => 'reason' in c;

const rejectedOr = <T extends RecordChange>(kind: string, id: string, r: object, make: () => T): T | RejectedChange =>
  isRecordRejected(r) ? { kind, id, reason: (r as RecordRejected).rejected } : make();

/**
 * Turns one change of the feed v2 (a checked spec resource) into the span engine's input.
 * Status kinds give undefined (the controller does not subscribe to them). A resource whose
 * VTEP, MAC or IPs do not parse is rejected: never taken for a delete.
 */
export function resourceRecordChange(change: ResourceChange): RecordChange | RejectedChange | undefined {
  if (change.type === 'delete') {
    if (change.kind === 'host' || change.kind === 'network' || change.kind === 'port' || change.kind === 'router' || change.kind === 'subnet') {
      return { kind: change.kind, id: change.id, record: undefined } as RecordChange;
    }
    return undefined;
  }
  const r = change.resource;
  switch (r.kind) {
    case 'host': {
      const record = hostRecordOf(r);
      return rejectedOr('host', r.id, record, () => ({ kind: 'host', id: r.id, record: record as ReturnType<typeof hostRecord> }));
    }
    case 'network':
      return { kind: 'network', id: r.id, record: networkRecordOf(r) };
    case 'port': {
      const record = portRecordOf(r);
      return rejectedOr('port', r.id, record, () => ({ kind: 'port', id: r.id, record: record as ReturnType<typeof portRecord> }));
    }
    case 'router': {
      const record = routerRecordOf(r);
      return rejectedOr('router', r.id, record, () => ({ kind: 'router', id: r.id, record: record as RouterRecord }));
    }
    case 'subnet': {
      const record = subnetRecordOf(r);
      return rejectedOr('subnet', r.id, record, () => ({ kind: 'subnet', id: r.id, record: record as SubnetRecord }));
    }
    default:
      return undefined;
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Whether a v1 row has the fields the controller reads, with their types (v1 rows are untyped JSON). */
function v1RowProblem(collection: string, value: unknown): string | undefined {
  if (!isObject(value)) return 'not an object';
  const str = (k: string) => (typeof value[k] === 'string' ? undefined : `${k} is not a string`);
  switch (collection) {
    case Collections.hosts:
      return str('id') ?? str('cell') ?? str('vtep');
    case Collections.networks:
      return str('id') ?? str('networkType') ?? (typeof value.mtu === 'number' ? undefined : 'mtu is not a number');
    case Collections.ports: {
      const p = str('id') ?? str('networkId') ?? str('macAddress');
      if (p) return p;
      if (!Array.isArray(value.fixedIps) || !value.fixedIps.every((f) => isObject(f) && typeof f.ipAddress === 'string')) return 'fixedIps is not a list of addresses';
      if (!Array.isArray(value.bindings) || !value.bindings.every((b) => isObject(b) && typeof b.host === 'string' && typeof b.status === 'string')) return 'bindings is not a list of bindings';
      return undefined;
    }
    case Collections.subnets:
      return str('id') ?? str('networkId') ?? str('cidr') ?? (Array.isArray(value.dnsNameservers) && Array.isArray(value.hostRoutes) ? undefined : 'dnsNameservers or hostRoutes is not a list');
    default:
      return undefined;
  }
}

/**
 * Turns one change of the v1 feed (a storage row put or deleted in a collection) into the span
 * engine's input. Collections the engine does not use give undefined. A row without the fields
 * the engine reads, or whose VTEP or MAC does not parse, is rejected: never taken for a delete.
 */
export function recordChange(collection: string, key: unknown, value: unknown): RecordChange | RejectedChange | undefined {
  const id = typeof key === 'string' ? key : Array.isArray(key) ? String(key[0]) : String(key);
  const kind = collection === Collections.hosts ? 'host' : collection === Collections.networks ? 'network' : collection === Collections.ports ? 'port' : collection === Collections.subnets ? 'subnet' : undefined;
  if (!kind) return undefined;
  if (value === undefined) return { kind, id, record: undefined } as RecordChange;
  const problem = v1RowProblem(collection, value);
  if (problem) return { kind, id, reason: problem };
  switch (kind) {
    case 'host': {
      const record = hostRecord(value as Host);
      return record ? { kind, id, record } : { kind, id, reason: 'vtep is not an IP address' };
    }
    case 'network':
      return { kind, id, record: networkRecord(value as Network) };
    case 'port': {
      const record = portRecord(value as Port);
      return record ? { kind, id, record } : { kind, id, reason: 'macAddress is not a MAC' };
    }
    case 'subnet': {
      const record = subnetRecordOf(value as Subnet);
      return isRecordRejected(record) ? { kind, id, reason: record.rejected } : { kind, id, record };
    }
  }
}
