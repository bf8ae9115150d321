/**
 * Quarters referred back to, and bodies named after an event (issue #11, session 13), on
 * invented text: "the latest quarter" is the quarter the report named; a quarter still ahead,
 * named outside a past clause, is a forecast and not what "the quarter" means; a fiscal quarter
 * referred back to is "YYYY-QX" (its calendar quarter is not said); "the Jan. 6 committee", "a
 * 2001 conspirator" are named after an event, which is past.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published: string): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const timex = (a: AnnotatedArticle, t: string, n = 0) => a.times.filter((x) => x.text === t)[n]?.timex;
const time = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t);

test('"the latest period" is the quarter the report named', () => {
  // Published in November: the last calendar quarter completed is Q3, but the report is of Q4.
  const a = read('Velmora Foods reported a 47% decline in fourth-quarter earnings. Sales in the latest period were $1.7 billion.', '1999-11-02');
  assert.equal(timex(a, 'the latest period'), '1999-Q4');
});

test('a quarter still ahead, named outside a past clause, is not the quarter reported', () => {
  const forecast = 'Tessin Mutual said third-quarter net income fell 22%. The insurer has no estimate of the storm\'s impact on fourth-quarter results.';
  assert.equal(timex(read(`${forecast} In the latest quarter, Tessin had a $23 million loss on its ferry line.`, '1999-10-30'), 'the latest quarter'), '1999-Q3');
  assert.equal(timex(read(`${forecast} During the quarter, Tessin sold two ferries.`, '1999-10-30'), 'the quarter'), '1999-Q3');
  // Named in a past clause, a quarter not yet over is the one reported ("reported a 47%
  // decline in fourth-quarter earnings", the fiscal quarter ended Sept. 30).
  assert.equal(timex(read('Velmora Foods reported a decline in fourth-quarter earnings. During the quarter, it sold two mills.', '1999-11-02'), 'the quarter'), '1999-Q4');
});

test('a fiscal quarter referred back to has no calendar quarter', () => {
  const a = read('Velmora Air earnings soared 33% in the fiscal first quarter. For the quarter ended Sept. 30, Velmora Air posted net income of $133 million.', '1999-10-26');
  assert.equal(timex(a, 'the fiscal first quarter'), '1999-Q1');
  assert.equal(timex(a, 'the quarter'), '1999-QX');
  // A calendar quarter is referred back to as itself.
  const b = read('Velmora Air earnings soared 33% in the third quarter. During the quarter, it added routes.', '1999-10-26');
  assert.equal(timex(b, 'the quarter'), '1999-Q3');
});

test('a body or a group named after an event is named by a past event', () => {
  const a = read('Democrats had less power than in the failed Jan. 6 commission. He was a 2001 conspirator.', '2026-10-08');
  const jan = time(a, 'Jan. 6');
  assert.ok(jan?.event, JSON.stringify(jan));
  assert.equal(jan?.value, '2026-01-06');
  assert.ok(time(a, '2001')?.event);
  // A hearing is held on its date; a committee's report is dated by its year.
  const b = read('The March 3 hearing was delayed. The 2019 committee report was read.', '2026-10-08');
  assert.ok(!time(b, 'March 3')?.event);
  assert.ok(!time(b, '2019')?.event);
});
