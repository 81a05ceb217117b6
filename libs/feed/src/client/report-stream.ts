import { status, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import type { trellis } from '@trellis/proto';
import type { Logger } from '@trellis/runtime';
import { fromStatusParts } from '../grpc-errors';

type ReportCall = ClientDuplexStream<trellis.feed.v2.IReportRequest, trellis.feed.v2.IReportResponse>;

/** A request the stream could not answer (it broke, timed out, or the server lacks it): send it another way. */
export class ReportStreamUnavailable extends Error {
  constructor(
    /** The server has no Report method (an older central): do not try the stream again. */
    readonly unsupported: boolean,
    reason: string,
  ) {
    super(`report stream unavailable: ${reason}`);
    this.name = 'ReportStreamUnavailable';
  }
}

export interface ReportStreamOptions {
  /** Opens a `trellis.feed.v2.Feed/Report` call (on the client's preferred target). */
  readonly open: () => ReportCall;
  /** A request not answered within this is failed over, and the stream is reopened. */
  readonly timeoutMs: number;
  readonly log: Logger;
}

interface Pending {
  readonly call: ReportCall;
  readonly resolve: (revisions: number[]) => void;
  readonly reject: (err: Error) => void;
  readonly timer: NodeJS.Timeout;
}

/**
 * The client side of `trellis.feed.v2.Feed/Report`: one long-lived call carries every report
 * request, each matched to its response by id, so a batch costs one message each way instead of a
 * call. The call opens on first use and again after it breaks. A request resolves with its
 * revisions, rejects with its own DomainError (as the unary call would), or rejects with
 * {@link ReportStreamUnavailable} when the stream could not answer it; reports are idempotent, so
 * the caller may send that one again by unary call.
 */
export class ReportStream {
  #call: ReportCall | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();
  #unsupported = false;
  #closed = false;

  constructor(private readonly options: ReportStreamOptions) {}

  /** False once the server answered UNIMPLEMENTED (it has only the unary calls). */
  get supported(): boolean {
    return !this.#unsupported;
  }

  request(body: Omit<trellis.feed.v2.IReportRequest, 'id'>): Promise<number[]> {
    if (this.#unsupported || this.#closed) return Promise.reject(new ReportStreamUnavailable(this.#unsupported, this.#closed ? 'closed' : 'not served'));
    let call: ReportCall;
    try {
      call = this.#call ?? this.#open();
    } catch (err) {
      return Promise.reject(new ReportStreamUnavailable(false, err instanceof Error ? err.message : String(err)));
    }
    const id = this.#nextId++;
    return new Promise<number[]>((resolve, reject) => {
      const timer = setTimeout(() => this.#break(call, new ReportStreamUnavailable(false, `no answer within ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
      timer.unref();
      this.#pending.set(id, { call, resolve, reject, timer });
      call.write({ id, ...body });
    });
  }

  /** Ends the call; requests still waiting fail over. */
  close(): void {
    this.#closed = true;
    if (this.#call) this.#break(this.#call, new ReportStreamUnavailable(false, 'closed'));
  }

  #open(): ReportCall {
    const call = this.options.open();
    this.#call = call;
    call.on('data', (response: trellis.feed.v2.IReportResponse) => this.#answer(response));
    call.on('error', (err: ServiceError) => {
      if (err.code === status.UNIMPLEMENTED && !this.#unsupported) {
        this.#unsupported = true;
        this.options.log.info('central has no report stream; sending reports by unary calls');
      }
      this.#break(call, new ReportStreamUnavailable(this.#unsupported, err.details || status[err.code]));
    });
    // The server ended the call cleanly (shutting down): whatever it did not answer fails over.
    call.on('end', () => this.#break(call, new ReportStreamUnavailable(false, 'ended by the server')));
    return call;
  }

  #answer(response: trellis.feed.v2.IReportResponse): void {
    const id = Number(response.id ?? 0);
    const p = this.#pending.get(id);
    if (!p) return; // timed out meanwhile: failed over already
    this.#pending.delete(id);
    clearTimeout(p.timer);
    const code = response.code ?? 0;
    if (code === status.OK) p.resolve((response.revisions ?? []).map(Number));
    else {
      p.reject(
        fromStatusParts({ code, details: response.message ?? '', errorType: response.errorType ?? undefined, errorParamsJson: response.errorParamsJson ?? undefined }),
      );
    }
  }

  /** Fails every request waiting on `call` with `reason` and forgets the call (the next request opens a new one). */
  #break(call: ReportCall, reason: ReportStreamUnavailable): void {
    if (this.#call === call) {
      this.#call = undefined;
      call.cancel();
    }
    for (const [id, p] of this.#pending) {
      if (p.call !== call) continue;
      this.#pending.delete(id);
      clearTimeout(p.timer);
      p.reject(reason);
    }
  }
}
