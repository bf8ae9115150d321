/**
 * A place or name card shown one report against one, where a third report states one side's value
 * in a sentence that reports the same thing but sits on neither side (src/compare/conflicts/swaps.ts
 * backLoneSides), on invented reports through the real annotator and entity linking:
 * - the third report backs its side, and the lone version is named the outlier;
 * - a third report that names both values, or names its value only in a list, backs nothing;
 * - backers on both sides make a split: no outlier.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { backLoneSides } from '../src/compare/conflicts/swaps.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const OUTLETS = ['Daily Ledger', 'Morning Courier', 'City Wire', 'Evening Post'];
const A1 = 'The actress Mara Quill died on Thursday at her home in Velden, her spokesman said. She was 91.';
const A2 = 'The actress Mara Quill died on Thursday at her home in Tarrow, her spokesman said. She was 91.';
const A3 = 'Mara Quill, a swimming champion who became an actress, died peacefully at home in Velden on Thursday, her family said.';

/** The one-against-one card a finder would raise on the first two reports (Velden / Tarrow), widened by backLoneSides. */
function widened(texts: string[]): Conflict {
  const arts = texts.map((t, i) => annotate(art(`a${i + 1}`, OUTLETS[i], t)));
  const ents = buildEntities(arts);
  const span = (a: number, word: string) => ({ article: `a${a}`, start: texts[a - 1].indexOf(word), end: texts[a - 1].indexOf(word) + word.length });
  const card: Conflict = {
    id: 'c1',
    kind: 'place',
    about: 'died on Thursday at her home in Velden',
    claims: [
      { value: 'Velden', normalized: 'Velden', articles: ['a1'], spans: [span(1, 'Velden')] },
      { value: 'Tarrow', normalized: 'Tarrow', articles: ['a2'], spans: [span(2, 'Tarrow')] },
    ],
    outliers: [],
    facts: [],
    confidence: 'possible',
    why: 'Both sentences put different places in the same words.',
  } as Conflict;
  const meta = new Map(arts.map((a) => [a.id, { id: a.id, published: a.published ?? null, outlet: a.outlet ?? null }]));
  return backLoneSides([card], arts, ents, meta)[0];
}

test('a third report stating one side in other words backs it, and the lone version is named', () => {
  const c = widened([A1, A2, A3]);
  assert.deepEqual(c.outliers, ['a2']);
  assert.deepEqual(c.claims[0].articles, ['a1', 'a3']);
  assert.match(c.why, /a3 also names Velden/);
});

test('a third report naming both places, or its place only in a list, backs nothing', () => {
  assert.deepEqual(widened([A1, A2, A3.replace('on Thursday', 'on Thursday, a week after leaving Tarrow')]).outliers, []);
  assert.deepEqual(widened([A1, A2, A3.replace('at home in Velden', 'at home in Velden, Dorn and Asker')]).outliers, []);
});

test('reports backing both sides are a split, not an outlier', () => {
  const c = widened([A1, A2, A3, A3.replace('Velden', 'Tarrow')]);
  assert.deepEqual(c.outliers, []);
  assert.deepEqual(c.claims[0].articles, ['a1']);
});

// Review (session 19): a third report naming one side's place in another role (a birthplace, a
// place of burial) in a sentence that shares the card's words backs nothing (swaps.ts
// backLoneSides, the place's governing word).
test('a third report naming the place as a birthplace or a burial place backs nothing', () => {
  assert.deepEqual(widened([A1, A2, 'Mara Quill, an actress who was born in Velden, died on Thursday at her home, her spokesman said.']).outliers, []);
  assert.deepEqual(widened([A1, A2, 'The actress Mara Quill, who died on Thursday at her home, will be buried in Velden, her spokesman said.']).outliers, []);
});
