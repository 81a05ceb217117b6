import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/test-host';
import { PortStatusReporter, type PortStatusReporterOptions } from './status-reporter';
import type { PortStatusReport } from './types';

const logger = pino({ level: 'silent' });
const report = (portId: string, wiring: PortStatusReport['wiring'] = 'wired', hostId = 'h1'): PortStatusReport => ({ portId, hostId, wiring, detail: '' });
const reporters: PortStatusReporter[] = [];
afterEach(() => {
  for (const r of reporters.splice(0)) r.close();
});

function reporter(send: PortStatusReporterOptions['send'], options: Partial<PortStatusReporterOptions> = {}): PortStatusReporter {
  const r = new PortStatusReporter({ send, logger, ...options });
  reporters.push(r);
  return r;
}

describe('PortStatusReporter', () => {
  it('sends the reports of one window in one call, and a full batch at once', async () => {
    const calls: string[][] = [];
    const r = reporter((batch) => void calls.push(batch.map((b) => b.portId)), { windowMs: 20, maxBatch: 3 });
    r.add(report('a'));
    r.add(report('b'));
    expect(calls).toEqual([]);
    r.add(report('c'));
    expect(calls).toEqual([['a', 'b', 'c']]);
    r.add(report('d'));
    await waitFor(() => calls.length === 2, 'window flush');
    expect(calls).toEqual([['a', 'b', 'c'], ['d']]);
    expect(r.stats).toMatchObject({ calls: 2, reports: 4 });
  });

  it('keeps at most maxInFlight calls running; a newer report of a waiting port replaces it', async () => {
    const calls: PortStatusReport[][] = [];
    const release: Array<() => void> = [];
    const r = reporter((batch) => (calls.push([...batch]), new Promise<void>((resolve) => release.push(resolve))), { windowMs: 1, maxBatch: 2, maxInFlight: 1 });
    r.add(report('a'));
    r.add(report('b'));
    expect(calls).toHaveLength(1);
    r.add(report('c'));
    r.add(report('c', 'unwired'));
    r.add(report('c', 'wired', 'h2')); // another host's report of the same port is kept apart
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(calls).toHaveLength(1);
    expect(r.waiting).toBe(2);
    release.shift()!();
    await waitFor(() => calls.length === 2, 'second call');
    expect(calls[1]).toEqual([report('c', 'unwired'), report('c', 'wired', 'h2')]);
    release.shift()!();
  });

  it('retries a failed batch with backoff, not resending reports superseded meanwhile', async () => {
    const calls: PortStatusReport[][] = [];
    let fail = true;
    const r = reporter(
      async (batch) => {
        calls.push([...batch]);
        if (fail) throw new Error('central unavailable');
      },
      { windowMs: 1, retryMs: 30 },
    );
    r.add(report('a'));
    r.add(report('b'));
    await waitFor(() => calls.length === 1 && r.waiting === 2, 'first failure');
    fail = false;
    r.add(report('b', 'error'));
    await waitFor(() => calls.length === 2, 'retry');
    expect(calls[1].map((c) => [c.portId, c.wiring]).sort()).toEqual([['a', 'wired'], ['b', 'error']]);
    expect(r.stats).toMatchObject({ failures: 1, dropped: 0 });
    expect(r.waiting).toBe(0);
  });

  it('keeps the reports of one port from several hosts apart: split at maxBatch, retried unless superseded by the same host', async () => {
    const calls: Array<Array<[string, string, string]>> = [];
    const results: Array<'ok' | 'fail'> = ['fail'];
    const release: Array<() => void> = [];
    const r = reporter(
      (batch) => {
        calls.push(batch.map((b) => [b.portId, b.hostId, b.wiring]));
        const outcome = results.shift() ?? 'ok';
        return new Promise<void>((resolve, reject) => release.push(() => (outcome === 'ok' ? resolve() : reject(new Error('refused')))));
      },
      { windowMs: 1, maxBatch: 2, maxInFlight: 1, retryMs: 1 },
    );
    r.add(report('p', 'wired', 'h1'));
    r.add(report('p', 'unwired', 'h2'));
    r.add(report('p', 'wired', 'h3'));
    expect(calls).toEqual([[['p', 'h1', 'wired'], ['p', 'h2', 'unwired']]]);
    expect(r.waiting).toBe(1);
    r.add(report('p', 'error', 'h2')); // supersedes the h2 report in flight
    expect(r.waiting).toBe(2);
    release.shift()!(); // the first call fails: h1's report waits again, h2's is superseded
    await waitFor(() => calls.length === 2, 'second call');
    expect(calls[1]).toEqual([['p', 'h3', 'wired'], ['p', 'h2', 'error']]);
    release.shift()!();
    await waitFor(() => calls.length === 3, 'third call');
    expect(calls[2]).toEqual([['p', 'h1', 'wired']]);
    release.shift()!();
    await waitFor(() => r.waiting === 0 && r.stats.calls === 3, 'drained');
    expect(r.stats).toMatchObject({ failures: 1, dropped: 0, reports: 5 });
  });

  it('drops a report after maxAttempts failed sends (a synchronous throw counts as a failure)', async () => {
    let calls = 0;
    const r = reporter(
      () => {
        calls++;
        throw new Error('refused');
      },
      { windowMs: 1, retryMs: 1, maxAttempts: 3 },
    );
    r.add(report('a'));
    await waitFor(() => r.stats.dropped === 1, 'drop');
    expect(calls).toBe(3);
    expect(r.waiting).toBe(0);
  });

  it('close sends what waits and ignores later reports', () => {
    const calls: string[][] = [];
    const r = reporter((batch) => void calls.push(batch.map((b) => b.portId)), { windowMs: 10_000 });
    r.add(report('a'));
    r.close();
    r.add(report('b'));
    expect(calls).toEqual([['a']]);
  });
});
