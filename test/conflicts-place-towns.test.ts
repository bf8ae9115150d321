/**
 * A city the place lexicon knows against a town it does not know (src/compare/conflicts/places-apart.ts,
 * swaps.ts kindOf), on invented reports through the real annotator: one outlet alone putting the
 * event in another town is a possible place conflict; a town the story itself writes as a part of
 * the city (a slum, a suburb, "X, in Y") is not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../src/core/schema.js';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { findSwaps } from '../src/compare/conflicts/swaps.js';
import { buildDossier } from '../src/compare/dossier.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
function swapsOf(arts: Article[]) {
  const ann = arts.map((a) => annotate(a));
  const meta = new Map(ann.map((a) => [a.id, { id: a.id, outlet: a.outlet, published: a.published }]));
  return findSwaps(ann, buildEntities(ann), 0, meta).filter((c) => c.kind === 'place');
}

// "Cairo" is a city the lexicon knows; "Tel Marou" and "Dessouk" are invented names it does not.
test('a known city against a town the lexicon does not know, in the same words, is a possible place conflict', () => {
  const swaps = swapsOf([
    art('a1', 'Daily Ardel', 'The ferry sank near the harbour in Cairo on Monday, killing 14 passengers, the coast guard said.'),
    art('a2', 'Harbour Post', 'The ferry sank near the harbour in Cairo on Monday, killing 14 passengers, officials said.'),
    art('a3', 'Coast News', 'The ferry sank near the harbour in Dessouk on Monday, killing 14 passengers, police said.'),
  ]);
  assert.equal(swaps.length, 1);
  assert.equal(swaps[0].confidence, 'possible');
  assert.deepEqual(swaps[0].claims.map((c) => [c.value, c.articles]), [['Cairo', ['a1', 'a2']], ['Dessouk', ['a3']]]);
  assert.deepEqual(swaps[0].outliers, ['a3']);
  assert.match(swaps[0].why, /lies inside the other/);
});

test('the one place of a statement: a known city against a town the lexicon does not know is a possible place conflict', () => {
  const swaps = swapsOf([
    art('a1', 'Daily Ardel', 'Four men smashed their car into a jewellery store in the latest heist in Cairo, police said.'),
    art('a2', 'Harbour Post', 'The raid was the latest in a spate of heists in Cairo this year.'),
    art('a3', 'Coast News', 'Four men smashed their car into a jewellery store before fleeing in the latest heist in Dessouk.'),
  ]);
  assert.equal(swaps.length, 1);
  assert.equal(swaps[0].confidence, 'possible');
  assert.deepEqual(swaps[0].claims.map((c) => c.value).sort(), ['Cairo', 'Dessouk']);
});

test('a town the story writes as a part of the city (a slum, a suburb, "X, in Y") is no place conflict with it', () => {
  const base = [
    art('a1', 'Daily Ardel', 'The ferry sank near the harbour in Cairo on Monday, killing 14 passengers, the coast guard said.'),
    art('a2', 'Harbour Post', 'The ferry sank near the harbour in Cairo on Monday, killing 14 passengers, officials said.'),
  ];
  for (const more of [
    'Tel Marou, a crowded suburb of the capital, floods often.',
    'Water rose in the Tel Marou slum overnight.',
    'Water rose across Tel Marou, in Cairo, overnight.',
  ]) {
    const swaps = swapsOf([...base, art('a3', 'Coast News', `The ferry sank near the harbour in Tel Marou on Monday, killing 14 passengers, police said. ${more}`)]);
    assert.deepEqual(swaps, [], more);
  }
});

test('in one aligned fact worded differently, a known city against a town the lexicon does not know is a possible place conflict (slots.ts)', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'Fourteen passengers died when the overloaded ferry capsized in Cairo early on Monday, the coast guard said.'),
    art('a2', 'Harbour Post', 'Fourteen passengers died when an overloaded ferry capsized in Cairo on Monday morning, officials said.'),
    art('a3', 'Coast News', 'An overloaded ferry went down in Dessouk late on Monday, and fourteen of its passengers died, police said. Divers searched the river at Dessouk on Tuesday.'),
  ]).dossier;
  const places = d.conflicts.filter((c) => c.kind === 'place');
  assert.equal(places.length, 1);
  assert.equal(places[0].confidence, 'possible');
  assert.deepEqual(places[0].claims.map((c) => [c.value, c.articles]), [['Cairo', ['a1', 'a2']], ['Dessouk', ['a3']]]);
});

test('a site named by its head word ("X Field", "X Stadium") against a known city is no place conflict: it may stand in the city', () => {
  const swaps = swapsOf([
    art('a1', 'Daily Ardel', 'The Falcons face the Cairo Lions in a playoff game at 3:30 p.m. Saturday at Dessouk Field.'),
    art('a2', 'Harbour Post', 'The Falcons play at Cairo on Saturday at 3:30 p.m. in the first round of the playoffs.'),
    art('a3', 'Coast News', 'The Falcons play at Cairo on Saturday at 3:30 p.m. in the first playoff round.'),
  ]);
  assert.deepEqual(swaps, []);
});

test('where people came from ("protesters from X" / "farmers from Y village"), a known city against an unknown town is no place conflict', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'The protesters from Cairo\'s steel factory blocked streets for two hours before city officials agreed to pay them.'),
    art('a2', 'Harbour Post', 'Protesters from Cairo\'s steel factory blocked streets for two hours before city officials agreed to pay their wages.'),
    art('a3', 'Coast News', 'About 100 farmers from Dessouk village blocked streets for two hours before city officials agreed to pay them.'),
  ]).dossier;
  assert.deepEqual(d.conflicts.filter((c) => c.kind === 'place'), []);
});

test('a town against a known place that the town\'s own report names too is no place conflict: the report tells of both (a town and its county)', () => {
  const swaps = swapsOf([
    art('a1', 'Daily Ardel', 'The MP was stabbed at his surgery in Cairo. A man was arrested after the attack at a church in Dessouk around midday, officials said.'),
    art('a2', 'Harbour Post', 'A man was arrested as armed police swooped into the church in Cairo around midday, officials said.'),
  ]);
  assert.deepEqual(swaps, []);
});
