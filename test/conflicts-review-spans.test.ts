/**
 * Session 30 review of issue #10's conflicts: two confident false cards of the base, on invented
 * text.
 * - A date told of a stretch of several days ("visited … on Monday at the start of a three-day
 *   trip") against a date of an act inside it ("met … on Tuesday"): two days of one visit, no
 *   contradiction (date-slots.ts dayOfSpan). Days outside the stretch, and two reports each
 *   dating the stretch, still make a card.
 * - A title's domain ("sworn in as president of Dravia") against where an act happened ("sworn in
 *   as president in Olsk"): two slots, no place card (swaps.ts titleDomain). Two places of one
 *   slot ("in Olsk" / "in Dravia") still make one.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Orrin Daily', 'Tarn Courier'];
const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-11T18:00:00Z', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const cards = (kind: string, texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts
    .filter((c) => c.kind === kind)
    .map((c) => `${c.confidence}: ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')}`);

// Published on Wednesday 2026-03-11: "Monday" is March 9, "Tuesday" March 10, "Friday" March 6.
const MET = 'Prime Minister Ana Kell met Olaf Brenner in Olsk on Tuesday to discuss the gas deal.';
const MET2 = 'Prime Minister Ana Kell met Olaf Brenner in Olsk on Tuesday to discuss the gas deal, officials said.';

test('a day of a three-day trip against a meeting on its second day: no date card', () => {
  assert.deepEqual(cards('date', [MET, MET2, 'Prime Minister Ana Kell visited Olaf Brenner in Olsk on Monday at the start of a three-day trip.']), []);
});

test('a meeting dated outside the stretch, or two reports dating the stretch itself, still disagree', () => {
  assert.deepEqual(cards('date', [MET, MET2, 'Prime Minister Ana Kell met Olaf Brenner in Olsk on Friday to discuss the gas deal.']), ['high: Tuesday:a1,a2 / Friday:a3']);
  const TRIP = 'Prime Minister Ana Kell arrived in Olsk on Tuesday for a three-day visit, her first to Dravia.';
  const TRIP2 = 'Prime Minister Ana Kell arrived in Olsk on Tuesday for a three-day visit, her first to Dravia, officials said.';
  assert.equal(cards('date', [TRIP, TRIP2, 'Prime Minister Ana Kell arrived in Olsk on Monday for a three-day visit, her first to Dravia.']).length, 1);
});

test('a title\'s domain ("president of Dravia") is no place of the act: no place card against "in Olsk"', () => {
  const OLSK = 'Olaf Brenner was sworn in as president in Olsk on Monday.';
  assert.deepEqual(cards('place', [OLSK, OLSK, 'Olaf Brenner was sworn in as president of Dravia on Monday.']), []);
  assert.deepEqual(cards('place', [OLSK, OLSK, 'Olaf Brenner was sworn in as president in Dravia on Monday.']), ['high: Olsk:a1,a2 / Dravia:a3']);
});

test('a title\'s domain in a sentence otherwise alike ("sworn in on Monday as president of Dravia, ending …"): no place card', () => {
  const OLSK = 'Olaf Brenner was sworn in on Monday in Olsk, ending months of deadlock.';
  assert.deepEqual(cards('place', [OLSK, OLSK, 'Olaf Brenner was sworn in on Monday as president of Dravia, ending months of deadlock.']), []);
});

test('a sentence naming two places and the population of one ("the province of Delm, home to 12 million people, … Karvik"): no card against Karvik\'s', () => {
  const KARVIK = 'The floods cut off drinking water to Karvik, a city of 4 million people on the Tarn delta, officials said.';
  assert.deepEqual(cards('number', [KARVIK, 'The province of Delm, home to 12 million people, declared an emergency after the Tarn flooded Karvik.']), []);
  // One place's two populations still meet (test/conflicts-levels-lists.test.ts has the card).
  assert.equal(cards('number', [KARVIK, 'Relief agencies struggled to reach the 3 million residents of Karvik after the Tarn burst its banks.']).length, 1);
});

test('two crowds named by nouns of two groups ("fans" in the stadium / "protesters" outside it): no card', () => {
  const FANS = 'About 30,000 fans packed the Orsk stadium for the final on Saturday.';
  assert.deepEqual(cards('number', [FANS, FANS, 'Outside the Orsk stadium, 2,000 protesters gathered against the ticket prices on Saturday.']), []);
});
