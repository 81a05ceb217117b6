import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';
import { RUN_BUDGET_MS } from './src/harness/budget.ts';

// Keystone, the auth proxy, central-api and a Tempest run, all on loopback: the whole run happens
// in beforeAll, bounded by RUN_BUDGET_MS; the tests then only compare results with expected.json.
export default mergeConfig(
  baseConfig(import.meta.dirname),
  defineConfig({ test: { fileParallelism: false, testTimeout: 30_000, hookTimeout: RUN_BUDGET_MS + 120_000 } }),
);
