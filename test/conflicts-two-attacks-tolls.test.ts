/**
 * Two tolls of people that the matcher did not align, one naming a place the other sentence never
 * writes, are two attacks' dead, not one toll given two ways (conflicts.ts judgePair, `casualty`):
 * a shared day ("Tuesday") and a shared verb ("killed") had made them a confident card. Found in
 * session 17's review on invented text; the same strikes' toll given two ways still disagrees.
 * Invented articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-10', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numbers = (texts: string[]): string[][] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Marra News', 'Selen Wire'][i], t))).dossier.conflicts.filter((c) => c.kind === 'number').map((c) => c.claims.map((x) => x.value).sort());

test("another attack's toll in another town is no card against the strikes' toll", () => {
  assert.deepEqual(numbers([
    'Dorskan air strikes on Velt killed at least 28 people on Tuesday, health officials said.',
    'A rocket fired from Velt killed three people on Tuesday in the town of Sarn, health officials said.',
    'Dorskan air strikes on Velt killed at least 28 people on Tuesday.',
  ]), []);
});

test("the same strikes' toll given two ways still disagrees", () => {
  assert.deepEqual(numbers([
    'Dorskan air strikes on Velt killed at least 28 people on Tuesday, health officials said.',
    'Dorskan air strikes on Velt killed 26 people on Tuesday, health officials said.',
    'Dorskan air strikes on Velt killed at least 28 people on Tuesday.',
  ]), [['26', 'at least 28']]);
});
