import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCliSync } from './helpers/cli-process.js';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { MatchVerdict } from '../src/core/schema.js';

const BIN = path.resolve('bin/parallax.js');
const run = (args: string[], input?: string) => runCliSync(args, { input });

const LINES = [
  JSON.stringify({ id: 'same', a: 'The mayor said the bridge will reopen on Monday.', b: 'The bridge will reopen on Monday, the mayor said.' }),
  JSON.stringify({ id: 'diff', a: 'Fire crews put out a blaze at the harbour warehouse.', b: 'The central bank raised interest rates by half a point.' }),
  '{"id": "broken", "a": "missing the closing brace"',
  JSON.stringify({ id: 7, a: 'Police arrested 12 people after the protest.', b: 'Twelve people were arrested by police after the protest.' }),
  JSON.stringify({ id: 'no-b', a: 'Only one sentence here.' }),
];

test('match: scores every valid pair, reports each bad line once with its line number', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-match-'));
  const file = path.join(dir, 'pairs.jsonl');
  writeFileSync(file, LINES.join('\n') + '\n');
  const r = run(['match', file, '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const errs = r.stderr.trim().split('\n');
  assert.equal(errs.length, 2, r.stderr);
  assert.match(errs[0], /pairs\.jsonl:3: not valid JSON/);
  assert.match(errs[1], /pairs\.jsonl:5: "b" must be a string/);
  const out = z.array(MatchVerdict).parse(JSON.parse(r.stdout));
  assert.deepEqual(out.map((o) => o.id), ['same', 'diff', 7]);
  assert.equal(out[0].same, true);
  assert.equal(out[1].same, false);
  assert.equal(out[2].same, true);
  for (const o of out) assert.ok(o.score >= 0 && o.score <= 1);
  assert.ok(out[0].score > out[1].score);
});

test('match: text format, --out and standard input; output is deterministic', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-match-'));
  const outFile = path.join(dir, 'out.txt');
  const input = [LINES[0], LINES[1]].join('\n');
  const r = run(['match', '-', '--out', outFile], input);
  assert.equal(r.status, 0, r.stderr);
  const text = readFileSync(outFile, 'utf8');
  assert.match(text, /^same\tsame\t0\.\d{4}\ndiff\tdifferent\t0\.\d{4}\n$/);
  const again = run(['match', '-'], input);
  assert.equal(again.stdout, text);
});

test('match: a file with no valid line is a usage error', () => {
  const r = run(['match', '-'], 'not json at all\n');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /-:1: not valid JSON/);
  assert.match(r.stderr, /no valid pair/);
});
