import { tempDir } from '@trellis/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkLedger, checkUniqueness } from './checks';
import { hostDivergence, StoreView } from './expected-state';
import { Fleet } from './fleet';
import { Random } from './random';
import { request } from './rest';
import type { Service } from './service';
import { Workload } from './workload';

/**
 * Chaos on real processes: central-api, a cell-agent, the vtep-controller and host-agents (memory
 * dataplane) run on loopback while workers create, bind, move and delete ports; at seeded random
 * moments one process is killed with SIGKILL and started again. Afterwards every acknowledged
 * write must be there unchanged, no MAC, IP or VNI may be held twice, and every host's applied
 * state must equal what central's store says.
 *
 * CI: about 75 s of faults, bounded at 5 minutes in all. TRELLIS_CHAOS_SOAK=1: 20 minutes.
 * TRELLIS_CHAOS_SEED replays a printed seed (the schedule, not the machine's timing).
 */
const SOAK = process.env.TRELLIS_CHAOS_SOAK === '1';
const CHAOS_MS = SOAK ? 20 * 60_000 : 75_000;
const MAX_OPS_PER_WORKER = SOAK ? 200_000 : 5_000;
const WORKERS = 3;
const HOSTS = 3;
const CONVERGE_TIMEOUT_MS = 90_000;
const seed = Number(process.env.TRELLIS_CHAOS_SEED) || (Date.now() ^ (Math.random() * 0x7fff_ffff)) >>> 0;

const dir = tempDir('trellis-chaos-');
let fleet: Fleet;

beforeAll(async () => {
  fleet = await Fleet.create(dir.path, HOSTS);
  await fleet.central.start();
  const admin = async (path: string, body: unknown) => {
    const res = await request('POST', `${fleet.centralUrl}${path}`, body);
    if (res.kind !== 'ack') throw new Error(`seed ${path} failed: ${JSON.stringify(res)}`);
  };
  await admin('/admin/v1/regions', { region: { name: 'RegionOne' } });
  await admin('/admin/v1/availability_zones', { availability_zone: { name: 'az1' } });
  await admin('/admin/v1/cells', { cell: { name: 'cell1', region: 'RegionOne', availability_zone: 'az1' } });
  for (const h of fleet.hostSpecs) await admin('/admin/v1/hosts', { host: { id: h.id, cell: h.cell, vtep: h.vtep } });
  await Promise.all([fleet.cellAgent.start(), fleet.controller.start()]);
  await Promise.all(fleet.hosts.map((h) => h.start()));
});

afterAll(async () => {
  await fleet?.stopAll();
  dir.remove();
});

/**
 * Kills one process at a time at seeded moments and starts it again, until `endAtMs`. The first
 * four faults hit each role once (central-api, cell-agent, vtep-controller, a host-agent) in a
 * seeded order; later victims are picked at random.
 */
async function injectFaults(rng: Random, endAtMs: number, log: string[], killed: Set<Service>): Promise<number> {
  const roles: Service[] = [fleet.central, fleet.cellAgent, fleet.controller, rng.pick(fleet.hosts)];
  for (let i = roles.length - 1; i > 0; i--) {
    const j = rng.int(0, i);
    [roles[i], roles[j]] = [roles[j], roles[i]];
  }
  let faults = 0;
  while (Date.now() < endAtMs) {
    await new Promise((r) => setTimeout(r, rng.int(1_500, 4_000)));
    if (Date.now() >= endAtMs) break;
    const victim: Service = faults < roles.length ? roles[faults] : rng.pick(fleet.all);
    killed.add(victim);
    const downMs = rng.int(100, 1_200);
    const at = Date.now();
    await victim.kill();
    faults++;
    await new Promise((r) => setTimeout(r, downMs));
    await victim.start();
    log.push(`${victim.name} down ${downMs} ms, back after ${Date.now() - at} ms`);
  }
  return faults;
}

