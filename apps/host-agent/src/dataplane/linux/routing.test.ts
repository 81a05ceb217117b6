import { routerView, type HostView, type RouterTable } from '@trellis/l2';
import { createLogger } from '@trellis/runtime';
import { describe, expect, it } from 'vitest';
import { routingPlan } from '../routing-plan';
import type { CommandResult, CommandRunner } from './command-runner';
import { LinuxRouting } from './routing';

const logger = createLogger({ name: 'linux-routing-test', level: 'silent' });

/** Records every command; answers `ip -j netns list` from `namespaces`, everything else with success. */
class Recorder implements CommandRunner {
  readonly calls: Array<{ argv: string[]; stdin?: string }> = [];
  namespaces: string[] = [];

  async run(argv: readonly string[], stdin?: string): Promise<CommandResult> {
    this.calls.push({ argv: [...argv], stdin });
    const cmd = argv.join(' ');
    if (cmd === 'ip -j netns list') return { code: 0, stdout: JSON.stringify(this.namespaces.map((name) => ({ name }))), stderr: '' };
    if (cmd.endsWith('-j link show')) return { code: 0, stdout: '[]', stderr: '' };
    return { code: 0, stdout: '', stderr: '' };
  }

  /** Every command as one line (batch scripts as `argv: line`). */
  lines(): string[] {
    return this.calls.flatMap((c) => (c.stdin !== undefined ? c.stdin.split('\n').filter(Boolean).map((l) => `${c.argv.join(' ')}: ${l}`) : [c.argv.join(' ')]));
  }
}

const r1 = routerView(
  'r1',
  [
    { networkId: 'nA', vni: 100, subnetId: 'sA', portId: 'ifaaaaaaaaaaaa', cidr: '10.1.0.0/24', ip: '10.1.0.1', routerMac: 'fa:16:3e:ff:00:0a' },
    { networkId: 'nB', vni: 101, subnetId: 'sB', portId: 'ifbbbbbbbbbbbb', cidr: '10.2.0.0/24', ip: '10.2.0.1', routerMac: 'fa:16:3e:ff:00:0b' },
  ],
  [{ destination: '198.51.100.0/24', nexthop: '10.1.0.9' }],
);

function view(neigh: Array<[string, string]>): HostView {
  const table = (vni: number, n: Array<[string, string]> = []) => ({ vni, mtu: 1450, flood: new Set<string>(), fdb: new Map(), neigh: new Map(n), local: new Map(), subnets: new Map() });
  return new Map([
    [100, table(100)],
    [101, table(101, neigh)],
  ]);
}

const bridges = new Map([
  [100, 'brqnA'],
  [101, 'brqvni101'],
]);

