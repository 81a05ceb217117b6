import { AsyncLocalStorage } from 'node:async_hooks';
import type { FastifyInstance } from 'fastify';
import type { StaleReadInfo } from '@trellis/store';

/** Response header set when any store read of the request was answered without quorum. */
export const STALE_READ_HEADER = 'x-trellis-stale-read';

interface RequestReads {
  stale?: StaleReadInfo;
}

const requestReads = new AsyncLocalStorage<RequestReads>();

/**
 * Store-wide `onStaleRead` hook: remembers, for the request in whose async context the read ran,
 * that it was answered from one member's possibly stale copy (etcd quorum lost).
 */
export function markStaleRead(info: StaleReadInfo): void {
  const reads = requestReads.getStore();
  if (reads && reads.stale === undefined) reads.stale = info;
}

/**
 * Gives each request its own read context and, when one of its reads was stale, says so in the
 * response (`X-Trellis-Stale-Read: revision=<R>; member=<url>`) and in the log, so that a client
 * knows the answer may lag behind writes it cannot currently make.
 */
export function registerStaleReadMarking(app: FastifyInstance): void {
  app.addHook('onRequest', (_request, _reply, done) => {
    requestReads.run({}, done);
  });
  app.addHook('onSend', async (request, reply, payload) => {
    const stale = requestReads.getStore()?.stale;
    if (stale) {
      reply.header(STALE_READ_HEADER, `revision=${stale.revision}${stale.member ? `; member=${stale.member}` : ''}`);
      request.log.warn({ operation: stale.operation, revision: stale.revision, member: stale.member, reason: stale.reason }, 'answered from a possibly stale store read (no quorum)');
    }
    return payload;
  });
}
