import type { FeedReportHandler, PortWiring } from '@trellis/feed';
import type { Logger } from '@trellis/runtime';
import type { PortService } from '../services/port-service';
import type { TopologyService } from '../services/topology-service';

const WIRED: Readonly<Record<PortWiring, boolean | 'error'>> = { wired: true, unwired: false, error: 'error' };

/** Same second-granularity ISO form as the API's other timestamps. */
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * What central does with the distribution layer's reports: port wiring (in batches, with as few
 * store commits as the store allows) moves each port's status (and so triggers Nova's
 * vif-plugged per port), host liveness lands in the topology API. Reports about ports or hosts
 * that no longer exist are stale, not errors: they answer revision 0.
 */
export function createFeedReports(services: { ports: PortService; topology: TopologyService }, logger: Logger): FeedReportHandler {
  const log = logger.child({ component: 'feed-reports' });
  return {
    async portStatuses(reports) {
      for (const r of reports) if (r.wiring === 'error') log.warn({ portId: r.portId, hostId: r.hostId, detail: r.detail }, 'port wiring failed on host');
      const results = await services.ports.setPortWirings(reports.map((r) => ({ portId: r.portId, host: r.hostId, wired: WIRED[r.wiring] })));
      const unknown = reports.filter((_, i) => !results[i]).map((r) => r.portId);
      if (unknown.length > 0) log.debug({ portIds: unknown.slice(0, 20), count: unknown.length }, 'wiring reports for unknown ports ignored');
      return results.map((result) => ({ revision: result?.revision ?? 0 }));
    },
    async hostLiveness(report) {
      const seenMs = report.lastSeenMs > 0 ? report.lastSeenMs : Date.now();
      const revision = await services.topology.recordLiveness({
        id: report.hostId, connected: report.connected, agentVersion: report.agentVersion, lastSeenAt: isoSeconds(seenMs), controllerId: report.controllerId,
      });
      if (revision === 0) log.debug({ hostId: report.hostId, controllerId: report.controllerId }, 'liveness report changed nothing (unknown host or stale)');
      return { revision };
    },
  };
}
