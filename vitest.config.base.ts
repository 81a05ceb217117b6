import path from 'node:path';
import { defineConfig, type ViteUserConfig } from 'vitest/config';

/**
 * Shared vitest settings; every project merges its own config over this one.
 * The JSON report feeds tools/test-summary.mjs, which prints CI's closing line.
 */
export function baseConfig(projectRoot: string): ViteUserConfig {
  const workspaceRoot = path.resolve(import.meta.dirname);
  const reportName = path.relative(workspaceRoot, projectRoot).replaceAll(path.sep, '-') || 'root';
  return defineConfig({
    root: projectRoot,
    resolve: { tsconfigPaths: true },
    test: {
      environment: 'node',
      watch: false,
      passWithNoTests: true,
      include: ['src/**/*.test.ts'],
      testTimeout: 20_000,
      hookTimeout: 30_000,
      reporters: [
        'default',
        ['json', { outputFile: path.join(workspaceRoot, 'tmp/test-results', `${reportName}.json`) }],
      ],
    },
  });
}
