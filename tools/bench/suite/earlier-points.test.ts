import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { joinPoints, loadEarlierPoints, type CurvePointRecord } from './earlier-points';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

const point = (hosts: number, ports: number, p99: number, ok = true): CurvePointRecord => ({ hosts, ports, ok, figures: { 'fanout.moveLatencyP99Ms': p99 } });

function runFile(commit: string, curves: CurvePointRecord[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'bench-points-'));
  dirs.push(dir);
  const file = join(dir, `${commit}.json`);
  writeFileSync(file, JSON.stringify({ date: '2026-12-01T10:00:00.000Z', commit, curves }));
  return file;
}

describe('curve points of earlier runs', () => {
  it('keeps the successful points of each file, marked with the run that measured them', () => {
    const points = loadEarlierPoints([runFile('abc1234', [point(100, 10_000, 50), point(300, 10_000, 0, false)])]);
    expect(points).toEqual([{ ...point(100, 10_000, 50), measuredBy: { commit: 'abc1234', date: '2026-12-01T10:00:00.000Z' } }]);
  });

  it('refuses a file without curves', () => {
    const dir = mkdtempSync(join(tmpdir(), 'bench-points-'));
    dirs.push(dir);
    writeFileSync(join(dir, 'x.json'), JSON.stringify({ figures: {} }));
    expect(() => loadEarlierPoints([join(dir, 'x.json')])).toThrow(/not a bench run record with curves/);
  });

  it("this run's successful points win; an earlier point fills one this run lacks or failed; the last file wins among earlier ones", () => {
    const earlier = [
      ...loadEarlierPoints([runFile('old', [point(100, 10_000, 1), point(300, 10_000, 2), point(1000, 10_000, 3)])]),
      ...loadEarlierPoints([runFile('newer', [point(1000, 10_000, 4)])]),
    ];
    const joined = joinPoints([point(100, 10_000, 9), point(300, 10_000, 0, false), point(3000, 10_000, 7)], earlier);
    expect(joined.map((c) => [c.hosts, c.figures['fanout.moveLatencyP99Ms'], c.measuredBy?.commit ?? 'this run'])).toEqual([
      [100, 9, 'this run'],
      [300, 2, 'old'],
      [1000, 4, 'newer'],
      [3000, 7, 'this run'],
    ]);
  });
});
