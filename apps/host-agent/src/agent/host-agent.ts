import { EventEmitter } from 'node:events';
import { Client, credentials, type ChannelCredentials, type ChannelInterface, type ChannelOptions } from '@grpc/grpc-js';
import { ipToBytes, type HostView } from '@trellis/l2';
import { DistributionService, trellis } from '@trellis/proto';
import type { Logger } from 'pino';
import type { DataplaneBackend, PortWiringReport } from '../dataplane/backend';
import { backoffDelayMs, DEFAULT_BACKOFF, reconnectChannelOptions, type BackoffOptions } from './backoff';
import { ControllerCall } from './controller-call';
import { HostState, type VersionOutcome } from './host-state';
import type { ResumeState, StateStore } from './state-store';

type HostMessage = trellis.l2.v1.IHostMessage;
type ControllerMessage = trellis.l2.v1.ControllerMessage;
type Call = ControllerCall;

const ControllerMessageCodec = trellis.l2.v1.ControllerMessage;
const HostMessageCodec = trellis.l2.v1.HostMessage;

/** Encodes and sends one host message on the session's call; false when the call wants 'drain'. */
function send(call: Call, msg: HostMessage): boolean {
  return call.write(HostMessageCodec.encode(msg).finish());
}

const Wiring = trellis.l2.v1.Wiring;
const WIRING_OF = { wired: Wiring.WIRING_WIRED, unwired: Wiring.WIRING_UNWIRED, error: Wiring.WIRING_ERROR } as const;

export interface HostAgentOptions {
  hostId: string;
  /** This host's VTEP (IPv4 or IPv6 text). */
  vtep: string;
  /** Controller endpoints (`host:port`), tried in turn. */
  targets: readonly string[];
  backend: DataplaneBackend;
  /** Persisted view + resume token; without one the agent starts empty after a restart. */
  store?: StateStore;
  logger: Logger;
  agentVersion?: string;
  /** Period of per-VNI digest reports (and pending port re-checks); 0 disables. Default 30 s. */
  digestIntervalMs?: number;
  backoff?: Partial<BackoffOptions>;
  /** A stream silent for this long (no heartbeat) is cancelled and reconnected; 0 disables. Default 60 s. */
  idleTimeoutMs?: number;
  /** Queued controller messages above which the stream is paused (flow control). Default 64. */
  maxQueuedMessages?: number;
  random?: () => number;
  /** Transport security (runtime's `grpcChannelCredentials`: this host's certificate); default plaintext. */
  credentials?: ChannelCredentials;
  /** grpc-js channel options (e.g. `grpc.use_local_subchannel_pool` for one connection per agent in simulations). */
  channelOptions?: ChannelOptions;
  /**
   * The channel for a session to `target`, owned by the caller: the agent opens its own stream on
   * it (grpc-js `channelOverride`) and never closes it, so a cancelled or failed stream leaves
   * the channel to the others using it. For simulations that run many hosts in one process, each
   * with its own stream over one channel per target (`channelOptions` is then not used). Without
   * it each session gets its own client and channel, closed when the session ends.
   */
  channelFor?: (target: string) => ChannelInterface;
  /**
   * Longest time an ack is held back so that one ack settles several versions (an ack settles
   * its nonce and every earlier one); only the newest is sent. Held acks go out at once before a
   * nack, a digest report, a snapshot end's ack and when the stream ends. 0 acks every version at
   * once. Default 50 ms.
   */
  ackDelayMs?: number;
  /** Coalescing window of state saves to `store` (see README, Persistence); 0 saves every version. Default 1000 ms. */
  persistIntervalMs?: number;
}

const DEFAULT_ACK_DELAY_MS = 50;
const DEFAULT_PERSIST_INTERVAL_MS = 1000;


