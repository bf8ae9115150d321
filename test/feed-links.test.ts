import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Article, InputError } from '../src/core/schema.js';
import { FetchError } from '../src/ingest/http.js';
import { Breakers, HOST_TRIP, NETWORK_TRIP, isTeaser } from '../src/ingest/links.js';
import { ingestCorpus, type CorpusIngestOptions } from '../src/store/corpus.js';
import { openStore } from '../src/store/store.js';
import { keyClusterer, tempDb, tempDir } from './helpers/corpus.js';
import { closedPort, serveFeeds, type FeedServer, type Route } from './helpers/feeds.js';

// Every test here talks only to servers it starts on 127.0.0.1 (and to a closed port there).

const BIN = path.resolve('bin/parallax.js');

/** A news page: navigation, a related-stories box and a footer around the story's paragraphs. */
function page(title: string, paras: string[]): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${title} | Page Site</title>
<meta property="og:site_name" content="Page Site"></head><body>
<header><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a> <a href="/subscribe">Subscribe</a></nav></header>
<main><article><h1>${title}</h1>${paras.map((p) => `<p>${p}</p>`).join('')}</article>
<aside><h2>Related</h2><ul><li><a href="/x">Another story about the weather</a></li><li><a href="/y">Second related story</a></li></ul></aside></main>
<footer><p>Copyright 2025 Page Site. All rights reserved.</p></footer></body></html>`;
}

const HTML = 'text/html; charset=utf-8';

const CYRILLIC = 'Пожар в порту потушили к полуночи, сообщили во вторник власти города, никто не пострадал.';

/** ISO-8859-5 bytes of a text in ASCII and basic Cyrillic (А–я sit at 0xB0–0xEF). */
function iso88595(s: string): Buffer {
  return Buffer.from([...s].map((c) => {
    const cp = c.codePointAt(0) as number;
    if (cp < 0x80) return cp;
    if (cp >= 0x410 && cp <= 0x44f) return cp - 0x360;
    throw new Error(`not in the test's ISO-8859-5 subset: ${c}`);
  }));
}

interface Item {
  title: string;
  link: string;
  text?: string;
  date?: string;
}

function rss(items: Item[]): string {
  const body = items
    .map((i) => `<item><title>${i.title}</title><link>${i.link}</link>${i.date ? `<pubDate>${i.date}</pubDate>` : ''}${i.text ? `<description><![CDATA[${i.text}]]></description>` : ''}</item>`)
    .join('\n');
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Link Wire</title><link>https://linkwire.example/</link>\n${body}\n</channel></rss>`;
}

/** A paragraph of `n` distinct words (so no text is a duplicate of another by hash). */
function prose(tag: string, n: number): string {
  const words = Array.from({ length: n }, (_, i) => `${tag}${i}`);
  return `The ${words.join(' ')} report ends here.`;
}

interface Run {
  summary: Awaited<ReturnType<typeof ingestCorpus>>;
  articles: Article[];
  printed: string[];
  warnings: string[];
}

/** Ingest `specs` into `db` with link fetching on; what was stored (in ingest order) and said. */
async function ingest(db: string, specs: string[], over: Partial<CorpusIngestOptions> = {}): Promise<Run> {
  const store = await openStore(db);
  const printed: string[] = [];
  const warnings: string[] = [];
  try {
    const summary = await ingestCorpus(store, specs, {
      clusterer: keyClusterer,
      fetchLinks: true,
      timeoutMs: 2000,
      onError: (e: InputError) => printed.push(`${e.input}: ${e.reason}`),
      onWarning: (w) => warnings.push(w),
      ...over,
    });
    const articles = (await store.articlesAfter(0, 1000)).map((r) => r.article);
    return { summary, articles, printed, warnings };
  } finally {
    await store.close();
  }
}

const pages = (srv: FeedServer): string[] => srv.requests.map((r) => r.path).filter((p) => p !== '/feed');

