import { parseArgs } from 'node:util';
import { ipToBytes, macToBytes, encodeVniDeltaSpec, type VniDeltaSpec } from '@trellis/l2';
import { trellis } from '@trellis/proto';
import pino from 'pino';
import { HostState } from '@trellis/host-agent/src/agent/host-state';
import { MemoryBackend } from '@trellis/host-agent/src/dataplane/memory-backend';

// Host-side cost of applying snapshots and one-entry deltas (decode + stage + diff + memory
// dataplane), per entry, at the reference shape: 5 VNIs per host, 25 members per VNI, 10 ports
// per member and VNI, one IPv4 each. One process, no gRPC: the agent's own share of the cost.
// TSX_TSCONFIG_PATH=tsconfig.base.json node --import tsx tools/bench/l2-host-apply-bench.ts [--hosts 200] [--split]
const l2 = trellis.l2.v1;
const { values: opt } = parseArgs({
  options: { hosts: { type: 'string', default: '200' }, 'moves-only': { type: 'boolean' }, 'snapshots-only': { type: 'boolean' }, split: { type: 'boolean' }, moves: { type: 'string', default: '2000' } },
});
const hosts = Number(opt.hosts);
const moveCount = Number(opt.moves);
const mac = (vni: number, h: number, p: number) => macToBytes(`fa:16:3e:${(vni & 0xff).toString(16).padStart(2, '0')}:${h.toString(16).padStart(2, '0')}:${p.toString(16).padStart(2, '0')}`);
const vtep = (h: number) => ipToBytes(`10.1.${h >> 8}.${h & 0xff}`);
function table(vni: number): VniDeltaSpec {
  const d: VniDeltaSpec = { vni, full: true, mtu: 1450, floodAdd: [], fdbUpsert: [], neighAdd: [], localAdd: [] };
  for (let h = 1; h < 25; h++) {
    d.floodAdd!.push(vtep(h));
    for (let p = 0; p < 10; p++) {
      d.fdbUpsert!.push({ mac: mac(vni, h, p), vtep: vtep(h), seq: 1 });
      d.neighAdd!.push({ ip: ipToBytes(`192.168.${h}.${p + 1}`), mac: mac(vni, h, p) });
    }
  }
  for (let p = 0; p < 10; p++) d.localAdd!.push({ portId: `port-${vni}-${p}`, mac: mac(vni, 0, p), ips: [ipToBytes(`192.168.0.${p + 1}`)], mtu: 1450 });
  return d;
}
const chunk = l2.ControllerMessage.encode({ snapshotChunk: { revision: 1, vnis: [1, 2, 3, 4, 5].map((v) => encodeVniDeltaSpec(table(100 + v))) } }).finish();
const entriesPerHost = 5 * (24 + 240 + 240 + 10);
const logger = pino({ level: 'silent' });

async function snapshots(n: number): Promise<number> {
  const split = [0, 0, 0];
  const t = process.cpuUsage();
  for (let i = 0; i < n; i++) {
    const st = new HostState({ backend: new MemoryBackend(), logger });
    st.welcome({ epoch: 'e', snapshot: true, revision: 1 });
    const t0 = performance.now();
    const c = l2.ControllerMessage.decode(chunk).snapshotChunk!;
    const t1 = performance.now();
    st.chunk(c);
    const t2 = performance.now();
    await st.snapshotEnd({ revision: 1, nonce: '1' });
    split[0] += t1 - t0;
    split[1] += t2 - t1;
    split[2] += performance.now() - t2;
  }
  const u = process.cpuUsage(t);
  if (opt.split) console.log({ decodeUs: (split[0] * 1000) / n / entriesPerHost, stageUs: (split[1] * 1000) / n / entriesPerHost, endUs: (split[2] * 1000) / n / entriesPerHost });
  return (u.user + u.system) / 1000;
}

async function moves(n: number): Promise<number> {
  const st = new HostState({ backend: new MemoryBackend(), logger });
  st.welcome({ epoch: 'e', snapshot: true, revision: 1 });
  st.chunk(l2.ControllerMessage.decode(chunk).snapshotChunk!);
  await st.snapshotEnd({ revision: 1, nonce: '1' });
  const msgs = Array.from({ length: n }, (_, i) =>
    l2.ControllerMessage.encode({ delta: { revision: 2 + i, vnis: [encodeVniDeltaSpec({ vni: 101, fdbUpsert: [{ mac: mac(101, 1 + (i % 24), i % 10), vtep: vtep(1 + ((i + 1) % 24)), seq: 2 + i }] })] } }).finish(),
  );
  const t = process.cpuUsage();
  let decodeMs = 0;
  let applyMs = 0;
  let ackMs = 0;
  for (const m of msgs) {
    const t0 = performance.now();
    const d = l2.ControllerMessage.decode(m).delta!;
    const t1 = performance.now();
    const r = st.delta(d);
    const out = r instanceof Promise ? await r : r;
    const t2 = performance.now();
    l2.HostMessage.encode(out.reply).finish();
    const t3 = performance.now();
    decodeMs += t1 - t0;
    applyMs += t2 - t1;
    ackMs += t3 - t2;
  }
  const u = process.cpuUsage(t);
  if (opt.split) console.log({ decodeUs: (decodeMs * 1000) / n, applyUs: (applyMs * 1000) / n, ackUs: (ackMs * 1000) / n });
  return (u.user + u.system) / 1000;
}

const only = opt['moves-only'] ? 'moves' : opt['snapshots-only'] ? 'snapshots' : '';
let ms = NaN;
let mv = NaN;
if (only !== 'moves') {
  await snapshots(20);
  ms = await snapshots(hosts);
}
if (only !== 'snapshots') {
  await moves(moveCount);
  mv = await moves(moveCount);
}
console.log(JSON.stringify({ hosts: only === 'moves' ? 0 : hosts, entriesPerHost, snapshotCpuMs: Math.round(ms), usPerEntry: +((ms * 1000) / (hosts * entriesPerHost)).toFixed(3), msPerMoveDelta: +(mv / moveCount).toFixed(4), chunkBytes: chunk.length }));
