import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

// Real processes killed and restarted on loopback: one file at a time. The CI run is bounded at
// 5 minutes; TRELLIS_CHAOS_SOAK=1 runs the longer soak (see src/chaos.test.ts).
const soak = process.env.TRELLIS_CHAOS_SOAK === '1';
export default mergeConfig(
  baseConfig(import.meta.dirname),
  defineConfig({ test: { fileParallelism: false, testTimeout: soak ? 45 * 60_000 : 5 * 60_000, hookTimeout: 120_000 } }),
);
