/**
 * Continuous ingest against feeds served on 127.0.0.1: a new feed item is picked up within one
 * interval, an unchanged feed is never downloaded twice (conditional GET → 304), a server without
 * validators is fetched but not parsed again, robots.txt is obeyed, JSON Feed and news sitemaps
 * are read, each cycle reports what is new, and SIGTERM stops the loop cleanly with exit 0.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { tempDir } from './helpers/corpus.js';

const BIN = path.resolve('bin/parallax.js');

const para = (topic: string, n: number): string =>
  `Officials in the town of Brenmoor said on Monday that ${topic} would be reviewed by an independent panel before the end of the month. ` +
  `The panel of ${n} members will hear residents, engineers and the regional water board, and its report will be published in full, the mayor's office said in a statement on its website.`;

interface Item {
  id: string;
  title: string;
  text: string;
}

function rss(items: Item[]): string {
  const body = items.map((i) => `<item><title>${i.title}</title><link>http://news.test/${i.id}</link><guid>${i.id}</guid><pubDate>Mon, 02 Mar 2026 10:00:00 GMT</pubDate><description>${i.text}</description></item>`).join('');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Brenmoor Gazette</title><link>http://news.test/</link>${body}</channel></rss>`;
}

interface Server {
  base: string;
  hits: Map<string, { ok: number; notModified: number }>;
  items: Item[];
  close(): Promise<void>;
}

async function serve(): Promise<Server> {
  const hits = new Map<string, { ok: number; notModified: number }>();
  const items: Item[] = [{ id: 'bridge', title: 'Bridge repairs under review', text: para('the bridge repairs', 7) }];
  const count = (p: string, kind: 'ok' | 'notModified'): void => {
    const h = hits.get(p) ?? { ok: 0, notModified: 0 };
    h[kind]++;
    hits.set(p, h);
  };
  const server = http.createServer((req, res) => {
    const p = (req.url ?? '/').split('?')[0];
    let body: string | null = null;
    let type = 'text/plain';
    let etag: string | null = null;
    if (p === '/robots.txt') body = 'User-agent: *\nDisallow: /private/\n';
    else if (p === '/feed.xml' || p === '/private/feed.xml') {
      body = rss(items);
      type = 'application/rss+xml';
      etag = `"${createHash('sha1').update(body).digest('hex')}"`;
    } else if (p === '/plain.xml') {
      // No validators at all: the body is the same every time.
      body = rss([{ id: 'school', title: 'School roof to be replaced', text: para('the school roof', 5) }]);
      type = 'application/rss+xml';
    } else if (p === '/feed.json') {
      body = JSON.stringify({ version: 'https://jsonfeed.org/version/1.1', title: 'Valley Post', home_page_url: 'http://valley.test/', items: [{ id: 'v1', url: 'http://valley.test/ferry', title: 'Ferry timetable changes', content_text: para('the ferry timetable', 9), date_published: '2026-03-02T09:00:00Z' }] });
      type = 'application/feed+json';
    } else if (p === '/sitemap.xml') {
      body = `<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:news="http://www.google.com/schemas/sitemap-news/0.9"><url><loc>http://${req.headers.host}/articles/library.html</loc><news:news><news:publication><news:name>Harbour Herald</news:name><news:language>en</news:language></news:publication><news:publication_date>2026-03-02T08:00:00Z</news:publication_date><news:title>Library hours extended</news:title></news:news></url></urlset>`;
      type = 'application/xml';
    } else if (p === '/articles/library.html') {
      body = `<!doctype html><html><head><title>Library hours extended</title></head><body><article><h1>Library hours extended</h1><p>${para('the library opening hours', 4)}</p><p>${para('the reading room budget', 3)}</p></article></body></html>`;
      type = 'text/html; charset=utf-8';
    }
    if (body === null) {
      res.writeHead(404).end('not found');
      return;
    }
    if (etag && req.headers['if-none-match'] === etag) {
      count(p, 'notModified');
      res.writeHead(304, { etag }).end();
      return;
    }
    count(p, 'ok');
    res.writeHead(200, { 'content-type': type, ...(etag ? { etag } : {}) }).end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { base, hits, items, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

test('ingest --watch: new items within one interval, no refetch of unchanged feeds, robots.txt, JSON Feed, sitemaps, cycle reports', { timeout: 120_000 }, async () => {
  const srv = await serve();
  const db = path.join(tempDir(), 'corpus.db');
  const feeds = ['/feed.xml', '/plain.xml', '/feed.json', '/sitemap.xml', '/private/feed.xml'].map((p) => srv.base + p);
  const child = spawn(process.execPath, [BIN, 'ingest', ...feeds, '--watch', '--every', '1s', '--cycles', '3', '--host-delay', '0', '--format', 'json', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const cycles: Array<Record<string, any>> = [];
  for await (const line of createInterface({ input: child.stdout })) {
    const r = JSON.parse(line) as Record<string, any>;
    cycles.push(r);
    // Between the first and the second cycle a new item appears in the feed.
    if (r.cycle === 1) srv.items.push({ id: 'dam', title: 'Dam inspection ordered', text: para('the dam inspection', 6) });
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  await srv.close();
  assert.equal(code, 0, stderr);
  assert.equal(cycles.length, 3);
  const [c1, c2, c3] = cycles;

  // Cycle 1: the RSS, the feed without validators, the JSON Feed and the sitemap's linked page.
  assert.equal(c1.new, 4, JSON.stringify(c1));
  assert.equal(c1.feeds.fetched, 4);
  assert.equal(c1.feeds.disallowed, 1, 'the feed under /private/ is disallowed by robots.txt');
  assert.ok(c1.errors.some((e: { input: string; reason: string }) => e.input.endsWith('/private/feed.xml') && /robots\.txt/.test(e.reason)));
  assert.ok(c1.newStories.length >= 1);
  // Cycle 2: exactly the new item; the feed that did not change is not downloaded again.
  assert.equal(c2.new, 1, JSON.stringify(c2));
  assert.ok(c2.newStories.concat(c2.grownStories).some((s: { headline: string | null }) => /Dam inspection/.test(s.headline ?? '')) || c2.grownStories.length + c2.newStories.length === 1);
  assert.equal(c2.feeds.fetched, 1, 'only the RSS feed that changed is parsed again');
  assert.equal(c2.feeds.unchanged, 3, 'the feeds the server sends without validators are fetched but not parsed again');
  assert.equal(c2.feeds.notModified, 0);
  // Cycle 3: nothing new anywhere.
  assert.equal(c3.new, 0);
  assert.equal(c3.feeds.fetched, 0);
  assert.equal(c3.feeds.notModified, 1, 'the RSS feed answers 304 to the conditional GET');
  // The server saw one full download of the RSS feed per change, 304s otherwise.
  assert.deepEqual(srv.hits.get('/feed.xml'), { ok: 2, notModified: 1 });
  assert.equal(srv.hits.get('/private/feed.xml'), undefined, 'a disallowed URL is never requested');
  assert.equal(srv.hits.get('/articles/library.html')?.ok, 1, 'a sitemap page already stored is not fetched again');
});

test('ingest --watch stops cleanly on SIGTERM, with exit 0 and its state saved', { timeout: 60_000 }, async () => {
  const srv = await serve();
  const db = path.join(tempDir(), 'corpus.db');
  const child = spawn(process.execPath, [BIN, 'ingest', srv.base + '/feed.xml', '--watch', '--every', '1h', '--host-delay', '0', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const lines = createInterface({ input: child.stdout });
  for await (const line of lines) {
    assert.match(line, /^cycle 1 .*1 new/);
    child.kill('SIGTERM');
    break;
  }
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  assert.equal(code, 0, stderr);
  assert.match(stderr, /watch stopped after 1 cycle/);
  // A second run starts from the saved state: the unchanged feed is answered 304.
  const again = spawn(process.execPath, [BIN, 'ingest', srv.base + '/feed.xml', '--watch', '--cycles', '1', '--host-delay', '0', '--format', 'json', '--db', db], { stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  again.stdout.on('data', (d) => (out += d));
  assert.equal(await new Promise<number | null>((resolve) => again.on('close', resolve)), 0);
  await srv.close();
  assert.equal(JSON.parse(out.trim()).feeds.notModified, 1);
  assert.deepEqual(srv.hits.get('/feed.xml'), { ok: 1, notModified: 1 });
});
