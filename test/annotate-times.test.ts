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

test('month words that are names are not months', () => {
  // Thursday 2026-02-12.
  const a = read('Theresa May said the vote would pass. Prime Minister May met the envoy. Talks between Jansen and May ended. He wrote to May again. April Ryan asked a question. Mrs. May resigned.');
  assert.deepEqual(a.times.filter((t) => /^(?:May|April)$/.test(t.text)).map((t) => t.text), []);
  // Months stay months: after a time preposition, in a range, or before a lower-case word.
  const b = read('The deal was signed in May. Prices rose from March to May. In April Acme shipped phones. April was wet. Prices rose 1% from May.');
  assert.deepEqual(b.times.map((t) => [t.text, t.value]), [['May', '2025-05'], ['March', '2025-03'], ['May', '2025-05'], ['April', '2025-04'], ['April', '2025-04'], ['May', '2025-05']]);
  assert.equal(read('The crisis is the worst since the fall of the Soviet Union.').times.length, 0);
});

test('anaphoric "that year", "later that day", "the same month" take the period of the last date named', () => {
  const a = read('The museum opened in 1998. That year it drew crowds, and later that year its director left. On May 3, 2001, the roof fell in. That day, rain fell; the same month it closed.');
  assert.deepEqual(
    a.times.filter((t) => t.anchor === 'text').map((t) => [t.text, t.value, t.precision]),
    [['That year', '1998', 'year'], ['later that year', '1998', 'year'], ['That day', '2001-05-03', 'day'], ['the same month', '2001-05', 'month']],
  );
  // No date named before it, or only a coarser one: no value to give, so no expression.
  assert.equal(time(read('Traders lost money on deals made that day.'), 'that day'), undefined);
  assert.equal(time(read('It was built in 1990 and that day is remembered.'), 'that day'), undefined);
  assert.equal(time(read('The 1997 survey data were analysed in December of that year.'), 'December of that year')?.value, '1997-12');
  assert.equal(time(read('The agency on Friday proposed new rules.', '2026-02-16'), 'Friday')?.value, '2026-02-13');
  // "not … until Nov. 30" dates an event: "that day" is that day.
  assert.equal(time(read('He was held for a month but not arrested until Nov. 30. On that day two others were seized.'), 'that day')?.value, '2025-11-30');
  // The time a source spoke and the bound of a period do not become the reference date.
  const b = read('The plant opened in 2019, the company said on Tuesday. That year it hired 200 people. Output is the highest since March 2020; that year was weak.');
  assert.deepEqual(b.times.filter((t) => /that year/i.test(t.text)).map((t) => t.value), ['2019', '2019']);
});

test('last and next weekdays skip the adjacent day; "this past" and "this coming" do not', () => {
  // Friday 2026-02-13.
  const a = read('Last Thursday the court ruled. This past Thursday it rained. Last Monday he left. The fair opens next Saturday; the show opens this coming Saturday.', '2026-02-13');
  assert.deepEqual(
    a.times.map((t) => [t.text, t.value]),
    [['Last Thursday', '2026-02-05'], ['This past Thursday', '2026-02-12'], ['Last Monday', '2026-02-09'], ['next Saturday', '2026-02-21'], ['this coming Saturday', '2026-02-14']],
  );
  // Months alike: "last May" written in June is a year before (the month just ended is "last month").
  const b = read('He was killed last May; the firm opened last March.', '2026-06-20');
  assert.deepEqual(b.times.map((t) => t.value), ['2025-05', '2026-03']);
});