describe('chaos: kill -9 and restart during continuous writes', () => {
  it('keeps every acknowledged write, allocates nothing twice, and converges every host', async () => {
    console.info(`chaos: seed ${seed} (replay: TRELLIS_CHAOS_SEED=${seed}), ${CHAOS_MS / 1000} s of faults${SOAK ? ' (soak)' : ''}`);
    const rng = new Random(seed);
    const workload = new Workload(fleet.centralUrl, fleet.hostSpecs.map((h) => h.id));
    for (let i = 0; i < 3; i++) expect(await workload.createNetwork(i)).toMatchObject({ subnetId: expect.any(String) });

    const started = Date.now();
    const endAt = started + CHAOS_MS;
    const faultLog: string[] = [];
    const workers = Array.from({ length: WORKERS }, (_, i) => workload.worker(new Random(rng.int(1, 2 ** 31)), MAX_OPS_PER_WORKER, endAt, i === 0));
    const killed = new Set<Service>();
    const faults = await injectFaults(new Random(rng.int(1, 2 ** 31)), endAt, faultLog, killed);
    workload.stop();
    await Promise.all(workers);
    const writesDone = Date.now();
    console.info(`chaos: ${faults} faults in ${Math.round((writesDone - started) / 1000)} s: ${faultLog.join('; ')}`);
    console.info(`chaos: requests ${JSON.stringify(workload.counts)}, ports acknowledged ${workload.ports.length}, networks ${workload.networks.length}`);
    // Every role went down at least once (the schedule guarantees it given four fault slots).
    expect([fleet.central, fleet.cellAgent, fleet.controller].every((s) => killed.has(s)) && fleet.hosts.some((h) => killed.has(h))).toBe(true);
    expect(workload.counts.acknowledged).toBeGreaterThan(0);

    // 1. Every acknowledged write is there, unchanged.
    const ledger = await checkLedger(fleet.centralUrl, workload);
    console.info(`chaos: ${ledger.checked} acknowledged writes checked, ${ledger.problems.length} problems`);
    expect(ledger.problems).toEqual([]);

    // 2. Nothing allocated twice.
    const unique = await checkUniqueness(fleet.centralUrl);
    console.info(`chaos: uniqueness over ${unique.ports} ports and ${unique.networks} networks, ${unique.problems.length} problems`);
    expect(unique.problems).toEqual([]);

    // 3. Every host holds what central's store says (independently computed from its feed).
    const view = new StoreView(fleet.feedTarget);
    await view.start();
    try {
      let last: string[] = [];
      const deadline = Date.now() + CONVERGE_TIMEOUT_MS;
      while (Date.now() < deadline) {
        last = [];
        for (const h of fleet.hostSpecs) for (const d of await hostDivergence(view, h.id, h.dataDir)) last.push(`${h.id}: ${d}`);
        if (last.length === 0 && view.caughtUp) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      console.info(`chaos: hosts converged ${((Date.now() - writesDone) / 1000).toFixed(1)} s after the last write (store revision ${view.revision})`);
      expect(view.caughtUp).toBe(true);
      expect(last.slice(0, 20)).toEqual([]);
    } finally {
      await view.close();
    }

    // 4. The cell-agent serves the same ports as central (a sample), after its own restarts.
    const sample = workload.ports.filter((p) => p.state === 'live' && p.hosts.length === 1).slice(0, 10);
    for (const p of sample) {
      let got: any;
      for (let i = 0; i < 100; i++) {
        const res = await request('GET', `${fleet.cellAgentUrl}/v2.0/ports/${p.id}`);
        got = res.kind === 'ack' ? res.json.port : res;
        if (got?.mac_address === p.mac && got['binding:host_id'] === p.hosts[0]) break;
        await new Promise((r) => setTimeout(r, 200));
      }
      expect({ mac: got?.mac_address, host: got?.['binding:host_id'] }).toEqual({ mac: p.mac, host: p.hosts[0] });
    }
    console.info(`chaos: total ${((Date.now() - started) / 1000).toFixed(1)} s; starts ${fleet.all.map((s) => `${s.name}=${s.starts}`).join(' ')}`);
  });
});