/** Events: `session` (target), `welcome` (Welcome), `applied` ({kind: snapshot|delta|heartbeat, revision}), `nacked` (Nack), `reconciled` (full dataplane reconcile after catching up), `disconnected` (target). */
export class HostAgent extends EventEmitter {
  readonly state: HostState;
  private readonly log: Logger;
  private readonly backoff: BackoffOptions;
  private readonly channelOptions: ChannelOptions;
  private stopped = false;
  private loop: Promise<void> | undefined;
  private call: Call | undefined;
  private wakeUp: (() => void) | undefined;
  private digestTimer: NodeJS.Timeout | undefined;
  private readonly outbox = new Map<string, trellis.l2.v1.IPortStatus>();
  private readonly pendingPorts = new Map<string, { vni: number }>();
  /** Local ports last reported `error`. */
  private readonly failedPorts = new Set<string>();
  /** Controller messages received and not yet handled (current stream). */
  private backlog = 0;
  /** The newest ack held back (see finishVersion) and the timer that sends it. */
  private pendingAck: trellis.l2.v1.IHostMessage | undefined;
  private ackTimer: NodeJS.Timeout | undefined;
  private readonly ackDelayMs: number;
  /** Target of the current (or last) session. */
  target: string | undefined;
  /** The call a Welcome arrived on (port statuses go out only after it). */
  private welcomedCall: Call | undefined;
  /** The running re-check of pending ports, and whether another was asked for meanwhile. */
  private portCheck: Promise<void> | undefined;
  private portCheckAgain = false;

  constructor(private readonly options: HostAgentOptions) {
    super();
    if (options.targets.length === 0) throw new TypeError('HostAgent needs at least one controller target');
    this.log = options.logger.child({ component: 'host-agent', hostId: options.hostId });
    this.backoff = { ...DEFAULT_BACKOFF, ...options.backoff };
    this.channelOptions = { ...reconnectChannelOptions(this.backoff), ...options.channelOptions };
    this.ackDelayMs = options.ackDelayMs ?? DEFAULT_ACK_DELAY_MS;
    this.state = new HostState({
      backend: options.backend,
      store: options.store,
      logger: this.log,
      persistIntervalMs: options.persistIntervalMs ?? DEFAULT_PERSIST_INTERVAL_MS,
    });
  }

  get view(): HostView {
    return this.state.view;
  }

  get token(): ResumeState | undefined {
    return this.state.token;
  }

  /** Loads the persisted state, reconciles the dataplane with it, then connects (in the background). */
  async start(): Promise<void> {
    // A tap appears when Nova / libvirt creates it, usually after the bind: the backend says
    // when, so `network-vif-plugged` follows within a second instead of the periodic re-check.
    this.options.backend.watchPortDevices?.(() => void this.checkPendingPorts());
    this.report(await this.state.init());
    this.loop = this.run();
  }

