import { spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { watchParent } from './parent-watch';

const stops: Array<() => void> = [];
const pids: number[] = [];
afterEach(() => {
  for (const s of stops.splice(0)) s();
  for (const pid of pids.splice(0)) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // already gone
    }
  }
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('watchParent', () => {
  it('calls onGone once when the parent pid changes, never while it stays', async () => {
    let parent = 100;
    let gone = 0;
    stops.push(watchParent({ ppid: () => parent, intervalMs: 5, onGone: () => gone++ }));
    await sleep(40);
    expect(gone).toBe(0);
    parent = 1;
    await sleep(40);
    parent = 7;
    await sleep(40);
    expect(gone).toBe(1);
  });

  it('stops watching when asked', async () => {
    let parent = 100;
    let gone = 0;
    const stop = watchParent({ ppid: () => parent, intervalMs: 5, onGone: () => gone++ });
    stop();
    parent = 1;
    await sleep(40);
    expect(gone).toBe(0);
  });

  it('notices a real parent exiting: the orphaned child ends itself', async () => {
    // A shell (the parent) starts a node child that watches it, prints its pid, then the shell
    // is killed; the child must notice and exit on its own.
    const child = `const { watchParent } = await import(${JSON.stringify(new URL('./parent-watch.ts', import.meta.url).href)});
      watchParent({ intervalMs: 20, onGone: () => { console.log('gone'); process.exit(0); } });
      console.log('pid ' + process.pid); setInterval(() => {}, 1000);`;
    const shell = spawn('bash', ['-c', `node --import tsx --input-type=module -e "$CHILD" & wait`], { env: { ...process.env, CHILD: child }, stdio: ['ignore', 'pipe', 'inherit'] });
    pids.push(shell.pid!);
    let out = '';
    shell.stdout.on('data', (b: Buffer) => (out += b.toString()));
    for (let i = 0; i < 300 && !/pid \d+/.test(out); i++) await sleep(50);
    const grandchild = Number(/pid (\d+)/.exec(out)?.[1]);
    expect(grandchild).toBeGreaterThan(0);
    pids.push(grandchild);
    shell.kill('SIGKILL');
    let alive = true;
    for (let i = 0; i < 100 && alive; i++) {
      await sleep(50);
      try {
        process.kill(grandchild, 0);
      } catch {
        alive = false;
      }
    }
    expect(alive).toBe(false);
  }, 30_000);
});
