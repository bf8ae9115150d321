/**
 * Given names coordinated before one surname name two people (session 19's unseen reading, on
 * invented text; src/compare/entities/entities.ts sharedSurnames): "Nora and Howard Vellek" is
 * Nora Vellek and Howard Vellek, and "Mrs. Vellek" is hers, not his.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

const read = (id: string, text: string): AnnotatedArticle =>
  annotate({ id, file: null, outlet: `Outlet ${id}`, url: null, title: null, published: '2026-03-02', authors: [], agencies: [], photoCredits: [], language: null, text, removed: [] });

function entityAt(ents: ReturnType<typeof buildEntities>, a: AnnotatedArticle, text: string, nth = 0): string | null {
  let start = a.text.indexOf(text);
  for (let k = 0; k < nth; k++) start = a.text.indexOf(text, start + 1);
  assert.ok(start >= 0, text);
  return ents.at(a.id, start, start + text.length);
}

test('"Nora and Howard Vellek" are two people, and "Mrs. Vellek" is Nora', () => {
  const a = read('a1', 'Nora and Howard Vellek stood outside the student union on Monday. Mrs. Vellek received an award on Tuesday. Mr. Vellek said little.');
  const ents = buildEntities([a]);
  const howard = entityAt(ents, a, 'Howard Vellek');
  const nora = entityAt(ents, a, 'Nora');
  assert.ok(howard && nora && howard !== nora);
  assert.equal(entityAt(ents, a, 'Vellek', 1), nora, 'Mrs. Vellek');
  assert.equal(entityAt(ents, a, 'Vellek', 2), howard, 'Mr. Vellek');
});

test('a surname before "and" and a full name borrows nothing', () => {
  const a = read('a1', 'Tarrow and Howard Vellek signed the lease on Monday. Tarrow said the rent was fair.');
  const ents = buildEntities([a]);
  assert.notEqual(entityAt(ents, a, 'Tarrow'), entityAt(ents, a, 'Howard Vellek'));
});
