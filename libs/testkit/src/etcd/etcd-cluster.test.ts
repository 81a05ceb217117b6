import { existsSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { startEtcd, type EtcdCluster } from './etcd-cluster';

const started: EtcdCluster[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((c) => c.stop()));
});

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

async function health(url: string): Promise<string> {
  const res = await fetch(`${url}/health`);
  return ((await res.json()) as { health: string }).health;
}

describe('startEtcd', () => {
  it('starts one healthy member on a loopback port and stops it by PID, removing its data dir', async () => {
    const cluster = await startEtcd({ members: 1, unsafeNoFsync: true });
    started.push(cluster);
    expect(cluster.endpoints).toHaveLength(1);
    expect(cluster.endpoints[0]).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect(await health(cluster.endpoints[0]!)).toBe('true');
    const pid = cluster.members[0]!.pid!;
    expect(alive(pid)).toBe(true);
    const cmdline = (await import('node:fs')).readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    const dataDir = cmdline[cmdline.indexOf('--data-dir') + 1]!;
    expect(existsSync(dataDir)).toBe(true);
    await cluster.stop();
    expect(alive(pid)).toBe(false);
    expect(existsSync(dataDir)).toBe(false);
  });

  it('restarts a stopped member of a 3-member cluster, which rejoins with its data', async () => {
    const cluster = await startEtcd({ members: 3 });
    started.push(cluster);
    expect(new Set(cluster.endpoints).size).toBe(3);
    const [a] = cluster.members;
    const oldPid = a!.pid!;
    await a!.stop();
    expect(a!.running).toBe(false);
    expect(alive(oldPid)).toBe(false);
    // Two of three keep quorum.
    expect(await health(cluster.endpoints[1]!)).toBe('true');
    await a!.start();
    expect(a!.pid).not.toBe(oldPid);
    await cluster.waitHealthy(10_000);
    expect(await health(a!.clientUrl)).toBe('true');
  });
});
