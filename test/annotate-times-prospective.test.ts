/**
 * Days whose direction session 19's unseen reading found wrong, on invented text
 * (src/annotate/times/tense.ts FUTURE, rules.ts relative): a bare weekday in the infinitive of a
 * promise, a readiness or an expectation lies ahead of a past report; "this past week" written
 * on a Sunday is the week ending that day.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published: string): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const values = (a: AnnotatedArticle) => a.times.map((x) => `${x.text}=${x.value}`);

// 2026-10-03 is a Saturday.
test('a weekday in the infinitive of a promise or an expectation lies ahead of the past report', () => {
  assert.deepEqual(values(read('Council leaders said they were prepared to meet Wednesday.', '2026-10-03')), ['Wednesday=2026-10-07']);
  assert.deepEqual(values(read('The speaker said he expected members to depart Sunday.', '2026-10-03')), ['Sunday=2026-10-04']);
  // A comparison with a forecast tells of what happened: "more than expected" stays past.
  assert.deepEqual(values(read('Shares rose more than expected to close Friday at a high.', '2026-10-03')), ['Friday=2026-10-02']);
  // An agreement's act is as often done since: left to the clause.
  assert.deepEqual(values(read('The two firms agreed to merge Monday.', '2026-10-03')), ['Monday=2026-09-28']);
});

// 2026-07-26 is a Sunday.
test('"this past week" written on a Sunday is the week ending that day', () => {
  assert.deepEqual(values(read('Ferry fares rose this past week.', '2026-07-26')), ['this past week=2026-07-20']);
  assert.deepEqual(values(read('Ferry fares rose last week.', '2026-07-26')), ['last week=2026-07-13']);
  assert.deepEqual(values(read('Ferry fares rose this past week.', '2026-07-22')), ['this past week=2026-07-13']);
});

// 2026-10-04 is a Sunday.
test('an irregular participle after its noun dates a done act, after a governing "wants to" or "should"', () => {
  assert.deepEqual(values(read('Police want to trace a car seen near the harbour on Friday.', '2026-10-04')), ['Friday=2026-10-02']);
  assert.deepEqual(values(read('The council should reconsider the decision taken on Monday.', '2026-10-04')), ['Monday=2026-09-28']);
  // After "be" the participle is a passive of the future clause.
  assert.deepEqual(values(read('The decision will be taken on Monday.', '2026-10-04')), ['Monday=2026-10-05']);
  assert.deepEqual(values(read('The union wants to hold a strike on Tuesday.', '2026-10-04')), ['Tuesday=2026-10-06']);
});

// 2026-10-04 is a Sunday.
test('a possessive weekday that is the object of an appeal or an inquiry lies behind, whatever future governs it', () => {
  assert.deepEqual(values(read('The firm is likely to appeal against Friday\'s ruling.', '2026-10-04')), ['Friday=2026-10-02']);
  assert.deepEqual(values(read('Regulators should investigate Friday\'s crash.', '2026-10-04')), ['Friday=2026-10-02']);
  // Not an act that may come first: "will contest Tuesday's election" is standing in it.
  assert.deepEqual(values(read('Kovac will contest Tuesday\'s election.', '2026-10-04')), ['Tuesday=2026-10-06']);
});
