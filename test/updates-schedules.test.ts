/**
 * Updates are not contradictions (issue #10: "values that change between reports published at
 * different times show as an evolution with times"), on invented articles run through the whole
 * pipeline:
 * - a plan's date that a later report moves (an opening brought forward or put back) is an update
 *   of kind 'date' with both reports' times, not a conflict and not dropped;
 * - a date that comes back after another replaced it, or two dates of reports of one moment,
 *   are no schedule that moved;
 * - two statements dated days apart, the later one after the earlier report was out, are two
 *   statements, not one dated two ways;
 * - a count of who was meant to act ("13 were expected to attend") and of who did ("12 attended")
 *   are two claims, the plan and the outcome;
 * - a running count that grows between reports (arrests 18, then 32) stays an update.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const EARLY = 'The new Ostrel bridge will open to traffic on May 21, the city transport office said on Wednesday, after two years of building work.';

test('an opening a later report brings forward is an update with times, not a conflict', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-04-02T09:00:00Z', EARLY),
    article('a2', 'Kestrel News', '2026-04-20T09:00:00Z', 'The new Ostrel bridge will open to traffic on May 19, the city transport office said on Monday, two days earlier than planned.'),
  ]);
  assert.equal(d.conflicts.filter((c) => c.kind === 'date').length, 0, 'no outlet is accused: neither the opening nor the statements');
  const u = d.updates.find((x) => x.kind === 'date');
  assert.ok(u, 'the moved opening is an update');
  assert.deepEqual(u.values.map((v) => [v.value, v.published]), [['May 21', '2026-04-02T09:00:00Z'], ['May 19', '2026-04-20T09:00:00Z']]);
});

test('an opening a later report puts back is an update too, not lost', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-04-02T09:00:00Z', 'The new Ostrel bridge will open to traffic on May 19, the city transport office said on Wednesday, after two years of building work.'),
    article('a2', 'Kestrel News', '2026-04-20T09:00:00Z', 'The new Ostrel bridge will open to traffic on May 21, the city transport office said on Monday, two days later than planned.'),
  ]);
  assert.equal(d.conflicts.filter((c) => c.kind === 'date').length, 0);
  assert.deepEqual(d.updates.find((x) => x.kind === 'date')?.values.map((v) => v.value), ['May 19', 'May 21']);
});

test('a date that comes back, or plans of one moment that differ, are no schedule that moved', () => {
  const { dossier: back } = buildDossier([
    article('a1', 'Vellmar Post', '2026-04-02T09:00:00Z', EARLY),
    article('a2', 'Kestrel News', '2026-04-10T09:00:00Z', 'The new Ostrel bridge will open to traffic on May 19, the city transport office announced, after two years of building work.'),
    article('a3', 'Selen Wire', '2026-04-18T09:00:00Z', 'The new Ostrel bridge will open to traffic on May 21, the city transport office announced, after two years of building work.'),
  ]);
  assert.equal(back.updates.filter((x) => x.kind === 'date').length, 0, 'May 21, May 19, May 21 again: a disagreement');
  const { dossier: same } = buildDossier([
    article('a1', 'Vellmar Post', '2026-04-02', EARLY),
    article('a2', 'Kestrel News', '2026-04-02', 'The new Ostrel bridge will open to traffic on May 19, the city transport office said, after two years of building work.'),
  ]);
  assert.equal(same.updates.length, 0, 'reports of one day cannot be ordered');
  assert.ok(same.conflicts.some((c) => c.kind === 'date'), 'they disagree on the date');
});

test('a count of who was expected against a count of who came is no conflict; a cause ("due to") is no plan', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-02', '13 heads of state were expected to attend the summit in Ostrel on Monday, the foreign ministry said.'),
    article('a2', 'Kestrel News', '2026-03-03', '12 heads of state attended the summit in Ostrel on Monday, the foreign ministry said.'),
  ]);
  assert.equal(d.conflicts.length, 0, 'the plan and the outcome are two claims');
  const { dossier: p } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-02', 'The foreign ministry said 13 heads of state planned to attend the summit in Ostrel on Monday.'),
    article('a2', 'Kestrel News', '2026-03-03', 'The foreign ministry said 12 heads of state attended the summit in Ostrel on Monday.'),
  ]);
  assert.equal(p.conflicts.length, 0);
  const TOOK = '12 teams took part in the regatta on Lake Orsen on Sunday, the sailing federation said.';
  const { dossier: e } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-02', 'Organisers had expected 13 teams to take part in the regatta on Lake Orsen on Sunday, the sailing federation said.'),
    article('a2', 'Kestrel News', '2026-03-03', TOOK),
  ]);
  assert.equal(e.conflicts.length, 0, 'the figure as the object of an expectation is a plan too');
  const { dossier: o } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-02', '13 teams took part in the regatta on Lake Orsen on Sunday, the sailing federation said.'),
    article('a2', 'Kestrel News', '2026-03-03', TOOK),
  ]);
  assert.ok(o.conflicts.some((x) => x.kind === 'number'), 'two outcomes still disagree');
  const { dossier: c } = buildDossier([
    article('a1', 'Vellmar Post', '2026-03-02', 'The health office said 13 deaths due to the floods were recorded in Ostrel on Monday.'),
    article('a2', 'Kestrel News', '2026-03-02', 'The health office said 12 deaths due to the floods were recorded in Ostrel on Monday.'),
  ]);
  assert.ok(c.conflicts.some((x) => x.kind === 'number'), '"due to" gives a cause: the two tolls still disagree');
});

test('arrests that grow between reports stay an update', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-06-10T08:00:00Z', 'Police in Ostrel have arrested 18 people after a night of rioting in the harbour district, a police spokesman said.'),
    article('a2', 'Kestrel News', '2026-06-11T18:00:00Z', 'Police in Ostrel have arrested 32 people after a night of rioting in the harbour district, a police spokesman said.'),
  ]);
  assert.equal(d.conflicts.length, 0);
  assert.deepEqual(d.updates.map((u) => u.values.map((v) => v.value)), [['18', '32']]);
});
