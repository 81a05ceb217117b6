import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

// Files one at a time: each starts a controller and several host-agents on the 2 shared cores.
export default mergeConfig(baseConfig(import.meta.dirname), defineConfig({ test: { fileParallelism: false, testTimeout: 30_000 } }));
