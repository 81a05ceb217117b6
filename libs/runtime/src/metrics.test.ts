import { Counter } from 'prom-client';
import { describe, expect, it } from 'vitest';
import { createMetricsRegistry } from './metrics';

describe('createMetricsRegistry', () => {
  it('labels every series with the app and keeps registries apart', async () => {
    const a = createMetricsRegistry('central-api', { processMetrics: false });
    const b = createMetricsRegistry('cell-agent');
    new Counter({ name: 'trellis_test_total', help: 'test', registers: [a] }).inc(2);
    const text = await a.metrics();
    expect(text).toContain('trellis_test_total{app="central-api"} 2');
    expect(text).not.toContain('process_cpu');
    expect(await b.metrics()).toContain('app="cell-agent"');
    expect(await b.metrics()).not.toContain('trellis_test_total');
  });
});
