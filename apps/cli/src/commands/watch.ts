import WebSocket from 'ws';
import type { CliIo, Endpoints } from '../cli-io';
import { CliError } from '../cli-io';

export interface WatchOptions {
  readonly json: boolean;
  /** Stop after this many revisions (0 = no limit). */
  readonly count: number;
  /** Stop after this long (0 = until interrupted). */
  readonly seconds: number;
  readonly collections: string | undefined;
  readonly afterRevision: number | undefined;
}

interface Message {
  type: string;
  revision?: number;
  after_revision?: number;
  resume_revision?: number;
  changes?: Array<{ type: string; collection: string; key: unknown; value: unknown }>;
}

function describe(m: Message): string[] {
  switch (m.type) {
    case 'subscribed':
      return [`watching changes after revision ${m.after_revision}`];
    case 'changes':
      return (m.changes ?? []).map((c) => `rev ${m.revision}  ${c.type.padEnd(6)} ${c.collection}/${Array.isArray(c.key) ? c.key.join('/') : String(c.key)}`);
    case 'compacted':
      return [`history compacted: changes up to revision ${m.resume_revision} are not replayed`];
    default:
      return [];
  }
}

/**
 * Streams central's committed changes (`/v2.0/trellis/events`) as lines, or as JSON lines with
 * `--json`, until `count` revisions or `seconds` have passed or the stream ends.
 */
export function watch(io: CliIo, endpoints: Endpoints, options: WatchOptions, signal?: AbortSignal): Promise<number> {
  const url = new URL('/v2.0/trellis/events', endpoints.central.replace(/^http/, 'ws'));
  if (options.collections) url.searchParams.set('collections', options.collections);
  if (options.afterRevision !== undefined) url.searchParams.set('after_revision', String(options.afterRevision));
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { headers: endpoints.token ? { 'x-auth-token': endpoints.token } : {} });
    let revisions = 0;
    const timer = options.seconds > 0 ? setTimeout(() => ws.close(1000), options.seconds * 1000) : undefined;
    const stop = () => ws.close(1000);
    signal?.addEventListener('abort', stop, { once: true });
    ws.on('message', (data) => {
      const m = JSON.parse(String(data)) as Message;
      if (options.json) io.out(`${JSON.stringify(m)}\n`);
      else for (const line of describe(m)) io.out(`${line}\n`);
      if (m.type === 'changes' && options.count > 0 && ++revisions >= options.count) ws.close(1000);
    });
    ws.on('error', (err) => {
      clearTimeout(timer);
      reject(new CliError(`cannot watch ${url.href}: ${err.message}`, 2));
    });
    ws.on('close', () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', stop);
      resolve(revisions);
    });
  });
}
