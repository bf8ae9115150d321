/**
 * Two places in one sentence frame with other figures are two places' figures, not one place named
 * two ways (issue #10, session 24; slots.ts and swaps.ts figuresApart for places): "The storm
 * killed 14 people in Dresk province" / "The storm killed 9 people in Halm province". Invented
 * text; the first test fails without either gate (a possible place card Dresk / Halm naming an
 * outlier), the second keeps a place changed in words that keep every figure a card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-06', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Kestrel News', 'Orrin Daily', 'Harlow Tribune'];
const cards = (...texts: string[]): string[] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts.map((c) => `${c.kind}: ${c.claims.map((cl) => cl.value).join(' / ')}`);

const DRESK = 'The storm killed 14 people in Dresk province on Monday, officials said.';
const HALM = 'The storm killed 9 people in Halm province on Monday, officials said.';

test("two provinces' tolls in one sentence frame: no place card", () => {
  assert.deepEqual(cards(DRESK, HALM, HALM.replace('officials said', 'a spokesman said')), []);
});

test('one province named two ways with the same figures is still a card', () => {
  const halm14 = HALM.replace('9 people', '14 people');
  assert.deepEqual(cards(DRESK, halm14, halm14.replace('officials said', 'a spokesman said')), ['place: Halm / Dresk']);
});
