import type { Etcd3, IRangeRequest, IRangeResponse, IRequestOp, ITxnRequest, ITxnResponse } from 'etcd3';
import type { EtcdReader } from './etcd-connection';

/**
 * Serializable (member-local) reads on one member, without retries: a member that has lost
 * quorum still answers them from its own copy, which may lag the cluster. Remembers the highest
 * revision it was answered at, which is what a stale answer reflects.
 */
export class MemberReader implements EtcdReader {
  /** Highest header revision seen by this reader (0 before any answer). */
  revision = 0;

  constructor(
    private readonly client: Etcd3,
    /** The member's client URL. */
    readonly member: string,
  ) {}

  async range(req: IRangeRequest): Promise<IRangeResponse> {
    const res = await this.client.kv.range({ ...req, serializable: true });
    this.note(res.header.revision);
    return res;
  }

  async readTxn(req: ITxnRequest): Promise<ITxnResponse> {
    // etcd serves a read-only txn locally only when every range in it is serializable.
    const local = (ops: IRequestOp[] | undefined) =>
      ops?.map((op) => (op.request_range ? { request_range: { ...op.request_range, serializable: true } } : op));
    const res = await this.client.kv.txn({ ...req, success: local(req.success), failure: local(req.failure) });
    this.note(res.header.revision);
    return res;
  }

  private note(revision: string | number): void {
    this.revision = Math.max(this.revision, Number(revision));
  }
}
