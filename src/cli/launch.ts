/**
 * Start-up of the CLI from its bundle (issue #16): bin/parallax.js asks `bundledMain()` for the
 * CLI's `main`, compiled from dist/bundle/parallax.cjs (made by scripts/bundle.mjs at build time)
 * with V8's code cache beside it, dist/bundle/parallax.cjs.cache. With the cache V8 neither parses
 * the CLI's ~100 modules nor compiles the functions a run needs: they come back as bytecode.
 *
 * The bundle is the same JavaScript as dist/src (esbuild concatenates what tsc emitted), so a run
 * computes exactly what the modules compute. It is used only when it is fresh: every file it was
 * made from (of dist/ and of the bundled packages) still has the size and mtime recorded in
 * dist/bundle/inputs.json (a `tsc` without the bundle step leaves it stale); otherwise, or with no bundle at all (the published
 * package ships dist/src only), `bundledMain()` answers null and the caller imports
 * dist/src/cli/main.js as before. `PARALLAX_BUNDLE=off` does the same on purpose and
 * `PARALLAX_BUNDLE=on` refuses a missing or stale bundle (a test compares the two);
 * `PARALLAX_BUNDLE=build` (the build's own warm-up runs) is `on` and always writes the code cache
 * at exit.
 *
 * `analyze` may run in a child Node started with V8 flags (bin/parallax.js); it has its own cache
 * file, `parallax.cjs.v8-flags.cache`.
 *
 * The cache is V8's own: V8 checks it against the script's source and its own version and flags,
 * and rejects it when either changed (another Node, or other V8 flags in NODE_OPTIONS, say); such a
 * run then writes a cache of its own at exit, beside the build's and named by its options
 * (OWN_CACHE), atomically (a temporary file renamed), and quietly writes nothing where the folder
 * is not writable. A cache only ever saves compiling: a rejected or missing one costs time, never
 * output.
 */
import { readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import vm from 'node:vm';

export type Main = (argv: string[]) => Promise<number>;

const DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ROOT = path.dirname(DIST);
const BUNDLE = path.join(DIST, 'bundle', 'parallax.cjs');
/**
 * V8 accepts a code cache only under the flags it was made with, so the `analyze` child that
 * bin/parallax.js starts with the V8 flags of dist/bundle/v8-flags.json keeps its own cache; one
 * file for both would be rejected and rewritten by every other run. Chosen by the flags in force
 * (the first of them, as core/regex.ts tells it), not by an environment variable that anything
 * a run starts would inherit.
 */
const CACHE = process.execArgv.includes('--no-regexp-tier-up') ? `${BUNDLE}.v8-flags.cache` : `${BUNDLE}.cache`;
/**
 * The cache of a run whose Node options differ from the build's: V8 also rejects a cache made
 * under other V8 flags than the run's (`NODE_OPTIONS=--max-old-space-size=4096`, say), and such a
 * run's replacement used to go over the build's file — one run then left a cache of only its own
 * command's functions (a `read`: half the size), under flags that the next ordinary run rejects in
 * turn, so neither kind of run kept the build's cache. The replacement goes instead to a file of
 * its own, named by a hash of what can change V8's flags or version (Node's version, the command
 * line's options, NODE_OPTIONS), and a run whose options have such a file uses it. The build's
 * file is written only by the build (`PARALLAX_BUNDLE=build`) or where there is none.
 */
const OWN_CACHE = ownCacheFile(CACHE, process.execArgv, process.env.NODE_OPTIONS);

/**
 * The code cache file of runs with these Node options, beside the build's `cache` (see OWN_CACHE).
 * The name is a 32-bit FNV-1a hash of the options: two sets of options that share a name only
 * share a file, whose cache V8 then rejects for one of them (a cache costs time, never output).
 * No node:crypto: start-up would load it for this alone.
 */
export function ownCacheFile(cache: string, execArgv: readonly string[], nodeOptions: string | undefined): string {
  const text = JSON.stringify([process.version, execArgv, nodeOptions ?? '']);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return `${cache.slice(0, -'.cache'.length)}.${(h >>> 0).toString(16).padStart(8, '0')}.cache`;
}
const INPUTS = path.join(DIST, 'bundle', 'inputs.json');
/**
 * How many runs' own caches (OWN_CACHE, 1.5–3 MB each) are kept: the most recently written. A name
 * is a hash of the options, so options that change at every run (a preloaded hook in a fresh
 * temporary folder, under NODE_OPTIONS with a V8 flag: a test suite's runs) would otherwise leave
 * one file each. Four covers a few shells or scripts with their own flags, with and without the
 * analyze child's.
 */
const OWN_CACHES_KEPT = 4;

/**
 * Removes all but the `keep` most recently written own caches (`parallax.cjs.<8 hex>.cache`, also
 * the analyze child's `parallax.cjs.v8-flags.<8 hex>.cache`) in `dir`; the build's files are never
 * touched. Anything that fails is left as it is: the next run with those options compiles afresh.
 */
export function pruneOwnCaches(dir: string, keep: number): void {
  try {
    const own = readdirSync(dir)
      .filter((f) => /^parallax\.cjs\.(?:v8-flags\.)?[0-9a-f]{8}\.cache$/.test(f))
      .map((f) => ({ file: path.join(dir, f), mtimeMs: statSync(path.join(dir, f), { throwIfNoEntry: false })?.mtimeMs ?? 0 }))
      .sort((a, b) => b.mtimeMs - a.mtimeMs || (a.file < b.file ? -1 : 1));
    for (const { file } of own.slice(keep)) rmSync(file, { force: true });
  } catch {
    // A folder that cannot be read or written: nothing to prune.
  }
}

/**
 * Whether every file a bundle was made from is unchanged since: `inputsFile` lists them as
 * [path relative to `dir`, size, mtimeMs] (scripts/bundle.mjs writes it). Stat only, no reading:
 * ~340 files cost a millisecond or two.
 */
export function inputsUnchanged(inputsFile: string, dir: string): boolean {
  let inputs: Array<[string, number, number]>;
  try {
    inputs = JSON.parse(readFileSync(inputsFile, 'utf8'));
  } catch {
    return false;
  }
  for (const [rel, size, mtimeMs] of inputs) {
    const st = statSync(path.join(dir, rel), { throwIfNoEntry: false });
    if (!st || st.size !== size || st.mtimeMs !== mtimeMs) return false;
  }
  return inputs.length > 0;
}

function readOrNull(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Writes the script's code cache to `file`; a folder that cannot be written is left as it is. */
function writeCache(script: vm.Script, file: string): void {
  const tmp = `${file}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, file);
  } catch {
    // Read-only installation or a full disk: the next run compiles without a cache, as now.
    try {
      rmSync(tmp, { force: true });
    } catch {
      // Nothing more to do at exit.
    }
  }
}

/** The CLI's `main` from the fresh bundle, or null when the modules of dist/src should run instead. */
export function bundledMain(): Main | null {
  const mode = process.env.PARALLAX_BUNDLE;
  if (mode === 'off') return null;
  const source = readOrNull(BUNDLE);
  if (!source || !inputsUnchanged(INPUTS, ROOT)) {
    if (mode === 'on' || mode === 'build') throw new Error(`no fresh bundle at ${BUNDLE}: run \`npm run build\``);
    return null;
  }
  // This run's own cache when an earlier run with the same options made one (OWN_CACHE), else the build's.
  const own = mode === 'build' ? undefined : readOrNull(OWN_CACHE);
  const buildCache = own ? undefined : readOrNull(CACHE);
  const cachedData = own ?? buildCache;
  // The CommonJS wrapper, plus the two names the bundle step substitutes: `__moduleUrl` for each
  // module's `import.meta.url`, `__import` for a dynamic import of an external package.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __moduleUrl, __import) {${source.toString('utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData });
  if (mode === 'build' || (!own && !buildCache)) process.once('exit', () => writeCache(script, CACHE));
  else if (script.cachedDataRejected) {
    process.once('exit', () => {
      writeCache(script, OWN_CACHE);
      pruneOwnCaches(path.dirname(CACHE), OWN_CACHES_KEPT);
    });
  }
  const module = { exports: {} as { main?: Main } };
  const moduleUrl = (rel: string): string => pathToFileURL(path.join(DIST, rel)).href;
  const dynamicImport = (specifier: string): Promise<unknown> => import(specifier);
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE), moduleUrl, dynamicImport);
  const { main } = module.exports;
  if (typeof main !== 'function') throw new Error(`${BUNDLE} exports no main`);
  return main;
}
