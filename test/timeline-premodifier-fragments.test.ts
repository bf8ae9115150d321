/**
 * Timeline entries read on unseen stories (session 17): a month-and-year premodifier ("the
 * October 2019 order") is no date of the sentence's event, and a relative clause shown alone
 * ("which was issued in 1994 …") does not say what it tells of. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('a month-and-year premodifier does not date the sentence it sits in', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-14', 'Governor Ilse Marrow on Friday signed a decree revoking the October 2025 permit that opened the northern marshes to peat cutting.'),
    article('a2', 'Kestrel News', '2026-03-16', 'Governor Ilse Marrow revoked the October 2025 peat permit on Friday, restoring protection to the northern marshes.'),
  ]);
  const shown = JSON.stringify(dossier.timeline.map((x) => [x.date, x.text]));
  assert.ok(!dossier.timeline.some((x) => x.date.startsWith('2025')), shown);
  assert.ok(dossier.timeline.some((x) => x.date === '2026-03-13'), shown);
});

test('a month-and-year premodifier of an act in the subject keeps its date (the act was then)', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-14', 'The October 2025 evacuation of the river towns cost the province $40 million, auditors said on Friday.'),
    article('a2', 'Kestrel News', '2026-03-16', 'Auditors said the evacuation of the river towns in October 2025 cost $40 million.'),
  ]);
  assert.ok(dossier.timeline.some((x) => x.date === '2025-10'), JSON.stringify(dossier.timeline.map((x) => [x.date, x.text])));
});

test('a relative clause shown as an entry starts at its antecedent', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-14', 'The charter, which was drafted in 1994 by the old harbour board, had protected the reefs until Friday.'),
    article('a2', 'Kestrel News', '2026-03-16', 'The harbour board scrapped the reef charter on Friday.'),
    article('a3', 'Selen Monitor', '2026-03-15', 'On Friday the port authority praised the decision of the harbour board, which had resisted calls to scrap the charter in 2019 and again in 2023.'),
  ]);
  const shown = JSON.stringify(dossier.timeline.map((x) => [x.date, x.text]));
  const e = dossier.timeline.find((x) => x.date === '1994');
  assert.ok(e, shown);
  assert.equal(e.text, 'The charter, which was drafted in 1994 by the old harbour board');
  const f = dossier.timeline.find((x) => x.date === '2019');
  if (f) assert.ok(f.text.startsWith('the harbour board, which'), f.text);
});

test('a relative clause after a name starts at the name', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-14', 'The harbour board on Friday honoured the work of the engineer Dana Reyes, who designed the wall in 1994 for the Velmora port.'),
    article('a2', 'Kestrel News', '2026-03-16', 'The harbour board honoured engineer Dana Reyes on Friday.'),
  ]);
  const e = dossier.timeline.find((x) => x.date === '1994');
  assert.ok(e, JSON.stringify(dossier.timeline.map((x) => [x.date, x.text])));
  assert.ok(e.text.startsWith('Dana Reyes, who designed'), e.text);
});

test('a weekday before the comma is not the antecedent of a relative clause (review)', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-14', 'The Velmora council repealed the harbour noise ordinance on Monday, which had been passed in 1994 by a divided board.'),
    article('a2', 'Kestrel News', '2026-03-16', 'The Velmora council repealed the harbour noise ordinance this week.'),
  ]);
  const e = dossier.timeline.find((x) => x.date === '1994');
  assert.ok(e, JSON.stringify(dossier.timeline.map((x) => [x.date, x.text])));
  assert.ok(e.text.startsWith('the harbour noise ordinance'), e.text);
});

test('a short main clause before a relative clause is not shown under the relative clause date (review)', () => {
  const { dossier } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-14', 'The mayor fired the harbour master, who was hired in Velmora in 2019.'),
    article('a2', 'Kestrel News', '2026-03-16', 'The Velmora mayor fired the harbour master on Friday.'),
  ]);
  const e = dossier.timeline.find((x) => x.date === '2019');
  assert.ok(e, JSON.stringify(dossier.timeline.map((x) => [x.date, x.text])));
  assert.ok(e.text.startsWith('the harbour master, who was hired'), e.text);
});
