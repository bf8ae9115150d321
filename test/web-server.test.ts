import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import http from 'node:http';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseHTML } from 'linkedom';
import { createWebServer, listen, CSP } from '../src/web/server.js';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import { startTestServer, type TestServer } from './helpers/web-server.js';
import { FERRY_DOSSIER } from './fixtures/ferry-dossier.js';
import { HOSTILE_TEXTS, PAYLOADS } from './fixtures/hostile-dossier.js';

let srv: TestServer;
before(async () => {
  srv = await startTestServer({ maxUploadBytes: 64 * 1024 });
});
after(async () => srv.close());

const seen: Array<{ path: string; status: number; headers: Headers }> = [];
async function get(p: string, init?: RequestInit): Promise<Response> {
  const r = await fetch(new URL(p, srv.url), init);
  seen.push({ path: p, status: r.status, headers: r.headers });
  return r;
}

/** A raw request, for headers fetch will not let us set (Host) or bodies it would buffer. */
function raw(opts: http.RequestOptions, body?: string | Buffer): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }> {
  const u = new URL(srv.url);
  return new Promise((resolve, reject) => {
    const req = http.request({ host: u.hostname, port: u.port, ...opts }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => (data += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: data }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}

test('stories list, story page and article page render from the store', async () => {
  const list = await get('/');
  assert.equal(list.status, 200);
  const ld = parseHTML(await list.text()).document;
  const links = Array.from(ld.querySelectorAll('table.stories a')).map((a) => a.getAttribute('href'));
  assert.deepEqual(links, ['/stories/s-ferry', '/stories/s-hostile']);

  const story = await get('/stories/s-ferry');
  assert.equal(story.status, 200);
  const sd = parseHTML(await story.text()).document;
  assert.equal(sd.querySelectorAll('.conflict').length, 2);
  assert.equal(sd.querySelectorAll('.col').length, 4);
  assert.equal(sd.querySelector('.col a[href="/articles/a1"]')!.textContent, 'article page');
  assert.equal(sd.querySelectorAll('script[src="/assets/app.js"]').length, 1);
  assert.equal(sd.querySelectorAll('script:not([src]), style').length, 0, 'no inline code on served pages');

  const dl = await get('/stories/s-ferry/report.html');
  assert.equal(dl.status, 200);
  assert.match(dl.headers.get('content-disposition')!, /^attachment; filename="parallax-story-s-ferry\.html"$/);
  const rd = parseHTML(await dl.text()).document;
  assert.ok(rd.querySelector('meta[http-equiv="Content-Security-Policy"]'));
  assert.equal(rd.querySelectorAll('.conflict').length, 2);
  assert.equal(sd.querySelector('.crumbs a[download]')!.getAttribute('href'), '/stories/s-ferry/report.html');

  const art = await get('/articles/a2');
  assert.equal(art.status, 200);
  const ad = parseHTML(await art.text()).document;
  assert.equal(ad.querySelector('.atext')!.textContent, FERRY_DOSSIER.articles[1].text);
  assert.equal(ad.querySelector('.crumbs a[href="/stories/s-ferry"]')!.textContent, 'its story');

  const search = await get('/?q=radar');
  assert.match(await search.text(), /Articles matching “radar”/);
});

test('JSON API: stories, one story with its dossier, one article, analyze', async () => {
  const l = await (await get('/api/stories')).json();
  assert.deepEqual(l.stories.map((s: { id: string }) => s.id), ['s-ferry', 's-hostile']);
  assert.equal(l.stories[0].articles, 4);
  const s = await (await get('/api/stories/s-ferry')).json();
  assert.equal(s.story.id, 's-ferry');
  assert.equal(s.dossier.conflicts.length, 2);
  const a = await (await get('/api/articles/a3')).json();
  assert.equal(a.article.id, 'a3');
  assert.ok(Array.isArray(a.article.sentences));
  const missing = await get('/api/stories/nope');
  assert.equal(missing.status, 404);
  assert.match((await missing.json()).error, /no story with id "nope"/);

  const res = await get('/api/analyze', {
    method: 'POST', headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ articles: [{ text: HOSTILE_TEXTS[0], outlet: 'One' }, { text: HOSTILE_TEXTS[1], outlet: 'Two' }, { text: '  ' }] }),
  });
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type')!, /application\/json/);
  const body = await res.json();
  assert.equal(body.dossier.articles.length, 2);
  assert.deepEqual(body.dossier.articles.map((x: { outlet: string }) => x.outlet), ['One', 'Two']);
  assert.ok(body.dossier.articles[0].text.includes('onerror'), 'content comes back as data, unchanged in JSON');

  const bad = await get('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"articles": [{"text": ""}]}' });
  assert.equal(bad.status, 400);
  assert.match((await bad.json()).error, /nothing to analyse/);
  const notJson = await get('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
  assert.equal(notJson.status, 400);
  assert.match((await notJson.json()).error, /not valid JSON/);
  const wrongMethod = await get('/api/stories', { method: 'DELETE' });
  assert.equal(wrongMethod.status, 405);
  assert.equal(wrongMethod.headers.get('allow'), 'GET, HEAD');
});

test('the paste form accepts pasted text and dropped files and returns a dossier page', async () => {
  const form = new FormData();
  form.append('outlet', 'Paste One');
  form.append('title', '');
  form.append('text', 'The harbour budget passed on Monday by 7 votes to 2, the council said.');
  form.append('outlet', '');
  form.append('title', '');
  form.append('text', '');
  form.append('file', new Blob([`<html><head><title>Budget</title></head><body><article><p>The council approved the harbour budget on Tuesday. ${PAYLOADS.script}</p></article></body></html>`], { type: 'text/html' }), 'saved page.html');
  const res = await get('/analyze', { method: 'POST', body: form });
  assert.equal(res.status, 200);
  const html = await res.text();
  const d = parseHTML(html).document;
  assert.equal(d.querySelectorAll('.col').length, 2);
  assert.match(d.querySelectorAll('.col')[0].textContent!, /Paste One/);
  assert.equal(d.querySelectorAll('script:not([src])').length, 0);

  const empty = new FormData();
  empty.append('text', '   ');
  empty.append('outlet', 'Kept Outlet');
  empty.append('title', '');
  const r2 = await get('/analyze', { method: 'POST', body: empty });
  assert.equal(r2.status, 400);
  const h2 = await r2.text();
  assert.match(h2, /Could not analyse:<\/strong> nothing to analyse/);
  assert.match(h2, /value="Kept Outlet"/, 'what was typed is given back');
});

test('oversized uploads are refused with 413 and a clear message (declared or streamed)', async () => {
  const big = 'x'.repeat(70 * 1024);
  const r = await get('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles: [{ text: big }] }) });
  assert.equal(r.status, 413);
  assert.match((await r.json()).error, /upload too large: 0\.1 MB sent, the limit is 0\.1 MB \(start parallax serve with --max-upload to raise it\)/);
  // Chunked: no Content-Length, the limit is enforced while reading.
  const chunked = await raw({ method: 'POST', path: '/analyze', headers: { 'content-type': 'application/x-www-form-urlencoded', 'transfer-encoding': 'chunked' } }, `text=${big}`);
  assert.equal(chunked.status, 413);
  assert.match(chunked.body, /upload too large: more than 0\.1 MB sent/);
  assert.match(chunked.headers['content-security-policy'] as string, /default-src 'none'/);
});

test('requests for another Host or from another Origin are refused', async () => {
  const evil = await raw({ method: 'GET', path: '/', headers: { host: 'attacker.example' } });
  assert.equal(evil.status, 403);
  assert.match(evil.body, /unexpected Host header/);
  const cross = await get('/api/analyze', { method: 'POST', headers: { 'content-type': 'application/json', origin: 'http://attacker.example' }, body: '{"articles":[{"text":"x y z."}]}' });
  assert.equal(cross.status, 403);
  const localhost = await raw({ method: 'GET', path: '/assets/app.css', headers: { host: `localhost:${new URL(srv.url).port}` } });
  assert.equal(localhost.status, 200);
});

test('every response so far carried the strict CSP and nosniff headers', async () => {
  await get('/nowhere');
  await get('/assets/app.js');
  assert.ok(seen.length > 10);
  for (const r of seen) {
    assert.equal(r.headers.get('content-security-policy'), CSP, r.path);
    assert.equal(r.headers.get('x-content-type-options'), 'nosniff', r.path);
    assert.doesNotMatch(r.headers.get('content-security-policy')!, /unsafe/);
  }
  assert.ok(seen.some((r) => r.status === 404) && seen.some((r) => r.status === 413) && seen.some((r) => r.status === 400));
});

test('with no database the app still serves the paste page, and binds to 127.0.0.1 by default', async () => {
  const server = createWebServer({ store: null, buildDossier, annotate });
  const url = await listen(server, 0);
  try {
    const addr = server.address();
    assert.equal(typeof addr === 'object' && addr ? addr.address : null, '127.0.0.1');
    assert.match(url, /^http:\/\/127\.0\.0\.1:\d+\/$/);
    const home = await fetch(url);
    assert.match(await home.text(), /No story database is open/);
    const form = await fetch(new URL('/analyze', url));
    assert.equal(form.status, 200);
    assert.match(await form.text(), /<form id="analyze-form" method="post" action="\/analyze" enctype="multipart\/form-data">/);
    assert.deepEqual((await (await fetch(new URL('/api/stories', url))).json()).stories, []);
    assert.equal((await fetch(new URL('/stories/x', url))).status, 404);
  } finally {
    server.close();
    server.closeAllConnections();
  }
});

test('CLI: analyze --format html writes one self-contained file; serve prints its URL', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-web-'));
  writeFileSync(path.join(dir, 'a.txt'), 'The bridge will reopen on Monday, the mayor said.\n');
  writeFileSync(path.join(dir, 'b.txt'), `The mayor said the bridge reopens Monday.\n\nOfficials posted ${PAYLOADS.img} on the city site.\n`);
  const out = path.join(dir, 'report.html');
  const r = spawnSync(process.execPath, ['bin/parallax.js', 'analyze', dir, '--format', 'html', '--out', out], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const html = readFileSync(out, 'utf8');
  assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;/);
  assert.doesNotMatch(html, /<img src=x/);

  // No database (none at the default path either): the analyze page still works.
  const env = { ...process.env, PARALLAX_DB: path.join(dir, 'none.db') };
  await withServe(['--port', '0'], env, async (url) => {
    const res = await fetch(new URL('/analyze', url));
    assert.equal(res.status, 200);
    assert.equal(res.headers.get('content-security-policy'), CSP);
  });
  const bad = spawnSync(process.execPath, ['bin/parallax.js', 'serve', '--port', 'abc'], { encoding: 'utf8', env });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /--port must be a whole number/);
  // A --db that does not exist yet: served all the same (a corpus is made later by ingest), the
  // paste page works and the stories page says how to make the corpus.
  await withServe(['--db', path.join(dir, 'missing.db'), '--port', '0'], env, async (url) => {
    assert.equal((await fetch(new URL('/analyze', url))).status, 200);
    const home = await fetch(new URL('/', url));
    assert.equal(home.status, 200);
    assert.match(await home.text(), /parallax ingest/);
  });
});

