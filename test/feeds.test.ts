import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { UserError } from '../src/core/errors.js';
import { expandSpecs, feedDate, fetchFeed, htmlToText, looksLikeFeed, parseFeed, readSource, type Source, type SourceItem } from '../src/ingest/feeds.js';
import { tempDir } from './helpers/corpus.js';
import { ATOM, RDF, RSS, closedPort, serveFeeds } from './helpers/feeds.js';

test('RSS 2.0: content:encoded over description, links resolved, dates keep their offset, markup and scripts dropped', () => {
  const f = parseFeed('g.rss', RSS);
  assert.equal(f.format, 'rss');
  assert.equal(f.title, 'The Harbour Gazette');
  assert.equal(f.items.length, 3);
  const [a, b, c] = f.items;
  assert.deepEqual(a, {
    title: 'Fire at the harbour & docks',
    link: 'https://gazette.example/news/harbour-fire',
    published: '2025-10-15T23:30:00+02:00',
    text: 'A fire broke out at the harbour on Tuesday night.\n\nFirefighters & volunteers worked until dawn.',
  });
  assert.equal(b.link, 'https://gazette.example/news/council', 'a permalink guid stands in for <link>');
  assert.equal(b.published, '2025-10-16T09:00:00Z');
  assert.equal(b.text, 'The council postponed its vote.\n\nA new date is not set.');
  assert.equal(c.text, '');
});

test('Atom: xhtml, html and text content, summary fallback, alternate link, relative links', () => {
  const f = parseFeed('r.atom', ATOM);
  assert.equal(f.format, 'atom');
  assert.equal(f.title, 'River Post');
  assert.deepEqual(f.items.map((i) => i.title), ['Floods rise again', 'Bridge closed', 'Plain text entry']);
  assert.equal(f.items[0].link, 'https://river.example/floods');
  assert.equal(f.items[0].text, 'The river rose by 2 metres.\n\nResidents & shop owners were evacuated.');
  assert.equal(f.items[0].published, '2025-10-15T06:00:00-04:00');
  assert.equal(f.items[1].link, 'https://river.example/bridge');
  assert.equal(f.items[1].text, 'The old bridge is closed.');
  assert.equal(f.items[2].text, 'First paragraph.\n\nSecond paragraph with AT&T.');
});

test('RSS 1.0 (RDF): items beside the channel', () => {
  const f = parseFeed('o.rdf', RDF);
  assert.equal(f.format, 'rdf');
  assert.equal(f.title, 'Old Times');
  assert.deepEqual(f.items, [{ title: 'Market opens', link: 'https://old.example/1', published: '2025-10-13', text: 'The market opened on Monday.' }]);
});

test('not a feed: plain text, an HTML page and broken XML each get a clear reason', () => {
  const reason = (xml: string): string => {
    try {
      parseFeed('in', xml);
    } catch (e) {
      assert.ok(e instanceof UserError);
      assert.equal(e.input, 'in');
      return e.reason;
    }
    throw new Error('expected a failure');
  };
  assert.equal(reason('{"not": "xml"}'), 'not an RSS or Atom feed (not XML)');
  assert.equal(reason('<!doctype html><html><body><p>Not found</p></body></html>'), 'not an RSS or Atom feed (an HTML page)');
  assert.equal(reason('<?xml version="1.0"?><opml><body/></opml>'), 'not an RSS or Atom feed (the document\'s root element is <opml>)');
  // A download cut off inside a tag.
  assert.match(reason('<rss><channel><item><title>x</title></item></chan'), /^not an RSS or Atom feed \(malformed XML: .+\)$/);
});

test('feed dates: RFC 822 with numeric or named zones, ISO kept, garbage → null', () => {
  assert.equal(feedDate('Tue, 14 Oct 2025 22:15:00 GMT'), '2025-10-14T22:15:00Z');
  assert.equal(feedDate('Tue, 14 Oct 2025 22:15:00 EDT'), '2025-10-14T22:15:00-04:00');
  assert.equal(feedDate('Wed, 15 Oct 2025 01:05:00 +0530'), '2025-10-15T01:05:00+05:30');
  assert.equal(feedDate('2025-10-14'), '2025-10-14');
  assert.equal(feedDate('yesterday-ish'), null);
  assert.equal(feedDate(null), null);
});

test('htmlToText: blocks become paragraphs, entities decoded, scripts and styles dropped', () => {
  assert.equal(htmlToText('<div><h2>Head</h2>Line one<br>Line&nbsp;two<style>p{}</style><ul><li>a</li><li>b &lt; c</li></ul></div>'), 'Head\n\nLine one\n\nLine two\n\na\n\nb < c');
  assert.equal(htmlToText('plain &amp; simple'), 'plain & simple');
});

