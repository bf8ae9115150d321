/**
 * Metadata: dates, bylines, credits, the outlet table and the precedence of sources (a JSON
 * record beats the page, the page beats the text, the table names a known domain).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { buildArticle } from '../src/ingest/article.js';
import { agencyName, captionWithCredit, creditOnly, looksLikePerson, parseByline, parseContributors } from '../src/ingest/credits.js';
import { findDate } from '../src/ingest/dates.js';
import { ingestAll } from '../src/ingest/index.js';
import { normaliseDate } from '../src/ingest/metadata.js';
import { BUILTIN_OUTLETS, OutletTable, cleanOutletName, hostOf } from '../src/ingest/outlets.js';

const text = (content: string, meta = {}) => buildArticle({ source: 't', format: 'text', content, meta }, 'a1');

test('dates: the forms news pages print', () => {
  const cases: Array<[string, string | null]> = [
    ['October 15, 2025', '2025-10-15'],
    ['Wednesday, October 15, 2025', '2025-10-15'],
    ['Published : 15 Oct 2025 07:36 PM', '2025-10-15T19:36'],
    ['Published date: 11 February 2026 09:15 GMT', '2026-02-11T09:15Z'],
    ['Updated 3 March 2026, 14:05 CET', '2026-03-03T14:05+01:00'],
    ['Sept. 3, 2025 at 9:05 a.m. EDT', '2025-09-03T09:05-04:00'],
    ['1st of May 2024', '2024-05-01'],
    ['2026-02-10T21:40:00+01:00', '2026-02-10T21:40:00+01:00'],
    ['2026-02-10', '2026-02-10'],
    ['10.02.2026', '2026-02-10'],
    ['25/10/2025', '2025-10-25'],
    ['10/25/2025', '2025-10-25'],
    ['03/04/2025', null], // day-first or month-first? not guessed
    ['February 30, 2026', null],
    ['October 2025', null], // no day: not a publication date
    ['12:30 on Monday', null],
  ];
  for (const [s, iso] of cases) assert.equal(findDate(s)?.iso ?? null, iso, s);
  assert.equal(normaliseDate('2026-02-11T08:00:00+0100'), '2026-02-11T08:00:00+01:00');
  assert.equal(normaliseDate('11 February 2026'), '2026-02-11');
  assert.equal(normaliseDate('yesterday'), null);
});

test('bylines: names, agencies, and what is not a byline', () => {
  assert.deepEqual(parseByline('By Jane Doe and John Roe'), { authors: ['Jane Doe', 'John Roe'], agencies: [] });
  assert.deepEqual(parseByline('Richard Roe Reuters, AP, AFP'), { authors: ['Richard Roe'], agencies: ['Reuters', 'AP', 'AFP'] });
  assert.deepEqual(parseByline('Jane Doe, Reuters'), { authors: ['Jane Doe'], agencies: ['Reuters'] });
  assert.deepEqual(parseByline('By Ahmed al-Masri in Cairo'), { authors: ['Ahmed al-Masri'], agencies: [] });
  assert.deepEqual(parseByline('By Agence France-Presse'), { authors: [], agencies: ['AFP'] });
  assert.equal(parseByline('Jane Doe'), null); // a bare name needs other evidence (a dateline next to it)
  assert.equal(parseByline('By the end of the week the port had reopened'), null);
  assert.equal(parseByline('Syria and Russia, AFP'), null);
  assert.deepEqual(parseContributors('AFP contributed reporting.'), { authors: [], agencies: ['AFP'] });
  assert.deepEqual(parseContributors('Reuters and The Associated Press contributed to this report.'), { authors: [], agencies: ['Reuters', 'AP'] });
  assert.equal(parseContributors('Many people contributed reporting of the fire to the police.'), null);
  assert.equal(agencyName('REUTERS'), 'Reuters');
  assert.equal(agencyName('Associated Press'), 'AP');
  assert.ok(looksLikePerson('Vaughn Cockayne'));
  assert.ok(looksLikePerson('J. R. Smith'));
  assert.ok(!looksLikePerson('the harbour master'));
  assert.ok(!looksLikePerson('Top Story'));
  assert.ok(!looksLikePerson('Washington'));
});

test('photo credits: chains need an agency or photo source; captions keep their text apart', () => {
  assert.equal(creditOnly('Alexander Petrov / POOL / AFP'), 'Alexander Petrov / POOL / AFP');
  assert.equal(creditOnly('Photo: Jane Doe'), 'Jane Doe');
  assert.equal(creditOnly('Getty Images/Jane Doe'), 'Getty Images/Jane Doe');
  assert.equal(creditOnly('Syria/Russia relations'), null);
  assert.equal(creditOnly('and/or'), null);
  assert.deepEqual(captionWithCredit('Leaders shake hands in Moscow (Jane Doe/Pool/AFP)'), { caption: 'Leaders shake hands in Moscow', credit: 'Jane Doe/Pool/AFP' });
  assert.deepEqual(captionWithCredit('The visit is sensitiveImage: State Media/REUTERS'), { caption: 'The visit is sensitive', credit: 'State Media/REUTERS' });
  assert.equal(captionWithCredit('The talks (in Moscow) went well'), null);
  assert.equal(captionWithCredit('He said the numbers were wrong (about 4/5 of them)'), null);
});

test('outlet table: domains, subdomains, user overrides, names', () => {
  assert.ok(Object.keys(BUILTIN_OUTLETS).length >= 150);
  const t = new OutletTable({ 'www.dalveniaherald.example': 'The Dalvenia Herald', 'reuters.com': 'Reuters News' });
  assert.equal(t.byHost('https://www.themoscowtimes.com/2025/10/15/x'), 'The Moscow Times');
  assert.equal(t.byHost('https://edition.cnn.com/world/x'), 'CNN');
  assert.equal(t.byHost('news.sky.com'), 'Sky News');
  assert.equal(t.byHost('https://dalveniaherald.example/a'), 'The Dalvenia Herald');
  assert.equal(t.byHost('https://www.reuters.com/world/'), 'Reuters News'); // the user's table wins
  assert.equal(t.byHost('https://unknown.example/x'), null);
  assert.equal(t.byHost('not a url'), null);
  assert.equal(hostOf('https://WWW.Example.ORG./path'), 'example.org');
  assert.equal(t.canonicalName('the moscow times'), 'The Moscow Times');
  assert.equal(cleanOutletName('The Washington Times, LLC.'), 'The Washington Times');
  assert.equal(cleanOutletName('Example Media Ltd'), 'Example Media');
});

test('outlet precedence: record, then the URL in the table, then text clues, then the host', () => {
  const signoff = 'The port reopened on Friday.\n\n• Jane Doe can be reached at jdoe@washingtontimes.com.\n\nCopyright © 2026 Some Other Name, LLC.';
  assert.equal(text(signoff).outlet, 'The Washington Times'); // e-mail domain in the table beats a text clue
  assert.equal(text(signoff, { outlet: 'Given Outlet' }).outlet, 'Given Outlet');
  assert.equal(text('The port reopened on Friday.\n\nCopyright © 2026 Harbour Gazette Ltd.').outlet, 'Harbour Gazette');
  assert.equal(text('The port reopened on Friday.', { url: 'https://news.example.net/a/1' }).outlet, 'news.example.net');
  assert.equal(text('The port reopened on Friday.').outlet, null);
  const dateline = text('- The Harbour Gazette - Tuesday, February 10, 2026\n\nThe port reopened on Friday.');
  assert.equal(dateline.outlet, 'The Harbour Gazette');
  assert.equal(dateline.published, '2026-02-10');
});

test('a JSON record beats what the text says; unparseable dates in a record are not kept', () => {
  const content = '- The Harbour Gazette - Tuesday, February 10, 2026\n\nPort fire contained\n\nThe port reopened on Friday, officials said.';
  const a = text(content, { outlet: 'Record Outlet', published: '2026-02-12', title: 'Record Title', url: 'https://record.example/x', authors: ['Ann Lee'] });
  assert.equal(a.outlet, 'Record Outlet');
  assert.equal(a.published, '2026-02-12');
  assert.equal(a.title, 'Record Title');
  assert.equal(a.url, 'https://record.example/x');
  assert.deepEqual(a.authors, ['Ann Lee']);
  assert.equal(a.text, 'The port reopened on Friday, officials said.');
  assert.equal(text(content, { published: 'last week' }).published, '2026-02-10');
});

test('an "Updated" date alone is not a publication date', () => {
  assert.equal(text('Updated: 3 March 2026 14:05\n\nThe port reopened on Friday.').published, null);
  assert.equal(text('Published: 1 March 2026\nUpdated: 3 March 2026\n\nThe port reopened on Friday.').published, '2026-03-01');
});

test('JSON records: author fields, ids and the config file through the CLI', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-meta-'));
  const rec = path.join(dir, 'rec.jsonl');
  writeFileSync(rec, [
    JSON.stringify({ text: 'The port reopened on Friday.', author: 'Ann Lee', url: 'https://www.dalveniaherald.example/x' }),
    JSON.stringify({ text: 'Ships queued overnight.', authors: [{ name: 'Bo Kim' }, 'Reuters'] }),
  ].join('\n'));
  const { articles } = await ingestAll([rec], { outlets: { 'dalveniaherald.example': 'The Dalvenia Herald' } });
  assert.deepEqual(articles.map((a) => [a.outlet, a.authors, a.agencies]), [
    ['The Dalvenia Herald', ['Ann Lee'], []],
    [null, ['Bo Kim'], ['Reuters']],
  ]);
  const cfg = path.join(dir, 'parallax.config.json');
  writeFileSync(cfg, JSON.stringify({ outlets: { 'dalveniaherald.example': 'Herald (config)' } }));
  const r = spawnSync(process.execPath, [path.resolve('bin/parallax.js'), 'read', rec, '--config', cfg, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(JSON.parse(r.stdout).articles[0].outlet, 'Herald (config)');
});

test('HTML input: the extractor gives text and page metadata, then the same cleaning', () => {
  const html = `<!doctype html><html lang="en"><head><title>T | Site</title>
    <meta property="og:site_name" content="Harbour Gazette"><link rel="canonical" href="https://gazette.example/a">
    <meta property="article:published_time" content="2026-02-10T08:00:00Z">
    <script type="application/ld+json">{"@type":"NewsArticle","headline":"Port reopens","author":{"@type":"Person","name":"Ann Lee"}}</script></head>
    <body><nav><a href="/">Home</a></nav><div class="cookie-banner">We use cookies.</div>
    <article><h1>Port reopens</h1><p>The port reopened on Friday, officials said.</p>
    <p>Advertisement</p><p>Ships queued &amp; waited overnight.</p></article>
    <section class="comments"><p>First!</p></section><footer>© 2026 Harbour Gazette</footer></body></html>`;
  const a = buildArticle({ source: 'p.html', format: 'html', content: html, meta: {} }, 'a1');
  assert.equal(a.text, 'The port reopened on Friday, officials said.\n\nShips queued & waited overnight.');
  assert.deepEqual([a.title, a.outlet, a.url, a.published, a.language], ['Port reopens', 'Harbour Gazette', 'https://gazette.example/a', '2026-02-10T08:00:00Z', 'en']);
  assert.deepEqual(a.authors, ['Ann Lee']);
  // The extractor leaves out ad-slot labels itself; what cleaning removes from its text is listed.
  assert.ok(!a.text.includes('Advertisement'));
});

test('canonical URL: fragment and tracking parameters dropped, the rest kept', async () => {
  const { canonicalUrl } = await import('../src/ingest/metadata.js');
  assert.equal(canonicalUrl('https://news.example/a/1?id=7&utm_source=tw&fbclid=x#comments'), 'https://news.example/a/1?id=7');
  assert.equal(canonicalUrl('https://news.example/a/1'), 'https://news.example/a/1');
  assert.equal(canonicalUrl('not a url'), 'not a url');
  assert.equal(canonicalUrl(null), null);
  assert.equal(text('The port reopened.', { url: 'https://news.example/x?utm_medium=rss' }).url, 'https://news.example/x');
});

test('a byline and dateline on one line: the name is an author, not an outlet', () => {
  const a = text('Port reopens after the fire\n\nBy Jane Doe | October 15, 2025\n\nThe port reopened on Friday, officials said.');
  assert.deepEqual(a.authors, ['Jane Doe']);
  assert.equal(a.published, '2025-10-15');
  assert.equal(a.outlet, null);
  assert.equal(a.title, 'Port reopens after the fire');
});

test('agency credits: source lines, "with" lines, initials + agencies, wire datelines; roles in bylines', () => {
  const a = text('The port reopened on Friday, officials said.\n\nShips queued overnight.\n\nrc/wmr (Reuters, AP, AFP)');
  assert.deepEqual(a.agencies, ['Reuters', 'AP', 'AFP']);
  assert.equal(a.text, 'The port reopened on Friday, officials said.\n\nShips queued overnight.');
  assert.deepEqual(text('The port reopened on Friday.\n\nSource: AFP').agencies, ['AFP']);
  assert.deepEqual(text('The port reopened on Friday.\n\n(with Reuters)').agencies, ['Reuters']);
  const wire = text('HALVAR, Dalvenia (AP) — The port reopened on Friday, officials said.');
  assert.deepEqual(wire.agencies, ['AP']);
  assert.equal(wire.text, 'HALVAR, Dalvenia (AP) — The port reopened on Friday, officials said.'); // text untouched
  assert.deepEqual(text('Officials (AP) said the port reopened.').agencies, []);
  assert.deepEqual(text('Source: the port authority said the quay was unsafe.').agencies, []);
  assert.deepEqual(parseByline('By Jane Doe, Senior Correspondent'), { authors: ['Jane Doe'], agencies: [] });
  assert.equal(creditOnly('Jane Doe/AFP via Getty Images'), 'Jane Doe/AFP via Getty Images');
  assert.equal(creditOnly('Photograph by Jane Doe'), 'Jane Doe');
  assert.equal(creditOnly('(Image credit: Harbour Gazette)'), 'Harbour Gazette');
});

test('datelines in other languages and with a section word: no outlet guessed from them', () => {
  const de = text('Hafen wieder offen\n\nVon Moritz Berger, publiziert am 12.03.2019\n\nDer Hafen wurde am Freitag wieder geöffnet, teilten die Behörden mit.');
  assert.equal(de.published, '2019-03-12');
  assert.deepEqual(de.authors, ['Moritz Berger']);
  assert.equal(de.outlet, null);
  const section = text('U.S. | October 3, 2019\n\nThe port reopened on Friday, officials said.');
  assert.equal(section.published, '2019-10-03');
  assert.equal(section.outlet, null);
});

test('a parenthesis of organisations closing a sentence is not a photo credit', () => {
  assert.equal(captionWithCredit('Cases rose sharply in the port district last year (WHO/UNICEF)'), null);
  assert.deepEqual(captionWithCredit('Rescuers at the quay (Jane Roe/ANP)'), { caption: 'Rescuers at the quay', credit: 'Jane Roe/ANP' });
  const body = 'The port reopened on Friday.\n\nCases rose sharply in the port district last year (WHO/UNICEF)\n\nShips queued overnight.';
  assert.equal(text(body).text, body);
});

test('a dateline with two dates names no outlet: the URL host does, never the second date', () => {
  const content = 'Woman Hurt in Harbour Road Crash, Driver Arrested\non September 14, 2013 11: 41am | Updated on September 14, 2013 11: 41am\nA driver who tried to flee after striking a woman on Harbour Road has been charged, police said.\nOfficers were called to the corner of Quay Street at night.';
  assert.equal(text(content, { url: 'http://www.localnews.example/2013/09/14/crash' }).outlet, 'localnews.example');
  assert.equal(text(content).outlet, null);
  assert.equal(text('- The Harbour Gazette - Tuesday, February 10, 2026 9:30\n\nThe port reopened on Friday.').outlet, 'The Harbour Gazette');
});
