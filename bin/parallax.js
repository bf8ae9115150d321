#!/usr/bin/env node
// Entry point of the `parallax` command: runs the compiled CLI (npm ci builds dist/ via `prepare`).
import { main } from '../dist/src/cli/main.js';

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`parallax: internal error: ${e?.message ?? e}\n`); process.exitCode = 1; },
);
