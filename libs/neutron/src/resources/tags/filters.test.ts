import { describe, expect, it } from 'vitest';
import { matchesTagFilters, splitTagFilters } from './filters';

describe('tag filters', () => {
  it('split off the query, comma lists and repeated keys joined', () => {
    const { rest, tags } = splitTagFilters({ name: 'n', tags: 'a,b', 'tags-any': ['c', 'd,e'], 'not-tags-any': '' });
    expect(rest).toEqual({ name: 'n' });
    expect(tags).toEqual({ tags: ['a', 'b'], 'tags-any': ['c', 'd', 'e'], 'not-tags-any': [] });
  });

  it('match as Neutron does', () => {
    const r = { tags: ['a', 'b'] };
    expect(matchesTagFilters(r, { tags: ['a', 'b'] })).toBe(true);
    expect(matchesTagFilters(r, { tags: ['a', 'c'] })).toBe(false);
    expect(matchesTagFilters(r, { 'tags-any': ['c', 'b'] })).toBe(true);
    expect(matchesTagFilters(r, { 'not-tags': ['a', 'c'] })).toBe(true);
    expect(matchesTagFilters(r, { 'not-tags': ['a', 'b'] })).toBe(false);
    expect(matchesTagFilters(r, { 'not-tags-any': ['c', 'a'] })).toBe(false);
    expect(matchesTagFilters({ tags: [] }, { 'not-tags-any': ['a'] })).toBe(true);
  });
});
