/**
 * A quarter's figure against a figure dated to a whole year is a part of the year against the year
 * (issue #10, session 24; periods.ts partAgainstDatedWhole): "revenue grew 9 percent in the
 * fourth quarter" / "revenue grew 12 percent in 2025". Invented text; the first test fails
 * without the gate (a sure card 9 / 12 percent), the second keeps two figures of one year a card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-02-05', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Kestrel News', 'Orrin Daily', 'Harlow Tribune'];
const cards = (...texts: string[]): string[][] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());

test("a quarter's growth against the year's: no card", () => {
  const quarter = "Orvane's revenue grew 9 percent in the fourth quarter, the company said.";
  assert.deepEqual(cards("Orvane's revenue grew 12 percent in 2025, the company said.", quarter, quarter.replace('the company said', 'a spokesman said')), []);
});

test("two figures of one year's growth are still a card", () => {
  const year = "Orvane's revenue grew 9 percent in 2025, the company said.";
  assert.deepEqual(cards("Orvane's revenue grew 12 percent in 2025, the company said.", year, year.replace('the company said', 'a spokesman said')), [['12 percent', '9 percent']]);
});
