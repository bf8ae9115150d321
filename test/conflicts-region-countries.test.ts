/**
 * A town's region in apposition is compared as a slot of its own (slots.ts place:region), but two
 * names of one country, or a nation of the United Kingdom against the kingdom, are one region:
 * "Manchester, England" / "Manchester, Britain" and "Yangon, Myanmar" / "Yangon, Burma" raise no
 * card; "Paris, France" / "Paris, Belgium" still does. Invented articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-10', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const places = (one: string, other: string): string[][] => {
  const s = (where: string, tail: string) => `A gunman opened fire at a shopping mall in ${where}, on Friday, killing two people${tail}`;
  return buildDossier([
    article('a1', 'Vellmar Post', s(one, ', police said.')),
    article('a2', 'Marra News', s(other, ', police said.')),
    article('a3', 'Selen Wire', s(one, '.')),
  ]).dossier.conflicts.filter((c) => c.kind === 'place').map((c) => c.claims.map((x) => x.value));
};

test('one country under two names, or a nation and its kingdom, is no region card', () => {
  assert.deepEqual(places('Manchester, England', 'Manchester, Britain'), []);
  assert.deepEqual(places('Yangon, Myanmar', 'Yangon, Burma'), []);
});

test('two sovereign countries of one town are still a region card', () => {
  assert.deepEqual(places('Paris, France', 'Paris, Belgium'), [['France', 'Belgium']]);
});
