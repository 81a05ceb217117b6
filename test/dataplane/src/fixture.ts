import { afterAll, beforeAll } from 'vitest';
import type { Vm } from './cloud';
import { DataplaneCluster } from './cluster';
import { requireDataplane } from './requirements';

/** What a dataplane test file holds: its cluster and the instances it booted, by name. */
export interface DataplaneFixture {
  /** The running cluster; throws when it did not start. */
  c(): DataplaneCluster;
  /** A booted instance by name; throws for an unknown name. */
  vm(name: string): Vm;
  readonly vms: Map<string, Vm>;
}

/**
 * Registers the hooks that start a cluster with namespace prefix `prefix` before the file's tests
 * (failing loudly when not root) and stop it, namespaces and processes included, afterwards.
 * Register it before the file's own `beforeAll`, which then runs with the cluster up.
 */
export function useDataplaneCluster(prefix: string): DataplaneFixture {
  let cluster: DataplaneCluster | undefined;
  const vms = new Map<string, Vm>();
  beforeAll(async () => {
    requireDataplane();
    cluster = await DataplaneCluster.start(prefix);
  }, 180_000);
  afterAll(async () => {
    await cluster?.stop();
  }, 60_000);
  return {
    vms,
    c() {
      if (!cluster) throw new Error('cluster not started');
      return cluster;
    },
    vm(name) {
      const v = vms.get(name);
      if (!v) throw new Error(`no vm ${name}`);
      return v;
    },
  };
}
