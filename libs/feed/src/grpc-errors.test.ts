import { status } from '@grpc/grpc-js';
import { domainError } from '@trellis/domain';
import { createLogger } from '@trellis/runtime';
import { describe, expect, it } from 'vitest';
import { ERROR_PARAMS_HEADER, ERROR_TYPE_HEADER, MAX_DETAILS_CHARS, toGrpcStatus } from './grpc-errors';

const log = createLogger({ name: 'grpc-errors-test', level: 'silent' });

describe('toGrpcStatus', () => {
  it('keeps a DomainError kind, message and params in the status', () => {
    const s = toGrpcStatus(domainError('InvalidInput', { error_message: 'host_id is required' }), log);
    expect(s.code).toBe(status.INVALID_ARGUMENT);
    expect(s.details).toContain('host_id is required');
    expect(s.metadata?.get(ERROR_TYPE_HEADER)).toEqual(['InvalidInput']);
    expect(JSON.parse(String(s.metadata?.get(ERROR_PARAMS_HEADER)[0]))).toEqual({ error_message: 'host_id is required' });
  });

  it('never sends trailers a peer cannot take: 20 kB params are left out and the message is cut', () => {
    const s = toGrpcStatus(domainError('InvalidInput', { error_message: `bad ${'x'.repeat(20_000)}` }), log);
    expect(s.code).toBe(status.INVALID_ARGUMENT);
    expect(s.metadata?.get(ERROR_PARAMS_HEADER)).toEqual([]);
    expect(s.metadata?.get(ERROR_TYPE_HEADER)).toEqual(['InvalidInput']);
    expect(s.details!.length).toBeLessThanOrEqual(MAX_DETAILS_CHARS + 32);
  });

  it('hides anything that is not a DomainError behind INTERNAL', () => {
    expect(toGrpcStatus(new RangeError('Invalid time value'), log)).toEqual({ code: status.INTERNAL, details: 'internal error' });
  });
});
