import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

// Each `openstack` call costs about a second of Python start-up (more on a busy machine).
export default mergeConfig(baseConfig(import.meta.dirname), defineConfig({ test: { testTimeout: 180_000, hookTimeout: 60_000 } }));
