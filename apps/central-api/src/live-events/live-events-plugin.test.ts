import { mkdtempSync, rmSync } from 'node:fs';
import type { ClientRequestArgs } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installNeutronErrorHandling, neutronServerOptions } from '@trellis/neutron';
import { openLmdbStore, type Store } from '@trellis/store';
import Fastify, { type FastifyInstance } from 'fastify';
import { Registry } from 'prom-client';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { LiveMessage } from './event-messages';
import { liveEventsPlugin, type LiveEventsOptions } from './live-events-plugin';

interface Harness {
  readonly app: FastifyInstance;
  readonly store: Store;
  readonly registry: Registry;
  readonly base: string;
}

let harness: Harness | undefined;
let dir: string | undefined;
const clients: WebSocket[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) {
    // terminate() on a refused or half-open client reports an error event: expected here.
    c.on('error', () => undefined);
    c.terminate();
  }
  await harness?.app.close();
  await harness?.store.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  harness = dir = undefined;
});

async function start(options: Partial<LiveEventsOptions> = {}): Promise<Harness> {
  dir = mkdtempSync(path.join(tmpdir(), 'central-live-'));
  const store = await openLmdbStore({ path: dir, collections: [{ name: 'ports' }, { name: 'networks' }] });
  const registry = new Registry();
  const app = Fastify(neutronServerOptions(1024 * 1024));
  installNeutronErrorHandling(app, { bodyLimitBytes: 1024 * 1024 });
  await app.register(liveEventsPlugin, { store, metrics: registry, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as { port: number };
  harness = { app, store, registry, base: `ws://127.0.0.1:${port}/v2.0/trellis/events` };
  return harness;
}

/** A client that records every message; `socket` is its TCP connection (to pause reading). */
interface Client {
  readonly ws: WebSocket;
  readonly socket: Socket;
  readonly messages: LiveMessage[];
  readonly closed: Promise<{ code: number; reason: string }>;
  waitFor(predicate: (messages: LiveMessage[]) => boolean, timeoutMs?: number): Promise<LiveMessage[]>;
}

async function subscribe(url: string): Promise<Client> {
  let socket: Socket | undefined;
  const ws = new WebSocket(url, { createConnection: (opts: ClientRequestArgs) => (socket = connect({ host: opts.host ?? '127.0.0.1', port: Number(opts.port) })) });
  clients.push(ws);
  const messages: LiveMessage[] = [];
  const listeners: (() => void)[] = [];
  ws.on('message', (data) => {
    messages.push(JSON.parse(String(data)) as LiveMessage);
    for (const l of listeners) l();
  });
  const closed = new Promise<{ code: number; reason: string }>((resolve) => ws.on('close', (code, reason) => resolve({ code, reason: String(reason) })));
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  return {
    ws,
    socket: socket as Socket,
    messages,
    closed,
    waitFor(predicate, timeoutMs = 5000) {
      if (predicate(messages)) return Promise.resolve(messages);
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`timed out; got ${JSON.stringify(messages).slice(0, 500)}`)), timeoutMs);
        listeners.push(() => {
          if (predicate(messages)) {
            clearTimeout(timer);
            resolve(messages);
          }
        });
      });
    },
  };
}

const put = (store: Store, collection: string, key: string, value: unknown) => store.commit({ ops: [{ type: 'put', collection, key, value }] });
const changes = (messages: LiveMessage[]) => messages.filter((m): m is Extract<LiveMessage, { type: 'changes' }> => m.type === 'changes');

async function metric(registry: Registry, name: string): Promise<number> {
  const m = registry.getSingleMetric(name);
  if (!m) throw new Error(`no metric ${name}`);
  return (await m.get()).values.reduce((sum, v) => sum + v.value, 0);
}

async function until(check: () => Promise<boolean>, timeoutMs = 5000): Promise<void> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; ) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  throw new Error('condition not met in time');
}

