import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { UserError } from '../src/core/errors.js';
import { dossierArticles } from '../src/cli/commands/story.js';
import { ingestCorpus, resumeClusterer } from '../src/store/corpus.js';
import { textHash, urlKey } from '../src/store/identity.js';
import { SCHEMA_VERSION } from '../src/store/migrations.js';
import { openStore, type AddHooks, type CorpusStore } from '../src/store/store.js';
import { KeyClusterer, article, jsonlCorpus, keyClusterer, tempDb, tempDir } from './helpers/corpus.js';

function hooks(c = new KeyClusterer()): AddHooks {
  return { assign: (a) => c.add({ id: a.id, text: a.text, title: a.title }) };
}

async function add(store: CorpusStore, c: KeyClusterer, over: Parameters<typeof article>[0]) {
  const a = article(over);
  return store.addArticle(a, { urlKey: urlKey(a.url), textHash: textHash(a.text) }, hooks(c));
}

test('urlKey: scheme, www, fragment, tracking parameters, order and trailing slash do not matter', () => {
  const k = urlKey('https://www.Example.com/world/story-1/?b=2&a=1&utm_source=x#top');
  assert.equal(k, 'example.com/world/story-1?a=1&b=2');
  assert.equal(urlKey('http://example.com/world/story-1?a=1&b=2&fbclid=zz'), k);
  assert.notEqual(urlKey('https://example.com/world/story-1?a=1&b=3'), k, 'a content parameter is kept');
  assert.notEqual(urlKey('https://example.com/world/story-2?a=1&b=2'), k);
  assert.equal(urlKey('https://example.com/'), 'example.com');
  assert.equal(urlKey(null), null);
  assert.equal(urlKey('  '), null);
  assert.equal(urlKey('not a url'), 'not a url');
});

test('textHash: line ends and re-wrapping do not matter, words and case do', () => {
  assert.equal(textHash('The mayor said.\r\nThe bridge  reopens.'), textHash('The mayor said. The bridge\nreopens.\n'));
  assert.notEqual(textHash('The mayor said.'), textHash('the mayor said.'));
  assert.notEqual(textHash('The mayor said.'), textHash('The mayor says.'));
});

test('a new database is migrated to the current schema; a newer schema is refused', async () => {
  const file = tempDb();
  await (await openStore(file)).close();
  const db = new Database(file);
  assert.equal(db.pragma('user_version', { simple: true }), SCHEMA_VERSION);
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  db.pragma(`user_version = ${SCHEMA_VERSION + 1}`);
  db.close();
  await assert.rejects(openStore(file), (e: unknown) => e instanceof UserError && /newer than this Parallax/.test(e.reason));
});

test('read commands do not create a database by mistake; a non-database file is a clear error', async () => {
  const dir = tempDir();
  await assert.rejects(openStore(path.join(dir, 'none.db'), { mustExist: true }), (e: unknown) => e instanceof UserError && /no corpus database/.test(e.reason));
  const junk = path.join(dir, 'junk.db');
  writeFileSync(junk, 'this is not sqlite, just text that is long enough to have a header page\n'.repeat(20));
  await assert.rejects(openStore(junk), (e: unknown) => e instanceof UserError && /not a Parallax database/.test(e.reason));
});

test('the same article (canonical URL or text) is stored once; ids are sequential', async () => {
  const store = await openStore(tempDb());
  const c = new KeyClusterer();
  const r1 = await add(store, c, { text: 'The harbour fire was put out at dawn.', url: 'https://www.example.com/fire?utm_medium=rss', title: 'fire out' });
  assert.deepEqual(r1, { status: 'new', id: 'a1', seq: 1, story: 'a1' });
  // Same URL (canonically), updated text: the same article.
  assert.deepEqual(await add(store, c, { text: 'The harbour fire was put out at dawn, officials said.', url: 'http://example.com/fire#comments' }), { status: 'duplicate', of: 'a1', by: 'url' });
  // Same text under another URL (a syndicated copy saved twice): the same article.
  assert.deepEqual(await add(store, c, { text: 'The harbour fire was put out at  dawn.\n', url: 'https://other.example/x' }), { status: 'duplicate', of: 'a1', by: 'text' });
  const r2 = await add(store, c, { text: 'A second report.', title: 'fire second' });
  assert.equal(r2.status === 'new' && r2.id, 'a2');
  assert.equal(c.docs.length, 2, 'duplicates never reach the clusterer');
  assert.equal((await store.stats()).articles, 2);
  await store.close();
});

