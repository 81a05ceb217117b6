import { encodeVniDeltaSpec, readFdbGroup, type FdbText } from '@trellis/l2';
import { encodeControllerMessage, trellis } from '@trellis/proto';
import { describe, expect, it } from 'vitest';
import { snapshotFrames } from '../server/snapshot';
import { encodeVniDelta, framedMessages, frameMessage, snapshotEndFrame, spliceDeltaFrame, welcomeFrame } from './messages';

const l2 = trellis.l2.v1;

/** The one message of a delta frame. */
const spliceDelta = (...args: Parameters<typeof spliceDeltaFrame>) => framedMessages(spliceDeltaFrame(...args))[0];
/** The SnapshotChunk messages `snapshotFrames` writes for `tables` with a chunk bound of `chunkBytes`. */
const chunksOf = (revision: number, tables: Uint8Array[], chunkBytes = 1 << 30) => framedMessages(snapshotFrames(revision, tables, chunkBytes, 1 << 20).bytes);
const wholeChunk = (revision: number, tables: Uint8Array[]) => encodeControllerMessage({ snapshotChunk: { revision, vnis: tables.map((v) => l2.VniDelta.decode(v)) } });

describe('spliced messages', () => {
  const a = { vni: 7, floodAdd: [Uint8Array.of(192, 0, 2, 1)], fdbUpsert: [{ mac: Uint8Array.of(1, 2, 3, 4, 5, 6), vtep: Uint8Array.of(192, 0, 2, 1), seq: 3 }] };
  const b = { vni: 8, leave: true };

  it('are byte-identical to encoding the whole message', () => {
    const token = { epoch: 'e', revision: 2 ** 40, subscriptionVersion: 9 };
    const spliced = spliceDelta(2 ** 40, '42', [encodeVniDelta(a), encodeVniDelta(b)], token);
    const whole = encodeControllerMessage({ delta: { revision: 2 ** 40, nonce: '42', vnis: [encodeVniDeltaSpec(a), b], token } });
    expect(Buffer.compare(spliced, whole)).toBe(0);
    const decoded = l2.ControllerMessage.decode(spliced);
    expect(decoded.delta!.vnis!.map((v) => v.vni)).toEqual([7, 8]);
    expect(decoded.delta!.token!.revision).toBe(2 ** 40);
  });

  it('full tables are byte-identical to the generated encoder of their packed form', () => {
    const fdb = { mac: Uint8Array.of(1, 2, 3, 4, 5, 6), vtep: Uint8Array.of(192, 0, 2, 1), seq: 300 };
    const neigh = { ip: Uint8Array.of(10, 0, 0, 1), mac: Uint8Array.of(1, 2, 3, 4, 5, 6) };
    const full = {
      vni: 70000, full: true, mtu: 9000,
      floodAdd: [Uint8Array.of(192, 0, 2, 9)],
      fdbUpsert: [fdb, { ...fdb, mac: Uint8Array.of(9, 9, 9, 9, 9, 9), seq: 0 }],
      neighAdd: [neigh],
      localAdd: [{ portId: 'p', mac: Uint8Array.of(2, 2, 2, 2, 2, 2), ips: [Uint8Array.of(10, 0, 0, 2)], mtu: 9000, inactive: true, seq: 1 }],
    };
    expect(Buffer.compare(Buffer.from(encodeVniDelta(full)), Buffer.from(l2.VniDelta.encode(encodeVniDeltaSpec(full)).finish()))).toBe(0);
    // Entries behind one VTEP share one packed element: MAC + varint seq per entry.
    const decoded = l2.VniDelta.decode(encodeVniDelta(full));
    expect(decoded.fdbUpsert).toHaveLength(1);
    expect(decoded.fdbUpsert![0].length).toBe(1 + 4 + (6 + 2) + (6 + 1));
    const empty = { vni: 1, full: true };
    expect(Buffer.compare(Buffer.from(encodeVniDelta(empty)), Buffer.from(l2.VniDelta.encode(empty).finish()))).toBe(0);
  });

  it('leave a nonce equal to the revision off the wire', () => {
    const implied = l2.ControllerMessage.decode(spliceDelta(1234, '1234', [encodeVniDelta(a)]));
    expect(implied.delta!.nonce).toBe('');
    expect(l2.ControllerMessage.decode(spliceDelta(1234, 'resync-1', [encodeVniDelta(a)])).delta!.nonce).toBe('resync-1');
  });

  it('snapshot chunks are byte-identical to the generated encoder, at any revision and table size', () => {
    const table = (n: number) => encodeVniDelta({ vni: 9, full: true, floodAdd: Array.from({ length: n }, (_, i) => Uint8Array.of(10, 0, i >> 8, i & 255)) });
    const sets = [[table(0)], [table(1), table(20)], [table(3000)], [table(21), table(30000), encodeVniDelta(b)]];
    for (const revision of [0, 1, 127, 128, 2 ** 32 + 5, 2 ** 53 - 1]) {
      for (const vnis of sets) {
        const chunks = chunksOf(revision, vnis);
        expect(chunks).toHaveLength(1);
        expect(Buffer.compare(chunks[0], wholeChunk(revision, vnis)), `revision ${revision}, ${vnis.length} tables`).toBe(0);
      }
    }
  });

  it('snapshot chunks decode with all their VNIs', () => {
    const decoded = l2.ControllerMessage.decode(chunksOf(5, [encodeVniDelta(a)])[0]);
    expect(decoded.snapshotChunk!.revision).toBe(5);
    const entries: FdbText[] = [];
    readFdbGroup(decoded.snapshotChunk!.vnis![0].fdbUpsert![0], entries);
    expect(entries).toEqual([{ mac: '01:02:03:04:05:06', vtep: '192.0.2.1', seq: 3 }]);
  });

  it('delta frames carry the prefix and every token and nonce form byte for byte', () => {
    const tokens = [undefined, { epoch: '', revision: 0, subscriptionVersion: 0 }, { epoch: 'é-epoch', revision: 1, subscriptionVersion: 2 ** 53 - 1 }, { epoch: 'e', revision: 300, subscriptionVersion: 0 }];
    for (const token of tokens) {
      for (const [revision, nonce] of [[0, ''], [5, '5'], [127, 'resync-1'], [128, 'ünï']] as const) {
        const frame = spliceDeltaFrame(revision, nonce, [encodeVniDelta(a)], token);
        const implied = nonce === String(revision) ? '' : nonce;
        const whole = encodeControllerMessage({ delta: { revision, nonce: implied, vnis: [encodeVniDeltaSpec(a)], ...(token ? { token } : {}) } });
        expect(frame[0]).toBe(0);
        expect(frame.readUInt32BE(1)).toBe(whole.length);
        expect(Buffer.compare(frame.subarray(5), whole), `${revision} ${nonce} ${JSON.stringify(token)}`).toBe(0);
      }
    }
  });

  it('a snapshot is one buffer of frames: head, chunks within the bound, tail', () => {
    const table = (n: number) => encodeVniDelta({ vni: 9, full: true, floodAdd: Array.from({ length: n }, (_, i) => Uint8Array.of(10, 0, i >> 8, i & 255)) });
    const tables = [table(10), table(10), table(300), table(1), table(2)];
    const head = frameMessage(Buffer.from('welcome'));
    const tail = frameMessage(Buffer.from('end'));
    const frames = snapshotFrames(7, tables, 1000, 8192, head, tail);
    const messages = framedMessages(frames.bytes);
    expect(frames.count).toBe(messages.length);
    expect(messages[0].toString()).toBe('welcome');
    expect(messages.at(-1)!.toString()).toBe('end');
    // 62 + 62 bytes share a chunk, the 1,214-byte table (over the bound) gets one of its own, the rest share the last.
    const chunks = messages.slice(1, -1);
    expect(chunks.map((c) => l2.ControllerMessage.decode(c).snapshotChunk!.vnis!.length)).toEqual([2, 1, 2]);
    expect(Buffer.compare(chunks[0], wholeChunk(7, tables.slice(0, 2)))).toBe(0);
    expect(Buffer.compare(chunks[1], wholeChunk(7, tables.slice(2, 3)))).toBe(0);
    expect(Buffer.compare(chunks[2], wholeChunk(7, tables.slice(3)))).toBe(0);
    // A table over the entry limit is split into full + add-only pieces.
    const big = { vni: 3, full: true, floodAdd: Array.from({ length: 5 }, (_, i) => Uint8Array.of(10, 0, 0, i)) };
    const split = framedMessages(snapshotFrames(7, [big], 1 << 20, 2).bytes).map((c) => l2.ControllerMessage.decode(c).snapshotChunk!.vnis!);
    expect(split).toHaveLength(1);
    expect(split[0].map((v) => [v.full, v.floodAdd!.length])).toEqual([[true, 2], [false, 2], [false, 1]]);
    expect(snapshotFrames(7, [], 1000, 8192).count).toBe(0);
  });

  it('Welcome and SnapshotEnd frames are byte-identical to the generated encoder', () => {
    const tokens = [{ epoch: '', revision: 0, subscriptionVersion: 0 }, { epoch: 'é-epoch', revision: 2 ** 53 - 1, subscriptionVersion: 128 }];
    for (const revision of [0, 1, 128, 2 ** 40]) {
      for (const [id, epoch] of [['', ''], ['vtep-controller-1', 'trellis'], ['ctl-ü', 'ép']]) {
        for (const snapshot of [false, true]) {
          const whole = encodeControllerMessage({ welcome: { controllerId: id, epoch, snapshot, revision, headRevision: revision * 2 } });
          expect(Buffer.compare(welcomeFrame(id, epoch, snapshot, revision, revision * 2), frameMessage(whole))).toBe(0);
        }
      }
      for (const token of tokens) {
        for (const nonce of ['', 'snapshot-5', 'ñ']) {
          const whole = encodeControllerMessage({ snapshotEnd: { revision, nonce, token } });
          expect(Buffer.compare(snapshotEndFrame(revision, nonce, token), frameMessage(whole)), `${revision} ${nonce}`).toBe(0);
        }
      }
    }
  });
});
