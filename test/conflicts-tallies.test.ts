/**
 * A tally reported in the present perfect grows between reports (issue #10, session 16's unseen
 * reading: "26 of 29" plants closed, then "27 of 29" three weeks later, was a possible card saying
 * the reports were far apart). Invented articles through the whole pipeline: the perfect's rising
 * count is an update with both times; the same count in the simple past stays a possible card;
 * a perfect count that falls later is no update.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Conflict } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const values = (c: Conflict): string => c.claims.map((cl) => cl.value).sort().join(',');
const sentence = (verb: string, n: number) => `Kestrel Motors ${verb} ${n} of its 29 plants in Norland because of the parts strike, the company said.`;

test('a perfect tally that rises weeks later is an update, not a card', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-02', sentence('has closed', 26)),
    article('a2', 'Marra News', '2026-03-23', sentence('has closed', 27)),
  ]);
  assert.equal(d.updates.length, 1, 'the tally grew');
  assert.deepEqual(d.updates[0].values.map((v) => `${v.value}@${v.published}`), ['26@2026-03-02', '27@2026-03-23']);
  assert.equal(d.conflicts.filter((c) => values(c) === '26,27').length, 0);
});

test('the same count in the simple past stays a possible card', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-02', sentence('closed', 26)),
    article('a2', 'Marra News', '2026-03-23', sentence('closed', 27)),
  ]);
  assert.equal(d.updates.length, 0);
  const c = d.conflicts.find((x) => values(x) === '26,27');
  assert.ok(c);
  assert.equal(c.confidence, 'possible');
});

test('a perfect tally that falls later is no update', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-02', sentence('has closed', 27)),
    article('a2', 'Marra News', '2026-03-23', sentence('has closed', 26)),
  ]);
  assert.equal(d.updates.length, 0);
  assert.ok(d.conflicts.some((x) => values(x) === '26,27'));
});

test('possession is no tally: "has 26 plants" then "has 27 plants" stays a card', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-02', 'Kestrel Motors has 26 plants in Norland and employs most of the valley, the company said.'),
    article('a2', 'Marra News', '2026-03-23', 'Kestrel Motors has 27 plants in Norland and employs most of the valley, the company said.'),
  ]);
  assert.equal(d.updates.length, 0);
});

test('an attributive date is not called a plan in the card', () => {
  // Two outlets name one ferry sinking by two days: the card says the date names an event.
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-07-08', 'Survivors of the July 7 ferry sinking gathered at the harbour in Velmora to remember the 40 dead.'),
    article('a2', 'Marra News', '2026-07-08', 'Survivors of the May 7 ferry sinking gathered at the harbour in Velmora to remember the 40 dead.'),
  ]);
  const c = d.conflicts.find((x) => x.kind === 'date');
  assert.ok(c);
  assert.equal(c.confidence, 'possible');
  assert.doesNotMatch(c.why, /plan or a forecast/);
  assert.match(c.why, /names an event or qualifies a noun/);
});
