/**
 * "Reported elsewhere" (src/compare/match/entail.ts) reads an irregular verb form as its lemma: an
 * outlet that tells the act as a noun or in another tense ("a sharp rise in claims" / "claims
 * rose sharply"; "the ferry's fall in passengers" / "passengers fell") says the same word, not a
 * vector neighbour of it. Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Entailment } from '../src/compare/match/entail.js';
import { buildMatchContext, prepareSentence } from '../src/compare/match/match.js';


function entailment(sentences: string[]): Entailment {
  const ctx = buildMatchContext(sentences);
  for (const s of sentences) prepareSentence(s, ctx);
  return new Entailment(sentences, ctx);
}

test('an irregular past form says its lemma outright: "rose" is "rise", "fell" is "fall"', () => {
  const e = entailment([
    'Harbour fees at Vorrel rose last week.',
    'Vorrel harbour fees saw a rise last week.',
    'Ferry bookings to Kallis fell in the spring.',
    'Kallis ferry bookings saw a fall in the spring.',
  ]);
  // Every content word of each is said by the other sentence: the same stem, or the same lemma
  // (a vector neighbour would say it only in part: "rose" / "rise" 0.67).
  assert.equal(e.covered(0, [1]).whole, 1, JSON.stringify(e.covered(0, [1])));
  assert.equal(e.covered(2, [3]).whole, 1, JSON.stringify(e.covered(2, [3])));
});

test('the same lemma does not override an antonym: "rose" is not said by "fall"', () => {
  const e = entailment(['Harbour fees at Vorrel rose last week.', 'Vorrel harbour fees saw a rise last week.', 'Vorrel harbour fees saw a fall last week.']);
  assert.ok(e.covered(0, [2]).whole < e.covered(0, [1]).whole);
});
