/**
 * Given names coordinated before one surname name two people (session 19's unseen reading, on
 * invented text; src/compare/entities/entities.ts sharedSurnames): "Nora and Howard Vellek" is
 * Nora Vellek and Howard Vellek, and "Mrs. Vellek" is hers, not his.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildEntities } from '../src/compare/entities/entities.js';
import { entityAt, read } from './helpers/entities.js';

test('"Nora and Howard Vellek" are two people, and "Mrs. Vellek" is Nora', () => {
  const a = read('a1', 'Nora and Howard Vellek stood outside the student union on Monday. Mrs. Vellek received an award on Tuesday. Mr. Vellek said little.');
  const ents = buildEntities([a]);
  const howard = entityAt(ents, [a], 'a1', 'Howard Vellek');
  const nora = entityAt(ents, [a], 'a1', 'Nora');
  assert.ok(howard && nora && howard !== nora);
  assert.equal(entityAt(ents, [a], 'a1', 'Vellek', 1), nora, 'Mrs. Vellek');
  assert.equal(entityAt(ents, [a], 'a1', 'Vellek', 2), howard, 'Mr. Vellek');
});

test('a surname before "and" and a full name borrows nothing', () => {
  const a = read('a1', 'Tarrow and Howard Vellek signed the lease on Monday. Tarrow said the rent was fair.');
  const ents = buildEntities([a]);
  assert.notEqual(entityAt(ents, [a], 'a1', 'Tarrow'), entityAt(ents, [a], 'a1', 'Howard Vellek'));
});
