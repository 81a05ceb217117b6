/**
 * Which port changes Nova hears about, and as what: the mapping of Neutron's
 * `neutron/notifiers/nova.py` (record_port_status_changed, create_port_changed_event).
 */

/** The event names Neutron sends to `os-server-external-events`. */
export type NovaEventName = 'network-vif-plugged' | 'network-vif-unplugged' | 'network-changed' | 'network-vif-deleted';

/** One element of the `events` array of `POST /v2.1/os-server-external-events`. */
export interface NovaEvent {
  readonly name: NovaEventName;
  readonly server_uuid: string;
  /** The port id (Nova matches waiters on `(name, tag)`). */
  readonly tag: string;
  /** Only status events carry one; Nova defaults a missing status to `completed`. */
  readonly status?: 'completed' | 'failed';
}

/**
 * What the notifier needs to know about a port. A plain shape on purpose: any port record with
 * these fields will do (the stored port, a REST view mapped back, a test literal).
 */
export interface NovaPort {
  readonly id: string;
  /** The instance uuid for compute ports. */
  readonly deviceId: string;
  readonly deviceOwner: string;
  /** `DOWN` | `BUILD` | `ACTIVE` | `ERROR`. */
  readonly status: string;
}

const COMPUTE_OWNER_PREFIX = 'compute:';

/**
 * oslo's `is_uuid_like`: a uuid with or without hyphens, braces or a `urn:uuid:` prefix, any case.
 * Neutron sends nothing for ports whose device id is not one (e.g. a DHCP port's device id).
 */
export function isUuidLike(value: string): boolean {
  const hex = value.toLowerCase().replace(/^urn:/, '').replace(/^uuid:/, '').replace(/[{}-]/g, '');
  return /^[0-9a-f]{32}$/.test(hex);
}

/** Neutron's `_is_compute_port`: `compute:*` owner and a uuid-like device id. */
export function isNovaPort(port: Pick<NovaPort, 'deviceId' | 'deviceOwner'>): boolean {
  return port.deviceId !== '' && isUuidLike(port.deviceId) && port.deviceOwner.startsWith(COMPUTE_OWNER_PREFIX);
}

/** Statuses from which a move to ACTIVE/ERROR is a "plug" (undefined = the port had no status yet). */
const PLUG_FROM = new Set<string | undefined>([undefined, 'DOWN', 'BUILD']);

/**
 * The event for a status transition, or undefined when Nova does not care:
 * DOWN|BUILD|unset → ACTIVE ⇒ `network-vif-plugged/completed`; → ERROR ⇒ `network-vif-plugged/failed`;
 * ACTIVE → DOWN ⇒ `network-vif-unplugged/completed`; every other transition is ignored (as in Neutron).
 */
export function statusChangeEvent(port: NovaPort, previousStatus: string | undefined): NovaEvent | undefined {
  if (!isNovaPort(port)) return undefined;
  const current = port.status;
  if (previousStatus === 'ACTIVE' && current === 'DOWN') {
    return { name: 'network-vif-unplugged', server_uuid: port.deviceId, status: 'completed', tag: port.id };
  }
  if (PLUG_FROM.has(previousStatus) && (current === 'ACTIVE' || current === 'ERROR')) {
    return { name: 'network-vif-plugged', server_uuid: port.deviceId, status: current === 'ACTIVE' ? 'completed' : 'failed', tag: port.id };
  }
  return undefined;
}

/** A port's data changed through the API: `network-changed` (tag = port id, no status). */
export function dataChangeEvent(port: NovaPort): NovaEvent | undefined {
  if (!isNovaPort(port)) return undefined;
  return { name: 'network-changed', server_uuid: port.deviceId, tag: port.id };
}

/** A port was deleted: `network-vif-deleted` (tag = port id, no status). */
export function deleteEvent(port: NovaPort): NovaEvent | undefined {
  if (!isNovaPort(port)) return undefined;
  return { name: 'network-vif-deleted', server_uuid: port.deviceId, tag: port.id };
}

/**
 * The port is wired on a live migration's destination for its inactive binding: Neutron's
 * `notify_port_active_direct` (ML2 rpc update_device_up from a host that is not the port's
 * active host), `network-vif-plugged/completed` whatever the port's own status.
 */
export function destinationPluggedEvent(port: NovaPort): NovaEvent | undefined {
  if (!isNovaPort(port)) return undefined;
  return { name: 'network-vif-plugged', server_uuid: port.deviceId, status: 'completed', tag: port.id };
}
