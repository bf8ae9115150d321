/**
 * The one person or place of a statement named differently (src/compare/conflicts/swaps.ts
 * solePersonPairs, solePlacePairs; slots.ts givenNameOnlyShared), on invented reports through the
 * real annotator:
 * - two people who share only a given name ("Kristen Bell" / "Kristen Stewart" cast in one lead
 *   role) are two people, so the sole-person path compares them (a shared name word had made them
 *   "one referent written two ways");
 * - a place one report alone names, once, as the one place of a statement another report makes of
 *   a story's place after the same preposition, is a possible place card; a city against a country,
 *   or two places some sentence names together, is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { findSwaps } from '../src/compare/conflicts/swaps.js';
import { buildDossier } from '../src/compare/dossier.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const cards = (texts: string[], kind: string) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, ['Daily Ledger', 'Morning Courier', 'City Wire'][i], t))).dossier.conflicts.filter((c) => c.kind === kind);

const CAST1 = "Kristen Stewart will play the lead role in the studio's new desert thriller, the studio announced on Monday. Shooting begins in Arizona in June.";
const CAST3 = "Kristen Stewart has landed the lead role in the studio's new desert thriller, the studio said. Shooting begins in Arizona in June.";

test('two people who share only a given name, named for one lead role, are a possible name card', () => {
  const c = cards([CAST1, "Kristen Bell has been cast in the lead role of the studio's new desert thriller, the studio said on Monday. Shooting begins in Arizona in June.", CAST3], 'name');
  assert.equal(c.length, 1);
  assert.equal(c[0].confidence, 'possible');
  assert.deepEqual(c[0].claims.map((x) => x.value).sort(), ['Kristen Bell', 'Kristen Stewart']);
});

test('two people who share a surname are still not compared as one slot named two ways', () => {
  assert.deepEqual(cards([CAST1, "Dana Stewart has been cast in the lead role of the studio's new desert thriller, the studio said on Monday. Shooting begins in Arizona in June.", CAST3], 'name'), []);
});

// The place path is tested on findSwaps itself: reports this alike are also put in one fact,
// where slots.ts already compares their places ("where it happened").
const swapCards = (texts: string[]) => {
  const arts = texts.map((t, i) => annotate(art(`a${i + 1}`, ['Daily Ledger', 'Morning Courier', 'City Wire'][i], t)));
  return findSwaps(arts, buildEntities(arts), 0, new Map()).filter((c) => c.kind === 'place');
};
const HEIST1 = 'Four men rammed their car into a jewellery store before dawn in the latest in a spate of high-profile robberies in France, police said. The men fled with gems worth millions.';
const HEIST2 = 'Four men smashed a car into the store before dawn in what was the latest high-profile robbery in France. The men fled with gems worth millions.';
const HEIST3 = 'Thieves drove a car through the window of a jewellery store before dawn and escaped with gems, the latest high-profile heist in Portugal.';

test('a place one report alone names as the one place of a statement reported of a story place is a possible place card', () => {
  const c = swapCards([HEIST1, HEIST2, HEIST3]);
  assert.equal(c.length, 1);
  assert.equal(c[0].confidence, 'possible');
  assert.deepEqual(c[0].claims.map((x) => x.value).sort(), ['France', 'Portugal']);
});

test('a city against a country, or two places a sentence names together, raise no place card', () => {
  assert.deepEqual(swapCards([HEIST1, HEIST2, HEIST3.replace('Portugal', 'Lisbon')]), []);
  assert.deepEqual(swapCards([HEIST1, HEIST2.replace('The men fled', 'Thieves struck in Portugal and in France last year. The men fled'), HEIST3]), []);
});
