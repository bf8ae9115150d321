/**
 * Datelines as scraped text prints them (src/ingest/dates.ts, src/ingest/clean.ts): a space
 * after the colon of the time ("5: 03pm"), "p. m.", zones like ET/PT, times before the date,
 * spaced numeric dates; such a line is a dateline, never the headline. Fixtures are invented.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findAmbiguousDate, findDate, wireDatelineDay } from '../src/ingest/dates.js';
import { cleanText } from '../src/ingest/clean.js';

test('dates: clock times with scraped spacing, "p. m.", zones and times before the date', () => {
  const cases: Array<[string, string | null]> = [
    ['March 4, 2021 | 6: 07pm', '2021-03-04T18:07'],
    ['11: 48 p. m. EDT March 4, 2021', '2021-03-04T23:48-04:00'],
    ['March 5, 2021 at 9: 14 AM ET', '2021-03-05T09:14'], // ET: no fixed offset, none given
    ['Sat., Mar. 6, 2021 10: 05 AM PST', '2021-03-06T10:05-08:00'],
    ['MONDAY, NOVEMBER 8, 2021, 4: 20 PM', '2021-11-08T16:20'],
    ['November 9th, 2021, 6: 45 am', '2021-11-09T06:45'],
    ['8: 25 a. m. Nov. 10, 2021', '2021-11-10T08:25'],
    ['3 A. M. NOV. 11, 2021', '2021-11-11T03:00'],
    ['Friday 12 November 2021 07. 55 GMT', '2021-11-12T07:55Z'],
    ['13 November 2021, 11: 30 (GMT+04: 00)', '2021-11-13T11:30+04:00'],
    ['on Nov 14 2021, 2: 10p', '2021-11-14T14:10'],
    ['updated 3: 15: 20 PM ET 11/15/2021', '2021-11-15T15:15:20'],
    ['Published: 2021. 11. 16 08: 40 AM', '2021-11-16T08:40'],
    ['Posted on 17. 11. 2021', '2021-11-17'],
    ['7 / 7 / 2021', '2021-07-07'], // reads the same both ways
    ['Posted 25 / 11 / 2021 9: 10 PM', '2021-11-25T21:10'],
    // Not times: a sentence after the year, a lone "a".
    ['March 4, 2021. 12 people were hurt.', '2021-03-04'],
    ['March 4, 2021, 5 a day later', '2021-03-04'],
    // Still refused: a numeric date that reads two ways.
    ['04 / 03 / 2021 at 6: 07 PM', null],
  ];
  for (const [s, iso] of cases) assert.equal(findDate(s)?.iso ?? null, iso, s);
  assert.deepEqual(findAmbiguousDate('Posted 04 / 03 / 2021 6: 07 PM'), { start: 7, end: 30 });
  assert.equal(findAmbiguousDate('Posted 25 / 11 / 2021'), null); // not ambiguous: findDate reads it
});

test('a spaced dateline under the headline is the publication date, not a standfirst', () => {
  const r = cleanText(['Lighthouse keeper retires after forty years', 'March 4, 2021 | 6: 07pm', '', 'The keeper of the Brannock light handed over the keys on Thursday.'].join('\n'));
  assert.equal(r.facts.title, 'Lighthouse keeper retires after forty years');
  assert.equal(r.facts.published, '2021-03-04T18:07');
  assert.match(r.removed.find((x) => x.line === 2)?.reason ?? '', /dateline \(kept as publication date\)/);
  assert.equal(r.text, 'The keeper of the Brannock light handed over the keys on Thursday.');
});

test('a dateline above the headline is not taken as the headline', () => {
  const r = cleanText(['11: 48 p. m. EDT March 4, 2021', '', 'Lighthouse keeper retires', '', 'The keeper of the Brannock light handed over the keys on Thursday.'].join('\n'));
  assert.equal(r.facts.title, 'Lighthouse keeper retires');
  assert.equal(r.facts.published, '2021-03-04T23:48-04:00');
});

test('a lower-case dateline line is not joined to the headline above it', () => {
  const r = cleanText(['Lighthouse keeper retires after forty years', 'on Mar 4 2021, 6: 07p', '', 'The keeper of the Brannock light handed over the keys on Thursday.'].join('\n'));
  assert.equal(r.facts.title, 'Lighthouse keeper retires after forty years');
  assert.equal(r.facts.published, '2021-03-04T18:07');
});

test('two dates on one dateline: the posted one is the publication date', () => {
  const r = cleanText(['Posted: Mar 4, 2021 6: 07 PM ET Last Updated: Mar 5, 2021 9: 10 AM ET', '', 'Lighthouse keeper retires', '', 'The keeper of the Brannock light handed over the keys on Thursday.'].join('\n'));
  assert.equal(r.facts.title, 'Lighthouse keeper retires');
  assert.equal(r.facts.published, '2021-03-04T18:07');
});

test('update dates stay updates, also when the label follows the date', () => {
  for (const line of ['Updated: March 5, 2021, 9: 10 AM ET', '5 March 2021 Last updated at 09: 10 GMT', 'Friday, Mar 5, 2021 | Updated 9: 10 AM EDT']) {
    const r = cleanText(['Lighthouse keeper retires', line, '', 'The keeper of the Brannock light handed over the keys on Thursday.'].join('\n'));
    assert.equal(r.facts.title, 'Lighthouse keeper retires', line);
    assert.equal(r.facts.published, null, line);
    assert.equal(r.facts.updated, '2021-03-05' + (line.startsWith('Updated') ? 'T09:10' : ''), line);
  }
});

test('a dateline whose numeric date reads two ways is removed as a dateline, without a date', () => {
  const r = cleanText(['04 / 03 / 2021', '', 'Lighthouse keeper retires', '', 'The keeper of the Brannock light handed over the keys on Thursday.'].join('\n'));
  assert.equal(r.facts.title, 'Lighthouse keeper retires'); // not "04 / 03 / 2021"
  assert.equal(r.facts.published, null);
  assert.match(r.removed.find((x) => x.line === 1)?.reason ?? '', /dateline \(numeric date reads two ways/);
});

test('story sentences with a date and a time stay story', () => {
  const story = 'The ferry left at 6: 07 pm on March 4, 2021, and reached the island two hours later.';
  const r = cleanText(['Ferry reaches the island', '', story, '', 'Passengers said the crossing was calm.'].join('\n'));
  assert.ok(r.text.includes(story));
  assert.equal(r.facts.published, null);
});

test('a wire dateline with its year dates a story whose header has no date; without a year it needs a stamp', () => {
  const story = 'The port reopened on Tuesday after a week of repairs, officials said in a statement.';
  const withYear = cleanText(`HALVAR, Dalvenia, March 3, 2026 (Kestrel) -- ${story}`);
  assert.equal(withYear.facts.published, '2026-03-03');
  assert.equal(cleanText(`HALVAR, Dalvenia, March 3 (Kestrel) -- ${story}`).facts.published, null);
  assert.equal(wireDatelineDay('HALVAR, March 3 (Kestrel) -- Prices rose.', '2026-03-04T09:00'), '2026-03-03');
  assert.equal(wireDatelineDay('HALVAR, March 3 (Kestrel) -- Prices rose.', '2026-06-04'), null);
  assert.equal(wireDatelineDay('In the morning, prices rose.', '2026-03-04'), null);
});

test('a date line the header zone left as story dates an article that states no other date', () => {
  const story = 'A ferry sank off the Velmora harbour on Sunday, killing 12 people, officials said on Monday.';
  // The date runs on into the story on one line, with a weekday before it or a time after it.
  assert.equal(cleanText(`Mon Feb 2, 2026 10: 48am EST ${story}`).facts.published, '2026-02-02T10:48-05:00');
  assert.equal(cleanText(`Monday, Feb. 2, 2026 ${story}`).facts.published, '2026-02-02');
  // A line that is a date whole, under a first line not read as a headline.
  const r = cleanText(['Arson in Velmora: a pattern?', 'February 2, 2026', `There is an old saying about fires. ${story}`].join('\n'));
  assert.equal(r.facts.published, '2026-02-02');
  assert.ok(r.text.includes('February 2, 2026'), r.text); // the text is not changed
  // A sentence that opens with a date is no date line; an update date is no publication date.
  assert.equal(cleanText(`March 3, 2025 was the day the Velmora ferry sank. ${story}`).facts.published, null);
  // Nor with a weekday, when the sentence runs on from the date in lower case: the date is the
  // day of an event the story tells, not the article's.
  assert.equal(cleanText(`Friday, March 13, 2026, will be remembered as the day the harbour burned. ${story}`).facts.published, null);
  assert.equal(cleanText(`Friday, March 13, 2026 was the day the harbour burned. ${story}`).facts.published, null);
  assert.equal(cleanText(`Friday March 13, 2026 at 9pm the harbour burned. ${story}`).facts.published, null);
  assert.equal(cleanText(['Arson in Velmora: a pattern?', 'Updated: February 2, 2026', story].join('\n')).facts.published, null);
  // Nor the date of a revision, whatever its word.
  for (const w of ['Revised', 'Corrected', 'Edited', 'Amended']) assert.equal(cleanText(['Arson in Velmora: a pattern?', `${w} February 2, 2026`, story].join('\n')).facts.published, null, w);
});
