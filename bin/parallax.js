#!/usr/bin/env node
// Entry point of the `parallax` command: runs the compiled CLI. The published package ships dist/
// (built by `prepack`); a git checkout builds it with `npm run build` (or `npm test`).
// No V8 flag is changed at run time. Sessions 5 and 6 set two here (`--no-regexp-tier-up`,
// a raised `--interrupt-budget`) for 15–20% less start-up CPU; Node's documentation warns that
// changing V8 settings after the VM has started may crash it, and CI then saw CLI children die
// with SIGSEGV (about one run in two, in a different test each time). A crash can lose work, so
// start-up speed has to come from elsewhere (issue #16).

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
  // The bundle with its code cache when it is fresh (dist/src/cli/launch.js, issue #16), else the
  // modules themselves.
  const { bundledMain } = await load('../dist/src/cli/launch.js');
  const main = bundledMain() ?? (await load('../dist/src/cli/main.js')).main;
  main(process.argv).then(
    (code) => { process.exitCode = code; },
    (e) => { process.stderr.write(`parallax: internal error: ${e?.message ?? e}\n`); process.exitCode = 1; },
  );
}
