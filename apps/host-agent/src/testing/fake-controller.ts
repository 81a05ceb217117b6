import { Server, type ServerDuplexStream } from '@grpc/grpc-js';
import { DistributionService, encodeControllerMessage, type trellis } from '@trellis/proto';
import { listenGrpc } from '@trellis/runtime';

type HostMessage = trellis.l2.v1.HostMessage;
type Stream = ServerDuplexStream<HostMessage, Buffer>;

/** One host stream as the fake controller sees it. */
export class FakeSession {
  readonly received: HostMessage[] = [];
  private waiters: Array<{ test: (m: HostMessage) => boolean; resolve: (m: HostMessage) => void }> = [];
  ended = false;

  constructor(readonly stream: Stream) {
    stream.on('data', (m: HostMessage) => {
      this.received.push(m);
      this.waiters = this.waiters.filter((w) => {
        if (!w.test(m)) return true;
        w.resolve(m);
        return false;
      });
    });
    stream.on('end', () => {
      this.ended = true;
      stream.end();
    });
    stream.on('error', () => (this.ended = true));
  }

  /** The first message (already received or future) matching `test`, bounded by `timeoutMs`. */
  next(test: (m: HostMessage) => boolean, timeoutMs = 5000, from = 0): Promise<HostMessage> {
    const seen = this.received.slice(from).find(test);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('timed out waiting for a host message')), timeoutMs);
      this.waiters.push({
        test,
        resolve: (m) => {
          clearTimeout(timer);
          resolve(m);
        },
      });
    });
  }

  /** Waits for a message of this kind that arrives after the messages seen so far. */
  nextOfKind(kind: NonNullable<HostMessage['kind']>, timeoutMs = 5000): Promise<HostMessage> {
    return this.next((m) => m.kind === kind, timeoutMs, this.received.length);
  }

  send(message: trellis.l2.v1.IControllerMessage): void {
    this.stream.write(encodeControllerMessage(message));
  }

  close(): void {
    this.stream.end();
  }
}

/** A scripted controller on 127.0.0.1:<random port> for host-agent tests. */
export class FakeController {
  readonly sessions: FakeSession[] = [];
  private waiters: Array<(s: FakeSession) => void> = [];
  private server = new Server();
  port = 0;

  get target(): string {
    return `127.0.0.1:${this.port}`;
  }

  async start(port = 0): Promise<this> {
    this.server.addService(DistributionService, {
      stream: (stream: Stream) => {
        const s = new FakeSession(stream);
        this.sessions.push(s);
        for (const w of this.waiters.splice(0)) w(s);
      },
    });
    this.port = await listenGrpc(this.server, `127.0.0.1:${port}`);
    return this;
  }

  /** The next session to open (or the already open one with index `index`). */
  session(index: number, timeoutMs = 5000): Promise<FakeSession> {
    if (this.sessions[index]) return Promise.resolve(this.sessions[index]);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for session ${index}`)), timeoutMs);
      const check = () => {
        if (this.sessions[index]) {
          clearTimeout(timer);
          resolve(this.sessions[index]);
        } else this.waiters.push(check);
      };
      check();
    });
  }

  stop(): void {
    this.server.forceShutdown();
  }
}
