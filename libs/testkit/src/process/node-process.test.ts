import { afterEach, describe, expect, it } from 'vitest';
import { freePort } from './free-port';
import { spawnNode, type NodeProcess } from './node-process';

const fixture = 'libs/testkit/src/process/fixtures/ready-then-wait.ts';
const started: NodeProcess[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((p) => p.kill()));
});

describe('spawnNode', () => {
  it('runs a TypeScript entry as a direct node child and stops it with SIGTERM', async () => {
    const proc = spawnNode(fixture);
    started.push(proc);
    const line = await proc.waitFor(/^pid=/);
    expect(line).toBe(`pid=${proc.pid}`);
    await proc.waitFor(/^ready$/);
    expect(await proc.stop()).toBe(0);
    expect(proc.output()).toContain('stopping');
  });

  it('escalates to SIGKILL when the process ignores SIGTERM', async () => {
    const proc = spawnNode(fixture, { args: ['--ignore-term'] });
    started.push(proc);
    await proc.waitFor(/^ready$/);
    expect(await proc.stop(300)).toBe('SIGKILL');
  });

  it('rejects waitFor when the pattern never appears', async () => {
    const proc = spawnNode(fixture);
    started.push(proc);
    await expect(proc.waitFor(/never printed/, 500)).rejects.toThrow(/timed out/);
  });
});

describe('freePort', () => {
  it('returns distinct usable ports', async () => {
    const ports = new Set(await Promise.all([freePort(), freePort(), freePort()]));
    for (const p of ports) expect(p).toBeGreaterThan(1023);
    expect(ports.size).toBeGreaterThanOrEqual(2);
  });
});
