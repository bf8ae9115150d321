/**
 * A question reports nothing as having happened: the date of its main clause is no timeline
 * entry (timeline.ts questionMainClause; session 30's unseen reading dated a rhetorical question).
 * A date in a clause the question takes as given ("an athlete who won … as she did in 2019"), and
 * the date of a reporting clause before a quoted question, stay. Invented text.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const timeline = (text: string) =>
  buildDossier([{ id: 'a1', file: null, outlet: 'Vellmar Post', url: null, title: null, published: '2026-12-10', authors: [], agencies: [], text, removed: [] } as unknown as Article]).dossier.timeline.map((e) => e.date);

test('a rhetorical or quiz question with a date gives no entry', () => {
  assert.deepEqual(timeline('In the market for a new bicycle this year? Prices at Tessin shops rose by a third.'), []);
  assert.deepEqual(timeline('Which new opera has drawn the biggest crowds in Vellmar so far this year?'), []);
});

test('a date in a clause the question takes as given, or in the clause reporting a quoted question, stays', () => {
  assert.deepEqual(timeline('How could anything stop a runner who won her third straight Tessin marathon, as she did at the 50th running in 2019, by coming from behind?'), ['2019']);
  assert.deepEqual(timeline('In 1998, Mara Voss asked, “Why did the harbour close this year?”'), ['1998']);
});
