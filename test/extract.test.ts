/**
 * HTML → article extraction: body selection on hand-made pages (navigation, comments, related
 * stories, cookie banners, captions, share bars), metadata from JSON-LD / Open Graph / <meta>,
 * charsets, and bad input (truncated, no <body>, 20 MB, 10,000-deep nesting) under time bounds.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { gzipSync } from 'node:zlib';
import { UserError } from '../src/core/errors.js';
import { decodeHtml, sniffCharset } from '../src/ingest/decode.js';
import { extractArticle } from '../src/ingest/html/extract.js';
import { pageCounts, quality } from '../bench/extraction.js';

const P = [
  'Firefighters spent most of Tuesday night battling a blaze that broke out in a warehouse near the old harbour, officials said.',
  'The fire started shortly after nine in the evening and spread quickly through the wooden roof, according to the city fire chief, who asked residents to keep their windows closed.',
  'No injuries were reported, but the building, which stored furniture and paper goods, was largely destroyed. Investigators will return on Thursday to look for the cause.',
  'Neighbours said they had complained about the state of the building for years. "We saw sparks from the wiring more than once," one of them said.',
];

function page(body: string, head = ''): string {
  return `<!doctype html><html lang="en-gb"><head><meta charset="utf-8"><title>Harbour warehouse fire | The Example Gazette</title>${head}</head><body>${body}</body></html>`;
}

const CLUTTERED = page(`
  <div id="cookie-banner"><p>We use cookies to improve your experience on our site. By continuing you accept our use of cookies.</p><button>Accept</button></div>
  <header class="site-header"><nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav></header>
  <main>
    <article>
      <h1>Harbour warehouse fire</h1>
      <div class="byline">By Ann Example</div>
      <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Share on X</a></div>
      <figure><img src="a.jpg"><figcaption>The warehouse on Wednesday morning. Photo: City archive</figcaption></figure>
      <div class="article-body">
        <p>${P[0]}</p>
        <p>${P[1]}</p>
        <div class="ad-slot">Advertisement</div>
        <h2>Years of complaints</h2>
        <p>${P[2]}</p>
        <p>${P[3]}</p>
      </div>
      <div class="related-stories"><h3>Related</h3><ul>
        <li><a href="/a">Council approves new budget for harbour district after long debate</a></li>
        <li><a href="/b">Second fire in a month raises questions about inspections in the port area</a></li>
      </ul></div>
    </article>
    <section id="comments"><h3>Comments</h3>
      <div class="comment"><p>This is what happens when the council ignores the harbour for decades. Shameful, and everybody knew it was coming.</p></div>
      <div class="comment"><p>My father worked in that warehouse in the seventies. Sad to see it go like this, it was a beautiful building once.</p></div>
    </section>
  </main>
  <aside class="sidebar"><h3>Most read</h3><p>A long sidebar paragraph about an unrelated story that happens to be written in full sentences, like an article would be, to tempt the extractor.</p></aside>
  <footer><p>Copyright 2025 The Example Gazette. All rights reserved. Terms of use and privacy policy apply to this site.</p></footer>
`);

test('the story body is kept with its paragraphs; furniture around and inside it is left out', () => {
  const a = extractArticle(CLUTTERED);
  const paras = a.text.split('\n\n');
  assert.deepEqual(paras, [P[0], P[1], 'Years of complaints', P[2], P[3]]);
  for (const junk of ['cookies', 'Home', 'Share on', 'Photo: City archive', 'Advertisement', 'Council approves', 'Shameful', 'sidebar paragraph', 'Copyright', 'By Ann']) {
    assert.ok(!a.text.includes(junk), `"${junk}" must not be in the body`);
  }
});

test('a story split by a block of teasers in the middle is still taken whole', () => {
  const teasers = [1, 2, 3]
    .map((i) => `<div class="card"><h3><a href="/s${i}">Another story number ${i} with a linked headline</a></h3><p>A short summary of that other story, written as a sentence of its own.</p></div>`)
    .join('');
  const a = extractArticle(page(`<div class="story"><p>${P[0]}</p><p>${P[1]}</p>${teasers}<p>${P[2]}</p><p>${P[3]}</p></div>`));
  assert.equal(a.text, [P[0], P[1], P[2], P[3]].join('\n\n'));
});

test('list items and headings are paragraphs of their own; <br> breaks lines into paragraphs', () => {
  const a = extractArticle(page(`<div class="post"><p>${P[0]}</p><h3>What we know</h3><ul><li>The fire began at nine.</li><li>Nobody was hurt.</li></ul><p>${P[1]}<br>${P[2]}</p></div>`));
  assert.deepEqual(a.text.split('\n\n'), [P[0], 'What we know', 'The fire began at nine.', 'Nobody was hurt.', P[1], P[2]]);
});

test('hidden text (hidden attribute, display:none, screen-reader-only) is not in the body', () => {
  const a = extractArticle(page(`<div><p>${P[0]}</p><p hidden>Secret one.</p><p style="display: none">Secret two.</p><span class="sr-only">Secret three.</span><p>${P[1]}</p></div>`));
  assert.equal(a.text, `${P[0]}\n\n${P[1]}`);
});

test('a wrapper named like furniture that holds the story is not thrown away', () => {
  const a = extractArticle(page(`<div class="content-with-sidebar"><div class="text"><p>${P[0]}</p><p>${P[1]}</p><p>${P[2]}</p></div></div><div class="sidebar"><p>Other things.</p></div>`));
  assert.equal(a.text, P.slice(0, 3).join('\n\n'));
});

test('metadata from JSON-LD (NewsArticle inside @graph) wins over Open Graph and <meta>', () => {
  const ld = {
    '@context': 'https://schema.org',
    '@graph': [
      { '@type': 'WebSite', name: 'Gazette site' },
      {
        '@type': 'NewsArticle',
        headline: 'Fire destroys harbour warehouse',
        datePublished: '2025-10-15T21:30:00+02:00',
        author: [{ '@type': 'Person', name: 'Ann Example' }, { '@type': 'Person', name: 'Bo Sample' }],
        publisher: { '@type': 'Organization', name: 'The Example Gazette' },
        articleBody: P.join(' '),
      },
    ],
  };
  const head = `<script type="application/ld+json">${JSON.stringify(ld)}</script>
    <meta property="og:title" content="OG title"><meta name="author" content="Someone Else">
    <link rel="canonical" href="/news/harbour-fire">`;
  const a = extractArticle(page(`<article><p>${P[0]}</p><p>${P[1]}</p></article>`, head), { url: 'https://gazette.example/news/harbour-fire?utm=x' });
  assert.equal(a.title, 'Fire destroys harbour warehouse');
  assert.equal(a.published, '2025-10-15T21:30:00+02:00');
  assert.deepEqual(a.authors, ['Ann Example', 'Bo Sample']);
  assert.equal(a.outlet, 'The Example Gazette');
  assert.equal(a.url, 'https://gazette.example/news/harbour-fire');
  assert.equal(a.language, 'en-GB');
});

test('metadata from Open Graph, article:* and <meta name> when there is no JSON-LD', () => {
  const head = `<meta property="og:site_name" content="Harbour Daily"><meta property="og:title" content="Warehouse burns">
    <meta property="article:published_time" content="2025-10-16"><meta name="author" content="By Ann Example and Bo Sample">
    <meta property="og:url" content="https://harbour.example/fire">`;
  const a = extractArticle(page(`<article><p>${P[0]}</p></article>`, head));
  assert.equal(a.title, 'Warehouse burns');
  assert.equal(a.outlet, 'Harbour Daily');
  assert.equal(a.published, '2025-10-16');
  assert.deepEqual(a.authors, ['Ann Example', 'Bo Sample']);
  assert.equal(a.url, 'https://harbour.example/fire');
});

test('without metadata: <title> minus the site name, <time datetime>, no outlet invented', () => {
  const a = extractArticle(
    `<html><head><title>Warehouse burns near the harbour - Gazette</title></head><body><p><time datetime="2025-10-16T08:00:00Z">Thursday</time></p><p>${P[0]}</p></body></html>`,
  );
  assert.equal(a.title, 'Warehouse burns near the harbour');
  assert.equal(a.published, '2025-10-16T08:00:00Z');
  assert.equal(a.outlet, null);
  assert.equal(a.url, null);
  assert.equal(a.language, null);
  assert.equal(a.text, P[0]);
});

test('metadata: placeholder dates skipped, basic offsets normalised, job titles and credentials not taken for names', () => {
  const head = `<script type="application/ld+json">${JSON.stringify({
    '@type': 'ReportageNewsArticle',
    datePublished: '0001-01-01T00:00:00Z',
    author: [{ '@type': 'Person', name: 'By ANN EXAMPLE, AP National Writer' }, { name: 'Bo Sample, MS, RDN' }],
  })}</script><meta property="article:published_time" content="2025-10-16T06:07:01+0000">`;
  const a = extractArticle(page(`<p>${P[0]}</p>`, head));
  assert.equal(a.published, '2025-10-16T06:07:01+00:00');
  assert.deepEqual(a.authors, ['ANN EXAMPLE', 'Bo Sample']);
});

test('broken JSON-LD is ignored, not fatal', () => {
  const a = extractArticle(page(`<p>${P[0]}</p>`, '<script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>'));
  assert.equal(a.title, 'Harbour warehouse fire');
  assert.equal(a.text, P[0]);
});

/** Run fn and fail if it takes longer than ms (a hang or a quadratic blow-up). */
function timed<T>(ms: number, fn: () => T): T {
  const t0 = Date.now();
  const r = fn();
  const dt = Date.now() - t0;
  assert.ok(dt < ms, `took ${dt} ms (bound ${ms} ms)`);
  return r;
}