test('an article comes back exactly as stored (text, metadata, arrays)', async () => {
  const store = await openStore(tempDb());
  const a = article({
    text: 'Héllo “world” — 4,000 to 9,000.\n\nSecond paragraph.', title: 'Title', url: 'https://e.com/a', outlet: 'E',
    published: '2025-10-15T10:00:00+03:00', authors: ['A. Writer'], agencies: ['Reuters'], photoCredits: ['P'], language: 'en',
    removed: [{ text: 'Advertisement', reason: 'boilerplate', line: 3 }], file: 'x.jsonl:4',
  });
  await add(store, new KeyClusterer(), a);
  assert.deepEqual(await store.getArticle('a1'), { ...a, id: 'a1' });
  assert.equal(await store.getArticle('a99'), null);
  await store.close();
});

test('stories: headline is the most common title, dates span, outlets by count, merges move articles, copies counted', async () => {
  const store = await openStore(tempDb());
  const c = new KeyClusterer();
  await add(store, c, { text: 'one', title: 'alpha Fire at the harbour', outlet: 'B News', published: '2025-10-14' });
  await add(store, c, { text: 'two', title: 'alpha Harbour blaze', outlet: 'A Daily', published: '2025-10-16T08:00:00Z' });
  await add(store, c, { text: 'three', title: 'alpha Harbour blaze', outlet: 'A Daily', published: '2025-10-15' });
  await add(store, c, { text: 'four', title: 'beta Council vote', outlet: 'C Post', published: '2025-09-01' });
  await add(store, c, { text: 'Four', title: 'beta Council vote', outlet: 'D Wire' }); // wire copy of a4, undated
  let list = await store.listStories();
  assert.deepEqual(list.map((s) => s.id), ['a1', 'a4'], 'latest story first');
  assert.deepEqual(list[0], {
    id: 'a1', headline: 'alpha Harbour blaze', first: '2025-10-14', last: '2025-10-16T08:00:00Z', articles: 3, outlets: ['A Daily', 'B News'], copies: 0,
  });
  assert.equal(list[1].copies, 1);
  assert.deepEqual((await store.storyArticles('a1')).map((a) => a.id), ['a1', 'a3', 'a2'], 'date order');
  assert.deepEqual((await store.storyMembers('a4')).map((m) => [m.article.id, m.duplicateOf]), [['a4', null], ['a5', 'a4']]);
  // An article that bridges alpha and beta merges beta into alpha.
  await add(store, c, { text: 'five', title: 'alpha+beta Both at once', outlet: 'B News', published: '2025-10-17' });
  list = await store.listStories();
  assert.deepEqual(list.map((s) => [s.id, s.articles]), [['a1', 6]]);
  assert.equal(await store.getStory('a4'), null);
  assert.equal((await store.getStory('a1'))?.outlets[0], 'A Daily');
  assert.deepEqual(await store.listStories({ minArticles: 7 }), []);
  assert.equal((await store.stats({ minArticles: 2 })).stories, 1);
  await store.indexPending();
  assert.deepEqual(await store.integrityCheck(), [], 'story totals kept in step with the articles through merges');
  await store.close();
});

