import { describe, expect, it } from 'vitest';
import { apiFigures, fanoutFigures, routedFigures, storeFigures, suitePhases, vnisFor } from './phases';

describe('phase figures', () => {
  it('maps an l2-central-bench result to the fan-out, reconnect and slow-consumer figures', () => {
    const f = fanoutFigures({
      workload: { hosts: 100 }, initialConvergenceMs: 800, entryDeliveriesPerSec: 1e6, moveLatencyP50Ms: 4, moveLatencyP99Ms: 20, moveLatencyMaxMs: 40,
      movesCentralCpuMsPerMove: 0.3, movesControllerCpuMsPerMove: 0.2, centralRssMb: 300, controllerRssMb: 100,
      controllerRssMbAfterLoad: 60, controllerRssMbAfterSnapshot: 70, divergentHosts: 0, divergentHostsAfterRestart: 1,
      restartConvergenceMs: 900, restartResumedHosts: 99, restartSnapshotHosts: 1, slowMoveLatencyP99Ms: 26,
    });
    expect(f).toMatchObject({
      'fanout.serverCpuMsPerMove': 0.5, 'fanout.serverRssMb': 400, 'fanout.controllerRssKbPerStream': 102.4, 'fanout.divergentHosts': 1,
      'reconnect.convergenceMs': 900, 'reconnect.resumedHosts': 99, 'reconnect.snapshotHosts': 1, 'slow.moveLatencyP99DeltaMs': 6,
    });
  });

  it('leaves out reconnect and slow figures when the run had no such phase', () => {
    const f = fanoutFigures({ workload: { hosts: 10 }, moveLatencyP99Ms: 5 });
    expect(Object.keys(f).some((k) => k.startsWith('reconnect.') || k.startsWith('slow.'))).toBe(false);
  });

  it('maps a routed run to the routed figures only', () => {
    const f = routedFigures({ workload: { hosts: 10 }, initialConvergenceMs: 900, moveLatencyP99Ms: 30, entriesPerHost: 123.4, restartConvergenceMs: 5 });
    expect(Object.keys(f).every((k) => k.startsWith('routed.'))).toBe(true);
    expect(f).toMatchObject({ 'routed.initialConvergenceMs': 900, 'routed.moveLatencyP99Ms': 30, 'routed.entriesPerHost': 123.4 });
  });

  it('runs the routed phase without the slow-consumer batch or the restart', () => {
    const routed = suitePhases(true, 7).find((p) => p.name === 'fan-out with routers')!;
    expect(routed.args).toContain('--vnis-per-router');
    expect(routed.args).not.toContain('--slow-moves');
    expect(routed.args).not.toContain('--restart-controller');
  });

  it('maps the API and store benchmarks, NaN where a row is missing', () => {
    const api = apiFigures({ results: [{ scenario: 'POST /v2.0/ports + binding:host_id', perSecond: 2100, p99Ms: 20 }, { scenario: 'GET /v2.0/ports?binding:host_id (5 ports)', perSecond: 900, p99Ms: 3, connections: 1 }] });
    expect(api).toEqual({ 'api.createBindPerSec': 2100, 'api.createBindP99Ms': 20, 'api.listByHostP99Ms': 3 });
    expect(storeFigures({ results: [] })['store.commitsPerSec']).toBeNaN();
  });

  it('keeps 25 member hosts per VNI and the quick suite small', () => {
    expect(vnisFor(1000)).toBe(200);
    expect(vnisFor(5000)).toBe(1000);
    const quick = suitePhases(true, 7);
    expect(quick[0].args).toContain('--restart-controller');
    expect(quick[0].args.slice(0, 2)).toEqual(['--hosts', '100']);
  });
});
