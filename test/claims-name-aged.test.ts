/**
 * A person described by age, origin and class noun (claims/name-claims.ts ageKeys, issue #10
 * recall): "39-year-old Varnish skater X withdrew …" / "Y of Varna, a 39-year-old skater …, was
 * forced to withdraw …" puts two names on one person, even one report against one (no outlier
 * then). Two ages, two origins, or no origin written are no card; and a sentence that opens with
 * one prepositional phrase ending in a capitalised word ("At the winter games in Oslo, X …") puts
 * X in its subject, not in a list. Invented articles.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import { findNameSlotConflicts } from '../src/compare/claims/name-claims.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-02-11', authors: [], agencies: [], text, removed: [] }) as unknown as Article;

function cards(texts: string[]): string[] {
  const arts = texts.map((t, i) => article(`a${i + 1}`, ['Harrow Ledger', 'Coast Courier', 'Brindle Times'][i], t));
  const annotated = arts.map((a) => annotate(a));
  return findNameSlotConflicts(annotated, buildEntities(annotated), 0, new Map(arts.map((a) => [a.id, { id: a.id, outlet: a.outlet, published: a.published }])))
    .map((c) => `${c.confidence} ${c.claims.map((cl) => `${cl.value}:${cl.articles.join(',')}`).join(' / ')} outliers=${c.outliers.join(',')}`);
}

const ONE = 'On Tuesday, 34-year-old Norwegian skater Ingrid Solberg withdrew from the European Championships after testing positive for a banned diuretic.';

test('one person of one age, origin and noun, named two ways by two reports: a possible card with no outlier', () => {
  assert.deepEqual(
    cards([
      ONE,
      'At the European Championships in Tallinn, Marit Hovland of Norway, a 34-year-old skater who had won nine medals in a long career, was forced to withdraw after traces of a banned diuretic were found in one of her samples.',
    ]),
    ['possible Ingrid Solberg:a1 / Marit Hovland:a2 outliers='],
  );
});

test('another age, another origin, or no origin written: no card', () => {
  for (const other of [
    'At the European Championships in Tallinn, Marit Hovland of Norway, a 29-year-old skater who had won nine medals in a long career, was forced to withdraw after traces of a banned diuretic were found in one of her samples.',
    'At the European Championships in Tallinn, Marit Hovland of Sweden, a 34-year-old skater who had won nine medals in a long career, was forced to withdraw after traces of a banned diuretic were found in one of her samples.',
    'At the European Championships in Tallinn, Marit Hovland, a 34-year-old skater who had won nine medals in a long career, was forced to withdraw after traces of a banned diuretic were found in one of her samples.',
  ]) assert.deepEqual(cards([ONE, other]), [], other);
});

test('several people of the class in the story: two victims of one age, origin and noun are no card', () => {
  // (Review of session 27: each report names one of two 17-year-old students killed in one
  // shooting, or one of two 24-year-old men charged; the description does not pick out one person.)
  for (const [one, other] of [
    [
      'Two students were killed in the shooting at Kenton High School on Monday. Among the dead was 17-year-old Kenton student Maya Reed, who was shot in a hallway of the high school.',
      'Two students were killed in the shooting at Kenton High School on Monday. Lily Chen of Kenton, a 17-year-old student, was shot in a hallway of the high school and died.',
    ],
    [
      'Police arrested two men after the robbery of a bank in Dorrel on Friday. A 24-year-old Dorrel man, Jason Pike, was charged with armed robbery in the county court on Saturday.',
      'Police arrested two men after the robbery of a bank in Dorrel on Friday. Mark Soto, 24, a Dorrel man, was charged with armed robbery in the county court on Saturday.',
    ],
  ]) assert.deepEqual(cards([one, other]), [], other);
});
