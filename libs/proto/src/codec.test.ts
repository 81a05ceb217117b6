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

  it('round-trips a delta with packed addresses and keeps FDB upserts small on the wire', () => {
    const mac = Uint8Array.from([0xfa, 0x16, 0x3e, 1, 2, 3]);
    const vtep = Uint8Array.from([198, 51, 100, 7]);
    const message = { delta: { revision: 42, nonce: 'n1', vnis: [{ vni: 5001, fdbUpsert: [{ mac, vtep, seq: 3 }] }] } };
    const bytes = encodeControllerMessage(message);
    const decoded = l2.v1.ControllerMessage.decode(bytes);
    expect(decoded.kind).toBe('delta');
    const entry = decoded.delta?.vnis?.[0]?.fdbUpsert?.[0];
    expect(Array.from(entry?.mac ?? [])).toEqual(Array.from(mac));
    expect(Array.from(entry?.vtep ?? [])).toEqual(Array.from(vtep));
    expect(entry?.seq).toBe(3);
    const single = l2.v1.FdbEntry.encode({ mac, vtep, seq: 3 }).finish();
    expect(single.length + 2).toBeLessThanOrEqual(32);
  });

  it('rejects truncated frames with an error instead of returning garbage', () => {
    const bytes = encodeControllerMessage({ heartbeat: { revision: 9, timeMs: 1 } });
    expect(() => l2.v1.ControllerMessage.decode(bytes.subarray(0, bytes.length - 1))).toThrow();
  });
});
