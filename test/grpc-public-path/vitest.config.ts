import path from 'node:path';
import { defineConfig, mergeConfig } from 'vitest/config';
import { baseConfig } from '../../vitest.config.base.ts';

const workspaceRoot = path.resolve(import.meta.dirname, '../..');

// The suites that drive host streams end to end, run again with grpc-js's public API only (the
// gate in libs/runtime/src/grpc-fast forced off by the setup file), so both paths stay tested.
// Files one at a time, as in test/l2: each starts a controller and host-agents on shared cores.
export default mergeConfig(
  baseConfig(import.meta.dirname),
  defineConfig({
    root: workspaceRoot,
    test: {
      include: [
        'test/grpc-public-path/src/**/*.test.ts',
        'apps/vtep-controller/src/controller/controller.test.ts',
        'apps/vtep-controller/src/server/host-stream.fuzz.test.ts',
        'test/l2/src/**/*.test.ts',
      ],
      setupFiles: [path.join(import.meta.dirname, 'src/force-public-path.ts')],
      fileParallelism: false,
      testTimeout: 30_000,
    },
  }),
);
