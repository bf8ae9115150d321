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
