import { describe, expect, it } from 'vitest';
import { createLogger } from '@trellis/runtime';
import { parseLinkEvent, type LinkEvent } from './link-events';
import { LinkMonitor } from './link-monitor';

const logger = createLogger({ name: 'link-monitor-test', level: 'silent' });

describe('parseLinkEvent', () => {
  it('reads the link name of `ip -o monitor link` lines, new and deleted, veth peers included', () => {
    expect(parseLinkEvent('14: tap0a1b2c3d-4e: <BROADCAST,MULTICAST> mtu 1500 qdisc noop state DOWN group default \\    link/ether 9a:…')).toEqual({ name: 'tap0a1b2c3d-4e', deleted: false });
    expect(parseLinkEvent('15: tap0a1b2c3d-4e@if2: <BROADCAST,MULTICAST,UP> mtu 1500 master brq6f1c2a3b-4d state UP')).toEqual({ name: 'tap0a1b2c3d-4e', deleted: false });
    expect(parseLinkEvent('Deleted 15: tap0a1b2c3d-4e@NONE: <BROADCAST,MULTICAST> mtu 1500')).toEqual({ name: 'tap0a1b2c3d-4e', deleted: true });
    expect(parseLinkEvent('')).toBeUndefined();
    expect(parseLinkEvent('    link/ether fa:16:3e:00:00:01 brd ff:ff:ff:ff:ff:ff')).toBeUndefined();
  });
});

describe('LinkMonitor', () => {
  it('emits one event per line of its child and starts it again (saying so) when it exits', async () => {
    // A stand-in for `ip -o monitor link` that prints two events and exits, as a crashed monitor would.
    const script = `printf '7: tapaaaa@if2: <UP> mtu 1500\\nDeleted 7: tapaaaa@if2: <UP> mtu 1500\\n'`;
    const monitor = new LinkMonitor({ logger, argv: ['sh', '-c', script], restartDelayMs: 20 });
    const events: LinkEvent[] = [];
    let restarts = 0;
    const restarted = new Promise<void>((resolve) =>
      monitor.start(
        (e) => events.push(e),
        () => {
          restarts++;
          resolve();
        },
      ),
    );
    await restarted;
    await monitor.stop();
    expect(restarts).toBe(1);
    expect(events.slice(0, 2)).toEqual([{ name: 'tapaaaa', deleted: false }, { name: 'tapaaaa', deleted: true }]);
  });

  it('stops its long-lived child', async () => {
    const monitor = new LinkMonitor({ logger, argv: ['sleep', '30'] });
    monitor.start(() => {}, () => {});
    await new Promise((r) => setTimeout(r, 50));
    const pid = monitor.pid!;
    expect(pid).toBeGreaterThan(0);
    await monitor.stop();
    expect(() => process.kill(pid, 0)).toThrow();
  });
});
