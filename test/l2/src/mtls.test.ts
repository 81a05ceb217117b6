import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { credentials, makeGenericClientConstructor, status, type ChannelCredentials, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import { HostAgent } from '@trellis/host-agent/src/agent/host-agent';
import { MemoryBackend } from '@trellis/host-agent/src/dataplane/memory-backend';
import { ipToBytes } from '@trellis/l2';
import { DistributionService, trellis } from '@trellis/proto';
import { ensureCertificateAuthority, grpcChannelCredentials, issueCertificate, resolveGrpcTls, type GrpcTls, type PeerIdentity } from '@trellis/runtime';
import { host } from '@trellis/vtep-controller/src/testing/fixtures';
import { Harness } from '@trellis/vtep-controller/src/testing/harness';
import pino from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';

// Certificates come from the same code as `trellis certs` (openssl), into a temp dir.
const dir = mkdtempSync(join(tmpdir(), 'test-l2-mtls-'));
const otherDir = join(dir, 'other-ca');
let controller: Harness | undefined;
const agents: HostAgent[] = [];

async function certificate(name: string, identity: PeerIdentity, caDir = dir): Promise<GrpcTls> {
  const files = await issueCertificate(caDir, { name, identity, dns: ['localhost'], ips: ['127.0.0.1'] });
  return resolveGrpcTls(files, `/${name}`);
}

beforeAll(async () => {
  await ensureCertificateAuthority(dir);
  await ensureCertificateAuthority(otherDir, { commonName: 'Another CA' });
}, 60_000);

afterEach(async () => {
  for (const a of agents.splice(0)) await a.stop();
  await controller?.dispose();
  controller = undefined;
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function startController(): Promise<Harness> {
  const tls = await certificate('controller', { role: 'controller', id: 'c1' });
  controller = await new Harness({}, tls).start();
  controller.commit(['hosts', 'compute-a', host('compute-a', '192.0.2.1')], ['hosts', 'compute-b', host('compute-b', '192.0.2.2')]);
  return controller;
}

/** A real host-agent with `tls`, logging into `lines`. */
function agent(hostId: string, vtep: string, tls: GrpcTls, lines: string[]): HostAgent {
  const logger = pino({ level: 'info' }, new Writable({ write: (chunk: Buffer, _e, cb) => (lines.push(chunk.toString('utf8')), cb()) }));
  const a = new HostAgent({
    hostId,
    vtep,
    targets: [controller!.address],
    credentials: grpcChannelCredentials(tls, 'controller'),
    backend: new MemoryBackend(),
    logger,
    digestIntervalMs: 0,
    idleTimeoutMs: 0,
    backoff: { initialMs: 50, maxMs: 200 },
  });
  agents.push(a);
  return a;
}

const Raw = makeGenericClientConstructor(DistributionService, 'Distribution');
type Stream = ClientDuplexStream<trellis.l2.v1.IHostMessage, trellis.l2.v1.ControllerMessage>;

/** One raw stream with `creds` saying hello as `hostId`; resolves with how it ended or with the welcome. */
function helloWith(creds: ChannelCredentials, hostId: string): Promise<{ code: number; details: string } | 'welcome'> {
  const client = new Raw(controller!.address, creds);
  const call = client.makeBidiStreamRequest(DistributionService.stream.path, DistributionService.stream.requestSerialize, DistributionService.stream.responseDeserialize) as Stream;
  return new Promise((resolve) => {
    const done = (r: { code: number; details: string } | 'welcome') => {
      resolve(r);
      call.cancel();
      client.close();
    };
    call.on('data', (m: trellis.l2.v1.ControllerMessage) => m.welcome && done('welcome'));
    call.on('error', (e: ServiceError) => done({ code: e.code, details: e.details }));
    call.write({ hello: { hostId, vtep: ipToBytes('192.0.2.1'), agentVersion: 'test' } });
  });
}

describe('controller ↔ host-agent over mutual TLS', () => {
  it("a host-agent with its own certificate subscribes and is welcomed", async () => {
    await startController();
    const lines: string[] = [];
    const a = agent('compute-a', '192.0.2.1', await certificate('host-a', { role: 'host', id: 'compute-a' }), lines);
    const welcomed = new Promise((resolve) => a.once('welcome', resolve));
    await a.start();
    await welcomed;
    expect(controller!.ctl.sessions.size).toBe(1);
  });

  it("a host-agent with host A's certificate cannot subscribe as host B: PERMISSION_DENIED", async () => {
    await startController();
    const lines: string[] = [];
    const a = agent('compute-b', '192.0.2.2', await certificate('host-a', { role: 'host', id: 'compute-a' }), lines);
    let welcomed = false;
    a.on('welcome', () => (welcomed = true));
    await a.start();
    await expect.poll(() => lines.find((l) => l.includes('controller stream ended') && l.includes('PERMISSION_DENIED')), { timeout: 5_000 }).toBeDefined();
    const ended = JSON.parse(lines.find((l) => l.includes('PERMISSION_DENIED'))!) as { error: string };
    expect(ended.error).toContain("this certificate is host compute-a's; it may not subscribe as compute-b");
    expect(welcomed).toBe(false);
    expect([...controller!.ctl.sessions.values()].some((s) => s.attached)).toBe(false);
  });

  it('the same refusal on a raw stream carries status PERMISSION_DENIED', async () => {
    await startController();
    const a = await certificate('host-a', { role: 'host', id: 'compute-a' });
    expect(await helloWith(grpcChannelCredentials(a), 'compute-b')).toMatchObject({ code: status.PERMISSION_DENIED });
    expect(await helloWith(grpcChannelCredentials(a), 'compute-a')).toBe('welcome');
  });

  it('a certificate of another role (a controller, a cell-agent) cannot subscribe', async () => {
    await startController();
    for (const identity of [{ role: 'controller', id: 'compute-a' }, { role: 'cell-agent', id: 'RegionOne' }] as const) {
      const tls = await certificate(`${identity.role}-x`, identity);
      const r = await helloWith(grpcChannelCredentials(tls), 'compute-a');
      expect(r).toMatchObject({ code: status.PERMISSION_DENIED });
    }
  });

  it('a client without a certificate is refused (handshake), as is a plaintext client', async () => {
    await startController();
    const ca = resolveGrpcTls(await issueCertificate(dir, { name: 'unused', identity: { role: 'host', id: 'compute-a' } }), '/unused');
    if (ca.kind !== 'mtls') throw new Error('expected mtls');
    const noCert = await helloWith(credentials.createSsl(ca.ca), 'compute-a');
    expect(noCert).toMatchObject({ code: status.UNAVAILABLE });
    const plaintext = await helloWith(credentials.createInsecure(), 'compute-a');
    expect(plaintext).toMatchObject({ code: status.UNAVAILABLE });
    expect(controller!.ctl.sessions.size).toBe(0);
  });

  it('a certificate from another CA is refused, even naming the right host', async () => {
    await startController();
    const foreign = await issueCertificate(otherDir, { name: 'host-a', identity: { role: 'host', id: 'compute-a' } });
    const ours = resolveGrpcTls(await issueCertificate(dir, { name: 'host-a', identity: { role: 'host', id: 'compute-a' } }), '/ours');
    if (ours.kind !== 'mtls') throw new Error('expected mtls');
    // Trusts our CA for the server, presents the other CA's certificate.
    const foreignTls = resolveGrpcTls({ ...foreign, caFile: ours.caFile }, '/foreign');
    const r = await helloWith(grpcChannelCredentials(foreignTls), 'compute-a');
    expect(r).toMatchObject({ code: status.UNAVAILABLE });
    expect(controller!.ctl.sessions.size).toBe(0);
  });

  it("a host-agent refuses a controller whose certificate is another CA's", async () => {
    // Its certificate is the other CA's; it trusts ours for clients, so only the host's check can refuse.
    const files = await issueCertificate(otherDir, { name: 'controller', identity: { role: 'controller', id: 'c1' }, ips: ['127.0.0.1'] });
    const foreignController = resolveGrpcTls({ ...files, caFile: join(dir, 'ca.pem') }, '/c');
    controller = await new Harness({}, foreignController).start();
    const a = await certificate('host-a', { role: 'host', id: 'compute-a' });
    expect(await helloWith(grpcChannelCredentials(a), 'compute-a')).toMatchObject({ code: status.UNAVAILABLE });
  });

  it('a host-agent refuses a server whose certificate is not a controller\'s, even from our CA', async () => {
    // A host's certificate (which a compromised host holds) serving the distribution.
    const impostor = await certificate('impostor', { role: 'host', id: 'compute-b' });
    controller = await new Harness({}, impostor).start();
    controller.commit(['hosts', 'compute-a', host('compute-a', '192.0.2.1')]);
    const lines: string[] = [];
    const a = agent('compute-a', '192.0.2.1', await certificate('host-a', { role: 'host', id: 'compute-a' }), lines);
    let welcomed = false;
    a.on('welcome', () => (welcomed = true));
    await a.start();
    await expect.poll(() => lines.find((l) => l.includes('controller stream ended')), { timeout: 5_000 }).toBeDefined();
    expect(welcomed).toBe(false);
    expect(controller.ctl.sessions.size).toBe(0);
  });
});
