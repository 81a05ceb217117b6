// Progress of a benchmark run: one bar per phase on a terminal, plain lines otherwise (CI logs).
// A child benchmark reports where it is with `reportProgress` (a marked line on stderr); the suite
// parses those lines with `parseProgressLine` and redraws the phase's bar.

const MARK = '@@bench-progress ';

/** What a child reports: the step it is in and how far it is through the whole run (0..1). */
export interface ProgressReport {
  readonly step: string;
  readonly fraction: number;
}

/** Called by a child benchmark; silent unless the suite asked for reports (TRELLIS_BENCH_PROGRESS=1). */
export function reportProgress(step: string, fraction: number): void {
  if (process.env.TRELLIS_BENCH_PROGRESS !== '1') return;
  process.stderr.write(`${MARK}${JSON.stringify({ step, fraction: Math.max(0, Math.min(1, fraction)) })}\n`);
}

/** The report in a line of a child's stderr, or undefined for any other line. */
export function parseProgressLine(line: string): ProgressReport | undefined {
  if (!line.startsWith(MARK)) return undefined;
  try {
    const value = JSON.parse(line.slice(MARK.length)) as { step?: unknown; fraction?: unknown };
    if (typeof value.step !== 'string' || typeof value.fraction !== 'number' || !Number.isFinite(value.fraction)) return undefined;
    return { step: value.step, fraction: Math.max(0, Math.min(1, value.fraction)) };
  } catch {
    return undefined;
  }
}

/** `[########------------]  40%` */
export function renderBar(fraction: number, width = 24): string {
  const f = Math.max(0, Math.min(1, Number.isFinite(fraction) ? fraction : 0));
  const full = Math.round(f * width);
  return `[${'#'.repeat(full)}${'-'.repeat(width - full)}] ${String(Math.round(f * 100)).padStart(3)}%`;
}

/** One phase's bar: redrawn in place on a TTY; on a pipe, a line per 10% step and per new step. */
export class PhaseBar {
  private lastLine = '';
  private lastDecile = -1;
  private lastStep = '';
  private readonly started = Date.now();

  constructor(
    private readonly phase: string,
    private readonly out: NodeJS.WriteStream | { write(s: string): boolean; isTTY?: boolean } = process.stderr,
  ) {}

  update(report: ProgressReport): void {
    const elapsed = ((Date.now() - this.started) / 1000).toFixed(0).padStart(4);
    const line = `${this.phase.padEnd(22)} ${renderBar(report.fraction)} ${elapsed} s  ${report.step}`;
    if (this.out.isTTY) {
      this.out.write(`\r${line.padEnd(this.lastLine.length)}`);
    } else {
      const decile = Math.floor(report.fraction * 10);
      if (decile === this.lastDecile && report.step === this.lastStep) return;
      this.out.write(`${line}\n`);
      this.lastDecile = decile;
      this.lastStep = report.step;
    }
    this.lastLine = line;
  }

  done(outcome: string): void {
    const seconds = ((Date.now() - this.started) / 1000).toFixed(1);
    const line = `${this.phase.padEnd(22)} ${renderBar(1)} ${seconds} s  ${outcome}`;
    this.out.write(this.out.isTTY ? `\r${line.padEnd(this.lastLine.length)}\n` : `${line}\n`);
  }
}