test('teaser rule: short texts and cut-off endings are teasers; whole articles and prose endings are not', () => {
  const long = prose('w', 50);
  assert.equal(isTeaser('Fire at the harbour: one warehouse burnt down overnight.'), true, 'a one-line summary');
  assert.equal(isTeaser(prose('w', 34)), true, 'under 40 words');
  assert.equal(isTeaser(prose('w', 36)), false, '40 words');
  assert.equal(isTeaser(long), false, 'a 50-word text that ends in a full stop');
  for (const end of [' …', '...', ' […]', ' [...]', ' (…)', '. Read more', '. Read more »', '. Continue reading on Link Wire', '. Continue reading Harbour fire →', ' (more)', '. Full story »', '. Read the full story']) {
    assert.equal(isTeaser(long.replace(/\.$/, '') + end), true, `ends with "${end}"`);
  }
  // WordPress excerpts: 55 words, "[…]", then a trailer paragraph that must not hide the "[…]".
  assert.equal(isTeaser(`${long.replace(/\.$/, '')} […]\n\nThe post Harbour fire appeared first on Link Wire.`), true);
  for (const end of ['. Officials expect more.', '. Nobody knows the full story.', '. You can read more about it in the report, she said.', '. "We will see..."']) {
    assert.equal(isTeaser(long.replace(/\.$/, '') + end), false, `prose ending "${end}"`);
  }
  // Scripts without spaces are counted in words, not as one long word.
  assert.equal(isTeaser('港口仓库周二晚发生火灾，消防员连夜扑救，直到凌晨才控制住火势。'.repeat(6)), false);
});

test('feed items with only a link or a teaser are ingested with the linked page\'s main text, in feed order, at most 4 pages at a time, redirects followed', async () => {
  const own = prose('own', 60);
  const routes: Record<string, Route> = {
    // The first pages answer last: the stored order must still be the feed's.
    '/a1': { body: page('First', [prose('first', 30), 'The first page ends with a second paragraph.']), type: HTML, delayMs: 300 },
    '/a2': { body: page('Second', ['A short teaser of the second story, as the feed gives it.', prose('second', 40)]), type: HTML, delayMs: 200 },
    '/a3': { body: page('Third', [prose('never', 40)]), type: HTML },
    '/r4': { status: 301, body: '', type: 'text/plain', headers: { location: '/a4' } },
    '/a4': { body: page('Fourth', [prose('fourth', 30)]), type: HTML, delayMs: 100 },
    '/a5': { body: page('Fifth', [prose('fifth', 45), prose('fifthmore', 30)]), type: HTML },
    '/a6': { body: page('Sixth', [prose('sixth', 30)]), type: HTML },
  };
  const srv = await serveFeeds(routes);
  routes['/feed'] = {
    body: rss([
      { title: 'Item one', link: srv.url('/a1'), date: 'Wed, 15 Oct 2025 10:00:00 +0200' },
      { title: 'Item two', link: srv.url('/a2'), text: '<p>A short teaser of the second story, as the feed gives it.</p>' },
      { title: 'Item three', link: srv.url('/a3'), text: own },
      { title: 'Item four', link: srv.url('/r4') },
      { title: 'Item five', link: srv.url('/a5'), text: `${prose('fifth', 45).replace(/\.$/, '')} [&#8230;]` },
      { title: 'Item six', link: srv.url('/a6') },
    ]),
  };
  try {
    const db = tempDb();
    const r = await ingest(db, [srv.url('/feed')]);
    assert.deepEqual(r.printed, []);
    assert.deepEqual(r.warnings, []);
    assert.deepEqual([r.summary.new, r.summary.duplicate, r.summary.failed], [6, 0, 0]);
    assert.deepEqual(r.articles.map((a) => a.title), ['Item one', 'Item two', 'Item three', 'Item four', 'Item five', 'Item six'], 'feed order, feed titles');
    const [one, two, three, four, five, six] = r.articles;
    assert.equal(one.text, `${prose('first', 30)}\n\nThe first page ends with a second paragraph.`, 'the main text only: no navigation, related links or footer');
    assert.equal(one.published, '2025-10-15T10:00:00+02:00', 'the feed item\'s date');
    assert.equal(one.outlet, 'Link Wire', 'the feed\'s title is the outlet');
    assert.equal(one.url, srv.url('/a1'));
    assert.equal(one.file, `${srv.url('/feed')}#1`);
    assert.match(two.text, /^A short teaser of the second story, as the feed gives it\.\n\nThe second0 /, 'the teaser became the whole page');
    assert.equal(three.text, own, 'a whole article in the feed is taken as it is');
    assert.equal(four.url, srv.url('/a4'), 'the URL after redirects');
    assert.match(four.text, /fourth29/);
    assert.match(five.text, /fifthmore29/, 'a "[…]" excerpt became the whole page');
    assert.match(six.text, /sixth0/);
    assert.ok(!pages(srv).includes('/a3'), 'no fetch for an item that carries its article');
    assert.ok(srv.requests.every((q) => /Parallax/.test(q.userAgent)), 'a User-Agent naming Parallax');
    assert.ok(srv.maxInFlight() >= 2 && srv.maxInFlight() <= 4, `pages fetched concurrently, at most 4 at a time (saw ${srv.maxInFlight()})`);

    // Again: every item is a duplicate, and no page is fetched again (the redirected link, whose
    // stored URL is the page's own, is fetched and then recognised by that URL).
    const before = srv.requests.length;
    const again = await ingest(db, [srv.url('/feed')]);
    assert.deepEqual([again.summary.new, again.summary.duplicate, again.summary.failed], [0, 6, 0]);
    assert.deepEqual(srv.requests.slice(before).map((q) => q.path), ['/feed', '/r4', '/a4']);
  } finally {
    await srv.close();
  }
});