test('moves reported by the clusterer (a story split) are applied: articles, totals, emptied stories', async () => {
  const store = await openStore(tempDb());
  // A scripted clusterer: a1–a3 start as one story; a4 makes the clusterer split a2 and a3 off
  // into a story of their own (named after a2) and join it; a5 then moves a1 into that story too.
  const script: Array<{ story: string; merged: string[]; duplicateOf: null; moved?: Array<{ article: string; story: string }> }> = [
    { story: 'a1', merged: [], duplicateOf: null },
    { story: 'a1', merged: [], duplicateOf: null },
    { story: 'a1', merged: [], duplicateOf: null },
    { story: 'a2', merged: [], duplicateOf: null, moved: [{ article: 'a2', story: 'a2' }, { article: 'a3', story: 'a2' }] },
    { story: 'a2', merged: [], duplicateOf: null, moved: [{ article: 'a1', story: 'a2' }] },
  ];
  let i = 0;
  const scripted: AddHooks = { assign: () => script[i++] };
  const put = async (text: string, published: string) => {
    const a = article({ text, title: text, published });
    return store.addArticle(a, { urlKey: null, textHash: textHash(a.text) }, scripted);
  };
  await put('one', '2025-10-01');
  await put('two', '2025-10-02');
  await put('three', '2025-10-03');
  await put('four', '2025-10-04');
  assert.deepEqual((await store.listStories()).map((s) => [s.id, s.articles, s.first, s.last]).sort(), [['a1', 1, '2025-10-01', '2025-10-01'], ['a2', 3, '2025-10-02', '2025-10-04']]);
  assert.deepEqual((await store.storyArticles('a1')).map((a) => a.id), ['a1']);
  await put('five', '2025-10-05');
  assert.deepEqual((await store.listStories()).map((s) => [s.id, s.articles]), [['a2', 5]]);
  assert.equal(await store.getStory('a1'), null, 'a story left without articles is dropped');
  await store.indexPending();
  assert.deepEqual(await store.integrityCheck(), []);
  await store.close();
});

test('listStories pages deterministically', async () => {
  const store = await openStore(tempDb());
  const c = new KeyClusterer();
  for (let i = 0; i < 7; i++) await add(store, c, { text: `text ${i}`, title: `k${i} t`, published: i < 4 ? '2025-01-01' : null });
  const all = (await store.listStories()).map((s) => s.id);
  assert.deepEqual(all, ['a1', 'a2', 'a3', 'a4', 'a5', 'a6', 'a7'], 'same date: id order; undated last');
  assert.deepEqual((await store.listStories({ limit: 3, offset: 2 })).map((s) => s.id), all.slice(2, 5));
  await store.close();
});

test('search: ranked hits with plain snippets and match offsets; a bad query is a UserError', async () => {
  const store = await openStore(tempDb());
  const c = new KeyClusterer();
  await add(store, c, { text: 'The minister visited the flooded river towns on Monday and promised aid.', title: 'river Minister visits' });
  await add(store, c, { text: 'A school board met to discuss budgets. Nothing about rivers here.', title: 'school Board' });
  await add(store, c, { text: 'Floods: the river rose again; the river is still rising, residents said.', title: 'river Floods continue' });
  assert.deepEqual(await store.search('river'), [], 'not indexed before indexPending');
  assert.equal(await store.indexPending(), 3);
  assert.equal(await store.indexPending(), 0);
  const hits = await store.search('river');
  assert.deepEqual(hits.map((h) => h.article).sort(), ['a1', 'a3']);
  for (const h of hits) {
    assert.ok(h.matches.length > 0);
    for (const m of h.matches) assert.equal(h.snippet.slice(m.start, m.end).toLowerCase(), 'river');
    assert.doesNotMatch(h.snippet, /[\uE000\uE001]/);
    assert.equal(h.story, 'a1', 'both river articles are in the story of the first');
  }
  assert.deepEqual((await store.search('"promised aid"')).map((h) => h.article), ['a1']);
  assert.deepEqual((await store.search('budg*')).map((h) => h.article), ['a2']);
  assert.deepEqual((await store.search('title: floods')).map((h) => h.article), ['a3'], 'column filter');
  await add(store, c, { text: 'President Enrique Peña Nieto met the delegation.', title: 'x' });
  await store.indexPending();
  assert.deepEqual((await store.search('pena')).map((h) => h.article), ['a4'], 'diacritics folded');
  assert.deepEqual(await store.search('nonexistentword'), []);
  await assert.rejects(store.search('"unbalanced'), (e: unknown) => e instanceof UserError && /invalid search query/.test(e.reason));
  await assert.rejects(store.search('AND OR'), UserError);
  await store.close();
});

