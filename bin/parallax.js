#!/usr/bin/env node
// Entry point of the `parallax` command: runs the compiled CLI. The published package ships dist/
// (built by `prepack`); a git checkout builds it with `npm run build` (or `npm test`).
// No V8 flag is changed at run time. Sessions 5 and 6 set two here (`--no-regexp-tier-up`,
// a raised `--interrupt-budget`) for 15–20% less start-up CPU; Node's documentation warns that
// changing V8 settings after the VM has started may crash it, and CI then saw CLI children die
// with SIGSEGV (about one run in two, in a different test each time). A crash can lose work, so
// start-up speed has to come from elsewhere (issue #16). What is done instead, for `analyze`
// only, is to start a second Node with flags given the ordinary way, on its command line (below).

/**
 * `analyze` runs in a child Node started with the V8 flags of dist/bundle/v8-flags.json, written
 * by the build (scripts/bundle.mjs), which ran its own warm-up `analyze` through this path with
 * them: `--no-regexp-tier-up` (each pattern compiled once, to machine code, instead of first to
 * bytecode and again on its second use), a smaller inlining budget for the optimising compiler and
 * a larger interrupt budget (functions are optimised later: in a run of a few seconds most of
 * that work came too late to pay back). Measured on the example: ~230 ms less CPU in the child, of
 * which starting the second process takes back ~25 ms (~55 ms where NODE_EXTRA_CA_CERTS makes
 * every Node parse a certificate bundle); scripts/bundle.mjs gives the figures per flag.
 * Flags given at start are ordinary Node usage; they change how V8 compiles, never what the code
 * computes (outputs are byte-identical; test/speed-startup.test.ts).
 *
 * Only where it is safe to be a second process: `analyze` reads files and writes to stdout, so a
 * parent killed with SIGKILL leaves nothing half-written (other commands write databases, serve or
 * run long; they stay in one process). Signals the parent can catch are passed on, the child's
 * exit code or signal becomes the parent's, and stdin, stdout and stderr are the same files.
 * Not done, and the CLI runs in this process as before: under another Node version than the
 * build's (flags are checked per version), with no v8-flags.json (the published package, a
 * tsc-only build), with `PARALLAX_BUNDLE=off` or `PARALLAX_V8_FLAGS=off`, when Node was started
 * with a debugger or profiler option, or when the child cannot be started.
 */
async function flaggedChild() {
  const argv = process.argv;
  if (argv[2] !== 'analyze' || process.env.PARALLAX_V8_CHILD || process.env.PARALLAX_V8_FLAGS === 'off' || process.env.PARALLAX_BUNDLE === 'off') return false;
  if (process.execArgv.some((a) => /^--(?:inspect|debug|prof|cpu-prof|heap-prof|perf)/.test(a))) return false;
  const { readFileSync } = await import('node:fs');
  let rec;
  try {
    rec = JSON.parse(readFileSync(new URL('../dist/bundle/v8-flags.json', import.meta.url), 'utf8'));
  } catch {
    return false;
  }
  if (rec?.node !== process.version || !Array.isArray(rec.flags) || !rec.flags.every((f) => typeof f === 'string' && /^--[a-z-]+(?:=\d+)?$/.test(f))) return false;
  const { spawn } = await import('node:child_process');
  const child = spawn(process.execPath, [...process.execArgv, ...rec.flags, argv[1], ...argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, PARALLAX_V8_CHILD: '1' },
  });
  const started = await new Promise((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!started) return false;
  const signals = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
  const pass = (sig) => child.kill(sig);
  if (process.platform !== 'win32') for (const sig of signals) process.on(sig, pass);
  child.once('exit', (code, signal) => {
    if (signal) {
      for (const sig of signals) process.off(sig, pass);
      process.kill(process.pid, signal);
      return;
    }
    process.exit(code ?? 1);
  });
  return true;
}

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
if (!(await flaggedChild())) {
  const { answerOverview } = await load('../dist/src/cli/overview.js');
  if (!answerOverview(process.argv)) {
    // The bundle with its code cache when it is fresh (dist/src/cli/launch.js, issue #16), else
    // the modules themselves.
    const { bundledMain } = await load('../dist/src/cli/launch.js');
    const main = bundledMain() ?? (await load('../dist/src/cli/main.js')).main;
    main(process.argv).then(
      (code) => { process.exitCode = code; },
      (e) => { process.stderr.write(`parallax: internal error: ${e?.message ?? e}\n`); process.exitCode = 1; },
    );
  }
}