test('a 404, a refused connection, a slow page, a PDF, a huge page and an empty page fail with one line naming the link; a teaser is kept instead when there is one', async () => {
  const port = await closedPort();
  const refused = `http://127.0.0.1:${port}/gone`;
  const routes: Record<string, Route> = {
    '/ok': { body: page('Fine', [prose('fine', 30)]), type: HTML },
    '/slow': { body: page('Slow', [prose('slow', 30)]), type: HTML, delayMs: 20_000 },
    '/pdf': { body: '%PDF-1.4 not a page', type: 'application/pdf' },
    '/big': { body: page('Big', [prose('big', 40_000)]), type: HTML },
    '/app': { body: '<!doctype html><html><body><div id="app"></div><script>render()</script></body></html>', type: HTML },
    '/paywall': { body: page('Paywall', ['Subscribe to read.']), type: HTML },
    // The charset only in the HTTP header: without it the bytes would be read as Windows-1252.
    '/cyrillic': { body: iso88595(page('Пожар', [CYRILLIC]).replace('<meta charset="utf-8">', '')), type: 'text/html; charset=ISO-8859-5' },
  };
  const srv = await serveFeeds(routes);
  const teaser = 'Officials said the cause of the blaze at the old mill is still unknown tonight.';
  routes['/feed'] = {
    body: rss([
      { title: 'Missing', link: srv.url('/missing') },
      { title: 'Refused', link: refused },
      { title: 'Slow', link: srv.url('/slow') },
      { title: 'Fine', link: srv.url('/ok') },
      { title: 'Missing with teaser', link: srv.url('/missing2'), text: teaser },
      { title: 'PDF', link: srv.url('/pdf') },
      { title: 'Big', link: srv.url('/big') },
      { title: 'App shell', link: srv.url('/app') },
      { title: 'Paywall', link: srv.url('/paywall'), text: `${teaser} More to come…` },
      { title: 'Cyrillic', link: srv.url('/cyrillic') },
    ]),
  };
  try {
    const t0 = performance.now();
    const r = await ingest(tempDb(), [srv.url('/feed')], { timeoutMs: 300, maxBytes: 200 * 1024 });
    // The slow page answers after 20 s: a run far shorter than that gave it up at the 0.3 s limit
    // (a loose bound, so a loaded machine cannot fail it).
    assert.ok(performance.now() - t0 < 10_000, 'the slow page was given up after the time limit');
    const host = (s: string): string => s.replaceAll(`127.0.0.1:${port}`, 'CLOSED').replace(/127\.0\.0\.1:\d+/g, 'HOST');
    const big = r.printed.find((l) => /\/big:/.test(l)) ?? '';
    assert.match(big, /page too large \((0\.\d MB; the limit is 0\.2 MB|more than 0\.2 MB)\)$/);
    assert.deepEqual(r.printed.map(host).map((l) => l.replace(/page too large \(.+\)$/, 'page too large (…)')), [
      'http://HOST/missing: could not fetch the linked article: HTTP 404 Not Found',
      'http://CLOSED/gone: could not fetch the linked article: cannot reach CLOSED (connection refused)',
      'http://HOST/slow: could not fetch the linked article: no answer within 0.3 s',
      'http://HOST/pdf: could not fetch the linked article: not a web page (application/pdf)',
      'http://HOST/big: could not fetch the linked article: page too large (…)',
      'http://HOST/app: could not fetch the linked article: no article text on the linked page (a paywall, a consent page or a page built by JavaScript?)',
    ]);
    assert.deepEqual(r.warnings.map(host), [
      'http://HOST/missing2: could not fetch the linked article: HTTP 404 Not Found; kept the feed\'s teaser text',
      'http://HOST/paywall: could not fetch the linked article: the linked page holds no more text than the teaser (a paywall or a consent page?); kept the feed\'s teaser text',
    ]);
    assert.deepEqual([r.summary.new, r.summary.duplicate, r.summary.failed], [4, 0, 6]);
    assert.deepEqual(r.articles.map((a) => [a.title, a.text]), [
      ['Fine', prose('fine', 30)],
      ['Missing with teaser', teaser],
      ['Paywall', `${teaser} More to come…`],
      ['Cyrillic', CYRILLIC],
    ]);
  } finally {
    await srv.close();
  }
});

