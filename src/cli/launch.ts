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
 * and rejects it when either changed (another Node, say); such a run then writes a new one at exit,
 * atomically (a temporary file renamed), and quietly leaves the old one where the folder is not
 * writable. A cache only ever saves compiling: a rejected or missing one costs time, never output.
 */
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
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
const INPUTS = path.join(DIST, 'bundle', 'inputs.json');

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

/** Writes the script's code cache beside the bundle; a folder that cannot be written is left as it is. */
function writeCache(script: vm.Script): void {
  const tmp = `${CACHE}.${process.pid}.tmp`;
  try {
    writeFileSync(tmp, script.createCachedData());
    renameSync(tmp, CACHE);
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
  const cachedData = readOrNull(CACHE);
  // The CommonJS wrapper, plus the two names the bundle step substitutes: `__moduleUrl` for each
  // module's `import.meta.url`, `__import` for a dynamic import of an external package.
  const wrapped = `(function (exports, require, module, __filename, __dirname, __moduleUrl, __import) {${source.toString('utf8')}\n})`;
  const script = new vm.Script(wrapped, { filename: BUNDLE, cachedData });
  if (!cachedData || script.cachedDataRejected || mode === 'build') process.once('exit', () => writeCache(script));
  const module = { exports: {} as { main?: Main } };
  const moduleUrl = (rel: string): string => pathToFileURL(path.join(DIST, rel)).href;
  const dynamicImport = (specifier: string): Promise<unknown> => import(specifier);
  (script.runInThisContext() as (...args: unknown[]) => void)(module.exports, createRequire(BUNDLE), module, BUNDLE, path.dirname(BUNDLE), moduleUrl, dynamicImport);
  const { main } = module.exports;
  if (typeof main !== 'function') throw new Error(`${BUNDLE} exports no main`);
  return main;
}
