/**
 * A count after a coordinated verb takes the noun of the count before it only when both verbs
 * count one kind of thing: casualty verbs (death, injury) count people, so "destroyed 40 homes
 * and killed 12" does not count 12 homes, and "killed three soldiers and destroyed two" not two
 * soldiers; "killed two people and wounded seven" still counts seven people. Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildClaims } from '../src/compare/claims/claims.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { Article } from '../src/core/schema.js';

const unitsOf = (text: string): Record<string, string | null> => {
  const a = annotate({ id: 'a1', file: null, outlet: 'Vellmar Post', url: null, title: null, published: '2026-03-10', authors: [], agencies: [], text, removed: [] } as unknown as Article);
  const g = buildClaims([a], buildEntities([a]));
  return Object.fromEntries(g.claims.filter((c) => c.kind === 'number').map((c) => [c.text, c.unit]));
};

test('a casualty verb after a count of things does not take their noun', () => {
  const u = unitsOf('The storm flattened 40 homes and killed 12 in Ostrel on Tuesday, the governor said.');
  assert.notEqual(u['12'], u['40']);
});

test('a verb of another kind after a toll does not take its noun', () => {
  const u = unitsOf('Rebels killed three soldiers and destroyed two in the raid on the Ostrel garrison.');
  assert.notEqual(u['two'], u['three']);
});

test('two casualty verbs share the noun', () => {
  const u = unitsOf('Gunmen killed two people and wounded seven before police arrived in Ostrel.');
  assert.equal(u['seven'], u['two']);
});
