/**
 * Ingest workers on PostgreSQL, as separate processes: a corpus queued with `ingest --enqueue`,
 * three `parallax worker`s and a web server on one database, the worker holding the assigner
 * role killed with SIGKILL mid-ingest and a replacement started. Every article must be stored
 * once and every article's story must equal a single-process `parallax ingest` of the same file.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { EnqueueReport } from '../src/core/corpus-schema.js';
import { jsonlCorpus, tempDir } from './helpers/corpus.js';
import { serveFeeds, type Route } from './helpers/feeds.js';
import { postgresForFile } from './helpers/postgres.js';
import { BIN, runCli, spawnCli, type CliChild, type CliResult } from './helpers/cli-process.js';

// Large enough that the assigner's batched commits (up to 10 jobs of 50 records) leave a
// mid-ingest moment to kill it in.
const N = 1500;
const pgFile = postgresForFile();
const skip = pgFile.skip;
const run = (args: string[]): Promise<CliResult> => runCli(args);


type Worker = CliChild;

function startWorker(url: string): Worker {
  return spawnCli(['worker', '--db', url, '--exit-when-drained', '--poll', '1', '-v', '--checkpoint-every', '100', '--no-fetch-links']);
}

test('three workers and a server on one database, the assigner killed with SIGKILL mid-ingest: every article stored once, the same stories as one ingest', { skip }, async () => {
  const dir = tempDir();
  const file = path.join(dir, 'corpus.jsonl');
  writeFileSync(file, jsonlCorpus(N, 40));
  const url = await pgFile.cluster.createDb();
  const count = async (): Promise<number> => Number((await pgFile.cluster.query<{ n: string }>(url, 'SELECT COUNT(*) AS n FROM articles'))[0].n);

  const q = await run(['ingest', file, '--db', url, '--enqueue', '--format', 'json']);
  assert.equal(q.status, 0, q.stderr);
  const queued = EnqueueReport.parse(JSON.parse(q.stdout));
  assert.deepEqual([queued.jobs, queued.records, queued.feeds, queued.failed], [Math.ceil(N / 50), N, 0, 0]);

  // The web server reads while the workers write.
  const server = spawn(process.execPath, [BIN, 'serve', '--db', url, '--port', '0'], { stdio: ['ignore', 'pipe', 'pipe'] });
  const serverUrl = await new Promise<string>((resolve, reject) => {
    let out = '';
    server.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      const m = /serving on (\S+)/.exec(out);
      if (m) resolve(m[1]);
    });
    server.on('exit', (code) => reject(new Error(`serve exited ${code}`)));
  });

  const workers = [startWorker(url), startWorker(url), startWorker(url)];
  let killed: Worker | null = null;
  try {
    const deadline = Date.now() + 240_000;
    while (Date.now() < deadline && (await count()) < 120) await new Promise((r) => setTimeout(r, 50));
    const stored = await count();
    assert.ok(stored >= 120 && stored < N, `mid-ingest (${stored} stored)`);
    const res = await fetch(`${serverUrl}api/stories?limit=5`);
    assert.equal(res.status, 200, 'the server answers during the ingest');
    killed = workers.find((w) => /took the assigner role/.test(w.stderr)) ?? null;
    assert.ok(killed, 'one worker holds the assigner role');
    killed.child.kill('SIGKILL');
    await killed.exited;
    workers.push(startWorker(url)); // the supervisor's replacement
    for (const w of workers) if (w !== killed) assert.equal(await w.exited, 0, w.stderr);
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
    server.kill('SIGTERM');
  }
  const takeovers = workers.filter((w) => w !== killed && /took the assigner role/.test(w.stderr));
  assert.ok(takeovers.length >= 1, 'another worker took the assigner role over');

  // Every article once, every job done, nothing left staged, totals and index consistent.
  assert.equal(await count(), N);
  const dup = await pgFile.cluster.query(url, 'SELECT text_hash FROM articles GROUP BY text_hash HAVING COUNT(*) > 1');
  assert.deepEqual(dup, []);
  assert.deepEqual(await pgFile.cluster.query(url, "SELECT id, state FROM jobs WHERE state <> 'done'"), []);
  assert.deepEqual(await pgFile.cluster.query(url, 'SELECT job FROM staged'), []);
  const check = await run(['stats', '--db', url, '--format', 'json']);
  assert.equal(JSON.parse(check.stdout).articles, N);
  const { openStore } = await import('../src/store/store.js');
  const store = await openStore(url);
  assert.deepEqual(await store.integrityCheck(), []);
  await store.close();

  // The same stories as one uninterrupted single-process ingest (into SQLite).
  const lite = path.join(dir, 'single.db');
  const single = await run(['ingest', file, '--db', lite, '-q', '--format', 'json']);
  assert.equal(single.status, 0, single.stderr);
  const d = new Database(lite, { readonly: true });
  const expected = d.prepare('SELECT id, story, duplicate_of FROM articles ORDER BY seq').all() as Array<{ id: string; story: string; duplicate_of: string | null }>;
  d.close();
  const got = await pgFile.cluster.query<{ id: string; story: string; duplicate_of: string | null }>(url, 'SELECT id, story, duplicate_of FROM articles ORDER BY seq');
  assert.deepEqual(got, expected);
  await pgFile.cluster.dropDb(url);
});

test('a feed URL and a local feed file queued for a worker: the worker fetches the feed and the pages its headline-only items link to', { skip }, async () => {
  const words = (tag: string, n: number): string => `The ${Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ')} report ends here.`;
  const routes: Record<string, Route> = {
    '/story': { type: 'text/html; charset=utf-8', body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Linked | Site</title></head><body><main><article><h1>Linked</h1><p>${words('linked', 40)}</p><p>${words('more', 30)}</p></article></main></body></html>` },
  };
  const srv = await serveFeeds(routes);
  routes['/feed'] = {
    body: `<?xml version="1.0"?><rss version="2.0"><channel><title>Queue Wire</title><link>https://queuewire.example/</link>
<item><title>Own text</title><link>https://queuewire.example/own</link><description><![CDATA[<p>${words('own', 50)}</p>]]></description></item>
<item><title>Headline only</title><link>${srv.url('/story')}</link></item>
</channel></rss>`,
  };
  const dir = tempDir();
  const local = path.join(dir, 'saved.rss');
  writeFileSync(local, `<?xml version="1.0"?><rss version="2.0"><channel><title>Saved Feed</title><link>https://saved.example/</link>
<item><title>Saved item</title><link>https://saved.example/1</link><description><![CDATA[<p>${words('saved', 50)}</p>]]></description></item>
</channel></rss>`);
  const url = await pgFile.cluster.createDb();
  try {
    const q = await run(['ingest', srv.url('/feed'), local, '--db', url, '--enqueue', '--format', 'json']);
    assert.equal(q.status, 0, q.stderr);
    assert.deepEqual(EnqueueReport.parse(JSON.parse(q.stdout)).feeds, 2);
    const w = await run(['worker', '--db', url, '--exit-when-drained', '--timeout', '5']);
    assert.equal(w.status, 0, w.stderr);
    assert.match(w.stdout, /3 new, 0 duplicate, 0 failed/);
    const rows = await pgFile.cluster.query<{ title: string; outlet: string; text: string }>(url, 'SELECT title, outlet, text FROM articles ORDER BY seq');
    assert.deepEqual(rows.map((r) => [r.title, r.outlet]), [['Own text', 'Queue Wire'], ['Headline only', 'Queue Wire'], ['Saved item', 'Saved Feed']]);
    assert.match(rows[1].text, /linked0 linked1/, "the headline-only item's linked page was fetched by the worker");
  } finally {
    await srv.close();
    await pgFile.cluster.dropDb(url);
  }
});