test('bad input: truncated HTML, no <body>, empty, plain text', () => {
  const cut = CLUTTERED.slice(0, CLUTTERED.indexOf(P[2]) + 40);
  const a = extractArticle(cut);
  assert.ok(a.text.startsWith(P[0]), 'truncated page keeps what it has');
  assert.equal(extractArticle(`<p>${P[0]}</p><p>${P[1]}</p>`).text, `${P[0]}\n\n${P[1]}`);
  assert.equal(extractArticle('').text, '');
  assert.equal(extractArticle('<html><head><title>x</title></head></html>').text, '');
  assert.equal(extractArticle(P[0]).text, P[0]);
  // A <head> that is never closed: its body content is still the story; the title is not.
  const unclosed = extractArticle(`<html><head><title>Harbour fire</title><meta charset="utf-8"><div><p>${P[0]}</p></div></html>`);
  assert.equal(unclosed.text, P[0]);
  assert.equal(unclosed.title, 'Harbour fire');
});

test('bad input: markup nested 10,000 levels deep neither overflows the stack nor hangs', () => {
  const depth = 10_000;
  const html = `<html><body>${'<div>'.repeat(depth)}<p>${P[0]}</p>${'</div>'.repeat(depth)}<p>${P[1]}</p></body></html>`;
  const a = timed(5000, () => extractArticle(html));
  assert.ok(a.text.includes(P[0]) && a.text.includes(P[1]));
  // Unclosed, mixed inline and block nesting too.
  const messy = `<body>${'<span><div><b>'.repeat(depth)}${P[2]}</body>`;
  assert.ok(timed(5000, () => extractArticle(messy)).text.includes('Investigators'));
  // Far deeper, and stray end tags under a deep stack: linear, not quadratic, in the parser too.
  const deeper = `${'<div>'.repeat(200_000)}${'</span>'.repeat(100_000)}<p>${P[3]}</p>`;
  assert.equal(timed(10_000, () => extractArticle(deeper)).text, P[3]);
});

