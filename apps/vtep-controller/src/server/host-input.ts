import type { trellis } from '@trellis/proto';
import { Status } from './host-stream';
import { StreamError } from './stream-error';

/**
 * Bounds on what a host may send; ids are bounded like Neutron's strings (255 bytes) and every
 * number that feeds a revision or VNI must be one. Violations end the stream with
 * INVALID_ARGUMENT naming the field (offending text quoted, truncated).
 */
export const HOST_INPUT_LIMITS = {
  /** host id, port id, resume epoch, nonce; in UTF-8 bytes. */
  maxIdBytes: 255,
  /** agent version, wiring detail, nack detail. */
  maxTextBytes: 1024,
  /** VNIs one Nack or Digests may name (a host's span is far smaller). */
  maxVnisPerMessage: 65_536,
  /** Routers one Digests may name. */
  maxRoutersPerMessage: 65_536,
} as const;

const MAX_VNI = 0xff_ffff;
const QUOTED_CHARS = 64;

/** `value` cut to a length fit for a status message. */
export function quoted(value: string): string {
  if (value.length <= QUOTED_CHARS) return JSON.stringify(value);
  return `${JSON.stringify(value.slice(0, QUOTED_CHARS))}… (${value.length} chars)`;
}

const invalid = (message: string) => new StreamError(Status.INVALID_ARGUMENT, message);

function text(value: string | null | undefined, field: string, maxBytes: number): void {
  const s = value ?? '';
  // Optimization: a UTF-16 unit is at most 3 UTF-8 bytes, so short strings skip the count.
  if (s.length * 3 > maxBytes && Buffer.byteLength(s, 'utf8') > maxBytes) throw invalid(`${field} ${quoted(s)} is longer than ${maxBytes} bytes`);
}

function count(value: number | null | undefined, field: string): void {
  const n = value ?? 0;
  if (!Number.isSafeInteger(n) || n < 0) throw invalid(`${field} ${String(n).slice(0, 32)} is out of range`);
}

function vnis(list: readonly number[] | null | undefined, field: string): void {
  const l = list ?? [];
  if (l.length > HOST_INPUT_LIMITS.maxVnisPerMessage) throw invalid(`${field} names ${l.length} VNIs, over the limit of ${HOST_INPUT_LIMITS.maxVnisPerMessage}`);
  for (let i = 0; i < l.length; i++) if (!(l[i] >= 1 && l[i] <= MAX_VNI)) throw invalid(`${field}[${i}] ${l[i]} is not a VNI (1 to ${MAX_VNI})`);
}

/** Hello's own fields (VTEP and registry checks stay with the controller). */
export function checkHello(hello: trellis.l2.v1.IHello): void {
  text(hello.hostId, 'hello.host_id', HOST_INPUT_LIMITS.maxIdBytes);
  text(hello.agentVersion, 'hello.agent_version', HOST_INPUT_LIMITS.maxTextBytes);
  const token = hello.resume;
  if (token) {
    text(token.epoch, 'hello.resume.epoch', HOST_INPUT_LIMITS.maxIdBytes);
    count(token.revision, 'hello.resume.revision');
    count(token.subscriptionVersion, 'hello.resume.subscription_version');
  }
}

export function checkAck(ack: trellis.l2.v1.IAck): void {
  text(ack.nonce, 'ack.nonce', HOST_INPUT_LIMITS.maxIdBytes);
  count(ack.revision, 'ack.revision');
}

export function checkNack(nack: trellis.l2.v1.INack): void {
  text(nack.nonce, 'nack.nonce', HOST_INPUT_LIMITS.maxIdBytes);
  count(nack.revision, 'nack.revision');
  text(nack.errorDetail, 'nack.error_detail', HOST_INPUT_LIMITS.maxTextBytes);
  vnis(nack.vnis, 'nack.vnis');
}

/** Per-entry text bounds; count, ids present and wiring are checked by HostRequests. */
export function checkPortStatuses(batch: trellis.l2.v1.IPortStatusBatch): void {
  const statuses = batch.statuses ?? [];
  for (let i = 0; i < statuses.length; i++) {
    text(statuses[i].portId, `port_statuses[${i}].port_id`, HOST_INPUT_LIMITS.maxIdBytes);
    text(statuses[i].detail, `port_statuses[${i}].detail`, HOST_INPUT_LIMITS.maxTextBytes);
  }
}

export function checkDigests(digests: trellis.l2.v1.IDigests): void {
  count(digests.revision, 'digests.revision');
  const list = digests.vnis ?? [];
  if (list.length > HOST_INPUT_LIMITS.maxVnisPerMessage) throw invalid(`digests names ${list.length} VNIs, over the limit of ${HOST_INPUT_LIMITS.maxVnisPerMessage}`);
  for (let i = 0; i < list.length; i++) {
    const d = list[i];
    if (!((d.vni ?? 0) >= 1 && (d.vni ?? 0) <= MAX_VNI)) throw invalid(`digests.vnis[${i}].vni ${d.vni ?? 0} is not a VNI (1 to ${MAX_VNI})`);
    // The digest (fixed64: the top 53 bits of the sum, shifted back) needs no check: any value merely mismatches.
  }
  const routers = digests.routers ?? [];
  if (routers.length > HOST_INPUT_LIMITS.maxRoutersPerMessage) throw invalid(`digests names ${routers.length} routers, over the limit of ${HOST_INPUT_LIMITS.maxRoutersPerMessage}`);
  for (let i = 0; i < routers.length; i++) {
    const id = routers[i].routerId ?? '';
    if (id === '') throw invalid(`digests.routers[${i}] has no router_id`);
    text(id, `digests.routers[${i}].router_id`, HOST_INPUT_LIMITS.maxIdBytes);
  }
}
