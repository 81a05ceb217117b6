import { domainError } from '@trellis/domain';
import { Etcd3, type IOptions, type IRangeRequest, type IRangeResponse, type ITxnRequest, type ITxnResponse } from 'etcd3';
import { QuorumCircuit } from './etcd-circuit';
import { MemberReader } from './etcd-member-reader';
import { isAvailabilityError, QuorumCircuitOpenError, toStoreError, waitedDeadline, wasNotSent } from './etcd-errors';

export interface EtcdConnectionOptions {
  readonly endpoints: readonly string[];
  readonly dialTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
  /** See {@link QuorumCircuitOptions.tripAfterMs} (default 2 s). */
  readonly quorumLossAfterMs?: number;
  /** While quorum is lost, probe for its return this often (default 250 ms). */
  readonly quorumProbeIntervalMs?: number;
  /** Deadline of one probe, and of the quick linearizable try of a read while quorum is lost (default 1 s). */
  readonly quorumProbeTimeoutMs?: number;
}

type GlobalPolicy = NonNullable<NonNullable<IOptions['faultHandling']>['global']>;
/** grpc-js call options and interceptors, as etcd3 exposes them (the store does not depend on grpc-js itself). */
type CallOptions = Exclude<NonNullable<IOptions['defaultCallOptions']>, (...args: never[]) => unknown>;
type Interceptor = NonNullable<CallOptions['interceptors']>[number];
type InterceptedCall = ReturnType<Interceptor>;

/**
 * Both of the client's own fault policies are replaced by this one, which calls once:
 * - its global policy (cockatiel `retry`, 3 attempts on any "recoverable" error, DEADLINE_EXCEEDED
 *   and UNAVAILABLE included) re-sends every call, mutations too, after an ambiguous failure,
 *   while the first attempt may still be applied;
 * - its per-member circuit breaker (open after 3 failures, half-open after 5 s) opens on the
 *   deadline errors of a cluster without quorum and then keeps refusing linearizable calls for
 *   up to 5 s after quorum is back, so reads kept falling back to stale member copies although
 *   quorum had returned.
 * Retries and the quorum circuit are done here instead, where reads and writes are told apart.
 */
// async: etcd3's markFailed() throws inside execute() and expects a rejection, not a throw.
const passThrough = {
  execute: async (fn: (context: { signal: AbortSignal; attempt: number }) => unknown) => fn({ signal: new AbortController().signal, attempt: 0 }),
} as unknown as GlobalPolicy;

/**
 * etcd's "require leader" metadata (Go clientv3 `WithRequireLeader`): a member without a leader
 * refuses the call at once with "etcdserver: no leader", before proposing anything, instead of
 * letting it wait for its deadline. Unary calls only: a watch must stay open through quorum loss.
 */
const requireLeader: Interceptor = (options, nextCall) => {
  const next = nextCall(options);
  // The call itself, with its metadata amended at start (grpc-js only calls the interface's methods).
  return new Proxy(next, {
    get(target, prop) {
      if (prop === 'start') {
        return (...args: Parameters<InterceptedCall['start']>) => {
          args[0].set('hasleader', 'true');
          target.start(...args);
        };
      }
      const value = Reflect.get(target, prop, target) as unknown;
      return typeof value === 'function' ? (value as (...a: unknown[]) => unknown).bind(target) : value;
    },
  }) as InterceptedCall;
};

const RETRY_DELAY_MS = 50;
const MAX_RETRY_DELAY_MS = 250;
/** Bounds the retry loop whatever the clock does. */
const MAX_ATTEMPTS = 100;

/** What the read paths need: range reads and read-only txns (linearizable or member-local). */
export interface EtcdReader {
  range(req: IRangeRequest, operation?: string): Promise<IRangeResponse>;
  readTxn(req: ITxnRequest, operation?: string): Promise<ITxnResponse>;
}

