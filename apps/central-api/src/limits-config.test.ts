import { loadConfig } from '@trellis/runtime';
import { describe, expect, it } from 'vitest';
import { CentralConfigSchema, DEFAULT_CENTRAL_CONFIG } from './config';

const load = (env: Record<string, string>) => loadConfig(CentralConfigSchema, { defaults: DEFAULT_CENTRAL_CONFIG, env, envPrefix: 'TRELLIS_CENTRAL_' });

describe('limits config', () => {
  it('fills every bound with its default and takes env overrides', () => {
    expect(load({ TRELLIS_CENTRAL_LIMITS__REQUEST_TIMEOUT_MS: '10000', TRELLIS_CENTRAL_LIMITS__EVENT_STREAM_MAX_CLIENTS: '5' }).limits).toEqual({
      freeFormMaxDepth: 32,
      freeFormMaxBytes: 4096,
      requestTimeoutMs: 10_000,
      connectionTimeoutMs: 60_000,
      eventStreamMaxClients: 5,
      eventReplayMaxRevisions: 10_000,
      idempotencyTtlMs: 86_400_000,
    });
  });

  it('refuses bounds that would disable a check', () => {
    expect(() => load({ TRELLIS_CENTRAL_LIMITS__FREE_FORM_MAX_DEPTH: '0' })).toThrow(/freeFormMaxDepth/);
    expect(() => load({ TRELLIS_CENTRAL_LIMITS__REQUEST_TIMEOUT_MS: '10' })).toThrow(/requestTimeoutMs/);
  });
});
