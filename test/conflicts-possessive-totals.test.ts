/**
 * A total after a possessive ("14 of Velmora's 20 provinces") is read as a total, as "15 of the 19
 * passengers" is (issue #10, session 24; claims.ts PART_OF_AFTER): not a count of 20 provinces
 * won. Invented text; the first test fails without the reading (a sure card 12 / 20 naming an
 * outlier), the second keeps two parts of one total a card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-05-18', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Kestrel News', 'Orrin Daily', 'Harlow Tribune'];
const cards = (...texts: string[]): string[][] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());

test("a total after a possessive is no count of what was won", () => {
  assert.deepEqual(cards("Baran won in 14 of Velmora's 20 provinces.", 'Baran won in 12 provinces, the commission said.', 'Baran won in 12 provinces, officials said.'), []);
});

test('two parts of one total are still a card', () => {
  assert.deepEqual(cards("Baran won in 14 of Velmora's 20 provinces.", "Baran won in 12 of Velmora's 20 provinces, the commission said.", "Baran won in 12 of Velmora's 20 provinces, officials said."), [['12', '14']]);
});
