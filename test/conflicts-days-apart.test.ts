/**
 * Two events on two days told in the same words are no place card (issue #10, session 23;
 * conflicts/sentence-days.ts): "rebels killed two soldiers on Friday night in Velmar" in a
 * Saturday report and "… early Friday in Dorsk" in the next Friday's tell two attacks, not one
 * attack given two places. The same words on one day still are a card. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const A = 'Military officials said rebels killed two soldiers on Friday night in Velmar, about 40 kilometers south of the capital.\n\nThe army sent more troops to the district.';
const B = 'Military officials said rebels killed two soldiers early Friday in Dorsk, about 40 kilometers south of the capital.\n\nThe army sent more troops to the district.';
const placeCards = (publishedB: string, b = B): string[] =>
  buildDossier([article('a1', 'Kestrel News', '2026-03-07', A), article('a2', 'Orrin Daily', publishedB, b)]).dossier.conflicts
    .filter((c) => c.kind === 'place')
    .map((c) => `${c.confidence}: ${c.claims.map((cl) => cl.value).join(' / ')}`);

test('one wording, two Fridays (reports six days apart): no place card', () => {
  assert.deepEqual(placeCards('2026-03-13'), []);
});

test('one wording, two Fridays (reports ten days apart, aligned as one fact): no place card', () => {
  assert.deepEqual(placeCards('2026-03-17'), []);
});

test('one wording, one Friday: the two places are still a card', () => {
  assert.deepEqual(placeCards('2026-03-07', B.replace('early Friday', 'on Friday night')), ['high: Velmar / Dorsk']);
});
