import { credentials, makeGenericClientConstructor, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import { DistributionService, trellis } from '@trellis/proto';
import { applyVniDelta, decodeRouterDelta, digestToWire, digestVniView, ipToBytes, routerDigests, type HostView, type RouterTable } from '@trellis/l2';

type CM = trellis.l2.v1.ControllerMessage;
type HM = trellis.l2.v1.IHostMessage;

const Client = makeGenericClientConstructor(DistributionService, 'Distribution');
const RawClient = makeGenericClientConstructor(
  { stream: { ...DistributionService.stream, requestSerialize: (b: Buffer) => b } },
  'Distribution',
);

export interface TokenState {
  epoch: string;
  revision: number;
  subscriptionVersion: number;
}

/**
 * A minimal in-process host for contract tests: follows docs/protocol.md (snapshot staging,
 * deltas through libs/l2's applyVniDelta, tokens, acks) and records what it received.
 */
export class TestHost {
  view: HostView = new Map();
  /** Routers received (whole state per router; leave drops one; a snapshot replaces all). */
  routers: RouterTable = new Map();
  token: TokenState | undefined;
  welcome: trellis.l2.v1.IWelcome | undefined;
  readonly received: CM[] = [];
  status: { code: number; details: string } | undefined;
  autoAck = true;
  private staging: HostView | undefined;
  private stagingRouters: RouterTable | undefined;
  private call: ClientDuplexStream<HM, CM> | undefined;
  private client: InstanceType<typeof Client> | undefined;

  constructor(
    readonly hostId: string,
    readonly vtep: string,
  ) {}

  connect(address: string, resume = true): this {
    this.close();
    this.status = undefined;
    this.welcome = undefined;
    this.client = new Client(address, credentials.createInsecure());
    const call = this.client.makeBidiStreamRequest(DistributionService.stream.path, DistributionService.stream.requestSerialize, DistributionService.stream.responseDeserialize) as ClientDuplexStream<HM, CM>;
    this.call = call;
    call.on('data', (m: CM) => this.onMessage(m));
    call.on('error', (e: ServiceError) => (this.status = { code: e.code, details: e.details }));
    call.on('status', (s) => (this.status ??= { code: s.code, details: s.details }));
    call.write({ hello: { hostId: this.hostId, vtep: ipToBytes(this.vtep), agentVersion: 'test', resume: resume ? this.token : undefined } });
    return this;
  }

  send(message: HM): void {
    this.call?.write(message);
  }

  pause(): void {
    this.call?.pause();
  }

  resume(): void {
    this.call?.resume();
  }

  close(): void {
    this.call?.cancel();
    this.call = undefined;
    this.client?.close();
    this.client = undefined;
  }

  /**
   * The digest report a correct host would send for its view and routers; `legacy`: as an agent
   * that predates router digests sends it (VNIs only, no `routers_included`).
   */
  digests(options: { legacy?: boolean } = {}): HM {
    const vnis = [...this.view.values()].map((v) => ({ vni: v.vni, digest: digestToWire(digestVniView(v)), entries: 0 }));
    const revision = this.token?.revision ?? 0;
    if (options.legacy) return { digests: { revision, vnis } };
    return { digests: { revision, vnis, routers: routerDigests(this.routers.values()), routersIncluded: true } };
  }

  private onMessage(m: CM): void {
    this.received.push(m);
    if (m.welcome) {
      this.welcome = m.welcome;
      if (m.welcome.snapshot) {
        this.staging = new Map();
        this.stagingRouters = new Map();
      }
    } else if (m.snapshotChunk) {
      for (const d of m.snapshotChunk.vnis ?? []) applyVniDelta(this.staging!, d);
      applyRouters(this.stagingRouters!, m.snapshotChunk.routers ?? []);
    } else if (m.snapshotEnd) {
      this.view = this.staging!;
      this.routers = this.stagingRouters!;
      this.staging = undefined;
      this.stagingRouters = undefined;
      this.adopt(m.snapshotEnd.token!, m.snapshotEnd.revision!);
      this.ack(m.snapshotEnd.nonce!, m.snapshotEnd.revision!);
    } else if (m.delta) {
      for (const d of m.delta.vnis ?? []) applyVniDelta(this.view, d);
      applyRouters(this.routers, m.delta.routers ?? []);
      this.adopt(m.delta.token ?? undefined, m.delta.revision!);
      if (m.delta.nonce) this.ack(m.delta.nonce, m.delta.revision!);
    } else if (m.heartbeat && !this.staging && this.token) {
      this.token.revision = Math.max(this.token.revision, m.heartbeat.revision!);
    }
  }

  private adopt(token: trellis.l2.v1.IResumeToken | undefined, revision: number): void {
    if (token) this.token = { epoch: token.epoch!, revision: token.revision!, subscriptionVersion: token.subscriptionVersion! };
    else this.token = { epoch: this.welcome?.epoch ?? '', revision, subscriptionVersion: this.token?.subscriptionVersion ?? 0 };
  }

  private ack(nonce: string, revision: number): void {
    if (this.autoAck) this.send({ ack: { nonce, revision } });
  }
}

function applyRouters(table: RouterTable, routers: readonly trellis.l2.v1.IRouterDelta[]): void {
  for (const r of routers) {
    const d = decodeRouterDelta(r);
    if (d.leave) table.delete(d.routerId);
    else table.set(d.routerId, d.view);
  }
}

/** A client that writes raw bytes as HostMessage frames (for malformed-input tests). */
export function rawStream(address: string): { call: ClientDuplexStream<Buffer, CM>; status: Promise<{ code: number; details: string }>; close(): void } {
  const client = new RawClient(address, credentials.createInsecure());
  const call = client.makeBidiStreamRequest(DistributionService.stream.path, (b: Buffer) => b, DistributionService.stream.responseDeserialize) as ClientDuplexStream<Buffer, CM>;
  const status = new Promise<{ code: number; details: string }>((resolve) => {
    call.on('error', (e: ServiceError) => resolve({ code: e.code, details: e.details }));
    call.on('data', () => undefined);
  });
  return { call, status, close: () => (call.cancel(), client.close()) };
}

/** Polls until `predicate` holds (bounded). */
export async function waitFor(predicate: () => boolean, what: string, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}