test('feed files are recognised by extension or by their root element', async () => {
  assert.ok(looksLikeFeed('\uFEFF<?xml version="1.0"?>\n<!-- c --><rss version="2.0">'));
  assert.ok(looksLikeFeed('<feed xmlns="http://www.w3.org/2005/Atom">'));
  assert.ok(!looksLikeFeed('<html><body>'));
  const dir = tempDir();
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'a.rss'), RSS);
  writeFileSync(path.join(dir, 'sub', 'b.atom.gz'), gzipSync(ATOM));
  writeFileSync(path.join(dir, 'c.txt'), 'An article.');
  writeFileSync(path.join(dir, 'noext'), RDF);
  writeFileSync(path.join(dir, 'skip.png'), 'x');
  mkdirSync(path.join(dir, '.hidden'));
  writeFileSync(path.join(dir, '.hidden', 'h.rss'), RSS);
  const srcs = await expandSpecs([dir, path.join(dir, 'noext'), 'ftp://example.com/feed', path.join(dir, 'missing.rss')]);
  assert.deepEqual(srcs.map((s) => [s.kind, s.kind === 'error' ? s.error.reason : path.relative(dir, s.spec)]), [
    ['feed', 'a.rss'],
    ['input', 'c.txt'],
    ['feed', path.join('sub', 'b.atom.gz')],
    ['feed', 'noext'],
    ['error', 'only http:// and https:// feed URLs can be fetched'],
    ['input', 'missing.rss'],
  ]);
  const items = await collect({ kind: 'feed', spec: path.join(dir, 'sub', 'b.atom.gz') });
  assert.equal(items.filter((i) => i.ok).length, 3);
});

async function collect(src: Source): Promise<SourceItem[]> {
  const out: SourceItem[] = [];
  for await (const it of readSource(src, { timeoutMs: 2000 })) out.push(it);
  return out;
}

test('fetching feeds from 127.0.0.1: RSS and Atom are read; 404, non-XML, oversize, slow and closed ports fail clearly', async () => {
  const srv = await serveFeeds({
    '/rss': { body: RSS },
    '/atom': { body: ATOM, type: 'application/atom+xml' },
    '/latin1': { body: Buffer.from('<?xml version="1.0" encoding="ISO-8859-1"?><rss><channel><title>T</title><item><title>Caf\xe9</title><description>Un caf\xe9 cr\xe8me.</description></item></channel></rss>', 'latin1') },
    '/json': { body: '{"items": []}', type: 'application/json' },
    '/big': { body: 'x'.repeat(5000) },
    '/slow': { body: RSS, delayMs: 1500 },
  });
  try {
    const rss = await collect({ kind: 'url', spec: srv.url('/rss') });
    assert.equal(rss.length, 3);
    assert.ok(rss[0].ok === true && rss[0].record.meta.url === 'https://gazette.example/news/harbour-fire');
    assert.ok(rss[0].ok === true && rss[0].record.meta.outlet === 'The Harbour Gazette');
    assert.ok(rss[0].ok === true && rss[0].record.source === `${srv.url('/rss')}#1`);
    assert.ok(!rss[2].ok && /#3$/.test(rss[2].error.input) && /has no text/.test(rss[2].error.reason));

    const atom = await collect({ kind: 'url', spec: srv.url('/atom') });
    assert.deepEqual(atom.map((i) => i.ok), [true, true, true]);

    const latin = await collect({ kind: 'url', spec: srv.url('/latin1') });
    assert.ok(latin[0].ok === true && latin[0].record.content === 'Un café crème.' && latin[0].record.meta.title === 'Café');

    const fail = async (spec: string, re: RegExp, timeoutMs = 2000): Promise<void> => {
      const items: SourceItem[] = [];
      for await (const it of readSource({ kind: 'url', spec }, { timeoutMs, maxBytes: 4096 })) items.push(it);
      assert.equal(items.length, 1);
      assert.ok(!items[0].ok);
      assert.equal(items[0].error.input, spec);
      assert.match(items[0].error.reason, re);
    };
    await fail(srv.url('/missing'), /^HTTP 404 Not Found$/);
    await fail(srv.url('/json'), /not an RSS, Atom or JSON feed \(JSON, but no jsonfeed\.org/);
    await fail(srv.url('/big'), /feed too large/);
    await fail(srv.url('/slow'), /^no answer within 0\.3 s$/, 300);
    const port = await closedPort();
    await fail(`http://127.0.0.1:${port}/feed`, /cannot reach 127\.0\.0\.1:\d+ \(connection refused\)/);
    await assert.rejects(fetchFeed('file:///etc/passwd'), (e: unknown) => e instanceof UserError && /only http/.test(e.reason));
  } finally {
    await srv.close();
  }
});
