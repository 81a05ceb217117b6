import { describe, expect, it } from 'vitest';
import { dataplaneRequirementProblem } from './requirements';

// Counts as a failure (never a pass or a skip) where the suite cannot run: not root, no iproute2/ping.
describe('dataplane suite requirements', () => {
  it('runs as root on Linux with ip, bridge and ping available', () => {
    expect(dataplaneRequirementProblem(), 'dataplane requirement').toBeUndefined();
  });
});
