import { domainError } from '@trellis/domain';
import type { IEvent, IWatchRequest, IWatchResponse } from 'etcd3';
import type { Change, WatchEvent, WatchOptions } from '../store';
import type { EtcdContext } from './etcd-context';
import { unavailable } from './etcd-errors';
import { prefixEnd } from './etcd-keys';
import { currentRevision as currentRevisionOf } from './etcd-reads';

export interface EtcdWatchSettings {
  /** Give up (ServiceUnavailable) when no member accepted the watch for this long. */
  readonly reconnectTimeoutMs: number;
  /** Aborts every watch when the store closes. */
  readonly closed: AbortSignal;
}

/** Stop reading from etcd while this many responses wait for the consumer (flow control). */
const HIGH_WATER = 16;
const RECONNECT_DELAY_MS = 100;

type Stream = {
  write(req: IWatchRequest): void;
  cancel(): void;
  on(event: string, fn: (arg: never) => void): unknown;
  pause?(): void;
  resume?(): void;
};

type Signal = { kind: 'response'; res: IWatchResponse } | { kind: 'broken'; err: unknown } | { kind: 'wake' };

function toChange(ctx: EtcdContext, ev: IEvent): Change | undefined {
  const parsed = ctx.layout.parseDataKey(ev.kv.key);
  if (!parsed) return undefined;
  const prevValue = ev.prev_kv ? (JSON.parse(ev.prev_kv.value.toString('utf8')) as unknown) : undefined;
  const base = { collection: parsed.collection, key: parsed.key, ...(prevValue !== undefined ? { prevValue } : {}) };
  if (ev.type === 'Put') {
    return {
      type: 'put',
      ...base,
      value: JSON.parse(ev.kv.value.toString('utf8')) as unknown,
      createRevision: Number(ev.kv.create_revision),
      modRevision: Number(ev.kv.mod_revision),
      version: Number(ev.kv.version),
    };
  }
  // As in etcd's delete event: createRevision and version are 0.
  return { type: 'delete', ...base, createRevision: 0, modRevision: Number(ev.kv.mod_revision), version: 0 };
}

/**
 * Follows etcd from `afterRevision + 1` on the data prefix (index entries are not watched) and
 * turns each etcd revision into one `changes` event. The stream reconnects to any member from
 * the last delivered revision, so a lost member costs a retry, not a gap; a compacted start
 * revision ends the watch with `compacted` carrying etcd's compact revision.
 */
export async function* watchEtcd(ctx: EtcdContext, options: WatchOptions, settings: EtcdWatchSettings): AsyncGenerator<WatchEvent> {
  const only = options.collections ? new Set(options.collections) : undefined;
  const key = only?.size === 1 ? ctx.layout.collectionData([...only][0]!) : ctx.layout.allData();
  let next = options.afterRevision + 1;
  let lastHealthy = Date.now();

  const queue: Signal[] = [];
  let wake: (() => void) | undefined;
  const push = (s: Signal) => {
    queue.push(s);
    wake?.();
  };
  const stop = () => push({ kind: 'wake' });
  options.signal?.addEventListener('abort', stop);
  settings.closed.addEventListener('abort', stop);
  const ended = () => options.signal?.aborted === true || settings.closed.aborted;

  let stream: Stream | undefined;
  let paused = false;
  let progressTimer: NodeJS.Timeout | undefined;
  const armProgress = () => {
    if (options.progressIntervalMs === undefined) return;
    clearTimeout(progressTimer);
    progressTimer = setTimeout(() => stream?.write({ progress_request: {} }), options.progressIntervalMs);
  };

  try {
    while (!ended()) {
      // One stream per attempt; its callbacks only enqueue, the loop below does the work.
      const current = (await ctx.conn.client.watchClient.watch().catch((err: unknown) => {
        push({ kind: 'broken', err });
        return undefined;
      })) as Stream | undefined;
      stream = current;
      if (current) {
        current.on('data', (res: IWatchResponse) => {
          if (stream !== current) return;
          push({ kind: 'response', res });
          if (queue.length >= HIGH_WATER && current.pause) {
            paused = true;
            current.pause();
          }
        });
        current.on('error', (err: Error) => stream === current && push({ kind: 'broken', err }));
        current.on('end', () => stream === current && push({ kind: 'broken', err: new Error('watch stream ended') }));
        current.write({
          create_request: { key, range_end: prefixEnd(key), start_revision: next, prev_kv: true },
        });
      }

      let broken: unknown;
      while (broken === undefined && !ended()) {
        if (queue.length === 0) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        const signal = queue.shift()!;
        if (paused && queue.length < HIGH_WATER / 2) {
          paused = false;
          current?.resume?.();
        }
        if (signal.kind === 'wake') continue;
        if (signal.kind === 'broken') {
          broken = signal.err;
          break;
        }
        const res = signal.res;
        if (Number(res.compact_revision) > 0) {
          // etcd's compaction response carries no header revision; ask for it.
          const currentRevision = Number(res.header?.revision ?? 0) || (await currentRevisionOf(ctx));
          yield { type: 'compacted', compactRevision: Number(res.compact_revision), currentRevision };
          return;
        }
        if (res.created) {
          lastHealthy = Date.now();
          if (res.canceled) throw new Error(`etcd refused the watch: ${res.cancel_reason}`);
          armProgress();
          continue;
        }
        if (res.canceled) {
          broken = new Error(`etcd cancelled the watch: ${res.cancel_reason}`);
          break;
        }
        lastHealthy = Date.now();
        if (res.events.length === 0) {
          // A progress response: every event up to header.revision has been sent.
          const revision = Number(res.header.revision);
          if (options.progressIntervalMs !== undefined) yield { type: 'progress', revision: Math.max(revision, next - 1) };
          next = Math.max(next, revision + 1);
          armProgress();
          continue;
        }
        yield* groupByRevision(ctx, res.events, only);
        next = Number(res.events[res.events.length - 1]!.kv.mod_revision) + 1;
        armProgress();
      }
      clearTimeout(progressTimer);
      stream = undefined;
      current?.cancel();
      if (settings.closed.aborted && options.signal?.aborted !== true) throw domainError('StoreClosed', {});
      if (ended()) return;
      if (Date.now() - lastHealthy > settings.reconnectTimeoutMs) throw unavailable(broken, 'watch');
      await new Promise((r) => setTimeout(r, RECONNECT_DELAY_MS));
    }
    if (settings.closed.aborted && options.signal?.aborted !== true) throw domainError('StoreClosed', {});
  } finally {
    clearTimeout(progressTimer);
    options.signal?.removeEventListener('abort', stop);
    settings.closed.removeEventListener('abort', stop);
    const s = stream;
    stream = undefined;
    s?.cancel();
  }
}

/** etcd never splits one revision across watch responses (without `fragment`), so grouping per response is exact. */
function* groupByRevision(ctx: EtcdContext, events: readonly IEvent[], only: ReadonlySet<string> | undefined): Generator<WatchEvent> {
  let revision = 0;
  let changes: Change[] = [];
  const flush = function* (): Generator<WatchEvent> {
    if (changes.length > 0) yield { type: 'changes', revision, timestampMs: Date.now(), changes };
    changes = [];
  };
  for (const ev of events) {
    const rev = Number(ev.kv.mod_revision);
    if (rev !== revision) {
      yield* flush();
      revision = rev;
    }
    const change = toChange(ctx, ev);
    if (change && (!only || only.has(change.collection))) changes.push(change);
  }
  yield* flush();
}
