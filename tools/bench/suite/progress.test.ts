import { describe, expect, it } from 'vitest';
import { parseProgressLine, PhaseBar, renderBar } from './progress';

describe('progress', () => {
  it('parses only well-formed report lines, clamping the fraction', () => {
    expect(parseProgressLine('@@bench-progress {"step":"moves","fraction":0.5}')).toEqual({ step: 'moves', fraction: 0.5 });
    expect(parseProgressLine('@@bench-progress {"step":"x","fraction":7}')).toEqual({ step: 'x', fraction: 1 });
    expect(parseProgressLine('@@bench-progress {"step":1}')).toBeUndefined();
    expect(parseProgressLine('@@bench-progress nope')).toBeUndefined();
    expect(parseProgressLine('{"level":40,"msg":"warning"}')).toBeUndefined();
  });

  it('renders a bar', () => {
    expect(renderBar(0.5, 10)).toBe('[#####-----]  50%');
    expect(renderBar(Number.NaN, 4)).toBe('[----]   0%');
  });

  it('writes a line per step and per 10% on a pipe, not per report', () => {
    const lines: string[] = [];
    const bar = new PhaseBar('fan-out', { write: (s: string) => lines.push(s) > 0, isTTY: false });
    bar.update({ step: 'load', fraction: 0.01 });
    bar.update({ step: 'load', fraction: 0.02 });
    bar.update({ step: 'load', fraction: 0.15 });
    bar.update({ step: 'moves', fraction: 0.15 });
    bar.done('ok');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toMatch(/100%.*ok/);
  });
});
