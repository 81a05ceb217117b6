/**
 * Child process of the durability test: commits changes one after another (a few in flight at a
 * time) and prints `ack <revision> <seq>` on stdout once each commit has resolved, until killed.
 * Usage: node --import tsx durability-writer.ts <store dir> [commits in flight, default 4]
 */
import { openLmdbStore } from '../lmdb-store';
import { DURABILITY_COLLECTIONS } from './durability-spec';

const dir = process.argv[2];
if (!dir) throw new Error('usage: durability-writer.ts <store dir>');
const store = await openLmdbStore({ path: dir, collections: DURABILITY_COLLECTIONS });
process.stdout.write('ready\n');

// Many in flight: commits share write transactions and flushes (group commit).
const IN_FLIGHT = Number(process.argv[3] ?? 4);
const LIMIT = 1_000_000; // bounded; the parent kills the process long before this
let seq = 0;

async function writer(): Promise<void> {
  while (seq < LIMIT) {
    const mine = seq++;
    const { revision } = await store.commit({
      ops: [
        { type: 'put', collection: 'events', key: ['seq', mine], value: { seq: mine, payload: 'x'.repeat(mine % 200) } },
        { type: 'put', collection: 'counters', key: 'last', value: mine },
      ],
    });
    process.stdout.write(`ack ${revision} ${mine}\n`);
  }
}

await Promise.all(Array.from({ length: IN_FLIGHT }, () => writer()));
