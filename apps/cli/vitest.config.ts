import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

export default mergeConfig(baseConfig(import.meta.dirname), defineConfig({}));
