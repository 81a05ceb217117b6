import { trellis } from '@trellis/proto';
import { describe, expect, it } from 'vitest';
import type { RejectedChange } from './types';
import { decodeChanges } from './wire';

const pb = trellis.feed.v1;
const bytes = (text: string) => new TextEncoder().encode(text);

describe('v1 decodeChanges', () => {
  it('puts a change whose value or key does not decode in rejected, never among the changes (so never a delete)', () => {
    const rejected: RejectedChange[] = [];
    const changes = decodeChanges(
      {
        revision: 7,
        changes: [
          { type: pb.ChangeType.CHANGE_TYPE_PUT, collection: 'ports', keyJson: '"p1"', valueJson: bytes('{"id":"p1"') },
          { type: pb.ChangeType.CHANGE_TYPE_PUT, collection: 'ports', keyJson: '"p2"', valueJson: new Uint8Array(0) },
          { type: pb.ChangeType.CHANGE_TYPE_PUT, collection: 'ports', keyJson: '{"x":1}', valueJson: bytes('{}') },
          { type: 9 as trellis.feed.v1.ChangeType, collection: 'ports', keyJson: '"p4"' },
          { type: pb.ChangeType.CHANGE_TYPE_PUT, collection: 'ports', keyJson: '"p5"', valueJson: bytes('{"id":"p5"}') },
          { type: pb.ChangeType.CHANGE_TYPE_DELETE, collection: 'ports', keyJson: '"p6"' },
        ],
      },
      rejected,
    );
    expect(changes.map((c) => [c.type, c.key])).toEqual([['put', 'p5'], ['delete', 'p6']]);
    expect(rejected.map((r) => r.id)).toEqual(['"p1"', '"p2"', '{"x":1}', '"p4"']);
    expect(rejected.every((r) => r.collection === 'ports' && r.reason.length > 0)).toBe(true);
  });
});
