#!/usr/bin/env node
// Entry point of the `parallax` command: runs the compiled CLI. The published package ships dist/
// (built by `prepack`); a git checkout builds it with `npm run build` (or `npm test`).
import { setFlagsFromString } from 'node:v8';

// Regular expressions compiled straight to machine code. V8 first compiles each one to bytecode,
// interprets it once, then compiles it again to machine code ("tier-up"); nearly every pattern
// here runs many times, so the bytecode pass is pure start-up cost (~50 ms of CPU for `analyze`;
// 100 ms for the times grammar alone when it is the first pattern to run). Matching is the
// same either way; this flag only changes when the compiler runs.
setFlagsFromString('--no-regexp-tier-up');
// Functions optimised by V8's top compiler (TurboFan) later: after ~30 times the work V8 waits by
// default (its "interrupt budget", 67,584 bytecode units). A command is a short process: by
// default ~110 functions are optimised during `analyze` of the example, on compiler threads whose
// CPU time costs more than the optimised code saves before the process ends. Measured (issue #16,
// bench/README.md `startup`): analyze of the example −15–20% CPU, of 60 ECB+ articles −25%,
// `read` of 772 articles −15%; flat between 1M and 8M. Output is the same either way; unlike GC
// flags, this one is safe to set after start (it is read whenever a budget is reset). Not for
// the processes that run for hours (serve, worker, a watching ingest): there the default budget
// pays back, and with this one `GET /api/stories` cost 3× the server CPU per request
// (bench stories-rps).
const LONG_RUNNING = new Set(['serve', 'worker']);
if (!LONG_RUNNING.has(process.argv[2]) && !process.argv.includes('--watch')) setFlagsFromString('--interrupt-budget=2000000');

/**
 * The compiled CLI module at `rel`; a checkout that was never built gets a one-line answer. (The
 * check is the import's own failure, not a file test: importing node:fs here would cost
 * `--help` a few milliseconds of start-up.)
 */
async function load(rel) {
  const url = new URL(rel, import.meta.url);
  try {
    return await import(url.href);
  } catch (e) {
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && e.url === url.href) {
      process.stderr.write('parallax: not built yet: run `npm run build` in the parallax folder first\n');
      process.exit(2);
    }
    throw e;
  }
}

// A reader that stops early (`parallax export … | head`) closes the pipe: that ends the output,
// it is not an error to report.
process.stdout.on('error', (e) => {
  if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw e;
});
// `parallax --help` and `--version` alone are answered without loading commander or any command
// (dist/src/cli/overview.js; issue #16's start-up budget).
const { answerOverview } = await load('../dist/src/cli/overview.js');
if (!answerOverview(process.argv)) {
  const { main } = await load('../dist/src/cli/main.js');
  main(process.argv).then(
    (code) => { process.exitCode = code; },
    (e) => { process.stderr.write(`parallax: internal error: ${e?.message ?? e}\n`); process.exitCode = 1; },
  );
}