  /** Closes the stream, stops reconnecting and makes the persisted state durable. The dataplane stays. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.wakeUp?.();
    if (this.call) {
      this.flushAck(this.call, true);
      this.call.stream.cancel();
    }
    await this.loop;
    this.state.flushSave();
    await this.options.store?.flush();
  }

  private async run(): Promise<void> {
    let attempt = 0;
    let index = 0;
    const random = this.options.random ?? Math.random;
    while (!this.stopped) {
      const target = this.options.targets[index % this.options.targets.length];
      const welcomed = await this.session(target);
      if (this.stopped) break;
      // After a good session retry the same controller at once; after a failed one, fail over.
      if (welcomed) attempt = 0;
      else {
        index++;
        attempt++;
      }
      const delayMs = welcomed ? 0 : backoffDelayMs(attempt - 1, this.backoff, random);
      this.log.info({ target, next: this.options.targets[index % this.options.targets.length], delayMs }, 'controller stream closed; reconnecting');
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, delayMs);
        this.wakeUp = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wakeUp = undefined;
    }
  }

  /** One stream to one controller; resolves when it ends, with whether a Welcome arrived. */
  private session(target: string): Promise<boolean> {
    return new Promise((resolve) => {
      const shared = this.options.channelFor?.(target);
      const client = new Client(target, this.options.credentials ?? credentials.createInsecure(), shared ? { channelOverride: shared } : this.channelOptions);
      let welcomed = false;
      let ended = false;
      /** Set when a message could not be decoded: the stream is being cancelled, later messages are dropped. */
      let broken = false;
      const queue: ControllerMessage[] = [];
      let draining = false;
      let paused = false;
      const maxQueued = this.options.maxQueuedMessages ?? 64;
      // Messages arrive as bytes (ControllerCall) and are decoded here, in arrival order.
      const receive = (payload: Buffer): void => {
        if (broken || ended) return;
        let msg: ControllerMessage;
        try {
          msg = ControllerMessageCodec.decode(payload);
        } catch (err) {
          broken = true;
          this.log.error({ err }, 'controller message could not be decoded');
          call.stream.cancel();
          return;
        }
        touch();
        queue.push(msg);
        if (queue.length >= maxQueued && !paused) {
          paused = true;
          call.stream.pause();
        }
        drain();
      };
      const call = new ControllerCall(client, DistributionService.stream.path, receive);
      const stream = call.stream;
      this.call = call;
      this.target = target;
      let idleTimer: NodeJS.Timeout | undefined;
      const idleMs = this.options.idleTimeoutMs ?? 60_000;
      const touch = () => {
        if (idleMs <= 0) return;
        clearTimeout(idleTimer);
        idleTimer = setTimeout(() => {
          this.log.warn({ target, idleMs }, 'controller stream idle; reconnecting');
          this.flushAck(call, true);
          stream.cancel();
        }, idleMs);
      };
      const finish = (reason: string, err?: Error) => {
        if (ended) return;
        ended = true;
        // Last chance for a held ack (a half-closed stream may still take it).
        this.flushAck(call, true);
        this.backlog = 0;
        clearTimeout(idleTimer);
        this.stopDigests();
        if (this.call === call) this.call = undefined;
        // A shared channel belongs to its owner; the stream itself is over.
        if (!shared) client.close();
        this.log.info({ target, reason, error: err?.message }, 'controller stream ended');
        this.emit('disconnected', target);
        resolve(welcomed);
      };
      const failed = (err: unknown) => {
        draining = false;
        this.log.error({ err }, 'failed to handle a controller message');
        stream.cancel();
      };
      // Handles queued messages in order. Optimization: synchronously, message after message,
      // as long as handling is synchronous (memory backend); it continues after the Promise of
      // a message whose handling is not (a real dataplane), never handling two at once.
      const drain = (): void => {
        if (draining) return;
        draining = true;
        try {
          while (queue.length > 0 && !ended) {
            const msg = queue.shift()!;
            if (paused && queue.length < maxQueued / 2) {
              paused = false;
              stream.resume();
            }
            if (msg.welcome) welcomed = true;
            this.backlog = queue.length;
            const pending = this.handle(call, msg);
            if (pending) {
              pending.then(() => {
                draining = false;
                drain();
              }, failed);
              return;
            }
          }
          this.backlog = 0;
          draining = false;
          if (!ended) this.scheduleAck(call);
        } catch (err) {
          failed(err);
        }
      };
      // Backpressure: while the stream wants 'drain', a delta's ack stays held (a later one
      // supersedes it), port statuses stay in the outbox (one entry per port) and digest rounds
      // are skipped; on 'drain' what is held goes out.
      stream.on('drain', () => {
        if (ended) return;
        if (this.backlog === 0 && !draining) this.scheduleAck(call);
        if (call === this.welcomedCall && this.outbox.size > 0) this.flushOutbox(call);
      });
      stream.on('error', (err) => finish('error', err));
      stream.on('end', () => finish('end'));
      stream.on('close', () => finish('close'));
      touch();
      const t = this.state.token;
      send(call, {
        hello: {
          hostId: this.options.hostId,
          vtep: ipToBytes(this.options.vtep),
          agentVersion: this.options.agentVersion ?? '0.1.0',
          resume: t ? { epoch: t.epoch, revision: t.revision, subscriptionVersion: t.subscriptionVersion } : undefined,
        },
      });
      this.emit('session', target);
    });
  }

