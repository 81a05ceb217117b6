import { readFileSync, statSync, writeFileSync } from 'node:fs';
import { X509Certificate } from 'node:crypto';
import path from 'node:path';
import { makeGenericClientConstructor, status, type ClientDuplexStream, type ServiceError } from '@grpc/grpc-js';
import { runCli } from '@trellis/cli/src/program';
import { DistributionService, trellis as proto } from '@trellis/proto';
import { grpcChannelCredentials, identityOfCertificate, resolveGrpcTls } from '@trellis/runtime';
import { freePort, spawnNode, tempDir, type NodeProcess } from '@trellis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// `trellis certs` makes the files; real central-api and vtep-controller processes run mutual TLS
// on them (the feed between them, the distribution to hosts), configured only through their
// JSON config as an operator would.
const dir = tempDir('trellis-certs-cli-');
const certs = path.join(dir.path, 'certs');
const procs: NodeProcess[] = [];
let controllerTarget = '';

async function trellis(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, { out: (s) => (out += s), err: (s) => (err += s), errIsTty: false, env: {} });
  return { code, out, err };
}

async function issue(role: string, id: string, ...extra: string[]): Promise<{ caFile: string; certFile: string; keyFile: string; identity: string }> {
  const r = await trellis('--json', 'certs', 'issue', role, id, '--dir', certs, ...extra);
  if (r.code !== 0) throw new Error(`certs issue ${role} ${id}: ${r.err}`);
  return JSON.parse(r.out) as { caFile: string; certFile: string; keyFile: string; identity: string };
}

function start(name: string, entry: string, configEnv: string, config: object): NodeProcess {
  const file = path.join(dir.path, `${name}.json`);
  writeFileSync(file, JSON.stringify(config));
  const p = spawnNode(entry, { env: { [configEnv]: file } });
  procs.push(p);
  return p;
}

const tlsOf = (f: { caFile: string; certFile: string; keyFile: string }) => ({ caFile: f.caFile, certFile: f.certFile, keyFile: f.keyFile });

beforeAll(async () => {
  expect((await trellis('certs', 'ca', '--dir', certs)).code).toBe(0);
  const central = await issue('central', 'central-api', '--ip', '127.0.0.1');
  const controller = await issue('controller', 'vtep-controller-1', '--ip', '127.0.0.1', '--dns', 'localhost');
  const [rest, feed, grpc] = await Promise.all([freePort(), freePort(), freePort()]);
  controllerTarget = `127.0.0.1:${grpc}`;
  const c = start('central-api', 'apps/central-api/src/main.ts', 'TRELLIS_CENTRAL_CONFIG', {
    listen: { host: '127.0.0.1', port: rest }, grpc: { listen: `127.0.0.1:${feed}`, tls: tlsOf(central) }, dataDir: path.join(dir.path, 'central'),
  });
  await c.waitFor(/central-api ready:/, 60_000);
  const post = async (p: string, body: unknown) => {
    const res = await fetch(`http://127.0.0.1:${rest}${p}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 201) throw new Error(`${p}: ${res.status} ${await res.text()}`);
  };
  await post('/admin/v1/regions', { region: { name: 'RegionOne' } });
  await post('/admin/v1/availability_zones', { availability_zone: { name: 'az1' } });
  await post('/admin/v1/cells', { cell: { name: 'cell1', region: 'RegionOne', availability_zone: 'az1' } });
  await post('/admin/v1/hosts', { host: { id: 'host-a', cell: 'cell1', vtep: '192.0.2.1' } });
  await post('/admin/v1/hosts', { host: { id: 'host-b', cell: 'cell1', vtep: '192.0.2.2' } });
  const ctl = start('vtep-controller', 'apps/vtep-controller/src/main.ts', 'TRELLIS_VTEP_CONTROLLER_CONFIG', {
    listen: { host: '127.0.0.1', port: grpc, tls: tlsOf(controller) }, feedTargets: [`127.0.0.1:${feed}`], feedTls: tlsOf(controller), dataDir: path.join(dir.path, 'controller'),
  });
  await ctl.waitFor(/central feed connection.*"connected":true|"connected":true.*central feed connection/, 60_000);
}, 120_000);

afterAll(async () => {
  for (const p of procs.reverse()) await p.stop(10_000);
  dir.remove();
}, 60_000);

const Raw = makeGenericClientConstructor(DistributionService, 'Distribution');

/** One host stream: resolves 'welcome' once welcomed, else with the status it ended with. */
function subscribe(files: { caFile: string; certFile: string; keyFile: string }, hostId: string): Promise<'welcome' | { code: number; details: string }> {
  const client = new Raw(controllerTarget, grpcChannelCredentials(resolveGrpcTls(tlsOf(files), '/tls')));
  const call = client.makeBidiStreamRequest(DistributionService.stream.path, DistributionService.stream.requestSerialize, DistributionService.stream.responseDeserialize) as ClientDuplexStream<
    proto.l2.v1.IHostMessage,
    proto.l2.v1.ControllerMessage
  >;
  return new Promise<'welcome' | { code: number; details: string }>((resolve) => {
    call.on('data', (m: proto.l2.v1.ControllerMessage) => m.welcome && resolve('welcome'));
    call.on('error', (e: ServiceError) => resolve({ code: e.code, details: e.details }));
    call.write({ hello: { hostId, vtep: Buffer.from([192, 0, 2, hostId === 'host-a' ? 1 : 2]), agentVersion: 'test' } });
  }).finally(() => {
    call.cancel();
    client.close();
  });
}

describe('trellis certs', () => {
  it('issues a certificate naming trellis://<role>/<id> with the requested names, its key readable by the owner only', async () => {
    const host = await issue('host', 'host-a');
    expect(host.identity).toBe('trellis://host/host-a');
    const x509 = new X509Certificate(readFileSync(host.certFile));
    expect(identityOfCertificate({ subjectaltname: x509.subjectAltName })).toEqual({ role: 'host', id: 'host-a' });
    expect(x509.verify(new X509Certificate(readFileSync(host.caFile)).publicKey)).toBe(true);
    expect(x509.subject).toContain('CN=host:host-a');
    const { mode } = statSync(host.keyFile);
    expect(mode & 0o077).toBe(0);
    const controller = new X509Certificate(readFileSync(path.join(certs, 'controller-vtep-controller-1.pem')));
    expect(controller.subjectAltName).toBe('URI:trellis://controller/vtep-controller-1, DNS:localhost, IP Address:127.0.0.1');
  });

  it('refuses an unknown role or a bad id with a usage error', async () => {
    expect(await trellis('certs', 'issue', 'admin', 'x', '--dir', certs)).toMatchObject({ code: 2, err: expect.stringContaining('role must be one of host, controller, cell-agent, central') });
    expect(await trellis('certs', 'issue', 'host', 'a/b', '--dir', certs)).toMatchObject({ code: 2 });
  });

  it('real processes on those certificates: the controller follows central over mTLS, a host subscribes only as itself', async () => {
    const a = await issue('host', 'host-a');
    expect(await subscribe(a, 'host-a')).toBe('welcome');
    expect(await subscribe(a, 'host-b')).toMatchObject({ code: status.PERMISSION_DENIED, details: expect.stringContaining("host host-a's") });
  });

  it('neither process logs a certificate or a private key, and both say they run mutual TLS', () => {
    for (const p of procs) {
      const out = p.output();
      expect(out).toMatch(/gRPC endpoint with mutual TLS/);
      expect(out).not.toMatch(/-----BEGIN|PRIVATE KEY|without TLS/);
    }
  });
});
