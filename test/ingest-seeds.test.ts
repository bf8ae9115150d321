/**
 * Cleaning and metadata on the five real seed articles (../shared/seeds; skipped when absent).
 * Story paragraphs are named by line number in the seed, never copied: each must survive
 * cleaning unchanged (Markdown syntax aside), and nothing else may be left in the text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { buildArticle } from '../src/ingest/article.js';
import { plainLine } from '../src/ingest/markdown.js';
import type { Article } from '../src/core/schema.js';
import { SKIP_NO_SHARED, seedContaining, seedFiles } from './helpers/shared.js';

interface SeedCase {
  /** A short string that identifies the seed by content. */
  needle: string;
  /** 1-based line numbers of the story paragraphs. */
  story: number[];
  expect: Partial<Pick<Article, 'outlet' | 'published' | 'authors' | 'agencies' | 'photoCredits' | 'url' | 'title'>>;
}

const CASES: Record<string, SeedCase> = {
  moscowTimes: {
    needle: 'themoscowtimes.com',
    story: [13, 15, 17, 19, 21, 25, 27, 29, 31],
    expect: {
      outlet: 'The Moscow Times', published: '2025-10-15', authors: [], agencies: ['AFP'],
      photoCredits: ['Alexander Zemlianichenko / POOL / AFP'],
    },
  },
  washingtonTimes: {
    needle: 'Vaughn Cockayne',
    story: [3, 5, 7, 11, 13, 15, 17, 19, 23, 25],
    expect: { outlet: 'The Washington Times', published: '2025-10-15', authors: ['Vaughn Cockayne'], agencies: [], photoCredits: [], title: null },
  },
  middleEastEye: {
    needle: 'Middle East Eye delivers',
    story: [8, 10, 12, 14, 16, 22, 24, 29, 31, 33, 35, 37, 39],
    // The caption's "on 15 October 2025" dates the photo; the page prints no publication date.
    expect: { outlet: 'Middle East Eye', published: null, authors: [], agencies: [], photoCredits: ['Alexander Zemlianichenko/Pool/AFP'] },
  },
  dw: {
    needle: 'Edited by: Wesley Rahn',
    // Line 20 is a subheading (a question): kept, headings in the body are not removed.
    story: [11, 16, 18, 20, 22, 24, 26, 28, 36, 38, 40, 42, 44],
    expect: {
      outlet: 'DW', published: '2025-10-15', authors: ['Richard Connor'], agencies: ['Reuters', 'AP', 'AFP'],
      photoCredits: ['Syrian Presidency/REUTERS'], title: "Syria's new leader visits Moscow for talks with Putin",
    },
  },
  unnamed: {
    needle: 'Clicky',
    story: [10, 12, 14, 16, 18, 20, 22, 24, 26],
    expect: { outlet: null, published: '2025-10-15T19:36', authors: [], agencies: [], photoCredits: [] },
  },
};

function load(c: SeedCase): { raw: string; article: Article } | null {
  const file = seedContaining(c.needle);
  if (!file) return null;
  const raw = readFileSync(file, 'utf8');
  return { raw, article: buildArticle({ source: file, format: 'text', content: raw, meta: {} }, 'a1') };
}

for (const [name, c] of Object.entries(CASES)) {
  test(`seed ${name}: metadata`, (t) => {
    if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
    const got = load(c);
    assert.ok(got, `no seed contains ${c.needle}`);
    for (const [k, v] of Object.entries(c.expect)) assert.deepEqual(got.article[k as keyof Article], v, `${name}.${k}`);
  });

  test(`seed ${name}: every story paragraph survives, and only they do`, (t) => {
    if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
    const got = load(c);
    assert.ok(got);
    const lines = got.raw.replace(/\r\n?/g, '\n').split('\n');
    const paragraphs = got.article.text.split('\n\n');
    const expected = c.story.map((n) => plainLine(lines[n - 1]).text);
    assert.deepEqual(paragraphs, expected);
  });

  test(`seed ${name}: every removal names a real line and a reason`, (t) => {
    if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
    const got = load(c);
    assert.ok(got);
    const lines = got.raw.replace(/\r\n?/g, '\n').split('\n');
    for (const r of got.article.removed) {
      assert.ok(r.reason.length > 3);
      assert.ok(r.line !== null && r.line >= 1 && r.line <= lines.length);
      assert.ok(lines[r.line - 1].includes(r.text.split('\n')[0].trim()) || r.reason.startsWith('link address'), `line ${r.line}: ${r.text}`);
    }
    // Every non-blank line is either kept (as a story paragraph) or listed as removed.
    const accounted = new Set([...c.story, ...got.article.removed.map((r) => r.line)]);
    lines.forEach((l, i) => {
      if (l.trim()) assert.ok(accounted.has(i + 1), `line ${i + 1} neither kept nor reported`);
    });
  });
}

test('seed dw: the editor is not an author, the video furniture is removed with its reasons', (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const got = load(CASES.dw);
  assert.ok(got);
  const { article } = got;
  assert.ok(!article.authors.some((a) => /Rahn/.test(a)));
  const reason = (needle: string): string | undefined => article.removed.find((r) => r.text.includes(needle))?.reason;
  assert.match(reason('This browser does not support the video element.') ?? '', /media player/);
  assert.match(reason('04:44') ?? '', /video duration/);
  assert.match(reason('Edited by:') ?? '', /editor/);
  assert.match(reason('Skip to content') ?? '', /navigation/);
  assert.match(reason('Wesley Rahn') ?? '', /not an author/);
  assert.ok(!article.text.includes('video element'));
});

test('seed moscowTimes: the photo credit is not an author; "told AFP"-style mentions are not credits', (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const mt = load(CASES.moscowTimes);
  const mee = load(CASES.middleEastEye);
  assert.ok(mt && mee);
  assert.ok(!mt.article.authors.some((a) => a.includes('Zemlianichenko')));
  assert.match(mt.article.url ?? '', /^https:\/\/www\.themoscowtimes\.com\/2025\/10\/15\//);
  // Middle East Eye's story says "told AFP" and its photo is from AFP; neither is an agency credit.
  assert.match(mee.article.text, /told AFP/);
  assert.deepEqual(mee.article.agencies, []);
});

test('seeds: headline, dateline, byline and caption lines are reported as metadata', (t) => {
  if (!seedFiles()) return t.skip(SKIP_NO_SHARED);
  const dw = load(CASES.dw);
  assert.ok(dw);
  const reasons = dw.article.removed.map((r) => r.reason);
  assert.ok(reasons.includes('headline (kept as title)'));
  assert.ok(reasons.some((r) => r.startsWith('dateline')));
  assert.ok(reasons.some((r) => r.startsWith('byline')));
  assert.ok(reasons.some((r) => r.startsWith('photo caption')));
});

