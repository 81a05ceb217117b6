#!/usr/bin/env bash
# Runs every check and test of the workspace, then prints "N passed, N failed, N skipped" last.
# This is the README's test command (npm test) and what CI runs.
set -uo pipefail
cd "$(dirname "$0")/.."
export NX_DAEMON=false NX_NO_CLOUD=true NX_TUI=false
bash tools/setup.sh --system || { echo "0 passed, 1 failed, 0 skipped"; exit 1; }
rm -rf tmp/test-results
mkdir -p tmp/test-results
npx nx run-many -t proto-check lint typecheck test --skip-nx-cache --output-style=static --parallel=2
rc=$?
# Prints the closing line; a failed lint/typecheck/proto-check counts as one failure there.
node tools/test-summary.mjs --nx-exit "$rc"
