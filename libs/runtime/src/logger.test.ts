import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from './logger';

function memoryDestination(): { stream: Writable; lines: () => Record<string, unknown>[] } {
  const chunks: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, callback) {
      chunks.push(chunk.toString('utf8'));
      callback();
    },
  });
  const lines = () =>
    chunks
      .join('')
      .split('\n')
      .filter((l) => l.length > 0)
      .map((l) => JSON.parse(l) as Record<string, unknown>);
  return { stream, lines };
}

describe('createLogger', () => {
  it('redacts auth tokens and nested secrets but keeps the rest', () => {
    const dest = memoryDestination();
    const log = createLogger({ name: 'test', destination: dest.stream });
    log.info({ req: { method: 'GET', headers: { 'x-auth-token': 'secret-1', authorization: 'Bearer s2', accept: 'json' } } }, 'request');
    log.info({ db: { user: 'u', password: 'hunter2' }, session: { token: 'tok' } }, 'connect');
    const [first, second] = dest.lines();
    const headers = (first.req as { headers: Record<string, string> }).headers;
    expect(headers['x-auth-token']).toBe('[Redacted]');
    expect(headers.authorization).toBe('[Redacted]');
    expect(headers.accept).toBe('json');
    expect(second.db).toEqual({ user: 'u', password: '[Redacted]' });
    expect(second.session).toEqual({ token: '[Redacted]' });
    expect(JSON.stringify(dest.lines())).not.toMatch(/secret-1|hunter2|tok"/);
  });

  it('redacts the service and subject tokens of a logged request, at the top level and under req', () => {
    const dest = memoryDestination();
    const log = createLogger({ name: 'test', destination: dest.stream });
    const headers = { 'x-auth-token': 'user-tok', 'x-service-token': 'svc-tok', 'x-subject-token': 'subj-tok', authorization: 'Basic x', host: 'h' };
    log.info({ req: { method: 'POST', url: '/v2.0/ports', headers } }, 'request');
    log.warn({ headers }, 'forwarding failed');
    const text = JSON.stringify(dest.lines());
    expect(text).not.toMatch(/user-tok|svc-tok|subj-tok|Basic x/);
    for (const line of dest.lines()) {
      const h = ((line.req as { headers?: Record<string, string> } | undefined)?.headers ?? line.headers) as Record<string, string>;
      expect(h).toEqual({ 'x-auth-token': '[Redacted]', 'x-service-token': '[Redacted]', 'x-subject-token': '[Redacted]', authorization: '[Redacted]', host: 'h' });
    }
  });

  it('names lines, honours the level and serializes errors under err', () => {
    const dest = memoryDestination();
    const log = createLogger({ name: 'central-api', level: 'warn', destination: dest.stream });
    log.info('dropped');
    log.child({ component: 'feed' }).error({ err: new Error('boom') }, 'failed');
    const lines = dest.lines();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ name: 'central-api', component: 'feed', msg: 'failed', err: { type: 'Error', message: 'boom' } });
  });
});
