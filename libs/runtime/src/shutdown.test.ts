import { EventEmitter } from 'node:events';
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';
import { createShutdown } from './shutdown';

function quietLogger() {
  const lines: string[] = [];
  const destination = new Writable({
    write(chunk: Buffer, _e, cb) {
      lines.push(chunk.toString());
      cb();
    },
  });
  return { logger: createLogger({ name: 'test', destination }), lines };
}

const tick = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('createShutdown', () => {
  it('runs hooks in reverse registration order, awaiting each', async () => {
    const { logger } = quietLogger();
    const shutdown = createShutdown({ logger });
    const order: string[] = [];
    shutdown.register('store', () => {
      order.push('store');
    });
    shutdown.register('grpc', async () => {
      await tick(20);
      order.push('grpc');
    });
    shutdown.register('http', () => {
      order.push('http');
    });
    await expect(shutdown.run('test')).resolves.toEqual({ failed: [] });
    expect(order).toEqual(['http', 'grpc', 'store']);
  });

  it('bounds each hook by the timeout and keeps going after failures', async () => {
    const { logger, lines } = quietLogger();
    const shutdown = createShutdown({ logger, timeoutMs: 50 });
    const ran: string[] = [];
    shutdown.register('last', () => {
      ran.push('last');
    });
    shutdown.register('hangs', () => new Promise<void>(() => {}));
    shutdown.register('throws', () => {
      throw new Error('nope');
    });
    const started = Date.now();
    const result = await shutdown.run('test');
    expect(Date.now() - started).toBeLessThan(1000);
    expect(result.failed).toEqual(['throws', 'hangs']);
    expect(ran).toEqual(['last']);
    expect(lines.join('')).toMatch(/shutdown hook timed out/);
    expect(lines.join('')).toMatch(/shutdown hook failed/);
  });

  it('is idempotent: concurrent and later runs share one execution', async () => {
    const { logger } = quietLogger();
    const shutdown = createShutdown({ logger });
    let calls = 0;
    shutdown.register('once', async () => {
      calls++;
      await tick(10);
    });
    const [a, b] = [shutdown.run('a'), shutdown.run('b')];
    expect(a).toBe(b);
    await a;
    await shutdown.run('c');
    expect(calls).toBe(1);
    expect(() => shutdown.register('late', () => {})).toThrow(/already started/);
  });

  it('exits after the hooks on the first signal and at once on the second', async () => {
    const { logger } = quietLogger();
    const shutdown = createShutdown({ logger, signalRepeatGraceMs: 0 });
    const exits: number[] = [];
    const target = Object.assign(new EventEmitter(), { exit: (code: number) => void exits.push(code) });
    let release!: () => void;
    shutdown.register('slow', () => new Promise<void>((r) => (release = r)));
    shutdown.installSignalHandlers(target);
    target.emit('SIGTERM');
    await tick(5);
    expect(exits).toEqual([]);
    target.emit('SIGINT');
    expect(exits).toEqual([130]);
    release();
    await shutdown.run('again');
    await tick(5);
    expect(exits).toEqual([130, 0]);
  });

  it('treats a signal repeated at once (Ctrl-C to the group plus a forwarding wrapper) as the same one', async () => {
    const { logger } = quietLogger();
    const shutdown = createShutdown({ logger });
    const exits: number[] = [];
    const target = Object.assign(new EventEmitter(), { exit: (code: number) => void exits.push(code) });
    let release!: () => void;
    shutdown.register('slow', () => new Promise<void>((r) => (release = r)));
    shutdown.installSignalHandlers(target);
    target.emit('SIGINT');
    target.emit('SIGINT');
    await tick(5);
    expect(exits).toEqual([]);
    release();
    await tick(5);
    expect(exits).toEqual([0]);
  });

  it('exits 1 when a hook failed', async () => {
    const { logger } = quietLogger();
    const shutdown = createShutdown({ logger });
    const exits: number[] = [];
    const target = Object.assign(new EventEmitter(), { exit: (code: number) => void exits.push(code) });
    shutdown.register('bad', () => Promise.reject(new Error('x')));
    shutdown.installSignalHandlers(target);
    target.emit('SIGTERM');
    await shutdown.run('wait');
    await tick(5);
    expect(exits).toEqual([1]);
  });
});
