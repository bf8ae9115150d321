/**
 * Figures of two acts of two doers, and measures of two things (issue #10, session 23; invented
 * text): "The wildfire has burned 12,000 acres" / "Evacuation orders covered 30,000 acres" are no
 * card (governing-acts.ts otherDoersOfActs: two verbs of no one act, two subjects); "a 12-mile
 * stretch of the road" / "40 km of farmland" are two things under one verb, only possible
 * (measured-nouns.ts: a measure's "of" noun); "Fuel prices in Karvik" / "Diesel prices in Karvik" are two
 * measures (two kinds of one noun, the subject read past its place). One thing measured two ways
 * stays a sure card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-06T18:00:00Z', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const cards = (texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Kestrel News', 'Orrin Daily'][i], t))).dossier.conflicts
    .map((c) => `${c.kind} ${c.confidence}: ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')}`);

test('a fire burning acres and evacuation orders covering acres are two acts of two doers: no card', () => {
  const BURNED = 'The wildfire has burned 12,000 acres near Karvik since Monday, fire officials said.';
  assert.deepEqual(cards([BURNED, 'The wildfire has burned 12,000 acres near Karvik since Monday, officials said.', 'Evacuation orders covered 30,000 acres near Karvik since Monday, fire officials said.']), []);
});

test('a stretch of road and a length of farmland under one verb are only a possible card', () => {
  const ROAD = 'Floodwater covered a 12-mile stretch of the Velm river road on Friday, officials said.';
  assert.deepEqual(cards([ROAD, ROAD, 'Floodwater covered 40 km of farmland along the Velm river on Friday, officials said.']), ['quantity possible: 12-mile:a1,a2 / 40 km:a3']);
});

test('one stretch of one road measured in two units stays a sure card', () => {
  const MILES = 'Crews repaved 10 miles of Route 9 this summer, the state said.';
  assert.deepEqual(cards([MILES, MILES, 'Crews repaved a 30-kilometre stretch of Route 9 this summer, the state said.']), ['quantity high: 10 miles:a1,a2 / 30-kilometre:a3']);
});

test('two kinds of one measured noun, each named in one sentence only, are no card; the subject is read past a place', () => {
  const FUEL = 'Fuel prices in Karvik rose to $1.80 a litre on Monday, the energy agency said.';
  assert.deepEqual(cards([FUEL, FUEL, 'Diesel prices in Karvik rose to $1.95 a litre on Monday, the energy agency said.']), []);
  assert.deepEqual(cards([FUEL, FUEL, 'Fuel prices in Karvik rose to $1.95 a litre on Monday, the energy agency said.']), ['quantity high: $1.80:a1,a2 / $1.95:a3']);
});