describe('GET /v2.0/trellis/events', () => {
  it('streams revisions committed after "now" by default, one message per revision', async () => {
    const { store, base } = await start();
    await put(store, 'ports', 'old', { n: 0 });
    const now = await store.currentRevision();
    const client = await subscribe(base);
    await client.waitFor((m) => m.length >= 1);
    expect(client.messages[0]).toEqual({ type: 'subscribed', after_revision: now });

    const t0 = Date.now();
    const r1 = (await store.commit({ ops: [{ type: 'put', collection: 'ports', key: 'p1', value: { name: 'a' } }, { type: 'put', collection: 'networks', key: 'n1', value: { mtu: 1450 } }] })).revision;
    const r2 = (await store.commit({ ops: [{ type: 'delete', collection: 'ports', key: 'p1' }] })).revision;
    await client.waitFor((m) => changes(m).length >= 2);
    const [first, second] = changes(client.messages);
    expect(first).toEqual({
      type: 'changes',
      revision: r1,
      timestamp: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
      changes: [
        { type: 'put', collection: 'ports', key: 'p1', value: { name: 'a' } },
        { type: 'put', collection: 'networks', key: 'n1', value: { mtu: 1450 } },
      ],
    });
    expect(Math.abs(Date.parse(first.timestamp) - t0)).toBeLessThan(5000);
    expect(second).toMatchObject({ revision: r2, changes: [{ type: 'delete', collection: 'ports', key: 'p1', value: null }] });
    expect(JSON.stringify(client.messages)).not.toContain('"old"');
  });

  it('replays from after_revision, in order, then follows live commits', async () => {
    const { store, base } = await start();
    const revisions: number[] = [];
    for (let i = 1; i <= 4; i++) revisions.push((await put(store, 'ports', `p${i}`, { i })).revision);
    const client = await subscribe(`${base}?after_revision=${revisions[1]}`);
    await client.waitFor((m) => changes(m).length >= 2);
    const live = (await put(store, 'ports', 'p5', { i: 5 })).revision;
    await client.waitFor((m) => changes(m).length >= 3);
    expect(client.messages[0]).toEqual({ type: 'subscribed', after_revision: revisions[1] });
    expect(changes(client.messages).map((m) => [m.revision, m.changes[0].key])).toEqual([[revisions[2], 'p3'], [revisions[3], 'p4'], [live, 'p5']]);
  });

  it('narrows to ?collections=', async () => {
    const { store, base } = await start();
    const client = await subscribe(`${base}?after_revision=0&collections=networks`);
    await put(store, 'ports', 'p1', {});
    await put(store, 'networks', 'n1', {});
    await client.waitFor((m) => changes(m).length >= 1);
    await put(store, 'networks', 'n2', {});
    await client.waitFor((m) => changes(m).length >= 2);
    expect(changes(client.messages).flatMap((m) => m.changes.map((c) => c.key))).toEqual(['n1', 'n2']);
  });

  it('says so explicitly when after_revision is compacted, then goes on from the current revision', async () => {
    const { store, base } = await start();
    let last = 0;
    for (let i = 1; i <= 5; i++) last = (await put(store, 'ports', `p${i}`, { i })).revision;
    await store.compact(last - 1);
    const client = await subscribe(`${base}?after_revision=1`);
    await client.waitFor((m) => m.some((x) => x.type === 'compacted'));
    const next = (await put(store, 'ports', 'p6', {})).revision;
    await client.waitFor((m) => changes(m).length >= 1);
    expect(client.messages.slice(0, 2)).toEqual([
      { type: 'subscribed', after_revision: 1 },
      { type: 'compacted', after_revision: 1, compact_revision: last - 1, resume_revision: last },
    ]);
    expect(changes(client.messages).map((m) => m.revision)).toEqual([next]);
  });

  it('closes a client that stops reading with 1013 and a reason, and keeps serving others', async () => {
    const { store, base, registry } = await start({ maxBufferedBytes: 64 * 1024, drainTimeoutMs: 300, closeGraceMs: 20_000 });
    const slow = await subscribe(`${base}?collections=ports`);
    const healthy = await subscribe(`${base}?collections=ports`);
    await until(async () => (await metric(registry, 'trellis_live_event_subscribers')) === 2);
    slow.socket.pause();
    const blob = 'x'.repeat(256 * 1024);
    // Bounded: far more than loopback socket buffers hold, stopping as soon as the server gives up.
    for (let i = 0; i < 200 && (await metric(registry, 'trellis_live_event_evictions_total')) === 0; i++) {
      await put(store, 'ports', `p${i}`, { blob });
      await healthy.waitFor((m) => changes(m).length >= i + 1);
    }
    expect(await metric(registry, 'trellis_live_event_evictions_total')).toBe(1);
    slow.socket.resume();
    expect(await slow.closed).toEqual({ code: 1013, reason: expect.stringContaining('too slow') });
    await until(async () => (await metric(registry, 'trellis_live_event_subscribers')) === 1);
    const after = (await put(store, 'ports', 'last', {})).revision;
    await healthy.waitFor((m) => changes(m).some((c) => c.revision === after));
    expect(healthy.ws.readyState).toBe(WebSocket.OPEN);
  });

  it('sends progress with the current revision when idle', async () => {
    const { store, base } = await start({ progressIntervalMs: 100 });
    const rev = (await put(store, 'ports', 'p1', {})).revision;
    const client = await subscribe(`${base}?after_revision=${rev}`);
    await client.waitFor((m) => m.some((x) => x.type === 'progress'));
    expect(client.messages.find((m) => m.type === 'progress')).toEqual({ type: 'progress', revision: rev });
  });

  it('counts subscribers and ends streams when the app closes', async () => {
    const { base, registry, app } = await start();
    const a = await subscribe(base);
    const b = await subscribe(base);
    await until(async () => (await metric(registry, 'trellis_live_event_subscribers')) === 2);
    a.ws.close();
    await until(async () => (await metric(registry, 'trellis_live_event_subscribers')) === 1);
    await app.close();
    await b.closed;
    await until(async () => (await metric(registry, 'trellis_live_event_subscribers')) === 0);
  });

  it('refuses plain GETs, bad parameters and unauthorized callers before upgrading', async () => {
    const { app, base } = await start({ authorize: (request) => request.headers['x-roles'] !== 'member' });
    const plain = await app.inject({ method: 'GET', url: '/v2.0/trellis/events' });
    expect(plain.statusCode).toBe(426);
    expect(plain.json()).toMatchObject({ NeutronError: { type: 'UpgradeRequired' } });
    const bad = await app.inject({ method: 'GET', url: '/v2.0/trellis/events?after_revision=-1' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().NeutronError.message).toContain('after_revision');

    const refusal = await new Promise<number>((resolve, reject) => {
      const ws = new WebSocket(base, { headers: { 'x-roles': 'member' } });
      clients.push(ws);
      ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
      ws.once('open', () => reject(new Error('upgraded')));
    });
    expect(refusal).toBe(403);
  });
});
