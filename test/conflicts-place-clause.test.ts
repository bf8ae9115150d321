/**
 * A figure told in a relative clause of a named place ("the town of X, where 102 people died") is
 * about that place (issue #10: claims, not sentences): the same clause of another place ("Y,
 * where more than 1,500 people died") is another claim, neither an update over time nor a
 * disagreement; so are two counts each told of its own place ("two parts factories in Corlen" /
 * "more than 50 parts factories in Mexico"). Invented articles, run through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, published: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published, authors: [], agencies: [], text, removed: [] }) as unknown as Article;

const A = 'Hurricane Velda killed hundreds across the region. Most deaths were blamed on flooding and mudslides in rural areas. A flash flood nearly destroyed the border town of Fonds Marel, where 102 people died.';
const B = 'Relief reached the region slowly after Hurricane Velda. As people in Posterna, where more than 1,500 people died in mudslides, waited for help, officials argued over the distribution of food.';

test('two places\' tolls in "where N people died" clauses are two claims: no update, no conflict', () => {
  for (const [pa, pb] of [['2026-10-31', '2026-11-07'], ['2026-11-02', '2026-11-02']]) {
    const { dossier: d } = buildDossier([article('a1', 'Vellmar Post', pa, A), article('a2', 'Kestrel News', pb, B)]);
    assert.equal(d.updates.length, 0, `no update (${pa} / ${pb})`);
    assert.equal(d.conflicts.length, 0, `no conflict (${pa} / ${pb})`);
  }
});

test('one place\'s toll in such a clause is still compared across reports', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-11-02', A),
    article('a2', 'Kestrel News', '2026-11-02', 'Relief reached the region slowly after Hurricane Velda. A flash flood nearly destroyed the border town of Fonds Marel, where 120 people died, officials said.'),
  ]);
  assert.equal(d.conflicts.length + d.updates.length, 1, 'the one town\'s two tolls are one claim told two ways');
});

test('two places\' counts of one kind of thing ("two parts factories in Flint" / "50 parts factories in Mexico") are two claims', () => {
  const { dossier: d } = buildDossier([
    article('a1', 'Vellmar Post', '2026-06-22', 'The union said the main issue in the strikes at two parts factories in Corlen was outsourcing, and Harlow Motors said talks would resume.'),
    article('a2', 'Kestrel News', '2026-06-22', 'Since 1978, Harlow Motors has built more than 50 parts factories in Mexico, which today employ 72,000 workers. The union says the strikes in Corlen are about outsourcing.'),
  ]);
  assert.equal(d.conflicts.filter((c) => c.kind === 'number').length, 0);
});
