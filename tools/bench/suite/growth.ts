// The growth law of a measured curve: the exponent k of y ≈ c·x^k (a least-squares line through
// the points on log-log axes) and where the curve bends (the segment whose own exponent departs
// most from the overall one).

export interface Growth {
  /** Exponent over all points: 1 = linear, 0 = flat, 2 = quadratic. */
  readonly exponent: number;
  /** Exponent of each consecutive pair of points, in x order. */
  readonly segments: ReadonlyArray<{ readonly from: number; readonly to: number; readonly exponent: number }>;
  /** The first segment whose exponent exceeds the overall one by more than 0.5, if any. */
  readonly bendsAt?: number;
  /** Plain words: "≈ linear (x^1.04)". */
  readonly law: string;
}

export function growthOf(points: ReadonlyArray<readonly [number, number]>): Growth | undefined {
  const pts = points.filter(([x, y]) => x > 0 && y > 0 && Number.isFinite(x) && Number.isFinite(y)).slice().sort((a, b) => a[0] - b[0]);
  if (pts.length < 2) return undefined;
  const lx = pts.map(([x]) => Math.log(x));
  const ly = pts.map(([, y]) => Math.log(y));
  const mx = lx.reduce((a, b) => a + b, 0) / lx.length;
  const my = ly.reduce((a, b) => a + b, 0) / ly.length;
  let num = 0;
  let den = 0;
  for (let i = 0; i < lx.length; i++) {
    num += (lx[i] - mx) * (ly[i] - my);
    den += (lx[i] - mx) ** 2;
  }
  const exponent = den === 0 ? 0 : num / den;
  const segments = pts.slice(1).map(([x, y], i) => {
    const [px, py] = pts[i];
    return { from: px, to: x, exponent: Math.log(y / py) / Math.log(x / px) };
  });
  const bend = segments.find((s) => s.exponent > exponent + 0.5);
  const name = exponent < 0.25 ? 'flat' : exponent < 0.75 ? 'sublinear' : exponent < 1.25 ? 'linear' : exponent < 1.75 ? 'superlinear' : 'quadratic or worse';
  return { exponent, segments, ...(bend ? { bendsAt: bend.from } : {}), law: `≈ ${name} (x^${exponent.toFixed(2)})` };
}
