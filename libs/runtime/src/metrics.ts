import { Registry, collectDefaultMetrics } from 'prom-client';

export interface MetricsRegistryOptions {
  /** Also collect Node process metrics (CPU, memory, event loop lag); default true. */
  readonly processMetrics?: boolean;
}

/**
 * A prom-client Registry for one app, every series labelled `app`. Each app owns its registry
 * (no global default), so several apps in one process or test do not collide.
 */
export function createMetricsRegistry(appName: string, options: MetricsRegistryOptions = {}): Registry {
  const registry = new Registry();
  registry.setDefaultLabels({ app: appName });
  if (options.processMetrics ?? true) collectDefaultMetrics({ register: registry });
  return registry;
}
