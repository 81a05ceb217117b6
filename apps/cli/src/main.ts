#!/usr/bin/env node
import { runCli } from './program';

// The `trellis` operator CLI (see apps/cli/README.md).
const code = await runCli(process.argv.slice(2), {
  out: (s) => process.stdout.write(s),
  err: (s) => process.stderr.write(s),
  errIsTty: process.stderr.isTTY === true,
  env: process.env,
});
process.exitCode = code;
