import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { openLmdbStore, type Store } from '@trellis/store';
import Fastify, { type FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { metricsPlugin } from './metrics-plugin';

let app: FastifyInstance | undefined;
let store: Store | undefined;
let dir: string | undefined;
afterEach(async () => {
  await app?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  app = store = dir = undefined;
});

/**
 * The value of the one sample named `name` whose labels include `labels` (label order ignored);
 * undefined when there is none, an error when several match.
 */
function sample(text: string, name: string, labels: Record<string, string> = {}): number | undefined {
  const found: number[] = [];
  for (const line of text.split('\n')) {
    const m = /^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (\S+)$/.exec(line);
    if (!m || m[1] !== name) continue;
    const have = Object.fromEntries([...(m[2] ?? '').matchAll(/(\w+)="([^"]*)"/g)].map((l) => [l[1], l[2]]));
    if (Object.entries(labels).every(([k, v]) => have[k] === v)) found.push(Number(m[3]));
  }
  if (found.length > 1) throw new Error(`${found.length} samples of ${name} match ${JSON.stringify(labels)}`);
  return found[0];
}

describe('metricsPlugin', () => {
  it('counts requests by route pattern, method and status, with latency', async () => {
    const registry = new Registry();
    registry.setDefaultLabels({ app: 'central-api' });
    app = Fastify();
    app.get('/v2.0/ports/:id', async (request, reply) => ((request.params as { id: string }).id === 'missing' ? reply.code(404).send({}) : { port: {} }));
    await app.register(metricsPlugin, { registry });
    app.post('/v2.0/ports', async (_request, reply) => reply.code(201).send({ port: {} }));
    await app.ready();

    for (const id of ['a', 'b', 'c', 'missing']) await app.inject({ method: 'GET', url: `/v2.0/ports/${id}?fields=id` });
    await app.inject({ method: 'POST', url: '/v2.0/ports', payload: {} });
    await app.inject({ method: 'GET', url: '/no/such/route/123' });

    const res = await app.inject({ method: 'GET', url: '/metrics' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; version=0\.0\.4/);
    const text = res.body;
    expect(sample(text, 'trellis_http_requests_total', { method: 'GET', route: '/v2.0/ports/:id', status: '200', app: 'central-api' })).toBe(3);
    expect(sample(text, 'trellis_http_requests_total', { method: 'GET', route: '/v2.0/ports/:id', status: '404', app: 'central-api' })).toBe(1);
    expect(sample(text, 'trellis_http_requests_total', { method: 'POST', route: '/v2.0/ports', status: '201', app: 'central-api' })).toBe(1);
    expect(sample(text, 'trellis_http_requests_total', { method: 'GET', route: 'unmatched', status: '404', app: 'central-api' })).toBe(1);
    expect(text).not.toContain('/v2.0/ports/a');
    expect(sample(text, 'trellis_http_request_duration_seconds_count', { method: 'GET', route: '/v2.0/ports/:id', status: '200', app: 'central-api' })).toBe(3);
    expect(sample(text, 'trellis_http_request_duration_seconds_bucket', { le: '+Inf', method: 'GET', route: '/v2.0/ports/:id', status: '200', app: 'central-api' })).toBe(3);
    // No store given: no store series.
    expect(text).not.toContain('trellis_store_revision');
  });

  it('reads the store revision on every scrape', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'central-metrics-'));
    store = await openLmdbStore({ path: dir, collections: [{ name: 'things' }] });
    const registry = new Registry();
    app = Fastify();
    await app.register(metricsPlugin, { registry, store });
    const scrape = async () => sample((await app!.inject({ method: 'GET', url: '/metrics' })).body, 'trellis_store_revision');
    const before = await scrape();
    expect(before).toBe(await store.currentRevision());
    const { revision } = await store.commit({ ops: [{ type: 'put', collection: 'things', key: 'a', value: 1 }] });
    await store.commit({ ops: [{ type: 'put', collection: 'things', key: 'b', value: 2 }] });
    expect(await scrape()).toBe(revision + 1);
    expect(revision).toBeGreaterThan(before ?? 0);
  });

  it('serves /healthz only when asked and only when the app has none', async () => {
    app = Fastify();
    await app.register(metricsPlugin, { registry: new Registry(), healthz: true });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok' });
    await app.close();

    app = Fastify();
    app.get('/healthz', async () => ({ status: 'ok', store: { revision: 7 } }));
    await app.register(metricsPlugin, { registry: new Registry(), healthz: true });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).json()).toEqual({ status: 'ok', store: { revision: 7 } });
    await app.close();

    app = Fastify();
    await app.register(metricsPlugin, { registry: new Registry() });
    expect((await app.inject({ method: 'GET', url: '/healthz' })).statusCode).toBe(404);
  });

  it('serves the other components series from the same registry, on a custom path', async () => {
    const registry = new Registry();
    const { Gauge } = await import('prom-client');
    new Gauge({ name: 'trellis_feed_subscribers', help: 'x', registers: [registry] }).set(4);
    app = Fastify();
    await app.register(metricsPlugin, { registry, path: '/internal/metrics' });
    expect(sample((await app.inject({ method: 'GET', url: '/internal/metrics' })).body, 'trellis_feed_subscribers')).toBe(4);
    expect((await app.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(404);
  });
});
