import { describe, expect, it } from 'vitest';
import { applyListParams, matchesFilters, parseListParams } from './list-query';

const attrs = ['id', 'name', 'admin_state_up', 'fixed_ips', 'binding:host_id'];
const rows = [
  { id: 'a', name: 'x', admin_state_up: true, fixed_ips: [{ ip_address: '10.0.0.2' }], 'binding:host_id': 'h1' },
  { id: 'b', name: 'y', admin_state_up: false, fixed_ips: [{ ip_address: '10.0.0.3' }], 'binding:host_id': 'h2' },
  { id: 'c', name: 'x', admin_state_up: true, fixed_ips: [], 'binding:host_id': 'h1' },
];

describe('Neutron list semantics', () => {
  it('filters on repeated ids, booleans, list entries and binding attributes', () => {
    const ids = parseListParams('ports', attrs, { id: ['a', 'b'] });
    expect(rows.filter((r) => matchesFilters(r, ids.filters)).map((r) => r.id)).toEqual(['a', 'b']);
    expect(rows.filter((r) => matchesFilters(r, { admin_state_up: ['False'] })).map((r) => r.id)).toEqual(['b']);
    expect(rows.filter((r) => matchesFilters(r, { fixed_ips: ['ip_address=10.0.0.3'] })).map((r) => r.id)).toEqual(['b']);
    expect(rows.filter((r) => matchesFilters(r, { 'binding:host_id': ['h1'] })).map((r) => r.id)).toEqual(['a', 'c']);
  });

  it('refuses unknown filter and sort attributes', () => {
    expect(() => parseListParams('ports', attrs, { colour: 'red' })).toThrow(/colour/);
    expect(() => parseListParams('ports', attrs, { sort_key: 'colour' })).toThrow(/sort_key/);
    expect(() => parseListParams('ports', attrs, { limit: '-1' })).toThrow(/limit/);
  });

  it('sorts, projects fields and pages with next/previous links', () => {
    const p = parseListParams('ports', attrs, { sort_key: 'name', sort_dir: 'desc', limit: '1', fields: ['id', 'name'] });
    const page = applyListParams(rows, p, 'http://x/v2.0/ports', { sort_key: 'name', sort_dir: 'desc', limit: '1', fields: ['id', 'name'] });
    expect(page.items).toEqual([{ id: 'b', name: 'y' }]);
    // Neutron links `previous` from a full first page too (only a short page drops a direction).
    expect(page.links).toEqual([
      { rel: 'next', href: expect.stringContaining('marker=b') },
      { rel: 'previous', href: expect.stringMatching(/marker=b.*page_reverse=True/) },
    ]);
    const q2 = { sort_key: 'name', sort_dir: 'desc', limit: '1', marker: 'b' };
    const page2 = applyListParams(rows, parseListParams('ports', attrs, q2), 'http://x/v2.0/ports', q2);
    expect(page2.items.map((r) => r.id)).toEqual(['a']);
    expect(page2.links.map((l) => l.rel)).toEqual(['next', 'previous']);
  });

  it("follows Neutron's link rule: short forward page = no next, short reverse page = no previous, reverse without marker links both ways", () => {
    const q = (extra: Record<string, string>) => ({ limit: '2', ...extra });
    const page = (extra: Record<string, string>) => applyListParams(rows, parseListParams('ports', attrs, q(extra)), 'http://x/v2.0/ports', q(extra));
    const reverse = page({ page_reverse: 'True' });
    expect(reverse.items.map((r) => r.id)).toEqual(['b', 'c']);
    expect(reverse.links.map((l) => l.rel)).toEqual(['next', 'previous']);
    expect(reverse.links[1].href).toContain('marker=b');
    const lastForward = page({ marker: 'b' });
    expect([lastForward.items.map((r) => r.id), lastForward.links.map((l) => l.rel)]).toEqual([['c'], ['previous']]);
    const firstReverse = page({ marker: 'b', page_reverse: 'True' });
    expect([firstReverse.items.map((r) => r.id), firstReverse.links.map((l) => l.rel)]).toEqual([['a'], ['next']]);
    expect(applyListParams(rows, parseListParams('ports', attrs, { marker: 'a' }), 'http://x', { marker: 'a' }).links).toEqual([]);
  });
});
