import { describe, expect, it } from 'vitest';
import { PerHostDeltas } from './per-host-deltas';

describe('PerHostDeltas', () => {
  it('builds a full table only when read, once, and refuses a read after a later revision', () => {
    const built: string[] = [];
    let current = true;
    const m = new PerHostDeltas((h) => (built.push(h), { vni: 7, full: true, localRemove: [h] }), () => current);
    m.setFull('h1');
    m.setFull('h2');
    m.set('h3', { vni: 7, leave: true });
    expect(built).toEqual([]);
    expect([...m.keys()]).toEqual(['h1', 'h2', 'h3']);
    expect(m.get('h1')).toEqual({ vni: 7, full: true, localRemove: ['h1'] });
    expect(m.get('h1')).toBe(m.get('h1'));
    expect(built).toEqual(['h1']);
    expect(m.isFull('h1') && m.isFull('h2') && !m.isFull('h3')).toBe(true);
    current = false;
    expect(m.get('h3')).toEqual({ vni: 7, leave: true });
    expect(m.get('h1')!.full).toBe(true);
    expect(() => m.get('h2')).toThrow(/after a later revision/);
  });

  it('iterates like a Map with every table built', () => {
    const m = new PerHostDeltas((h) => ({ vni: 1, full: true, localRemove: [h] }), () => true);
    m.setFull('a');
    m.set('b', null);
    expect([...m]).toEqual([['a', { vni: 1, full: true, localRemove: ['a'] }], ['b', null]]);
    expect([...m.values()]).toEqual([{ vni: 1, full: true, localRemove: ['a'] }, null]);
    const seen: string[] = [];
    m.forEach((v, k) => seen.push(`${k}:${v ? 'table' : 'none'}`));
    expect(seen).toEqual(['a:table', 'b:none']);
  });
});
