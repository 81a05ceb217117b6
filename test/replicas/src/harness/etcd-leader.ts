import type { EtcdCluster, EtcdMember } from '@trellis/testkit';

interface MaintenanceStatus {
  header: { member_id: string };
  leader: string;
}

/** The member that is raft leader now, asked through etcd's JSON gateway (`/v3/maintenance/status`). */
export async function leaderOf(cluster: EtcdCluster): Promise<EtcdMember> {
  for (const member of cluster.members) {
    if (!member.running) continue;
    try {
      const res = await fetch(`${member.clientUrl}/v3/maintenance/status`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(2_000) });
      const status = (await res.json()) as MaintenanceStatus;
      if (status.leader === '0') continue;
      // Each member names the leader by id; find the member whose own id that is.
      for (const candidate of cluster.members) {
        if (!candidate.running) continue;
        const own = (await (await fetch(`${candidate.clientUrl}/v3/maintenance/status`, { method: 'POST', body: '{}', signal: AbortSignal.timeout(2_000) })).json()) as MaintenanceStatus;
        if (own.header.member_id === status.leader) return candidate;
      }
    } catch {
      // This member does not answer; ask the next.
    }
  }
  throw new Error('no etcd member knows a leader');
}
