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
 * Only `analyze`, which reads files and writes one output at its end (other commands write
 * databases, serve or run long; they stay in one process). Signals the parent can catch are passed
 * on (the handlers are in place from spawn() on, so an early SIGTERM reaches the child too), the
 * child's exit code or signal becomes the parent's, and stdin, stdout and stderr are the same files.
 * A parent killed with SIGKILL (or by the OOM killer) cannot pass anything on: the child notices
 * that its parent changed (`parentWatch`, checked every 200 ms and before each write to stdout or
 * stderr) and exits with code 1, writing nothing more. A file named by `--out` whose writing had
 * already begun may be left partly written, as when a one-process run is killed at that moment.
 * Not done, and the CLI runs in this process as before: under another Node version than the
 * build's (flags are checked per version), with no v8-flags.json (the published package, a
 * tsc-only build), with `PARALLAX_BUNDLE=off` or `PARALLAX_V8_FLAGS=off` (exactly `off`), when
 * Node was started with a debugger or profiler option (on its command line or in NODE_OPTIONS),
 * or when the child cannot be started.
 */
async function flaggedChild() {
  const argv = process.argv;
  // STARTED_AS_CHILD, not IS_CHILD: a process a parallax parent started never starts another, whatever
  // flags it runs with. IS_CHILD also asks for `--no-regexp-tier-up`, so a v8-flags.json whose list
  // lacked that flag (a later build's choice) made each child start a child of its own, without end.
  if (argv[2] !== 'analyze' || STARTED_AS_CHILD || process.env.PARALLAX_V8_FLAGS === 'off' || process.env.PARALLAX_BUNDLE === 'off') return false;
  const tool = (a) => /^--(?:inspect|debug|prof|cpu-prof|heap-prof|perf)/.test(a);
  if (process.execArgv.some(tool) || (process.env.NODE_OPTIONS ?? '').split(/\s+/).some((a) => tool(a.replace(/^["']/, '')))) return false;
  const { readFileSync } = await import('node:fs');
  let rec;
  try {
    rec = JSON.parse(readFileSync(new URL('../dist/bundle/v8-flags.json', import.meta.url), 'utf8'));
  } catch {
    return false;
  }
  if (rec?.node !== process.version || !Array.isArray(rec.flags) || !rec.flags.every((f) => typeof f === 'string' && /^--[a-z-]+(?:=\d+)?$/.test(f))) return false;
  const { spawn } = await import('node:child_process');
  // PARALLAX_V8_CHILD carries this process's pid: the child's sign that it is the child, and the
  // parent it watches (parentWatch). NODE_EXTRA_CA_CERTS is left out: `analyze` makes no network
  // or TLS connection (it reads local files), and every Node that has it parses the bundle (~30 ms).
  const env = { ...process.env, PARALLAX_V8_CHILD: String(process.pid) };
  delete env.NODE_EXTRA_CA_CERTS;
  const child = spawn(process.execPath, [...process.execArgv, ...rec.flags, argv[1], ...argv.slice(2)], {
    stdio: 'inherit',
    env,
    windowsHide: true,
  });
  // Installed at once, not on 'spawn': a signal that comes before that event still reaches the child.
  const signals = process.platform === 'win32' ? [] : ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGQUIT'];
  const pass = (sig) => child.kill(sig);
  for (const sig of signals) process.on(sig, pass);
  const started = await new Promise((resolve) => {
    child.once('spawn', () => resolve(true));
    child.once('error', () => resolve(false));
  });
  if (!started) {
    for (const sig of signals) process.off(sig, pass);
    return false;
  }
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

/**
 * In the `analyze` child (see flaggedChild): exits with code 1, writing nothing more, once its
 * parent is gone (killed with SIGKILL, say: the child is then re-parented and process.ppid
 * changes). Checked every 200 ms by a timer that keeps nothing alive, and before every write to
 * stdout or stderr, since a long synchronous stretch of the analysis gives the timer no turn.
 */
function parentWatch(parent) {
  const gone = () => process.ppid !== parent;
  const quit = () => {
    // No 'exit' listeners either (the code-cache write of launch.ts): the run was abandoned.
    process.removeAllListeners('exit');
    process.exit(1);
  };
  if (gone()) quit();
  setInterval(() => { if (gone()) quit(); }, 200).unref();
  for (const stream of [process.stdout, process.stderr]) {
    const write = stream.write;
    stream.write = function (...args) {
      if (gone()) quit();
      return write.apply(this, args);
    };
  }
}

// Read once and removed, so that nothing the child starts inherits it. The child is also told by
// the flags in force (as src/cli/launch.ts and src/core/regex.ts tell them), so a stray variable
// left in some environment does not make an ordinary run watch a parent it never had (it only
// keeps that run's `analyze` in one process, as PARALLAX_V8_FLAGS=off does).
const PARENT = Number(process.env.PARALLAX_V8_CHILD);
const STARTED_AS_CHILD = Boolean(process.env.PARALLAX_V8_CHILD);
const IS_CHILD = STARTED_AS_CHILD && process.execArgv.includes('--no-regexp-tier-up');
delete process.env.PARALLAX_V8_CHILD;
if (IS_CHILD && Number.isInteger(PARENT) && PARENT > 0) parentWatch(PARENT);

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
