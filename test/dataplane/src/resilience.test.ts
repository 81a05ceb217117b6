import { beforeAll, describe, expect, it } from 'vitest';
import { eventually } from './api';
import { createNetwork, type TenantNetwork } from './cloud';
import { ContinuousPing } from './probe';
import { useDataplaneCluster } from './fixture';

// The dataplane outlives its control plane: a host-agent or the vtep-controller may crash and
// restart while instances keep talking, and afterwards the agents resume by delta.
const report = (line: string) => process.stdout.write(`[dataplane] ${line}\n`);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const welcomes = (output: string) => output.split('\n').filter((l) => l.includes('welcomed by controller'));

describe('dataplane: control-plane crashes do not interrupt instances (root)', () => {
  const { c, vm, boot } = useDataplaneCluster('trdpr');
  let net: TenantNetwork;

  beforeAll(async () => {
    net = await createNetwork(c().central, 'dp-resilient', '10.93.0.0/24');
    await boot({ name: 'r1', network: net, host: 'cn1-1' }, { name: 'r2', network: net, host: 'cn2-1' }, { name: 'r3', network: net, host: 'cn3-1' });
    for (const [a, b] of [['r1', 'r2'], ['r1', 'r3'], ['r2', 'r3']]) {
      if ((await c().underlay.waitForPing(vm(a), vm(b).ip, 15_000)) === undefined) throw new Error(`${a} cannot reach ${b} before the crash tests`);
    }
  }, 180_000);

  it('a host-agent killed and restarted never interrupts connectivity and resumes without a snapshot', async () => {
    const agent = 'host-agent-cn1-1';
    const probe = new ContinuousPing(vm('r2').ns, vm('r1').ip);
    try {
      await probe.waitForReplyAfter(0, 10_000);
      await c().crash(agent);
      const downAt = Date.now();
      // A change the crashed agent misses: a new instance on another cell1 host (served by cn1-2).
      await boot({ name: 'r4', network: net, host: 'cn1-2' });
      await sleep(Math.max(0, 1_500 - (Date.now() - downAt)));
      const proc = await c().startService(agent);
      const welcome = await proc.waitFor(/welcomed by controller/, 30_000);
      report(`host-agent cn1-1 down ${Date.now() - downAt} ms; after restart: ${welcome.slice(0, 200)}`);
      expect(welcome).toMatch(/"snapshot":false/);
      expect(proc.output()).toMatch(/loaded persisted state/);
      expect(c().process('vtep-controller').output()).toMatch(/"host":"cn1-1".*host resumed from the delta log/);
      // The missed change arrived by delta: cn1-1 now floods to cn1-2 and knows r4.
      expect(await c().underlay.waitForPing(vm('r1'), vm('r4').ip, 15_000), 'r1 → r4 after resume').toBeDefined();
      await sleep(500);
    } finally {
      await probe.stop();
    }
    report(`host-agent restart: ${probe.replies.length} echo replies r2 → r1, lost ${probe.lost().length}`);
    expect(probe.replies.length).toBeGreaterThan(20);
    expect(probe.lost()).toEqual([]);
  });

  it('the vtep-controller killed and restarted never interrupts connectivity; hosts resume', async () => {
    const agents = [...c().hosts.keys()].map((id) => `host-agent-${id}`);
    const before = new Map(agents.map((a) => [a, welcomes(c().process(a).output()).length]));
    const probe = new ContinuousPing(vm('r3').ns, vm('r1').ip);
    try {
      await probe.waitForReplyAfter(0, 10_000);
      await c().crash('vtep-controller');
      const downAt = Date.now();
      await sleep(1_500);
      await c().startService('vtep-controller');
      for (const a of agents) {
        await eventually(async () => (welcomes(c().process(a).output()).length > before.get(a)! ? true : undefined), 30_000, `${a} welcomed again`);
        const last = welcomes(c().process(a).output()).pop()!;
        expect(last, `${a} resumed`).toMatch(/"snapshot":false/);
      }
      report(`vtep-controller down and back: every host-agent resumed ${Date.now() - downAt} ms after the crash`);
      // Hosts take changes again: a new instance on a host that has none yet.
      await boot({ name: 'r5', network: net, host: 'cn2-2' });
      expect(await c().underlay.waitForPing(vm('r1'), vm('r5').ip, 15_000), 'r1 → r5 after the controller restart').toBeDefined();
      await sleep(500);
    } finally {
      await probe.stop();
    }
    report(`controller restart: ${probe.replies.length} echo replies r3 → r1, lost ${probe.lost().length}`);
    expect(probe.replies.length).toBeGreaterThan(20);
    expect(probe.lost()).toEqual([]);
  });
});
