import { applyVniDelta } from './apply-delta';
import { decodeVniDelta } from './delta-codec';
import type { VniDeltaSpec, WireVniDelta } from './delta-spec';
import { stageFdbGroup, stageNeighbours } from './stage-packed';
import { emptyVniView, type HostView } from './view';

/**
 * Adds one snapshot piece (a SnapshotChunk's VniDelta, `full` or not) to a staged view: the
 * VNI's staged table is created on first sight and accumulates across chunks; duplicate MACs
 * resolve by the mobility rule; an MTU of 0 keeps the staged one. Same result as
 * `applyVniDelta(view, {...d, full: false, leave: false})`, without building a change set.
 * Optimization: packed FDB and neighbour records go straight from the buffer into the table
 * (`stageFdbGroup`, `stageNeighbours`).
 *
 * Throws DomainError `InvalidInput` on malformed input; the staged table may then hold part of
 * the piece, so the caller must drop the whole snapshot.
 */
export function stageVniDelta(view: HostView, d: WireVniDelta | VniDeltaSpec): void {
  const hasRemovals = !!(d.floodRemove?.length || d.fdbWithdraw?.length || d.neighRemove?.length || d.localRemove?.length || d.subnetRemove?.length);
  const fdb = d.fdbUpsert ?? [];
  const neigh = d.neighAdd ?? [];
  const packed = fdb.every((e) => e instanceof Uint8Array) && neigh.every((e) => e instanceof Uint8Array);
  if (hasRemovals || !packed) {
    applyVniDelta(view, { ...d, full: false, leave: false } as WireVniDelta);
    return;
  }
  // Validates the VNI, the flood list and the local ports (few entries) the usual way.
  const head = decodeVniDelta({ vni: d.vni, mtu: d.mtu, floodAdd: d.floodAdd, localAdd: d.localAdd, subnets: d.subnets });
  let t = view.get(head.vni);
  if (!t) view.set(head.vni, (t = emptyVniView(head.vni, head.mtu)));
  else if (head.mtu !== 0) t.mtu = head.mtu;
  for (const v of head.floodAdd) t.flood.add(v);
  for (const p of head.localAdd) t.local.set(p.portId, p);
  for (const s of head.subnets) t.subnets.set(s.id, s);
  for (const group of fdb as Uint8Array[]) stageFdbGroup(group, t.fdb);
  for (const run of neigh as Uint8Array[]) stageNeighbours(run, t.neigh);
}
