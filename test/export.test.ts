/**
 * Researchers' exports and queries on a real SQLite corpus: `parallax export` of every table in
 * CSV and NDJSON (a CSV parsed back gives exactly the NDJSON rows), `stories` and `search` with
 * --since/--until/--outlet, `parallax stats` counts per day and outlet, and `GET /api/stats`.
 * Corpus: the bundled example story plus an invented second story from another year.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import { StatsResult, StoriesResult, SearchResult } from '../src/core/corpus-schema.js';
import { EXPORT_COLUMNS, EXPORT_KINDS, parseExportCsv } from '../src/render/export.js';
import { openStore } from '../src/store/store.js';
import { createWebServer, listen } from '../src/web/server.js';
import { tempDir } from './helpers/corpus.js';

const BIN = path.resolve('bin/parallax.js');

function cli(args: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    // A bound on each command: a child that hangs (seen once in CI: `stats` idle with every
    // thread waiting on a futex) fails this test with a message instead of stalling the suite.
    // Each command takes a few seconds on a loaded two-core machine; 120 s is far past that.
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 64 << 20, timeout: 120_000, killSignal: 'SIGKILL' }, (err, stdout, stderr) => {
      const hung = err !== null && (err as { killed?: boolean }).killed === true;
      resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr: hung ? `${stderr}\nparallax ${args[0]} killed after 120 s: it hung` : stderr });
    });
  });
}

// An invented story, a year before the example's: two outlets, one quote with a named speaker.
const DAM = [
  { outlet: 'Valley Ledger', published: '2025-06-03', title: 'Dam gates opened after heavy rain', text: 'Engineers opened two gates of the Orlen dam on Tuesday after three days of heavy rain, the water authority said.\n\n"The reservoir is at 96 percent and we cannot wait," said Petra Lind, the authority\'s director.\n\nAbout 300 residents downstream were told to move to higher ground.' },
  { outlet: 'North Star Radio', published: '2025-06-04', title: 'Orlen dam releases water; residents moved', text: 'The water authority opened two gates of the Orlen dam on Tuesday following days of heavy rain.\n\nRoughly 300 people living downstream were moved to higher ground, officials said.\n\nThe authority\'s director, Petra Lind, said the reservoir was at 96 percent.' },
];

async function corpus(): Promise<{ db: string; dir: string }> {
  const dir = tempDir();
  const jsonl = path.join(dir, 'dam.jsonl');
  writeFileSync(jsonl, DAM.map((d) => JSON.stringify(d)).join('\n') + '\n');
  const db = path.join(dir, 'corpus.db');
  const r = await cli(['ingest', 'examples/harbour-fire', jsonl, '--db', db, '--format', 'json', '--no-fetch-links']);
  assert.equal(r.status, 0, r.stderr);
  return { db, dir };
}

test('export: every table in CSV parses back to exactly its NDJSON rows', async () => {
  const { db } = await corpus();
  for (const what of EXPORT_KINDS) {
    const csv = await cli(['export', '--what', what, '--format', 'csv', '--db', db]);
    const nd = await cli(['export', '--what', what, '--format', 'ndjson', '--db', db]);
    assert.equal(csv.status, 0, csv.stderr);
    assert.equal(nd.status, 0, nd.stderr);
    const rows = nd.stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l) as Record<string, unknown>);
    assert.ok(rows.length > 0, `${what}: some rows`);
    assert.deepEqual(Object.keys(rows[0]), EXPORT_COLUMNS[what].map(([name]) => name), `${what}: columns in order`);
    assert.deepEqual(parseExportCsv(what, csv.stdout), rows, `${what}: CSV round trip`);
  }
});

test('export: rows say what the dossier says, with outlets and spans into the cleaned text', async () => {
  const { db } = await corpus();
  const store = await openStore(db, { mustExist: true });
  try {
    const stories = (await cli(['export', '--what', 'stories', '--format', 'ndjson', '--db', db])).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    assert.equal(stories.length, 2);
    const conflicts = (await cli(['export', '--what', 'conflicts', '--format', 'ndjson', '--db', db])).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const toll = conflicts.find((c) => c.kind === 'number' && c.value === 'At least 21');
    assert.ok(toll, 'the example story\'s death-toll outlier is exported');
    assert.deepEqual(toll.outlets, ['Nordwelle']);
    assert.equal(toll.outlier, true);
    // A side's spans point into the stored articles' text; a one-article side's span is its value as written.
    for (const c of conflicts) {
      for (const s of c.spans as string[]) {
        const [, id, start, end] = /^(\w+):(\d+)-(\d+)$/.exec(s) ?? [];
        const text = (await store.getArticle(id))?.text ?? '';
        assert.ok(Number(start) < Number(end) && Number(end) <= text.length, `span ${s} of ${c.conflict}`);
        if (c.articles.length === 1 && (c.kind === 'number' || c.kind === 'date')) assert.equal(text.slice(Number(start), Number(end)), c.value, `span ${s} of ${c.conflict}`);
      }
    }
    const quotes = (await cli(['export', '--what', 'quotes', '--format', 'ndjson', '--db', db])).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const lind = quotes.find((q) => q.text.startsWith('The reservoir is at 96 percent'));
    assert.ok(lind, 'the invented story\'s quote is exported');
    assert.equal(lind.outlet, 'Valley Ledger');
    // Facts match a dossier built directly from the same story.
    const damStory = stories.find((s) => s.outlets.includes('Valley Ledger')).story;
    const facts = (await cli(['export', '--what', 'facts', '--format', 'ndjson', '--db', db])).stdout.split('\n').filter(Boolean).map((l) => JSON.parse(l));
    const direct = buildDossier(await store.storyArticles(damStory)).dossier;
    assert.deepEqual(facts.filter((f) => f.story === damStory).map((f) => f.text), direct.facts.map((f) => f.text));
  } finally {
    await store.close();
  }
});

test('stories, search and stats narrow by --since, --until and --outlet', async () => {
  const { db } = await corpus();
  const all = StoriesResult.parse(JSON.parse((await cli(['stories', '--db', db, '--format', 'json'])).stdout));
  assert.equal(all.total, 2);
  const before = StoriesResult.parse(JSON.parse((await cli(['stories', '--db', db, '--format', 'json', '--until', '2025'])).stdout));
  assert.deepEqual(before.stories.map((s) => s.outlets.includes('Valley Ledger')), [true]);
  const after = StoriesResult.parse(JSON.parse((await cli(['stories', '--db', db, '--format', 'json', '--since', '2026-02-11'])).stdout));
  assert.equal(after.total, 1);
  assert.ok(after.stories[0].outlets.includes('Nordwelle'));
  const none = await cli(['stories', '--db', db, '--since', '2030']);
  assert.match(none.stdout, /No stories match/);
  const byOutlet = StoriesResult.parse(JSON.parse((await cli(['stories', '--db', db, '--format', 'json', '--outlet', 'north star radio'])).stdout));
  assert.equal(byOutlet.total, 1);

  const hits = SearchResult.parse(JSON.parse((await cli(['search', 'water', '--db', db, '--format', 'json', '--outlet', 'NORTH STAR RADIO'])).stdout));
  assert.deepEqual(hits.hits.map((h) => h.outlet), ['North Star Radio']);
  const old = SearchResult.parse(JSON.parse((await cli(['search', 'fire', '--db', db, '--format', 'json', '--until', '2025-12'])).stdout));
  assert.equal(old.hits.length, 0, 'the example story (2026) is outside --until 2025-12');

  const stats = StatsResult.parse(JSON.parse((await cli(['stats', '--db', db, '--format', 'json'])).stdout));
  assert.equal(stats.articles, 9);
  assert.equal(stats.stories, 2);
  assert.equal(stats.counts.reduce((s, c) => s + c.articles, 0), 9);
  assert.deepEqual(stats.counts.filter((c) => c.outlet === 'Valley Ledger'), [{ day: '2025-06-03', outlet: 'Valley Ledger', articles: 1 }]);
  const june = StatsResult.parse(JSON.parse((await cli(['stats', '--db', db, '--format', 'json', '--since', '2025-06', '--until', '2025-06'])).stdout));
  assert.equal(june.articles, 2);
  assert.equal(june.stories, 1);

  const bad = await cli(['stats', '--db', db, '--since', 'last week']);
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--since must be a date/);
});

test('GET /api/stats and /api/stories take the same filters', async () => {
  const { db } = await corpus();
  const store = await openStore(db, { mustExist: true });
  const server = createWebServer({ store, buildDossier, annotate });
  const url = await listen(server, 0);
  try {
    const stats = StatsResult.parse(await (await fetch(`${url}api/stats?outlet=Nordwelle`)).json());
    assert.equal(stats.articles, 1);
    assert.deepEqual(stats.filter, { since: null, until: null, outlet: 'Nordwelle' });
    const stories = (await (await fetch(`${url}api/stories?until=2025`)).json()) as { stories: Array<{ outlets: string[] }> };
    assert.equal(stories.stories.length, 1);
    assert.ok(stories.stories[0].outlets.includes('Valley Ledger'));
    const bad = await fetch(`${url}api/stats?since=yesterday`);
    assert.equal(bad.status, 400);
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
    await store.close();
  }
});
