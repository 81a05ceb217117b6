import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { credentials, makeGenericClientConstructor, status, type ChannelCredentials, type ClientReadableStream, type ServiceError } from '@grpc/grpc-js';
import { FeedClient } from '@trellis/feed';
import { FeedService, FeedV2Service, trellis } from '@trellis/proto';
import { createLogger, ensureCertificateAuthority, grpcChannelCredentials, issueCertificate, resolveGrpcTls, type GrpcTls, type PeerIdentity } from '@trellis/runtime';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedTopology, startTestApp, type TestApp } from '../test-app';
import { startCentralFeedServer, type CentralFeedServer } from './feed-server';

const logger = createLogger({ name: 'central-feed-mtls-test', level: 'silent' });
const dir = mkdtempSync(join(tmpdir(), 'central-feed-mtls-'));
let t: TestApp;
let feed: CentralFeedServer;

async function tls(name: string, identity: PeerIdentity, caDir = dir): Promise<GrpcTls> {
  return resolveGrpcTls(await issueCertificate(caDir, { name, identity, ips: ['127.0.0.1'] }), `/${name}`);
}

beforeAll(async () => {
  await ensureCertificateAuthority(dir);
  t = await startTestApp();
  await seedTopology(t);
  const server = await tls('central', { role: 'central', id: 'central-api' });
  feed = await startCentralFeedServer({ store: t.store, services: t.app.central, logger, listen: '127.0.0.1:0', tls: server });
}, 60_000);

afterAll(async () => {
  await feed?.close();
  await t?.close();
  rmSync(dir, { recursive: true, force: true });
});

const V1 = makeGenericClientConstructor(FeedService, 'Feed');
const V2 = makeGenericClientConstructor(FeedV2Service, 'Feed');
type Outcome = 'ok' | { code: number; details: string };

function report(creds: ChannelCredentials): Promise<Outcome> {
  const client = new V1(feed.address, creds);
  const request: trellis.feed.v1.IPortStatusReports = { reports: [{ portId: 'no-such-port', hostId: 'h1', wiring: trellis.feed.v1.PortWiring.PORT_WIRING_WIRED }] };
  return new Promise<Outcome>((resolve) => {
    client.makeUnaryRequest(FeedService.reportPortStatuses.path, FeedService.reportPortStatuses.requestSerialize, FeedService.reportPortStatuses.responseDeserialize, request, (err: ServiceError | null) =>
      resolve(err ? { code: err.code, details: err.details } : 'ok'),
    );
  }).finally(() => client.close());
}

/** Opens a Watch (v1 or v2): 'ok' once the first message arrives, else how the call ended. */
function watch(creds: ChannelCredentials, version: 1 | 2): Promise<Outcome> {
  const client = version === 1 ? new V1(feed.address, creds) : new V2(feed.address, creds);
  const method = version === 1 ? FeedService.watch : FeedV2Service.watch;
  const request = version === 1 ? { afterRevision: 0 } : { afterRevision: 0, kinds: [trellis.feed.v2.ResourceKind.RESOURCE_KIND_HOST] };
  const call = client.makeServerStreamRequest(method.path, method.requestSerialize as (r: object) => Buffer, method.responseDeserialize, request) as ClientReadableStream<unknown>;
  return new Promise<Outcome>((resolve) => {
    call.on('data', () => resolve('ok'));
    call.on('error', (err: ServiceError) => resolve({ code: err.code, details: err.details }));
  }).finally(() => {
    call.cancel();
    client.close();
  });
}

describe('central feed over mutual TLS', () => {
  it('controller and cell-agent certificates may Watch (v1, v2) and report', async () => {
    for (const identity of [{ role: 'controller', id: 'vtep-controller-1' }, { role: 'cell-agent', id: 'RegionOne' }] as const) {
      const creds = grpcChannelCredentials(await tls(`${identity.role}-ok`, identity));
      expect(await watch(creds, 1)).toBe('ok');
      expect(await watch(creds, 2)).toBe('ok');
      expect(await report(creds)).toBe('ok');
    }
  });

  it('a host or central certificate gets PERMISSION_DENIED on Watch and ReportPortStatuses', async () => {
    for (const identity of [{ role: 'host', id: 'compute-1' }, { role: 'central', id: 'other' }] as const) {
      const creds = grpcChannelCredentials(await tls(`${identity.role}-denied`, identity));
      expect(await report(creds)).toMatchObject({ code: status.PERMISSION_DENIED, details: expect.stringContaining(`${identity.role} ${identity.id} may not call this service`) });
      expect(await watch(creds, 1)).toMatchObject({ code: status.PERMISSION_DENIED });
      expect(await watch(creds, 2)).toMatchObject({ code: status.PERMISSION_DENIED });
    }
  });

  it('the FeedClient (what controllers and cell-agents run) works with its certificate and gives up on a refused one', async () => {
    const ok = new FeedClient({ targets: [feed.address], logger, consumer: 'mtls-test', credentials: grpcChannelCredentials(await tls('controller-fc', { role: 'controller', id: 'c9' })) });
    const denied = new FeedClient({ targets: [feed.address], logger, consumer: 'mtls-test', credentials: grpcChannelCredentials(await tls('host-fc', { role: 'host', id: 'compute-9' })) });
    try {
      const [ack] = await ok.reportPortStatuses([{ portId: 'no-such-port', hostId: 'h1', wiring: 'wired', detail: '' }]);
      expect(ack.revision).toBe(0);
      await expect(denied.reportPortStatuses([{ portId: 'no-such-port', hostId: 'h1', wiring: 'wired', detail: '' }])).rejects.toThrow(/may not call this service/);
    } finally {
      ok.close();
      denied.close();
    }
  });

  it('no client certificate, a plaintext client and another CA are refused at the handshake', async () => {
    const ours = await tls('probe', { role: 'controller', id: 'probe' });
    if (ours.kind !== 'mtls') throw new Error('expected mtls');
    expect(await report(credentials.createSsl(ours.ca))).toMatchObject({ code: status.UNAVAILABLE });
    expect(await report(credentials.createInsecure())).toMatchObject({ code: status.UNAVAILABLE });
    const otherDir = join(dir, 'other-ca');
    await ensureCertificateAuthority(otherDir, { commonName: 'Another CA' });
    const foreign = await issueCertificate(otherDir, { name: 'controller', identity: { role: 'controller', id: 'vtep-controller-1' } });
    const foreignTls = resolveGrpcTls({ ...foreign, caFile: ours.caFile }, '/foreign');
    expect(await report(grpcChannelCredentials(foreignTls))).toMatchObject({ code: status.UNAVAILABLE });
    expect(await watch(grpcChannelCredentials(foreignTls), 2)).toMatchObject({ code: status.UNAVAILABLE });
  });
});
