import { existsSync } from 'node:fs';
import path from 'node:path';

/**
 * Where the page's build is when `ui.assetsDir` is not configured: `topology-ui/` beside the
 * bundled main.mjs of a deployable build, else the workspace's dist/apps/topology-ui (running
 * from source, as `npm start` does).
 */
export function defaultUiAssetsDir(): string {
  const here = import.meta.dirname;
  const candidates = [path.join(here, 'topology-ui'), path.resolve(here, '../../../../dist/apps/topology-ui')];
  return candidates.find((dir) => existsSync(path.join(dir, 'index.html'))) ?? candidates[candidates.length - 1];
}