/**
 * One etcd3 client plus the retry rules of the store: reads retry on any availability error
 * (another member may answer), writes only when the request certainly never reached etcd.
 */
export class EtcdConnection implements EtcdReader {
  readonly client: Etcd3;
  readonly requestTimeoutMs: number;
  /** Open while the cluster is known to have no quorum. */
  readonly circuit: QuorumCircuit;
  private readonly endpoints: readonly string[];
  private readonly dialTimeoutMs: number;
  private readonly probeIntervalMs: number;
  private readonly probeTimeoutMs: number;
  /** One single-endpoint client per member, made on first need (stale-read fallback only). */
  private readonly memberClients = new Map<string, Etcd3>();
  private readonly readers = new Map<string, MemberReader>();
  private probeTimer: NodeJS.Timeout | undefined;
  private closed = false;

  constructor(options: EtcdConnectionOptions) {
    const requestTimeoutMs = options.requestTimeoutMs ?? 5_000;
    this.client = new Etcd3({
      hosts: [...options.endpoints],
      dialTimeout: options.dialTimeoutMs ?? 3_000,
      faultHandling: { global: passThrough, host: () => passThrough },
      grpcOptions: { 'grpc.max_receive_message_length': 256 * 1024 * 1024, 'grpc.max_send_message_length': 64 * 1024 * 1024 },
      // A call's own options (the quick read try while quorum is lost) override the deadline.
      defaultCallOptions: (context) => (context.isStream ? {} : { deadline: Date.now() + requestTimeoutMs, interceptors: [requireLeader] }),
    });
    this.requestTimeoutMs = requestTimeoutMs;
    this.endpoints = [...options.endpoints];
    this.dialTimeoutMs = options.dialTimeoutMs ?? 3_000;
    this.probeIntervalMs = options.quorumProbeIntervalMs ?? 250;
    this.probeTimeoutMs = Math.min(options.quorumProbeTimeoutMs ?? 1_000, requestTimeoutMs);
    this.circuit = new QuorumCircuit({ tripAfterMs: options.quorumLossAfterMs ?? 2_000 });
    this.circuit.onChange((open) => (open ? this.startProbing() : this.stopProbing()));
  }

  /** While open: a linearizable probe every `probeIntervalMs`; its success closes the circuit. */
  private startProbing(): void {
    if (this.probeTimer || this.closed) return;
    let probing = false;
    this.probeTimer = setInterval(() => {
      if (probing) return;
      probing = true;
      this.quickRange({ key: Buffer.from('\0'), count_only: true, limit: 1 })
        .catch(() => undefined)
        .finally(() => (probing = false));
    }, this.probeIntervalMs);
    this.probeTimer.unref();
  }

  private stopProbing(): void {
    clearInterval(this.probeTimer);
    this.probeTimer = undefined;
  }

  /** One linearizable range on any member, short deadline, no retry; reports to the circuit. */
  private async quickRange(req: IRangeRequest): Promise<IRangeResponse> {
    try {
      const res = await this.client.kv.range(req, { deadline: Date.now() + this.probeTimeoutMs });
      this.circuit.succeeded();
      return res;
    } catch (err) {
      if (isAvailabilityError(err)) this.circuit.failed(err, false);
      throw toStoreError(err, 'read');
    }
  }

  /**
   * While quorum is lost: a reader that tries each call once, linearizably, with a short
   * deadline (a member without a leader refuses at once). A success means quorum is back and
   * closes the circuit, so reads are linearizable again from the first one that can be.
   */
  quickReader(): EtcdReader {
    return {
      range: (req) => this.quickRange(req),
      readTxn: async (req) => {
        try {
          const res = await this.client.kv.txn(req, { deadline: Date.now() + this.probeTimeoutMs });
          this.circuit.succeeded();
          return res;
        } catch (err) {
          if (isAvailabilityError(err)) this.circuit.failed(err, false);
          throw toStoreError(err, 'read');
        }
      },
    };
  }

