/**
 * The speed changes of issue #16 change how a value is computed, never the value: the unrolled
 * dot product gives the plain loop's sum to the last bit, tokenize's cache hands each caller an
 * array of its own, and the entailment test (no pair memo) answers the same however often and in
 * whatever order it is asked. Invented vectors and sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dot } from '../src/compare/words/embeddings.js';
import { tokenize } from '../src/compare/words/text.js';
import { Entailment } from '../src/compare/match/entail.js';
import { buildMatchContext, prepareSentence } from '../src/compare/match/match.js';

/** The plain loop dot() replaced: products added one by one in index order. */
function plainDot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let k = 0; k < a.length; k++) s += a[k] * b[k];
  return s;
}

/** A deterministic pseudo-random vector of n components (no Math.random: the test must repeat). */
function vector(seed: number, n: number): Float32Array {
  const v = new Float32Array(n);
  let x = seed * 2654435761 % 4294967296;
  for (let k = 0; k < n; k++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    v[k] = x / 2147483648 - 0.5;
  }
  return v;
}

test('dot is the plain loop to the last bit, for the table width and for lengths that leave a remainder', () => {
  for (const n of [100, 0, 1, 9, 10, 11, 37, 300]) {
    for (let s = 1; s <= 20; s++) {
      const a = vector(s, n);
      const b = vector(s + 101, n);
      assert.equal(Object.is(dot(a, b), plainDot(a, b)), true, `length ${n}, seed ${s}`);
    }
  }
});

test('tokenize: a cached answer is an array of its own, so a caller pushing onto it changes no later answer', () => {
  const text = 'The ferry Marisol docked at Tovrin harbour on Tuesday with 412 passengers.';
  const first = tokenize(text);
  const n = first.length;
  first.push(...tokenize('and two more words'));
  const again = tokenize(text);
  assert.equal(again.length, n);
  assert.notEqual(again, first);
  assert.deepEqual(again, tokenize(text));
  assert.deepEqual(again.map((t) => t.stem), first.slice(0, n).map((t) => t.stem));
});

test('tokenize: a text tokenized inside another keeps its own tokens (no shared pattern state)', () => {
  const a = tokenize('Harbour officials said 3.5 million tonnes passed through in 2024.');
  const b = tokenize('Harbour officials said 3.5 million tonnes passed through in 2024.');
  assert.deepEqual(a, b);
  assert.equal(a.find((t) => t.num && t.stem === '3500000')?.norm, '3.5');
});

test('entailment: the same coverage whatever the order the sentences are asked in', () => {
  const sentences = [
    'The harbour authority closed the northern terminal after the crane collapsed on Monday.',
    'A crane collapsed at the northern terminal on Monday, and the harbour authority shut it.',
    'Dock workers walked out to protest the closure of the terminal.',
    'The port stayed closed to cargo ships for two days.',
  ];
  const fresh = (): Entailment => {
    const ctx = buildMatchContext(sentences);
    for (const s of sentences) prepareSentence(s, ctx);
    return new Entailment(sentences, ctx);
  };
  const forward = fresh();
  const backward = fresh();
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < sentences.length; i++) for (let j = 0; j < sentences.length; j++) if (i !== j) pairs.push([i, j]);
  const ask = (e: Entailment, order: Array<[number, number]>): Map<string, unknown> => new Map(order.map(([i, j]) => [`${i}|${j}`, e.covered(i, [j])]));
  const a = ask(forward, pairs);
  const b = ask(backward, [...pairs].reverse());
  for (const [k, v] of a) assert.deepEqual(b.get(k), v, k);
  // Asked again, the same answers.
  for (const [k, v] of ask(forward, pairs)) assert.deepEqual(a.get(k), v, k);
  // The first two sentences report one fact in other words.
  assert.ok((a.get('1|0') as { whole: number }).whole > 0.5);
});
