import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

// Self time per function and per module of a V8 CPU profile (`node --cpu-prof`), optionally only
// inside a window of the monotonic clock in µs (the `profileWindowsUs` l2-bench.ts prints with
// --profile-dir), so one phase of a long benchmark can be read on its own.
// node --import tsx tools/bench/profile-summary.ts FILE.cpuprofile [--from US --to US] [--top 30]

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** The module a frame belongs to: a package name, a node: subsystem, or the file's last parts. */
export function moduleOf(url: string, fn: string): string {
  if (!url) return fn;
  const nm = url.lastIndexOf('node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + 'node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url.split('/').slice(0, 2).join('/');
  return url.split('/').slice(-3).join('/');
}

/** Self time (µs) per key for the samples taken inside [from, to]. */
export function selfTimes(p: Profile, key: (n: ProfileNode) => string, from = -Infinity, to = Infinity): { total: number; byKey: Map<string, number> } {
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const byKey = new Map<string, number>();
  let t = p.startTime;
  let total = 0;
  for (let i = 0; i < p.samples.length; i++) {
    t += p.timeDeltas[i];
    if (t < from || t > to) continue;
    const n = nodes.get(p.samples[i]);
    if (!n || n.callFrame.functionName === '(idle)') continue;
    const k = key(n);
    const dt = p.timeDeltas[i];
    byKey.set(k, (byKey.get(k) ?? 0) + dt);
    total += dt;
  }
  return { total, byKey };
}

function print(title: string, r: { total: number; byKey: Map<string, number> }, top: number): void {
  console.log(`${title}: ${(r.total / 1000).toFixed(0)} ms busy`);
  for (const [k, v] of [...r.byKey].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    console.log(`${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / r.total).toFixed(1).padStart(5)}%  ${k}`);
  }
}

if (process.argv[1]?.endsWith('profile-summary.ts')) {
  const { values: opt, positionals } = parseArgs({ allowPositionals: true, options: { from: { type: 'string' }, to: { type: 'string' }, top: { type: 'string', default: '30' } } });
  const from = opt.from ? Number(opt.from) : -Infinity;
  const to = opt.to ? Number(opt.to) : Infinity;
  for (const file of positionals) {
    const p = JSON.parse(readFileSync(file, 'utf8')) as Profile;
    console.log(`== ${file}`);
    print('by module', selfTimes(p, (n) => moduleOf(n.callFrame.url, n.callFrame.functionName), from, to), Number(opt.top));
    print('by function', selfTimes(p, (n) => `${n.callFrame.functionName || '(anonymous)'} ${moduleOf(n.callFrame.url, '')}:${n.callFrame.lineNumber + 1}`, from, to), Number(opt.top));
  }
}
