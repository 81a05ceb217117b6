import type { NovaPort } from './nova-event';
import type { PortChangeSink } from './nova-notifier';

/** A port as the port service's events carry it; bindings tell a wiring report from an unbind. */
export interface PortEventPort extends NovaPort {
  readonly bindings?: readonly { readonly status: string }[];
}

/**
 * The events the port service emits (its `events` EventEmitter): `status` on every status change,
 * then `updated` for the same change; `updated` alone for other changes; `deleted` on delete.
 */
export interface PortEventSource {
  on(event: 'status', listener: (change: { port: PortEventPort; previous: string; current: string }) => void): unknown;
  on(event: 'updated' | 'deleted' | 'inactiveWired', listener: (port: PortEventPort) => void): unknown;
  off(event: 'status', listener: (change: { port: PortEventPort; previous: string; current: string }) => void): unknown;
  off(event: 'updated' | 'deleted' | 'inactiveWired', listener: (port: PortEventPort) => void): unknown;
}

/**
 * Feeds a port service's events to a notifier; returns the unsubscribe function.
 *
 * Neutron sends `network-changed` for API updates of a port, not for status moves reported by the
 * dataplane. The port service emits `updated` for both, right after `status` and with the same
 * object, so an `updated` that follows a wiring-report status change (→ ACTIVE, → ERROR, or
 * ACTIVE → DOWN while the port stays bound) is not a data change and is skipped.
 */
export function connectPortEvents(source: PortEventSource, sink: PortChangeSink): () => void {
  let lastReported: PortEventPort | undefined;
  const onStatus = (change: { port: PortEventPort; previous: string; current: string }): void => {
    lastReported = isWiringReport(change) ? change.port : undefined;
    sink.portStatusChanged({ port: change.port, previousStatus: change.previous });
  };
  const onUpdated = (port: PortEventPort): void => {
    const fromReport = port === lastReported;
    lastReported = undefined;
    if (!fromReport) sink.portDataChanged(port);
  };
  const onDeleted = (port: PortEventPort): void => sink.portDeleted(port);
  const onInactiveWired = (port: PortEventPort): void => sink.portPluggedOnDestination(port);
  source.on('status', onStatus);
  source.on('updated', onUpdated);
  source.on('deleted', onDeleted);
  source.on('inactiveWired', onInactiveWired);
  return () => {
    source.off('status', onStatus);
    source.off('updated', onUpdated);
    source.off('deleted', onDeleted);
    source.off('inactiveWired', onInactiveWired);
  };
}

function isWiringReport(change: { port: PortEventPort; current: string }): boolean {
  if (change.current === 'ACTIVE' || change.current === 'ERROR') return true;
  // An API unbind also moves to DOWN, but it removes the active binding; a report keeps it.
  return change.current === 'DOWN' && (change.port.bindings ?? []).some((b) => b.status === 'ACTIVE');
}
