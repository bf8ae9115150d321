/**
 * A fraction before "a million" and the like scales it (src/annotate/quantities.ts): "half a
 * million people" is 500,000, not "a million". Read alone, it met another report's "500,000
 * people" as a false contradiction. Invented sentences only.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';

const figures = (text: string) =>
  annotate({ id: 't', file: null, outlet: null, url: null, title: null, published: '2024-03-04', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] })
    .quantities.map((q) => ({ text: q.text, value: q.value }));

test('a fraction before "a million" scales it', () => {
  assert.deepEqual(figures('Half a million people fled the Selen valley.'), [{ text: 'Half a million', value: 500000 }]);
  assert.deepEqual(figures('About a quarter of a million people fled the Selen valley.'), [{ text: 'a quarter of a million', value: 250000 }]);
  assert.deepEqual(figures('Three quarters of a million people fled the Selen valley.'), [{ text: 'Three quarters of a million', value: 750000 }]);
  // A third of it is no round figure: no figure rather than a wrong one.
  assert.ok(!figures('A third of a million people fled the Selen valley.').some((q) => q.value === 1000000));
  // A figure without a fraction before it is untouched.
  assert.deepEqual(figures('Some 2 million people fled and a million stayed.').map((q) => q.value), [2000000, 1000000]);
});
