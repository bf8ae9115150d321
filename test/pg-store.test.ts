/**
 * The PostgreSQL corpus store against a real server (a throw-away cluster, test/helpers/postgres.ts):
 * the same corpus ingested into SQLite and PostgreSQL gives the same stories, dossiers and search
 * results; migrations and the schema version; a database of another application refused
 * untouched; an unreachable server in one line with exit 2; the writer lock. Skips with a message
 * when PostgreSQL is not installed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildDossier } from '../src/compare/dossier.js';
import { UserError } from '../src/core/errors.js';
import { dossierArticles } from '../src/cli/commands/story.js';
import { ingestCorpus } from '../src/store/corpus.js';
import { PG_SCHEMA_VERSION } from '../src/store/pg-migrations.js';
import { decodeFeatures, docParts, encodeFeatures } from '../src/store/queue.js';
import { createToken, tokenHash, verifyToken } from '../src/store/tokens.js';
import { prepareDoc } from '../src/cluster/index.js';
import { openStore, type CorpusStore } from '../src/store/store.js';
import { jsonlCorpus, tempDir } from './helpers/corpus.js';
import { postgresForFile } from './helpers/postgres.js';
import { runCli, type CliResult } from './helpers/cli-process.js';

const pgFile = postgresForFile();
const skip = pgFile.skip;
const cli = (args: string[], cwd?: string): Promise<CliResult> => runCli(args, { cwd, env: { PARALLAX_DB: '' } });


/** Everything a reader can ask of a corpus, in a comparable form. */
async function snapshot(store: CorpusStore) {
  const stories = await store.listStories();
  const members: Record<string, Array<[string, string | null]>> = {};
  for (const s of stories) members[s.id] = (await store.storyMembers(s.id)).map((m) => [m.article.id, m.duplicateOf]);
  const articles = [];
  for await (const m of store.eachArticle()) articles.push(m);
  return { stories, members, articles, stats: await store.stats(), counts: await store.counts(), filtered: await store.listStories({ since: '2025-10-10', outlet: 'outlet 2' }) };
}

test('one corpus into SQLite and PostgreSQL: the same stories, dossiers and search results', { skip }, async () => {
  const dir = tempDir();
  const file = path.join(dir, 'c.jsonl');
  writeFileSync(file, jsonlCorpus(160, 9));
  const specs = ['examples/harbour-fire', file];
  const lite = await openStore(path.join(dir, 'c.db'));
  const url = await pgFile.cluster.createDb();
  const pgs = await openStore(url);
  try {
    const a = await ingestCorpus(lite, specs, { checkpointEvery: 50 });
    const b = await ingestCorpus(pgs, specs, { checkpointEvery: 50 });
    assert.deepEqual({ ...b, seconds: 0 }, { ...a, seconds: 0 }, 'same ingest summary');
    assert.equal(a.new, 167);
    assert.deepEqual(await snapshot(pgs), await snapshot(lite));
    assert.deepEqual(await pgs.integrityCheck(), []);

    // Dossiers: built from what each store gives, they are byte-identical.
    for (const s of (await lite.listStories()).slice(0, 3)) {
      const d1 = buildDossier(await dossierArticles(lite, s.id, 40)).dossier;
      const d2 = buildDossier(await dossierArticles(pgs, s.id, 40)).dossier;
      assert.equal(JSON.stringify(d2), JSON.stringify(d1), `dossier of ${s.id}`);
    }

    // Search: the same articles for every kind of query; the snippets mark the query's words.
    // (The order among hits may differ: bm25 in SQLite, ts_rank in PostgreSQL.)
    const queries = ['fire', 'ferry terminal', '"ferry terminal"', 'mayor OR minister', 'harbour NOT fire', 'termin*', 'title: fire', '(storm OR river) AND officials', 'pena', 'nothingmatchesthis'];
    for (const q of queries) {
      const h1 = await lite.search(q, 500);
      const h2 = await pgs.search(q, 500);
      assert.deepEqual(h2.map((h) => h.article).sort(), h1.map((h) => h.article).sort(), `search ${q}`);
      for (const h of h2) {
        assert.deepEqual(h.story, h1.find((x) => x.article === h.article)?.story);
        assert.ok(h.matches.length > 0, `${q}: ${h.article} has a marked match`);
        assert.doesNotMatch(h.snippet, /[\uE000\uE001]/);
      }
    }
    assert.equal((await pgs.search('fire', 3)).length, 3, 'limit');
    assert.deepEqual((await pgs.search('officials', 500, { outlet: 'OUTLET 1' })).map((h) => h.outlet).filter((o) => o !== 'Outlet 1'), [], 'filtered search');
    // Bad queries are refused by both, as UserErrors.
    for (const bad of ['"unbalanced', 'AND OR', 'fire-brigade', 'nosuchcolumn: fire', '(fire']) {
      await assert.rejects(lite.search(bad), UserError, `sqlite: ${bad}`);
      await assert.rejects(pgs.search(bad), (e: unknown) => e instanceof UserError && /invalid search query/.test(e.reason), `pg: ${bad}`);
    }

    // The same ingest again: every article a duplicate, nothing changes.
    const again = await ingestCorpus(pgs, specs);
    assert.deepEqual([again.new, again.duplicate], [0, 167]);
    assert.deepEqual((await snapshot(pgs)).stories, (await snapshot(lite)).stories);
  } finally {
    await lite.close();
    await pgs.close();
    await pgFile.cluster.dropDb(url);
  }
});

