/**
 * The full-text index is filled off the assigner's path (issue #14, docs/scale.md): a worker that
 * is not the assigner and has nothing to prepare indexes the stored articles waiting for it, so
 * that the articles stored after the last job was prepared do not all wait for the assigner's
 * indexing when the queue drains.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonlCorpus, tempDir } from './helpers/corpus.js';
import { postgresForFile } from './helpers/postgres.js';
import { runCli } from './helpers/cli-process.js';

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
