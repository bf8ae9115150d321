/**
 * `parallax extract`: JSON output validated against the `Extracted` schema, text output,
 * directories and .gz pages, per-file errors; and (when ../shared is present) the extractor's
 * quality on the extraction benchmark stays where docs/extraction.md says it is.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCliSync } from './helpers/cli-process.js';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { z } from 'zod';
import { Extracted } from '../src/core/schema.js';
import { extractArticle } from '../src/ingest/html/extract.js';
import { loadPages, quality } from '../bench/extraction.js';
import { SKIP_NO_SHARED } from './helpers/shared.js';

const BIN = path.resolve('bin/parallax.js');
const run = (args: string[], input?: string) => runCliSync(args, { input });

const BODY = [
  'The regional council voted on Monday to close the old ferry terminal by the end of next year, ending a service that began in 1952.',
  'Councillors said the cost of repairing the pier had tripled since the last survey, while passenger numbers had halved.',
];

function fixture(): { dir: string; plain: string; gz: string; fake: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-extract-'));
  const html = `<html lang="en"><head><title>Ferry terminal to close</title>
    <meta property="og:site_name" content="Coast Courier"><meta property="article:published_time" content="2025-03-03T10:00:00Z">
    <meta name="author" content="Ann Example"><link rel="canonical" href="https://courier.example/ferry"></head>
    <body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>Ferry terminal to close</h1>
    <p>${BODY[0]}</p><p>${BODY[1]}</p></article><footer>© Coast Courier</footer></body></html>`;
  const pages = path.join(dir, 'pages');
  mkdirSync(pages);
  const plain = path.join(pages, 'a.html');
  const gz = path.join(pages, 'b.html.gz');
  writeFileSync(plain, html);
  writeFileSync(gz, gzipSync(Buffer.from(html)));
  writeFileSync(path.join(pages, 'notes.txt'), 'not a page');
  const fake = path.join(dir, 'fake.html.gz');
  writeFileSync(fake, html);
  return { dir, plain, gz, fake };
}

test('extract --format json: one schema-valid record per page, directories walked, .gz read', () => {
  const f = fixture();
  const r = run(['extract', path.dirname(f.plain), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  const out = z.array(Extracted).parse(JSON.parse(r.stdout));
  assert.deepEqual(out.map((p) => path.basename(p.file)), ['a.html', 'b.html.gz']);
  for (const p of out) {
    assert.equal(p.text, BODY.join('\n\n'));
    assert.equal(p.title, 'Ferry terminal to close');
    assert.equal(p.outlet, 'Coast Courier');
    assert.equal(p.published, '2025-03-03T10:00:00Z');
    assert.deepEqual(p.authors, ['Ann Example']);
    assert.equal(p.url, 'https://courier.example/ferry');
    assert.equal(p.language, 'en');
  }
});

test('extract --format text prints the body; a bad page is one line on stderr and exit code 1', () => {
  const f = fixture();
  const one = run(['extract', f.plain, '--format', 'text']);
  assert.equal(one.status, 0);
  assert.equal(one.stdout, BODY.join('\n\n') + '\n');
  const r = run(['extract', f.fake, path.join(f.dir, 'missing.html'), f.gz, '--format', 'text']);
  assert.equal(r.status, 1);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 2);
  assert.match(lines[0], /fake\.html\.gz: named \.gz but not gzip data/);
  assert.match(lines[1], /missing\.html: no such file or directory/);
  assert.ok(!/at .*\.js/.test(r.stderr), 'no stack trace');
  assert.equal(r.stdout, BODY.join('\n\n') + '\n');
});

test('extract with nothing readable exits 2', () => {
  const f = fixture();
  const r = run(['extract', f.fake]);
  assert.equal(r.status, 2);
  assert.match(r.stderr, /no page could be read/);
});

test('benchmark pages: F1 stays at or above 0.96 on the extraction benchmark', (t) => {
  const pages = loadPages();
  if (!pages) {
    t.skip(SKIP_NO_SHARED);
    return;
  }
  const q = quality(pages.map((p) => ({ truth: p.truth, pred: extractArticle(p.html, { url: p.url }).text })));
  assert.ok(q.f1 >= 0.96, `F1 ${q.f1} (P ${q.precision}, R ${q.recall})`);
});
