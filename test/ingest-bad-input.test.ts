/**
 * Bad input, through ingestAll and through the CLI: every failed input is one line naming the
 * input and the reason, the other inputs go on, exit 1 when some failed, 2 when none could be
 * read, --strict stops at the first. Never a stack trace.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCliSync } from './helpers/cli-process.js';
import { mkdtempSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ingestAll } from '../src/ingest/index.js';

const BIN = path.resolve('bin/parallax.js');
const run = (args: string[], input?: string) => runCliSync(args, { input });

const OK_TEXT = 'The mayor said the bridge over the river will reopen on Monday after repairs.\n';

/** One directory with a good file and one file per kind of bad input. */
function fixtures(): Record<string, string> {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-bad-'));
  const p = (name: string): string => path.join(dir, name);
  writeFileSync(p('ok.txt'), OK_TEXT);
  writeFileSync(p('empty.txt'), '');
  writeFileSync(p('blank.txt'), '  \n\n \t\n');
  const bin = Buffer.alloc(2048);
  for (let i = 0; i < bin.length; i++) bin[i] = (i * 37 + 11) % 256;
  writeFileSync(p('binary.txt'), bin);
  writeFileSync(p('latin1.txt'), Buffer.from('Caf\xe9 owners said the port closure hurt business.\n', 'latin1'));
  writeFileSync(p('invalid.json'), '{"text": "The port reopened.",\n  "url": ,\n}');
  writeFileSync(p('some.jsonl'), [
    JSON.stringify({ text: 'The ferry operator said services resume on Friday.' }),
    '{"text": "broken',
    JSON.stringify({ title: 'no text here' }),
    JSON.stringify({ text: 'Dock workers held a vigil at the harbour gate on Wednesday.' }),
  ].join('\n') + '\n');
  writeFileSync(p('big.txt'), '');
  truncateSync(p('big.txt'), 50 * 1024 * 1024); // sparse: 50 MB without writing 50 MB
  writeFileSync(p('furniture.txt'), 'Skip to main content\n\nAdvertisement\n\nRead More »\n');
  return { dir, ok: p('ok.txt'), empty: p('empty.txt'), blank: p('blank.txt'), binary: p('binary.txt'), latin1: p('latin1.txt'),
    invalid: p('invalid.json'), jsonl: p('some.jsonl'), big: p('big.txt'), furniture: p('furniture.txt'), missing: p('missing.txt') };
}

const f = fixtures();

const EXPECTED_REASON: Array<[keyof typeof f, RegExp]> = [
  ['empty', /empty file/],
  ['blank', /empty file/],
  ['binary', /binary file/],
  ['latin1', /not UTF-8 text \(invalid byte 0xe9 at offset 3\)/],
  ['invalid', /invalid JSON \(/],
  ['big', /too large \(50 MB; the limit is 32 MB\)/],
  ['missing', /no such file or directory/],
  ['furniture', /no article text left after cleaning/],
];

test('ingestAll: each bad input is one error naming it; the good inputs are still read', async () => {
  const specs = [f.ok, ...EXPECTED_REASON.map(([k]) => f[k]), f.jsonl];
  const { articles, errors } = await ingestAll(specs);
  for (const [k, reason] of EXPECTED_REASON) {
    const e = errors.find((x) => x.input === f[k]);
    assert.ok(e, `no error for ${k}`);
    assert.match(e.reason, reason, `${k}: ${e.reason}`);
    assert.ok(!e.reason.includes('\n'));
  }
  // JSON Lines: the bad line and the record without text are reported by line number, the rest read.
  assert.match(errors.find((x) => x.input === `${f.jsonl}:2`)?.reason ?? '', /invalid JSON/);
  assert.match(errors.find((x) => x.input === `${f.jsonl}:3`)?.reason ?? '', /neither "text" nor "html"/);
  assert.deepEqual(articles.map((a) => a.file), [f.ok, `${f.jsonl}:1`, `${f.jsonl}:4`]);
  assert.equal(errors.length, EXPECTED_REASON.length + 2);
});

test('ingestAll --strict: the first bad input throws a UserError naming it', async () => {
  await assert.rejects(ingestAll([f.ok, f.latin1, f.missing], { strict: true }), (e: Error & { input?: string }) => {
    assert.equal(e.name, 'UserError');
    assert.equal(e.input, f.latin1);
    return true;
  });
});

test('CLI: some inputs fail → exit 1, one line per failed input, no stack trace', () => {
  const r = run(['read', f.ok, f.empty, f.binary, f.latin1, f.invalid, f.big, f.missing, f.jsonl, '--format', 'json']);
  assert.equal(r.status, 1, r.stderr);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 8, r.stderr); // 6 files + 2 bad JSON Lines records
  for (const l of lines) assert.match(l, /^parallax: \S.*: \S/);
  for (const [k, reason] of EXPECTED_REASON.filter(([k]) => ['empty', 'binary', 'latin1', 'invalid', 'big', 'missing'].includes(k))) {
    assert.ok(lines.some((l) => l.includes(f[k]) && reason.test(l)), `${k} not reported as ${reason}`);
  }
  assert.ok(lines.some((l) => l.includes(`${f.jsonl}:2: invalid JSON`)));
  assert.doesNotMatch(r.stderr, /\n\s+at |Error:/);
  const out = JSON.parse(r.stdout);
  assert.equal(out.articles.length, 3);
  assert.equal(out.errors.length, 8);
});

