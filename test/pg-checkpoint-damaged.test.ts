/**
 * A PostgreSQL checkpoint kept in parts (migration 6) whose parts no longer join — a segment
 * lost — is a checkpoint that cannot be restored, as a damaged whole snapshot always was: the
 * next ingest warns, re-clusters every stored article and replaces the whole checkpoint. It must
 * neither fail to start nor join the re-clustered articles' part to the damaged old one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { jsonlCorpus, tempDir } from './helpers/corpus.js';
import { postgresForFile } from './helpers/postgres.js';
import { runCli } from './helpers/cli-process.js';

const pgFile = postgresForFile();

test('a checkpoint whose segments do not join is re-clustered and replaced whole, not fatal and not joined to the damaged parts', { skip: pgFile.skip }, async () => {
  const dir = tempDir();
  const url = await pgFile.cluster.createDb();
  try {
    const lines = jsonlCorpus(240, 12).trim().split('\n');
    const head = path.join(dir, 'head.jsonl');
    writeFileSync(head, lines.slice(0, 120).join('\n') + '\n');
    const tail = path.join(dir, 'tail.jsonl');
    writeFileSync(tail, lines.slice(120).join('\n') + '\n');
    assert.equal((await runCli(['ingest', head, '--db', url, '-q'])).status, 0);
    // The first segment lost (a partial restore of a dump, a hand-made DELETE).
    await pgFile.cluster.query(url, 'DELETE FROM cluster_segments WHERE docs_from = 0');

    const r = await runCli(['ingest', tail, '--db', url]);
    assert.equal(r.status, 0, r.stderr);
    assert.match(r.stderr, /cannot be restored .*re-clustering every stored article/);

    const segs = await pgFile.cluster.query<{ docs_from: number; docs_to: number; keys_from: number; keys_to: number }>(url, 'SELECT docs_from, docs_to, keys_from, keys_to FROM cluster_segments ORDER BY docs_from, keys_from');
    assert.deepEqual([segs[0].docs_from, segs[0].keys_from], [0, 0], 'every part rewritten from the first article');
    for (let i = 1; i < segs.length; i++) assert.deepEqual([segs[i].docs_from, segs[i].keys_from], [segs[i - 1].docs_to, segs[i - 1].keys_to]);
    const { openStore } = await import('../src/store/store.js');
    const { StoryClusterer } = await import('../src/cluster/clusterer.js');
    const store = await openStore(url);
    try {
      const loaded = await store.loadClusterState();
      assert.ok(loaded && loaded.unreadable === undefined, loaded?.unreadable);
      assert.equal(StoryClusterer.restore(loaded.snapshot).size, 240);
    } finally {
      await store.close();
    }
  } finally {
    await pgFile.cluster.dropDb(url);
  }
});