test('CLI: serve --db on a corpus built by `parallax ingest` lists its stories and renders them', async () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'plx-web-'));
  const db = path.join(dir, 'corpus.db');
  const ing = spawnSync(process.execPath, ['bin/parallax.js', 'ingest', '--quiet', '--db', db, 'examples/harbour-fire'], { encoding: 'utf8' });
  assert.equal(ing.status, 0, ing.stderr);
  await withServe(['--db', db, '--port', '0'], process.env, async (url) => {
    const list = await (await fetch(new URL('/api/stories', url))).json();
    const story = list.stories.find((s: { articles: number }) => s.articles >= 5);
    assert.ok(story, 'the example story');
    const res = await fetch(new URL(`/api/stories/${encodeURIComponent(story.id)}`, url));
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.ok(body.dossier.articles.length >= 5);
    const page = await fetch(new URL(`/stories/${encodeURIComponent(story.id)}`, url));
    assert.equal(page.status, 200);
    const d = parseHTML(await page.text()).document;
    assert.equal(d.querySelectorAll('.col').length, body.dossier.articles.length);
    const art = await fetch(new URL(`/articles/${encodeURIComponent(body.dossier.articles[0].id)}`, url));
    assert.equal(art.status, 200);
    // The article page links back to its story (the SQLite store knows each article's story).
    const ad = parseHTML(await art.text()).document;
    assert.equal(ad.querySelector(`.crumbs a[href="/stories/${encodeURIComponent(story.id)}"]`)?.textContent, 'its story');
    const badQuery = await fetch(new URL('/api/stories?q=%22unbalanced', url));
    assert.equal(badQuery.status, 400);
    assert.match((await badQuery.json()).error, /invalid search query/);
    const badPage = await fetch(new URL('/?q=%22unbalanced', url));
    assert.equal(badPage.status, 200);
    assert.match(await badPage.text(), /class="error-box" role="alert"><p>invalid search query/);
  });
});

