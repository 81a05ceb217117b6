import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

// The first test starts Chromium and the all-in-one (eight processes): on a busy 2-core machine that takes a while.
export default mergeConfig(
  baseConfig(import.meta.dirname),
  defineConfig({ test: { globalSetup: ['src/build-page.ts'], testTimeout: 240_000, hookTimeout: 60_000 } }),
);
