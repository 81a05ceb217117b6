import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { freePort, spawnNode, tempDir, type NodeProcess } from '@trellis/testkit';

// Runs the real launcher (and through it every app) on free ports and a temp data dir.
const launched: NodeProcess[] = [];
const dirs: Array<{ remove(): void }> = [];
let childPids: number[] = [];

afterEach(async () => {
  await Promise.all(launched.splice(0).map((p) => p.stop(15_000)));
  // Whatever the launcher failed to stop is ended here, by PID, so a failure leaves nothing behind.
  for (const pid of childPids.filter(alive)) process.kill(pid, 'SIGKILL');
  childPids = [];
  for (const d of dirs.splice(0)) d.remove();
});

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

interface Launched {
  proc: NodeProcess;
  pids: () => Map<string, number>;
  dir: { path: string; remove(): void };
  controllerOps: number;
}

async function launch(extra: string[], dir = tempDir('trellis-aio-')): Promise<Launched> {
  dirs.push(dir);
  const [central, feed, controller, controllerOps, one, two] = await Promise.all([freePort(), freePort(), freePort(), freePort(), freePort(), freePort()]);
  const args = ['--data-dir', dir.path, '--central-port', `${central}`, '--feed-port', `${feed}`, '--controller-port', `${controller}`, '--controller-ops-port', `${controllerOps}`];
  const proc = spawnNode('tools/dev/all-in-one.ts', { args: [...args, '--region-one-port', `${one}`, '--region-two-port', `${two}`, ...extra] });
  launched.push(proc);
  const pids = () => {
    const found = new Map([...proc.output().matchAll(/started (\S+) pid (\d+)/g)].map((m) => [m[1], Number(m[2])]));
    childPids = [...found.values()];
    return found;
  };
  return { proc, pids, dir, controllerOps };
}

/**
 * Launches and waits until ready; again, on fresh ports, when a port picked here was taken by
 * another process on the machine before the launcher listened on it (EADDRINUSE).
 */
async function launchReady(extra: string[], timeoutMs: number, dir?: Launched['dir']): Promise<Launched> {
  for (let attempt = 1; ; attempt++) {
    const launched = await launch(extra, dir);
    try {
      await launched.proc.waitFor(/Trellis all-in-one ready/, timeoutMs);
      return launched;
    } catch (err) {
      if (attempt >= 3 || !/EADDRINUSE/.test(launched.proc.output())) throw err;
      await launched.proc.exited;
    }
  }
}

