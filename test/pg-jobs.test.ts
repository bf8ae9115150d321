/**
 * Robust jobs on a PostgreSQL corpus, with separate worker processes: a worker killed with SIGKILL
 * while it prepares a job loses nothing; a job that kills every worker that takes it is not
 * retried forever (attempts counted outside the claim, back-off, then failed with why, shown by
 * `worker --status`); `ingest --break-lock` ends the connection that holds the writer lock, or
 * is refused with why. The "crash" is made deterministic by a page the job's feed links to: the
 * server never answers it while the test wants the worker to be inside the job, and the test
 * kills the worker as soon as the page is requested.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import Database from 'better-sqlite3';
import { QueueStatus } from '../src/core/corpus-schema.js';
import { LOCK_WRITER } from '../src/store/pg-migrations.js';
import { jsonlCorpus, tempDir } from './helpers/corpus.js';
import { postgresForFile } from './helpers/postgres.js';
import { runCli, spawnCli, type CliChild, type CliResult } from './helpers/cli-process.js';

const pgFile = postgresForFile();
const skip = pgFile.skip;
const run = (args: string[]): Promise<CliResult> => runCli(args);


type Worker = CliChild;

function startWorker(url: string, extra: string[] = []): Worker {
  return spawnCli(['worker', '--db', url, '--poll', '1', '-v', '--timeout', '600', '--retry-delay', '1', ...extra]);
}

const words = (tag: string, n: number): string => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');

/**
 * A feed with one item of its own text and one headline-only item whose page (/slow) is held
 * unanswered while `hold` is true; `slowRequests` counts the requests for it.
 */
