import { describe, expect, it } from 'vitest';
import { lineChart, ticks } from './svg-chart';

describe('lineChart', () => {
  const spec = {
    title: 'convergence <vs> hosts',
    xLabel: 'hosts',
    yLabel: 'ms',
    series: [
      { name: '10k ports', points: [[100, 10], [1000, 100], [300, Number.NaN]] as const },
      { name: '100k ports', points: [[100, 50], [300, 150], [1000, 500]] as const },
    ],
  };

  it('draws a polyline per series from its measured points only, with a legend', () => {
    const svg = lineChart(spec);
    expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"')).toBe(true);
    expect(svg.match(/<polyline /g)).toHaveLength(2);
    expect(svg.match(/<circle /g)).toHaveLength(5);
    expect(svg).toContain('>10k ports</text>');
    expect(svg).toContain('convergence &lt;vs&gt; hosts');
  });

  it('is deterministic and places a larger y higher', () => {
    expect(lineChart(spec)).toBe(lineChart(spec));
    const ys = [...lineChart(spec).matchAll(/<circle cx="[\d.]+" cy="([\d.]+)"/g)].map((m) => Number(m[1]));
    // 100k series: 50, 150, 500 ms → decreasing SVG y.
    expect(ys.slice(2)).toEqual([...ys.slice(2)].sort((a, b) => b - a));
  });

  it('puts log ticks on powers of ten and 2/5 between', () => {
    expect(ticks(100, 5000, true)).toEqual([100, 200, 500, 1000, 2000, 5000]);
    expect(ticks(0, 10, false)).toEqual([0, 2, 4, 6, 8, 10]);
    expect(ticks(0, 4270, false)).toEqual([0, 1000, 2000, 3000, 4000]);
  });
});
