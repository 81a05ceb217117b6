import { describe, expect, it } from 'vitest';
import { isDomainError } from '@trellis/domain';
import { trellis } from '@trellis/proto';
import { FEED_INPUT_LIMITS, quoted, reportTimeMs, requiredId } from './input-limits';
import { toHostLivenessReport } from './report-calls';
import { decodeRequest } from './request-decoding';
import { toWatchRequest } from './watch-request';

const refusal = (fn: () => unknown): string => {
  try {
    fn();
  } catch (err) {
    if (isDomainError(err) && err.type === 'InvalidInput') return err.message;
    throw err;
  }
  throw new Error('not refused');
};

describe('feed request validation', () => {
  it('bounds ids at 255 UTF-8 bytes and quotes at most 64 characters of an offending one', () => {
    expect(requiredId('a'.repeat(255), 'host_id')).toHaveLength(255);
    const message = refusal(() => requiredId('a'.repeat(20_000), 'host_id'));
    expect(message).toContain('(20000 chars)');
    expect(message.length).toBeLessThan(200);
    expect(refusal(() => requiredId('€'.repeat(86), 'port_id'))).toMatch(/longer than 255 bytes/);
    expect(refusal(() => requiredId('', 'port_id'))).toMatch(/port_id is required/);
    expect(quoted('short')).toBe('"short"');
  });

  it('refuses times outside the Date range and clamps those beyond the clock-skew allowance', () => {
    const now = 1_800_000_000_000;
    expect(reportTimeMs(0, 'last_seen_ms', now)).toBe(now);
    expect(reportTimeMs(now - 60_000, 'last_seen_ms', now)).toBe(now - 60_000);
    expect(reportTimeMs(now + FEED_INPUT_LIMITS.clockSkewMs, 'last_seen_ms', now)).toBe(now + FEED_INPUT_LIMITS.clockSkewMs);
    expect(reportTimeMs(now + FEED_INPUT_LIMITS.clockSkewMs + 1, 'last_seen_ms', now)).toBe(now);
    expect(refusal(() => reportTimeMs(18446744073709551615, 'last_seen_ms', now))).toMatch(/last_seen_ms/);
    expect(refusal(() => reportTimeMs(8.64e15 + 1, 'last_seen_ms', now))).toMatch(/last_seen_ms/);
    expect(toHostLivenessReport({ hostId: 'h1', lastSeenMs: now + 3_600_000 }, now).lastSeenMs).toBe(now);
  });

  it('validates Watch requests: revision range, collection names and count', () => {
    expect(toWatchRequest({ afterRevision: 5, collections: ['ports'], consumer: 'c' })).toEqual({ afterRevision: 5, collections: ['ports'], consumer: 'c', progressIntervalMs: 0 });
    expect(toWatchRequest({}).collections).toBeUndefined();
    expect(refusal(() => toWatchRequest({ afterRevision: 2 ** 64 }))).toMatch(/after_revision/);
    expect(refusal(() => toWatchRequest({ collections: [''] }))).toMatch(/collections\[0\] is empty/);
    expect(refusal(() => toWatchRequest({ collections: Array.from({ length: 65 }, () => 'ports') }))).toMatch(/exceed the limit/);
    expect(refusal(() => toWatchRequest({ consumer: 'c'.repeat(300) }))).toMatch(/consumer/);
  });

  it('turns bytes that do not parse into InvalidInput, and passes decoded requests through', () => {
    const decode = trellis.feed.v1.HostLivenessReport.decode;
    expect(refusal(() => decodeRequest(Buffer.from([0x0a, 0xff]), decode, 'HostLivenessReport'))).toMatch(/malformed HostLivenessReport/);
    const decoded = { hostId: 'h1' };
    expect(decodeRequest(decoded, decode, 'HostLivenessReport')).toBe(decoded);
    expect(decodeRequest(Buffer.from(trellis.feed.v1.HostLivenessReport.encode(decoded).finish()), decode, 'HostLivenessReport').hostId).toBe('h1');
  });
});
