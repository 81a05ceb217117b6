import type { HostView, VniChangeSet } from '@trellis/l2';
import type { Logger } from 'pino';
import type { ApplyOutcome, DataplaneBackend, PortWiringReport, ReconcileMode } from '../backend';
import type { DhcpServers } from './dhcp-servers';

/**
 * A dataplane backend with this host's DHCP/RA servers behind it: every apply and reconcile goes
 * to the L2 backend first (the network's bridge must exist before the DHCP veth joins it), then
 * to the DHCP servers. A DHCP failure is logged and counted, never nacked: the L2 state is
 * applied, and the next change or full reconcile of the network sets its server up again.
 */
export class DhcpBackend implements DataplaneBackend {
  readonly kind: string;
  dhcpFailures = 0;
  private readonly log: Logger;

  constructor(private readonly inner: DataplaneBackend, readonly dhcp: DhcpServers, logger: Logger) {
    this.kind = inner.kind;
    this.log = logger.child({ component: 'dhcp-backend' });
  }

  async reconcile(view: HostView, mode?: ReconcileMode): Promise<ApplyOutcome> {
    if ((mode ?? 'full') === 'full') await this.guarded(() => this.dhcp.releaseUnwanted(view));
    try {
      return await this.inner.reconcile(view, mode);
    } finally {
      await this.guarded(() => this.dhcp.reconcile(view, mode ?? 'full'));
    }
  }

  async apply(changes: readonly VniChangeSet[]): Promise<ApplyOutcome> {
    // A VNI going away takes its server out of the bridge first (see releaseRemoved).
    if (changes.some((c) => c.removed)) await this.guarded(() => this.dhcp.releaseRemoved(changes));
    try {
      return await this.inner.apply(changes);
    } finally {
      await this.guarded(() => this.dhcp.apply(changes));
    }
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

  close(): Promise<void> {
    // The dnsmasq processes stay: instances keep their leases across agent restarts.
    return this.inner.close();
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
