import { describe, expect, it } from 'vitest';
import type { PortRecord } from '../span/records';
import { packPort, unpackPort } from './stored-port';

const port = (bindings: PortRecord['bindings'], ips: string[] = ['10.0.0.5']): PortRecord => ({ id: 'p1', networkId: 'n1', mac: 'fa:16:3e:00:00:01', ips, seq: 7, bindings });

describe('stored port', () => {
  it.each([
    ['no binding, no IP', port([], [])],
    ['one ACTIVE binding', port([{ host: 'h1', inactive: false }])],
    ['an ACTIVE and an INACTIVE binding, two IPs', port([{ host: 'h1', inactive: false }, { host: 'h2', inactive: true }], ['10.0.0.5', 'fd00::5'])],
  ])('round-trips a port with %s, without its id or property names', (_, rec) => {
    const stored = packPort(rec);
    expect(Array.isArray(stored)).toBe(true);
    expect(JSON.stringify(stored)).not.toContain('p1');
    expect(unpackPort('p1', JSON.parse(JSON.stringify(stored)))).toEqual(rec);
  });

  it('reads the object form earlier versions stored as it is', () => {
    const rec = port([{ host: 'h1', inactive: true }]);
    expect(unpackPort('p1', rec)).toEqual(rec);
  });
});
