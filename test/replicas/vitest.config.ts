import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

// One file at a time: every file starts its own etcd and several app processes, and the machine
// has few cores; running them side by side would only make the timing-sensitive ones flaky.
export default mergeConfig(
  baseConfig(import.meta.dirname),
  defineConfig({ test: { fileParallelism: false, testTimeout: 180_000, hookTimeout: 120_000 } }),
);
