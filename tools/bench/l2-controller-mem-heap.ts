import { readFileSync } from 'node:fs';

// Summarises a V8 heap snapshot (as written by l2-controller-mem.ts --heap-snapshot): self size
// and count per (node type, constructor/name), largest first. Strings are grouped as one row.
//
//   node --max-old-space-size=8192 --import tsx tools/bench/l2-controller-mem-heap.ts FILE [TOP]

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; node_types: [string[], ...unknown[]] } };
  nodes: number[];
  strings: string[];
}

const [file, topArg] = process.argv.slice(2);
const snap = JSON.parse(readFileSync(file, 'utf8')) as Snapshot;
const fields = snap.snapshot.meta.node_fields;
const types = snap.snapshot.meta.node_types[0];
const stride = fields.length;
const fType = fields.indexOf('type');
const fName = fields.indexOf('name');
const fSize = fields.indexOf('self_size');
const groups = new Map<string, { count: number; bytes: number }>();
let total = 0;
for (let i = 0; i < snap.nodes.length; i += stride) {
  const type = types[snap.nodes[i + fType]];
  const name = type === 'string' || type === 'concatenated string' || type === 'sliced string' || type === 'number' ? '' : snap.strings[snap.nodes[i + fName]];
  const key = `${type} ${name.slice(0, 60)}`;
  const size = snap.nodes[i + fSize];
  total += size;
  const g = groups.get(key);
  if (g) {
    g.count++;
    g.bytes += size;
  } else groups.set(key, { count: 1, bytes: size });
}
const rows = [...groups].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, Number(topArg ?? 30));
process.stdout.write(`total self size ${(total / 2 ** 20).toFixed(1)} MB in ${snap.nodes.length / stride} nodes\n`);
for (const [key, g] of rows) process.stdout.write(`${(g.bytes / 2 ** 20).toFixed(1).padStart(8)} MB ${String(g.count).padStart(9)}  ${key}\n`);
