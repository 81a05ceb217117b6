/** What one revision changed for one VNI, as retained for resume (encoded VniDeltas). */
export interface LoggedVni {
  readonly vni: number;
  /** The shared delta, or null when plain members got nothing. */
  readonly shared: Uint8Array | null;
  /**
   * Hosts with their own delta; an empty array = nothing for that host (not the shared one).
   * Hosts in `full` or `left` are not here: resume resends their current table or a leave.
   */
  readonly perHost: ReadonlyMap<string, Uint8Array>;
  /** Hosts that got a full table / left: resume sends them the current table / leave instead. */
  readonly full: readonly string[];
  readonly left: readonly string[];
}

/** Hosts that got a router's whole state or its leave at one revision (resume resends the current one). */
export interface LoggedRouter {
  readonly routerId: string;
  readonly full: readonly string[];
  readonly left: readonly string[];
}

export interface LogRecord {
  readonly revision: number;
  readonly vnis: readonly LoggedVni[];
  readonly routers?: readonly LoggedRouter[];
}

export interface DeltaLogLimits {
  readonly maxRecords: number;
  readonly maxBytes: number;
}

/**
 * The retained delta log: recent revisions' encoded VniDeltas, bounded in records and bytes.
 * `floor` is the revision after which every revision is retained (a host whose token is at or
 * after the floor can be brought up to date from the log alone). Like OVSDB's transaction
 * history, but sized in bytes and kept across restarts by the index store.
 */
export class DeltaLog {
  private readonly records: LogRecord[] = [];
  private bytes = 0;
  floor: number;

  constructor(
    private readonly limits: DeltaLogLimits,
    floor = 0,
  ) {
    this.floor = floor;
  }

  get size(): number {
    return this.records.length;
  }

  get byteSize(): number {
    return this.bytes;
  }

  /**
   * Appends a record (its bodies are copied into one buffer of their own); returns the
   * revisions trimmed to stay within the limits.
   */
  append(record: LogRecord): number[] {
    record = compactRecord(record);
    this.records.push(record);
    this.bytes += recordBytes(record);
    const trimmed: number[] = [];
    while (this.records.length > 1 && (this.records.length > this.limits.maxRecords || this.bytes > this.limits.maxBytes)) {
      const old = this.records.shift()!;
      this.bytes -= recordBytes(old);
      this.floor = old.revision;
      trimmed.push(old.revision);
    }
    return trimmed;
  }

  /** Drops everything: the log restarts at `floor` (e.g. after a feed snapshot jump). */
  reset(floor: number): number[] {
    const dropped = this.records.map((r) => r.revision);
    this.records.length = 0;
    this.bytes = 0;
    this.floor = floor;
    return dropped;
  }

  covers(revision: number, current: number): boolean {
    return revision >= this.floor && revision <= current;
  }

  /** Records with revision > `after`, oldest first. */
  *after(after: number): Iterable<LogRecord> {
    let lo = 0;
    let hi = this.records.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.records[mid].revision <= after) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < this.records.length; i++) yield this.records[i];
  }
}

/**
 * The record with every body copied into one exact-size buffer. Why: encoders return slices of
 * Node's shared 8 kB allocation pool, and one retained slice keeps its whole slab alive, so a
 * log of small deltas interleaved with garbage messages would pin many times its own size.
 */
function compactRecord(r: LogRecord): LogRecord {
  let total = 0;
  for (const v of r.vnis) {
    total += v.shared?.length ?? 0;
    for (const b of v.perHost.values()) total += b.length;
  }
  const arena = Buffer.allocUnsafeSlow(total);
  let at = 0;
  const copy = (b: Uint8Array): Uint8Array => {
    if (b.length === 0) return EMPTY_BODY;
    arena.set(b, at);
    at += b.length;
    return arena.subarray(at - b.length, at);
  };
  return {
    revision: r.revision,
    ...(r.routers && r.routers.length > 0 ? { routers: r.routers } : {}),
    vnis: r.vnis.map((v) => {
      const perHost = new Map<string, Uint8Array>();
      for (const [h, b] of v.perHost) perHost.set(h, copy(b));
      return { vni: v.vni, shared: v.shared ? copy(v.shared) : null, perHost, full: v.full, left: v.left };
    }),
  };
}

const EMPTY_BODY = new Uint8Array(0);

/** One host's catch-up from the log: replayed messages per revision, then tables to resend. */
export interface ReplayPlan {
  readonly messages: Array<{ revision: number; vnis: Uint8Array[] }>;
  /** VNIs whose membership changed for the host: send the current table (or leave). */
  readonly resend: Set<number>;
  /** Routers that changed for the host: send their current state (or leave). */
  readonly routers: Set<string>;
}

/**
 * What `host` missed after `after`: for VNIs it stayed a member of throughout, the logged deltas
 * it received then (shared or its own), in revision order; for VNIs it joined, left or was
 * resynced in, only the VNI numbers (the current table or a leave replaces the history).
 */
export function planReplay(log: DeltaLog, host: string, after: number, spanNow: ReadonlySet<number>): ReplayPlan {
  const resend = new Set<number>();
  const routers = new Set<string>();
  for (const rec of log.after(after)) {
    for (const v of rec.vnis) if (v.full.includes(host) || v.left.includes(host)) resend.add(v.vni);
    for (const r of rec.routers ?? []) if (r.full.includes(host) || r.left.includes(host)) routers.add(r.routerId);
  }
  const messages: ReplayPlan['messages'] = [];
  for (const rec of log.after(after)) {
    const vnis: Uint8Array[] = [];
    for (const v of rec.vnis) {
      if (resend.has(v.vni) || !spanNow.has(v.vni)) continue;
      const own = v.perHost.get(host);
      if (own !== undefined) {
        if (own.length > 0) vnis.push(own);
      } else if (v.shared) vnis.push(v.shared);
    }
    if (vnis.length > 0) messages.push({ revision: rec.revision, vnis });
  }
  return { messages, resend, routers };
}

function recordBytes(r: LogRecord): number {
  let n = 16;
  for (const x of r.routers ?? []) n += 32 + x.routerId.length + 8 * (x.full.length + x.left.length);
  for (const v of r.vnis) {
    n += 32 + (v.shared?.length ?? 0) + 8 * (v.full.length + v.left.length);
    for (const [h, b] of v.perHost) n += h.length + b.length + 8;
  }
  return n;
}
