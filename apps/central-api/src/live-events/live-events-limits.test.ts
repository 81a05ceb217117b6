import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { installNeutronErrorHandling, neutronServerOptions } from '@trellis/neutron';
import { openLmdbStore, type Store } from '@trellis/store';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterEach, describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import type { LiveMessage } from './event-messages';
import { liveEventsPlugin, type LiveEventsOptions } from './live-events-plugin';

let app: FastifyInstance | undefined;
let store: Store | undefined;
let dir: string | undefined;
const clients: WebSocket[] = [];

afterEach(async () => {
  for (const c of clients.splice(0)) {
    c.on('error', () => undefined);
    c.terminate();
  }
  await app?.close();
  await store?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
  app = store = dir = undefined;
});

async function start(options: Partial<LiveEventsOptions>): Promise<string> {
  dir = mkdtempSync(path.join(tmpdir(), 'central-live-limits-'));
  store = await openLmdbStore({ path: dir, collections: [{ name: 'ports' }] });
  app = Fastify(neutronServerOptions(1024 * 1024));
  installNeutronErrorHandling(app, { bodyLimitBytes: 1024 * 1024 });
  await app.register(liveEventsPlugin, { store, ...options });
  await app.listen({ host: '127.0.0.1', port: 0 });
  return `ws://127.0.0.1:${(app.server.address() as { port: number }).port}/v2.0/trellis/events`;
}

/** Connects; resolves with the first `count` messages, or the refusal (HTTP status and body). */
function connect(url: string, count: number): Promise<{ messages: LiveMessage[] } | { status: number; body: string }> {
  const ws = new WebSocket(url);
  clients.push(ws);
  return new Promise((resolve, reject) => {
    const messages: LiveMessage[] = [];
    ws.on('message', (data) => {
      messages.push(JSON.parse(String(data)) as LiveMessage);
      if (messages.length === count) resolve({ messages });
    });
    ws.on('unexpected-response', (_req, res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    });
    ws.on('error', reject);
  });
}

describe('live event stream limits', () => {
  it('answers clients past maxClients with 503 ServiceUnavailable and takes one again after a close', async () => {
    const url = await start({ maxClients: 2 });
    await connect(url, 1);
    await connect(url, 1);
    const refused = await connect(url, 1);
    expect(refused).toMatchObject({ status: 503 });
    expect(JSON.parse((refused as { body: string }).body).NeutronError).toMatchObject({ type: 'ServiceUnavailable', message: expect.stringContaining('2 live event clients') });
    clients[0].close();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await connect(url, 1)).toMatchObject({ messages: [{ type: 'subscribed' }] });
  });

  it('replays at most maxReplayRevisions; a client further behind is told to reload', async () => {
    const url = await start({ maxReplayRevisions: 3 });
    for (let i = 0; i < 5; i++) await store!.commit({ ops: [{ type: 'put', collection: 'ports', key: `p${i}`, value: { i } }] });
    const current = await store!.currentRevision();
    const far = await connect(`${url}?after_revision=0`, 2);
    expect(far).toEqual({ messages: [{ type: 'subscribed', after_revision: current }, { type: 'compacted', after_revision: 0, compact_revision: current - 3, resume_revision: current, reason: 'replay_limit' }] });
    const near = await connect(`${url}?after_revision=${current - 3}`, 4);
    expect((near as { messages: LiveMessage[] }).messages.map((m) => m.type)).toEqual(['subscribed', 'changes', 'changes', 'changes']);
  });
});
