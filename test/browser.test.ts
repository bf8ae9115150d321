/**
 * The HTML report and the web app in a real browser (headless Chromium): selecting an item
 * highlights its spans in every article, keyboard use, 360 px layout, print styles, the paste
 * form, and the safety test — hostile article content must never run, in the report or in the
 * served pages. Skips when /usr/bin/chromium is absent; the seed-story tests also skip without
 * ../shared. PARALLAX_SCREENSHOTS=1 also writes docs/screenshots/*.png.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { renderHtmlReport } from '../src/render/html/report.js';
import { buildDossier } from '../src/compare/dossier.js';
import { ingestAll } from '../src/ingest/index.js';
import type { Article } from '../src/core/schema.js';
import { BROWSER_SKIP, launchBrowser, type TestBrowser } from './helpers/browser.js';
import { MemoryStore, toArticle } from './helpers/memory-store.js';
import { seedFiles, SKIP_NO_SHARED } from './helpers/shared.js';
import { startTestServer, type TestServer } from './helpers/web-server.js';
import { FERRY_DOSSIER } from './fixtures/ferry-dossier.js';
import { HOSTILE_DOSSIER, HOSTILE_TEXTS, PAYLOADS } from './fixtures/hostile-dossier.js';

let browser: TestBrowser | null = null;
let srv: TestServer;
let dir: string;
let seedArticles: Article[] | null = null;
let exampleArticles: Article[] = [];
const SHOTS = process.env.PARALLAX_SCREENSHOTS ? path.resolve('docs/screenshots') : null;

before(async () => {
  browser = await launchBrowser();
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-browser-'));
  const seeds = seedFiles();
  if (seeds) seedArticles = (await ingestAll(seeds)).articles;
  exampleArticles = (await ingestAll([path.resolve('examples/harbour-fire')])).articles;
  const stories = new Map<string, Article[]>([
    ['s-ferry', FERRY_DOSSIER.articles.map(toArticle)],
    ['s-hostile', HOSTILE_DOSSIER.articles.map(toArticle)],
    ['example', exampleArticles],
  ]);
  if (seedArticles) stories.set('seeds', seedArticles);
  srv = await startTestServer({ store: new MemoryStore(stories) });
});

after(async () => {
  await browser?.close();
  await srv?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  dialogs: string[];
  errors: string[];
}

/** A page that records dialogs (and dismisses them), script errors and console errors. */
async function open(url: string, width = 1280): Promise<Watched> {
  const page = await browser!.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const w: Watched = { page, dialogs: [], errors: [] };
  page.on('dialog', (d) => {
    w.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('pageerror', (e) => w.errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return w;
}

function reportFile(name: string, html: string): string {
  const f = path.join(dir, name);
  writeFileSync(f, html);
  return `file://${f}`;
}

async function highlightedColumns(page: Page): Promise<number> {
  return page.$$eval('.col', (cols) => cols.filter((c) => c.querySelector('.s.hl')).length);
}

/** Nothing from the hostile fixture ran: no flag, no dialog, no javascript: link, payloads shown as text. */
async function assertInert(w: Watched): Promise<void> {
  const { page } = w;
  // No element carries an event-handler attribute at all (escaping), and none would fire: give
  // every element mouse and focus events, and really click the visible selection buttons.
  const handlers = await page.evaluate(() =>
    Array.from(document.querySelectorAll('*')).flatMap((el) => Array.from(el.attributes).filter((a) => /^on/i.test(a.name)).map((a) => `${el.tagName} ${a.name}`)),
  );
  assert.deepEqual(handlers, []);
  await page.evaluate(() => {
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      for (const type of ['mouseover', 'mouseenter', 'focus', 'load', 'error']) el.dispatchEvent(new Event(type, { bubbles: true }));
    }
  });
  for (const b of (await page.$$('button.sel')).slice(0, 25)) if (await b.isVisible()) await b.click();
  await page.waitForTimeout(50);
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned), undefined, 'a payload ran');
  assert.deepEqual(w.dialogs, [], 'a dialog opened');
  const hrefs = await page.$$eval('a[href]', (as) => as.map((a) => a.getAttribute('href')!));
  for (const h of hrefs) assert.doesNotMatch(h, /^\s*javascript:/i);
  assert.equal(await page.$$eval('img, iframe, object, embed', (els) => els.length), 0);
  const text = await page.evaluate(() => document.body.textContent ?? '');
  assert.match(text, /on(error|load|click|mouseover)=/, 'the payload is displayed as text');
}