describe('LinuxRouting', () => {
  it('creates the namespace, legs, neighbours, routes and guards; then only what changed; a full sync without the router deletes its namespace', async () => {
    const runner = new Recorder();
    const routing = new LinuxRouting({ runner, logger, netns: 'h1', namespacePrefix: 'qrouter-' });
    const routers: RouterTable = new Map([['r1', r1]]);
    await routing.sync(routingPlan(routers, view([['10.2.0.5', 'fa:16:3e:00:00:02']])), bridges, 'full');
    const lines = runner.lines();
    expect(lines).toContain('ip netns add qrouter-r1');
    expect(lines).toContain('nsenter --net=/run/netns/qrouter-r1 sysctl -qw net.ipv4.ip_forward=1');
    expect(lines).toContain('ip -n h1 -force -batch -: link add tapifaaaaaaaaa type veth peer name qr-ifaaaaaaaaa netns qrouter-r1');
    expect(lines).toContain('ip -n h1 -force -batch -: link set tapifbbbbbbbbb master brqvni101 up');
    expect(lines).toContain('ip -n h1 bridge -force -batch -: fdb replace fa:16:3e:ff:00:0b dev tapifbbbbbbbbb master static sticky'.replace('ip -n h1 bridge', 'bridge -n h1'));
    expect(lines).toContain('ip -n qrouter-r1 -force -batch -: link set lo up');
    expect(lines).toContain('ip -n qrouter-r1 -force -batch -: addr replace 10.2.0.1/24 dev qr-ifbbbbbbbbb');
    expect(lines).toContain('ip -n qrouter-r1 -force -batch -: neigh replace 10.2.0.5 lladdr fa:16:3e:00:00:02 dev qr-ifbbbbbbbbb nud permanent');
    expect(lines).toContain('ip -n qrouter-r1 -force -batch -: route replace 198.51.100.0/24 via 10.1.0.9');
    const nft = runner.calls.find((c) => c.argv.includes('nft'))!;
    expect(nft.argv).toEqual(['ip', 'netns', 'exec', 'h1', 'nft', '-f', '-']);
    expect(nft.stdin).toContain('oifname "vxlan-101" arp daddr ip 10.2.0.1 counter drop');
    expect(nft.stdin).toContain('oifname "vxlan-100" ether saddr fa:16:3e:ff:00:0a ether daddr & 01:00:00:00:00:00 == 01:00:00:00:00:00 counter drop');

    // The remote instance moved to another IP: one neighbour replaced, one removed; nothing else.
    runner.calls.length = 0;
    await routing.sync(routingPlan(routers, view([['10.2.0.6', 'fa:16:3e:00:00:03']])), bridges, 'full');
    expect(runner.lines()).toEqual([
      'ip -n qrouter-r1 -force -batch -: neigh replace 10.2.0.6 lladdr fa:16:3e:00:00:03 dev qr-ifbbbbbbbbb nud permanent',
      'ip -n qrouter-r1 -force -batch -: neigh del 10.2.0.5 dev qr-ifbbbbbbbbb',
    ]);

    // An additive sync without the router removes nothing.
    runner.calls.length = 0;
    await routing.sync(routingPlan(new Map(), view([])), bridges, 'additive');
    expect(runner.lines().some((l) => l.includes('netns del'))).toBe(false);

    // Left: the namespace goes (its legs with it) and the guards are emptied.
    runner.calls.length = 0;
    await routing.sync(routingPlan(new Map(), view([])), bridges, 'full');
    expect(runner.lines()).toContain('ip netns del qrouter-r1');
    const emptied = runner.calls.find((c) => c.argv.includes('nft'))!;
    expect(emptied.stdin).toBe('table bridge trellis_routing\ndelete table bridge trellis_routing\n');
  });

  it('after a restart, lists the router namespaces with its prefix and removes those the plan lacks on the first full sync', async () => {
    const runner = new Recorder();
    runner.namespaces = ['qrouter-gone', 'other-ns', 'qrouter-r1'];
    const routing = new LinuxRouting({ runner, logger, namespacePrefix: 'qrouter-' });
    await routing.sync(routingPlan(new Map([['r1', r1]]), view([])), bridges, 'full');
    const lines = runner.lines();
    expect(lines).toContain('ip netns del qrouter-gone');
    expect(lines.some((l) => l.includes('netns del other-ns') || l.includes('netns del qrouter-r1'))).toBe(false);
    // The kept router is rewritten whole (replace semantics), its namespace not re-created.
    expect(lines.some((l) => l.includes('netns add'))).toBe(false);
    expect(lines).toContain('ip -n qrouter-r1 -force -batch -: addr replace 10.1.0.1/24 dev qr-ifaaaaaaaaa');
  });
});

describe('LinuxBackend network hints', () => {
  it("names a routed VNI's bridge after the router interface's network, not after the VNI", async () => {
    const { FakeRunner } = await import('./fake-runner.test-support');
    const { LinuxBackend } = await import('./linux-backend');
    const { applyVniDelta, ipToBytes } = await import('@trellis/l2');
    const runner = new FakeRunner();
    const backend = new LinuxBackend({ vtep: '192.0.2.1', logger, runner });
    const v: HostView = new Map();
    const change = applyVniDelta(v, { vni: 101, full: true, floodAdd: [ipToBytes('192.0.2.2')] });
    backend.networkHints(new Map([[101, 'net-bbbbbbbbbbbb']]));
    await backend.apply([change]);
    const ip = runner.scripts('ip').flat();
    expect(ip.some((l) => l.startsWith('link add brqnet-bbbbbbb type bridge'))).toBe(true);
    expect(ip.some((l) => l.includes('brqvni101'))).toBe(false);
  });
});
