/**
 * Inputs that used to be read silently wrong, act on the terminal or change another
 * application's files (issue #16, items 5–8): each gets one line naming it, the other inputs go
 * on, and the documented exit codes hold (0 ok, 1 some input failed, 2 nothing could be read).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { runCliSync } from './helpers/cli-process.js';
import { mkdtempSync, readFileSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const BIN = path.resolve('bin/parallax.js');
const run = (args: string[], input?: string | Buffer) => runCliSync(args, { input });
const tmp = (): string => mkdtempSync(path.join(tmpdir(), 'plx-hostile-'));
const ARTICLE = 'The harbour authority said on Monday that the ferry terminal will reopen next week after the fire.\n';

test('a directory: symlinked files are read, a broken link is one line, the rest goes on (exit 1)', () => {
  const dir = tmp();
  const real = path.join(tmp(), 'real.txt');
  writeFileSync(real, ARTICLE);
  writeFileSync(path.join(dir, 'a.txt'), ARTICLE.replace('Monday', 'Tuesday'));
  symlinkSync(real, path.join(dir, 'b.txt'));
  symlinkSync(path.join(dir, 'missing.txt'), path.join(dir, 'c.txt'));
  const r = run(['read', dir, '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  assert.equal(JSON.parse(r.stdout).articles.length, 2, 'the symlinked file is read');
  assert.deepEqual(r.stderr.trim().split('\n'), [`parallax: ${path.join(dir, 'c.txt')}: broken symbolic link`]);
});

test('ingest: a broken link in a directory does not stop the other inputs; nothing read at all is exit 2', () => {
  const dir = tmp();
  writeFileSync(path.join(dir, 'a.txt'), ARTICLE);
  symlinkSync(path.join(dir, 'nowhere.txt'), path.join(dir, 'b.txt'));
  const db = path.join(tmp(), 'c.db');
  const r = run(['ingest', dir, '--db', db, '--quiet']);
  assert.equal(r.status, 1, r.stderr);
  assert.match(r.stderr, /b\.txt: broken symbolic link/);
  assert.match(r.stdout, /1 new/);
  const bad = path.join(tmp(), 'f.xml');
  writeFileSync(bad, '<!-- -->'.repeat(40) + '<x/>');
  const r2 = run(['ingest', bad, '--db', path.join(tmp(), 'd.db'), '--quiet']);
  assert.equal(r2.status, 2, 'nothing could be read');
  assert.match(r2.stderr, /not an RSS or Atom feed/);
});

test('JSON Lines on standard input with a first record longer than the sniffed head', () => {
  const rec = JSON.stringify({ text: ARTICLE.repeat(40), outlet: 'Harbour Gazette' });
  assert.ok(rec.length > 2048);
  const r = run(['read', '-', '--format', 'json'], `${rec}\n${rec.replace('Monday', 'Friday')}\n`);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).articles.length, 2);
});

test('a named pipe called *.jsonl is read, not taken for an empty file', { skip: process.platform === 'win32' }, async () => {
  const dir = tmp();
  const fifo = path.join(dir, 'in.jsonl');
  if (spawnSync('mkfifo', [fifo]).status !== 0) return;
  const child = spawn(process.execPath, [BIN, 'read', fifo, '--format', 'json']);
  let out = '';
  child.stdout.on('data', (c: Buffer) => (out += c.toString()));
  // Writing blocks until the reader opens the pipe.
  writeFileSync(fifo, JSON.stringify({ text: ARTICLE }) + '\n');
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0);
  assert.equal(JSON.parse(out).articles.length, 1);
});

test('invalid UTF-8 is refused (one line) in JSON Lines and match input, never turned into U+FFFD', () => {
  const dir = tmp();
  const jsonl = path.join(dir, 'a.jsonl');
  writeFileSync(jsonl, Buffer.concat([Buffer.from('{"text":"caf'), Buffer.from([0xe9]), Buffer.from(' by the harbour"}\n'), Buffer.from(JSON.stringify({ text: ARTICLE }) + '\n')]));
  const r = run(['read', jsonl, '--format', 'json']);
  assert.equal(r.status, 1);
  assert.equal(r.stderr.trim(), `parallax: ${jsonl}:1: not valid UTF-8`);
  assert.equal(JSON.parse(r.stdout).articles.length, 1);
  const pairs = path.join(dir, 'p.jsonl');
  writeFileSync(pairs, Buffer.concat([Buffer.from('{"id":1,"a":"caf'), Buffer.from([0xe9]), Buffer.from('","b":"x"}\n{"id":2,"a":"the fire","b":"the fire"}\n')]));
  const m = run(['match', pairs]);
  assert.equal(m.status, 1);
  assert.match(m.stderr, /p\.jsonl:1: not valid UTF-8/);
  assert.match(m.stdout, /^2\tsame/);
});

test('exit codes: empty match input is 2, an empty extraction is a failed input, a non-string text says so', () => {
  const dir = tmp();
  const empty = path.join(dir, 'e.jsonl');
  writeFileSync(empty, '');
  assert.equal(run(['match', empty]).status, 2);
  const ws = path.join(dir, 'ws.html');
  writeFileSync(ws, '  \n\t\n');
  const json = path.join(dir, 'x.json');
  writeFileSync(json, '{"a": 1}');
  const ex = run(['extract', ws, json]);
  assert.equal(ex.status, 2, 'no page could be read');
  assert.equal(ex.stderr.trim().split('\n').length, 3);
  const five = path.join(dir, 'five.json');
  writeFileSync(five, '{"text": 5}');
  assert.match(run(['read', five]).stderr, /"text" must be a string \(got number\)/);
});

test('no control character reaches the terminal from a file name or an outlet name', () => {
  const dir = tmp();
  const evil = path.join(dir, 'a\u001b]0;pwned\u0007\u001b[2J.txt');
  writeFileSync(evil, '');
  const r = run(['read', evil, path.join(dir, 'missing\u001b[31m.txt')]);
  assert.equal(r.status, 2);
  assert.doesNotMatch(r.stderr, /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/);
  assert.match(r.stderr, /\]0;pwned/);
});

test('a foreign SQLite database is refused and left byte for byte as it was', () => {
  const file = path.join(tmp(), 'app.db');
  const db = new Database(file);
  db.exec("CREATE TABLE articles (id INTEGER, body TEXT); INSERT INTO articles VALUES (1, 'x');");
  db.close();
  const before = readFileSync(file);
  for (const args of [['stories'], ['search', 'fire'], ['story', 's1'], ['ingest', '-', '--quiet']]) {
    const r = run([...args, '--db', file], ARTICLE);
    assert.equal(r.status, 2, `${args[0]}: ${r.stderr}`);
    assert.match(r.stderr, /not a Parallax database \(it holds other tables: articles\); nothing was changed/);
    assert.doesNotMatch(r.stderr, /internal error/);
  }
  assert.deepEqual(readFileSync(file), before);
  assert.equal(existsSync(`${file}-wal`), false, 'no WAL switch');
  // A new file and Parallax's own database are fine.
  const mine = path.join(tmp(), 'mine.db');
  assert.equal(run(['ingest', '-', '--db', mine, '--quiet'], ARTICLE).status, 0);
  assert.equal(run(['stories', '--db', mine]).status, 0);
});