test('a host that cannot be reached is tried 3 times, not 40: the rest are counted as failed and summarised in one line', async () => {
  const port = await closedPort();
  const srv = await serveFeeds({ '/ok': { body: page('Fine', [prose('fine', 30)]), type: HTML } });
  const items: Item[] = Array.from({ length: 40 }, (_, i) => ({ title: `Dead ${i + 1}`, link: `http://127.0.0.1:${port}/a${i + 1}`, ...(i % 4 === 3 ? { text: `A teaser for dead story number ${i + 1}.` } : {}) }));
  items.push({ title: 'Alive', link: srv.url('/ok') });
  const dir = tempDir();
  const feed = path.join(dir, 'dead.rss');
  writeFileSync(feed, rss(items));
  try {
    const r = await ingest(tempDb(), [feed]);
    const withTeaser = items.filter((i) => i.text).length;
    assert.equal(r.summary.failed, 40 - withTeaser, 'every item without a teaser is counted as failed');
    assert.equal(r.summary.errors.length, 40 - withTeaser, 'and listed in the report');
    assert.deepEqual(r.articles.map((a) => a.title).at(-1), 'Alive', 'another host is still fetched');
    assert.equal(r.summary.new, withTeaser + 1);
    // Before the breaker trips: HOST_TRIP failures plus the requests already under way (4 at a time).
    const fetched = [...r.printed, ...r.warnings].filter((l) => /could not fetch/.test(l));
    assert.ok(fetched.length >= HOST_TRIP && fetched.length <= HOST_TRIP + 4, fetched.join('\n'));
    const stopped = [...r.printed, ...r.warnings].filter((l) => /not fetched: 127\.0\.0\.1:\d+ failed \d times in a row/.test(l));
    assert.equal(stopped.length, 1, 'the breaker is announced once');
    assert.match(stopped[0], /no more links to 127\.0\.0\.1:\d+ are fetched in this run/);
    const summary = r.warnings.filter((w) => /more linked articles were not fetched/.test(w));
    assert.equal(summary.length, 1, r.warnings.join('\n'));
    const m = /^.*dead\.rss: (\d+) more linked articles were not fetched \(127\.0\.0\.1:\d+ failed \d times in a row\): (\d+) failed, (\d+) kept the feed's teaser text$/.exec(summary[0]);
    assert.ok(m, summary[0]);
    assert.equal(fetched.length + stopped.length + Number(m[1]), 40, 'every dead item is in exactly one line or in the summary');
    assert.equal(Number(m[2]) + Number(m[3]), Number(m[1]));
    assert.ok(r.printed.length + r.warnings.length <= 10, `a handful of lines, not 40 (${r.printed.length + r.warnings.length})`);
  } finally {
    await srv.close();
  }
});

