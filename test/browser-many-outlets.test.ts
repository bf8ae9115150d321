/**
 * The story page of a story told by twenty outlets (test/fixtures/many-outlets.ts, invented), in
 * headless Chromium at 1280 px and 390 px: nothing is cut off (every element outside a sideways
 * scroller lies within the viewport; at 1280 px the coverage matrix and the spellings table fit
 * whole), groups of columns fold and unfold, the outlet filter narrows the columns, chips fold
 * past a few, the articles pane folds, a conflict value is highlighted filled and dark, the
 * stories list becomes cards on a phone, and a pasted analysis is saved with a permalink.
 * Skips without /usr/bin/chromium. PARALLAX_SCREENSHOTS=1 writes docs/screenshots/many-*.png.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import type { Article } from '../src/core/schema.js';
import { ingestAll } from '../src/ingest/index.js';
import type { StoredPlacement } from '../src/store/corpus.js';
import { BROWSER_SKIP, launchBrowser, type TestBrowser } from './helpers/browser.js';
import { MemoryStore } from './helpers/memory-store.js';
import { startTestServer, type TestServer } from './helpers/web-server.js';
import { MANY_OUTLET_CONFIG, MANY_OUTLET_RECORDS } from './fixtures/many-outlets.js';

let browser: TestBrowser | null = null;
let srv: TestServer;
let dir: string;
let stories: Map<string, Article[]>;
const saved: Article[][] = [];
const SHOTS = process.env.PARALLAX_SCREENSHOTS ? path.resolve('docs/screenshots') : null;
const WIDTHS = [['desktop', 1280], ['phone', 390]] as const;

before(async () => {
  browser = await launchBrowser();
  if (!browser) return;
  dir = mkdtempSync(path.join(tmpdir(), 'parallax-many-'));
  const file = path.join(dir, 'story.jsonl');
  writeFileSync(file, MANY_OUTLET_RECORDS.map((r) => JSON.stringify(r)).join('\n') + '\n');
  const { articles } = await ingestAll([file], { outlets: MANY_OUTLET_CONFIG.outlets });
  const untitled = articles.slice(0, 3).map((a, i) => ({ ...a, id: `u${i + 1}`, title: null }));
  stories = new Map([['many', articles], ['untitled', untitled]]);
  const store = new MemoryStore(stories);
  srv = await startTestServer({
    store,
    outletInfo: MANY_OUTLET_CONFIG.outletInfo,
    // "Save to corpus" against the in-memory store: the articles join a new story.
    save: async (arts: Article[]): Promise<StoredPlacement[]> => {
      saved.push(arts);
      const stored = arts.map((a, i) => ({ ...a, id: `p${saved.length}-${i + 1}` }));
      stories.set(`pasted-${saved.length}`, stored);
      return stored.map((a) => ({ article: a.id, story: `pasted-${saved.length}`, status: 'new' as const }));
    },
  });
});

after(async () => {
  await browser?.close();
  await srv?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

async function open(url: string, width: number): Promise<{ page: Page; errors: string[] }> {
  const page = await browser!.context.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  await page.goto(url);
  return { page, errors };
}

/**
 * Elements cut off by the viewport: every rendered element that is not inside a sideways
 * scroller (whose content is reached by scrolling it; the scroller itself is checked) must lie
 * within [0, viewport width]. Also the page itself must not scroll sideways.
 */