test('bad input: a 20 MB page is extracted in bounded time', () => {
  const story = `<article>${P.map((p) => `<p>${p}</p>`).join('')}</article>`;
  const filler = `<ul class="menu">${'<li><a href="/x">Some menu entry</a></li>'.repeat(50)}</ul>`;
  const chunks: string[] = [story];
  let size = story.length;
  while (size < 20 * 1024 * 1024) {
    chunks.push(filler);
    size += filler.length;
  }
  const html = `<html><body>${chunks.join('')}</body></html>`;
  // About 2 s on an idle laptop; the bound only catches hangs and quadratic blow-ups.
  const a = timed(60_000, () => extractArticle(html));
  assert.equal(a.text, P.join('\n\n'));
});

test('charsets: Windows-1252 bytes (declared or not), UTF-16 with a BOM, UTF-8 re-saved under a legacy declaration', () => {
  const latin = Buffer.from('<html><head><meta charset="windows-1252"></head><body><p>Caf\xe9 \x93quoted\x94 \x80 5</p></body></html>', 'latin1');
  assert.equal(sniffCharset(latin), 'windows-1252');
  assert.match(decodeHtml('a.html', latin), /Café “quoted” € 5/);
  const undeclared = Buffer.from('<p>Na\xefve caf\xe9</p>', 'latin1');
  assert.match(decodeHtml('b.html', undeclared), /Naïve café/);
  const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<p>Zürich – Genève</p>', 'utf16le')]);
  assert.match(decodeHtml('c.html', utf16), /Zürich – Genève/);
  const bare16 = Buffer.from('<html><body><p>Zürich – Genève, no byte-order mark</p></body></html>', 'utf16le');
  assert.match(decodeHtml('d.html', bare16), /Zürich – Genève/);
  const resaved = Buffer.from('<meta charset="iso-8859-1"><p>Zürich – Genève</p>', 'utf8');
  assert.match(decodeHtml('e.html', resaved), /Zürich – Genève/);
  const xml = Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><html><p>caf\xe9</p></html>', 'latin1');
  assert.equal(sniffCharset(xml), 'iso-8859-1');
  assert.match(decodeHtml('f.xhtml', xml), /café/);
});

