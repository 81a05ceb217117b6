import { execFileSync } from 'node:child_process';
import path from 'node:path';

/** vitest globalSetup: builds the page when its build is older than its sources (as npm start does). */
export default function setup(): void {
  const root = path.resolve(import.meta.dirname, '../../..');
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'tools/build/build-ui.ts'), '--if-stale'], { cwd: root, stdio: 'inherit' });
}
