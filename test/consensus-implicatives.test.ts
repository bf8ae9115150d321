/**
 * Negative implicatives (one-claim.ts implicativeClash), review of the consensus branch: a plain
 * negation of an irregular verb ("never paid") denies the act as the implicative's complement
 * ("failed to pay") does, and "have yet to" denies its complement too. Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { implicativeClash } from '../src/compare/facts/one-claim.js';

test('a negated irregular verb agrees with a negative implicative of its lemma', () => {
  assert.ok(!implicativeClash('The Velmora ferry company failed to pay the harbour levy.', 'The Velmora ferry company never paid the harbour levy.'));
  assert.ok(!implicativeClash('The Velmora ferry company failed to pay the harbour levy.', 'The Velmora ferry company has not paid back the harbour levy.'));
  // Told undenied, it is the opposite claim.
  assert.ok(implicativeClash('The Velmora ferry company failed to pay the harbour levy.', 'The Velmora ferry company paid the harbour levy in March.'));
});

test('"have yet to" denies its complement', () => {
  assert.ok(!implicativeClash('Harbour police declined to name the ferry captain.', 'Harbour police have yet to name the ferry captain.'));
  assert.ok(implicativeClash('Harbour police have yet to name the ferry captain.', 'Harbour police named the ferry captain on Friday.'));
});
