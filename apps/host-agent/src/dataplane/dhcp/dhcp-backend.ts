import type { HostView, VniChangeSet } from '@trellis/l2';
import type { Logger } from 'pino';
import type { ApplyOutcome, DataplaneBackend, PortWiringReport, ReconcileMode } from '../backend';
import type { DhcpServers } from './dhcp-servers';

/**
 * A dataplane backend with this host's DHCP/RA servers behind it: every apply and reconcile goes
 * to the L2 backend first (the network's bridge must exist before the DHCP veth joins it), then
 * to the DHCP servers. The DHCP work (files, namespaces, dnsmasq) runs after the apply returns,
 * in one ordered queue, so it never delays L2 programming or port wiring (a first server on a
 * host costs a few hundred ms of `ip` commands and a dnsmasq start); only a VNI's removal waits
 * for its server to leave the bridge first. A DHCP failure is logged and counted, never nacked:
 * the L2 state is applied, and the next change or full reconcile of the network tries again.
 */
export class DhcpBackend implements DataplaneBackend {
  readonly kind: string;
  dhcpFailures = 0;
  private readonly log: Logger;
  // The inner backend's optional capabilities, passed through as they are (a wrapper that lacked
  // them would turn routing off: the agent routes only through a backend that has syncRouting).
  readonly syncRouting?: DataplaneBackend['syncRouting'];
  readonly networkHints?: DataplaneBackend['networkHints'];
  readonly readRouting?: DataplaneBackend['readRouting'];

  constructor(private readonly inner: DataplaneBackend, readonly dhcp: DhcpServers, logger: Logger) {
    this.kind = inner.kind;
    this.log = logger.child({ component: 'dhcp-backend' });
    if (inner.syncRouting) this.syncRouting = (plan, mode) => inner.syncRouting!(plan, mode);
    if (inner.networkHints) this.networkHints = (hints) => inner.networkHints!(hints);
    if (inner.readRouting) this.readRouting = () => inner.readRouting!();
  }

  private queue: Promise<void> = Promise.resolve();

  /** Resolves once every queued DHCP update ran (tests, shutdown). */
  settled(): Promise<void> {
    return this.queue;
  }

  async reconcile(view: HostView, mode?: ReconcileMode): Promise<ApplyOutcome> {
    if ((mode ?? 'full') === 'full') await this.enqueue(() => this.dhcp.releaseUnwanted(view));
    try {
      return await this.inner.reconcile(view, mode);
    } finally {
      this.dhcp.resetMirror(view);
      void this.enqueue(() => this.dhcp.reconcileServers(mode ?? 'full'));
    }
  }

  async apply(changes: readonly VniChangeSet[]): Promise<ApplyOutcome> {
    // A VNI going away takes its server out of the bridge first (see releaseRemoved).
    if (changes.some((c) => c.removed)) await this.enqueue(() => this.dhcp.releaseRemoved(changes));
    try {
      return await this.inner.apply(changes);
    } finally {
      const touched = this.dhcp.record(changes);
      if (touched.size > 0) void this.enqueue(() => this.dhcp.syncNetworks(touched));
    }
  }

  private enqueue(work: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(() => this.guarded(work));
    return this.queue;
  }

  checkPorts(pending: ReadonlyMap<string, { vni: number }>): Promise<PortWiringReport[]> {
    return this.inner.checkPorts(pending);
  }

  watchPortDevices(listener: () => void): void {
    this.inner.watchPortDevices?.(listener);
  }

  read(): Promise<HostView> {
    return this.inner.read();
  }

  async close(): Promise<void> {
    // The dnsmasq processes stay: instances keep their leases across agent restarts.
    await this.queue;
    await this.inner.close();
  }

  private async guarded(work: () => Promise<void>): Promise<void> {
    try {
      await work();
    } catch (err) {
      this.dhcpFailures++;
      this.log.error({ err }, 'dhcp server update failed');
    }
  }
}
