import { describe, expect, it } from 'vitest';
import { RecordInterner } from './record-interner';
import type { PortRecord } from './records';

const rec = (id: string, host: string, inactive = false): PortRecord => ({
  id, networkId: ['n', '1'].join(''), mac: 'fa:16:3e:00:00:01', ips: ['10.0.0.1'], seq: 2, bindings: [{ host: [host].join(''), inactive }],
});

describe('RecordInterner', () => {
  it('keeps records equal while sharing ids and single-binding lists between them', () => {
    const interner = new RecordInterner();
    const a = interner.port(rec('p1', 'h1'));
    const b = interner.port(rec('p2', 'h1'));
    expect(a).toEqual(rec('p1', 'h1'));
    expect(b.bindings).toBe(a.bindings);
    expect(Object.isFrozen(a.bindings)).toBe(true);
    expect(interner.port(rec('p3', 'h1', true)).bindings).not.toBe(a.bindings);
    expect(interner.port(rec('p3', 'h1', true)).bindings).toEqual([{ host: 'h1', inactive: true }]);
    expect(interner.id(['h', '1'].join(''))).toBe(a.bindings[0].host);
  });

  it('copies lists it cannot share and forgets shared copies past its bound', () => {
    const interner = new RecordInterner(2);
    const two = [{ host: 'h1', inactive: true }, { host: 'h2', inactive: false }];
    const list = interner.bindings(two);
    expect(list).toEqual(two);
    expect(list).not.toBe(two);
    const first = interner.bindings([{ host: 'h1', inactive: false }]);
    interner.bindings([{ host: 'h3', inactive: false }]);
    interner.bindings([{ host: 'h4', inactive: false }]);
    const again = interner.bindings([{ host: 'h1', inactive: false }]);
    expect(again).toEqual(first);
    expect(again).not.toBe(first);
  });
});
