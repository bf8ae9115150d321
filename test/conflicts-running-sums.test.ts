/**
 * A count its own sentence adds another to ("14 survivors … on Saturday and 6 more on Sunday") is
 * the first part of a sum, not the whole (issue #10, session 24; conflicts/running-sums.ts).
 * Invented text; the first test fails without the gate (a sure card 14 / 20), the second keeps two
 * sums told in parts a card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-08-10', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const OUTLETS = ['Kestrel News', 'Orrin Daily', 'Harlow Tribune'];
const cards = (...texts: string[]): string[][] => buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts.map((c) => c.claims.map((cl) => cl.value).sort());

test("the first day's count of a sum against the whole: no card", () => {
  const whole = 'Rescuers found 20 survivors in Gorlan over the weekend, officials said.';
  assert.deepEqual(cards('Rescuers found 14 survivors in Gorlan on Saturday and 6 more on Sunday.', whole, whole.replace('officials said', 'a spokesman said')), []);
});

test('two first days of one sum told in parts are still a card', () => {
  const other = 'Rescuers found 11 survivors in Gorlan on Saturday and 6 more on Sunday, officials said.';
  assert.deepEqual(cards('Rescuers found 14 survivors in Gorlan on Saturday and 6 more on Sunday.', other, other.replace('officials said', 'a spokesman said')), [['11', '14']]);
});

test("the first day's hours of a sum against the whole: no card", () => {
  const whole = 'The jury deliberated for eight hours over two days, lawyers said.';
  assert.deepEqual(cards('The jury deliberated for six hours on Wednesday and two more on Thursday.', whole, whole.replace('lawyers said', 'a court official said')), []);
});