test('modals, anticipation and one day per weekday name decide the direction', () => {
  // Monday 2021-05-10 (an invented date for the sentences below).
  const a = read('Teens could qualify for shots as soon as Thursday, after the Wednesday meeting of a panel. The figure would have been flat from the revised March level.', '2021-05-10');
  assert.deepEqual([time(a, 'Thursday')?.value, time(a, 'Wednesday')?.value, time(a, 'March')?.value], ['2021-05-13', '2021-05-12', '2021-03']);
  assert.equal(a.times.some((t) => t.text === 'soon'), false);
  assert.equal(time(read('He could not be reached Monday.', '2021-05-12'), 'Monday')?.value, '2021-05-10');
  // An infinitive leaves the direction open only when no past verb stands nearer the date.
  assert.equal(time(read('After Rome refused to hand over the rebel, the government collapsed Wednesday.', '2021-05-09'), 'Wednesday')?.value, '2021-05-05');
  assert.equal(time(read('The firm agreed to buy the plant in February.', '2026-01-20'), 'February')?.value, '2026-02');
  // Thursday 2026-02-12: an untensed "Friday" is the coming one when the article's tensed
  // "Friday" is; "ahead of" looks ahead.
  const b = read('Fearing a low turnout in a key election Friday, clerics urged a vote. Voters will choose a council Friday. Turnout in an election Saturday was low.');
  assert.deepEqual(b.times.filter((t) => t.text === 'Friday').map((t) => [t.value, t.direction]), [['2026-02-13', 'future'], ['2026-02-13', 'future']]);
  assert.equal(time(b, 'Saturday')?.value, '2026-02-07');
  // After the date an epistemic modal comments on consequences; "since" looks back.
  assert.equal(time(read('The decision Thursday could push the law further.', '2026-02-13'), 'Thursday')?.value, '2026-02-12');
  assert.equal(time(read('Rebels were allowed to seize three towns since Friday.', '2026-02-11'), 'Friday')?.value, '2026-02-06');
  // A noun the text calls planned keeps its own time; "June 1 last year" is one expression.
  assert.equal(time(read('The seizure took place on the eve of Saturday\'s expected vote.'), 'Saturday')?.value, '2026-02-14');
  assert.equal(time(read('The plane crashed on June 1 last year.'), 'June 1 last year')?.value, '2025-06-01');
  // Sunday 2026-02-15: what will happen "this week" happens in the week that starts tomorrow.
  assert.equal(time(read('The president will host the family this week.', '2026-02-15'), 'this week')?.value, '2026-02-16');
});

test('named events through a whole noun phrase keep no tense of their own', () => {
  const a = read('A commission into the Jan. 6 Capitol riot would be created. Leaders cited the 1979 Islamic Revolution and the deadly 2004 Indian Ocean tsunami. In 2003 war broke out. The shuttle "Today" aired.');
  assert.deepEqual([time(a, 'Jan. 6')?.event, time(a, 'Jan. 6')?.value, time(a, 'Jan. 6')?.direction], [true, '2026-01-06', null]);
  assert.equal(time(a, '1979')?.event, true);
  assert.equal(time(a, '2004')?.event, true);
  assert.equal(time(a, '2003')?.event, false);
  assert.equal(time(a, 'Today'), undefined);
  // A count before a clause is a duration, not a date.
  assert.equal(time(read('The move comes a month after Acme cut flights.'), 'a month')?.kind, 'duration');
});

test('timetabled presents and publication issues: future weekdays are not put in the past', () => {
  // Thursday 2026-02-12.
  const a = read('The network said the interview begins airing Monday. The new rules take effect Friday. It had been due to expire Friday evening.');
  assert.deepEqual(a.times.filter((t) => t.text === 'Monday').map((t) => [t.value, t.direction]), [['2026-02-16', 'future']]);
  assert.equal(time(a, 'Friday')?.value, '2026-02-13');
  // A plan seen from after it: the past perfect puts the plan, not its date, in the past (the
  // plan was overtaken), so the nearest Friday either side: tomorrow's, written on a Thursday.
  assert.deepEqual([time(a, 'Friday evening')?.value, time(a, 'Friday evening')?.direction], ['2026-02-13', null]);
  // An issue of a publication: the nearest one (a weekly dated ahead), unless a past verb places it.
  const b = read('The study, published in Saturday\'s Lancet, was small. The letter ran in Monday\'s edition of the paper.');
  assert.equal(time(b, 'Saturday')?.value, '2026-02-14');
  assert.equal(time(b, 'Monday')?.value, '2026-02-09');
  // An event, not an issue: the clause's tense decides.
  assert.equal(time(read('She won in Tuesday\'s Iowa caucuses.'), 'Tuesday')?.value, '2026-02-10');
});

test('a wire dateline dates the story: "today" and "yesterday" count from it, not from a later stamp', () => {
  const text = 'HALVAR, Dalvenia, February 10 (Kestrel) -- The minister said today that talks ended yesterday and resume Friday.';
  const a = read(text, '2026-02-11');
  assert.deepEqual([time(a, 'today')?.value, time(a, 'yesterday')?.value, time(a, 'Friday')?.value], ['2026-02-10', '2026-02-09', '2026-02-13']);
  // A dateline far from the stamp is not trusted as the filing day; a year makes it complete.
  assert.equal(time(read(text, '2026-03-30'), 'today')?.value, '2026-03-30');
  assert.equal(time(read('HALVAR, Feb. 9, 2026 /Kestrel/ -- Prices rose today.', null), 'today')?.value, '2026-02-09');
  // No dateline: the publication date.
  assert.equal(time(read('The minister said today that talks ended.', '2026-02-11'), 'today')?.value, '2026-02-11');
});

