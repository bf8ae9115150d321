/**
 * Count lists (figures.ts coordinatedOnes, countsDiffer), review of the consensus branch: a list
 * that opens the sentence with its article ("An officer and two civilians …") and a list of
 * written counts ("two shotguns and one rifle") are count lists too. Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { figuresDiffer, figuresOf } from '../src/compare/facts/figures.js';

const differ = (a: string, b: string): boolean => figuresDiffer(figuresOf(a), figuresOf(b));

test('a count list opening the sentence with an indefinite article is read', () => {
  assert.ok(differ('Two wardens and a ranger were hurt in the Velmora blaze.', 'A warden and two rangers were hurt in the Velmora blaze.'));
  assert.ok(!differ('Two wardens and a ranger were hurt in the Velmora blaze.', 'A ranger and two wardens were hurt in the Velmora blaze.'));
});

test('written counts coordinated with each other are a count list', () => {
  assert.ok(differ('Deputies seized two rifles and a shotgun from the barn.', 'Deputies seized two shotguns and one rifle from the barn.'));
  assert.ok(differ('Three wardens and two rangers died in the blaze.', 'Two wardens and three rangers died in the blaze.'));
  assert.ok(!differ('Three wardens and two rangers died in the blaze.', 'Two rangers and three wardens died in the blaze.'));
  assert.ok(!differ('Deputies seized two rifles and a shotgun from the barn.', 'Deputies seized two rifles and one shotgun from the barn.'));
});
