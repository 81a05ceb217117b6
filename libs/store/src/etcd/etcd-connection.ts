import { domainError } from '@trellis/domain';
import { Etcd3, type IOptions, type IRangeRequest, type IRangeResponse, type ITxnRequest, type ITxnResponse } from 'etcd3';
import { MemberReader } from './etcd-member-reader';
import { isAvailabilityError, toStoreError, wasNotSent } from './etcd-errors';

export interface EtcdConnectionOptions {
  readonly endpoints: readonly string[];
  readonly dialTimeoutMs?: number;
  readonly requestTimeoutMs?: number;
}

type GlobalPolicy = NonNullable<NonNullable<IOptions['faultHandling']>['global']>;

/**
 * The client's own global retry re-sends every call, mutations included, after an ambiguous
 * failure. Retries are done here instead, where reads and writes are told apart.
 */
const passThrough = {
  execute: (fn: (context: { signal: AbortSignal; attempt: number }) => unknown) => fn({ signal: new AbortController().signal, attempt: 0 }),
} as unknown as GlobalPolicy;

const RETRY_DELAY_MS = 50;

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
  private readonly attempts: number;
  private readonly endpoints: readonly string[];
  private readonly dialTimeoutMs: number;
  /** One single-endpoint client per member, made on first need (stale-read fallback only). */
  private readonly memberClients = new Map<string, Etcd3>();
  private closed = false;

  constructor(options: EtcdConnectionOptions) {
    const requestTimeoutMs = options.requestTimeoutMs ?? 5_000;
    this.client = new Etcd3({
      hosts: [...options.endpoints],
      dialTimeout: options.dialTimeoutMs ?? 3_000,
      faultHandling: { global: passThrough },
      grpcOptions: { 'grpc.max_receive_message_length': 256 * 1024 * 1024, 'grpc.max_send_message_length': 64 * 1024 * 1024 },
      defaultCallOptions: (context) => (context.isStream ? {} : { deadline: Date.now() + requestTimeoutMs }),
    });
    this.attempts = Math.max(3, options.endpoints.length * 2);
    this.requestTimeoutMs = requestTimeoutMs;
    this.endpoints = [...options.endpoints];
    this.dialTimeoutMs = options.dialTimeoutMs ?? 3_000;
  }

  /**
   * Readers that serve member-local (serializable) reads from one member each, in endpoint
   * order: what is still available when the cluster has no quorum.
   */
  memberReaders(): MemberReader[] {
    return this.endpoints.map((endpoint) => {
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
      return new MemberReader(client, endpoint);
    });
  }

  get isClosed(): boolean {
    return this.closed;
  }

  private async withRetry<T>(operation: string, call: () => Promise<T>, retryable: (err: unknown) => boolean): Promise<T> {
    let lastError: unknown;
    // Retries go to other members; past one request timeout they only delay the answer.
    const giveUpAt = Date.now() + this.requestTimeoutMs;
    for (let attempt = 0; attempt < this.attempts && (attempt === 0 || Date.now() < giveUpAt); attempt++) {
      if (this.closed) throw domainError('StoreClosed', {});
      try {
        return await call();
      } catch (err) {
        lastError = err;
        if (!retryable(err)) break;
        await new Promise((r) => setTimeout(r, RETRY_DELAY_MS * (attempt + 1)));
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
    this.client.close();
    for (const c of this.memberClients.values()) c.close();
    this.memberClients.clear();
  }
}
