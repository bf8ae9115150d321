/**
 * Dates filed under the act they date and its named parties (issue #10, session 30 `dateslot`,
 * conflicts/date-slots.ts):
 * - one act of two named parties told under two verbs no synonym set or kind of event joins
 *   ("bought" / "was acquired by"), in sentences never aligned, meets as a possible card
 *   (partyKeys, oneActOfParties, partiesAct);
 * - the doer of a passive with an agent is the agent (doerWords): one act told actively and
 *   passively is not two acts of two doers;
 * - an act told as a repeat ("met again on Thursday") dates a later occasion, never the first.
 * And what stays apart: another act of the same two parties ("sued"), two steps of one affair
 * ("agreed to acquire" / "bought"), a running matter dated by each report to its own day.
 * The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const OUTLETS = ['Vellmar Post', 'Kestrel News', 'Orrin Daily', 'Tarn Courier'];
const article = (id: string, outlet: string, text: string, published: string | null): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const cards = (texts: string[], published: string | null = '2026-03-11T18:00:00Z'): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, OUTLETS[i], t, published))).dossier.conflicts
    .filter((c) => c.kind === 'date')
    .map((c) => `${c.confidence}: ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} out=${c.outliers.join(',')}`);

// Published on Wednesday 2026-03-11: "Monday" is March 9, "Friday" March 6.
const BOUGHT = 'Tarsk Foods bought the Brenna Dairy cooperative on Monday for an undisclosed sum.';
const BOUGHT2 = 'Tarsk Foods bought Brenna Dairy on Monday, the companies said.';

test('one act of two named parties under two verbs, in a sentence never aligned: a possible card', () => {
  const ACQUIRED = 'Shares in the grocer rose sharply after Brenna Dairy was acquired by Tarsk Foods on Friday, traders in Olsk said.';
  assert.deepEqual(cards([BOUGHT, BOUGHT2, ACQUIRED]), ['possible: Monday:a1,a2 / Friday:a3 out=a3']);
});

test('the same day told so agrees: no card', () => {
  const ACQUIRED = 'Shares in the grocer rose sharply after Brenna Dairy was acquired by Tarsk Foods on Monday, traders in Olsk said.';
  assert.deepEqual(cards([BOUGHT, BOUGHT2, ACQUIRED]), []);
});

test('a passive with its agent is one doer’s act: "was acquired by Tarsk Foods" against "Tarsk Foods bought"', () => {
  const ACQUIRED = 'Brenna Dairy was acquired by Tarsk Foods on Friday, ending a century of farmer ownership.';
  assert.deepEqual(cards([BOUGHT, BOUGHT2, ACQUIRED]), ['possible: Monday:a1,a2 / Friday:a3 out=a3']);
});

test('another act of the same two parties is no card', () => {
  const SUED = 'Tarsk Foods sued Brenna Dairy on Friday over unpaid invoices, court papers show.';
  assert.deepEqual(cards([BOUGHT, BOUGHT2, SUED]), []);
});

test('two steps of one affair ("agreed to acquire" / "bought") are no card', () => {
  const AGREED = 'Tarsk Foods agreed on Friday to acquire Brenna Dairy, pending approval by regulators.';
  assert.deepEqual(cards([BOUGHT, BOUGHT2, AGREED]), []);
});

test('an act told as a repeat ("met again on Thursday") dates a later occasion: no card', () => {
  assert.deepEqual(
    cards([
      'The Karvik council met on Monday to discuss the Orlan Mill sale.',
      'The Karvik council met on Monday and debated the Orlan Mill sale.',
      'The Karvik council met again on Thursday to vote on the Orlan Mill sale.',
    ]),
    [],
  );
});

test('an act told as a repeat on both sides is still compared', () => {
  assert.deepEqual(
    cards([
      'The Karvik council met again on Monday to discuss the Orlan Mill sale.',
      'The Karvik council met again on Monday and debated the Orlan Mill sale.',
      'The Karvik council met again on Thursday to discuss the Orlan Mill sale.',
    ]).length,
    1,
  );
});

test('an act told as another occasion ("In a separate attack … on Tuesday") dates that occasion: no card', () => {
  assert.deepEqual(
    cards([
      'Gunmen killed 12 villagers in Karvik on Monday, police said.',
      'Gunmen killed 12 people in the village of Karvik on Monday.',
      'In a separate attack, gunmen killed five villagers near Karvik on Tuesday, police said.',
    ]),
    [],
  );
});
