/**
 * The example story (examples/harbour-fire, see its EXPECTED.md): metadata per article, every
 * story paragraph kept and only those, the furniture reported with reasons.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Article as ArticleSchema, type Article } from '../src/core/schema.js';
import { ingestAll } from '../src/ingest/index.js';
import { plainLine } from '../src/ingest/markdown.js';

const DIR = path.resolve('examples/harbour-fire');

type Meta = Partial<Pick<Article, 'outlet' | 'published' | 'authors' | 'agencies' | 'photoCredits' | 'url' | 'title'>>;

const EXPECTED: Record<string, { meta: Meta; story?: number[]; paragraphs: number }> = {
  '01-dalvenia-herald.md': {
    meta: {
      outlet: 'The Dalvenia Herald', published: '2026-02-10', authors: [], agencies: ['AFP'], photoCredits: ['Mirela Sokol / POOL / AFP'],
      title: 'Twelve Dead as Fire Tears Through Khalvar Ferry Terminal',
      url: 'https://www.dalveniaherald.example/2026/02/10/twelve-dead-as-fire-tears-through-khalvar-ferry-terminal-a4410',
    },
    story: [13, 15, 17, 19, 21, 25, 27, 29],
    paragraphs: 8,
  },
  '02-halvar-courier.txt': {
    meta: { outlet: 'The Halvar Courier', published: '2026-02-10', authors: ['Mira Tomic'], agencies: [], photoCredits: [], title: null },
    story: [3, 5, 7, 9, 13, 15, 17, 21, 23, 25, 27],
    paragraphs: 11,
  },
  '03-selen-sea-monitor.txt': {
    meta: {
      outlet: 'Selen Sea Monitor', published: '2026-02-11T09:15Z', authors: [], agencies: [], photoCredits: ['Ana Petrova/Reuters'],
      title: "Halvar port fire: opposition demands mayor's resignation as death toll stands at 12",
    },
    story: [10, 12, 14, 16, 22, 24, 29, 31, 33, 35],
    paragraphs: 10,
  },
  '04-nordwelle.txt': {
    meta: {
      outlet: 'Nordwelle', published: '2026-02-10', authors: ['Katrin Aalto'], agencies: ['Reuters', 'AP', 'dpa'],
      photoCredits: ['Ana Petrova/REUTERS'], title: 'Deadly fire at Dalvenian ferry port',
    },
    story: [11, 16, 18, 20, 22, 24, 26, 28, 36, 38, 40],
    paragraphs: 11,
  },
  '05-unnamed.txt': {
    meta: { outlet: null, published: '2026-02-11T18:12', authors: [], agencies: [], photoCredits: [] },
    story: [10, 12, 14, 16, 18, 20, 22, 24, 26],
    paragraphs: 9,
  },
  '06-kestrel-news.html': {
    meta: {
      outlet: 'Kestrel News', published: '2026-02-10T21:40:00+01:00', authors: ['Elena Moravec'], photoCredits: ['Dario Kell / Kestrel News'],
      url: 'https://kestrelnews.example/world/2026/02/10/halvar-ferry-terminal-fire',
      title: 'Fire at Halvar ferry terminal kills 12; fire chief says blaze contained',
    },
    paragraphs: 9,
  },
  '07-radio-ruzhgrad.json': {
    meta: {
      outlet: 'Radio Ruzhgrad International', published: '2026-02-11T08:00:00Z', title: 'Three firefighters among the dead in Khalvar port fire',
      url: 'https://rri.example/en/news/2026-02-11/three-firefighters-among-dead-khalvar-fire',
    },
    paragraphs: 9,
  },
};

/** Page furniture planted in the example: none of it may reach an article's text. */
const FURNITURE = [
  'Skip to', 'Advertisement', 'newsletter', 'Sign up', 'Read More', 'video element', 'Edited by', 'Copyright', '©', 'comment policy',
  'reprint', 'Original url', 'contributed reporting', 'can be reached', 'Top Story', 'More stories from', 'Clicky', 'Also read',
  'Related', 'cookies', 'Accept all', 'harbourwatcher', 'Privacy policy', 'A Message from', 'delivers independent', 'Image:', 'Photo:',
];

test('example story: the directory reads as seven articles, no errors, EXPECTED.md skipped', async () => {
  const { articles, errors } = await ingestAll([DIR]);
  assert.deepEqual(errors, []);
  for (const a of articles) ArticleSchema.parse(a); // the output contract holds
  assert.deepEqual(articles.map((a) => path.basename(a.file ?? '')), Object.keys(EXPECTED));
});

test('example story: metadata, story paragraphs and furniture per article', async () => {
  const { articles } = await ingestAll([DIR]);
  for (const a of articles) {
    const name = path.basename(a.file ?? '');
    const exp = EXPECTED[name];
    for (const [k, v] of Object.entries(exp.meta)) assert.deepEqual(a[k as keyof Article], v, `${name}.${k}`);
    const paragraphs = a.text.split('\n\n');
    assert.equal(paragraphs.length, exp.paragraphs, `${name}: ${paragraphs.length} paragraphs`);
    if (exp.story) {
      const lines = readFileSync(a.file ?? '', 'utf8').split('\n');
      assert.deepEqual(paragraphs, exp.story.map((n) => plainLine(lines[n - 1]).text), name);
    }
    for (const f of FURNITURE) assert.ok(!a.text.includes(f), `${name}: "${f}" left in the text`);
    for (const r of a.removed) assert.ok(r.reason && r.line !== null, `${name}: ${JSON.stringify(r)}`);
  }
});

test('example story: the planted traps are kept apart', async () => {
  const { articles } = await ingestAll([DIR]);
  const by = (n: string): Article => articles.find((a) => a.file?.endsWith(n)) as Article;
  // The editor and the photographers are never authors.
  assert.ok(!by('04-nordwelle.txt').authors.includes('Jonas Feld'));
  assert.ok(!articles.some((a) => a.authors.some((x) => /Sokol|Petrova|Kell/.test(x))));
  // The Monitor's caption credits Reuters for the photo: not an agency credit of the text.
  assert.deepEqual(by('03-selen-sea-monitor.txt').agencies, []);
  // The outlier facts the dossier must find are in the cleaned text.
  assert.match(by('04-nordwelle.txt').text, /At least 21 people were killed/);
  assert.match(by('01-dalvenia-herald.md').text, /in March 2015/);
  // The one-line quote paragraph without a speaker is story, not furniture.
  assert.match(by('03-selen-sea-monitor.txt').text, /"She knew, the ministry knew, and they did nothing\."/);
});
