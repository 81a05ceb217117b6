import { describe, expect, it } from 'vitest';
import { QuorumCircuit } from './etcd-circuit';

function clocked(tripAfterMs = 2_000) {
  let now = 1_000;
  const changes: boolean[] = [];
  const circuit = new QuorumCircuit({ tripAfterMs, now: () => now });
  circuit.onChange((open) => changes.push(open));
  return { circuit, changes, advance: (ms: number) => (now += ms) };
}

describe('QuorumCircuit', () => {
  it('rides out short failure streaks (an election) and opens when failures persist past tripAfterMs', () => {
    const { circuit, changes, advance } = clocked();
    circuit.failed(new Error('etcdserver: no leader'), false);
    advance(1_500);
    circuit.failed(new Error('etcdserver: no leader'), false);
    expect(circuit.isOpen).toBe(false);
    circuit.succeeded(); // a leader was elected
    advance(1_000);
    circuit.failed(new Error('etcdserver: no leader'), false);
    advance(1_999);
    circuit.failed(new Error('etcdserver: no leader'), false);
    expect(circuit.isOpen).toBe(false);
    advance(1);
    circuit.failed(new Error('etcdserver: no leader'), false);
    expect(circuit.isOpen).toBe(true);
    expect(circuit.reason).toBe('quorum circuit open for 0 ms after: etcdserver: no leader');
    expect(changes).toEqual([true]);
  });

  it('opens at once after a call that waited its whole deadline, and closes only on a success', () => {
    const { circuit, changes, advance } = clocked();
    circuit.failed(new Error('4 DEADLINE_EXCEEDED: Deadline exceeded'), true);
    expect(circuit.isOpen).toBe(true);
    advance(10_000);
    circuit.failed(new Error('etcdserver: no leader'), false);
    expect(circuit.isOpen).toBe(true);
    expect(circuit.reason).toMatch(/^quorum circuit open for 10000 ms after: etcdserver: no leader$/);
    circuit.succeeded();
    expect(circuit.isOpen).toBe(false);
    expect(circuit.reason).toBe('');
    expect(changes).toEqual([true, false]);
  });
});
