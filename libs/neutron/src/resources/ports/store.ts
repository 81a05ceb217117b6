import { Collections, activeBinding } from '@trellis/domain';
import type { CollectionSpec } from '@trellis/store';
import { storeSpec } from '../../store-spec';
import type { StoredPort } from './backend';

/** Secondary indexes of the ports collection. */
export const PORT_INDEXES = {
  portsByNetwork: 'byNetwork',
  /** The host of the port's active binding (what `?binding:host_id=` asks for). */
  portsByHost: 'byHost',
  /**
   * The host of the port's inactive (migration destination) binding. The store keeps one key per
   * index entry, so "every binding host" is the union of byHost and byMigrationHost; Nova never
   * creates more than one inactive binding per port.
   */
  portsByMigrationHost: 'byMigrationHost',
  portsByDevice: 'byDevice',
  /** Owner project (quota usage counts). */
  portsByProject: 'byProject',
} as const;

/** Ports, and the MACs and addresses allocated to them. */
export const PORT_STORE: readonly CollectionSpec[] = [
  storeSpec<StoredPort>(Collections.ports, {
    [PORT_INDEXES.portsByNetwork]: (p) => p.networkId,
    [PORT_INDEXES.portsByHost]: (p) => activeBinding(p)?.host,
    [PORT_INDEXES.portsByMigrationHost]: (p) => p.bindings.find((b) => b.status === 'INACTIVE')?.host,
    [PORT_INDEXES.portsByDevice]: (p) => (p.deviceId === '' ? undefined : p.deviceId),
    [PORT_INDEXES.portsByProject]: (p) => p.projectId,
  }),
  storeSpec(Collections.macs),
  storeSpec(Collections.ips),
];

/** Hosts of all bindings, the active one first. */
export function portHosts(port: Pick<StoredPort, 'bindings'>): string[] {
  const active = activeBinding(port);
  const rest = port.bindings.filter((b) => b !== active).map((b) => b.host);
  return active ? [active.host, ...rest] : rest;
}
