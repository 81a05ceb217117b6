import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

// One Keystone, central-api and cell-agent for every file (global setup); the files share them,
// so they run one after another. Each `openstack` call costs seconds of Python start-up.
export default mergeConfig(
  baseConfig(import.meta.dirname),
  defineConfig({ test: { globalSetup: ['src/global-setup.ts'], fileParallelism: false, testTimeout: 240_000, hookTimeout: 120_000 } }),
);
