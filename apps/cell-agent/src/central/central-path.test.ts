import { describe, expect, it } from 'vitest';
import { centralPath, segment } from './central-path';

describe('central paths', () => {
  it('refuses ids that URL parsing would resolve as dot segments', () => {
    for (const id of ['', '.', '..']) expect(() => segment(id)).toThrow(expect.objectContaining({ type: 'InvalidInput' }));
    // What fetch would have done with the naive URL: another route.
    expect(new URL(`http://c/v2.0/ports/${encodeURIComponent('..')}`).pathname).toBe('/v2.0/');
  });

  it('keeps every other id one segment', () => {
    for (const id of ['...', 'a/b', '%2e%2e', 'x?y#z', '\u{1F600}']) {
      const url = new URL(`http://c${centralPath('/v2.0/ports', id, 'bindings')}`);
      expect(url.pathname.split('/')).toHaveLength(5);
      expect(decodeURIComponent(url.pathname.split('/')[3])).toBe(id);
    }
  });
});