test('CLI: nothing readable → exit 2', () => {
  const r = run(['read', f.empty, f.missing, f.binary]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /empty\.txt: empty file/);
  assert.match(r.stderr, /no article could be read/);
  assert.equal(r.stdout, '');
  assert.doesNotMatch(r.stderr, /\n\s+at /);
});

test('CLI --strict: stops at the first bad input, printed once', () => {
  const r = run(['read', f.ok, f.invalid, f.missing, '--strict']);
  assert.equal(r.status, 2);
  assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
  assert.match(r.stderr, /invalid\.json: invalid JSON/);
  assert.equal(r.stdout, '');
});

test('CLI: standard input and an empty standard input', () => {
  const ok = run(['read', '-', '--format', 'json'], OK_TEXT);
  assert.equal(ok.status, 0, ok.stderr);
  assert.equal(JSON.parse(ok.stdout).articles[0].text, OK_TEXT.trim());
  const empty = run(['read', '-'], '');
  assert.equal(empty.status, 2);
  assert.match(empty.stderr, /-: standard input is empty/);
});

test('a directory reads its articles in name order and skips its own README/EXPECTED files', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-dir-'));
  writeFileSync(path.join(dir, 'b.txt'), 'Second report: the ferry resumed service on Friday morning.\n');
  writeFileSync(path.join(dir, 'a.md'), 'First report: the ferry was halted on Thursday evening.\n');
  writeFileSync(path.join(dir, 'README.md'), '# About this folder\n\nThese are test files.\n');
  writeFileSync(path.join(dir, 'EXPECTED.md'), '# Expected\n\nNothing.\n');
  writeFileSync(path.join(dir, 'notes.csv'), 'a,b\n');
  const { articles, errors } = await ingestAll([dir]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => path.basename(a.file ?? '')), ['a.md', 'b.txt']);
});

test('UTF-16 text with and without a byte-order mark is decoded', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-u16-'));
  const body = 'The harbour reopened on Friday, the port authority said.\n';
  writeFileSync(path.join(dir, 'bom.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]));
  writeFileSync(path.join(dir, 'nobom.txt'), Buffer.from(body, 'utf16le'));
  const { articles, errors } = await ingestAll([path.join(dir, 'bom.txt'), path.join(dir, 'nobom.txt')]);
  assert.deepEqual(errors, []);
  assert.deepEqual(articles.map((a) => a.text), [body.trim(), body.trim()]);
});

test('JSON errors point at a line and column when the parser gives a position', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-json-'));
  const file = path.join(dir, 'pos.json');
  writeFileSync(file, '{\n  "text": "The port reopened.",\n  "url" "x"\n}');
  const { errors } = await ingestAll([file]);
  assert.equal(errors.length, 1);
  assert.match(errors[0].reason, /^invalid JSON \(.*at line 3 column 9\)$/);
});

test('JSON arrays report a bad element by index; gzip inputs are read, broken gzip is reported', async () => {
  const { gzipSync } = await import('node:zlib');
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-arr-'));
  const arr = path.join(dir, 'records.json');
  writeFileSync(arr, JSON.stringify([{ text: 'The port reopened on Friday.' }, 'not an object', { html: '<p>Ships queued overnight at the harbour.</p>' }]));
  const gz = path.join(dir, 'story.txt.gz');
  writeFileSync(gz, gzipSync(Buffer.from('The ferry resumed service on Saturday morning.\n')));
  const gzl = path.join(dir, 'lines.jsonl.gz');
  writeFileSync(gzl, gzipSync(Buffer.from(`${JSON.stringify({ text: 'Dock workers returned to work.' })}\n{oops\n`)));
  const broken = path.join(dir, 'broken.txt.gz');
  writeFileSync(broken, Buffer.from([0x1f, 0x8b, 0x08, 0x00, 0x01, 0x02, 0x03]));
  const { articles, errors } = await ingestAll([arr, gz, gzl, broken]);
  assert.deepEqual(articles.map((a) => a.text), [
    'The port reopened on Friday.',
    'Ships queued overnight at the harbour.',
    'The ferry resumed service on Saturday morning.',
    'Dock workers returned to work.',
  ]);
  assert.deepEqual(errors.map((e) => [path.basename(e.input), e.reason.replace(/ \(.*$/, '')]), [
    ['records.json[1]', 'record is not a JSON object'],
    ['lines.jsonl.gz:2', 'invalid JSON'],
    ['broken.txt.gz', 'not a valid gzip file'],
  ]);
});
