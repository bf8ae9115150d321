/**
 * Incremental clusterer checkpoints on PostgreSQL (issue #14, docs/scale.md, migration 6): each
 * checkpoint adds only the articles stored since the last one (one `cluster_segments` row) and
 * replaces the state that changes. The assigner killed with SIGKILL after several checkpoints:
 * its replacement resumes from the base joined with its segments, replays the articles after
 * the watermark, and ends with the same stories as one uninterrupted ingest — and the stored
 * checkpoint, joined, is byte for byte the whole snapshot that ingest stored.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { jsonlCorpus, tempDir } from './helpers/corpus.js';
import { postgresForFile } from './helpers/postgres.js';
import { runCli, spawnCli } from './helpers/cli-process.js';

// Five batches of ten 50-record jobs: the kill comes after the second batch's checkpoint, with
// batches still to store.
const N = 2500;
const EVERY = '120';
const pgFile = postgresForFile();
const skip = pgFile.skip;

test('the assigner killed with SIGKILL after incremental checkpoints: resumed from base and segments, the same stories and the same checkpoint bytes as one ingest', { skip }, async () => {
  const dir = tempDir();
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, jsonlCorpus(N, 60));
  const url = await pgFile.cluster.createDb();
  const one = async <R>(sql: string): Promise<R> => (await pgFile.cluster.query<R>(url, sql))[0];
  try {
    const q = await runCli(['ingest', file, '--db', url, '--enqueue', '--format', 'json']);
    assert.equal(q.status, 0, q.stderr);
    // Every job prepared first, so that the assigner stores ten jobs per transaction.
    const prep = await runCli(['worker', '--db', url, '--exit-when-drained', '--poll', '1', '--no-assign', '--no-fetch-links', '-q']);
    assert.equal(prep.status, 0, prep.stderr);

    const args = ['worker', '--db', url, '--exit-when-drained', '--poll', '1', '-v', '--checkpoint-every', EVERY, '--no-fetch-links'];
    const first = spawnCli(args);
    const deadline = Date.now() + 240_000;
    let segments = 0;
    while (Date.now() < deadline) {
      segments = Number((await one<{ n: string }>('SELECT COUNT(*) AS n FROM cluster_segments')).n);
      if (segments >= 2) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    first.child.kill('SIGKILL');
    await first.exited;
    const stored = Number((await one<{ n: string }>('SELECT COUNT(*) AS n FROM articles')).n);
    assert.ok(segments >= 2 && stored < N, `killed mid-ingest after ${segments} checkpoints (${stored} stored; ${first.how()})`);
    const before = await one<{ watermark: number; docs: number }>('SELECT watermark, docs FROM cluster_state');
    assert.ok(before.docs > 0 && before.docs === Number(before.watermark), 'the checkpoint counts the articles up to its watermark');

    const second = spawnCli(args);
    assert.equal(await second.exited, 0, second.stderr);
    assert.match(second.stderr, /took the assigner role \(replayed \d+ articles after the last checkpoint\)/);

    // The segments follow each other from the first article to what the base counts: each
    // checkpoint wrote only the articles since the one before.
    const segs = await pgFile.cluster.query<{ docs_from: number; docs_to: number; keys_from: number; keys_to: number }>(url, 'SELECT docs_from, docs_to, keys_from, keys_to FROM cluster_segments ORDER BY docs_from');
    const state = await one<{ docs: number; keys: number; watermark: number }>('SELECT docs, keys, watermark FROM cluster_state');
    assert.ok(segs.length >= 4, `${segs.length} segments`);
    assert.deepEqual([segs[0].docs_from, segs[0].keys_from], [0, 0]);
    for (let i = 1; i < segs.length; i++) assert.deepEqual([segs[i].docs_from, segs[i].keys_from], [segs[i - 1].docs_to, segs[i - 1].keys_to]);
    assert.deepEqual([segs[segs.length - 1].docs_to, segs[segs.length - 1].keys_to], [state.docs, state.keys]);
    assert.equal(state.docs, N);

    // The same stories, and the same checkpoint, as one uninterrupted ingest into SQLite (which
    // stores whole snapshots).
    const lite = path.join(dir, 'single.db');
    const single = await runCli(['ingest', file, '--db', lite, '-q', '--checkpoint-every', EVERY]);
    assert.equal(single.status, 0, single.stderr);
    const d = new Database(lite, { readonly: true });
    const expected = d.prepare('SELECT id, story, duplicate_of FROM articles ORDER BY seq').all();
    const whole = d.prepare('SELECT watermark, snapshot FROM cluster_state WHERE id = 1').get() as { watermark: number; snapshot: Buffer };
    d.close();
    assert.deepEqual(await pgFile.cluster.query(url, 'SELECT id, story, duplicate_of FROM articles ORDER BY seq'), expected);
    const { openStore } = await import('../src/store/store.js');
    const store = await openStore(url);
    try {
      const loaded = await store.loadClusterState();
      assert.ok(loaded);
      assert.equal(Number(loaded.watermark), Number(whole.watermark));
      assert.ok(loaded.snapshot.equals(whole.snapshot), `the joined checkpoint (${loaded.snapshot.length} bytes) equals the whole snapshot (${whole.snapshot.length} bytes)`);
      assert.deepEqual(await store.integrityCheck(), []);
    } finally {
      await store.close();
    }
  } finally {
    await pgFile.cluster.dropDb(url);
  }
});

test('a database whose checkpoint is a whole snapshot (written before migration 6) is resumed from it, and the next checkpoint writes every segment from the first article', { skip }, async () => {
  const dir = tempDir();
  const url = await pgFile.cluster.createDb();
  try {
    const head = path.join(dir, 'head.jsonl');
    const lines = jsonlCorpus(300, 12).trim().split('\n');
    writeFileSync(head, lines.slice(0, 150).join('\n') + '\n');
    const tail = path.join(dir, 'tail.jsonl');
    writeFileSync(tail, lines.slice(150).join('\n') + '\n');
    assert.equal((await runCli(['ingest', head, '--db', url, '-q'])).status, 0);
    // What an older version left: a whole snapshot, no segments.
    const { StoryClusterer, joinCheckpoint } = await import('../src/cluster/clusterer.js');
    const { openStore } = await import('../src/store/store.js');
    let store = await openStore(url);
    const whole = (await store.loadClusterState())!;
    await store.close();
    assert.ok(StoryClusterer.restore(whole.snapshot));
    await pgFile.cluster.query(url, 'DELETE FROM cluster_segments');
    await pgFile.cluster.query(url, 'UPDATE cluster_state SET snapshot = $1, docs = NULL, keys = NULL', [whole.snapshot]);
    store = await openStore(url);
    assert.ok((await store.loadClusterState())!.snapshot.equals(whole.snapshot), 'a whole snapshot is read as it is');
    await store.close();

    assert.equal((await runCli(['ingest', tail, '--db', url, '-q'])).status, 0);
    const segs = await pgFile.cluster.query<{ docs_from: number; docs_to: number }>(url, 'SELECT docs_from, docs_to FROM cluster_segments ORDER BY docs_from');
    assert.deepEqual(segs.map((s) => s.docs_from), [0], 'the first checkpoint after it holds every article');
    assert.equal(segs[0].docs_to, 300);
    const lite = path.join(dir, 'single.db');
    assert.equal((await runCli(['ingest', head, '--db', lite, '-q'])).status, 0);
    assert.equal((await runCli(['ingest', tail, '--db', lite, '-q'])).status, 0);
    const d = new Database(lite, { readonly: true });
    const expected = (d.prepare('SELECT snapshot FROM cluster_state WHERE id = 1').get() as { snapshot: Buffer }).snapshot;
    d.close();
    store = await openStore(url);
    try {
      const loaded = (await store.loadClusterState())!;
      assert.ok(loaded.snapshot.equals(expected));
      const [row] = await pgFile.cluster.query<{ snapshot: Buffer }>(url, 'SELECT snapshot FROM cluster_state');
      assert.ok(joinCheckpoint(row.snapshot, (await pgFile.cluster.query<{ data: Buffer }>(url, 'SELECT data FROM cluster_segments ORDER BY docs_from')).map((r) => r.data)).equals(expected));
    } finally {
      await store.close();
    }
  } finally {
    await pgFile.cluster.dropDb(url);
  }
});
