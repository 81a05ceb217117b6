// Builds the topology page (apps/topology-ui) into dist/apps/topology-ui: main-<hash>.js and
// styles-<hash>.css bundled by esbuild, and index.html pointing at them. Content hashes in the
// names let central-api serve those two as immutable; only index.html is revalidated. The
// output is replaced in one rename, so a central-api reading it never sees half a build.
// With --if-stale it does nothing when the output is newer than every source (npm start, tests).
// Usage: node --import tsx tools/build/build-ui.ts [--out <dir>] [--if-stale]
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'esbuild';

const root = path.resolve(import.meta.dirname, '../..');
const source = path.join(root, 'apps/topology-ui/src');
const { values } = parseArgs({ args: process.argv.slice(2), options: { out: { type: 'string' }, 'if-stale': { type: 'boolean', default: false } } });
const out = path.resolve(values.out ?? path.join(root, 'dist/apps/topology-ui'));

/** Newest modification time of the sources (and of this script, which decides the output). */
function newestSourceMs(): number {
  const files = readdirSync(source, { recursive: true, encoding: 'utf8' }).map((f) => path.join(source, f));
  return Math.max(...[...files, import.meta.filename, path.join(root, 'package-lock.json')].map((f) => statSync(f).mtimeMs));
}

const builtIndex = path.join(out, 'index.html');
if (values['if-stale'] && existsSync(builtIndex) && statSync(builtIndex).mtimeMs >= newestSourceMs()) process.exit(0);
const staging = `${out}.tmp-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });

const started = Date.now();
const result = await build({
  entryPoints: [path.join(source, 'main.ts'), path.join(source, 'styles.css')],
  outdir: staging,
  entryNames: '[name]-[hash]',
  bundle: true,
  platform: 'browser',
  format: 'esm',
  // What Debian's chromium and any browser of the last few years run.
  target: ['es2022', 'chrome110', 'firefox115', 'safari16'],
  minify: true,
  sourcemap: 'linked',
  tsconfig: path.join(root, 'apps/topology-ui/tsconfig.json'),
  metafile: true,
  logLevel: 'warning',
});

const built = new Map<string, string>();
for (const [file, output] of Object.entries(result.metafile.outputs)) {
  if (output.entryPoint === undefined) continue;
  built.set(path.basename(output.entryPoint), path.basename(file));
}
let html = readFileSync(path.join(source, 'index.html'), 'utf8');
for (const [from, to] of [['./main.js', built.get('main.ts')], ['./styles.css', built.get('styles.css')]] as const) {
  if (to === undefined || !html.includes(from)) throw new Error(`build-ui: cannot point index.html's ${from} at its build`);
  html = html.replace(from, `./${to}`);
}
writeFileSync(path.join(staging, 'index.html'), html);

const previous = `${out}.old-${process.pid}`;
if (existsSync(out)) renameSync(out, previous);
renameSync(staging, out);
rmSync(previous, { recursive: true, force: true });
process.stdout.write(`topology-ui built into ${path.relative(root, out) || out} in ${Date.now() - started} ms\n`);
