/**
 * The date of one act told in sentences that were never aligned (issue #10, session 28 `dates`):
 * - a "when" clause after a date says what happened at that moment (conflicts/when-clauses.ts,
 *   claims.ts whenClauseAfter): "Karvik lost a landmark on Thursday, when a blaze gutted the old
 *   Orlan Mill granary" dates the blaze, and meets "The fire that destroyed the Orlan Mill
 *   granary in Karvik on Tuesday" through the date's kind of event and two named participants
 *   (claim-index.ts dateKinds), as a possible card;
 * - "since July" and ", which commenced in September" both give when one period began
 *   (conflicts.ts oneBeginning): the relative clause of a verb of beginning is no earlier act.
 * And what stays apart: two acts of one kind on two days with the same names (the fire and a
 * later inspection), a "when" clause of another kind of act, and a relative clause of another act.
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

// Published on Wednesday 2026-03-11: "Tuesday" is March 10, "Thursday" March 5.
const DESTROYED = 'The fire that destroyed the historic Orlan Mill granary in Karvik on Tuesday took a piece of the valley’s past with it.';
const DESTROYED2 = 'A fire on Tuesday destroyed the historic Orlan Mill granary in Karvik, which was built by settlers in the 1890s.';

test('a date with a "when" clause dates that clause’s act: one fire on two days is a possible card', () => {
  const WHEN = 'Old-timers in the valley mourned a beloved local landmark on Thursday, when flames tore through the Orlan Mill granary in Karvik.';
  assert.deepEqual(cards([DESTROYED, DESTROYED2, WHEN]), ['possible: Tuesday:a1,a2 / Thursday:a3 out=a3']);
});

test('the same day told with a "when" clause agrees: no card', () => {
  const WHEN = 'Old-timers in the valley mourned a beloved local landmark on Tuesday, when flames tore through the Orlan Mill granary in Karvik.';
  assert.deepEqual(cards([DESTROYED, DESTROYED2, WHEN]), []);
});

test('a "when" clause of another kind of act, with the same names, is no card', () => {
  const VOTE = 'Old-timers in the valley mourned a beloved local landmark on Thursday, when the council voted to sell the Orlan Mill granary in Karvik.';
  assert.deepEqual(cards([DESTROYED, DESTROYED2, VOTE]), []);
});

test('a later act of the same kind with the same names (the fire flaring up again) is no card', () => {
  const AGAIN = 'Firefighters returned to the Orlan Mill granary in Karvik on Thursday after flames flared up again in the ruins.';
  assert.deepEqual(cards([DESTROYED, DESTROYED2, AGAIN]), []);
});

test('"since July" and "which commenced in September" give one period’s start: a card', () => {
  const SEPT = 'This is the fifth rescue carried out by the Varlen cutter Osprey in the course of its patrol of the Keld Strait, which commenced in September.';
  const SEPT2 = 'This is the fifth rescue by the Varlen cutter Osprey in the course of its patrol of the Keld Strait, which commenced in September, the coast guard said.';
  const JULY = 'This rescue by the Varlen cutter Osprey was the fifth by its crew during its current patrol of the Keld Strait since July this year.';
  assert.deepEqual(cards([SEPT, SEPT2, JULY]).map((c) => c.replace(/^\w+: /, '')), ['September:a1,a2 / July this year:a3 out=a3']);
});

test('a relative clause of another act ("which was damaged in September") against "since July" stays apart', () => {
  const DAMAGED = 'The Varlen cutter Osprey has patrolled the Keld Strait since July this year, the coast guard said.';
  const DAMAGED2 = 'The Varlen cutter Osprey has patrolled the Keld Strait since July this year, according to the coast guard.';
  const OTHER = 'The Varlen cutter Osprey patrols the Keld Strait with a crew of 40 sailors, the coast guard said, and its hull, which was damaged in September, was repaired.';
  assert.deepEqual(cards([DAMAGED, DAMAGED2, OTHER]), []);
});

test('two reports of two days, each dating a thing still going on to its own day, are no card (review, session 28)', () => {
  // Filed by kind of event ("strike") and two names only: each report tells its own day of one
  // ongoing strike, not a date of one act.
  const d = buildDossier([
    article('a1', OUTLETS[0], 'Workers at the Brenna Foundry in Olsk kept up their strike on Monday, picketing the main gate.', '2026-03-09T18:00:00Z'),
    article('a2', OUTLETS[1], 'The strike at the Brenna Foundry in Olsk showed no sign of ending on Wednesday, union leaders said.', '2026-03-11T18:00:00Z'),
  ]).dossier;
  assert.deepEqual(d.conflicts.filter((c) => c.kind === 'date').map((c) => c.claims.map((cl) => cl.value)), []);
});
