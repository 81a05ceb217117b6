import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

// One file at a time: the suites share the kernel's namespace list and a fixed address plan.
export default mergeConfig(
  baseConfig(import.meta.dirname),
  defineConfig({ test: { fileParallelism: false, testTimeout: 120_000, hookTimeout: 180_000 } }),
);
