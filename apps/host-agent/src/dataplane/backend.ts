import type { HostView, VniChangeSet } from '@trellis/l2';
import type { RoutingPlan } from './routing-plan';

/** What a backend did with a local port. `pending`: not wired yet (e.g. its tap does not exist). */
export type PortWiringState = 'wired' | 'unwired' | 'error' | 'pending';

export interface PortWiringReport {
  portId: string;
  state: PortWiringState;
  detail?: string;
}

export interface ApplyOutcome {
  /** Local ports whose wiring changed (added ports: wired/pending/error; removed: unwired). */
  ports: PortWiringReport[];
}

/**
 * How far a reconcile goes. `full`: the dataplane becomes equal to the view (stale state it owns
 * is removed, differing entries rewritten). `additive`: only what is missing is created (devices,
 * entries for MACs/IPs the dataplane has none for, port wiring); nothing is removed or rewritten.
 */
export type ReconcileMode = 'full' | 'additive';

/**
 * Programs a host's dataplane from the agent's view. The agent calls `reconcile` (additive) with
 * the persisted view before it connects — that view may be older than the dataplane, whose newer
 * entries keep forwarding — then `apply` with the change sets of each applied version, and one
 * `full` reconcile once it has caught up with the controller. A backend never touches state it
 * does not own, and is left as it is while the controller is unreachable.
 */
export interface DataplaneBackend {
  readonly kind: string;
  /** Brings the dataplane to `view` (see ReconcileMode; default `full`). */
  reconcile(view: HostView, mode?: ReconcileMode): Promise<ApplyOutcome>;
  /**
   * Applies the change sets of one version. On failure throws (or rejects with)
   * `DataplaneApplyError`; what succeeded stays applied (the agent nacks the failed VNIs, and the
   * digest repair resyncs them). A backend that applies synchronously returns the outcome
   * directly: the agent then handles the whole version without an asynchronous hop.
   */
  apply(changes: readonly VniChangeSet[]): ApplyOutcome | Promise<ApplyOutcome>;
  /** Re-checks ports reported `pending`; returns those whose state changed. */
  checkPorts(pending: ReadonlyMap<string, { vni: number }>): Promise<PortWiringReport[]>;
  /**
   * Registers `listener`, called when a local port's device may have appeared (Nova / libvirt
   * creates the tap after the port is bound): the agent then re-checks its pending ports at once
   * instead of on its periodic timer. Optional; called at most once, before `close`.
   */
  watchPortDevices?(listener: () => void): void;
  /**
   * Brings the host's routing (one context per router, anycast gateway legs, extra routes,
   * static neighbours, the VXLAN guards) to `plan`. `full` also removes routing state the backend
   * owns that the plan lacks (a router left, an interface removed); `additive` only creates what
   * is missing (startup, from a saved view that may be older than the kernel). Optional: a
   * backend without it does not route.
   */
  syncRouting?(plan: RoutingPlan, mode: ReconcileMode): void | Promise<void>;
  /**
   * The network of each VNI the host's routers attach (from their interfaces), given before
   * each apply and reconcile: a VNI held only because a router attaches it has no local port to
   * name its network, and its bridge must still be the network's (`brq` + id), where Nova plugs
   * an instance of that network later. Optional.
   */
  networkHints?(hints: ReadonlyMap<number, string>): void;
  /** What routing the dataplane holds (tests, debugging). */
  readRouting?(): Promise<RoutingPlan>;
  /** What the dataplane holds, as a view (tests, digests, debugging). */
  read(): Promise<HostView>;
  close(): Promise<void>;
}

/**
 * A failed apply: `vnis` names the VNIs that could not be (fully) applied, `ports` the wiring
 * outcomes of what did apply (and `error` for local ports of failed VNIs).
 */
export class DataplaneApplyError extends Error {
  readonly vnis: number[];
  readonly ports: PortWiringReport[];

  constructor(message: string, vnis: number[], ports: PortWiringReport[] = [], options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'DataplaneApplyError';
    this.vnis = vnis;
    this.ports = ports;
  }
}
