/**
 * The modal "can" is no predicate of its sentence (predicates.ts readAct), review of the consensus
 * branch's opposite-act table: WordNet's verb "can" (to tin; to dismiss) made the modal a
 * predicate whose vector stands near most verbs, so it named the act of another sentence's main
 * verb. Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainActsDiffer, readAct, sameAct } from '../src/compare/words/predicates.js';

test('the modal "can" names no act', () => {
  const a = readAct('The harbour board allowed the night ferries to Velmora on Friday.');
  const b = readAct('Tourists can visit the night ferries to Velmora, the harbour board said on Friday.');
  assert.ok(!b.preds.some((p) => p.lemma === 'can'), JSON.stringify(b.preds));
  assert.ok(mainActsDiffer(a, b, 0.5));
  assert.ok(!sameAct(a, b, 0.5));
  // The verb "can" itself is still read.
  assert.ok(readAct('The studio canned the Velmora series on Friday.').main.some((p) => p.lemma === 'can'));
});
