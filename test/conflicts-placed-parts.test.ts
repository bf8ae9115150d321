/**
 * A whole's figure against a place's figure that the whole's own report also gives for that place
 * (issue #10, session 24; conflicts/placed-parts.ts): "killing 212 people" in a report that also
 * says Gorlan had 80 dead, against "killed 80 people in Gorlan", is no disagreement. Invented
 * text; the first test fails without the gate (a possible card 212 / 80), the second keeps a
 * town's two tolls a card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-08-09', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Kestrel News', 'Orrin Daily', 'Harlow Tribune'];
const cards = (...texts: string[]): string[][] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());

const KESTREL = 'A magnitude 6.8 earthquake struck western Velmora early on Saturday, killing 212 people, the government said.\n\nThe town of Gorlan, near the epicentre, was hardest hit, with 80 dead. Rescuers in Gorlan pulled 14 people alive from the rubble overnight.\n\nMore than 1,500 people were injured across the region.';
const ORRIN = "The earthquake that hit western Velmora on Saturday killed 80 people in Gorlan, the town's mayor said.\n\nNationwide, the death toll stood at 212.\n\nThe 6.8-magnitude quake injured more than 1,500 people, officials said.";
const HARLOW = 'The magnitude 6.8 quake injured more than 1,500 people across western Velmora, officials said.\n\nGorlan\'s hospital was badly damaged, and 40 patients were moved to tents.';

test("a whole against a town's toll its own report also gives: no card", () => {
  assert.deepEqual(cards(KESTREL, ORRIN, HARLOW), []);
});

test("a town's two tolls are still a card", () => {
  const other = ORRIN.replace('killed 80 people in Gorlan', 'killed 84 people in Gorlan');
  assert.deepEqual(cards(ORRIN, other, other.replace("the town's mayor said", 'a spokesman said')), [['80', '84']]);
});
