/**
 * A figure in the clause after a fronted locative ("In the town of Sarnev alone, 34 people died")
 * is that place's own (issue #10, session 24; conflicts/fronted-places.ts, read by valuePlace):
 * two towns' tolls of one flood are no card. Invented text; the first test fails without the
 * reading (a possible card 21 / 34), the second keeps one town's two tolls a card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-04-14', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Kestrel News', 'Orrin Daily', 'Harlow Tribune'];
const cards = (...texts: string[]): string[][] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts.map((c: Conflict) => c.claims.map((cl) => cl.value).sort());

const KESTREL = 'Floods in northern Velmora have killed 112 people, the interior ministry said on Tuesday.\n\nIn the town of Sarnev alone, 34 people died when the Orla river burst its banks on Saturday night. Another 21 were killed in the Dresk valley.\n\nMore than 40,000 people have left their homes.';
const ORRIN = 'The death toll from floods in northern Velmora rose to 112 on Tuesday, officials said.\n\nIn the Dresk valley, 21 people died, and in the provincial capital, Halm, nine.\n\nAround 40,000 people have been displaced across the region.';
const HARLOW = 'At least 112 people have died in the floods in northern Velmora, the government said.\n\nThe Dresk valley lost 21 people and Halm nine.\n\nMore than 40,000 have been displaced.';

test("two towns' tolls, each told after its own fronted place: no card", () => {
  assert.deepEqual(cards(KESTREL, ORRIN, HARLOW), []);
});

test("one town's two tolls after the same fronted place are still a card", () => {
  const other = KESTREL.replace('34 people died', '36 people died').replace('Another 21 were killed in the Dresk valley.', '');
  const one = KESTREL.replace('Another 21 were killed in the Dresk valley.', '');
  assert.deepEqual(cards(one, other, other), [['34', '36']]);
});
