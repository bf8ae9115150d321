/**
 * Time expressions beyond calendar dates (invented sentences): tense and modality, quarters,
 * references ("now", "recently"), durations, sets, expressions anchored to another date, year
 * ranges, named events, and linear time on adversarial input.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

function read(text: string, published: string | null = '2026-02-12'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const time = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t);

// 2026-02-12 is a Thursday.
test('tense: scheduled and pending events resolve forward', () => {
  const a = read(
    'The senator is up for re-election in November. Sentencing set for June 12. ' +
      'An interview to be shown on Tuesday drew attention. The mayor faces a recall vote in May. ' +
      'Officials said on Tuesday that the budget passed in May.',
  );
  assert.equal(time(a, 'November')?.value, '2026-11');
  assert.equal(time(a, 'June 12')?.value, '2026-06-12');
  const tuesdays = a.times.filter((t) => t.text === 'Tuesday');
  assert.deepEqual(tuesdays.map((t) => [t.value, t.direction]), [['2026-02-17', 'future'], ['2026-02-10', 'past']]);
  const mays = a.times.filter((t) => t.text === 'May');
  assert.deepEqual(mays.map((t) => t.value), ['2026-05', '2025-05']);
});

test('quarters, halves and seasons: TIMEX3 values, no calendar value', () => {
  const a = read('Third-quarter profit rose. In the fourth quarter sales fell, and in the first half of 2024 they rose. This summer will be busy.');
  assert.deepEqual([time(a, 'Third-quarter')?.timex, time(a, 'Third-quarter')?.value], ['2025-Q3', null]);
  assert.equal(time(a, 'the fourth quarter')?.timex, '2025-Q4'); // reported in February: last year's
  assert.equal(time(a, 'the first half of 2024')?.timex, '2024-H1');
  assert.equal(time(a, 'This summer')?.timex, '2026-SU');
  const b = read('The deal will close by year-end; sales in the current year rose.');
  assert.deepEqual([time(b, 'year-end')?.value, time(b, 'the current year')?.value], ['2026-12-31', '2026']);
});

test('references, durations and sets are their own kinds', () => {
  const a = read('The port is now closed and currently empty; it was recently dredged. It took three years, the past decade was hard, and the ferry runs every Thursday and $5 million a year.');
  assert.deepEqual([time(a, 'now')?.kind, time(a, 'now')?.timex], ['date', 'PRESENT_REF']);
  assert.equal(time(a, 'currently')?.timex, 'PRESENT_REF');
  assert.equal(time(a, 'recently')?.timex, 'PAST_REF');
  assert.deepEqual([time(a, 'three years')?.kind, time(a, 'three years')?.timex, time(a, 'three years')?.value], ['duration', 'P3Y', null]);
  assert.equal(time(a, 'the past decade')?.timex, 'P10Y');
  assert.deepEqual([time(a, 'every Thursday')?.kind, time(a, 'every Thursday')?.timex], ['set', 'XXXX-WXX-4']);
  assert.deepEqual([time(a, 'a year')?.kind, time(a, 'a year')?.timex], ['set', 'P1Y']);
});

test('anchored: relative to the last date the text named, without drift', () => {
  const a = read('The plant closed on March 3, 2024. A year earlier it had been sold, and the following week it reopened. Profit fell in the third quarter from a year earlier.');
  const first = a.times.find((t) => t.text === 'A year earlier')!;
  assert.deepEqual([first.timex, first.value, first.anchor], ['2023-03-03', '2023-03-03', 'text']);
  // Anchored to the named date, not to "A year earlier" (no chaining).
  assert.equal(time(a, 'the following week')?.timex, '2024-W10'); // 2024-03-03 is the Sunday ending W09
  const second = a.times.filter((t) => t.text === 'a year earlier')[0];
  assert.equal(second.timex, '2024-Q3'); // the quarter a year back
});

test('weeks, weekends, year ranges and times of day', () => {
  const a = read('Over the weekend, crews worked. Last week the 2009-2010 budget passed; the vote came at 10 p.m. Wednesday and this morning.');
  assert.equal(time(a, 'the weekend')?.timex, '2026-W06-WE');
  assert.deepEqual([time(a, 'Last week')?.timex, time(a, 'Last week')?.value], ['2026-W06', '2026-02-02']);
  assert.deepEqual([time(a, '2009')?.value, time(a, '2010')?.value], ['2009', '2010']);
  assert.deepEqual([time(a, '10 p.m. Wednesday')?.kind, time(a, '10 p.m. Wednesday')?.timex, time(a, '10 p.m. Wednesday')?.value], ['time', '2026-02-11T22:00', '2026-02-11']);
  assert.equal(time(a, 'this morning')?.timex, '2026-02-12TMO');
});

test('named events and anniversaries are marked, not taken as the date of the report', () => {
  const a = read('Since the Sept. 11 attacks, security has tightened. Crowds marked the anniversary of the March 2011 uprising. The talks resumed on Monday.');
  assert.equal(time(a, 'Sept. 11')?.event, true);
  assert.equal(time(a, 'March 2011')?.event, true);
  assert.equal(time(a, 'Monday')?.event, false);
  const b = read('In 2003 war broke out.');
  assert.equal(time(b, '2003')?.event, false);
});

test('spans stay exact and the scan is linear on adversarial input', () => {
  const a = read('In the third quarter of 2025 and in mid-1996, nineteen ninety-six, the 1990s and the 20th century.');
  for (const t of a.times) assert.equal(a.text.slice(t.start, t.end), t.text);
  // Long runs of trigger words and digits: the cost grows with the length, not its square.
  const cost = (n: number) => {
    const text = 'the past the next a few several '.repeat(n) + '1999-'.repeat(n) + 'nineteen '.repeat(n) + 'May' + ' '.repeat(20 * n) + '2020, ' + 'a '.repeat(n);
    const t0 = process.hrtime.bigint();
    read(text);
    return Number(process.hrtime.bigint() - t0);
  };
  cost(200);
  const small = Math.min(cost(500), cost(500));
  const large = Math.min(cost(4000), cost(4000));
  assert.ok(large / small < 24, `8x input cost ${(large / small).toFixed(1)}x`);
});

test('direction: arrangements, starts and deadlines look ahead; a reporting frame after a comma does not decide', () => {
  // Thursday 2026-02-12.
  const a = read('The envoy is heading to Algiers beginning Monday, aides said. The embassy stays shut until Saturday.');
  assert.deepEqual([time(a, 'Monday')?.value, time(a, 'Monday')?.direction], ['2026-02-16', 'future']);
  assert.equal(time(a, 'Saturday')?.value, '2026-02-14');
  // An open start with no tense of its own: the nearer side ("effective March 2" read in February).
  assert.equal(time(read('The new fares apply effective March 2.'), 'March 2')?.value, '2026-03-02');
  // The past participle after a modal's "be" is not a past tense; nor an adjective after "a".
  assert.equal(time(read('The bonus would be paid on a still unspecified date in January.'), 'January')?.value, '2027-01');
  // A finite past verb still decides, and a weekday with it is the last one.
  const b = read('The strike, which began Monday, ended on Tuesday, the union said.');
  assert.deepEqual([time(b, 'Monday')?.value, time(b, 'Tuesday')?.value], ['2026-02-09', '2026-02-10']);
  // Not every progressive is a plan: what goes on now keeps the news default.
  assert.equal(time(read('The group is continuing talks under a June accord.'), 'June')?.value, '2025-06');
  assert.equal(time(read('Women will march this coming Sunday.'), 'this coming Sunday')?.value, '2026-02-15');
});

test('results reports: comparisons with the period reported on, the current quarter, the last half of a year', () => {
  const a = read(
    'Net income in the third quarter rose to $5 million from $4 million a year ago. Sales were $9 million, compared with $8 million a year earlier. ' +
      'A year ago, the bank was smaller. The year-earlier results were restated. Sales in the current quarter began well, and the last half of 2025 was weak.',
    '2025-10-28',
  );
  const years = a.times.filter((t) => /year (?:ago|earlier)|year-earlier/i.test(t.text)).map((t) => [t.text, t.timex]);
  assert.deepEqual(years, [
    ['a year ago', '2024-Q3'], // the quarter named in the same sentence, a year back
    ['a year earlier', '2024-Q3'], // not a year before "a year ago"
    ['A year ago', '2024-Q3'], // the quarter was named in the sentence before
    ['year-earlier', '2024'], // no quarter in this sentence or the one before: the year
  ]);
  assert.equal(time(a, 'the current quarter')?.timex, '2025-Q4');
  assert.equal(time(a, 'the last half of 2025')?.timex, '2025-H2');
});

test('a contrasted quarter is not the one reported on; "one day" after a modal is the future', () => {
  const a = read('Third-quarter profit rose 20%. After a flat second quarter, margins widened. In the year-earlier period, charges were taken.', '2025-10-28');
  assert.equal(time(a, 'second quarter')?.timex, '2025-Q2');
  assert.equal(time(a, 'the year-earlier period')?.timex, '2024-Q3');
  assert.equal(time(read('Robots will one day replace cashiers.'), 'one day')?.timex, 'FUTURE_REF');
  assert.equal(time(read('The strike lasted one day.'), 'one day')?.timex, 'P1D');
});
