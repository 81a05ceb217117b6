import type { BudgetMark } from './budgets';
import { FIGURE_BY_KEY } from './figures';
import type { Growth } from './growth';

// The markdown summary of one run: the machine, each phase, each figure with its budget mark,
// and (with --curves) each curve's growth law and chart.

export interface RunRecord {
  readonly date: string;
  readonly commit: string;
  readonly dirty: boolean;
  readonly machine: { readonly cores: number; readonly cpuModel: string; readonly memoryGiB: number; readonly node: string; readonly loadAverage1mAtStart: number };
  readonly options: { readonly quick: boolean; readonly curves: boolean; readonly seed: number };
  readonly phases: ReadonlyArray<{ readonly name: string; readonly command: string; readonly wallMs: number; readonly ok: boolean; readonly error?: string }>;
  readonly figures: Readonly<Record<string, number>>;
  readonly budgets: readonly BudgetMark[];
  readonly curves?: ReadonlyArray<{
    readonly hosts: number;
    readonly ports: number;
    readonly figures: Readonly<Record<string, number>>;
    readonly ok: boolean;
    readonly error?: string;
    /** Set on a point taken from an earlier run (`--with-points`): the run that measured it. */
    readonly measuredBy?: { readonly commit: string; readonly date: string };
  }>;
  readonly growth?: ReadonlyArray<{ readonly figure: string; readonly along: string; readonly at: string; readonly growth: Growth }>;
  readonly charts?: readonly string[];
  /** The raw JSON of every phase, for anything the figures leave out. */
  readonly raw: Readonly<Record<string, unknown>>;
}

const show = (v: number | undefined) => (v === undefined || !Number.isFinite(v) ? '—' : Math.abs(v) >= 1000 ? Math.round(v).toLocaleString('en-US') : String(+v.toPrecision(4)));
const MARK: Record<BudgetMark['status'], string> = { within: 'within', over: '**over**', missing: 'not measured', 'no-budget': '' };

export function summaryMarkdown(r: RunRecord): string {
  const out: string[] = [
    `# Benchmark run ${r.date}`,
    '',
    `Commit \`${r.commit}\`${r.dirty ? ' (with uncommitted changes)' : ''} · ${r.machine.cores} cores (${r.machine.cpuModel}) · ${r.machine.memoryGiB} GiB · Node ${r.machine.node} · load average at start ${r.machine.loadAverage1mAtStart} · ${r.options.quick ? 'quick' : 'full'} · seed ${r.options.seed}`,
    '',
    '## Phases',
    '',
    '| phase | wall (s) | result | command |',
    '|---|---:|---|---|',
    ...r.phases.map((p) => `| ${p.name} | ${(p.wallMs / 1000).toFixed(1)} | ${p.ok ? 'ok' : `failed: ${(p.error ?? '').replace(/\|/g, '\\|').slice(0, 160)}`} | \`${p.command}\` |`),
    '',
    '## Figures',
    '',
    '| figure | value | unit | budget | mark |',
    '|---|---:|---|---:|---|',
  ];
  for (const m of r.budgets) {
    const def = FIGURE_BY_KEY.get(m.key);
    const bound = m.budget ? (m.budget.max !== undefined ? `≤ ${show(m.budget.max)}` : `≥ ${show(m.budget.min)}`) : '';
    out.push(`| ${def?.label ?? m.key} | ${show(m.value)} | ${def?.unit ?? ''} | ${bound} | ${MARK[m.status]} |`);
  }
  const over = r.budgets.filter((m) => m.status === 'over');
  out.push('', over.length ? `${over.length} figure(s) over budget.` : 'No figure over budget.', '', '## What each figure times', '');
  const budgetOf = new Map(r.budgets.map((m) => [m.key, m.budget]));
  const explained = new Set([...r.budgets.map((m) => m.key), ...(r.curves ?? []).flatMap((c) => Object.keys(c.figures))]);
  for (const key of explained) {
    const def = FIGURE_BY_KEY.get(key);
    const budget = budgetOf.get(key);
    if (def) out.push(`- **${def.label}** (\`${def.key}\`): ${def.what}.${budget ? ` Budget: ${budget.why}.` : ''}`);
  }
  if (r.curves?.length) {
    out.push('', '## Curves', '', '| hosts | ports | convergence (ms) | move p99 (ms) | CPU/move (ms) | controller RSS (MiB) | central RSS (MiB) | RSS/stream (KiB) | result | measured by |', '|---:|---:|---:|---:|---:|---:|---:|---:|---|---|');
    for (const c of r.curves) {
      const f = c.figures;
      out.push(`| ${c.hosts} | ${c.ports.toLocaleString('en-US')} | ${show(f['fanout.initialConvergenceMs'])} | ${show(f['fanout.moveLatencyP99Ms'])} | ${show(f['fanout.serverCpuMsPerMove'])} | ${show(f['fanout.controllerRssMb'])} | ${show(f['fanout.centralRssMb'])} | ${show(f['fanout.controllerRssKbPerStream'])} | ${c.ok ? 'ok' : `failed: ${(c.error ?? '').slice(0, 80)}`} | ${c.measuredBy ? `${c.measuredBy.commit}, ${c.measuredBy.date.slice(0, 10)}` : 'this run'} |`);
    }
  }
  if (r.growth?.length) {
    out.push('', '## Growth laws', '', '| figure | along | at | law | bends at |', '|---|---|---|---|---|');
    for (const g of r.growth) out.push(`| ${FIGURE_BY_KEY.get(g.figure)?.label ?? g.figure} | ${g.along} | ${g.at} | ${g.growth.law} | ${g.growth.bendsAt === undefined ? '—' : show(g.growth.bendsAt)} |`);
  }
  if (r.charts?.length) out.push('', '## Charts', '', ...r.charts.map((c) => `![${c}](${c})`));
  return `${out.join('\n')}\n`;
}
