import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runCli } from './helpers/cli-process.js';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { IngestReport, SearchResult, StoriesResult } from '../src/core/corpus-schema.js';
import { Dossier } from '../src/core/dossier-schema.js';
import { tempDir } from './helpers/corpus.js';
import { ATOM, RSS, closedPort, serveFeeds } from './helpers/feeds.js';


/** Run the CLI asynchronously (the test's own feed server must keep answering meanwhile). */
const cli = (args: string[], env: NodeJS.ProcessEnv = {}) => runCli(args, { env });

const HARBOUR = 'The harbour authority said on Tuesday that the fire in warehouse 7 was under control by midnight.\n\nNo one was hurt, a spokeswoman said.';

test('ingest → stories → story → search, end to end on a temporary database', async () => {
  const dir = tempDir();
  const inputs = path.join(dir, 'inputs');
  mkdirSync(inputs);
  writeFileSync(path.join(inputs, 'a.txt'), HARBOUR + '\n');
  writeFileSync(path.join(inputs, 'b.jsonl'), [
    JSON.stringify({ text: HARBOUR.replace(/\n\n/, '\n'), url: 'https://copy.example/harbour' }), // same text: duplicate
    '{"text": "broken',
    JSON.stringify({ text: '   ' }),
    // A wire copy, lightly edited (a byline alone would be removed by cleaning: an exact duplicate).
    JSON.stringify({ text: HARBOUR.replace('a spokeswoman said', 'a spokeswoman for the authority said'), url: 'https://wire.example/harbour', outlet: 'Wire Daily' }),
    JSON.stringify({ title: 'Council delays vote', text: 'The city council delayed its vote on the harbour budget until November.', outlet: 'City Desk', published: '2025-10-16' }),
  ].join('\n') + '\n');
  writeFileSync(path.join(inputs, 'c.rss'), RSS);
  const db = path.join(dir, 'corpus.db');
  const srv = await serveFeeds({ '/atom': { body: ATOM, type: 'application/atom+xml' }, '/notxml': { body: 'Hello, this is not a feed.', type: 'text/plain' } });
  const port = await closedPort();
  try {
    // The feeds' links point to hosts that are not the test's own: the old behaviour, without fetching.
    const r = await cli(['ingest', inputs, srv.url('/atom'), srv.url('/notxml'), srv.url('/gone'), `http://127.0.0.1:${port}/feed`, '--db', db, '--no-fetch-links']);
    assert.equal(r.status, 1, r.stderr);
    const errs = r.stderr.trim().split('\n');
    assert.deepEqual(errs.map((l) => l.replace(/^parallax: /, '').replace(dir, 'DIR').replace(/127\.0\.0\.1:\d+/g, 'HOST').replace(/invalid JSON \(.+\)$/, 'invalid JSON (…)')), [
      'DIR/inputs/b.jsonl:2: invalid JSON (…)',
      'DIR/inputs/b.jsonl:3: record has no text (empty "text" / "html") (skipped)',
      'DIR/inputs/c.rss#3: feed item ("Only a headline") has no text (only a title or link)',
      'http://HOST/notxml: not an RSS or Atom feed (not XML)',
      'http://HOST/gone: HTTP 404 Not Found',
      'http://HOST/feed: cannot reach HOST (connection refused)',
    ]);
    assert.match(r.stdout, /^8 new, 1 duplicate, 5 failed, 1 skipped as empty \(\d+\.\d s\)\n/);
    assert.match(r.stdout, /corpus\.db: 8 articles in \d+ stories/);

    // Again, the local inputs only: every article is a duplicate now.
    const again = await cli(['ingest', inputs, '--db', db, '--format', 'json', '--no-fetch-links']);
    const report = IngestReport.parse(JSON.parse(again.stdout));
    assert.deepEqual([report.new, report.duplicate, report.failed, report.skipped, report.articles], [0, 6, 2, 1, 8]);
    assert.deepEqual(report.skippedInputs.map((x) => x.reason), ['record has no text (empty "text" / "html")']);

    const st = await cli(['stories', '--db', db, '--format', 'json']);
    assert.equal(st.status, 0, st.stderr);
    const stories = StoriesResult.parse(JSON.parse(st.stdout));
    assert.equal(stories.stories.reduce((n, s) => n + s.articles, 0), 8);
    assert.equal(stories.total, stories.stories.length);
    const harbour = stories.stories.find((s) => s.outlets.includes('The Harbour Gazette'));
    assert.ok(harbour, 'the feed items have the feed title as outlet');

    const text = await cli(['stories', '--db', db]);
    assert.match(text.stdout, new RegExp(`${stories.total} of ${stories.total} stories`));

    const one = await cli(['story', harbour.id, '--db', db, '--articles']);
    assert.equal(one.status, 0, one.stderr);
    assert.match(one.stdout, /The Harbour Gazette/);
    const md = await cli(['story', harbour.id, '--db', db, '--format', 'markdown', '--articles']);
    assert.match(md.stdout, /^# /);

    // The wire copy joins the original's story, flagged as a copy. (The feed's report of the same
    // harbour fire may join that story too: it is the same event.)
    const wire = stories.stories.find((x) => x.outlets.includes('Wire Daily'));
    assert.ok(wire && wire.articles >= 2 && wire.copies === 1, JSON.stringify(wire));
    const members = JSON.parse((await cli(['story', wire.id, '--db', db, '--format', 'json', '--articles'])).stdout).articles as Array<{ id: string; duplicateOf: string | null }>;
    const copies = members.filter((m) => m.duplicateOf !== null);
    assert.deepEqual(copies.map((m) => m.duplicateOf), [wire.id]);
    const copy = copies[0];
    // The story's dossier (the same output as `analyze`) compares originals only: the copy
    // adds an outlet, not a report.
    const dossier = await cli(['story', wire.id, '--db', db, '--format', 'json']);
    assert.equal(dossier.status, 0, dossier.stderr);
    const d = Dossier.parse(JSON.parse(dossier.stdout));
    assert.ok(d.articles.some((a) => a.id === wire.id), 'the original is compared');
    assert.ok(!d.articles.some((a) => a.id === copy.id), 'the wire copy is not');
    const dtext = await cli(['story', wire.id, '--db', db]);
    assert.equal(dtext.status, 0, dtext.stderr);
    assert.match(dtext.stdout, /warehouse 7/);
    const wrong = await cli(['story', copy.id, '--db', db]);
    assert.equal(wrong.status, 2);
    assert.match(wrong.stderr, new RegExp(`${copy.id}: is an article of story ${wire.id}, not a story`));
    const missing = await cli(['story', 'nope', '--db', db]);
    assert.equal(missing.status, 2);
    assert.equal(missing.stderr, 'parallax: nope: no such story in the corpus (`parallax stories` lists them)\n');

    const s = await cli(['search', 'warehouse', '--db', db, '--format', 'json']);
    const hits = SearchResult.parse(JSON.parse(s.stdout)).hits;
    assert.deepEqual(hits.map((h) => h.article).sort(), [wire.id, copy.id].sort(), 'the original and its copy');
    assert.equal(hits[0].snippet.slice(hits[0].matches[0].start, hits[0].matches[0].end), 'warehouse');
    const plain = await cli(['search', 'fire', 'warehouse', '--db', db]);
    assert.match(plain.stdout, /\[warehouse\]/);
    const bad = await cli(['search', '"unbalanced', '--db', db]);
    assert.equal(bad.status, 2);
    assert.equal(bad.stderr.split('\n').length, 2, 'one line');
    assert.match(bad.stderr, /^parallax: invalid search query/);
  } finally {
    await srv.close();
  }
});

test('read commands on a missing database say so; PARALLAX_DB names the default database', async () => {
  const dir = tempDir();
  const none = await cli(['stories', '--db', path.join(dir, 'none.db')]);
  assert.equal(none.status, 2);
  assert.match(none.stderr, /none\.db: no corpus database here/);
  writeFileSync(path.join(dir, 'x.txt'), HARBOUR);
  const env = { PARALLAX_DB: path.join(dir, 'env.db') };
  const ing = await cli(['ingest', path.join(dir, 'x.txt')], env);
  assert.equal(ing.status, 0, ing.stderr);
  assert.match(ing.stdout, /env\.db: 1 article in 1 story/);
  const st = await cli(['stories', '--format', 'json'], env);
  assert.equal(JSON.parse(st.stdout).total, 1);
});

test('exit codes: an ingest that met empty records exits 0 and reports them as skipped; a broken record is still 1', async () => {
  const dir = tempDir();
  const db = path.join(dir, 'corpus.db');
  const feed = path.join(dir, 'dump.jsonl');
  writeFileSync(feed, [
    JSON.stringify({ text: HARBOUR, outlet: 'Harbour Post' }),
    JSON.stringify({ text: '' }),
    JSON.stringify({ html: '<nav>Home</nav>' }),
    JSON.stringify({ text: 'The city council delayed its vote on the harbour budget until November.', outlet: 'City Desk' }),
  ].join('\n') + '\n');
  writeFileSync(path.join(dir, 'blank.txt'), '');
  const ok = await cli(['ingest', feed, path.join(dir, 'blank.txt'), '--db', db, '--format', 'json']);
  assert.equal(ok.status, 0, ok.stderr);
  const report = IngestReport.parse(JSON.parse(ok.stdout));
  assert.deepEqual([report.new, report.failed, report.skipped], [2, 0, 3]);
  assert.equal(report.skippedInputs.length, 3);
  assert.match(ok.stderr, /dump\.jsonl:2: record has no text .*\(skipped\)/);
  // Only empty records: still a successful run (nothing failed), reported as such.
  writeFileSync(path.join(dir, 'empty.jsonl'), JSON.stringify({ text: ' ' }) + '\n');
  const onlyEmpty = await cli(['ingest', path.join(dir, 'empty.jsonl'), '--db', db]);
  assert.equal(onlyEmpty.status, 0, onlyEmpty.stderr);
  assert.match(onlyEmpty.stdout, /^0 new, 0 duplicate, 0 failed, 1 skipped as empty/);
  // A record that cannot be read is a failure: 1.
  writeFileSync(path.join(dir, 'bad.jsonl'), JSON.stringify({ text: HARBOUR + ' Later.' }) + '\n{"text": "broken\n');
  const bad = await cli(['ingest', path.join(dir, 'bad.jsonl'), '--db', db]);
  assert.equal(bad.status, 1, bad.stderr);
});
