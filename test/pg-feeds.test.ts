/**
 * Scheduled feeds of a PostgreSQL corpus, polled by two `parallax worker` processes against a
 * local feed server: each feed is polled once per interval, never twice (consecutive requests
 * for it are at least the interval apart, whichever worker makes them), the conditional-request
 * state travels with the feed from worker to worker, and its items are stored once. Plus the
 * `feed add|list|remove` commands and their refusal on SQLite.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { tempDir } from './helpers/corpus.js';
import { postgresForFile } from './helpers/postgres.js';
import { runCli, spawnCli, type CliChild, type CliResult } from './helpers/cli-process.js';

const pgFile = postgresForFile();
const skip = pgFile.skip;
const run = (args: string[], env: NodeJS.ProcessEnv = {}): Promise<CliResult> => runCli(args, { env });


const words = (tag: string, n: number): string => Array.from({ length: n }, (_, i) => `${tag}${i}`).join(' ');
const item = (base: string, k: number): string =>
  `<item><title>Scheduled item ${k}</title><link>${base}/item${k}</link><description><![CDATA[<p>The ${words(`item${k}word`, 50)} report ends here.</p>]]></description></item>`;

interface Hit {
  at: number;
  ifNoneMatch: string | null;
  status: number;
}

test('two workers poll a scheduled feed: once per interval, never twice; the conditional-request state travels with the feed; its items are stored once', { skip }, async () => {
  const hits: Hit[] = [];
  let items = 2; // the feed gains an item after its first poll
  const srv = createServer((req, res) => {
    const base = `http://127.0.0.1:${(srv.address() as AddressInfo).port}`;
    if (req.url !== '/feed') {
      res.writeHead(404).end();
      return;
    }
    const etag = `"v${items}"`;
    const inm = (req.headers['if-none-match'] as string | undefined) ?? null;
    const status = inm === etag ? 304 : 200;
    hits.push({ at: Date.now(), ifNoneMatch: inm, status });
    if (status === 304) {
      res.writeHead(304, { etag }).end();
      return;
    }
    const body = `<?xml version="1.0"?><rss version="2.0"><channel><title>Scheduled Wire</title><link>${base}/</link>${Array.from({ length: items }, (_, k) => item(base, k + 1)).join('')}</channel></rss>`;
    if (hits.length === 1) items = 3;
    res.writeHead(200, { 'content-type': 'application/rss+xml', etag }).end(body);
  });
  await new Promise<void>((resolve) => srv.listen(0, '127.0.0.1', resolve));
  const feedUrl = `http://127.0.0.1:${(srv.address() as AddressInfo).port}/feed`;
  const url = await pgFile.cluster.createDb();
  const workers: CliChild[] = [];
  const INTERVAL_MS = 2000;
  try {
    const add = await run(['feed', 'add', feedUrl, '--every', '2s', '--db', url]);
    assert.equal(add.status, 0, add.stderr);
    assert.match(add.stderr, /scheduled http:\/\/127\.0\.0\.1:\d+\/feed every 2s/);
    for (let k = 0; k < 2; k++) {
      workers.push(spawnCli(['worker', '--db', url, '--poll', '1', '-v', '--host-delay', '0', '--no-fetch-links']));
    }
    const stored = async (): Promise<number> => (await pgFile.cluster.query<{ n: number }>(url, 'SELECT COUNT(*)::int AS n FROM articles'))[0].n;
    const deadline = Date.now() + 180_000;
    while ((hits.length < 4 || (await stored()) < 3) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
    for (const w of workers) w.child.kill('SIGTERM');
    for (const w of workers) assert.equal(await w.exited, 0, w.stderr);
    assert.ok(hits.length >= 4, `polled ${hits.length} times`);

    // Never twice within an interval, whichever worker polled.
    for (let i = 1; i < hits.length; i++) {
      assert.ok(hits[i].at - hits[i - 1].at >= INTERVAL_MS, `polls ${i} and ${i + 1} were ${hits[i].at - hits[i - 1].at} ms apart`);
    }
    // The validators of the last body went with the feed: every poll after the first asks
    // conditionally, and an unchanged feed answers 304.
    assert.equal(hits[0].ifNoneMatch, null);
    assert.deepEqual(hits.slice(1).map((h) => h.ifNoneMatch !== null), hits.slice(1).map(() => true));
    assert.deepEqual(hits.slice(0, 2).map((h) => h.status), [200, 200]);
    assert.ok(hits.slice(2).every((h) => h.status === 304), 'unchanged since: not modified');

    // Two bodies queued, three items stored once each, in feed order.
    const rows = await pgFile.cluster.query<{ title: string }>(url, 'SELECT title FROM articles ORDER BY seq');
    assert.deepEqual(rows.map((r) => r.title), ['Scheduled item 1', 'Scheduled item 2', 'Scheduled item 3']);
    assert.deepEqual(await pgFile.cluster.query(url, "SELECT kind, state FROM jobs ORDER BY id"), [{ kind: 'polled', state: 'done' }, { kind: 'polled', state: 'done' }]);
    const polledBy = workers.map((w) => (w.stderr.match(/polled feed /g) ?? []).length);
    assert.equal(polledBy[0] + polledBy[1], hits.length, 'each request is one poll by one worker');

    const list = await run(['feed', 'list', '--db', url, '--format', 'json']);
    assert.equal(list.status, 0, list.stderr);
    const [f] = (JSON.parse(list.stdout) as { feeds: Array<{ url: string; everySeconds: number; polls: number; lastResult: string; failures: number }> }).feeds;
    assert.deepEqual([f.url, f.everySeconds, f.polls, f.lastResult, f.failures], [feedUrl, 2, hits.length, 'not modified', 0]);
    const text = await run(['feed', 'list', '--db', url]);
    assert.match(text.stdout, new RegExp(`${feedUrl.replace(/[.]/g, '\\.')}  every 2s  next \\S+ \\S+Z  ${hits.length} polls  last: not modified`));
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
    srv.closeAllConnections();
    await new Promise((resolve) => srv.close(resolve));
    await pgFile.cluster.dropDb(url);
  }
});

test('feed add / list / remove: a new interval for a scheduled feed, only http(s), unknown feeds named; refused on SQLite with why', { skip }, async () => {
  const url = await pgFile.cluster.createDb();
  try {
    assert.equal((await run(['feed', 'add', 'https://a.example/rss', 'https://b.example/atom', '--db', url])).status, 0);
    const again = await run(['feed', 'add', 'https://a.example/rss', '--every', '1h', '--db', url]);
    assert.equal(again.status, 0, again.stderr);
    assert.match(again.stderr, /https:\/\/a\.example\/rss was scheduled already: now every 1h/);
    const bad = await run(['feed', 'add', 'ftp://c.example/feed', '--db', url]);
    assert.equal(bad.status, 2);
    assert.match(bad.stderr, /ftp:\/\/c\.example\/feed/);
    const list = JSON.parse((await run(['feed', 'list', '--db', url, '--format', 'json'])).stdout) as { feeds: Array<{ url: string; everySeconds: number; polls: number }> };
    assert.deepEqual(list.feeds.map((f) => [f.url, f.everySeconds, f.polls]), [['https://a.example/rss', 3600, 0], ['https://b.example/atom', 900, 0]]);
    const rm = await run(['feed', 'remove', 'https://b.example/atom', 'https://nope.example/', '--db', url]);
    assert.equal(rm.status, 2);
    assert.match(rm.stderr, /removed https:\/\/b\.example\/atom/);
    assert.match(rm.stderr, /not scheduled: https:\/\/nope\.example\//);
    assert.match((await run(['feed', 'list', '--db', url])).stdout, /^https:\/\/a\.example\/rss  every 1h  next /);
    const lite = await run(['feed', 'add', 'https://a.example/rss', '--db', path.join(tempDir(), 'x.db')]);
    assert.equal(lite.status, 2);
    assert.match(lite.stderr, /scheduled feeds need a PostgreSQL corpus .* on a SQLite file, run `parallax ingest FEEDS --watch --every 15m` instead/);
  } finally {
    await pgFile.cluster.dropDb(url);
  }
});