test('Ctrl-C while pages are loading stops the run at once: nothing waits for the time limit', async () => {
  const srv = await serveFeeds({ '/slow': { body: page('Slow', [prose('slow', 30)]), type: HTML, delayMs: 20_000 } });
  const dir = tempDir();
  const feed = path.join(dir, 'slow.rss');
  writeFileSync(feed, rss([{ title: 'Slow one', link: srv.url('/slow') }, { title: 'Slow two', link: srv.url('/slow') }]));
  try {
    const stop = new AbortController();
    // Ctrl-C once both pages are under way (a fixed delay could come before the fetches on a
    // loaded machine); the time is counted from the abort.
    let t0 = 0;
    const poll = setInterval(() => {
      if (srv.requests.length < 2) return;
      clearInterval(poll);
      t0 = performance.now();
      stop.abort();
    }, 20);
    const r = await ingest(tempDb(), [feed], { timeoutMs: 10_000, signal: stop.signal });
    clearInterval(poll);
    assert.ok(t0 > 0, 'both pages were requested before the run ended');
    // Far below the pages' 20 s delay, so a loaded machine cannot fail it; waiting would take 20 s.
    assert.ok(performance.now() - t0 < 8000, `stopped ${Math.round(performance.now() - t0)} ms after Ctrl-C`);
    assert.equal(r.summary.interrupted, true);
    assert.deepEqual([r.summary.new, r.summary.failed, r.printed.length, r.warnings.length], [0, 0, 0, 0], 'a cancelled fetch is not a failure');
    assert.equal(srv.requests.length, 2, 'both pages were under way');
  } finally {
    await srv.close();
  }
});

test('breakers: a host trips after 3 failures in a row, the network after 3 offline-like hosts; a success or an HTTP error does not count', () => {
  const b = new Breakers();
  const refused = (h: string): FetchError => new FetchError(`http://${h}/`, `cannot reach ${h} (connection refused)`, 'ECONNREFUSED');
  const dns = (h: string): FetchError => new FetchError(`http://${h}/`, `cannot resolve host ${h} (is this machine offline?)`, 'ENOTFOUND');
  for (let i = 0; i < HOST_TRIP - 1; i++) b.failed('a.test', refused('a.test'));
  assert.equal(b.blocked('a.test'), null);
  b.failed('a.test', new FetchError('http://a.test/', 'HTTP 404 Not Found'));
  assert.equal(b.blocked('a.test'), null, 'an HTTP error says nothing about the next page');
  b.succeeded('a.test');
  for (let i = 0; i < HOST_TRIP - 1; i++) b.failed('a.test', refused('a.test'));
  assert.equal(b.blocked('a.test'), null, 'a success resets the count');
  b.failed('a.test', refused('a.test'));
  assert.deepEqual(b.blocked('a.test'), { key: 'a.test', cause: `a.test failed ${HOST_TRIP} times in a row`, note: 'no more links to a.test are fetched in this run' });
  assert.equal(b.blocked('b.test'), null, 'other hosts go on');
  assert.equal(b.announce('a.test'), true);
  assert.equal(b.announce('a.test'), false, 'announced once');

  // Offline: DNS fails for every host. A success between failures means the network is up.
  for (let i = 0; i < NETWORK_TRIP - 1; i++) b.failed(`h${i}.test`, dns(`h${i}.test`));
  b.succeeded('c.test');
  b.failed('h9.test', dns('h9.test'));
  assert.equal(b.blocked('z.test'), null);
  for (let i = 0; i < NETWORK_TRIP - 1; i++) b.failed(`k${i}.test`, dns(`k${i}.test`));
  assert.equal(b.blocked('z.test')?.key, 'network');
  assert.match(b.blocked('z.test')!.cause, /^this machine looks offline: 3 hosts in a row could not be resolved or reached$/);
});

