import pino from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import { waitFor } from '../testing/test-host';
import { LivenessReporter } from './liveness-reporter';
import type { HostLivenessReport } from './types';

const logger = pino({ level: 'silent' });
const report = (hostId: string, connected = true): HostLivenessReport => ({ hostId, connected, agentVersion: 'v1', lastSeenMs: 1, controllerId: 'c1' });
const reporters: LivenessReporter[] = [];
afterEach(() => {
  for (const r of reporters.splice(0)) r.close();
});

/** A reporter whose calls stay open until released, recording what each call carried. */
function pending(maxInFlight: number) {
  const calls: HostLivenessReport[] = [];
  const release: Array<(ok: boolean) => void> = [];
  const r = new LivenessReporter({
    send: (rep) => {
      calls.push(rep);
      return new Promise<void>((resolve, reject) => release.push((ok) => (ok ? resolve() : reject(new Error('central unavailable')))));
    },
    logger,
    maxInFlight,
  });
  reporters.push(r);
  return { r, calls, release };
}

describe('LivenessReporter', () => {
  it('keeps at most maxInFlight calls running; the rest wait and go out as calls finish', async () => {
    const { r, calls, release } = pending(2);
    for (let i = 0; i < 5; i++) r.add(report(`h${i}`));
    expect(calls.map((c) => c.hostId)).toEqual(['h0', 'h1']);
    expect([r.inFlight, r.waiting]).toEqual([2, 3]);
    release.shift()!(true);
    await waitFor(() => calls.length === 3, 'a waiting report to go out');
    expect(calls.map((c) => c.hostId)).toEqual(['h0', 'h1', 'h2']);
    for (let i = 0; i < 10 && calls.length < 5; i++) {
      release.shift()?.(true);
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
    expect(calls.map((c) => c.hostId)).toEqual(['h0', 'h1', 'h2', 'h3', 'h4']);
  });

  it('a newer report of a waiting host replaces it; a host never has two calls in flight', async () => {
    const { r, calls, release } = pending(4);
    r.add(report('h1', true));
    r.add(report('h1', false));
    r.add(report('h1', true));
    expect(calls.map((c) => [c.hostId, c.connected])).toEqual([['h1', true]]);
    expect([r.inFlight, r.waiting, r.stats.replaced]).toEqual([1, 1, 1]);
    release.shift()!(true);
    await waitFor(() => calls.length === 2, 'the latest report to go out');
    expect(calls.map((c) => [c.hostId, c.connected])).toEqual([['h1', true], ['h1', true]]);
    expect(r.waiting).toBe(0);
  });

  it('a failed call is counted and dropped, and does not block the next reports', async () => {
    const { r, calls, release } = pending(1);
    r.add(report('h1'));
    r.add(report('h2'));
    release.shift()!(false);
    await waitFor(() => calls.length === 2, 'the next report after a failure');
    expect(r.stats.failures).toBe(1);
    expect(calls.map((c) => c.hostId)).toEqual(['h1', 'h2']);
  });
});
