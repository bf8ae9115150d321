/**
 * The day and place each fact sentence tells of (dates.ts sentenceTimes, places.ts
 * sentencePlaces) are read in time linear in the article: each sentence looks up its own place
 * mentions and time expressions through a per-article index, not by scanning all of the
 * article's (sentences × mentions, quadratic). Invented article; the reads of the article's
 * mention and time lists are counted (a count, not a clock: the same on any machine).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sentenceTimes } from '../src/compare/facts/dates.js';
import { sentencePlaces } from '../src/compare/facts/places.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

test('places and days of 2,000 sentences read each mention a bounded number of times, and still read', () => {
  const n = 2_000;
  const line = 'Dalvik closed the port on Monday. ';
  const text = line.repeat(n);
  const mentions: unknown[] = [];
  const times: unknown[] = [];
  for (let k = 0; k < n; k++) {
    const at = k * line.length;
    mentions.push({ type: 'place', start: at, end: at + 6, text: 'Dalvik' });
    const on = at + line.indexOf('Monday');
    times.push({ kind: 'date', start: on, end: on + 6, value: '2026-03-02', precision: 'day', relative: false });
  }
  let reads = 0;
  const counted = (xs: unknown[]): unknown[] =>
    new Proxy(xs, {
      get(target, key, receiver) {
        if (typeof key === 'string' && /^\d+$/.test(key)) reads++;
        return Reflect.get(target, key, receiver) as unknown;
      },
    });
  const a = { id: 'a', text, published: '2026-03-03', mentions: counted(mentions), times: counted(times) } as unknown as AnnotatedArticle;
  let places = 0;
  let days = 0;
  for (let k = 0; k < n; k++) {
    const s = k * line.length;
    places += sentencePlaces(a, s, s + line.length - 1).length;
    days += sentenceTimes(a, s, s + line.length - 1).dates.length;
  }
  assert.equal(places, n, 'each sentence is about Dalvik');
  assert.equal(days, n, 'each sentence tells of Monday');
  // Linear: each mention and expression read a few times; the scan read each once per sentence.
  assert.ok(reads <= 10 * 2 * n, `${reads} reads of ${2 * n} items`);
});
