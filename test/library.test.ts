/**
 * The library as users get it: the documented examples (examples/library/*.mjs, imported by the
 * package's own name through its `exports`) run and print what docs/library.md says; and the
 * packed tarball installs into an empty folder, where its CLI runs, its library imports from a
 * script, and its type declarations check a TypeScript consumer.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { tempDir } from './helpers/corpus.js';

const ROOT = path.resolve('.');

function run(cmd: string, args: string[], cwd: string, timeoutMs = 240_000): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(cmd, args, { cwd, encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 << 20, env: { ...process.env, npm_config_update_notifier: 'false' } }, (err, stdout, stderr) => {
      resolve({ status: err ? (typeof (err as { code?: unknown }).code === 'number' ? ((err as { code: number }).code) : 1) : 0, stdout, stderr });
    });
  });
}

test('library examples run and print what docs/library.md says', async () => {
  const dossier = await run(process.execPath, ['examples/library/dossier.mjs'], ROOT);
  assert.equal(dossier.status, 0, dossier.stderr);
  assert.match(dossier.stdout, /^7 articles, \d+ facts, \d+ conflicts/m);
  assert.match(dossier.stdout, /^number: 12 \[.*\] vs At least 21 \[Nordwelle\]/m);
  assert.match(dossier.stdout, /^# Story dossier/m);

  const corpus = await run(process.execPath, ['examples/library/corpus.mjs'], ROOT);
  assert.equal(corpus.status, 0, corpus.stderr);
  assert.match(corpus.stdout, /^stored 7 new articles in 1 stories$/m);
  assert.match(corpus.stdout, /"warehouse" found in [1-9]\d* articles/);

  const match = await run(process.execPath, ['examples/library/match-extract.mjs'], ROOT);
  assert.equal(match.status, 0, match.stderr);
  assert.match(match.stdout, /^Ferry service resumes/m);
  assert.match(match.stdout, /^same \(/m);
  assert.match(match.stdout, /^different \(/m);
});

test('the library entry point exports the documented API', async () => {
  const lib = await import('../src/index.js');
  for (const name of ['readArticles', 'articleFromRecord', 'annotate', 'analyze', 'analyzeInputs', 'renderDossier', 'renderHtmlReport', 'extractArticle', 'matchSentences', 'clusterBatch', 'StoryClusterer', 'openStore', 'ingestCorpus', 'OutletDirectory', 'coverageByGroup', 'withOutletDirectory']) {
    assert.equal(typeof (lib as Record<string, unknown>)[name], 'function', `${name} is exported`);
  }
  const a = lib.articleFromRecord({ text: 'The harbour authority said on Tuesday that the fire was under control.', outlet: 'Example Post', published: '2026-02-03' });
  const b = lib.articleFromRecord({ text: 'The fire at the harbour was under control on Tuesday, the authority said.', outlet: 'Other Daily', published: '2026-02-03' }, { id: 'a2' });
  const outlets = new lib.OutletDirectory([{ key: 'Example Post', info: { name: 'Example Post', attributes: { country: 'Examplia' } } }]);
  const { dossier } = lib.analyze([a, b], { outlets });
  assert.equal(dossier.articles.length, 2);
  assert.deepEqual(dossier.outlets.map((o) => [o.name, o.attributes.country ?? null]), [['Example Post', 'Examplia'], ['Other Daily', null]]);
  assert.deepEqual(lib.coverageByGroup(dossier, 'country').groups.map((g) => g.value), ['Examplia', null]);
  assert.throws(() => lib.articleFromRecord({ text: '   ' }, { source: 'empty-record' }), /empty-record/);
});

/** Errors that mean the npm registry cannot be reached from here (not a defect of the package). */
const OFFLINE = /ENOTFOUND|EAI_AGAIN|ENOTCACHED|ECONNREFUSED|ETIMEDOUT|ENETUNREACH/;

