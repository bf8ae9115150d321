/**
 * A people's dead read as people ("killed at least 28 Armenians", claims.ts group) do not meet a
 * generic count of people whose sentence names a place the people's sentence never writes: a
 * rocket that "killed three people … in the town of Sarn" is another attack's toll, not a
 * disagreement on the strikes' 28, though both sentences give "Tuesday". The same strikes' toll
 * written as people still disagrees. Invented articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-10', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const numbers = (texts: string[]): string[][] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Vellmar Post', 'Marra News', 'Selen Wire'][i], t))).dossier.conflicts.filter((c) => c.kind === 'number').map((c) => c.claims.map((x) => x.value).sort());

test("another attack's generic toll is no card against a people's toll", () => {
  assert.deepEqual(numbers([
    'Dorskan air strikes on Velt killed at least 28 Armenians on Tuesday, health officials said.',
    'A rocket fired from Velt killed three people on Tuesday in the town of Sarn, health officials said.',
    'Dorskan air strikes on Velt killed at least 28 Armenians on Tuesday.',
  ]), []);
});

test("the same strikes' toll counted as people still disagrees with the people's", () => {
  assert.deepEqual(numbers([
    'Dorskan air strikes on Velt killed at least 28 Armenians on Tuesday, health officials said.',
    'Dorskan air strikes on Velt killed 26 people on Tuesday, health officials said.',
    'Dorskan air strikes on Velt killed at least 28 Armenians on Tuesday.',
  ]), [['26', 'at least 28']]);
});