test('report: selecting a conflict highlights its spans in every article; keyboard and Escape work', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  const w = await open(reportFile('ferry.html', renderHtmlReport(FERRY_DOSSIER)));
  const { page } = w;
  // Self-contained: loading it asked for nothing but the file itself.
  const requests: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.reload();
  assert.ok(requests.length >= 1);
  assert.deepEqual(requests.filter((u) => !u.startsWith('file://')), []);
  assert.equal(await highlightedColumns(page), 0);
  const btn = page.locator('.conflict button.sel-all').first();
  await btn.click();
  assert.equal(await btn.getAttribute('aria-pressed'), 'true');
  assert.equal(await highlightedColumns(page), 4);
  // Versions carry distinct underline styles (not colour alone): "Saturday" is version B.
  const sat = await page.$$eval('.s.hv1', (els) => els.map((e) => [e.textContent, getComputedStyle(e).textDecorationStyle]));
  assert.deepEqual(sat, [['Saturday', 'double']]);
  assert.match(await page.locator('#sel-status').textContent() ?? '', /^Highlighted in 4 of 4 articles: date conflict: the collision$/);
  await page.keyboard.press('Escape');
  assert.equal(await highlightedColumns(page), 0);
  assert.equal(await btn.getAttribute('aria-pressed'), 'false');

  // Keyboard only: Tab reaches the buttons, focus is visible, Enter selects, Space deselects.
  await page.locator('#coverage button.fact').first().focus();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Tab');
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.keyboard.press('Enter');
  assert.equal(await highlightedColumns(page), 4, 'the consensus fact is in all four articles');
  await page.keyboard.press('Space');
  assert.equal(await highlightedColumns(page), 0);

  // The exclusive fact highlights one article only.
  await page.locator('#coverage .exclusives button.fact').first().click();
  assert.equal(await highlightedColumns(page), 1);
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('report: readable at 360 px (no sideways page scroll) and print styles drop the chrome', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  const w = await open(reportFile('ferry-phone.html', renderHtmlReport(FERRY_DOSSIER)), 360);
  const { page } = w;
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page scrolls sideways by ${overflow}px at 360px`);
  const fontPx = await page.$eval('.atext', (el) => parseFloat(getComputedStyle(el).fontSize));
  assert.ok(fontPx >= 14, `article text ${fontPx}px`);
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.$eval('.toc', (el) => getComputedStyle(el).display), 'none');
  assert.equal(await page.$eval('.atext', (el) => getComputedStyle(el).maxHeight), 'none');
  const pdf = await page.pdf({ format: 'A4' });
  assert.ok(pdf.length > 10_000);
  assert.deepEqual(w.errors, []);
  await page.close();
});

test('safety: hostile article content never runs in the self-contained report', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  const w = await open(reportFile('hostile.html', renderHtmlReport(HOSTILE_DOSSIER)));
  await assertInert(w);
  // Our own script still works under the CSP: selection highlights.
  await w.page.locator('.conflict button.sel-all').first().click();
  assert.ok((await highlightedColumns(w.page)) >= 1);
  assert.deepEqual(w.errors, []);
  await w.page.close();
});

test('safety: hostile content never runs in the served story, article and analyze pages', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  for (const p of ['/stories/s-hostile', `/articles/${encodeURIComponent(HOSTILE_DOSSIER.articles[1].id)}`, '/?q=onerror']) {
    const w = await open(new URL(p, srv.url).href);
    await assertInert(w);
    assert.deepEqual(w.errors, [], p);
    await w.page.close();
  }
  // Paste the hostile texts (and drop a hostile HTML file) into the form.
  const w = await open(new URL('/analyze', srv.url).href);
  await w.page.fill('#outlet-1', PAYLOADS.breakout);
  await w.page.fill('#text-1', HOSTILE_TEXTS[0]);
  await w.page.fill('#text-2', HOSTILE_TEXTS[1]);
  await w.page.setInputFiles('#files', { name: 'page.html', mimeType: 'text/html', buffer: Buffer.from(`<html><body><article><p>The harbour budget passed on Monday.</p><p>${PAYLOADS.img} ${PAYLOADS.script}</p></article></body></html>`) });
  await Promise.all([w.page.waitForURL(/\/analyze$/), w.page.click('button[type="submit"]')]);
  assert.equal(await w.page.locator('.col').count(), 3);
  await assertInert(w);
  assert.deepEqual(w.errors, []);
  await w.page.close();
});

test('web app: story page highlights, paste form with "add another article", 413 message', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  const w = await open(new URL('/stories/s-ferry', srv.url).href);
  await w.page.locator('.conflict button.sel-all').nth(1).click();
  assert.equal(await highlightedColumns(w.page), 4);
  assert.deepEqual(await w.page.$$eval('.s.hv1', (els) => els.map((e) => e.textContent)), ['about 250']);
  await w.page.close();

  // Article page: the names, dates, numbers and quotes found highlight in the text.
  const a = await open(new URL('/articles/a1', srv.url).href);
  const marta = a.page.locator('button.sel', { hasText: 'Marta Lind' });
  await marta.click();
  assert.deepEqual(await a.page.$$eval('.s.hl', (els) => els.map((e) => e.textContent)), ['Marta Lind', 'Marta Lind']);
  assert.match(await a.page.locator('#sel-status').textContent() ?? '', /^Highlighted 2 passages: Marta Lind/);
  assert.deepEqual(a.errors, []);
  await a.page.close();

  const f = await open(new URL('/analyze', srv.url).href);
  await f.page.click('#add-article');
  assert.equal(await f.page.locator('#paste-blocks fieldset').count(), 3);
  assert.equal(await f.page.evaluate(() => document.activeElement?.id), 'text-3');
  await f.page.fill('#text-1', 'The port reopened on Monday after the storm, the harbour office said.');
  await f.page.fill('#outlet-1', 'Harbour Weekly');
  await f.page.fill('#text-3', 'The harbour office said the port reopened on Monday after the storm.');
  await f.page.fill('#outlet-3', 'Coast Radio');
  await Promise.all([f.page.waitForURL(/\/analyze$/), f.page.click('button[type="submit"]')]);
  const labels = await f.page.$$eval('.col h3 .chip', (els) => els.map((e) => e.textContent));
  assert.deepEqual(labels, ['Harbour Weekly', 'Coast Radio']);
  assert.deepEqual(f.errors, []);
  await f.page.close();

  const small = await startTestServer({ maxUploadBytes: 1024 });
  try {
    const s = await open(new URL('/analyze', small.url).href);
    await s.page.fill('#text-1', 'word '.repeat(400));
    await Promise.all([s.page.waitForLoadState('load'), s.page.click('button[type="submit"]')]);
    await s.page.waitForSelector('.error-box');
    assert.match(await s.page.locator('.error-box').textContent() ?? '', /upload too large: .* the limit is 0 MB/);
    await s.page.close();
  } finally {
    await small.close();
  }
});

/** Open a story (report or page), select its first conflict, and check the highlights appear. */
async function selectConflict(url: string, name: string): Promise<void> {
  const w = await open(url);
  const n = await w.page.locator('.conflict button.sel-all').count();
  assert.ok(n > 0, `the ${name} shows at least one conflict`);
  await w.page.locator('.conflict button.sel-all').first().click();
  assert.ok((await highlightedColumns(w.page)) >= 2, 'a conflict has spans in at least two articles');
  // The first highlighted article is scrolled into view in the side-by-side strip.
  const visible = await w.page.$eval('.cols', (strip) => {
    const col = strip.querySelector('.col.has-hl') as HTMLElement;
    return col.offsetLeft >= strip.scrollLeft && col.offsetLeft + col.offsetWidth <= strip.scrollLeft + strip.clientWidth + 1;
  });
  assert.ok(visible, 'first highlighted column visible');
  assert.equal(await w.page.locator('.conflict button.sel-all').first().getAttribute('aria-pressed'), 'true');
  assert.match(await w.page.locator('#sel-status').textContent() ?? '', /^Highlighted in \d+ of \d+ articles/);
  assert.deepEqual(w.errors, []);
  await w.page.close();
}

test('seed story: served story page and report, select a conflict and see its highlights', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  if (!seedArticles) return t.skip(SKIP_NO_SHARED);
  await selectConflict(reportFile('seeds.html', renderHtmlReport(buildDossier(seedArticles).dossier)), 'seed story report');
  await selectConflict(new URL('/stories/seeds', srv.url).href, 'seed story page');
});

test('example story (examples/harbour-fire): select a conflict and see its highlights', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  assert.ok(exampleArticles.length >= 5);
  await selectConflict(reportFile('example.html', renderHtmlReport(buildDossier(exampleArticles).dossier)), 'example story report');
  await selectConflict(new URL('/stories/example', srv.url).href, 'example story page');
});

test('screenshots for the docs (PARALLAX_SCREENSHOTS=1)', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  if (!SHOTS) return t.skip('set PARALLAX_SCREENSHOTS=1 to write docs/screenshots/*.png');
  mkdirSync(SHOTS, { recursive: true });
  // Only our own fictional stories appear in the docs (never seed text, never the hostile fixture).
  const docs = await startTestServer({ store: new MemoryStore(new Map([['example', exampleArticles], ['s-ferry', FERRY_DOSSIER.articles.map(toArticle)]])) });
  const story = process.env.PARALLAX_SCREENSHOT_STORY ?? 'example';
  const srv = docs;
  for (const [name, url, select] of [
    ['story', new URL(`/stories/${story}`, srv.url).href, null],
    ['story-selected', new URL(`/stories/${story}`, srv.url).href, '.conflict button.sel-all'],
    ['analyze', new URL('/analyze', srv.url).href, null],
    ['stories', srv.url, null],
  ] as const) {
    for (const [label, width] of [['desktop', 1280], ['phone', 360]] as const) {
      const w = await open(url, width);
      if (select && (await w.page.locator(select).count())) await w.page.locator(select).first().click();
      await w.page.screenshot({ path: path.join(SHOTS, `${name}-${label}.png`) });
      await w.page.close();
    }
  }
  await docs.close();
});
