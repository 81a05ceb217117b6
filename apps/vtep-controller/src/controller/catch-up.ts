import { encodeRouterDelta, leaveVniDelta } from '@trellis/l2';
import type { trellis } from '@trellis/proto';
import { planReplay } from '../log/delta-log';
import { snapshotFrames, type SnapshotSource } from '../server/snapshot';
import type { Session } from '../server/session';
import { encodeVniDelta, routerChunkFrame, snapshotEndFrame, spliceDeltaFrame, welcomeFrame } from '../wire/messages';
import type { Controller } from './controller';

/**
 * Brings a host up to date from its resume token, if the retained log covers it: Welcome
 * (snapshot: false), the deltas it missed for VNIs it stayed in, then one message with the
 * current tables of VNIs it joined or was resynced in (and leave for VNIs it left) and its new
 * token. Returns false when the token cannot be honoured (the caller sends a snapshot).
 */
export function sendResume(ctl: Controller, session: Session, token: trellis.l2.v1.IResumeToken): boolean {
  const host = session.hostId;
  const after = token.revision ?? 0;
  const current = ctl.revision;
  if (token.epoch !== ctl.options.epoch || after === 0 || !ctl.log.covers(after, current)) return false;
  // The host's span at its revision must be the one we know (OVSDB's lost-update lesson): if our
  // last change of its span is not after the token, the versions must agree.
  const spanRevision = ctl.index.spanRevisionOf(host);
  if (spanRevision <= after && (token.subscriptionVersion ?? 0) !== spanRevision) return false;
  const span = ctl.index.spanOf(host);
  const plan = planReplay(ctl.log, host, after, span);
  ctl.counters.resumes++;
  session.out.send(welcomeFrame(ctl.options.controllerId, ctl.options.epoch, false, after, current), true);
  for (const m of plan.messages) {
    const nonce = String(m.revision);
    session.sendDelta(spliceDeltaFrame(m.revision, nonce, m.vnis), nonce, m.revision, true);
  }
  const tables: Uint8Array[] = [];
  for (const vni of plan.resend) tables.push(encodeVniDelta(span.has(vni) ? ctl.index.fullDelta(host, vni) : leaveVniDelta(vni)));
  // Routers that changed for the host meanwhile: their current state (or leave) replaces history.
  const routers = ctl.routerStates(host, plan.routers);
  const nonce = `resume-${current}`;
  session.sendDelta(spliceDeltaFrame(current, nonce, tables, ctl.token(host, current), routers), nonce, current, true);
  ctl.options.logger.info({ host, from: after, to: current, replayed: plan.messages.length, resent: plan.resend.size, routers: plan.routers.size }, 'host resumed from the delta log');
  return true;
}

/**
 * Sends Welcome (snapshot: true), the host's whole span in bounded chunks, then SnapshotEnd:
 * one buffer of frames, one transport write (`snapshotFrames`).
 */
export function sendSnapshot(ctl: Controller, session: Session): void {
  const host = session.hostId;
  const revision = ctl.revision;
  ctl.counters.snapshots++;
  const span = [...ctl.index.spanOf(host)].sort((a, b) => a - b);
  const o = ctl.options;
  const max = o.snapshotMaxEntriesPerVniDelta;
  const tables: SnapshotSource[] = [];
  for (const vni of span) {
    const t = ctl.tables.fitting(host, vni, max);
    if (t) {
      tables.push({ tables: t, host });
      continue;
    }
    // Over one message's limit: cut from the shared fields; built for this host only if it cannot be.
    const pieces = ctl.tables.split(host, vni, max);
    if (pieces) {
      ctl.counters.snapshotTablesCut++;
      tables.push(...pieces);
    } else {
      ctl.counters.snapshotTablesBuilt++;
      tables.push(ctl.index.fullDelta(host, vni));
    }
  }
  const nonce = `snapshot-${revision}`;
  const welcome = welcomeFrame(o.controllerId, o.epoch, true, revision, revision);
  const routing = ctl.index.routing;
  const routers = [...routing.routersOf(host)].sort().flatMap((id) => {
    const view = routing.viewOf(id);
    return view ? [encodeRouterDelta(view)] : [];
  });
  // The routers travel in one SnapshotChunk of their own before the end marker (few, small).
  const endFrame = snapshotEndFrame(revision, nonce, ctl.token(host, revision));
  const end = routers.length > 0 ? Buffer.concat([routerChunkFrame(revision, routers), endFrame]) : endFrame;
  const frames = snapshotFrames(revision, tables, o.snapshotChunkBytes, max, welcome, end);
  session.sendDelta(frames.bytes, nonce, revision, true, undefined, frames.count + (routers.length > 0 ? 1 : 0));
  ctl.options.logger.info({ host, revision, vnis: span.length, routers: routers.length }, 'host snapshot sent');
}
