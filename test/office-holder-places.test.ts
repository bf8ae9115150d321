/**
 * A country written as the possessor of an office ("Portugal's prime minister, Anton Varga" /
 * "Spain's prime minister Pedro Lanz") with a different person holding it right after: two offices
 * and two holders, not one place slot two outlets fill differently (slots.ts holderAfter, used by
 * slots.ts and swaps.ts). The same holder given two countries stays a card. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-10', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const story = (s: string): string => `${s} The fire at the Karvik harbour warehouse started shortly after midnight. Firefighters from three towns fought the blaze for six hours.`;
const places = (a: string, b: string) => buildDossier([article('a1', 'Callow Post', story(a)), article('a2', 'Wren Courier', story(b))]).dossier.conflicts.filter((c) => c.kind === 'place');

test('two countries possessing one office held by two different people are no place card', () => {
  assert.deepEqual(places("Portugal's prime minister, Anton Varga, met the Spanish king on Monday.", "Spain's prime minister Pedro Lanz met Anton Varga on Monday."), []);
});

test('one holder given the office of two countries is still a place card', () => {
  const cs = places("Portugal's prime minister, Anton Varga, met the Spanish king on Monday.", "Spain's prime minister, Anton Varga, met the Spanish king on Monday.");
  assert.ok(cs.some((c) => c.confidence === 'high'), JSON.stringify(cs));
  // Every card cites the titles' countries, never the other country word of the sentence ("the
  // Spanish king"; roles.ts countrySpan reads within the title).
  assert.deepEqual([...new Set(cs.flatMap((c) => c.claims.map((x) => x.value)))].sort(), ['Portugal', 'Spain'], JSON.stringify(cs));
});
