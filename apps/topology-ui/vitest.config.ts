import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

// Unit tests of the page's pure parts (the view model) run in node; the page itself is tested in a real browser by test/ui.
export default mergeConfig(baseConfig(import.meta.dirname), defineConfig({}));