test('gzip: a real .gz is read; a .gz that is not gzip, or a truncated one, is a clear per-file error', () => {
  const html = page(`<p>${P[0]}</p>`);
  assert.equal(decodeHtml('ok.html.gz', gzipSync(Buffer.from(html))), html);
  assert.throws(() => decodeHtml('fake.html.gz', Buffer.from(html)), (e: unknown) => e instanceof UserError && /not gzip/.test(e.message) && /fake\.html\.gz/.test(e.message));
  const cut = gzipSync(Buffer.from(html.repeat(50))).subarray(0, 40);
  assert.throws(() => decodeHtml('cut.html.gz', cut), (e: unknown) => e instanceof UserError && /not a valid gzip/.test(e.message));
});

test('scorer: the benchmark metric on small cases', () => {
  const t = 'one two three four five six';
  assert.deepEqual(pageCounts(t, t), { tp: 1, fp: 0, fn: 0 });
  // Prediction with three extra shingles: 3 true positives, 3 false positives of 6 in all.
  assert.deepEqual(pageCounts(t, `${t} seven eight nine`), { tp: 0.5, fp: 0.5, fn: 0 });
  // Fewer than four tokens: one shingle of all of them.
  assert.deepEqual(pageCounts('a b', 'a b'), { tp: 1, fp: 0, fn: 0 });
  // Empty prediction: recall 0, and the page does not count for precision.
  const q = quality([{ truth: t, pred: '' }, { truth: t, pred: t }]);
  assert.equal(q.precision, 1);
  assert.equal(q.recall, 0.5);
  assert.equal(q.f1, 0.667);
});
