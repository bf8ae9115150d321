/**
 * Two bodies of one kind doing other things are no place card (issue #10, session 23;
 * conflicts/told-acts.ts, called from places-in-names.ts): "The Ohio Board of Regents approved the
 * tuition increase" / "The Texas Board of Regents rejected the tuition increase"; "voted 6-4 to
 * remove evolution" / "voted 6-4 to keep evolution". The same act told of another body's name is
 * still a possible card. The sentences are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { otherActsTold } from '../src/compare/conflicts/told-acts.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-03-04T10:00:00Z', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const placeCards = (texts: string[]): string[] =>
  buildDossier(texts.map((t, i) => article(`a${i + 1}`, ['Daily Ardel', 'Harbour Post', 'Coast News'][i], t))).dossier.conflicts
    .filter((c) => c.kind === 'place')
    .map((c) => `${c.confidence}: ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} out=${c.outliers.join(',')}`);

const OHIO = 'The Ohio Board of Regents approved the tuition increase on Monday, officials said.';
const OHIO2 = 'On Monday the Ohio Board of Regents approved a tuition increase for the state universities.';
const KANSAS = 'The Kansas Board of Education voted 6-4 on Wednesday to remove evolution from the science standards.';
const KANSAS2 = 'On Wednesday the Kansas Board of Education voted 6-4 to drop evolution from its science standards.';

test('two boards with opposite outcomes of one kind of act give no place card', () => {
  assert.deepEqual(placeCards([OHIO, OHIO2, 'The Texas Board of Regents rejected the tuition increase on Monday, officials said.']), []);
});

test('two boards voting for other acts (to remove, to keep) give no place card', () => {
  assert.deepEqual(placeCards([KANSAS, KANSAS2, 'The Utah Board of Education voted 6-4 on Wednesday to keep evolution in the science standards.']), []);
});

test('the same act told of a board with another place is still a possible card', () => {
  assert.deepEqual(placeCards([OHIO, OHIO2, 'The Texas Board of Regents approved the tuition increase on Monday, officials said.']), ['possible: Ohio:a1,a2 / Texas:a3 out=a3']);
});

test('acts told: opposite outcomes, acts missing both ways; not one act told with more', () => {
  assert.equal(otherActsTold('The board approved the plan on Monday.', 'The board rejected the plan on Monday.'), true);
  assert.equal(otherActsTold('The board voted to remove evolution from the standards.', 'The board voted to keep evolution in the standards.'), true);
  assert.equal(otherActsTold('The board voted to remove evolution from the standards.', 'The board voted to remove evolution from the standards after a long hearing.'), false);
  assert.equal(otherActsTold('The board approved the plan on Monday.', 'The board approved the plan on Monday.'), false);
});
