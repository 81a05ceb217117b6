import { decodeVniDelta, type DecodedVniDelta } from './delta-codec';
import type { VniDeltaSpec, WireVniDelta } from './delta-spec';
import { diffVniViews, emptyChangeSet, type VniChangeSet } from './change-set';
import { subnetsEqual } from './subnet-view';
import { cloneLocalPort, emptyVniView, localPortsEqual, type HostView, type VniView } from './view';

/**
 * The MAC mobility rule (EVPN, RFC 7432 §15): a location replaces the held one only when its
 * sequence is higher. On equal sequences with different VTEPs the higher VTEP text wins, a
 * deterministic tie-break that makes the outcome independent of delivery order.
 */
export function fdbLocationWins(candidate: { vtep: string; seq: number }, held: { vtep: string; seq: number }): boolean {
  if (candidate.seq !== held.seq) return candidate.seq > held.seq;
  return candidate.vtep > held.vtep;
}

/**
 * Applies one VniDelta to a host view in place and returns what changed.
 *
 * - `leave`: the VNI's table is dropped (other fields are ignored).
 * - `full`: the table is replaced by the delta's lists; the change set is the difference. A full
 *   table is the controller's authoritative view (snapshot, resync), so it is taken as is.
 * - otherwise removals are applied before additions; an FDB upsert goes through
 *   `fdbLocationWins`, so a delayed or duplicated update never moves a MAC back.
 * - a delta for a VNI not held creates it; an MTU of 0 keeps the held MTU.
 *
 * Takes the wire form or a `VniDeltaSpec`. Addresses are validated before anything changes: a malformed delta throws DomainError
 * `InvalidInput` and leaves the view untouched.
 */
export function applyVniDelta(view: HostView, delta: WireVniDelta | VniDeltaSpec): VniChangeSet {
  return applyDecodedVniDelta(view, decodeVniDelta(delta));
}

/** `applyVniDelta` for an already decoded delta. */
export function applyDecodedVniDelta(view: HostView, d: DecodedVniDelta): VniChangeSet {
  const held = view.get(d.vni);
  if (d.leave) {
    if (!held) return emptyChangeSet(d.vni);
    view.delete(d.vni);
    const changes = diffVniViews(held, emptyVniView(d.vni, held.mtu));
    changes.removed = true;
    return changes;
  }
  if (d.full) {
    const next = tableOf(d, held?.mtu ?? 0);
    view.set(d.vni, next);
    const changes = diffVniViews(held ?? emptyVniView(d.vni, 0), next);
    if (!held) {
      changes.created = true;
      changes.mtu = next.mtu;
    }
    return changes;
  }
  const changes = emptyChangeSet(d.vni);
  let table = held;
  if (!table) {
    table = emptyVniView(d.vni, d.mtu);
    view.set(d.vni, table);
    changes.created = true;
    changes.mtu = table.mtu;
  } else if (d.mtu !== 0 && d.mtu !== table.mtu) {
    table.mtu = d.mtu;
    changes.mtu = d.mtu;
  }
  for (const vtep of d.floodRemove) if (table.flood.delete(vtep)) changes.floodRemove.push(vtep);
  for (const mac of d.fdbWithdraw) {
    const e = table.fdb.get(mac);
    if (e) {
      table.fdb.delete(mac);
      changes.fdbRemove.push({ mac, vtep: e.vtep, seq: e.seq });
    }
  }
  for (const ip of d.neighRemove) {
    const mac = table.neigh.get(ip);
    if (mac !== undefined) {
      table.neigh.delete(ip);
      changes.neighRemove.push({ ip, mac });
    }
  }
  for (const id of d.subnetRemove) {
    const s = table.subnets.get(id);
    if (s) {
      table.subnets.delete(id);
      changes.subnetRemove.push(s);
    }
  }
  for (const id of d.localRemove) {
    const p = table.local.get(id);
    if (p) {
      table.local.delete(id);
      changes.localRemove.push(p);
    }
  }
  for (const vtep of d.floodAdd) {
    if (!table.flood.has(vtep)) {
      table.flood.add(vtep);
      changes.floodAdd.push(vtep);
    }
  }
  for (const e of d.fdbUpsert) {
    const cur = table.fdb.get(e.mac);
    if (cur && cur.vtep === e.vtep && cur.seq === e.seq) continue;
    if (cur && !fdbLocationWins(e, cur)) {
      changes.staleIgnored++;
      continue;
    }
    table.fdb.set(e.mac, { vtep: e.vtep, seq: e.seq });
    changes.fdbSet.push(cur && cur.vtep !== e.vtep ? { ...e, previousVtep: cur.vtep } : { ...e });
  }
  for (const { ip, mac } of d.neighAdd) {
    if (table.neigh.get(ip) === mac) continue;
    table.neigh.set(ip, mac);
    changes.neighSet.push({ ip, mac });
  }
  for (const s of d.subnets) {
    const cur = table.subnets.get(s.id);
    if (cur && subnetsEqual(cur, s)) continue;
    table.subnets.set(s.id, s);
    changes.subnetSet.push(s);
  }
  for (const p of d.localAdd) {
    const cur = table.local.get(p.portId);
    if (cur && localPortsEqual(cur, p)) continue;
    table.local.set(p.portId, cloneLocalPort(p));
    changes.localSet.push(cloneLocalPort(p));
  }
  return changes;
}

/** The table a full delta describes; duplicate MACs inside it resolve by the mobility rule. */
function tableOf(d: DecodedVniDelta, heldMtu: number): VniView {
  const t = emptyVniView(d.vni, d.mtu !== 0 ? d.mtu : heldMtu);
  for (const vtep of d.floodAdd) t.flood.add(vtep);
  for (const e of d.fdbUpsert) {
    const cur = t.fdb.get(e.mac);
    if (!cur || fdbLocationWins(e, cur)) t.fdb.set(e.mac, { vtep: e.vtep, seq: e.seq });
  }
  for (const { ip, mac } of d.neighAdd) t.neigh.set(ip, mac);
  for (const p of d.localAdd) t.local.set(p.portId, cloneLocalPort(p));
  for (const s of d.subnets) t.subnets.set(s.id, s);
  return t;
}