  /**
   * Readers that serve member-local (serializable) reads from one member each, in endpoint
   * order: what is still available when the cluster has no quorum.
   */
  memberReaders(): MemberReader[] {
    const readers = this.endpoints.map((endpoint) => {
      const known = this.readers.get(endpoint);
      if (known) return known;
      let client = this.memberClients.get(endpoint);
      if (!client) {
        const requestTimeoutMs = this.requestTimeoutMs;
        client = new Etcd3({
          hosts: [endpoint],
          dialTimeout: this.dialTimeoutMs,
          faultHandling: { global: passThrough },
          grpcOptions: { 'grpc.max_receive_message_length': 256 * 1024 * 1024 },
          defaultCallOptions: () => ({ deadline: Date.now() + requestTimeoutMs }),
        });
        this.memberClients.set(endpoint, client);
      }
      const reader = new MemberReader(client, endpoint);
      this.readers.set(endpoint, reader);
      return reader;
    });
    // The member that answered at the highest revision first: a member that lags behind (e.g. one
    // restarted while quorum is still lost) is asked only when the more current ones do not answer.
    return readers.sort((a, b) => b.revision - a.revision);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Runs a linearizable call, again (on any member) while `retryable` says so and one request
   * timeout has not passed, and reports every outcome to the quorum circuit. While the circuit is
   * open nothing is sent: the call fails at once with a certainly-not-sent error. Writes retry
   * only certainly-not-sent failures, so when the circuit opens between two attempts of a write,
   * none of its attempts can have been applied.
   */
  private async withRetry<T>(operation: string, call: () => Promise<T>, retryable: (err: unknown) => boolean): Promise<T> {
    let lastError: unknown;
    const giveUpAt = Date.now() + this.requestTimeoutMs;
    for (let attempt = 0; attempt < MAX_ATTEMPTS && (attempt === 0 || Date.now() < giveUpAt); attempt++) {
      if (this.closed) throw domainError('StoreClosed', {});
      if (this.circuit.isOpen) throw toStoreError(new QuorumCircuitOpenError(this.circuit.reason), operation);
      try {
        const result = await call();
        this.circuit.succeeded();
        return result;
      } catch (err) {
        lastError = err;
        if (isAvailabilityError(err)) this.circuit.failed(err, waitedDeadline(err));
        if (!retryable(err)) break;
        await new Promise((r) => setTimeout(r, Math.min(RETRY_DELAY_MS * (attempt + 1), MAX_RETRY_DELAY_MS)));
      }
    }
    throw toStoreError(lastError, operation);
  }

  /** A range read (linearizable unless `serializable` is set), retried on another member. */
  range(req: IRangeRequest, operation = 'read'): Promise<IRangeResponse> {
    return this.withRetry(operation, () => this.client.kv.range(req), isAvailabilityError);
  }

  /** A read-only txn (several ranges at one revision), retried freely. */
  readTxn(req: ITxnRequest, operation = 'read'): Promise<ITxnResponse> {
    return this.withRetry(operation, () => this.client.kv.txn(req), isAvailabilityError);
  }

  /** A mutating txn, retried only when it cannot have been applied. */
  writeTxn(req: ITxnRequest): Promise<ITxnResponse> {
    return this.withRetry('commit', () => this.client.kv.txn(req), wasNotSent);
  }

  /** Grants a lease; retried freely (a lease granted twice just expires unused). */
  async leaseGrant(ttlSeconds: number): Promise<string> {
    const res = await this.withRetry('commit', () => this.client.leaseClient.leaseGrant({ TTL: ttlSeconds }), isAvailabilityError);
    return String(res.ID);
  }

  compact(revision: number): Promise<unknown> {
    return this.withRetry('compact', () => this.client.kv.compact({ revision, physical: false }), wasNotSent);
  }

  close(): void {
    this.closed = true;
    this.stopProbing();
    this.client.close();
    for (const c of this.memberClients.values()) c.close();
    this.memberClients.clear();
  }
}
