/**
 * Timeline errors of the session 14 reading (issue #11, session 15), on invented text: routines
 * ("karate on Monday afternoons", "Tuesday and Thursday evenings", "at noon on Saturdays") are
 * sets, not last week's days; "the next day" with no day to count from is left undated rather
 * than counted from publication; a forecast's weekday ("the storm predicted for Tuesday") and
 * the present of "expect" look ahead; a weekday naming an event ("following Friday's
 * inauguration") is the same Friday as the article's other mentions.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';

// 2026-03-04 is a Wednesday.
function read(text: string, published = '2026-03-04'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const first = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t);

function art(id: string, outlet: string, text: string, published = '2026-03-04'): Article {
  return { id, outlet, published, title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

test('a weekday with a plural part of the day is a routine', () => {
  const a = read('The Velmora ferry captain teaches karate on Monday afternoons.');
  const t = first(a, 'Monday afternoons');
  assert.equal(t?.kind, 'set');
  assert.equal(t?.timex, 'XXXX-WXX-1TAF');
  assert.equal(t?.value, null);
});

test('a weekday coordinated with a plural one is a routine too', () => {
  const a = read('The harbour choir rehearses Tuesday and Thursday evenings in the old customs hall.');
  assert.equal(first(a, 'Tuesday')?.kind, 'set');
  assert.equal(first(a, 'Tuesday')?.value, null);
  assert.equal(first(a, 'Thursday evenings')?.kind, 'set');
});

test('the clock time of a routine is no date of today', () => {
  const a = read('The Tessin fish market closes at noon on Saturdays.');
  assert.equal(first(a, 'noon')?.kind, 'set');
  assert.equal(first(a, 'noon')?.value, null);
  assert.equal(first(a, 'Saturdays')?.kind, 'set');
  // A clock time of a day stays a time.
  assert.equal(first(read('The ferry left Tessin at 9 a.m. Tuesday.'), '9 a.m. Tuesday')?.value, '2026-03-03');
});

test('"the next day" after a date of another year is not counted from publication', () => {
  const a = read('The Velmora ferry sank in 1995 after a storm, the harbour board said Tuesday. The next day, divers recovered the bell.');
  assert.equal(first(a, 'The next day')?.value, null);
  // After a day, it counts from that day.
  const b = read('The Velmora ferry sank on Feb. 20. The next day, divers recovered the bell.');
  assert.equal(first(b, 'The next day')?.value, '2026-02-21');
});

test('a step forward told in the past with no date before it is not a day after the article', () => {
  const a = read('A Velmora ferry ran aground off Tessin. Divers arrived the next day.');
  assert.equal(first(a, 'the next day')?.value, null);
  // Told of the future, it is the day after publication.
  const b = read('The harbour board will inspect the hull. Divers will arrive the next day.');
  assert.equal(first(b, 'the next day')?.value, '2026-03-05');
});

test('a forecast\'s weekday looks ahead', () => {
  // 2026-03-01 is a Sunday.
  const a = read('The storm predicted for Tuesday is the strongest in a decade.', '2026-03-01');
  assert.equal(first(a, 'Tuesday')?.value, '2026-03-03');
});

test('the present of "expect" with an object looks ahead', () => {
  const b = read('Harbour analysts expect a decision in January.', '2026-05-04');
  assert.equal(first(b, 'January')?.value, '2027-01');
  // A past "expected" with an object is not the present.
  const c = read('The harbour board expected a call in January.', '2026-05-04');
  assert.equal(first(c, 'January')?.value, '2026-01');
});

test('a weekday naming an event is the Friday the article\'s other mentions name', () => {
  // 2026-03-04 is a Wednesday: the coming Friday is 2026-03-06.
  const a = read("Friday's harbour gala will be a modest affair. Only 90 guests are expected at the dinner following Friday's inauguration of the new quay.");
  const fridays = a.times.filter((x) => x.text === 'Friday');
  assert.equal(fridays.length, 2);
  for (const f of fridays) assert.equal(f.value, '2026-03-06');
});

test('a routine and an undated next day put nothing on the dossier timeline', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'A Velmora ferry ran aground off Tessin. Divers reached the wreck the next day. The captain, who teaches karate on Monday afternoons, was unhurt.'),
    art('a2', 'Harbour Post', 'The Velmora ferry ran aground near Tessin. The captain teaches karate on Monday afternoons and was not hurt. Divers reached the hull the next day.'),
  ]).dossier;
  const dates = d.timeline.map((e) => e.date);
  // Neither last Monday (2026-03-02) nor the day after publication is an event of the story.
  assert.ok(!dates.includes('2026-03-02'), JSON.stringify(dates));
  assert.ok(dates.every((x) => x <= '2026-03-04'), JSON.stringify(dates));
});

test('remarks prepared for a day and reports being released look ahead', () => {
  // 2026-03-02 is a Monday.
  const a = read('"The ferries must change," Hall said in remarks prepared for delivery Friday at the harbour symposium.', '2026-03-02');
  assert.equal(first(a, 'Friday')?.value, '2026-03-06');
  const b = read('Velmora harbours remain safe, a report being released Thursday concludes.', '2026-03-02');
  assert.equal(first(b, 'Thursday')?.value, '2026-03-05');
});

test('a title\'s period does not end the clause after a fronted weekday', () => {
  // 2026-03-02 is a Monday.
  const a = read('On Friday, Velmora Gov. Anna Berg will lead a moment of silence at the harbour.', '2026-03-02');
  assert.equal(first(a, 'Friday')?.value, '2026-03-06');
});

test('a weekday naming an institution ("Sunday school", "Friday prayers") is no date', () => {
  const a = read('She taught Sunday school in Velmora for years, and he still goes to the main Friday prayers.');
  assert.equal(a.times.filter((x) => /Sunday|Friday/.test(x.text)).length, 0);
  // The weekday of an event is still a date.
  assert.equal(first(read('The Sunday ferry vote was close.', '2026-03-04'), 'Sunday')?.value, '2026-03-01');
});

test('a weekday placed in a named month or year ("on Super Tuesday in March 2020") is no day before the publication date', () => {
  // rules.ts IN_PERIOD_AFTER: read from a July 2021 publication it became the Tuesday before it.
  const a = read('He was the last voter in line at 1 a.m. on Super Tuesday in March 2020, and he voted again on a Friday in 2019.', '2021-07-11');
  assert.equal(a.times.filter((x) => /Tuesday|Friday/.test(x.text)).length, 0, JSON.stringify(a.times.map((x) => [x.text, x.value])));
  assert.equal(first(a, 'March 2020')?.value, '2020-03');
  // A weekday followed by a place, not a period, is still the day.
  assert.equal(first(read('The ferry vote passed on Tuesday in Velmora.', '2026-03-04'), 'Tuesday')?.value, '2026-03-03');
});
