/**
 * A place inside a name (src/compare/conflicts/places-in-names.ts), on invented reports through the
 * real annotator: "the Kansas Board of Education" in two reports and "the Utah Board of Education"
 * in a third, or "the Ohio-based company" / "the Texas-based company", telling one thing, are a
 * possible place card (the recogniser reads each as one organisation, so the place was never
 * compared); not when the lone article names both bodies, when the sentences tell different
 * things, or when the two places are of different widths (a town against its state).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { placeInName } from '../src/compare/conflicts/places-in-names.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const placeCards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, ['Daily Ardel', 'Harbour Post', 'Coast News'][i], t))).dossier.conflicts
    .filter((c) => c.kind === 'place')
    .map((c) => `${c.confidence}: ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} out=${c.outliers.join(',')}`);

const K1 = 'The Kansas Board of Education voted 6-4 on Wednesday to remove evolution from the science standards.';
const K2 = 'On Wednesday the Kansas Board of Education voted 6-4 to drop evolution from its science standards.';

test('one name with another place in it, telling the same thing, is a possible place card', () => {
  assert.deepEqual(placeCards([K1, K2, 'The Utah Board of Education voted 6-4 on Wednesday to remove evolution from the science standards.']), ['possible: Kansas:a1,a2 / Utah:a3 out=a3']);
  const O = 'The Ohio-based company said on Tuesday it would cut 800 jobs by the end of the year.';
  assert.deepEqual(placeCards([O, 'The Ohio-based company said Tuesday that it would cut 800 jobs by year-end.', 'The Texas-based company said on Tuesday it would cut 800 jobs by the end of the year.']), ['possible: Ohio:a1,a2 / Texas:a3 out=a3']);
});

test('two bodies named by one article, another act, or a town against a state (one may hold the other) give no card', () => {
  assert.deepEqual(placeCards([K1, K2, 'The Utah Board of Education voted 6-4 on Wednesday to remove evolution from the science standards, a week after the Kansas Board of Education did.']), []);
  assert.deepEqual(placeCards([K1, K2, 'The Utah Board of Education will hold hearings next spring on how history is taught in high schools.']), []);
  assert.deepEqual(placeCards([K1, K2, 'The Denver Board of Education voted 6-4 on Wednesday to remove evolution from the science standards.']), []);
});

test('the place a name holds, and its pattern', () => {
  assert.deepEqual(placeInName('Kansas Board of Education', ''), { start: 0, end: 6, pattern: '* board of education' });
  assert.deepEqual(placeInName('Ohio-based', ' company said'), { start: 0, end: 4, pattern: '*-based company' });
  assert.equal(placeInName('Kansas', ''), null);
});
