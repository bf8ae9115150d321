/**
 * Review of session 18's new conflict rules, on invented reports through the real annotator:
 * - two tallies are one vote's only when they may count one body's one decision: a committee's
 *   and its chamber's tallies, or a chamber's vote to end debate and its vote to pass, are two
 *   votes (conflicts.ts oneVote);
 * - a named event's date written without its year ("the March 11 attacks") is not compared with
 *   one whose year is written ("the 2004 attacks"): its year is the annotator's guess;
 * - a count said to add to another ("another 120 people were evacuated") is not lifted to the
 *   conflict bar as the same count (measuredCounts);
 * - a place one report alone names in a clause that sets its event beside the story's ("similar
 *   heists struck stores in X", "heists have also hit stores in X") is no sole-place card.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { findSwaps } from '../src/compare/conflicts/swaps.js';
import { buildDossier } from '../src/compare/dossier.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string, published = '2026-02-10'): Article {
  return { id, outlet, published, title: null, url: null, file: null, authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] } as unknown as Article;
}
const cards = (a: string, b: string) =>
  buildDossier([art('a1', 'Daily Ardel', a), art('a2', 'Harbour Post', b)]).dossier.conflicts.map((c) => `${c.kind}:${c.claims.map((x) => x.value).sort().join('/')}`);

test('a committee\'s tally and its chamber\'s are two votes', () => {
  assert.deepEqual(cards('A committee of the Velmoran senate approved the harbour bill 13-8 on Tuesday.', 'The Velmoran senate approved the harbour bill 52-48 on Tuesday.').filter((c) => c.startsWith('quantity')), []);
});

test('a vote to end debate and a vote to approve are two votes; one act told two ways is one', () => {
  assert.deepEqual(cards('The Velmoran senate voted 60-40 on Tuesday to end debate on the harbour bill.', 'The Velmoran senate voted 52-48 on Tuesday to approve the harbour bill.').filter((c) => c.startsWith('quantity')), []);
  assert.deepEqual(cards('The Velmoran senate voted 94-1 on Tuesday to approve the Ardel trade treaty.', 'The Velmoran senate approved the Ardel trade treaty 92-6 on Tuesday.'), ['quantity:92-6/94-1']);
});

test('a named event\'s date without its year is not compared with a written year', () => {
  assert.deepEqual(cards('The memorial honours victims of the March 11 attacks in Velmar, the mayor said on Friday.', 'The memorial honours victims of the 2004 attacks in Velmar, the mayor said on Friday.'), []);
});

test('a count said to add to another is not the same count', () => {
  assert.deepEqual(cards('About 300 people were evacuated from the Velmar valley as the river rose, officials said.', 'Another 120 people were evacuated from villages downstream of Velmar on Sunday.'), []);
});

const swapCards = (texts: string[]) => {
  const arts = texts.map((t, i) => annotate(art(`a${i + 1}`, ['Daily Ledger', 'Morning Courier', 'City Wire'][i], t, '2026-03-04T10:00:00Z')));
  return findSwaps(arts, buildEntities(arts), 0, new Map(arts.map((a) => [a.id, { published: '2026-03-04T10:00:00Z' }])) as never).filter((c) => c.kind === 'place').map((c) => c.claims.map((x) => x.value).sort().join('/'));
};
const HEIST1 = 'Four men rammed their car into a jewellery store before dawn in the latest in a spate of high-profile robberies in France, police said. The men fled with gems worth millions.';
const HEIST2 = 'Four men smashed a car into the store before dawn in what was the latest high-profile robbery in France. The men fled with gems worth millions.';
const HEIST3 = 'Thieves drove a car through the window of a jewellery store before dawn and escaped with gems';

test('a place set beside the story\'s event (also, similar, other, last year) is no sole-place card', () => {
  for (const tail of ['; similar high-profile heists struck stores in Portugal.', '; high-profile heists have also hit stores in Portugal.', ', as in other high-profile heists in Portugal.', ', like a high-profile heist last year in Portugal.']) {
    assert.deepEqual(swapCards([HEIST1, HEIST2, HEIST3 + tail]), [], tail);
  }
  assert.deepEqual(swapCards([HEIST1, HEIST2, `${HEIST3}, the latest high-profile heist in Portugal.`]), ['France/Portugal']);
});

test('a place of a past year\'s sentence is no sole-place card (as for the sole person)', () => {
  assert.deepEqual(swapCards([HEIST1, HEIST2, 'In 2019 thieves drove a car through the window of a jewellery store before dawn and escaped with gems in a high-profile heist in Portugal.']), []);
});

const CAST1 = (n: string) => `${n} will play the lead role in the studio's new desert thriller, the studio announced on Monday. Shooting begins in Arizona in June.`;
const CAST2 = (n: string) => `${n} has been cast in the lead role of the studio's new desert thriller, the studio said on Monday. Shooting begins in Arizona in June.`;
const CAST3 = (n: string) => `${n} has landed the lead role in the studio's new desert thriller, the studio said. Shooting begins in Arizona in June.`;
const nameCards = (a: string, b: string) =>
  buildDossier([art('a1', 'Daily Ledger', CAST1(a)), art('a2', 'Morning Courier', CAST2(b)), art('a3', 'City Wire', CAST3(a))]).dossier.conflicts.filter((c) => c.kind === 'name').map((c) => c.claims.map((x) => x.value).sort().join('/'));

test('one surname in two romanisations is not two people who share a given name', () => {
  assert.deepEqual(nameCards('Leila Ahmadinejad', 'Leila Ahmadinezhad'), []);
  // Two surnames no spelling explains: still two people.
  assert.deepEqual(nameCards('Kristen Stewart', 'Kristen Bell'), ['Kristen Bell/Kristen Stewart']);
});
