#!/usr/bin/env bash
# Runs every check and test of the workspace, then prints "N passed, N failed, N skipped" last.
# This is the README's test command (npm test) and what CI runs.
set -uo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
rm -rf tmp/test-results
mkdir -p tmp/test-results
npx nx run-many -t proto-check lint typecheck test --skip-nx-cache --output-style=static --parallel=2
rc=$?
node tools/test-summary.mjs
rc2=$?
if [ "$rc" -ne 0 ] && [ "$rc2" -eq 0 ]; then
  echo "a check other than the test suites failed (see above)"
fi
exit $(( rc != 0 || rc2 != 0 ))
