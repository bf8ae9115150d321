/**
 * A hyphened count's noun is read past a capitalised or participle premodifier, but never onto
 * the clause's verb: "the 9-member Supreme Court ruled" counts the court's members, not
 * "member-rul", which met any other "N-member … ruled". Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildClaims } from '../src/compare/claims/claims.js';
import { buildEntities } from '../src/compare/entities/entities.js';
import type { Article } from '../src/core/schema.js';

const unitOf = (text: string): string | null => {
  const a = annotate({ id: 'a1', file: null, outlet: 'Vellmar Post', url: null, title: null, published: '2026-03-10', authors: [], agencies: [], text, removed: [] } as unknown as Article);
  return buildClaims([a], buildEntities([a])).claims.find((c) => c.kind === 'number')?.unit ?? null;
};

test('the head noun of a hyphened count stops before a past verb', () => {
  assert.equal(unitOf('The 9-member Ostrel Court ruled on Monday that the merger can go ahead.'), unitOf('The 9-member Ostrel Court on Monday allowed the merger.'));
  assert.equal(unitOf('The 27-nation Vellmar Union met on Monday in Ostrel.'), unitOf('The 27-nation Vellmar Union on Monday backed the deal.'));
});

test('a premodifier is still read over', () => {
  assert.equal(unitOf('A 20-member elected Board of Education voted on Monday.'), unitOf('The 10-member Kansas Board of Education voted on Monday.'));
});
