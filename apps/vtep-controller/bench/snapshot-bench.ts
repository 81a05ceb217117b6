/**
 * CPU of the controller's snapshot encoding alone (no gRPC): every host of the reference workload
 * (1,000 hosts, 200 VNIs, 5 VNIs per host, 10 ports per host and VNI) gets its snapshot chunks
 * encoded as `sendSnapshot` does, `--rounds` times from a fresh index (the first round pays the
 * per-VNI caches, as the benchmark's snapshot phase does).
 * Usage: TSX_TSCONFIG_PATH=tsconfig.base.json node --expose-gc --import tsx apps/vtep-controller/bench/snapshot-bench.ts
 *   [--hosts 1000] [--rounds 5]
 * Prints one JSON line: CPU ms per round (first round and the median of the rest) and a SHA-256
 * of every chunk's bytes, so two versions of the encoder can be shown to send the same bytes.
 */
import { createHash } from 'node:crypto';
import { parseArgs } from 'node:util';
import { snapshotFrames, type SnapshotSource } from '../src/server/snapshot';
import { framedMessages } from '../src/wire/messages';
import type { HostRecord, NetworkRecord, PortRecord } from '../src/span/records';
import { SpanIndex, type RecordChange } from '../src/span/span-index';
import { FullTableEncoder } from '../src/wire/full-table';

const { values: opt } = parseArgs({ options: { hosts: { type: 'string', default: '1000' }, rounds: { type: 'string', default: '5' } } });
const HOSTS = Number(opt.hosts);
const ROUNDS = Number(opt.rounds);
const VNIS = 200;
const VNIS_PER_HOST = 5;
const PORTS_PER_HOST_VNI = 10;
const CHUNK_BYTES = 256 << 10;
const MAX_ENTRIES = 8192;

const hex = (n: number) => (n & 255).toString(16).padStart(2, '0');

function load(): SpanIndex {
  const index = new SpanIndex();
  const hosts: RecordChange[] = [];
  for (let h = 0; h < HOSTS; h++) {
    const record: HostRecord = { id: `h${h}`, cell: `cell${Math.floor((h * 10) / HOSTS)}`, vtep: `10.${1 + (h >> 16)}.${(h >> 8) & 255}.${h & 255}` };
    hosts.push({ kind: 'host', id: record.id, record });
  }
  index.apply(1, hosts);
  const nets: RecordChange[] = [];
  for (let v = 0; v < VNIS; v++) {
    const record: NetworkRecord = { id: `net${v}`, vni: 1000 + v, mtu: 1450 };
    nets.push({ kind: 'network', id: record.id, record });
  }
  index.apply(2, nets);
  let batch: RecordChange[] = [];
  let revision = 2;
  let n = 0;
  for (let h = 0; h < HOSTS; h++) {
    for (let j = 0; j < VNIS_PER_HOST; j++) {
      const v = (h * VNIS_PER_HOST + j) % VNIS;
      for (let k = 0; k < PORTS_PER_HOST_VNI; k++, n++) {
        const record: PortRecord = {
          id: `p${n}`, networkId: `net${v}`, mac: `fa:16:3e:${hex(n >> 16)}:${hex(n >> 8)}:${hex(n)}`,
          ips: [`10.${128 + ((n >> 16) & 127)}.${(n >> 8) & 255}.${n & 255}`], seq: n % 300, bindings: [{ host: `h${h}`, inactive: n % 97 === 0 }],
        };
        batch.push({ kind: 'port', id: record.id, record });
        if (batch.length >= 1000) index.apply(++revision, batch.splice(0));
      }
    }
  }
  if (batch.length > 0) index.apply(++revision, batch);
  batch = [];
  return index;
}

const cpuMs = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

const times: number[] = [];
let digest = '';
let bytes = 0;
for (let round = 0; round < ROUNDS; round++) {
  const index = load();
  const tables = new FullTableEncoder(index);
  const hash = createHash('sha256');
  global.gc?.();
  const t0 = cpuMs();
  let roundBytes = 0;
  for (let h = 0; h < HOSTS; h++) {
    const host = `h${h}`;
    const span = [...index.spanOf(host)].sort((a, b) => a - b);
    const sources: SnapshotSource[] = [];
    for (const vni of span) {
      const t = tables.fitting(host, vni, MAX_ENTRIES);
      sources.push(t ? { tables: t, host } : index.fullDelta(host, vni));
    }
    // As sendSnapshot builds it (one buffer of frames); the hash covers the chunk messages.
    for (const chunk of framedMessages(snapshotFrames(index.revision, sources, CHUNK_BYTES, MAX_ENTRIES).bytes)) {
      roundBytes += chunk.length;
      if (round === 0) hash.update(chunk);
    }
  }
  times.push(cpuMs() - t0);
  if (round === 0) {
    digest = hash.digest('hex');
    bytes = roundBytes;
  }
}
const rest = times.slice(1).sort((a, b) => a - b);
process.stdout.write(`${JSON.stringify({ hosts: HOSTS, firstRoundCpuMs: Math.round(times[0]), medianCpuMs: Math.round(rest[Math.floor(rest.length / 2)] ?? times[0]), bytes, sha256: digest })}\n`);
