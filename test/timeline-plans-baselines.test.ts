/**
 * Dating errors a fact-checker found in dossier timelines of unseen stories (issue #11, session
 * 12), on invented text: a fronted "As of Wednesday" over a past report is the Wednesday before
 * publication; the start of a named event after a past verb ("invited … to a summit starting
 * Thursday") is the nearer Thursday; a year naming an older act in a plan's clause and the
 * baseline year of "from 2010 levels" are no entries; a deadline "have until March 3 to …" is no
 * event; an announcement of a plan dates the sentence, not the plan.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { AnnotatedArticle, Article } from '../src/core/schema.js';

// 2026-02-09 is a Monday.
const PUB = '2026-02-09';
function read(text: string, published: string = PUB): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const value = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t)?.value;
function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: PUB, title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const timeline = (text: string) => buildDossier([art('a1', 'Daily Ardel', text), art('a2', 'Harbour Post', text)]).dossier.timeline;

test('a fronted "As of" / "By" weekday over a past report lies before publication', () => {
  assert.equal(value(read('As of Wednesday, 312 new cases of harbour fever had been reported in Velmora.'), 'Wednesday'), '2026-02-04');
  assert.equal(value(read('By Wednesday, the river at Velmora had risen two metres.'), 'Wednesday'), '2026-02-04');
  // A bound over what is to come stays ahead.
  assert.equal(value(read('Until Wednesday, the Velmora ferries will run every hour.'), 'Wednesday'), '2026-02-11');
});

test('the start of an event a noun names is the event\'s own time, not the past verb\'s', () => {
  // Published Tuesday 2026-02-10: the summit starts in two days.
  assert.equal(value(read('The Tessin premier invited 40 mayors to a virtual harbour summit starting Thursday.', '2026-02-10'), 'Thursday'), '2026-02-12');
  // A period measured by the past report stays behind.
  assert.equal(value(read('The port reported 189 ships delayed over a 72-hour period starting Thursday.', '2026-02-10'), 'Thursday'), '2026-02-05');
});

test('a year naming an older act in a plan\'s clause, and a baseline year of levels, are no entries', () => {
  const dates = timeline('The plan would keep the 2019 harbour levy intact. The port pledged to cut its harbour emissions 40% from 2010 levels by 2035. The harbour dock opened in 1994.').map((e) => e.date);
  assert.ok(!dates.includes('2019') && !dates.includes('2010'), JSON.stringify(dates));
  assert.ok(dates.includes('1994'), JSON.stringify(dates));
});

test('a deadline given to someone ("have until March 3 to …") is no event', () => {
  const dates = timeline('Towns in Velmora have until March 3 to file their ferry claims. The harbour stays closed until March 3.').map((e) => e.date);
  // The deadline sentence gives no entry; the closure lasting to the date stays.
  const entries = timeline('Towns in Velmora have until March 3 to file their ferry claims.');
  assert.equal(entries.length, 0, JSON.stringify(entries));
  assert.ok(dates.includes('2026-03-03'), JSON.stringify(dates));
});

test('a date naming a deadline still ahead is no event; a passed one stays (session 26)', () => {
  // Published Monday 2026-02-09 (the file's PUB): the Aug. 31 and Tuesday deadlines lie ahead.
  for (const s of ['With an Aug. 31 deadline looming, thousands remained to be flown out of Velmora.', 'Guards at the Velmora airport shot down two rockets on Wednesday as the garrison races against a Tuesday deadline.']) {
    const dates = timeline(s).map((e) => e.date);
    assert.ok(!dates.includes('2026-08-31') && !dates.includes('2026-02-10') && !dates.includes('2026-02-03'), JSON.stringify(dates));
  }
  // The rockets keep their own day.
  assert.ok(timeline('Guards at the Velmora airport shot down two rockets on Wednesday as the garrison races against a Tuesday deadline.').some((e) => e.date === '2026-02-04'));
  const passed = timeline('The ferry union missed the Jan. 31 deadline to accept the offer.').map((e) => e.date);
  assert.ok(passed.includes('2026-01-31'), JSON.stringify(passed));
});

test('an announcement of a plan dates its sentence; the plan keeps an entry shown by its clause', () => {
  const s = 'The mayor of Velmora will make her first trip abroad in March, the harbour board announced Friday.';
  const t = timeline(s);
  const friday = t.find((e) => e.date === '2026-02-06');
  assert.ok(friday && friday.text === s, JSON.stringify(t));
  const march = t.find((e) => e.date === '2026-03');
  assert.ok(march && march.text === 'The mayor of Velmora will make her first trip abroad in March', JSON.stringify(t));
});

test('a fronted "From Friday through Sunday" over a past report lies before publication', () => {
  // Published Tuesday 2026-02-10: the coming Friday is nearer, but the delays were counted.
  assert.equal(value(read('From Friday through Sunday there were 40 ferry delays in Velmora.', '2026-02-10'), 'Friday'), '2026-02-06');
});

test('the end of a range of weekdays takes the direction of its start', () => {
  // Published Tuesday 2026-02-10: the summit runs Thursday to Friday of this week.
  const a = read('The Tessin premier invited 40 mayors to a virtual harbour summit starting Thursday and ending Friday.', '2026-02-10');
  assert.equal(value(a, 'Thursday'), '2026-02-12');
  assert.equal(value(a, 'Friday'), '2026-02-13');
  // A counted past stretch stays behind at both ends.
  const b = read('From Friday through Sunday there were 40 ferry delays in Velmora.', '2026-02-10');
  assert.equal(value(b, 'Sunday'), '2026-02-08');
});

test('a level last seen or reached at a date is a baseline, no event; a person last seen is one (session 26)', () => {
  const dates = timeline('Jobless rolls in Velmora fell in early January to levels last seen in mid-March 2020. Harbour fees hit a high last reached in 2008.').map((e) => e.date);
  assert.ok(!dates.includes('2020-03') && !dates.includes('2008'), JSON.stringify(dates));
  assert.ok(dates.includes('2026-01'), JSON.stringify(dates));
  const seen = timeline('The ferry pilot was last seen on Friday near the Velmora pier.').map((e) => e.date);
  assert.ok(seen.includes('2026-02-06'), JSON.stringify(seen));
});

test('a date of an earlier instance compared by "like the one …" is no entry (session 26)', () => {
  const dates = timeline('Velmora police warned that more harbour attacks, like the one last week, were likely. Floods like those in March 2019 could return to Velmora.').map((e) => e.date);
  assert.ok(!dates.includes('2019-03') && !dates.some((d) => d.startsWith('week of')), JSON.stringify(dates));
  // A likeness without "the one(s)" / "those" keeps its date: "looked like a war zone in 2005".
  const own = timeline('The Velmora harbour looked like a war zone in 2005.').map((e) => e.date);
  assert.ok(own.includes('2005'), JSON.stringify(own));
});
