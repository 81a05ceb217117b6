import { describe, expect, it } from 'vitest';
import { Status } from './host-stream';
import { checkAck, checkDigests, checkHello, checkNack, checkPortStatuses } from './host-input';
import { StreamError } from './stream-error';

const refusal = (fn: () => void): { code: number; message: string } => {
  try {
    fn();
  } catch (err) {
    if (err instanceof StreamError) return { code: err.code, message: err.message };
    throw err;
  }
  throw new Error('not refused');
};

describe('host message bounds', () => {
  it('accepts what a host-agent sends', () => {
    expect(() => checkHello({ hostId: 'compute-1', agentVersion: '1.0', resume: { epoch: 'trellis', revision: 42, subscriptionVersion: 40 } })).not.toThrow();
    expect(() => checkAck({ nonce: 'resume-42', revision: 42 })).not.toThrow();
    expect(() => checkNack({ nonce: '42', revision: 42, errorDetail: 'EINVAL', vnis: [1, 0xff_ffff] })).not.toThrow();
    expect(() => checkPortStatuses({ statuses: [{ portId: 'p'.repeat(255), wiring: 1, detail: '' }] })).not.toThrow();
    expect(() => checkDigests({ revision: 42, vnis: [{ vni: 100, digest: 2 ** 64 - 2048, entries: 3 }] })).not.toThrow();
  });

  it('refuses a 20 kB host id with INVALID_ARGUMENT, quoting 64 characters of it', () => {
    const r = refusal(() => checkHello({ hostId: 'h'.repeat(20_000) }));
    expect(r.code).toBe(Status.INVALID_ARGUMENT);
    expect(r.message).toMatch(/^hello\.host_id "h{64}"… \(20000 chars\) is longer than 255 bytes$/);
  });

  it('refuses resume tokens, revisions and VNIs out of range', () => {
    expect(refusal(() => checkHello({ hostId: 'h', resume: { epoch: 'e', revision: 2 ** 53 + 2 } })).message).toMatch(/hello\.resume\.revision/);
    expect(refusal(() => checkHello({ hostId: 'h', resume: { epoch: 'e'.repeat(300), revision: 1 } })).message).toMatch(/hello\.resume\.epoch/);
    expect(refusal(() => checkAck({ nonce: 'n'.repeat(256) })).message).toMatch(/ack\.nonce/);
    expect(refusal(() => checkAck({ nonce: '1', revision: -1 })).message).toMatch(/ack\.revision/);
    expect(refusal(() => checkNack({ nonce: '1', vnis: [0x100_0000] })).message).toMatch(/nack\.vnis\[0\]/);
    expect(refusal(() => checkNack({ nonce: '1', vnis: [0] })).message).toMatch(/nack\.vnis\[0\]/);
    expect(refusal(() => checkPortStatuses({ statuses: [{ portId: 'a', wiring: 1 }, { portId: 'é'.repeat(128), wiring: 1 }] })).message).toMatch(/port_statuses\[1\]\.port_id/);
    expect(refusal(() => checkDigests({ revision: 1, vnis: [{ vni: 0 }] })).message).toMatch(/digests\.vnis\[0\]\.vni/);
    expect(refusal(() => checkDigests({ revision: 1, vnis: Array.from({ length: 65_537 }, () => ({ vni: 1 })) })).message).toMatch(/over the limit/);
    expect(refusal(() => checkDigests({ revision: 1, routersIncluded: true, routers: [{ routerId: 'r1' }, { routerId: '' }] })).message).toMatch(/digests\.routers\[1\] has no router_id/);
    expect(refusal(() => checkDigests({ revision: 1, routersIncluded: true, routers: [{ routerId: 'r'.repeat(256) }] })).message).toMatch(/digests\.routers\[0\]\.router_id/);
    expect(refusal(() => checkDigests({ revision: 1, routers: Array.from({ length: 65_537 }, (_, i) => ({ routerId: `r${i}` })) })).message).toMatch(/65537 routers, over the limit/);
    expect(() => checkDigests({ revision: 1, routersIncluded: true, routers: [{ routerId: 'r1', digest: 2048 }] })).not.toThrow();
  });
});
