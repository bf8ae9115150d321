/**
 * A crowd counted at a site the other count's sentence never names is a part of the gathering (or
 * another site's crowd), not one crowd counted twice (claims/crowd-counts.ts crowdSiteApart; a
 * confident false card on invented text found by session 30's review). Two counts told of one
 * site still disagree. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const OUTLETS = ['Olsk Courier', 'Dravia Daily', 'Nordwelle'];
const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-02T18:00:00Z', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numberCards = (texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts
    .filter((c) => c.kind === 'number')
    .map((c) => c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / '));

const TAIL = ' The former mayor died last week at the age of 81. Her coffin was carried through the old town.';

test('mourners at the cathedral against the funeral\'s mourners: no number card', () => {
  assert.deepEqual(numberCards([
    'Some 5,000 mourners attended the funeral of Ilse Varga in Olsk on Saturday.' + TAIL,
    'At the cathedral, 800 mourners attended the service for Ilse Varga in Olsk on Saturday.' + TAIL,
    'Thousands of people lined the streets of Olsk on Saturday for the funeral of Ilse Varga.' + TAIL,
  ]), []);
});

test('two counts of the crowd at one site still disagree', () => {
  const cards = numberCards([
    'Some 5,000 mourners attended the funeral of Ilse Varga at the cathedral in Olsk on Saturday.' + TAIL,
    'At the cathedral, 800 mourners attended the funeral of Ilse Varga in Olsk on Saturday.' + TAIL,
    'Thousands of people lined the streets of Olsk on Saturday for the funeral of Ilse Varga.' + TAIL,
  ]);
  assert.equal(cards.length, 1);
  assert.match(cards[0], /5,?000/);
  assert.match(cards[0], /800/);
});