test('PostgreSQL: migrations set the schema version; a newer schema is refused', { skip }, async () => {
  const url = await pgFile.cluster.createDb();
  try {
    await (await openStore(url)).close();
    const [row] = await pgFile.cluster.query<{ app: string; version: number }>(url, 'SELECT app, version FROM parallax_schema');
    assert.deepEqual(row, { app: 'parallax', version: PG_SCHEMA_VERSION });
    await (await openStore(url)).close(); // opening again changes nothing
    await pgFile.cluster.query(url, 'UPDATE parallax_schema SET version = version + 1');
    await assert.rejects(openStore(url), (e: unknown) => e instanceof UserError && /newer than this Parallax understands/.test(e.reason));
    const r = await cli(['stories', '--db', url]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /^parallax: postgres:\/\/\S+: database schema version \d+ is newer/);
  } finally {
    await pgFile.cluster.dropDb(url);
  }
});

test('PostgreSQL: the clusterer checkpoint is compressed with LZ4 where the server has it (a fraction of pglz\'s CPU per checkpoint)', { skip }, async () => {
  const url = await pgFile.cluster.createDb();
  try {
    await (await openStore(url)).close();
    // A server built with LZ4 (Debian's, PostgreSQL 14+) takes the setting; elsewhere the migration keeps pglz.
    const [lz4] = await pgFile.cluster.query<{ ok: boolean }>(url, "SELECT EXISTS (SELECT 1 FROM pg_settings WHERE name = 'default_toast_compression' AND 'lz4' = ANY(enumvals)) AS ok");
    const [col] = await pgFile.cluster.query<{ c: string }>(url, "SELECT attcompression::text AS c FROM pg_attribute WHERE attrelid = 'cluster_state'::regclass AND attname = 'snapshot'");
    assert.equal(col.c, lz4.ok ? 'l' : '');
  } finally {
    await pgFile.cluster.dropDb(url);
  }
});

test('PostgreSQL: API tokens of the team server are stored as hashes, verified, listed and revoked as in SQLite', { skip }, async () => {
  const url = await pgFile.cluster.createDb();
  try {
    const store = await openStore(url);
    try {
      const { token, record } = await createToken(store, { name: 'desk', readOnly: true });
      const [row] = await pgFile.cluster.query<{ hash: string }>(url, 'SELECT hash FROM tokens');
      assert.equal(row.hash, tokenHash(token));
      assert.ok(!JSON.stringify(await pgFile.cluster.query(url, 'SELECT * FROM tokens')).includes(token), 'the secret is never stored');
      assert.deepEqual(await verifyToken(store, token), record);
      assert.equal(await verifyToken(store, token + 'x'), null);
      assert.deepEqual((await store.listTokens()).map((t) => [t.id, t.name, t.readOnly]), [[record.id, 'desk', true]]);
      assert.equal(await store.revokeToken(record.id), true);
      assert.equal(await store.revokeToken(record.id), false);
      assert.equal(await verifyToken(store, token), null);
    } finally {
      await store.close();
    }
  } finally {
    await pgFile.cluster.dropDb(url);
  }
});

