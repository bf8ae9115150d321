/**
 * Start-up work of issue #16 that a byte-identical output cannot show: what the CLI compiles and
 * loads on the way. No test here times anything; each checks the mechanism that saves the time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inputsUnchanged, ownCacheFile, pruneOwnCaches } from '../src/cli/launch.js';

const BIN = path.resolve('bin/parallax.js');
const BUNDLE_INPUTS = path.resolve('dist/bundle/inputs.json');

/** Whether the build recorded V8 flags for this Node (the analyze child runs only then). */
function flagsRecorded(): boolean {
  const flagsFile = path.resolve('dist/bundle/v8-flags.json');
  return existsSync(flagsFile) && JSON.parse(readFileSync(flagsFile, 'utf8')).node === process.version;
}

test('compiledOnce warms one encoding and the other then compiles straight to machine code', () => {
  // core/regex.ts warms a pattern on one long one-byte subject only, relying on V8 marking the
  // pattern itself for machine code: a later short two-byte subject (a sentence of a text with a
  // curly quote) must then compile no bytecode. Should a later V8 keep that mark per encoding,
  // this fails, and compiledOnce should warm a two-byte subject too.
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-startup-'));
  const script = path.join(dir, 'tier.mjs');
  writeFileSync(
    script,
    `import { compiledOnce } from ${JSON.stringify(pathToFileURL(path.resolve('dist/src/core/regex.js')).href)};\n` +
      `const re = compiledOnce(new RegExp('(?:^|[^\\\\p{L}])(Wren|Quill)(?![\\\\p{L}])', 'u'));\n` +
      `console.log('--- warmed');\n` +
      `for (const s of ['Ada Quill’s ferry', 'Ada Quill’s ferry', 'Wren said “no”']) re.exec(s);\n` +
      `console.log('--- used');\n`,
  );
  const run = spawnSync(process.execPath, ['--trace-regexp-tier-up', script], { encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const after = run.stdout.slice(run.stdout.indexOf('--- warmed'), run.stdout.indexOf('--- used'));
  assert.match(after, /native code size/, 'the two-byte subjects compiled the pattern to machine code');
  assert.doesNotMatch(after, /bytecode size/, 'no bytecode after the warm-up');
});

test('the bundle parses an HTML page with its own copy of htmlparser2, printing what the modules print', (t) => {
  if (!existsSync(BUNDLE_INPUTS) || !inputsUnchanged(BUNDLE_INPUTS, path.resolve('.'))) {
    t.skip('no fresh bundle: `npm run build` makes it (a plain tsc leaves it stale)');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-startup-'));
  const page = path.join(dir, 'page.html');
  writeFileSync(
    page,
    '<!doctype html><html lang="en"><head><title>Rennet Bridge to reopen | The Quill Gazette</title></head><body>' +
      '<nav><a href="/">Home</a></nav><article><h1>Rennet Bridge to reopen</h1>' +
      '<p>Mayor Ada Quill said on Monday that the Rennet Bridge will reopen on 4 May after repairs costing $3 million.</p>' +
      '<p>“We are nearly there,” Quill told reporters at the riverside depot, where crews worked through the weekend.</p>' +
      '<p>The bridge carried 12,000 vehicles a day before it closed in January.</p></article></body></html>\n',
  );
  // A preloaded hook lists, at exit, every htmlparser2 file Node's require loaded from node_modules.
  const hook = path.join(dir, 'hook.mjs');
  writeFileSync(
    hook,
    "import { createRequire } from 'node:module';\nconst require = createRequire(import.meta.url);\n" +
      "process.on('exit', () => { process.stderr.write('loaded: ' + Object.keys(require.cache).filter((f) => f.includes('htmlparser2')).length + '\\n'); });\n",
  );
  const args = [BIN, 'read', page, '--format', 'json'];
  const bundled = spawnSync(process.execPath, ['--import', hook, ...args], { encoding: 'utf8', env: { ...process.env, PARALLAX_BUNDLE: 'on' } });
  const modules = spawnSync(process.execPath, ['--import', hook, ...args], { encoding: 'utf8', env: { ...process.env, PARALLAX_BUNDLE: 'off' } });
  assert.equal(bundled.status, 0, bundled.stderr);
  assert.match(bundled.stdout, /Rennet Bridge will reopen/);
  assert.equal(bundled.stdout, modules.stdout);
  assert.match(modules.stderr, /loaded: [1-9]/, 'the modules load htmlparser2 from node_modules');
  assert.match(bundled.stderr, /loaded: 0\n/, 'the bundle loads none of its files from node_modules');
});

test('analyze in the child Node with V8 flags prints what one process prints, exit codes included', (t) => {
  if (!flagsRecorded()) {
    t.skip('no V8 flags recorded for this Node (`npm run build` records them)');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-startup-'));
  writeFileSync(path.join(dir, 'a.txt'), 'Ferry operator Wrenline said on Tuesday that 41 passengers were rescued after the Gull Rock ferry ran aground.\n');
  writeFileSync(path.join(dir, 'b.txt'), 'The Gull Rock ferry ran aground on Tuesday; the coastguard said 44 passengers were rescued, Wrenline confirmed.\n');
  // A preloaded hook (which the parent passes on to its child) counts the Node processes.
  const hook = path.join(dir, 'count.mjs');
  const count = path.join(dir, 'count.txt');
  writeFileSync(hook, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(count)}, 'p\\n');\n`);
  const runs: Array<string[]> = [
    ['analyze', path.join(dir, 'a.txt'), path.join(dir, 'b.txt'), '--format', 'json'],
    ['analyze', path.resolve('examples/harbour-fire')],
    ['analyze', path.join(dir, 'missing.txt')],
  ];
  for (const args of runs) {
    const procs = (env: Record<string, string>): [ReturnType<typeof spawnSync>, number] => {
      writeFileSync(count, '');
      const r = spawnSync(process.execPath, ['--import', hook, BIN, ...args], { encoding: 'utf8', env: { ...process.env, ...env }, maxBuffer: 64 << 20 });
      return [r, readFileSync(count, 'utf8').length / 2];
    };
    const [child, two] = procs({});
    const [one, single] = procs({ PARALLAX_V8_FLAGS: 'off' });
    assert.equal(two, 2, `${args.join(' ')}: a child process`);
    assert.equal(single, 1, `${args.join(' ')}: one process`);
    assert.equal(child.status, one.status, args.join(' '));
    assert.equal(child.stdout, one.stdout, args.join(' '));
    assert.equal(child.stderr, one.stderr, args.join(' '));
  }
});

test('an analyze child never starts another, whatever flags the build recorded', (t) => {
  if (process.platform === 'win32' || !flagsRecorded()) {
    t.skip('no V8 flags recorded for this Node (`npm run build` records them), or Windows: no child to test');
    return;
  }
  // A copy of the CLI (bin/parallax.js, dist/src, package.json; node_modules and data by symbolic
  // links) whose dist/bundle holds only a v8-flags.json listing a harmless flag but not
  // `--no-regexp-tier-up` (by which a child tells it runs with the flags). A copy, not links to
  // this checkout's dist: with no bundle beside it the run uses the modules, and so cannot replace
  // this build's code cache with one made under other flags. Without the guard each child started
  // a child of its own.
  const root = mkdtempSync(path.join(tmpdir(), 'plx-startup-'));
  mkdirSync(path.join(root, 'bin'));
  mkdirSync(path.join(root, 'dist', 'bundle'), { recursive: true });
  copyFileSync(BIN, path.join(root, 'bin', 'parallax.js'));
  copyFileSync(path.resolve('package.json'), path.join(root, 'package.json'));
  cpSync(path.resolve('dist/src'), path.join(root, 'dist', 'src'), { recursive: true });
  symlinkSync(path.resolve('node_modules'), path.join(root, 'node_modules'), 'dir');
  symlinkSync(path.resolve('data'), path.join(root, 'data'), 'dir');
  writeFileSync(path.join(root, 'dist', 'bundle', 'v8-flags.json'), JSON.stringify({ node: process.version, flags: ['--max-lazy'] }));
  writeFileSync(path.join(root, 'a.txt'), 'Ferry operator Wrenline said on Tuesday that 41 passengers were rescued after the Gull Rock ferry ran aground.\n');
  // A preloaded hook (passed on to every child) counts the Node processes and, should a chain
  // start, ends the fourth at once: a failing test must not fill the machine with processes.
  const hook = path.join(root, 'count.mjs');
  const count = path.join(root, 'count.txt');
  writeFileSync(
    hook,
    `import { appendFileSync, readFileSync } from 'node:fs';\n` +
      `if (readFileSync(${JSON.stringify(count)}, 'utf8').length >= 6) process.exit(97);\n` +
      `appendFileSync(${JSON.stringify(count)}, 'p\\n');\n`,
  );
  writeFileSync(count, '');
  const caches = () => ['parallax.cjs.cache', 'parallax.cjs.v8-flags.cache'].map((f) => `${f} ${statSync(path.resolve('dist/bundle', f), { throwIfNoEntry: false })?.mtimeMs}`);
  const before = caches();
  const r = spawnSync(process.execPath, ['--import', hook, path.join(root, 'bin', 'parallax.js'), 'analyze', path.join(root, 'a.txt')], { encoding: 'utf8', timeout: 60000 });
  assert.equal(readFileSync(count, 'utf8').length / 2, 2, 'the parent and one child');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /Wrenline/);
  assert.deepEqual(caches(), before, "this build's code caches are left as they were");
});

test("a run under other V8 flags keeps its code cache apart from the build's", (t) => {
  if (!existsSync(BUNDLE_INPUTS) || !inputsUnchanged(BUNDLE_INPUTS, path.resolve('.'))) {
    t.skip('no fresh bundle: `npm run build` makes it (a plain tsc leaves it stale)');
    return;
  }
  // V8 rejects a cache made under other V8 flags; such a run's replacement must not go over the
  // build's cache (which holds every function of the build's warm-up runs), but to a file named
  // by its options, which the next run with the same options then uses as it is.
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-startup-'));
  writeFileSync(path.join(dir, 'a.txt'), 'Ferry operator Wrenline said on Tuesday that 41 passengers were rescued after the Gull Rock ferry ran aground.\n');
  const buildCache = path.resolve('dist/bundle/parallax.cjs.cache');
  const flags = ['--max-lazy'];
  const own = ownCacheFile(buildCache, flags, process.env.NODE_OPTIONS);
  rmSync(own, { force: true });
  const stamp = (f: string) => {
    const st = statSync(f, { throwIfNoEntry: false });
    return st ? `${st.size} ${st.mtimeMs}` : 'none';
  };
  const before = stamp(buildCache);
  try {
    const run = () => spawnSync(process.execPath, [...flags, BIN, 'read', path.join(dir, 'a.txt'), '--format', 'json'], { encoding: 'utf8', env: { ...process.env, PARALLAX_BUNDLE: 'on' } });
    const first = run();
    assert.equal(first.status, 0, first.stderr);
    assert.equal(stamp(buildCache), before, "the build's cache is left as it was");
    const made = stamp(own);
    assert.notEqual(made, 'none', 'the run wrote a cache of its own');
    const second = run();
    assert.equal(second.status, 0, second.stderr);
    assert.equal(second.stdout, first.stdout);
    assert.equal(stamp(own), made, 'the next run with the same options used it as it was');
    assert.equal(stamp(buildCache), before);
  } finally {
    rmSync(own, { force: true });
  }
});

test("only the four most recent runs' own code caches are kept, never the build's", () => {
  // Invented files: the build's two caches and six own caches written a second apart.
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-startup-'));
  const build = ['parallax.cjs.cache', 'parallax.cjs.v8-flags.cache'];
  for (const f of build) writeFileSync(path.join(dir, f), 'x');
  const own = ['0000000a', '0000000b', '0000000c', 'v8-flags.0000000d', '0000000e', '0000000f'].map((k) => `parallax.cjs.${k}.cache`);
  own.forEach((f, i) => {
    writeFileSync(path.join(dir, f), 'x');
    const t = new Date(Date.UTC(2026, 0, 1, 0, 0, i));
    utimesSync(path.join(dir, f), t, t);
  });
  pruneOwnCaches(dir, 4);
  assert.deepEqual(readdirSync(dir).sort(), [...build, ...own.slice(2)].sort());
});

test('the analyze child exits, writing nothing, when its parent is killed with SIGKILL', async (t) => {
  if (process.platform === 'win32' || !flagsRecorded()) {
    t.skip('no V8 flags recorded for this Node (`npm run build` records them), or Windows: no child to test');
    return;
  }
  // A larger input (the example's articles four times over) so the child is still working when
  // its parent is killed; a preloaded hook records each process's pid.
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-startup-'));
  const example = path.resolve('examples/harbour-fire');
  for (const name of readdirSync(example)) {
    for (let i = 0; i < 4; i++) writeFileSync(path.join(dir, `${i}-${name}`), readFileSync(path.join(example, name)));
  }
  // Outside the analysed folder (a warning about them on stderr would be output).
  const aside = mkdtempSync(path.join(tmpdir(), 'plx-startup-'));
  const pids = path.join(aside, 'pids.txt');
  const hook = path.join(aside, 'pid.mjs');
  writeFileSync(hook, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(pids)}, process.pid + '\\n');\n`);
  writeFileSync(pids, '');
  const parent = spawn(process.execPath, ['--import', hook, BIN, 'analyze', dir], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  parent.stdout.on('data', (d: Buffer) => (out += d.toString()));
  parent.stderr.on('data', (d: Buffer) => (out += d.toString()));
  const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
  let childPid = 0;
  for (let i = 0; i < 500 && !childPid; i++) {
    await sleep(10);
    const lines = readFileSync(pids, 'utf8').split('\n').filter(Boolean);
    if (lines.length >= 2) childPid = Number(lines[1]);
  }
  assert.ok(childPid > 0, 'the child started');
  await sleep(150); // into the child's work
  const alive = (pid: number): boolean => {
    try {
      process.kill(pid, 0);
    } catch {
      return false;
    }
    // An exited child that nobody has reaped yet (no init in a container) counts as gone.
    try {
      return !/^\d+ \(.*\) Z/.test(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    } catch {
      return true;
    }
  };
  assert.ok(alive(childPid), 'the child is still working when its parent is killed (a larger input is needed)');
  parent.kill('SIGKILL');
  const killedAt = Date.now();
  // The child's timer sees the parent gone within 200 ms while the child waits on I/O; in a long
  // synchronous stretch of the analysis it has no turn, and the check before the child's first
  // write ends it instead (about 1.5 s here, more on a loaded machine): so a generous bound on the
  // time, and nothing written at all. Without the watch the child runs on and prints its dossier.
  while (alive(childPid) && Date.now() - killedAt < 15000) await sleep(20);
  const took = Date.now() - killedAt;
  const stillAlive = alive(childPid);
  if (stillAlive) process.kill(childPid, 'SIGKILL');
  await sleep(100);
  assert.equal(out, '', 'nothing was written');
  assert.ok(!stillAlive, `the child still ran ${took} ms after its parent was killed`);
});

test('analyze stays in one process when NODE_OPTIONS holds a debugger or profiler option', (t) => {
  if (!flagsRecorded()) {
    t.skip('no V8 flags recorded for this Node (`npm run build` records them)');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-startup-'));
  writeFileSync(path.join(dir, 'a.txt'), 'Ferry operator Wrenline said on Tuesday that 41 passengers were rescued after the Gull Rock ferry ran aground.\n');
  const hook = path.join(dir, 'count.mjs');
  const count = path.join(dir, 'count.txt');
  writeFileSync(hook, `import { appendFileSync } from 'node:fs';\nappendFileSync(${JSON.stringify(count)}, 'p\\n');\n`);
  for (const [options, procs] of [['', 2], ['--inspect-port=0', 1]] as const) {
    writeFileSync(count, '');
    const r = spawnSync(process.execPath, [BIN, 'analyze', path.join(dir, 'a.txt')], { encoding: 'utf8', env: { ...process.env, NODE_OPTIONS: `--import=${hook} ${options}`.trim() } });
    assert.equal(r.status, 0, r.stderr);
    assert.equal(readFileSync(count, 'utf8').length / 2, procs, `NODE_OPTIONS ${options || '(no tool)'}`);
  }
});
