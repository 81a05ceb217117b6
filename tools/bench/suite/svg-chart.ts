// A small SVG line-chart writer for the benchmark curves: axes with ticks, one polyline and its
// points per series, a legend. Text only, no browser or plotting runtime needed; the output is
// deterministic for the same input (so a chart's diff shows what moved).

export interface Series {
  readonly name: string;
  /** [x, y] points; NaN/non-finite y values are left out. */
  readonly points: ReadonlyArray<readonly [number, number]>;
}

export interface ChartSpec {
  readonly title: string;
  readonly xLabel: string;
  readonly yLabel: string;
  readonly series: readonly Series[];
  /** Log scale on x (hosts and ports grow by factors). Default true. */
  readonly logX?: boolean;
  readonly logY?: boolean;
  readonly width?: number;
  readonly height?: number;
}

const COLORS = ['#1f77b4', '#d62728', '#2ca02c', '#9467bd', '#ff7f0e', '#17becf'];
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const fmt = (v: number) => (Math.abs(v) >= 10_000 ? `${+(v / 1000).toPrecision(3)}k` : String(+v.toPrecision(3)));

/** Tick values: powers of 10 (and 2, 5 between) on a log axis; 5 even steps on a linear one. */
export function ticks(min: number, max: number, log: boolean): number[] {
  if (!(max > min)) return [min];
  if (log) {
    const out: number[] = [];
    for (let e = Math.floor(Math.log10(min)); e <= Math.ceil(Math.log10(max)); e++) {
      for (const m of [1, 2, 5]) {
        const v = m * 10 ** e;
        if (v >= min * 0.999 && v <= max * 1.001) out.push(v);
      }
    }
    return out.length >= 2 ? out : [min, max];
  }
  // A "nice" step (1, 2 or 5 × 10^k) giving about five intervals.
  const raw = (max - min) / 5;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? 10 * mag;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max + step * 1e-9; v += step) out.push(+v.toPrecision(12));
  return out;
}

export function lineChart(spec: ChartSpec): string {
  const width = spec.width ?? 640;
  const height = spec.height ?? 400;
  const pad = { left: 72, right: 160, top: 40, bottom: 56 };
  const logX = spec.logX ?? true;
  const logY = spec.logY ?? false;
  const pts = spec.series.flatMap((s) => s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && (!logX || x > 0) && (!logY || y > 0)));
  const xs = pts.map(([x]) => x);
  const ys = pts.map(([, y]) => y);
  const [xMin, xMax] = xs.length ? [Math.min(...xs), Math.max(...xs)] : [1, 10];
  const [yLo, yHi] = ys.length ? [Math.min(...ys), Math.max(...ys)] : [0, 1];
  const yMin = logY ? yLo : Math.min(0, yLo);
  const yMax = yHi > yMin ? yHi * (logY ? 1 : 1.05) : yMin + 1;
  const tx = (v: number) => (logX ? Math.log10(v) : v);
  const ty = (v: number) => (logY ? Math.log10(v) : v);
  const sx = (x: number) => pad.left + ((tx(x) - tx(xMin)) / (tx(xMax) - tx(xMin) || 1)) * (width - pad.left - pad.right);
  const sy = (y: number) => height - pad.bottom - ((ty(y) - ty(yMin)) / (ty(yMax) - ty(yMin) || 1)) * (height - pad.top - pad.bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#fff"/>`,
    `<text x="${width / 2}" y="22" text-anchor="middle" font-size="14" font-weight="bold">${esc(spec.title)}</text>`,
  ];
  const x0 = pad.left;
  const x1 = width - pad.right;
  const y0 = height - pad.bottom;
  const y1 = pad.top;
  out.push(`<line x1="${x0}" y1="${y0}" x2="${x1}" y2="${y0}" stroke="#333"/>`, `<line x1="${x0}" y1="${y0}" x2="${x0}" y2="${y1}" stroke="#333"/>`);
  for (const v of ticks(xMin, xMax, logX)) {
    const x = sx(v).toFixed(1);
    out.push(`<line x1="${x}" y1="${y0}" x2="${x}" y2="${y0 + 4}" stroke="#333"/>`, `<text x="${x}" y="${y0 + 18}" text-anchor="middle">${fmt(v)}</text>`);
  }
  for (const v of ticks(yMin, yMax, logY)) {
    const y = sy(v).toFixed(1);
    out.push(`<line x1="${x0 - 4}" y1="${y}" x2="${x1}" y2="${y}" stroke="#ddd"/>`, `<text x="${x0 - 8}" y="${y}" text-anchor="end" dominant-baseline="middle">${fmt(v)}</text>`);
  }
  out.push(
    `<text x="${(x0 + x1) / 2}" y="${height - 14}" text-anchor="middle">${esc(spec.xLabel)}</text>`,
    `<text transform="translate(16 ${(y0 + y1) / 2}) rotate(-90)" text-anchor="middle">${esc(spec.yLabel)}</text>`,
  );
  spec.series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const drawn = s.points.filter(([x, y]) => Number.isFinite(x) && Number.isFinite(y) && (!logX || x > 0) && (!logY || y > 0)).slice().sort((a, b) => a[0] - b[0]);
    if (drawn.length > 1) out.push(`<polyline fill="none" stroke="${color}" stroke-width="2" points="${drawn.map(([x, y]) => `${sx(x).toFixed(1)},${sy(y).toFixed(1)}`).join(' ')}"/>`);
    for (const [x, y] of drawn) out.push(`<circle cx="${sx(x).toFixed(1)}" cy="${sy(y).toFixed(1)}" r="3" fill="${color}"><title>${esc(`${s.name}: ${fmt(x)} → ${fmt(y)}`)}</title></circle>`);
    const ly = pad.top + 8 + i * 18;
    out.push(`<line x1="${x1 + 12}" y1="${ly}" x2="${x1 + 32}" y2="${ly}" stroke="${color}" stroke-width="2"/>`, `<text x="${x1 + 38}" y="${ly}" dominant-baseline="middle">${esc(s.name)}</text>`);
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
