import type { FeedReportHandler, PortWiring } from '@trellis/feed';
import type { Logger } from '@trellis/runtime';
import type { PortService } from '../services/port-service';
import type { TopologyService } from '../services/topology-service';

const WIRED: Readonly<Record<PortWiring, boolean | 'error'>> = { wired: true, unwired: false, error: 'error' };

/** Same second-granularity ISO form as the API's other timestamps. */
const isoSeconds = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/**
 * What central does with the distribution layer's reports: port wiring moves the port's status
 * (and so triggers Nova's vif-plugged), host liveness lands in the topology API. Reports about
 * ports or hosts that no longer exist are stale, not errors: they answer revision 0.
 */
export function createFeedReports(services: { ports: PortService; topology: TopologyService }, logger: Logger): FeedReportHandler {
  const log = logger.child({ component: 'feed-reports' });
  return {
    async portStatus(report) {
      if (report.wiring === 'error') log.warn({ portId: report.portId, hostId: report.hostId, detail: report.detail }, 'port wiring failed on host');
      const result = await services.ports.setPortWiring(report.portId, report.hostId, WIRED[report.wiring]);
      if (!result) log.debug({ portId: report.portId, hostId: report.hostId }, 'wiring report for an unknown port ignored');
      return { revision: result?.revision ?? 0 };
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
