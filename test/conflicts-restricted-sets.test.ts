/**
 * Two counts of one noun that count two sets (conflicts/restricted-sets.ts; issue #10, session 24's
 * unseen reading: "5.4 million" low-income families paying more than half their incomes / "about
 * 130,000" low-income families living in subsidized housing, a false card): a restricting
 * adverbial in one sentence only ("tickets sold online"), or two subject counts of two predicates
 * ("families pay …" / "families live …"). No card; a count of one set told two ways stays a card.
 * Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-12', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const cards = (a: string, b: string) => buildDossier([article('a1', 'Vellmar Post', a), article('a2', 'Kestrel News', b)]).dossier.conflicts.filter((c) => c.kind === 'number').map((c) => c.claims.map((cl) => cl.normalized).sort());

test('a count restricted by a channel adverbial ("sold online") is no card against the whole', () => {
  assert.deepEqual(cards('The festival sold 5.4 million tickets this year, organisers said on Sunday.', 'The festival sold 130,000 tickets online this year, organisers said on Sunday.'), []);
  assert.deepEqual(cards('Organisers said 5.4 million tickets were sold for the festival this year.', 'Organisers said 130,000 tickets were sold abroad for the festival this year.'), []);
});

test('two subject counts of two predicates ("families pay" / "families live") are two sets: no card', () => {
  assert.deepEqual(cards('About 5.4 million low-income families pay more than half their income in rent, the report said.', 'About 130,000 low-income families in Dravia live in subsidized housing, the report said.'), []);
});

test('one set told two ways stays a card', () => {
  // One predicate: one set.
  assert.deepEqual(cards('About 5.4 million low-income families pay more than half their income in rent, the report said.', 'About 130,000 low-income families pay more than half their income in rent, the report said.'), [['130000', '5400000']]);
  // Two verbs of one act ("died" / "were killed": one event class) stay one set.
  assert.deepEqual(cards('12 people died in the fire in Karvik on Monday, police said.', '21 people were killed in the fire in Karvik on Monday, police said.'), [['12', '21']]);
  // The adverbial written in both: one set.
  assert.deepEqual(cards('The festival sold 5.4 million tickets online this year, organisers said on Sunday.', 'The festival sold 130,000 tickets online this year, organisers said on Sunday.'), [['130000', '5400000']]);
});
