// Builds one app into a self-contained deployable under dist/apps/<app>: the app and the
// workspace libs it imports bundled into main.mjs (esbuild), and node_modules holding only the
// npm packages it loads at run time (lmdb's native module included), copied from the workspace's
// installed tree so the result is exactly what the tests ran. Started with plain `node main.mjs`.
// Usage: node --import tsx tools/build/build-app.ts <app> [--out <dir>]
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';
import { packageClosure } from './package-closure';

const APPS = ['central-api', 'cell-agent', 'vtep-controller', 'host-agent', 'cli'] as const;

const root = path.resolve(import.meta.dirname, '../..');
const { values, positionals } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' } }, allowPositionals: true });
const app = positionals[0];
if (!APPS.includes(app as (typeof APPS)[number])) {
  process.stderr.write(`usage: build-app.ts <${APPS.join('|')}> [--out <dir>]\n`);
  process.exit(2);
}
const out = path.resolve(values.out ?? path.join(root, 'dist/apps', app));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const started = Date.now();
const result = await build({
  entryPoints: [path.join(root, 'apps', app, 'src/main.ts')],
  outfile: path.join(out, 'main.mjs'),
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20.11',
  // npm packages stay packages (native modules, files read at run time, workers); only the
  // workspace's own code (@trellis/*, resolved through tsconfig paths) is bundled.
  packages: 'external',
  tsconfig: path.join(root, 'tsconfig.base.json'),
  sourcemap: true,
  metafile: true,
  logLevel: 'warning',
});

const imported = new Set<string>();
for (const output of Object.values(result.metafile.outputs)) {
  for (const imp of output.imports) {
    if (!imp.external || imp.path.startsWith('node:')) continue;
    const parts = imp.path.split('/');
    imported.add(imp.path.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]);
  }
}
const builtins = new Set((await import('node:module')).builtinModules);
const direct = [...imported].filter((p) => !builtins.has(p)).sort();
const closure = packageClosure(path.join(root, 'node_modules'), direct);
for (const pkg of closure) cpSync(pkg.dir, path.join(out, 'node_modules', pkg.name), { recursive: true, dereference: true });

const workspace = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string; engines: Record<string, string> };
const dependencies = Object.fromEntries(direct.map((name) => [name, closure.find((p) => p.name === name)!.version]));
writeFileSync(
  path.join(out, 'package.json'),
  `${JSON.stringify({ name: `trellis-${app}`, version: workspace.version, private: true, type: 'module', engines: workspace.engines, scripts: { start: 'node --enable-source-maps main.mjs' }, dependencies }, null, 2)}\n`,
);
// central-api serves the topology page from topology-ui/ beside main.mjs (its default ui.assetsDir there).
if (app === 'central-api') {
  execFileSync(process.execPath, ['--import', 'tsx', path.join(root, 'tools/build/build-ui.ts'), '--out', path.join(out, 'topology-ui')], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });
}
const example = path.join(root, 'deploy', app);
if (existsSync(example)) cpSync(example, path.join(out, 'deploy'), { recursive: true });
process.stdout.write(`built ${app} → ${path.relative(process.cwd(), out) || '.'} (${direct.length} direct, ${closure.length} packages) in ${Date.now() - started} ms\n`);