test('PostgreSQL: a database of another application is refused and left untouched; read commands never create a corpus', { skip }, async () => {
  const url = await pgFile.cluster.createDb();
  try {
    await pgFile.cluster.query(url, 'CREATE TABLE invoices (id INT PRIMARY KEY, total NUMERIC)');
    const tables = async () => (await pgFile.cluster.query<{ t: string }>(url, "SELECT table_name AS t FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")).map((r) => r.t);
    const r = await cli(['ingest', 'examples/harbour-fire', '--db', url, '-q']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /not a Parallax database \(it holds other tables: public\.invoices\); nothing was changed/);
    assert.deepEqual(await tables(), ['invoices'], 'no table added');
    const empty = await pgFile.cluster.createDb();
    const s = await cli(['stories', '--db', empty]);
    assert.equal(s.status, 2);
    assert.match(s.stderr, /no corpus in this database yet/);
    assert.deepEqual((await pgFile.cluster.query(empty, "SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'")).length, 0, 'stories created nothing');
    await pgFile.cluster.dropDb(empty);
  } finally {
    await pgFile.cluster.dropDb(url);
  }
});

test('PostgreSQL: an unreachable server is one line naming the host and what failed, exit 2; no "postgres:" directory appears', { skip }, async () => {
  const cwd = tempDir();
  // A port nothing listens on: the cluster's own port + 1 is not guaranteed free, so ask for a closed one.
  const closed = pgFile.cluster.port === 1 ? 2 : 1;
  for (const [args, why] of [
    [['stories', '--db', `postgres://someone:s3cret@127.0.0.1:${closed}/corpus`], /cannot connect to PostgreSQL at 127\.0\.0\.1:\d+: connection refused/],
    [['ingest', path.resolve('examples/harbour-fire'), '--db', `postgres://127.0.0.1:${closed}/corpus`], /cannot connect to PostgreSQL at 127\.0\.0\.1:\d+: connection refused/],
    [['search', 'fire', '--db', `${pgFile.cluster.base}no_such_database`], /database "no_such_database" does not exist/],
  ] as Array<[string[], RegExp]>) {
    const r = await cli(args, cwd);
    assert.equal(r.status, 2, r.stderr);
    assert.equal(r.stderr.trim().split('\n').length, 1, r.stderr);
    assert.match(r.stderr, why);
    assert.doesNotMatch(r.stderr, /s3cret/, 'the password is never printed');
  }
  assert.deepEqual(readdirSync(cwd), [], 'nothing created in the working directory');
  assert.ok(!existsSync(path.join(cwd, 'postgres:')));
});

test('PostgreSQL: one writer at a time through an advisory lock that a dead holder releases', { skip }, async () => {
  const url = await pgFile.cluster.createDb();
  const a = await openStore(url);
  const b = await openStore(url);
  try {
    await a.lockWriter();
    await assert.rejects(b.lockWriter(), (e: unknown) => e instanceof UserError && /holds the writer lock/.test(e.reason));
    const r = await cli(['ingest', 'examples/harbour-fire', '--db', url, '-q']);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /another parallax ingest or worker/);
    // The holder's session ends (as when its process is killed): the lock is free at once.
    await pgFile.cluster.query(url, "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'parallax writer' AND pid <> pg_backend_pid()");
    await b.lockWriter();
    await b.unlockWriter();
  } finally {
    await a.close();
    await b.close();
    await pgFile.cluster.dropDb(url);
  }
});