test('the clusterer is checkpointed every N articles and resumed by replaying the articles after the watermark', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'c.jsonl');
  writeFileSync(file, jsonlCorpus(25, 4));
  const db = path.join(dir, 'c.db');
  let store = await openStore(db);
  const sum = await ingestCorpus(store, [file], { clusterer: keyClusterer, checkpointEvery: 10 });
  assert.equal(sum.new, 25);
  assert.equal(sum.stories, 4);
  assert.equal((await store.loadClusterState())?.watermark, 25, 'final checkpoint at the end of the run');
  // Simulate a crash after article 20: the last checkpoint saved inside a transaction was at 20.
  const snap20 = (await store.articlesAfter(0, 20)).map(({ article }) => [article.id, article.title]);
  await store.saveClusterState(Buffer.from(JSON.stringify(snap20)), 20);
  const { clusterer, replayed } = await resumeClusterer(store, keyClusterer);
  assert.equal(replayed, 5);
  assert.equal((clusterer as KeyClusterer).docs.length, 25);
  assert.equal((await store.loadClusterState())?.watermark, 25);
  await store.close();
  // Ingesting the same file again: all duplicates, and the stories are unchanged.
  store = await openStore(db);
  const before = await store.listStories();
  const again = await ingestCorpus(store, [file], { clusterer: keyClusterer });
  assert.deepEqual([again.new, again.duplicate, again.failed, again.replayed], [0, 25, 0, 0]);
  assert.deepEqual(await store.listStories(), before);
  assert.deepEqual(await store.integrityCheck(), []);
  await store.close();
});

test('a snapshot that cannot be restored is rebuilt by replaying every article, with a warning', async () => {
  const store = await openStore(tempDb());
  const c = new KeyClusterer();
  await add(store, c, { text: 'one', title: 'alpha x' });
  await add(store, c, { text: 'two', title: 'alpha y' });
  await store.saveClusterState(Buffer.from('garbage'), 2);
  const warnings: string[] = [];
  const { clusterer, replayed } = await resumeClusterer(store, keyClusterer, (w) => warnings.push(w));
  assert.equal(replayed, 2);
  assert.equal((clusterer as KeyClusterer).docs.length, 2);
  assert.match(warnings[0], /cannot be restored/);
  await store.close();
});

test('one writer at a time: a live ingest holds the lock, a dead one\'s lock is taken over', async () => {
  const file = tempDb();
  const a = await openStore(file);
  const b = await openStore(file);
  await a.lockWriter();
  // Another process (the parent of this test runner is alive) holding the lock:
  const db = new Database(file);
  db.prepare(`UPDATE meta SET value = ? WHERE key = 'writer'`).run(JSON.stringify({ pid: process.ppid, host: hostname() }));
  await assert.rejects(b.lockWriter(), (e: unknown) => e instanceof UserError && /another parallax ingest/.test(e.reason));
  // A pid that does not exist (crashed ingest): stale, taken over.
  db.prepare(`UPDATE meta SET value = ? WHERE key = 'writer'`).run(JSON.stringify({ pid: 2 ** 22 + 12345, host: hostname() }));
  db.close();
  await b.lockWriter();
  await b.close();
  await a.close();
});

test('dossierArticles: wire copies left out; over the cap, one per outlet first, then the earliest, in date order', async () => {
  const store = await openStore(tempDb());
  const c = new KeyClusterer();
  await add(store, c, { text: 'a one', title: 'k 1', outlet: 'A', published: '2025-01-01' });
  await add(store, c, { text: 'A ONE', title: 'k 1', outlet: 'W', published: '2025-01-01' }); // copy of a1
  await add(store, c, { text: 'a two', title: 'k 2', outlet: 'A', published: '2025-01-02' });
  await add(store, c, { text: 'a three', title: 'k 3', outlet: 'A', published: '2025-01-03' });
  await add(store, c, { text: 'b one', title: 'k 4', outlet: 'B', published: '2025-01-04' });
  await add(store, c, { text: 'c one', title: 'k 5', outlet: 'C', published: '2025-01-05' });
  assert.deepEqual((await dossierArticles(store, 'a1', 10)).map((a) => a.id), ['a1', 'a3', 'a4', 'a5', 'a6']);
  assert.deepEqual((await dossierArticles(store, 'a1', 4)).map((a) => a.id), ['a1', 'a3', 'a5', 'a6']);
  assert.deepEqual((await dossierArticles(store, 'a1', 2)).map((a) => a.id), ['a1', 'a5']);
  await store.close();
});
