/**
 * Two date readings from session 26's unseen reading, on invented text: a spoken day of the month
 * ("August the 31st", rules.ts) is that day, not the month alone; and a weekday naming a deadline
 * ("races against a Tuesday deadline", tense.ts WEEKDAY_DEADLINE_AFTER) is the nearer such day,
 * not the one before whatever past verb the sentence holds; and a quarter named by its months ("the
 * April-to-June quarter") is that quarter.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';

const times = (text: string, published = '2026-08-24'): string[] =>
  annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] }).times.map((x) => `${x.text}=${x.value}`);

test('"Month the Nth" is a day of the month; a unit\'s ordinal is not', () => {
  assert.deepEqual(times('The minister said the pullout from Velmora would end on August the 31st.'), ['August the 31st=2026-08-31']);
  assert.deepEqual(times('The harbour closed on March the fifteenth, 2024.'), ['March the fifteenth, 2024=2024-03-15']);
  assert.deepEqual(times('In June the 3rd Battalion left Velmora.'), ['June=2026-06']);
});

test('a weekday naming a deadline is the nearer such day; a missed one stays behind', () => {
  // Published Monday 2026-08-24: the coming Tuesday is the 25th, the last one the 18th.
  assert.ok(times('Guards shot down two rockets on Monday morning as the garrison races against a Tuesday deadline.').includes('Tuesday=2026-08-25'));
  assert.ok(times('The ferry union faced a Tuesday deadline to accept the offer.').includes('Tuesday=2026-08-25'));
  // A clause with no tense cue reads the deadline so too.
  assert.ok(times('The ferry union races against a Tuesday deadline to accept the offer.').includes('Tuesday=2026-08-25'));
  assert.ok(times('The ferry union missed a Tuesday deadline to accept the offer.').includes('Tuesday=2026-08-18'));
  // Another occasion keeps the clause's tense.
  assert.ok(times('Officials criticised the Sunday vote.').includes('Sunday=2026-08-23'));
});

test('a quarter named by its months is that quarter, not its first month (session 26)', () => {
  const quarters = (text: string): string[] =>
    annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published: '2026-07-29', authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] }).times.map((x) => `${x.text}=${x.value ?? x.timex}`);
  assert.deepEqual(quarters('Velmora’s economy grew 6.5% in the April-to-June quarter.'), ['the April-to-June quarter=2026-Q2']);
  assert.deepEqual(quarters('Harbour traffic fell in the July-September period of 2025.'), ['the July-September period of 2025=2025-Q3']);
  // Months that bound no calendar quarter stay months.
  assert.ok(quarters('Harbour traffic fell in the November-to-January period.').includes('November=2025-11'));
});
