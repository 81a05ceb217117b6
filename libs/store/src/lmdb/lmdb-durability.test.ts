import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Change, Store } from '../store';
import { openLmdbStore } from './lmdb-store';
import { DURABILITY_COLLECTIONS } from './testing/durability-spec';

const WRITER = path.join(import.meta.dirname, 'testing', 'durability-writer.ts');

interface Ack {
  readonly revision: number;
  readonly seq: number;
}

/** Runs the writer until `acksWanted` acknowledgements arrived, then SIGKILLs it mid-stream. */
function runAndKill(dir: string, acksWanted: number, track: (child: ChildProcess) => void, inFlight = 4): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, dir, String(inFlight)], { stdio: ['ignore', 'pipe', 'pipe'] });
    track(child);
    const acks: Ack[] = [];
    let buffered = '';
    let stderr = '';
    let killed = false;
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`writer produced only ${acks.length} acks in time; stderr: ${stderr}`));
    }, 15_000);
    child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout!.on('data', (d: Buffer) => {
      buffered += d.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? '';
      for (const line of lines) {
        const m = /^ack (\d+) (\d+)$/.exec(line);
        if (m) acks.push({ revision: Number(m[1]), seq: Number(m[2]) });
      }
      if (!killed && acks.length >= acksWanted) {
        killed = true;
        child.kill('SIGKILL');
      }
    });
    child.on('exit', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') resolve(acks);
      else reject(new Error(`writer exited with ${code}/${signal}; stderr: ${stderr}`));
    });
  });
}

describe('lmdb store durability', () => {
  let dir: string | undefined;
  let child: ChildProcess | undefined;
  let store: Store | undefined;

  afterEach(async () => {
    if (child && child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    await store?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
    dir = child = store = undefined;
  });

  it('keeps every acknowledged change, in order, with a contiguous log matching the data, after SIGKILL', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'trellis-durability-'));
    const acks = await runAndKill(dir, 300, (c) => (child = c));
    expect(acks.length).toBeGreaterThanOrEqual(300);
    store = await openLmdbStore({ path: dir, collections: DURABILITY_COLLECTIONS });
    const current = await store.currentRevision();

    // Every acknowledged change is there, at the revision it was acknowledged with.
    for (const ack of acks) {
      const item = await store.get<{ seq: number }>('events', ['seq', ack.seq]);
      expect(item?.value.seq).toBe(ack.seq);
      expect(item?.modRevision).toBe(ack.revision);
      expect(ack.revision).toBeLessThanOrEqual(current);
    }

    // The log: revisions contiguous from 1 to current, replaying it rebuilds exactly the data.
    const rebuilt = new Map<string, Change>();
    let expected = 1;
    const controller = new AbortController();
    if (current > 0) {
      for await (const event of store.watch({ afterRevision: 0, signal: controller.signal })) {
        expect(event.type).toBe('changes');
        if (event.type !== 'changes') break;
        expect(event.revision).toBe(expected++);
        for (const c of event.changes) rebuilt.set(`${c.collection}:${JSON.stringify(c.key)}`, c);
        if (event.revision === current) break;
      }
    }
    controller.abort();
    expect(expected - 1).toBe(current);
    const snap = await store.snapshot();
    expect(snap.revision).toBe(current);
    let items = 0;
    for (const [collection, list] of snap.collections) {
      for (const item of list) {
        items++;
        const change = rebuilt.get(`${collection}:${JSON.stringify(item.key)}`);
        expect(change).toMatchObject({ type: 'put', value: item.value, modRevision: item.modRevision, version: item.version });
      }
    }
    expect(items).toBe(rebuilt.size);

    // Acks were printed in commit order for each writer; revisions of acknowledged seqs are unique.
    expect(new Set(acks.map((a) => a.revision)).size).toBe(acks.length);
    // And the store takes new writes after the crash, continuing the revision sequence.
    expect((await store.commit({ ops: [{ type: 'put', collection: 'counters', key: 'after', value: 1 }] })).revision).toBe(current + 1);
  });

  it('keeps every acknowledged change when 64 commits are in flight (shared transactions and flushes), after SIGKILL', async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'trellis-durability-'));
    const acks = await runAndKill(dir, 2_000, (c) => (child = c), 64);
    store = await openLmdbStore({ path: dir, collections: DURABILITY_COLLECTIONS });
    const current = await store.currentRevision();
    const missing = [];
    for (const ack of acks) {
      const item = await store.get<{ seq: number }>('events', ['seq', ack.seq]);
      if (item?.value.seq !== ack.seq || item.modRevision !== ack.revision) missing.push(ack);
    }
    expect(missing).toEqual([]);
    expect(Math.max(...acks.map((a) => a.revision))).toBeLessThanOrEqual(current);
    expect(acks.length).toBeGreaterThanOrEqual(2_000);
  });
});
