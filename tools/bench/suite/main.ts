import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { loadBudgets, markBudgets } from './budgets';
import { joinPoints, loadEarlierPoints } from './earlier-points';
import { FIGURE_BY_KEY } from './figures';
import { growthOf } from './growth';
import { curvePhase, suitePhases, type CurvePoint, type PhaseSpec } from './phases';
import { PhaseBar } from './progress';
import { summaryMarkdown, type RunRecord } from './report';
import { ROOT, runBenchScript, BenchChildError } from './run-child';
import { lineChart } from './svg-chart';

// `npm run bench`: the benchmark suite. Runs each phase as its own process (progress bar per
// phase), writes one JSON per run and a markdown summary with every figure marked against
// bench/budgets.json, and with --curves the scaling curves as SVG charts into docs/perf/charts.
// Exit status is non-zero only for a failed phase, or with --strict for a figure over budget.

const { values: opt } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    strict: { type: 'boolean', default: false },
    curves: { type: 'boolean', default: false },
    'curves-only': { type: 'boolean', default: false },
    hosts: { type: 'string', default: '100,300,1000,3000,5000' },
    ports: { type: 'string', default: '10000,100000,500000' },
    'curve-moves': { type: 'string', default: '500' },
    'curve-rate': { type: 'string', default: '200' },
    'with-points': { type: 'string', default: '' },
    seed: { type: 'string', default: '7' },
    budgets: { type: 'string', default: join(ROOT, 'bench/budgets.json') },
    out: { type: 'string', default: join(ROOT, 'bench/results') },
    'charts-dir': { type: 'string', default: join(ROOT, 'docs/perf/charts') },
    help: { type: 'boolean', default: false },
  },
});

if (opt.help) {
  process.stdout.write(`npm run bench -- [--quick] [--strict] [--curves | --curves-only] [--hosts 100,300,…] [--ports 10000,…]
  [--curve-moves 500] [--curve-rate 200] [--with-points RUN.json,…] [--seed 7] [--budgets FILE] [--out DIR] [--charts-dir DIR]
See docs/perf/bench.md.\n`);
  process.exit(0);
}

const list = (s: string) => s.split(',').map((x) => Number(x.trim())).filter((x) => Number.isFinite(x) && x > 0);
const seed = Number(opt.seed);
const git = (...args: string[]) => {
  try {
    return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return '';
  }
};
const command = (p: PhaseSpec) => `node --import tsx tools/bench/${p.script} ${p.args.join(' ')}`;

async function runPhase(p: PhaseSpec): Promise<{ ok: boolean; wallMs: number; json?: Record<string, unknown>; error?: string }> {
  const bar = new PhaseBar(p.name);
  const started = Date.now();
  try {
    const r = await runBenchScript(p.script, p.args, bar, p.timeoutMs);
    bar.done('ok');
    return { ok: true, wallMs: r.wallMs, json: r.json };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    bar.done(`failed: ${message}`);
    if (err instanceof BenchChildError) process.stderr.write(`${err.stderrTail.slice(-15).join('\n')}\n`);
    return { ok: false, wallMs: Date.now() - started, error: message };
  }
}

