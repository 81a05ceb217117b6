#!/usr/bin/env node
// Generates libs/proto/src/generated/trellis.{js,d.ts} from proto/**/*.proto with protobufjs
// (static ESM code). With --check, generates into a temp dir and fails if the committed files differ.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');
const protoDir = path.join(root, 'proto');
const outDir = path.join(root, 'libs/proto/src/generated');
const check = process.argv.includes('--check');

function protoFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return protoFiles(full);
    return name.endsWith('.proto') ? [path.relative(root, full)] : [];
  }).sort();
}

const files = protoFiles(protoDir);
const work = mkdtempSync(path.join(tmpdir(), 'trellis-proto-'));
try {
  const js = path.join(work, 'trellis.js');
  const pbjs = path.join(root, 'node_modules/.bin/pbjs');
  execFileSync(pbjs, ['-t', 'static-module', '-w', 'es6', '--force-number', '--no-verify', '--no-convert', '--no-delimited', '-d', '-p', 'proto', '-o', js, ...files], { cwd: root, stdio: 'inherit' });
  const outputs = ['trellis.js', 'trellis.d.ts'];
  if (check) {
    const stale = outputs.filter((name) => {
      try {
        return readFileSync(path.join(work, name), 'utf8') !== readFileSync(path.join(outDir, name), 'utf8');
      } catch {
        return true;
      }
    });
    if (stale.length > 0) {
      console.error(`generated protobuf code is stale: ${stale.join(', ')}; run "npm run proto:gen" and commit the result`);
      process.exit(1);
    }
    console.log(`generated protobuf code is up to date (${files.length} proto files)`);
  } else {
    mkdirSync(outDir, { recursive: true });
    for (const name of outputs) copyFileSync(path.join(work, name), path.join(outDir, name));
    console.log(`generated ${outputs.map((n) => path.relative(root, path.join(outDir, n))).join(', ')} from ${files.length} proto files`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
