/**
 * Timeline errors a fact-checker found reading real dossiers (issue #11, session 11), on
 * invented text: a deictic inside a quotation counted from when it was said; "ahead of … on
 * Wednesday" not sent back; baselines of a comparison ("from 590,000 the prior week", "unseen
 * since the 1960s"), open bounds ("after 2030") and fiscal-year labels ("Fiscal Year 2027") are
 * no entries; a bare month after "last summer" is last summer's year; a programme's name
 * ("… Tonight") is no date.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';

// 2026-02-12 is a Thursday.
function read(text: string, published: string | null = '2026-02-12'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const times = (a: AnnotatedArticle, t: string) => a.times.filter((x) => x.text === t);

function art(id: string, outlet: string, text: string, published: string | null = '2026-02-12'): Article {
  return { id, outlet, published, title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

test('a deictic inside a quotation counts from the day it was said, given outside the quotation', () => {
  const a = read('The mayor of Velmora said Tuesday: "Today we begin the repairs, and last night the pumps failed."');
  assert.equal(times(a, 'Today')[0]?.value, '2026-02-10');
  assert.equal(times(a, 'last night')[0]?.value, '2026-02-09');
  // The news lead dates the statement, the next sentence quotes it.
  const b = read('The Tessin ferry company announced the change on Monday. “Today, we are ending the night crossings,” it wrote.');
  assert.equal(times(b, 'Today')[0]?.value, '2026-02-09');
  // No day of speaking given: the publication date stands.
  const c = read('“We start the repairs tomorrow,” the mayor said.');
  assert.equal(times(c, 'tomorrow')[0]?.value, '2026-02-13');
  // Outside a quotation nothing moves.
  const d = read('The mayor spoke on Tuesday. Today the pumps are back.');
  assert.equal(times(d, 'Today')[0]?.value, '2026-02-12');
});

test('"ahead of" a dated event: ahead after a present clause, the nearer day after a past one', () => {
  // 2026-02-09 is a Monday.
  const a = read('Police are in place in Velmora ahead of the vote on Friday. Delegates arrived in Tessin ahead of a summit on Wednesday. Barriers were put up ahead of the march on Saturday.', '2026-02-09');
  assert.equal(times(a, 'Friday')[0]?.value, '2026-02-13');
  assert.equal(times(a, 'Wednesday')[0]?.value, '2026-02-11');
  assert.equal(times(a, 'Saturday')[0]?.value, '2026-02-07');
});

test('a bare month after "last summer" is in last summer\'s year', () => {
  const a = read('Early last summer the harbour towns saw riots on a scale few remembered. If, in May and June, you read only the Velmora papers, you would have missed them.', '2026-05-14');
  assert.equal(times(a, 'May')[0]?.value, '2025-05');
  assert.equal(times(a, 'June')[0]?.value, '2025-06');
  // A plan is still counted from the time of writing.
  const b = read('Last year was hard for the Tessin ferries. The company will reopen the line in May.', '2026-02-12');
  assert.equal(times(b, 'May')[0]?.value, '2026-05');
});

test('fiscal-year labels have no calendar value; a programme named "… Tonight" is no date', () => {
  const a = read('The request is part of the Fiscal Year 2027 budget and the FY2028 plan.');
  assert.deepEqual(a.times.map((t) => [t.text, t.value, t.timex]), [['Fiscal Year 2027', null, '2027'], ['FY2028', null, '2028']]);
  const b = read('The "Ardel Marsh Tonight" host said Monday that his show would go on.');
  assert.deepEqual(b.times.map((t) => t.text), ['Monday']);
});

test('baselines of a comparison and open bounds are no timeline entries', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'Claims for ferry refunds in Velmora fell 9,200 last week from 59,000 the prior week. The port deficit would begin shrinking after 2031, the harbour board said. Harbour crime rose on a scale unseen since the 1960s.'),
    art('a2', 'Harbour Post', 'Ferry refund claims in Velmora fell to 49,800 last week from a revised 59,000 a week earlier. The harbour board said the port deficit would start shrinking after 2031. Crime at the harbour rose on a scale not seen since the 1960s.'),
  ]).dossier;
  const dates = d.timeline.map((e) => e.date);
  // Last week (the ISO week before 2026-02-12's) stays; the week before it, 2031 and the 1960s do not.
  assert.ok(dates.includes('2026-02-02'), JSON.stringify(dates));
  assert.ok(!dates.includes('2026-01-26') && !dates.includes('2031') && !dates.includes('1960'), JSON.stringify(dates));
});

test('a deadline "until some point in October" lies either side (the nearer); "the landmark 1973 ruling" names an event', () => {
  const a = read('The harbour board reiterated that the Velmora ferries have until some point in March before the money runs out.', '2026-02-12');
  assert.equal(times(a, 'March')[0]?.value, '2026-03');
  const b = read('Tessin urged the court to overturn the landmark 1988 ruling on harbour dues.');
  assert.equal(times(b, '1988')[0]?.event, true);
});

test('the first month of a range takes the year written once for both; "the 1994 Velmora championships" names an event', () => {
  const a = read('The town will host the fair between June and August this year. Dues rose from May to July 2024.', '2026-01-18');
  assert.equal(times(a, 'June')[0]?.value, '2026-06');
  assert.equal(times(a, 'May')[0]?.value, '2024-05');
  const b = read('Tessin swimmers won 12 golds at the 1994 Velmora world championships. The committee of the Dec. 6-20 games met.');
  assert.equal(times(b, '1994')[0]?.event, true);
  assert.equal(times(b, 'Dec. 6')[0]?.event, true);
});

test('"still told today, 60 years later" is a span, not a date 60 years after publication', () => {
  const a = read('The Velmora flood is still told in schools today, 60 years later. The dock opened in 1990. Two years later it closed.', '1999-05-14');
  assert.deepEqual(times(a, '60 years later').map((t) => [t.kind, t.value]), [['duration', null]]);
  assert.equal(times(a, 'Two years later')[0]?.value, '1992');
});

test('tense cues that are not the clause\'s: "than expected", "would-be", "a plan to", a figure\'s month, a participle clause after the date', () => {
  // 2021-05-07 is a Friday.
  const a = read('Tessin added fewer jobs than expected in April. The rate would drop from March\'s 6% to 5.8%. Ferries left Velmora on Monday with would-be migrants.', '2021-05-07');
  assert.equal(times(a, 'April')[0]?.value, '2021-04');
  assert.equal(times(a, 'March')[0]?.value, '2021-03');
  assert.equal(times(a, 'Monday')[0]?.value, '2021-05-03');
  const b = read('The mayor discussed a plan to curb harbour crime at a press conference on Wednesday evening. Hackers claimed the attack that hit 200 Velmora firms Friday, demanding $70 million for the data to be returned.', '2021-06-24');
  assert.equal(times(b, 'Wednesday evening')[0]?.value, '2021-06-23');
  assert.equal(times(b, 'Friday')[0]?.value, '2021-06-18');
});

test('"this Sunday" in a past clause is the one just gone; a day an act was done on is not ahead', () => {
  const a = read('Thousands took to the streets of Velmora this Sunday. Ardel Marsh, a ferry pilot, died June 3, early in the outbreak. The holiday is celebrated on June 19.', '2021-05-31');
  assert.equal(times(a, 'this Sunday')[0]?.value, '2021-05-30');
  assert.equal(times(a, 'June 3')[0]?.value, '2020-06-03');
  assert.equal(times(a, 'June 19')[0]?.value, '2021-06-19');
  // A date set, not done, keeps its day ahead.
  const b = read('The vote was scheduled June 5. The deadline was extended to June 20.', '2021-05-31');
  assert.deepEqual([times(b, 'June 5')[0]?.value, times(b, 'June 20')[0]?.value], ['2021-06-05', '2021-06-20']);
});

