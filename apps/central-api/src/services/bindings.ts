import { activeBinding, assertHostInScope, domainError, type Network, type PortBinding, type TopologyView, type VnicType } from '@trellis/domain';
import type { StoredPort } from '@trellis/neutron';
import { vifDetailsFor } from './vif-details';

/** How bound ports are plugged on hosts (the configured mechanism). */
export interface VifSettings {
  readonly vifType: string;
  readonly vifDetails: Readonly<Record<string, unknown>>;
}

export interface BindRequest {
  readonly host: string;
  readonly vnicType?: VnicType;
  readonly profile?: Readonly<Record<string, unknown>>;
}

type PortState = Pick<StoredPort, 'id' | 'bindings' | 'status' | 'mobilitySeq' | 'unboundVnicType' | 'unboundProfile'>;
export type BindingChange = Pick<StoredPort, 'bindings' | 'status' | 'mobilitySeq' | 'unboundVnicType' | 'unboundProfile'>;

/** The active host changed: a new location for the MAC, so a higher mobility sequence. */
function moved(port: PortState, newActiveHost: string | undefined): number {
  return activeBinding(port)?.host === newActiveHost ? port.mobilitySeq : port.mobilitySeq + 1;
}

function newBinding(port: PortState, req: BindRequest, status: PortBinding['status'], vif: VifSettings, networkId: string): PortBinding {
  return {
    host: req.host,
    status,
    vnicType: req.vnicType ?? port.unboundVnicType ?? 'normal',
    vifType: vif.vifType,
    vifDetails: vifDetailsFor(vif, networkId),
    profile: { ...(req.profile ?? port.unboundProfile ?? {}) },
  };
}

/**
 * `binding:host_id = host`: the port's active binding moves to `host` (scope checked), status
 * BUILD until the host reports the port wired. Same host: only vnic type / profile change.
 */
export function bindActive(port: PortState, network: Pick<Network, 'id' | 'availabilityZoneHints'>, req: BindRequest, view: TopologyView, vif: VifSettings): BindingChange {
  assertHostInScope(req.host, network, view);
  const current = activeBinding(port);
  if (current?.host === req.host) {
    const updated: PortBinding = { ...current, vnicType: req.vnicType ?? current.vnicType, profile: req.profile ? { ...req.profile } : current.profile };
    return { ...port, bindings: port.bindings.map((b) => (b === current ? updated : b)) };
  }
  const others = port.bindings.filter((b) => b.status === 'INACTIVE' && b.host !== req.host);
  return { ...port, bindings: [newBinding(port, req, 'ACTIVE', vif, network.id), ...others], status: 'BUILD', mobilitySeq: moved(port, req.host) };
}

/** `binding:host_id = ""`: drops the active binding; the port goes DOWN. */
export function unbind(port: PortState): BindingChange {
  const current = activeBinding(port);
  if (!current) return port;
  return { ...port, bindings: port.bindings.filter((b) => b !== current), status: 'DOWN', mobilitySeq: moved(port, undefined), unboundVnicType: current.vnicType, unboundProfile: current.profile };
}

/** Vnic type / profile changes on an unbound port are kept for its next binding. */
export function updateUnbound(port: PortState, vnicType?: VnicType, profile?: Readonly<Record<string, unknown>>): BindingChange {
  return { ...port, unboundVnicType: vnicType ?? port.unboundVnicType, unboundProfile: profile ?? port.unboundProfile };
}

/**
 * POST /ports/{id}/bindings: a new binding on `host`. Active when the port has none (as in
 * Neutron), otherwise INACTIVE: the migration destination, pre-joined to the VNI.
 */
export function addBinding(port: PortState, network: Pick<Network, 'id' | 'availabilityZoneHints'>, req: BindRequest, view: TopologyView, vif: VifSettings): { change: BindingChange; binding: PortBinding } {
  if (port.bindings.some((b) => b.host === req.host)) throw domainError('PortBindingAlreadyExists', { port_id: port.id, host: req.host });
  assertHostInScope(req.host, network, view);
  if (!activeBinding(port)) {
    const binding = newBinding(port, req, 'ACTIVE', vif, network.id);
    return { binding, change: { ...port, bindings: [binding, ...port.bindings], status: 'BUILD', mobilitySeq: moved(port, req.host) } };
  }
  const binding = newBinding(port, req, 'INACTIVE', vif, network.id);
  return { binding, change: { ...port, bindings: [...port.bindings, binding] } };
}

/** PUT /ports/{id}/bindings/{host}/activate: the previous active binding becomes INACTIVE. */
export function activate(port: PortState, host: string): { change: BindingChange; binding: PortBinding } {
  const target = port.bindings.find((b) => b.host === host);
  if (!target) throw domainError('PortBindingNotFound', { port_id: port.id, host });
  if (target.status === 'ACTIVE') throw domainError('PortBindingAlreadyActive', { port_id: port.id, host });
  const binding: PortBinding = { ...target, status: 'ACTIVE' };
  const rest = port.bindings.filter((b) => b !== target).map((b): PortBinding => (b.status === 'ACTIVE' ? { ...b, status: 'INACTIVE' } : b));
  return { binding, change: { ...port, bindings: [binding, ...rest], status: 'BUILD', mobilitySeq: moved(port, host) } };
}

/** DELETE /ports/{id}/bindings/{host}; deleting the active binding unbinds the port. */
export function removeBinding(port: PortState, host: string): BindingChange {
  const target = port.bindings.find((b) => b.host === host);
  if (!target) throw domainError('PortBindingNotFound', { port_id: port.id, host });
  if (target.status === 'ACTIVE') return unbind(port);
  return { ...port, bindings: port.bindings.filter((b) => b !== target) };
}