describe('all-in-one launcher', () => {
  it('runs the demo narrative with --demo --exit, exits 0 and leaves no children', async () => {
    const { proc, pids, dir } = await launch(['--demo', '--exit']);
    const code = await proc.exited;
    const out = proc.output();
    expect(code, out.slice(-3000)).toBe(0);
    // mTLS by default: every process got a certificate, and every gRPC endpoint says it runs TLS.
    expect(out).toMatch(/gRPC: mutual TLS, CA and certificates in \S+ \(8 issued now, 0 reused\)/);
    const logs = (name: string) => readFileSync(join(dir.path, 'logs', `${name}.log`), 'utf8');
    for (const name of ['central-api', 'vtep-controller', 'cell-agent-RegionOne', 'host-agent-compute-2-1']) {
      expect(logs(name)).toMatch(/gRPC endpoint with mutual TLS/);
      expect(logs(name)).not.toMatch(/without TLS|BEGIN CERTIFICATE|PRIVATE KEY/);
    }
    expect(out).toMatch(/Trellis all-in-one ready/);
    expect(out).toMatch(/openstack --os-auth-type none --os-endpoint http:\/\/127\.0\.0\.1:\d+ network list/);
    expect(out).toMatch(/host-agents connected to the controller: 4\/4/);
    expect(out).toMatch(/cell-agent RegionTwo asked for demo-az1: 404 NetworkNotFound/);
    expect(out).toMatch(/binding a demo-az1 port to compute-2-1 \(az2\) is refused: 400 HostNotInNetworkScope: .*compute-2-1/);
    expect(out).toMatch(/all 5 ports ACTIVE/);
    const migrated = /migrated (\S+) \(vm-1\): compute-3-1 now sends it to (\S+) \(compute-2-1\), seq (\d+) → (\d+)/.exec(out);
    expect(migrated, 'migration summary line').not.toBeNull();
    expect(migrated![2]).toBe('198.51.100.21');
    expect(Number(migrated![4])).toBeGreaterThan(Number(migrated![3]));
    const started = pids();
    expect([...started.keys()]).toEqual([
      'central-api',
      'vtep-controller',
      'cell-agent-RegionOne',
      'cell-agent-RegionTwo',
      'host-agent-compute-1-1',
      'host-agent-compute-1-2',
      'host-agent-compute-2-1',
      'host-agent-compute-3-1',
    ]);
    const stopped = [...out.matchAll(/stopped (\S+) pid \d+ \(clean exit\)/g)].map((m) => m[1]);
    expect(stopped).toEqual([...started.keys()].reverse());
    expect([...started.values()].filter(alive)).toEqual([]);
  }, 120_000);

  it('stays up until SIGTERM and stops cleanly; a second start reuses the data; a child dying ends it non-zero', async () => {
    const first = await launchReady([], 90_000);
    expect(first.proc.output()).toMatch(/topology: 11 created, 0 already present/);
    const ops = `http://127.0.0.1:${first.controllerOps}`;
    expect((await fetch(`${ops}/readyz`)).status).toBe(200);
    const metrics = await (await fetch(`${ops}/metrics`)).text();
    expect(metrics).toMatch(/^trellis_controller_streams\{[^}]*state="attached"[^}]*\} 4$/m);
    expect(metrics).toMatch(/^trellis_controller_host_lag_revisions\{[^}]*host="compute-1-1"/m);
    const firstPids = first.pids();
    expect(await first.proc.stop(30_000)).toBe(0);
    expect(first.proc.output()).toMatch(/SIGTERM received: stopping/);
    expect([...firstPids.values()].filter(alive)).toEqual([]);

    const second = await launchReady([], 90_000, first.dir);
    expect(second.proc.output()).toMatch(/topology: 0 created, 11 already present/);
    expect(second.proc.output()).toMatch(/\(0 issued now, 8 reused\)/);
    const started = second.pids();
    process.kill(started.get('host-agent-compute-2-1')!, 'SIGKILL');
    expect(await second.proc.exited).toBe(1);
    expect(second.proc.output()).toMatch(/host-agent-compute-2-1 exited unexpectedly \(SIGKILL\); shutting down/);
    expect([...started.values()].filter(alive)).toEqual([]);
  }, 180_000);

  it('--auth keystone: a local Keystone with the catalog; the openstack CLI works per region with the printed OS_* variables; no secret in any log', async () => {
    const { proc, dir } = await launchReady(['--auth', 'keystone'], 240_000);
    const out = proc.output();
    const env = Object.fromEntries([...out.matchAll(/^ {4}export (OS_\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
    expect(Object.keys(env).sort()).toEqual(['OS_AUTH_URL', 'OS_IDENTITY_API_VERSION', 'OS_INTERFACE', 'OS_PASSWORD', 'OS_PROJECT_DOMAIN_NAME', 'OS_PROJECT_NAME', 'OS_REGION_NAME', 'OS_USERNAME', 'OS_USER_DOMAIN_NAME']);
    const demoEnv = Object.fromEntries([...readFileSync(join(dir.path, 'keystone', 'demo-openrc'), 'utf8').matchAll(/^export (OS_\w+)=(\S+)$/gm)].map((m) => [m[1], m[2]]));
    const openstack = (vars: Record<string, string>, ...args: string[]) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        const clean = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: dir.path, LANG: 'C.UTF-8', ...vars };
        execFile('openstack', [...args, '-f', 'json'], { env: clean, timeout: 120_000, killSignal: 'SIGKILL' }, (err, stdout, stderr) =>
          resolve({ code: err ? (typeof err.code === 'number' ? err.code : -1) : 0, stdout, stderr }),
        );
      });
    // The catalog leads the CLI to central-api (CentralRegion) and to each region's cell-agent.
    const created = await openstack(env, 'network', 'create', 'ks-net');
    expect(created.code, created.stderr).toBe(0);
    const id = (JSON.parse(created.stdout) as { id: string }).id;
    const inRegionOne = await openstack({ ...env, OS_REGION_NAME: 'RegionOne' }, 'network', 'show', id);
    expect(inRegionOne.code, inRegionOne.stderr).toBe(0);
    const listed = await openstack({ ...env, OS_REGION_NAME: 'RegionTwo' }, 'network', 'list');
    expect(listed.code, listed.stderr).toBe(0);
    // A member of another project does not see the admin's network, and may not create a shared one.
    const asDemo = await openstack(demoEnv, 'network', 'list');
    expect(asDemo.code, asDemo.stderr).toBe(0);
    expect((JSON.parse(asDemo.stdout) as Array<{ ID: string }>).map((n) => n.ID)).not.toContain(id);
    expect((await openstack(demoEnv, 'network', 'create', '--share', 'nope')).code).not.toBe(0);

    expect(await proc.stop(30_000)).toBe(0);
    expect(proc.output()).toMatch(/stopped keystone pid \d+/);
    // Tokens (Fernet, gAAAA…), passwords, keys and certificates never reach a service log.
    const secrets = [env.OS_PASSWORD, demoEnv.OS_PASSWORD];
    for (const file of readdirSync(join(dir.path, 'logs'))) {
      const log = readFileSync(join(dir.path, 'logs', file), 'utf8');
      expect(log, file).not.toMatch(/gAAAAA[\w-]{20,}|-----BEGIN|PRIVATE KEY/);
      for (const secret of secrets) expect(log.includes(secret), `${file} holds a password`).toBe(false);
    }
    const central = readFileSync(join(dir.path, 'logs', 'central-api.log'), 'utf8');
    const config = JSON.parse(readFileSync(join(dir.path, 'config', 'central-api.json'), 'utf8')) as { auth: { keystone: { password: string } } };
    expect(central.includes(config.auth.keystone.password)).toBe(false);
    expect(central).toMatch(/"auth":"keystone"/);
  }, 420_000);
});