test('named events: a comma after the year, an "of" complement; the day of a commemoration is the report\'s', () => {
  const a = read('The memorial honours victims of the Sept. 11, 2001, attacks. It was the worst since the blaze of June 2019.');
  assert.equal(time(a, 'Sept. 11, 2001')?.event, true);
  assert.equal(time(a, 'June 2019')?.event, true);
  const b = read('Thursday marks the 25th anniversary of the attacks. A memorial service was held on Friday. Crowds marked the anniversary of the Oct. 7 attack.');
  assert.equal(time(b, 'Thursday')?.event, false);
  assert.equal(time(b, 'Friday')?.event, false);
  assert.equal(time(b, 'Oct. 7')?.event, true);
});

test('four digits that are a clock time or a number naming a thing are not years', () => {
  const a = read('Shelling began at midnight (2000 GMT) on Friday, officials said. Letters go to P.O. Box 2007 in Halvar. The ferries left in 1999 after the strike. Flight 1998 landed at 1800 hours.', '2026-02-12');
  for (const t of ['2000', '2007', '1998', '1800']) assert.equal(time(a, t), undefined, `"${t}" is not a year`);
  assert.equal(time(a, '1999')?.value, '1999', '"in 1999" is a year');
});

test('a day without a year, in a chronicle of a past year, takes the narrative year', () => {
  const a = read(
    'The Ardel river campaign began on March 20, 1953, when the northern army reached the fords. ' +
      'On May 3, the army crossed the river. On June 9, it took the valley towns. ' +
      'The following year, the treaty was signed on August 2. ' +
      'Last week the town unveiled a memorial, and the council will meet on May 3 to name the square.',
  );
  const mays = a.times.filter((t) => t.text === 'May 3');
  assert.deepEqual(mays.map((t) => t.value), ['1953-05-03', '2026-05-03']);
  assert.equal(time(a, 'June 9')?.value, '1953-06-09');
  assert.equal(time(a, 'August 2')?.value, '1954-08-02');
  // A date inside a later sentence, after one in the present, is the time of writing again;
  // a bare month is never read in the narrative ("a surplus in July" after "July 1999").
  const b = read('The fleet sailed on March 20, 1953. The museum says the logbook shows its route. Its last captain wrote to the museum on November 3 that the log was complete.');
  assert.equal(time(b, 'November 3')?.value, '2025-11-03');
  const c = read('The deficit was $25 billion on July 31, 1999. The government posted a surplus in July.', '2000-08-18');
  assert.equal(time(c, 'July')?.value, '2000-07');
});

test('a weekday naming a body after "the" is part of its name, not a date ("the Sunday Courier")', () => {
  const a = read('Officials told the Sunday Courier of Vellmar that the harbour would reopen. The port authority met on Sunday to decide.');
  const days = a.times.filter((x) => x.text === 'Sunday');
  assert.equal(days.length, 1, 'only the meeting day is a date');
  assert.ok(a.text.slice(days[0].start - 3, days[0].start) === 'on ');
  const b = read('On Sunday Vellmar Shipping said the harbour would reopen.');
  assert.ok(time(b, 'Sunday'), 'without a determiner the weekday dates the act');
});

test('a plan seen from after it gives no direction; a modal perfect stays past', () => {
  // Thursday 2026-02-12. The law was extended before the date it had been set to expire on.
  const a = read('The old law, which had been set to expire Friday, was extended on Wednesday.');
  assert.equal(time(a, 'Friday')?.value, '2026-02-13');
  // Read on the Saturday after, the same words are the day before.
  assert.equal(time(read('The truce had been due to expire Friday.', '2026-02-14'), 'Friday')?.value, '2026-02-13');
  // "was to have opened in March": the nearer March (next month), not last year's.
  assert.equal(time(read('The bridge was to have opened in March.'), 'March')?.value, '2026-03');
  // The modal perfect looks back.
  assert.equal(time(read('The minister may have left on Tuesday.'), 'Tuesday')?.value, '2026-02-10');
});

test('a bare month in a clause whose verb is an irregular past lies behind publication', () => {
  // February 2026: "In May, the firm withdrew" is May 2025, not the coming May.
  const a = read('In May, the firm withdrew its offer. The town rebuilt the bridge in October. The board will meet in May.');
  assert.deepEqual(a.times.map((t) => [t.text, t.value]), [['May', '2025-05'], ['October', '2025-10'], ['May', '2026-05']]);
});

