import { Collections, domainError } from '@trellis/domain';
import type { Store } from '@trellis/store';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { idempotencyKeyOf, recordKey, requestHashOf, type IdempotencyRecord } from './idempotency-record';

export const IDEMPOTENCY_DEFAULTS = { ttlMs: 24 * 3_600_000, sweepIntervalMs: 60_000 } as const;

export interface IdempotencyOptions {
  readonly store: Store;
  /** How long an answer is kept for retries (0 = the header is ignored). */
  readonly ttlMs: number;
  /** How often expired answers are deleted. */
  readonly sweepIntervalMs: number;
  readonly now?: () => number;
}

/** Longer than any create takes; see `running`. */
const RUNNING_STALE_MS = 60_000;

interface Pending {
  readonly key: string;
  readonly requestHash: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    idempotency: Pending | null;
  }
}

/**
 * `Idempotency-Key` on POST under /v2.0/: the first request runs; its 201 is stored (same store,
 * same replicas) for `ttlMs`, and a retry with the same key, project, path and body gets that
 * 201 again (with `Idempotent-Replayed: true`) instead of creating a second resource. A retry
 * while the first is still running here is a 409; the same key with another body is a 409.
 * Refusals (4xx/5xx) are not stored: a retry runs again.
 * Not covered: the process dying between the create's commit and the answer's (the retry then
 * creates again), and two replicas receiving the first request and its retry at the same moment.
 */
export function installIdempotency(app: FastifyInstance, options: IdempotencyOptions): void {
  if (options.ttlMs <= 0) return;
  const now = options.now ?? Date.now;
  // Key → start time. A request whose response never finished (client gone) frees its key after
  // RUNNING_STALE_MS rather than holding it forever.
  const running = new Map<string, number>();
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request, reply) => {
    if (request.method !== 'POST' || !(request.routeOptions.url ?? '').startsWith('/v2.0/')) return;
    const clientKey = idempotencyKeyOf(request.headers['idempotency-key']);
    if (clientKey === undefined) return;
    const key = recordKey(request.neutronContext.projectId, request.url.split('?')[0], clientKey);
    const requestHash = requestHashOf(request.body);
    const started = running.get(key);
    if (started !== undefined && now() - started < RUNNING_STALE_MS) throw domainError('Conflict', { msg: 'a request with this Idempotency-Key is still being processed; retry it later' });
    const item = await options.store.get<IdempotencyRecord>(Collections.idempotency, key);
    if (item && item.value.expiresAtMs > now()) {
      if (item.value.requestHash !== requestHash) throw domainError('Conflict', { msg: 'this Idempotency-Key was used with a different request body' });
      return reply.code(item.value.status).header('idempotent-replayed', 'true').type('application/json; charset=utf-8').send(item.value.body);
    }
    running.set(key, now());
    request.idempotency = { key, requestHash };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const pending = request.idempotency;
    if (!pending || reply.statusCode !== 201 || typeof payload !== 'string') return payload;
    const record: IdempotencyRecord = { status: reply.statusCode, body: payload, requestHash: pending.requestHash, expiresAtMs: now() + options.ttlMs };
    try {
      await options.store.commit({ ops: [{ type: 'put', collection: Collections.idempotency, key: pending.key, value: record }] });
    } catch (err) {
      // The create happened; only its replay is lost. Answer it rather than fail it.
      request.log.warn({ err }, 'could not keep the answer for Idempotency-Key retries');
    }
    return payload;
  });

  const release = async (request: FastifyRequest) => {
    if (request.idempotency) running.delete(request.idempotency.key);
  };
  app.addHook('onResponse', release);

  const sweep = async () => {
    const expired = (await options.store.list<IdempotencyRecord>(Collections.idempotency)).filter((i) => i.value.expiresAtMs <= now());
    if (expired.length === 0) return;
    await options.store.commit({ ops: expired.map((i) => ({ type: 'delete' as const, collection: Collections.idempotency, key: i.key })) });
  };
  const timer = setInterval(() => sweep().catch((err: unknown) => app.log.warn({ err }, 'idempotency sweep failed; retried next interval')), options.sweepIntervalMs);
  timer.unref();
  app.addHook('onClose', async () => clearInterval(timer));
}
