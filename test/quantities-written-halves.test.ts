/**
 * A half written out in a duration (src/annotate/quantities.ts): "four and a half months" is 4.5
 * months and "a year and a half" 1.5 years (issue #10, session 24: "four months" / "four and a half
 * months" served, a real contradiction an unseen reading quoted, was never compared: the second
 * was read as the count "four" of nothing). Invented sentences only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const figures = (text: string) =>
  annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] })
    .quantities.map((q) => ({ text: q.text, value: q.value, unit: q.unit }));

test('a half written out in a duration is read with it', () => {
  assert.deepEqual(figures('Orlo Brandt served four and a half months in the Velmar jail.'), [{ text: 'four and a half months', value: 4.5, unit: 'month' }]);
  assert.deepEqual(figures('Orlo Brandt served a year and a half in the Velmar jail.'), [{ text: 'a year and a half', value: 1.5, unit: 'year' }]);
  assert.deepEqual(figures('Orlo Brandt served 2 and a half years in the Velmar jail.'), [{ text: '2 and a half years', value: 2.5, unit: 'year' }]);
  // A duration with no half, and a half-dozen after it, are untouched.
  assert.deepEqual(figures('Orlo Brandt served three years and a half-dozen fines.').slice(0, 1), [{ text: 'three years', value: 3, unit: 'year' }]);
  // A half that counts the next noun is that noun's, not the duration's.
  assert.deepEqual(figures('The Velmar bridge project took two years and a half dozen redesigns.').slice(0, 1), [{ text: 'two years', value: 2, unit: 'year' }]);
  assert.deepEqual(figures('Orlo Brandt spent three years and a half million dollars on the appeal.').slice(0, 1), [{ text: 'three years', value: 3, unit: 'year' }]);
});

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

test('"four months" against "four and a half months" of one act is a conflict', () => {
  const d = buildDossier([
    article('a1', 'Vellmar Post', 'Orlo Brandt served four months in prison for the theft of the Karvik harbour funds.'),
    article('a2', 'Kestrel News', 'Orlo Brandt served four and a half months in prison for the theft of the Karvik harbour funds.'),
  ]).dossier;
  const c = d.conflicts.find((x) => x.claims.some((cl) => cl.value === 'four and a half months'));
  assert.ok(c, JSON.stringify(d.conflicts.map((x) => x.claims.map((cl) => cl.value))));
  assert.deepEqual(c.claims.map((cl) => cl.value).sort(), ['four and a half months', 'four months']);
});
