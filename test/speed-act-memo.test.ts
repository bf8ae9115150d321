/**
 * readAct answers a text it has read before from memory (src/compare/words/predicates.ts actMemo;
 * issue #16, start-up: the example's dossier asks 206 readings of 84 texts). Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readAct } from '../src/compare/words/predicates.js';

test('the same text read twice gives the one reading, made once', () => {
  const text = 'Harbour police arrested the ferry captain Oren Lasko on Friday after the collision.';
  const first = readAct(text);
  assert.deepEqual(first.main.map((p) => p.lemma), ['arrest']);
  assert.equal(readAct(text), first);
  // Another text is read for itself.
  const other = readAct('The ferry company suspended the night crossings to Velmora.');
  assert.notEqual(other, first);
  assert.deepEqual(other.main.map((p) => p.lemma), ['suspend']);
});

test('past its bound the memo starts again and every reading stays right', () => {
  const lemmas = new Map<string, string[]>();
  for (let i = 0; i < 5_500; i++) {
    const text = `The ferry company suspended crossing number ${i} to Velmora.`;
    const r = readAct(text);
    if (i % 250 === 0) lemmas.set(text, r.main.map((p) => p.lemma));
  }
  for (const [text, main] of lemmas) assert.deepEqual(readAct(text).main.map((p) => p.lemma), main, text);
});

test('the memo holds at most its bound: a text read before 5,000 others is read again (a long-running server stays bounded)', () => {
  // Review of session 30: ACT_MEMO_MAX (5,000 texts) is what keeps `parallax serve`'s memory flat.
  // Whatever the memo held before, 5,000 new texts read after this one empty it at least once, so
  // the reading asked again is a new object (equal to the first).
  const text = 'The harbour board closed the eastern quay to cargo ships after the storm.';
  const first = readAct(text);
  for (let i = 0; i < 5_000; i++) readAct(`The harbour board reopened berth number ${i} to ferries.`);
  const again = readAct(text);
  assert.notEqual(again, first);
  assert.deepEqual(again, first);
});