test('the packed tarball installs into an empty folder: CLI, library import and types work', { timeout: 300_000 }, async (t) => {
  const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { name: string; scripts: Record<string, string>; files: string[] };
  const dir = tempDir();
  t.after(() => rmSync(dir, { recursive: true, force: true }));
  // Stage the package as `npm pack` would see it, and build it there with the exact prepack
  // command plus --outDir, so that the dist/ the other tests run from is never rewritten under them.
  const stage = path.join(dir, 'stage');
  mkdirSync(stage);
  for (const f of ['package.json', 'README.md', 'LICENSE', 'bin', 'examples', 'data']) {
    if (existsSync(path.join(ROOT, f))) cpSync(path.join(ROOT, f), path.join(stage, f), { recursive: true });
  }
  assert.match(pkg.scripts.prepack, /^tsc -p tsconfig\.build\.json$/, 'prepack builds the package build');
  assert.equal(pkg.scripts.prepare, undefined, 'nothing compiles on the installing machine');
  execFileSync(process.execPath, [path.join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', path.join(ROOT, 'tsconfig.build.json'), '--outDir', path.join(stage, 'dist')], { cwd: ROOT, stdio: 'pipe' });
  const packed = await run('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir], stage);
  assert.equal(packed.status, 0, packed.stderr);
  const info = JSON.parse(packed.stdout)[0] as { filename: string; files: Array<{ path: string }> };
  const files = info.files.map((f) => f.path);
  assert.ok(files.includes('LICENSE'), 'LICENSE is packed');
  assert.ok(files.includes('dist/src/index.js') && files.includes('dist/src/index.d.ts'), 'library and its types are packed');
  assert.ok(files.includes('dist/src/cli/main.js'), 'the CLI is packed');
  assert.deepEqual(files.filter((f) => /^dist\/(test|bench)\//.test(f) || /\.test\.js$/.test(f)), [], 'no tests or benchmarks in the package');

  const app = path.join(dir, 'app');
  mkdirSync(app);
  writeFileSync(path.join(app, 'package.json'), JSON.stringify({ name: 'consumer', version: '1.0.0', private: true, type: 'module' }));
  // Install scripts are skipped: the only one is better-sqlite3's native build (a minute of
  // compiling, npm's business, not the package's). The build this checkout already made of the
  // same version is copied in instead, so the installed CLI and library still open SQLite.
  const install = await run('npm', ['install', path.join(dir, info.filename), '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app, 480_000);
  if (install.status !== 0 && OFFLINE.test(install.stderr)) {
    t.skip('the npm registry is not reachable from here, so the packed tarball cannot be installed');
    return;
  }
  assert.equal(install.status, 0, install.stderr);
  const sqliteVersion = (p: string): string => (JSON.parse(readFileSync(path.join(p, 'node_modules/better-sqlite3/package.json'), 'utf8')) as { version: string }).version;
  assert.equal(sqliteVersion(app), sqliteVersion(ROOT), 'the lock file and the package agree on better-sqlite3');
  cpSync(path.join(ROOT, 'node_modules/better-sqlite3/build'), path.join(app, 'node_modules/better-sqlite3/build'), { recursive: true });
  writeFileSync(path.join(app, 'corpus.mjs'), [
    `import { openStore, ingestCorpus } from '${pkg.name}';`,
    `const store = await openStore('corpus.db');`,
    `const s = await ingestCorpus(store, ['node_modules/${pkg.name}/examples/harbour-fire']);`,
    `console.log(s.new, (await store.listStories()).length); await store.close();`,
  ].join('\n'));
  const corpus = await run(process.execPath, ['corpus.mjs'], app);
  assert.equal(corpus.status, 0, corpus.stderr);
  assert.equal(corpus.stdout.trim(), '7 1');

  const cli = await run(path.join(app, 'node_modules/.bin/parallax'), ['analyze', `node_modules/${pkg.name}/examples/harbour-fire`, '--format', 'json'], app);
  assert.equal(cli.status, 0, cli.stderr);
  assert.equal((JSON.parse(cli.stdout) as { articles: unknown[] }).articles.length, 7);

  writeFileSync(path.join(app, 'use.mjs'), [
    `import { analyzeInputs, matchSentences } from '${pkg.name}';`,
    `const { dossier } = await analyzeInputs(['node_modules/${pkg.name}/examples/harbour-fire']);`,
    `console.log(dossier.articles.length, matchSentences([['a fire broke out', 'a fire started']]).length);`,
  ].join('\n'));
  const use = await run(process.execPath, ['use.mjs'], app);
  assert.equal(use.status, 0, use.stderr);
  assert.equal(use.stdout.trim(), '7 1');
  // An installed example runs against the installed package (the self-import resolves there too).
  const example = await run(process.execPath, [`node_modules/${pkg.name}/examples/library/match-extract.mjs`], app);
  assert.equal(example.status, 0, example.stderr);

  // The declarations type a consumer: a wrong use fails to compile, a right one passes.
  writeFileSync(path.join(app, 'tsconfig.json'), JSON.stringify({ compilerOptions: { module: 'NodeNext', moduleResolution: 'NodeNext', target: 'ES2022', strict: true, noEmit: true, skipLibCheck: true, types: [] }, files: ['ok.ts'] }));
  writeFileSync(path.join(app, 'ok.ts'), `import { analyze, articleFromRecord, type Dossier } from '${pkg.name}';\nconst d: Dossier = analyze([articleFromRecord({ text: 'x y z' })]).dossier;\nexport const n: number = d.conflicts.length;\n`);
  const tsc = path.join(ROOT, 'node_modules/typescript/bin/tsc');
  const ok = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
  assert.equal(ok.status, 0, ok.stdout + ok.stderr);
  writeFileSync(path.join(app, 'ok.ts'), `import { analyze } from '${pkg.name}';\nexport const n: string = analyze([]).dossier.conflicts.length;\n`);
  const bad = await run(process.execPath, [tsc, '-p', 'tsconfig.json'], app);
  assert.notEqual(bad.status, 0, 'a type error in the consumer is caught by the declarations');
  assert.ok(readdirSync(path.join(app, 'node_modules', pkg.name, 'dist', 'src')).includes('index.d.ts'));
});
