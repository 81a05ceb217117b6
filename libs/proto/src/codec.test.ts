import { describe, expect, it } from 'vitest';
import { encodeControllerMessage, trellis } from './index';

const { feed, l2 } = trellis;

describe('generated codecs', () => {
  it('decodes uint64 revisions as numbers, exact beyond 2^32', () => {
    const revision = 2 ** 40 + 7;
    const bytes = feed.v1.WatchResponse.encode({ progress: { revision } }).finish();
    const decoded = feed.v1.WatchResponse.decode(bytes);
    expect(decoded.kind).toBe('progress');
    expect(typeof decoded.progress?.revision).toBe('number');
    expect(decoded.progress?.revision).toBe(revision);
  });

  it('round-trips a delta with packed FDB records and keeps an FDB upsert small on the wire', () => {
    // One fdb_upsert element: VTEP (length byte + 4 bytes), then MAC (6 bytes) + seq (varint).
    const group = Uint8Array.from([4, 198, 51, 100, 7, 0xfa, 0x16, 0x3e, 1, 2, 3, 3]);
    const message = { delta: { revision: 42, nonce: 'n1', vnis: [{ vni: 5001, fdbUpsert: [group] }] } };
    const bytes = encodeControllerMessage(message);
    const decoded = l2.v1.ControllerMessage.decode(bytes);
    expect(decoded.kind).toBe('delta');
    expect(Array.from(decoded.delta?.vnis?.[0]?.fdbUpsert?.[0] ?? [])).toEqual(Array.from(group));
    const vniDelta = l2.v1.VniDelta.encode({ vni: 5001, fdbUpsert: [group] }).finish();
    expect(vniDelta.length).toBeLessThanOrEqual(32);
  });

  it('rejects truncated frames with an error instead of returning garbage', () => {
    const bytes = encodeControllerMessage({ heartbeat: { revision: 9, timeMs: 1 } });
    expect(() => l2.v1.ControllerMessage.decode(bytes.subarray(0, bytes.length - 1))).toThrow();
  });
});
