/**
 * One person's two names written in opposite orders ("Jermaine Lindsay" / "Lindsey Germaine";
 * src/compare/conflicts/name-order.ts), on invented reports through the real pipeline: a possible
 * name card, the lone report named when two others agree. A name written family name first by
 * convention ("Wang Li" / "Li Wang": words the birth counts give no sex) and an article that
 * writes both orders raise no card.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: '2026-03-04T10:00:00Z', title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const OUTLETS = ['Daily Ardel', 'Harbour Post', 'Coast News'];
const cards = (texts: string[]) =>
  buildDossier(texts.map((t, i) => art(`a${i + 1}`, OUTLETS[i], t))).dossier.conflicts
    .filter((c) => c.kind === 'name')
    .map((c) => `${c.confidence} ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} outliers=${c.outliers.join(',')}`);

test('a name written "Jermaine Lindsay" by two reports and "Lindsey Germaine" by a third is a possible name card against the third', () => {
  assert.deepEqual(
    cards([
      'Police named the bomber as Jermaine Lindsay, a 19-year-old from Aylesbury, who blew himself up on the train near Russell Square.',
      'Jermaine Lindsay, 19, blew himself up on a train near Russell Square, officers said on Thursday.',
      'The fourth bomber was Lindsey Germaine, 19, of Aylesbury, who blew himself up on the train near Russell Square, police said.',
    ]),
    ['possible Jermaine Lindsay:a1,a2 / Lindsey Germaine:a3 outliers=a3'],
  );
});

test('two reports, one name in each order: a possible card with no outlier', () => {
  assert.deepEqual(
    cards([
      'The match was decided by a late goal from Grant Taylor, who joined the club in the summer.',
      'Taylor Grant scored the winner in the 88th minute, his first goal since joining the club in the summer.',
    ]),
    ['possible Grant Taylor:a1 / Taylor Grant:a2 outliers='],
  );
});

test('a name written family name first by convention, or both orders in one report, raises no card', () => {
  assert.deepEqual(
    cards([
      'The delegation was led by Wang Lihua, the deputy minister, who arrived in Karvik on Monday.',
      'Deputy minister Lihua Wang led the delegation that arrived in Karvik on Monday.',
    ]),
    [],
  );
  assert.deepEqual(
    cards([
      'The match was decided by a late goal from Grant Taylor, who joined the club in the summer. Taylor Grant, the goalkeeper, made two saves.',
      'Grant Taylor scored the winner in the 88th minute, his first goal since joining the club in the summer.',
    ]),
    [],
  );
});

test('two people whose names only share consonants in swapped order ("Neil Martin" / "Martin Noel") raise no card', () => {
  assert.deepEqual(
    cards([
      '"The roof collapsed within twenty minutes," said fire chief Neil Martin, who led the crews at the bakery warehouse fire.',
      '"We saw flames coming out of the roof of the bakery warehouse and called for help," said Martin Noel, who lives across the road.',
    ]),
    [],
  );
  assert.deepEqual(
    cards([
      'Ryan Lowe, the owner of the bakery, said the business would reopen in a temporary unit after the fire.',
      'Lee Rowan, a delivery driver, said he had loaded a van at the bakery an hour before the fire.',
    ]),
    [],
  );
});
