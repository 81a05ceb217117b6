#!/usr/bin/env node
// Sums the vitest JSON reports under tmp/test-results and prints the closing line
// "N passed, N failed, N skipped". Exits non-zero when anything failed or nothing ran.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const dir = path.resolve(import.meta.dirname, '../tmp/test-results');
let passed = 0;
let failed = 0;
let skipped = 0;
const broken = [];
for (const name of existsSync(dir) ? readdirSync(dir).sort() : []) {
  if (!name.endsWith('.json')) continue;
  let report;
  try {
    report = JSON.parse(readFileSync(path.join(dir, name), 'utf8'));
  } catch {
    broken.push(name);
    continue;
  }
  passed += report.numPassedTests ?? 0;
  failed += (report.numFailedTests ?? 0) + (report.numFailedTestSuites ?? 0) - (report.testResults ?? []).filter((r) => r.status === 'failed' && (r.assertionResults ?? []).some((a) => a.status === 'failed')).length;
  skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
  process.stdout.write(`  ${name.replace(/\.json$/, '')}: ${report.numPassedTests ?? 0} passed, ${report.numFailedTests ?? 0} failed, ${report.numPendingTests ?? 0} skipped, ${report.numFailedTestSuites ?? 0} failed suites\n`);
}
failed += broken.length;
const nxExit = Number(process.argv[process.argv.indexOf('--nx-exit') + 1] ?? 0);
if (process.argv.includes('--nx-exit') && nxExit !== 0 && failed === 0) {
  process.stdout.write('  a check other than the test suites failed (lint, typecheck or proto-check; see above): counted as 1 failure\n');
  failed += 1;
}
for (const name of broken) process.stdout.write(`  ${name}: unreadable report (counted as failed)\n`);
process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