async function slowFeedServer(): Promise<{ feedUrl: string; hold: { on: boolean }; slowRequests: () => number; close: () => Promise<void> }> {
  const hold = { on: true };
  let slow = 0;
  const held: ServerResponse[] = [];
  const srv = createServer((req, res) => {
    const base = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
    if (req.url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0"?><rss version="2.0"><channel><title>Slow Wire</title><link>${base}/</link>
<item><title>Own text item</title><link>${base}/own</link><description><![CDATA[<p>The ${words('ownword', 60)} report ends here.</p>]]></description></item>
<item><title>Headline only item</title><link>${base}/slow</link></item>
</channel></rss>`);
    } else if (req.url === '/slow') {
      slow++;
      if (hold.on) {
        held.push(res); // never answered: the worker sits inside the job until it is killed
        return;
      }
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(`<!doctype html><html lang="en"><head><title>Slow page</title></head><body><main><article><h1>Slow page</h1><p>The ${words('slowword', 50)} page ends here.</p><p>A ${words('second', 30)} paragraph ends it.</p></article></main></body></html>`);
    } else {
      res.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  return {
    feedUrl: `http://127.0.0.1:${(srv.address() as AddressInfo).port}/feed`,
    hold,
    slowRequests: () => slow,
    close: async () => {
      for (const r of held) r.destroy();
      srv.closeAllConnections();
      await new Promise((resolve) => srv.close(resolve));
    },
  };
}

async function until(what: string, cond: () => boolean | Promise<boolean>, ms = 180_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/**
 * Wait until worker `k` requests the held page (its k-th request). A worker that ends first (a
 * crash, a failed start, the kernel's out-of-memory killer) fails the test at once, saying how
 * it ended and what it logged; one still silent at the deadline fails saying what its database
 * connections were doing — never a bare time-out.
 */
async function reachPage(w: Worker, k: number, url: string, srv: { slowRequests: () => number }): Promise<void> {
  let ended = false;
  void w.exited.then(() => (ended = true));
  try {
    await until(`worker ${k} to reach the linked page`, () => {
      if (srv.slowRequests() >= k) return true;
      if (ended) throw new Error(`worker ${k} ${w.how()} before it reached the linked page`);
      return false;
    });
  } catch (e) {
    const activity = await pgFile.cluster.query<Record<string, unknown>>(
      url,
      `SELECT pid, application_name AS app, state, wait_event_type AS wait_type, wait_event AS wait, left(query, 120) AS query
       FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() ORDER BY pid`,
    ).catch((err: Error) => [{ error: err.message }]);
    throw new Error(`${(e as Error).message}; worker ${k}: ${w.how()}; its database connections: ${JSON.stringify(activity)}; its log:\n${w.stderr.slice(-2000) || '(nothing)'}`);
  }
}

/** Records, then the feed, then more records: three kinds of job, the feed's in the middle. */
function inputs(dir: string, feedUrl: string): string[] {
  const a = path.join(dir, 'a.jsonl');
  const b = path.join(dir, 'b.jsonl');
  const lines = jsonlCorpus(160, 12).trimEnd().split('\n');
  writeFileSync(a, lines.slice(0, 100).join('\n') + '\n');
  writeFileSync(b, lines.slice(100).join('\n') + '\n');
  return [a, feedUrl, b];
}

test('a worker killed with SIGKILL while preparing a job loses nothing: the job is claimed again, every article stored once, the same stories as one ingest', { skip }, async () => {
  const srv = await slowFeedServer();
  const dir = tempDir();
  const url = await pgFile.cluster.createDb();
  try {
    const specs = inputs(dir, srv.feedUrl);
    const q = await run(['ingest', ...specs, '--db', url, '--enqueue']);
    assert.equal(q.status, 0, q.stderr);
    const feedJob = Number((await pgFile.cluster.query<{ id: string }>(url, "SELECT id FROM jobs WHERE kind = 'feed'"))[0].id);

    const w1 = startWorker(url);
    await reachPage(w1, 1, url, srv);
    w1.child.kill('SIGKILL');
    await w1.exited;
    // Killed inside the job: nothing of it is staged or stored, and its claim was counted.
    assert.deepEqual(await pgFile.cluster.query(url, 'SELECT state FROM jobs WHERE id = $1', [feedJob]), [{ state: 'queued' }]);
    assert.deepEqual(await pgFile.cluster.query(url, 'SELECT job FROM staged WHERE job = $1', [feedJob]), []);
    assert.deepEqual(await pgFile.cluster.query(url, 'SELECT attempts FROM job_attempts WHERE job = $1', [feedJob]), [{ attempts: 1 }]);

    srv.hold.on = false;
    const w2 = startWorker(url, ['--exit-when-drained']);
    assert.equal(await w2.exited, 0, w2.stderr);
    assert.match(w2.stderr, new RegExp(`preparing job ${feedJob} \\(attempt 2\\)`));

    const n = (await pgFile.cluster.query<{ n: number }>(url, 'SELECT COUNT(*)::int AS n FROM articles'))[0].n;
    assert.equal(n, 162, 'the 160 records and both feed items');
    assert.deepEqual(await pgFile.cluster.query(url, 'SELECT text_hash FROM articles GROUP BY text_hash HAVING COUNT(*) > 1'), []);
    assert.deepEqual(await pgFile.cluster.query(url, "SELECT id, state FROM jobs WHERE state <> 'done'"), []);
    assert.deepEqual(await pgFile.cluster.query(url, 'SELECT attempts FROM jobs WHERE id = $1', [feedJob]), [{ attempts: 2 }]);
    const slowText = await pgFile.cluster.query<{ text: string }>(url, "SELECT text FROM articles WHERE title = 'Headline only item'");
    assert.match(slowText[0].text, /slowword0 slowword1/, 'the retried job fetched the linked page');

    // The same stories as a single-process ingest of the same inputs (the page answers now).
    const lite = path.join(dir, 'single.db');
    const single = await run(['ingest', ...specs, '--db', lite, '-q']);
    assert.equal(single.status, 0, single.stderr);
    const d = new Database(lite, { readonly: true });
    // And the same rows to the byte: document (assembled by the server from the staged parts), text, title, dates.
    const cols = 'id, story, duplicate_of, url_key, text_hash, title, outlet, published, doc, text';
    const expected = d.prepare(`SELECT ${cols} FROM articles ORDER BY seq`).all();
    d.close();
    assert.deepEqual(await pgFile.cluster.query(url, `SELECT ${cols} FROM articles ORDER BY seq`), expected);
  } finally {
    await srv.close();
    await pgFile.cluster.dropDb(url);
  }
});

test('a job that kills every worker that takes it: claimed 3 times with back-off, then marked failed with why; the other jobs are stored; worker --status shows it', { skip }, async () => {
  const srv = await slowFeedServer();
  const dir = tempDir();
  const url = await pgFile.cluster.createDb();
  const workers: Worker[] = [];
  try {
    const q = await run(['ingest', ...inputs(dir, srv.feedUrl), '--db', url, '--enqueue']);
    assert.equal(q.status, 0, q.stderr);
    const feedJob = Number((await pgFile.cluster.query<{ id: string }>(url, "SELECT id FROM jobs WHERE kind = 'feed'"))[0].id);
    for (let k = 1; k <= 3; k++) {
      const w = startWorker(url);
      workers.push(w);
      await reachPage(w, k, url, srv);
      w.child.kill('SIGKILL');
      await w.exited;
      // Back-off: the k-th claim sets when a next claim may start, should this one die: at once
      // after the first, then the retry delay (1 s here), doubled after each further death.
      const [a] = await pgFile.cluster.query<{ attempts: number; wait: number }>(url, 'SELECT attempts, extract(epoch FROM not_before - started_at)::float8 AS wait FROM job_attempts WHERE job = $1', [feedJob]);
      assert.deepEqual([a.attempts, a.wait], [k, [0, 1, 2][k - 1]]);
    }
    // Back-off: after the second death, the job is not handed out at once.
    const status1 = await run(['worker', '--db', url, '--status', '--format', 'json']);
    assert.equal(status1.status, 0, status1.stderr);
    const s1 = QueueStatus.parse(JSON.parse(status1.stdout));
    assert.deepEqual(s1.retrying.map((r) => [r.id, r.attempts]), [[feedJob, 3]]);

    const last = startWorker(url, ['--exit-when-drained']);
    workers.push(last);
    assert.equal(await last.exited, 0, last.stderr);
    assert.equal(srv.slowRequests(), 3, 'not handed to a fourth worker');
    assert.match(last.stderr, new RegExp(`job ${feedJob} \\(feed\\): its worker died during each of 3 attempts`));
    const [job] = await pgFile.cluster.query<{ state: string; attempts: number; error: string }>(url, 'SELECT state, attempts, error FROM jobs WHERE id = $1', [feedJob]);
    assert.equal(job.state, 'failed');
    assert.equal(job.attempts, 3);
    assert.match(job.error, /died during each of 3 attempts to prepare it \(the last by [^)]+:\d+ at \d{4}-\d\d-\d\d \d\d:\d\d:\d\dZ\); not retried/);
    // Everything else is stored, once; nothing is left open.
    assert.equal((await pgFile.cluster.query<{ n: number }>(url, 'SELECT COUNT(*)::int AS n FROM articles'))[0].n, 160);
    assert.deepEqual(await pgFile.cluster.query(url, "SELECT id FROM jobs WHERE state NOT IN ('done', 'failed')"), []);

    const status = await run(['worker', '--db', url, '--status']);
    assert.equal(status.status, 0, status.stderr);
    assert.match(status.stdout, /0 jobs queued, 0 prepared, 4 done, 1 failed/);
    assert.match(status.stdout, new RegExp(`job ${feedJob} \\(feed\\), 3 attempts, .*: its worker died during each of 3 attempts`));
    const json = QueueStatus.parse(JSON.parse((await run(['worker', '--db', url, '--status', '--format', 'json'])).stdout));
    assert.deepEqual([json.jobs.failed, json.failed[0].id, json.retrying.length, json.assigner], [1, feedJob, 0, null]);

    // The cause fixed (the page answers now), the failed job is queued again and stored; a job
    // that has not failed is named and left alone (exit 1).
    const notFailed = await run(['worker', '--db', url, '--retry-failed', `${feedJob + 1}`]);
    assert.equal(notFailed.status, 1);
    assert.match(notFailed.stdout, new RegExp(`0 failed jobs queued again\n.*not failed \\(left as they are\\): job ${feedJob + 1}`, 's'));
    srv.hold.on = false;
    const retried = await run(['worker', '--db', url, '--retry-failed']);
    assert.equal(retried.status, 0, retried.stderr);
    assert.match(retried.stdout, new RegExp(`1 failed job queued again\n  job ${feedJob} \\(feed\\), which had failed: its worker died during each of 3 attempts`));
    const again = startWorker(url, ['--exit-when-drained']);
    workers.push(again);
    assert.equal(await again.exited, 0, again.stderr);
    assert.match(again.stderr, new RegExp(`preparing job ${feedJob} \\(attempt 1\\)`));
    assert.equal((await pgFile.cluster.query<{ n: number }>(url, 'SELECT COUNT(*)::int AS n FROM articles'))[0].n, 162, 'and its two articles stored');
    assert.deepEqual(await pgFile.cluster.query(url, "SELECT id FROM jobs WHERE state <> 'done'"), []);
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
    await srv.close();
    await pgFile.cluster.dropDb(url);
  }
});

test('ingest --break-lock on PostgreSQL ends the connection holding the writer lock; without it, or without the right to, it is refused with why', { skip }, async () => {
  const dir = tempDir();
  const file = path.join(dir, 'c.jsonl');
  writeFileSync(file, jsonlCorpus(10, 3));
  const url = await pgFile.cluster.createDb();
  const holder = new pg.Client({ connectionString: url, application_name: 'vanished machine' });
  holder.on('error', () => {});
  try {
    const first = await run(['ingest', file, '--db', url, '-q']);
    assert.equal(first.status, 0, first.stderr);
    // A connection that keeps the writer lock (as one of a machine that lost power would).
    await holder.connect();
    await holder.query('SELECT pg_advisory_lock($1)', [LOCK_WRITER.toString()]);
    const refused = await run(['ingest', file, '--db', url, '-q']);
    assert.equal(refused.status, 2);
    assert.match(refused.stderr, /holds the writer lock.*connection pid \d+ \(vanished machine\) from 127\.0\.0\.1.*--break-lock ends that connection/);

    // A role that may not end a superuser's connection is refused, and nothing is ended.
    await pgFile.cluster.query(url, 'CREATE ROLE plain LOGIN');
    await pgFile.cluster.query(url, 'GRANT ALL ON ALL TABLES IN SCHEMA public TO plain');
    await pgFile.cluster.query(url, 'GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO plain');
    const plainUrl = url.replace('://parallax@', '://plain@');
    const denied = await run(['ingest', file, '--db', plainUrl, '-q', '--break-lock']);
    assert.equal(denied.status, 2, denied.stderr);
    assert.match(denied.stderr, /cannot break the writer lock: this role may not end the connection pid \d+.*pg_terminate_backend\(\d+\)/);
    assert.deepEqual((await holder.query('SELECT 1 AS one')).rows, [{ one: 1 }], 'the holder is untouched');

    const broken = await run(['ingest', file, '--db', url, '-q', '--break-lock']);
    assert.equal(broken.status, 0, broken.stderr);
    await assert.rejects(holder.query('SELECT 1'), 'the holding connection was ended');

    // worker --break-lock: the same for a worker, which then stores the queue as the assigner.
    const holder2 = new pg.Client({ connectionString: url, application_name: 'vanished machine' });
    holder2.on('error', () => {});
    await holder2.connect();
    try {
      await holder2.query('SELECT pg_advisory_lock($1)', [LOCK_WRITER.toString()]);
      const more = path.join(dir, 'more.jsonl');
      writeFileSync(more, jsonlCorpus(14, 3).split('\n').slice(10).join('\n'));
      assert.equal((await run(['ingest', more, '--db', url, '--enqueue'])).status, 0);
      const w = await run(['worker', '--db', url, '--exit-when-drained', '--break-lock', '--no-fetch-links']);
      assert.equal(w.status, 0, w.stderr);
      assert.match(w.stdout, /1 jobs prepared, 1 stored: 4 new/);
      await assert.rejects(holder2.query('SELECT 1'), 'the holding connection was ended');
    } finally {
      await holder2.end().catch(() => {});
    }
  } finally {
    await holder.end().catch(() => {});
    await pgFile.cluster.dropDb(url);
    await pgFile.cluster.query(`${pgFile.cluster.base}postgres`, 'DROP ROLE IF EXISTS plain').catch(() => {});
  }
});