/** Run the CLI asynchronously (the test's own server must keep answering meanwhile). */
function cli(args: string[], cwd?: string): Promise<{ status: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [BIN, ...args], { encoding: 'utf8', cwd, timeout: 20_000 }, (err, stdout, stderr) => {
      resolve({ status: err ? ((err as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

test('parallax ingest fetches linked pages by default (--timeout applies to them); --no-fetch-links and the config\'s "fetchLinks": false keep the old behaviour', async () => {
  const routes: Record<string, Route> = {
    '/p1': { body: page('One', [prose('one', 30)]), type: HTML },
    '/slow': { body: page('Slow', [prose('slow', 30)]), type: HTML, delayMs: 2500 },
  };
  const srv = await serveFeeds(routes);
  routes['/feed'] = { body: rss([{ title: 'One', link: srv.url('/p1') }, { title: 'Slow', link: srv.url('/slow') }]) };
  const dir = tempDir();
  const feed = srv.url('/feed');
  const clean = (s: string): string => s.replace(/127\.0\.0\.1:\d+/g, 'HOST');
  try {
    const db = path.join(dir, 'a.db');
    const r = await cli(['ingest', feed, '--db', db, '--timeout', '1', '-q']);
    assert.equal(r.status, 1, r.stderr);
    assert.equal(clean(r.stderr), 'parallax: http://HOST/slow: could not fetch the linked article: no answer within 1 s\n');
    assert.match(r.stdout, /^1 new, 0 duplicate, 1 failed/);
    assert.ok(pages(srv).includes('/p1'));

    const n = srv.requests.length;
    const again = await cli(['ingest', feed, '--db', db, '--timeout', '1', '-q', '--format', 'json']);
    const report = JSON.parse(again.stdout) as { new: number; duplicate: number; failed: number };
    assert.deepEqual([report.new, report.duplicate, report.failed], [0, 1, 1]);
    assert.ok(!srv.requests.slice(n).some((q) => q.path === '/p1'), 'a stored link is not fetched again');

    const off = srv.requests.length;
    const old = await cli(['ingest', feed, '--db', path.join(dir, 'b.db'), '--no-fetch-links']);
    assert.equal(old.status, 2, 'nothing could be read: exit 2, as for every command');
    assert.deepEqual(clean(old.stderr).trim().split('\n'), [
      'parallax: http://HOST/feed#1: feed item ("One") has no text (only a title or link)',
      'parallax: http://HOST/feed#2: feed item ("Slow") has no text (only a title or link)',
    ]);
    writeFileSync(path.join(dir, 'parallax.config.json'), JSON.stringify({ fetchLinks: false }));
    const cfg = await cli(['ingest', feed, '--db', path.join(dir, 'c.db')], dir);
    assert.equal(clean(cfg.stderr), clean(old.stderr), 'the config file turns fetching off too');
    assert.deepEqual(srv.requests.slice(off).map((q) => q.path), ['/feed', '/feed'], 'no page was requested');
  } finally {
    await srv.close();
  }
});
