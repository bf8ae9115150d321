/**
 * The CLI's bundle with its code cache (src/cli/launch.ts, scripts/bundle.mjs; issue #16): it is
 * used only while every file it was made from is unchanged, and a run through it prints exactly
 * what the modules of dist/src print.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, utimesSync, writeFileSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { inputsUnchanged } from '../src/cli/launch.js';

const BIN = path.resolve('bin/parallax.js');
const BUNDLE_INPUTS = path.resolve('dist/bundle/inputs.json');

test('a bundle counts as fresh only while each input keeps its size and mtime', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-bundle-'));
  const file = path.join(dir, 'module.js');
  writeFileSync(file, 'export const x = 1;\n');
  const st = statSync(file);
  const inputs = path.join(dir, 'inputs.json');
  writeFileSync(inputs, JSON.stringify([['module.js', st.size, st.mtimeMs]]));
  assert.equal(inputsUnchanged(inputs, dir), true);
  // Same size, rewritten later (what an incremental tsc does to a changed module).
  writeFileSync(file, 'export const x = 2;\n');
  utimesSync(file, new Date(st.mtimeMs + 5000), new Date(st.mtimeMs + 5000));
  assert.equal(inputsUnchanged(inputs, dir), false);
  // A missing input, or no list at all.
  writeFileSync(inputs, JSON.stringify([['gone.js', 1, 1]]));
  assert.equal(inputsUnchanged(inputs, dir), false);
  assert.equal(inputsUnchanged(path.join(dir, 'none.json'), dir), false);
});

test('analyze through the bundle prints byte for byte what the unbundled modules print', (t) => {
  if (!existsSync(BUNDLE_INPUTS) || !inputsUnchanged(BUNDLE_INPUTS, path.resolve('.'))) {
    t.skip('no fresh bundle: `npm run build` makes it (a plain tsc leaves it stale)');
    return;
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-bundle-'));
  writeFileSync(path.join(dir, 'a.txt'), 'Mayor Ada Quill said on Monday that the Rennet Bridge will reopen on 4 May after repairs costing $3 million.\n');
  writeFileSync(path.join(dir, 'b.txt'), 'The Rennet Bridge will reopen on 14 May, Mayor Ada Quill said, after repairs that cost $3 million.\n');
  const runs: Array<string[]> = [
    ['analyze', path.resolve('examples/harbour-fire'), '--format', 'json'],
    ['analyze', path.resolve('examples/harbour-fire'), '--format', 'markdown'],
    ['analyze', path.join(dir, 'a.txt'), path.join(dir, 'b.txt')],
    ['read', path.join(dir, 'a.txt'), '--format', 'json'],
  ];
  for (const args of runs) {
    const bundled = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, PARALLAX_BUNDLE: 'on' }, maxBuffer: 64 << 20 });
    const modules = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', env: { ...process.env, PARALLAX_BUNDLE: 'off' }, maxBuffer: 64 << 20 });
    assert.equal(bundled.status, modules.status, args.join(' '));
    assert.ok(bundled.stdout.length > 0, args.join(' '));
    assert.equal(bundled.stdout, modules.stdout, args.join(' '));
    assert.equal(bundled.stderr, modules.stderr, args.join(' '));
  }
});

test('the bundle keeps the regular expression literals tsc emitted: none rewritten as `new RegExp` calls', (t) => {
  if (!existsSync(BUNDLE_INPUTS) || !inputsUnchanged(BUNDLE_INPUTS, path.resolve('.'))) {
    t.skip('no fresh bundle: `npm run build` makes it (a plain tsc leaves it stale)');
    return;
  }
  // esbuild's target node20 (20.0) rewrote each literal with a \p{…} escape outside a character
  // class as `new RegExp("…", "u")` (scripts/bundle.mjs says why that is undone). The bundle can
  // hold at most the constructor calls its input files hold.
  const calls = (text: string): number => text.match(/\bnew RegExp\(/g)?.length ?? 0;
  const inputs = JSON.parse(readFileSync(BUNDLE_INPUTS, 'utf8')) as Array<[string, number, number]>;
  const root = path.resolve('.');
  let inInputs = 0;
  for (const [file] of inputs) inInputs += calls(readFileSync(path.resolve(root, file), 'utf8'));
  const inBundle = calls(readFileSync(path.resolve('dist/bundle/parallax.cjs'), 'utf8'));
  assert.ok(inBundle <= inInputs, `${inBundle} RegExp constructor calls in the bundle, ${inInputs} in its input files`);
  // One literal of src/annotate/mentions.ts (TICKER) as tsc wrote it.
  assert.ok(readFileSync(path.resolve('dist/bundle/parallax.cjs'), 'utf8').includes(String.raw`/^\p{Lu}{1,5}(?:\.\p{Lu})?$/u`));
});
