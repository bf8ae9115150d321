/**
 * Counts of different periods are not a contradiction (a final check of an unseen story, on
 * invented text; src/compare/conflicts/conflicts.ts countPeriod): "arrested three times since
 * October" and "arrested four times" may both be right; the same period with two counts is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article =>
  ({ id, file: null, outlet, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

const numberCards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, `Outlet ${i + 1}`, t))).dossier.conflicts.filter((c) => c.kind === 'number');

test('a count bounded by its own period is no contradiction of a count without one', () => {
  const cards = numberCards([
    'Police shot Dario Vell in Halvar on Saturday. Vell had been arrested three times since October on charges of grand larceny and assault.',
    'Police shot Dario Vell in Halvar on Saturday. Vell had previously been arrested four times on charges of grand larceny and assault.',
  ]);
  assert.equal(cards.length, 0, JSON.stringify(cards));
});

test('two counts of one period still disagree', () => {
  const cards = numberCards([
    'Police shot Dario Vell in Halvar on Saturday. Vell had been arrested three times since October on charges of grand larceny and assault.',
    'Police shot Dario Vell in Halvar on Saturday. Vell had been arrested four times since October on charges of grand larceny and assault.',
  ]);
  assert.equal(cards.length, 1, JSON.stringify(cards));
});
