#!/usr/bin/env node
// Entry point of the `parallax` command: runs the compiled CLI. The published package ships dist/
// (built by `prepack`); a git checkout builds it with `npm run build` (or `npm test`).
import { existsSync } from 'node:fs';
import { setFlagsFromString } from 'node:v8';

// Regular expressions compiled straight to machine code. V8 first compiles each one to bytecode,
// interprets it once, then compiles it again to machine code ("tier-up"); nearly every pattern
// here runs many times, so the bytecode pass is pure start-up cost (~50 ms of CPU for `analyze`;
// 100 ms for the times grammar alone when it is the first pattern to run). Matching is the
// same either way; this flag only changes when the compiler runs.
setFlagsFromString('--no-regexp-tier-up');

if (!existsSync(new URL('../dist/src/cli/main.js', import.meta.url))) {
  process.stderr.write('parallax: not built yet: run `npm run build` in the parallax folder first\n');
  process.exit(2);
}
// A reader that stops early (`parallax export … | head`) closes the pipe: that ends the output,
// it is not an error to report.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
const { main } = await import('../dist/src/cli/main.js');

main(process.argv).then(
  (code) => { process.exitCode = code; },
  (e) => { process.stderr.write(`parallax: internal error: ${e?.message ?? e}\n`); process.exitCode = 1; },
);
