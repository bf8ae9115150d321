import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCliSync } from './helpers/cli-process.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const BIN = path.resolve('bin/parallax.js');
const run = (args: string[], input?: string) => runCliSync(args, { input });

test('a missing path gets one line naming it, and the other inputs still run', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-'));
  const ok = path.join(dir, 'ok.txt');
  writeFileSync(ok, 'The mayor said the bridge will reopen on Monday.\n');
  const r = run(['read', path.join(dir, 'missing.txt'), ok, '--format', 'json']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /missing\.txt: no such file or directory/);
  assert.equal(JSON.parse(r.stdout).articles.length, 1);
});