  /** Handles one controller message; returns a Promise only when handling is asynchronous. */
  private handle(call: Call, msg: ControllerMessage): Promise<void> | undefined {
    switch (msg.kind) {
      case 'welcome':
        this.welcomedCall = call;
        this.state.welcome(msg.welcome!);
        this.log.info({ target: this.target, snapshot: msg.welcome!.snapshot, revision: msg.welcome!.revision }, 'welcomed by controller');
        this.emit('welcome', msg.welcome);
        this.flushOutbox(call);
        this.startDigests(call);
        return this.catchUp(call);
      case 'snapshotChunk':
        this.state.chunk(msg.snapshotChunk!);
        return;
      case 'snapshotEnd':
        return this.finish(call, 'snapshot', performance.now(), this.state.snapshotEnd(msg.snapshotEnd!));
      case 'delta':
        return this.finish(call, 'delta', performance.now(), this.state.delta(msg.delta!));
      case 'heartbeat':
        if (this.state.heartbeat(Number(msg.heartbeat!.revision ?? 0))) this.emit('applied', { kind: 'heartbeat', revision: this.state.token!.revision });
        return this.catchUp(call);
      default:
        this.log.warn({ kind: msg.kind }, 'unknown controller message ignored');
    }
  }

  private finish(call: Call, kind: 'snapshot' | 'delta', startedMs: number, outcome: VersionOutcome | Promise<VersionOutcome>): Promise<void> | undefined {
    if (outcome instanceof Promise) {
      return outcome.then((o) => {
        this.finishVersion(call, kind, startedMs, o);
        return this.catchUp(call);
      });
    }
    this.finishVersion(call, kind, startedMs, outcome);
    return this.catchUp(call);
  }

  /**
   * Once after start, when the view has caught up with the controller: the full dataplane
   * reconcile (the startup one only added). Handled in the message order, like a version.
   */
  private catchUp(call: Call): Promise<void> | undefined {
    if (!this.state.catchUpDue()) return undefined;
    return this.state.reconcileCaughtUp().then((ports) => {
      // A port already reported wired stays so: only changes are reported (no status churn).
      const changed = ports.filter((p) => p.state !== 'wired' || this.failedPorts.has(p.portId) || this.pendingPorts.has(p.portId));
      if (changed.length > 0) this.report(changed);
      if (this.outbox.size > 0) this.flushOutbox(call);
      this.emit('reconciled');
    });
  }

  private finishVersion(call: Call, kind: 'snapshot' | 'delta', startedMs: number, outcome: VersionOutcome): void {
    if (!call.stream.writable) return;
    // Optimization: an ack settles its nonce and every earlier one, so a delta's ack is held
    // (while more messages wait, and then up to ackDelayMs) and only the newest one is sent.
    // A snapshot end's ack (the host is now in sync) and a nack go out at once; a nack is
    // preceded by the held ack so the controller settles what did apply.
    if (outcome.applied && kind === 'delta' && (this.backlog > 0 || this.ackDelayMs > 0)) this.pendingAck = outcome.reply;
    else {
      if (outcome.applied) this.pendingAck = undefined;
      else this.flushAck(call, true);
      send(call, outcome.reply);
    }
    if (outcome.ports.length > 0) this.report(outcome.ports);
    if (this.outbox.size > 0) this.flushOutbox(call);
    if (outcome.applied) this.emit('applied', { kind, revision: outcome.reply.ack?.revision ?? 0, applyMs: performance.now() - startedMs });
    else this.emit('nacked', outcome.reply.nack);
  }

  /** Once the receive queue is empty: sends a held ack now (ackDelayMs 0) or arms its timer. */
  private scheduleAck(call: Call): void {
    if (!this.pendingAck) return;
    if (this.ackDelayMs <= 0) return this.flushAck(call);
    if (this.ackTimer) return;
    this.ackTimer = setTimeout(() => {
      this.ackTimer = undefined;
      this.flushAck(call);
    }, this.ackDelayMs);
  }