async function main(): Promise<number> {
  const budgets = loadBudgets(opt.budgets);
  const date = new Date().toISOString();
  const commit = git('rev-parse', '--short', 'HEAD') || 'unknown';
  const phases: RunRecord['phases'][number][] = [];
  const figures: Record<string, number> = {};
  const raw: Record<string, unknown> = {};
  const load1 = Math.round(loadavg()[0] * 100) / 100;

  if (!opt['curves-only']) {
    for (const p of suitePhases(opt.quick, seed)) {
      const r = await runPhase(p);
      phases.push({ name: p.name, command: command(p), wallMs: r.wallMs, ok: r.ok, ...(r.error ? { error: r.error } : {}) });
      if (r.json) {
        raw[p.name] = r.json;
        Object.assign(figures, p.figures(r.json));
      }
    }
  }

  let curves: NonNullable<RunRecord['curves']>[number][] | undefined;
  let growth: NonNullable<RunRecord['growth']>[number][] | undefined;
  let charts: string[] | undefined;
  if (opt.curves || opt['curves-only']) {
    curves = [];
    const hosts = list(opt.hosts);
    const ports = list(opt.ports);
    for (const pts of ports) {
      for (const h of hosts) {
        const point: CurvePoint = { hosts: h, ports: pts };
        const p = curvePhase(point, seed, Number(opt['curve-moves']), Number(opt['curve-rate']));
        const r = await runPhase(p);
        phases.push({ name: p.name, command: command(p), wallMs: r.wallMs, ok: r.ok, ...(r.error ? { error: r.error } : {}) });
        curves.push({ ...point, figures: r.json ? p.figures(r.json) : {}, ok: r.ok, ...(r.error ? { error: r.error } : {}) });
        if (r.json) raw[p.name] = r.json;
      }
    }
    // Points of earlier runs join the charts and growth laws, each marked with its own run.
    const earlierFiles = opt['with-points'].split(',').map((f) => f.trim()).filter((f) => f !== '');
    curves = joinPoints(curves, loadEarlierPoints(earlierFiles));
    const axis = (values: number[]) => [...new Set(values)].sort((a, b) => a - b);
    ({ growth, charts } = writeCurves(curves, axis(curves.map((c) => c.hosts)), axis(curves.map((c) => c.ports))));
  }

  const record: RunRecord = {
    date,
    commit,
    dirty: git('status', '--porcelain') !== '',
    machine: { cores: cpus().length, cpuModel: cpus()[0]?.model ?? 'unknown', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.versions.node, loadAverage1mAtStart: load1 },
    options: { quick: opt.quick, curves: opt.curves || opt['curves-only'], seed },
    phases,
    figures,
    budgets: opt['curves-only'] ? [] : markBudgets(figures, budgets),
    ...(curves ? { curves } : {}),
    ...(growth ? { growth } : {}),
    ...(charts ? { charts } : {}),
    raw,
  };
  mkdirSync(opt.out, { recursive: true });
  const base = join(opt.out, `${date.replace(/[:.]/g, '-')}-${commit}`);
  writeFileSync(`${base}.json`, `${JSON.stringify(record, null, 2)}\n`);
  writeFileSync(`${base}.md`, summaryMarkdown(record));
  process.stdout.write(`\n${summaryMarkdown(record)}\nwrote ${relative(process.cwd(), `${base}.json`)} and ${relative(process.cwd(), `${base}.md`)}\n`);

  const failed = phases.filter((p) => !p.ok).length;
  const over = record.budgets.filter((m) => m.status === 'over').length;
  if (failed) return 1;
  return opt.strict && over ? 2 : 0;
}

/** Charts (x = hosts, a series per port count) and growth laws along hosts at each port count. */
function writeCurves(curves: NonNullable<RunRecord['curves']>, hosts: number[], ports: number[]): { growth: NonNullable<RunRecord['growth']>[number][]; charts: string[] } {
  const charted = ['fanout.initialConvergenceMs', 'fanout.moveLatencyP99Ms', 'fanout.serverCpuMsPerMove', 'fanout.controllerRssMb', 'fanout.centralRssMb', 'fanout.controllerRssKbPerStream'];
  mkdirSync(opt['charts-dir'], { recursive: true });
  const growth: NonNullable<RunRecord['growth']>[number][] = [];
  const charts: string[] = [];
  for (const key of charted) {
    const def = FIGURE_BY_KEY.get(key)!;
    const series = ports.map((p) => ({
      name: `${p.toLocaleString('en-US')} ports`,
      points: hosts.map((h) => [h, curves.find((c) => c.hosts === h && c.ports === p)?.figures[key] ?? Number.NaN] as const),
    }));
    for (const s of series) {
      const g = growthOf(s.points);
      if (g) growth.push({ figure: key, along: 'hosts', at: s.name, growth: g });
    }
    const file = join(opt['charts-dir'], `${key.replace(/^fanout\./, '').replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}.svg`);
    writeFileSync(file, lineChart({ title: `${def.label} vs hosts`, xLabel: 'hosts (log scale)', yLabel: `${def.label} (${def.unit})`, series }));
    charts.push(relative(opt.out, file));
  }
  return { growth, charts };
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`bench failed: ${err instanceof Error ? err.stack : String(err)}\n`);
    process.exit(1);
  },
);
