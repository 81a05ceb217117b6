import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

// A central-api and a cell-agent in process, on loopback; the fuzz runs are bounded (see fuzz-budget.ts).
export default mergeConfig(
  baseConfig(import.meta.dirname),
  defineConfig({ test: { fileParallelism: false, testTimeout: 120_000, hookTimeout: 60_000 } }),
);