  /** Sends the held ack, unless the stream wants 'drain' (then 'drain' sends it) and not `force`. */
  private flushAck(call: Call, force = false): void {
    clearTimeout(this.ackTimer);
    this.ackTimer = undefined;
    if (!force && call.stream.writableNeedDrain) return;
    const ack = this.pendingAck;
    this.pendingAck = undefined;
    if (ack && call.stream.writable) send(call, ack);
  }

  /**
   * Queues port statuses. Pending ports are re-checked when the backend reports a new device,
   * on the digest timer, and once right after they become pending (their device may have
   * appeared while the version was being applied, before they were pending here).
   */
  private report(ports: readonly PortWiringReport[]): void {
    let newlyPending = false;
    for (const p of ports) {
      if (p.state === 'pending') {
        const vni = this.vniOfLocalPort(p.portId);
        if (vni !== undefined && !this.pendingPorts.has(p.portId)) {
          this.pendingPorts.set(p.portId, { vni });
          newlyPending = true;
        }
        continue;
      }
      this.pendingPorts.delete(p.portId);
      if (p.state === 'error') this.failedPorts.add(p.portId);
      else this.failedPorts.delete(p.portId);
      this.outbox.set(p.portId, { portId: p.portId, wiring: WIRING_OF[p.state], detail: p.detail ?? '' });
    }
    if (newlyPending && this.options.backend.watchPortDevices) void this.checkPendingPorts();
  }

  /**
   * Re-checks the pending ports with the backend and sends what changed. One check at a time;
   * a request during a check runs one more afterwards (a device may have appeared after the
   * check listed the links).
   */
  private checkPendingPorts(): Promise<void> {
    if (this.portCheck) {
      this.portCheckAgain = true;
      return this.portCheck;
    }
    if (this.pendingPorts.size === 0) return Promise.resolve();
    this.portCheck = (async () => {
      do {
        this.portCheckAgain = false;
        try {
          this.report(await this.options.backend.checkPorts(new Map(this.pendingPorts)));
        } catch (err) {
          this.log.warn({ err }, 'port re-check failed');
        }
        const call = this.call;
        if (call && call === this.welcomedCall && this.outbox.size > 0) this.flushOutbox(call);
      } while (this.portCheckAgain && this.pendingPorts.size > 0);
    })().finally(() => {
      this.portCheck = undefined;
    });
    return this.portCheck;
  }

  private vniOfLocalPort(portId: string): number | undefined {
    for (const t of this.state.view.values()) if (t.local.has(portId)) return t.vni;
    return undefined;
  }

  private flushOutbox(call: Call): void {
    // Every pending status goes out in one PortStatusBatch (split at 256, under the
    // controller's per-message limit): after a snapshot a host reports its ports in one message.
    const perMessage = 256;
    while (this.outbox.size > 0 && call.stream.writable && !call.stream.writableNeedDrain) {
      const statuses: trellis.l2.v1.IPortStatus[] = [];
      for (const [id, status] of this.outbox) {
        statuses.push(status);
        this.outbox.delete(id);
        if (statuses.length >= perMessage) break;
      }
      send(call, { portStatuses: { statuses } });
    }
  }

  private startDigests(call: Call): void {
    this.stopDigests();
    const every = this.options.digestIntervalMs ?? 30_000;
    if (every <= 0) return;
    this.digestTimer = setInterval(() => void this.digestTick(call), every);
    this.digestTimer.unref();
  }

  private stopDigests(): void {
    clearInterval(this.digestTimer);
    this.digestTimer = undefined;
  }

  private async digestTick(call: Call): Promise<void> {
    // The safety net for a device event that was missed.
    await this.checkPendingPorts();
    if (!call.stream.writable || call.stream.writableNeedDrain || this.state.syncing) return;
    // The digests describe every applied version: the controller must have seen their acks.
    this.flushAck(call);
    send(call, { digests: this.state.digests() });
    this.flushOutbox(call);
  }
}