test('a fiscal year keeps its TimeML number but has no calendar value', () => {
  const a = read('The fiscal 2027 budget was passed. Spending in the 2026 fiscal year fell. Output rose in 2025.');
  assert.deepEqual(a.times.map((t) => [t.text, t.timex, t.value]), [['fiscal 2027', '2027', null], ['2026', '2026', null], ['2025', '2025', '2025']]);
});

test('"last year\'s quarter" is the quarter reported on, a year back', () => {
  // Written in February 2026: the third quarter reported in the past tense is 2025's.
  const a = read('Sales in the third quarter rose to $14 million. Sales for last year\'s quarter were $11 million.');
  assert.equal(time(a, 'the third quarter')?.timex, '2025-Q3');
  assert.equal(time(a, "last year's quarter")?.timex, '2024-Q3');
});

test('the present of "be" before a date places the event ahead; "a decade later" counts from the reference date', () => {
  // Thursday 2026-02-12.
  assert.equal(time(read('The vote is Tuesday.'), 'Tuesday')?.value, '2026-02-17');
  assert.equal(time(read('The funeral is on Saturday.'), 'Saturday')?.value, '2026-02-14');
  assert.equal(time(read('Elections are in May.'), 'May')?.value, '2026-05');
  // Another clause's "is" does not count.
  assert.equal(time(read('The company, which is based in Ohio, said on Monday it lost money.'), 'Monday')?.value, '2026-02-09');
  const a = read('The firm was founded in 1990. A decade later it went public. Two decades earlier, its founder emigrated.');
  assert.deepEqual([time(a, 'A decade later')?.timex, time(a, 'Two decades earlier')?.timex], ['2000', '1970']);
});

test('spoken dates: spelled days of the month, "the day before yesterday"', () => {
  // Thursday 2026-02-12.
  const a = read('The vote was held on February third. He arrived on the fifteenth of January. The treaty was signed March eighth, nineteen ninety-six.');
  assert.deepEqual(a.times.map((t) => [t.text, t.value]), [
    ['February third', '2026-02-03'],
    ['the fifteenth of January', '2026-01-15'],
    ['March eighth, nineteen ninety-six', '1996-03-08'],
  ]);
  // A spelled ordinal that counts something else is no day.
  assert.deepEqual(read('For the first March in a decade, it snowed. Sales in March third-quarter style rose.').times.filter((t) => t.precision === 'day'), []);
  assert.equal(time(read('The council met the day before yesterday.'), 'the day before yesterday')?.value, '2026-02-10');
  assert.equal(time(read('The council will meet the day after tomorrow.'), 'the day after tomorrow')?.value, '2026-02-14');
});

test('a verb whose past is its present is past after a singular subject', () => {
  // February 2026: the present would be "shuts", "cuts"; so these Mays are last year's.
  const a = read('In May, the firm cut 300 jobs. The plant shut down in May after the flood.');
  assert.deepEqual(a.times.map((t) => t.value), ['2025-05', '2025-05']);
  // "they cut" agrees with both tenses; "the rate cut in May" is the noun: neither is read as past.
  assert.equal(time(read('The rate cut in May will help.'), 'May')?.value, '2026-05');
  assert.equal(time(read('They cut jobs in May.'), 'May')?.direction, null);
});

test('a past clause reaches a coming day only weeks ahead (a deadline), not months', () => {
  // Written 2026-09-28: January 8 is 102 days ahead and 263 back.
  assert.equal(time(read('The general defended his Jan. 8 phone call.', '2026-09-28'), 'Jan. 8')?.value, '2026-01-08');
  // A deadline set in the past still lies ahead.
  assert.equal(time(read('The company extended its offer to Oct. 20.', '2026-09-28'), 'Oct. 20')?.value, '2026-10-20');
  // With no tense, the old weighing: ahead.
  assert.equal(time(read('His Jan. 8 phone call.', '2026-09-28'), 'Jan. 8')?.value, '2027-01-08');
});

test('a compound or post-preposition participle is no past verb that sends a month back', () => {
  // Written 2026-02-12: the coming March is planned; "-approved" and "of newly licensed" are
  // adjectives of the noun phrase, not the clause's verb.
  const a = read('The ministry announced plans to ship 4,000 state-approved ferry tickets by the end of March.');
  assert.equal(time(a, 'March')?.value, '2026-03');
  const b = read('The board said it would buy two ferries of newly licensed design in March.');
  assert.equal(time(b, 'March')?.value, '2026-03');
  // A finite past verb still dates the month behind: "the crews repaired" (last March).
  const c = read('The crews repaired the pier in March.');
  assert.equal(time(c, 'March')?.value, '2025-03');
});