async function cutOff(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const out: string[] = [];
    if (document.documentElement.scrollWidth > vw) out.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${vw}`);
    const scroller = (el: Element): boolean => {
      const x = getComputedStyle(el).overflowX;
      return x === 'auto' || x === 'scroll' || x === 'hidden';
    };
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (el.closest('.skip, .vh, [hidden]')) continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      // Text cut short with an ellipsis is cut off too, inside a scroller or not.
      const st = getComputedStyle(el);
      if (st.textOverflow === 'ellipsis' && st.overflowX !== 'visible' && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) out.push(`${el.tagName.toLowerCase()}.${String(el.className)} ends in an ellipsis: ${el.textContent}`);
      let p = el.parentElement;
      let inside = false;
      while (p && p !== document.body) {
        if (scroller(p)) {
          inside = true;
          break;
        }
        p = p.parentElement;
      }
      if (inside) continue;
      if (r.left < -1 || r.right > vw + 1) out.push(`${el.tagName.toLowerCase()}.${String(el.className).replace(/\s+/g, '.')} spans ${Math.round(r.left)}–${Math.round(r.right)} of ${vw}`);
    }
    return out.slice(0, 10);
  });
}

/** Does the table fit its scroll container (all of its columns visible without scrolling)? */
async function fitsWhole(page: Page, selector: string): Promise<{ table: number; box: number }> {
  return page.$eval(selector, (t) => ({ table: Math.round(t.scrollWidth), box: Math.round((t.closest('.scroll') as HTMLElement).clientWidth) }));
}

async function shot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, name), fullPage: false });
}

test('20-outlet story page: nothing cut off at 1280 and 390 px; matrix and spellings fit whole at 1280', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  for (const [label, width] of WIDTHS) {
    const { page, errors } = await open(new URL('/stories/many', srv.url).href, width);
    assert.ok((await page.locator('.col').count()) === 21, 'all 21 articles are on the page');
    assert.deepEqual(await cutOff(page), [], `cut off at ${width}px`);
    if (width === 1280) {
      const m = await fitsWhole(page, '#coverage table.matrix');
      assert.ok(m.table <= m.box, `coverage matrix ${m.table}px in a ${m.box}px box`);
      const s = await fitsWhole(page, '#names table.names');
      assert.ok(s.table <= s.box, `spellings table ${s.table}px in a ${s.box}px box`);
      // Full width: the analysis is not squeezed beside 21 article columns.
      assert.ok(await page.$eval('#layout', (l) => l.classList.contains('folded')));
      assert.ok((await page.$eval('#coverage', (c) => c.getBoundingClientRect().width)) > 1100);
    }
    // Unknown outlets are one group, named by host where there is one, never "Unknown outlet (a19)" each.
    const heads = await page.$$eval('#coverage thead th.oc[data-c]', (ths) => ths.map((th) => th.textContent!.trim()));
    assert.ok(heads.includes('stormblog.example') && heads.includes('ferrywatch.example'), heads.join(' | '));
    assert.equal(await page.locator('#coverage button.gtoggle', { hasText: 'Unknown outlet' }).count(), 1);
    await shot(page, `many-story-${label}.png`);
    await page.evaluate(() => document.getElementById('coverage-h')!.scrollIntoView());
    await shot(page, `many-coverage-${label}.png`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('20-outlet story page: groups fold and unfold, the outlet filter narrows columns, grouping by country', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  const { page, errors } = await open(new URL('/stories/many', srv.url).href, 1280);
  const visibleCols = () => page.$$eval('#coverage table thead th.oc', (ths) => ths.filter((th) => !(th as HTMLElement).hidden).length);
  const before = await visibleCols();
  // Two groups of two articles (one outlet's two reports; the two unnamed sources) start folded.
  assert.equal(await page.locator('#coverage button.gtoggle[aria-expanded="false"]').count(), 2);
  const unknown = page.locator('#coverage button.gtoggle', { hasText: 'Unknown outlet' });
  await unknown.click();
  assert.equal(await unknown.getAttribute('aria-expanded'), 'true');
  assert.equal(await visibleCols(), before + 1, 'a folded group of two: one summary column becomes two');
  await unknown.click();
  assert.equal(await visibleCols(), before);

  await page.fill('#coverage input.ofilter', 'lurn');
  const shown = await page.$$eval('#coverage table thead th.oc', (ths) => ths.filter((th) => !(th as HTMLElement).hidden).map((th) => th.textContent!.trim()));
  assert.deepEqual(shown, ['Lurn Islands Gazette', 'The Lurn Observer']);
  assert.deepEqual(await cutOff(page), []);
  await page.fill('#coverage input.ofilter', '');
  assert.equal(await visibleCols(), before);

  // Group by country (the config's attribute): one header per country, outlets without one apart.
  await Promise.all([page.waitForURL(/group=country/), page.locator('#coverage .gby a', { hasText: 'country' }).click()]);
  const groups = await page.$$eval('#coverage thead th.gh', (ths) => ths.map((th) => th.textContent!.replace(/\s+/g, ' ').trim()));
  assert.ok(groups.some((g) => g.startsWith('Veldmark')), groups.join(' | '));
  assert.ok(groups.some((g) => g.startsWith('(no country)')), groups.join(' | '));
  assert.deepEqual(await cutOff(page), []);
  await shot(page, 'many-grouped-desktop.png');
  assert.deepEqual(errors, []);
  await page.close();
});

test('20-outlet story page: chips fold past a few, the articles pane folds, conflict values are highlighted filled', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  for (const [label, width] of WIDTHS) {
    const { page, errors } = await open(new URL('/stories/many', srv.url).href, width);
    // A summary sentence reported by 19 outlets: at most five chips and a "+N".
    const first = page.locator('#summary li').first();
    const chips = await first.locator('.chips > a.chip').count();
    assert.ok(chips <= 5, `${chips} chips shown`);
    const more = first.locator('.more-chips summary');
    assert.match((await more.textContent()) ?? '', /^\+\d+/);
    await more.click();
    assert.ok((await first.locator('.more-chips a.chip').count()) >= 10);
    assert.deepEqual(await cutOff(page), [], `chips unfolded at ${width}px`);

    const value = page.locator('.conflict .version button.val').first();
    await value.click();
    const style = await value.evaluate((b) => ({ bg: getComputedStyle(b).backgroundColor, fg: getComputedStyle(b).color }));
    assert.equal(style.fg, 'rgb(255, 255, 255)', 'a selected value is filled dark with white text');
    const marks = await page.$$eval('.s.hl', (els) => els.map((e) => getComputedStyle(e).backgroundColor));
    assert.ok(marks.length >= 2 && marks.every((c) => c !== 'rgba(0, 0, 0, 0)'), 'its passages are filled');
    await page.locator('.conflict button.sel-all').first().click();
    const fills = await page.$$eval('.s.hv0, .s.hv1', (els) => [...new Set(els.map((e) => getComputedStyle(e).backgroundColor))]);
    assert.ok(fills.length >= 2, `versions filled in distinct colours: ${fills.join(', ')}`);
    await shot(page, `many-conflict-${label}.png`);

    if (width === 1280) {
      const fold = page.locator('#fold-articles');
      assert.ok(await fold.isVisible());
      await fold.click();
      assert.equal(await page.$eval('#layout', (l) => l.classList.contains('folded')), false);
      assert.equal(await fold.getAttribute('aria-pressed'), 'true');
      assert.deepEqual(await cutOff(page), [], 'articles beside the analysis');
      await fold.click();
      assert.equal(await page.$eval('#layout', (l) => l.classList.contains('folded')), true);
    }
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('stories list: titled by headline (never a bare id), cards on a phone, nothing cut off', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  for (const [label, width] of WIDTHS) {
    const { page, errors } = await open(srv.url, width);
    const titles = await page.$$eval('table.stories tbody th a', (as) => as.map((a) => a.textContent!.trim()));
    assert.ok(titles.includes('Storm surge floods Marrow Bay ferry docks'), titles.join(' | '));
    assert.ok(titles.some((x) => /^Untitled story \(The Marrow Bay Chronicle, Radio Televisión/.test(x)), titles.join(' | '));
    assert.ok(titles.every((x) => !/^Story /.test(x)));
    assert.deepEqual(await cutOff(page), [], `stories list at ${width}px`);
    if (width === 390) {
      assert.equal(await page.$eval('table.stories tbody tr', (tr) => getComputedStyle(tr).display), 'block', 'rows are cards');
      // The dates and article counts are whole: no cell is clipped by a scroller.
      const clipped = await page.$eval('.scroll', (s) => s.scrollWidth > s.clientWidth);
      assert.equal(clipped, false);
    }
    await shot(page, `many-stories-${label}.png`);
    assert.deepEqual(errors, []);
    await page.close();
  }
});

test('paste page: the result is saved to the corpus and opens at its story permalink', async (t) => {
  if (!browser) return t.skip(BROWSER_SKIP);
  const { page, errors } = await open(new URL('/analyze', srv.url).href, 390);
  await page.fill('#outlet-1', 'Harbour Weekly');
  await page.fill('#text-1', 'The ferry terminal at Marrow Bay reopened on Saturday after the storm surge, the harbour office said.');
  await page.fill('#outlet-2', 'Coast Radio');
  await page.fill('#text-2', 'The harbour office said the Marrow Bay ferry terminal reopened on Saturday.');
  await Promise.all([page.waitForURL(/\/analyze$/), page.click('#analyze-form button[type="submit"]')]);
  const save = page.locator('form.save-form button[type="submit"]');
  assert.equal(await save.count(), 1);
  await Promise.all([page.waitForURL(/\/stories\/pasted-1\?saved=2$/), save.click()]);
  assert.equal(saved.length, 1);
  assert.deepEqual(saved[0].map((a) => a.outlet), ['Harbour Weekly', 'Coast Radio']);
  assert.match((await page.locator('.saved-box').textContent()) ?? '', /Saved 2 articles to the corpus.*\/stories\/pasted-1/);
  assert.deepEqual(await cutOff(page), []);
  // The permalink is a page of its own: opened again, it is the same story.
  const again = await open(new URL('/stories/pasted-1', srv.url).href, 390);
  assert.equal(await again.page.locator('.col').count(), 2);
  await again.page.close();
  assert.deepEqual(errors, []);
  await page.close();
});
