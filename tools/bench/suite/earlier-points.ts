import { readFileSync } from 'node:fs';
import type { RunRecord } from './report';

export type CurvePointRecord = NonNullable<RunRecord['curves']>[number];

/**
 * Curve points measured by earlier runs (their JSON records), for charts that join points no
 * single run could measure (a full grid is hours of a quiet machine). Each point keeps the
 * commit and date of the run that measured it; failed points are left out.
 */
export function loadEarlierPoints(files: readonly string[]): CurvePointRecord[] {
  const points: CurvePointRecord[] = [];
  for (const file of files) {
    const record = JSON.parse(readFileSync(file, 'utf8')) as Partial<RunRecord>;
    if (!Array.isArray(record.curves)) throw new Error(`${file}: not a bench run record with curves`);
    for (const c of record.curves) {
      if (!c.ok) continue;
      points.push({ ...c, measuredBy: c.measuredBy ?? { commit: record.commit ?? 'unknown', date: record.date ?? 'unknown' } });
    }
  }
  return points;
}

/**
 * This run's points plus earlier ones at (hosts, ports) this run did not measure (or measured and
 * failed); when several earlier runs measured a point, the last file named wins.
 */
export function joinPoints(measured: readonly CurvePointRecord[], earlier: readonly CurvePointRecord[]): CurvePointRecord[] {
  const key = (c: CurvePointRecord) => `${c.hosts}x${c.ports}`;
  const joined = new Map<string, CurvePointRecord>();
  for (const c of earlier) joined.set(key(c), c);
  for (const c of measured) if (c.ok || !joined.has(key(c))) joined.set(key(c), c);
  return [...joined.values()].sort((a, b) => a.ports - b.ports || a.hosts - b.hosts);
}