async function withServe(args: string[], env: NodeJS.ProcessEnv, fn: (url: string) => Promise<void>): Promise<void> {
  const child = spawn(process.execPath, ['bin/parallax.js', 'serve', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      let buf = '';
      let err = '';
      child.stdout.on('data', (c) => {
        buf += c;
        const m = /serving on (http:\/\/127\.0\.0\.1:\d+\/)/.exec(buf);
        if (m) resolve(m[1]);
      });
      child.stderr.on('data', (c) => (err += c));
      child.on('exit', (code) => reject(new Error(`serve exited with ${code}: ${err}`)));
    });
    await fn(url);
  } finally {
    child.kill('SIGTERM');
  }
}

test('analyze page: "Save to corpus" stores the pasted articles in a SQLite corpus and redirects to their story permalink', async () => {
  const { openStore } = await import('../src/store/store.js');
  const { storeArticles } = await import('../src/store/corpus.js');
  const dir = mkdtempSync(path.join(tmpdir(), 'parallax-save-'));
  const store = await openStore(path.join(dir, 'corpus.db'));
  const s = await startTestServer({ store, save: async (arts) => storeArticles(store, arts) });
  try {
    const form = new URLSearchParams();
    for (const [outlet, text] of [['Harbour Weekly', 'The ferry terminal at Marrow Bay reopened on Saturday after the storm, the harbour office said.'], ['Coast Radio', 'The harbour office said the Marrow Bay ferry terminal reopened on Saturday.']]) {
      form.append('text', text);
      form.append('outlet', outlet);
      form.append('title', 'Marrow Bay terminal reopens');
    }
    const res = await fetch(new URL('/analyze', s.url), { method: 'POST', body: form });
    assert.equal(res.status, 200);
    const html = await res.text();
    const token = /name="token" value="([0-9a-f-]{36})"/.exec(html)?.[1];
    assert.ok(token, 'the result offers "Save to corpus"');
    const save = await fetch(new URL('/analyze/save', s.url), { method: 'POST', body: new URLSearchParams({ token }), redirect: 'manual' });
    assert.equal(save.status, 303);
    const loc = save.headers.get('location')!;
    assert.match(loc, /^\/stories\/[^?]+\?saved=2$/);
    assert.equal((await store.stats()).articles, 2);
    const storyId = decodeURIComponent(loc.slice('/stories/'.length).split('?')[0]);
    assert.deepEqual((await store.storyArticles(storyId)).map((a) => a.outlet).sort(), ['Coast Radio', 'Harbour Weekly']);
    const page = await fetch(new URL(loc, s.url));
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Saved 2 articles to the corpus/);
    // The permalink stays: without ?saved it is the same story, found in the corpus.
    const d = parseHTML(await (await fetch(new URL(`/stories/${encodeURIComponent(storyId)}`, s.url))).text()).document;
    assert.equal(d.querySelectorAll('.col').length, 2);
    assert.equal(d.querySelector('h1')?.textContent, 'Marrow Bay terminal reopens');
    // A token is used once; an unknown one says what to do.
    const again = await fetch(new URL('/analyze/save', s.url), { method: 'POST', body: new URLSearchParams({ token }) });
    assert.equal(again.status, 410);
    assert.match(await again.text(), /analyse the articles again/);
    // Without a corpus there is nothing to save into: the page says how to get one.
    const none = await startTestServer({ store: null });
    try {
      const r = await fetch(new URL('/analyze', none.url), { method: 'POST', body: form });
      const h = await r.text();
      assert.doesNotMatch(h, /name="token"/);
      assert.match(h, /To save results, start parallax serve with a corpus/);
    } finally {
      await none.close();
    }
  } finally {
    await s.close();
    await store.close();
  }
});