test('PostgreSQL: a writer whose lock was broken (--break-lock) stops before it writes again; the breaker writes', { skip }, async () => {
  const url = await pgFile.cluster.createDb();
  const a = await openStore(url);
  const b = await openStore(url);
  try {
    const file = path.join(tempDir(), 'c.jsonl');
    writeFileSync(file, jsonlCorpus(4, 2));
    await a.lockWriter();
    // Another process breaks the lock: it ends a's lock connection and takes the lock.
    await b.lockWriter(true);
    const keys = { urlKey: null, textHash: 'not-stored' };
    const hooks = { assign: (): never => { throw new Error('a writer without the lock must not place articles'); } };
    const article = { id: 'new', text: 'Words.', title: null, outlet: null, published: null } as unknown as Parameters<CorpusStore['addArticle']>[0];
    await assert.rejects(a.addArticle(article, keys, hooks), (e: unknown) => e instanceof UserError && /lost the writer lock/.test(e.reason));
    await b.unlockWriter();
    const sum = await ingestCorpus(b, [file]);
    assert.equal(sum.new, 4);
  } finally {
    await a.close();
    await b.close();
    await pgFile.cluster.dropDb(url);
  }
});

test('PostgreSQL: host slots are shared by every worker: concurrent reservations for one site get consecutive slots, another site its own', { skip }, async () => {
  const url = await pgFile.cluster.createDb();
  const a = (await openStore(url)) as import('../src/store/pg.js').PgStore;
  const b = (await openStore(url)) as import('../src/store/pg.js').PgStore;
  try {
    const DELAY = 10_000;
    // Six reservations from two "workers" at once: the waits are 0, 10, 20 … 50 s (less the
    // moments between the calls), whichever worker asked.
    const waits = (await Promise.all([a, b, a, b, a, b].map((s) => s.reserveHostSlot('https://news.example', DELAY)))).sort((x, y) => x - y);
    waits.forEach((w, k) => assert.ok(w <= k * DELAY && w > k * DELAY - 2000, `slot ${k}: waits ${w} ms`));
    assert.equal(await b.reserveHostSlot('https://other.example', DELAY), 0, 'another site is free');
  } finally {
    await a.close();
    await b.close();
    await pgFile.cluster.dropDb(url);
  }
});

test('clustering features computed by a worker survive the trip through the queue table exactly', () => {
  const a = { id: 'a1', text: 'Officials said 12 people died in the fire at the Halvar ferry terminal on Monday, 9 February 2026.', title: 'Fire at Halvar ferry terminal', header: [], published: '2026-02-10', url: 'https://example.org/2026/02/10/fire', outlet: 'Example' };
  const d = prepareDoc(a);
  const back = decodeFeatures(encodeFeatures(d));
  assert.deepEqual({ ...back, id: d.id }, d);
  assert.deepEqual([...back.terms.keys()], [...d.terms.keys()], 'term order kept');
  // Undated, no names or numbers: no day, no year, few terms.
  const plain = prepareDoc({ id: 'a2', text: 'quiet words only here', title: null, header: [], published: null, url: null, outlet: null });
  assert.deepEqual({ ...decodeFeatures(encodeFeatures(plain)), id: plain.id }, plain);
});

test('a staged document is the stored article\'s JSON with its id put between its two parts, whatever the article holds', () => {
  const article = {
    id: 'new', title: 'He said "id":"0" — and \\ a backslash, \u2028 a separator', text: 'Body text that is never in the document.',
    outlet: 'Ex "Quoted"', published: '2026-02-10', url: 'https://example.org/a?id=0', language: 'en', header: ['"id":"1"'],
  } as unknown as Parameters<typeof docParts>[0];
  const [head, tail] = docParts(article);
  const { text: _text, ...rest } = { ...article, id: 'a4711' };
  assert.equal(head + 'a4711' + tail, JSON.stringify(rest));
});

test('worker and --enqueue refuse a SQLite corpus and say why', async () => {
  const db = path.join(tempDir(), 'c.db');
  const w = await cli(['worker', '--db', db]);
  assert.equal(w.status, 2);
  assert.match(w.stderr, /parallax worker needs a PostgreSQL corpus .*a SQLite file is one machine's/);
  const e = await cli(['ingest', 'examples/harbour-fire', '--enqueue', '--db', db]);
  assert.equal(e.status, 2);
  assert.match(e.stderr, /--enqueue needs a PostgreSQL corpus/);
  assert.ok(!existsSync(db), 'no SQLite file created');
});
