/**
 * The full-text index is filled off the assigner's path (issue #14, docs/scale.md): a worker that
 * is not the assigner and has nothing to prepare indexes the stored articles waiting for it, so
 * that the articles stored after the last job was prepared do not all wait for the assigner's
 * indexing when the queue drains; and no worker waits for a batch it started.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonlCorpus, tempDir } from './helpers/corpus.js';
import { postgresForFile } from './helpers/postgres.js';
import { runCli } from './helpers/cli-process.js';
import { openStore } from '../src/store/store.js';
import { enqueueInputs, runWorker } from '../src/store/queue.js';
import type { PgStore } from '../src/store/pg.js';

const pgFile = postgresForFile();
const skip = pgFile.skip;

test('a worker with nothing to prepare fills the full-text index of the stored articles waiting for it', { skip }, async () => {
  const dir = tempDir();
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, jsonlCorpus(600, 20));
  const url = await pgFile.cluster.createDb();
  const indexed = async (): Promise<number> => Number((await pgFile.cluster.query<{ n: string }>(url, 'SELECT COUNT(*) AS n FROM article_fts'))[0].n);
  try {
    assert.equal((await runCli(['ingest', file, '--db', url, '--enqueue', '-q'])).status, 0);
    const w = await runCli(['worker', '--db', url, '--exit-when-drained', '--poll', '1', '--no-fetch-links', '-q']);
    assert.equal(w.status, 0, w.stderr);
    assert.equal(await indexed(), 600);
    // As if the assigner had stored them while the last preparing worker had nothing left to do.
    await pgFile.cluster.query(url, "DELETE FROM article_fts; UPDATE meta SET value = '0' WHERE key = 'fts_seq'");
    const idle = await runCli(['worker', '--db', url, '--exit-when-drained', '--poll', '1', '--no-fetch-links', '--no-assign', '-q']);
    assert.equal(idle.status, 0, idle.stderr);
    assert.equal(await indexed(), 600, 'the idle worker indexed them');
    const hits = await runCli(['search', 'Report', '--db', url, '--format', 'json']);
    assert.equal(hits.status, 0, hits.stderr);
  } finally {
    await pgFile.cluster.dropDb(url);
  }
});

test('a worker goes on preparing and storing while a full-text batch runs (the index is off every worker\'s path)', { skip }, async () => {
  // One worker, so it is the assigner and the only indexer: before, it awaited each batch it
  // started, between preparing one job and storing the next. Here every batch is held back until
  // the whole queue is stored: a worker that waits for its batch never gets there.
  const dir = tempDir();
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, jsonlCorpus(200, 10)); // 4 jobs of 50 invented articles
  const url = await pgFile.cluster.createDb();
  const store = (await openStore(url)) as unknown as PgStore;
  let open!: () => void;
  const gate = new Promise<void>((resolve) => (open = resolve));
  const original = store.indexPendingIfFree.bind(store);
  let batches = 0;
  store.indexPendingIfFree = async () => {
    batches++;
    await gate;
    return original();
  };
  const count = async (sql: string): Promise<number> => Number((await pgFile.cluster.query<{ n: string }>(url, sql))[0].n);
  try {
    await enqueueInputs(store, [file]);
    const run = runWorker(store, { exitWhenDrained: true, pollMs: 5, fetchLinks: false, indexEvery: 10 });
    let done = 0;
    for (let t = 0; t < 600 && done < 4; t++) {
      await new Promise((r) => setTimeout(r, 50));
      done = await count("SELECT COUNT(*) AS n FROM jobs WHERE state = 'done'");
    }
    const startedBatches = batches;
    open();
    const tally = await run;
    assert.ok(startedBatches > 0, 'a batch was started while the queue was stored');
    assert.equal(done, 4, 'every job was stored while the batch was still held back');
    assert.equal(tally.new, 200);
    // The drained corpus is fully indexed, once.
    assert.equal(await count('SELECT COUNT(*) AS n FROM article_fts'), 200);
    assert.equal(await count("SELECT value::bigint AS n FROM meta WHERE key = 'fts_seq'"), 200);
  } finally {
    open();
    await store.close();
    await pgFile.cluster.dropDb(url);
  }
});
