import { Collections, type Host, type Network, type Port } from '@trellis/domain';
import { hostRecord, networkRecord, portRecord } from './records';
import type { RecordChange } from './span-index';

/**
 * Turns one change of the central feed (a domain value put or deleted in a collection) into the
 * span engine's input. Collections the engine does not use give undefined; a value that cannot
 * be distributed (a host without a valid VTEP, a port without a valid MAC) counts as deleted.
 */
export function recordChange(collection: string, key: unknown, value: unknown): RecordChange | undefined {
  const id = typeof key === 'string' ? key : Array.isArray(key) ? String(key[0]) : String(key);
  switch (collection) {
    case Collections.hosts:
      return { kind: 'host', id, record: value === undefined ? undefined : hostRecord(value as Host) };
    case Collections.networks:
      return { kind: 'network', id, record: value === undefined ? undefined : networkRecord(value as Network) };
    case Collections.ports:
      return { kind: 'port', id, record: value === undefined ? undefined : portRecord(value as Port) };
    default:
      return undefined;
  }
}
