/**
 * Dates resolved the wrong way (issue #11, session 21), on invented text: the two ends of a
 * stretch of months or days lie in order ("from March to May" written in December; "between
 * Dec. 14, 2025, and Aug. 8"); a tense cue of another clause does not govern the date ("…
 * will remain in place, after a court on Thursday granted …", "Brekke, who will take office in
 * May, on Sunday vowed …", "… will fade, but Tuesday's hearing …"); a fronted date dates the
 * finite verb of promising after it ("In April, the council threatened to impose …"); the
 * commas of "Place, Region," do not end the clause whose verb comes after them; the participle
 * of a publication day looks ahead ("a study appearing Friday").
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { annotate } from '../src/annotate/index.js';
import type { AnnotatedArticle } from '../src/core/schema.js';

// 2026-12-09 is a Wednesday.
function read(text: string, published = '2026-12-09'): AnnotatedArticle {
  return annotate({ id: 'a1', file: null, outlet: null, url: null, title: null, published, authors: [], agencies: [], photoCredits: [], language: 'en', text, removed: [] });
}
const value = (a: AnnotatedArticle, t: string) => a.times.find((x) => x.text === t)?.value;

test('the end of a stretch of months follows its start', () => {
  const a = read('The Velmora harbour museum runs its lantern exhibition from March to May.');
  assert.equal(value(a, 'March'), '2027-03');
  assert.equal(value(a, 'May'), '2027-05');
});

test('a stretch told in the past ends behind the writing and starts before its end', () => {
  const a = read('The Velmora ferry terminal was closed from November to February for repairs.');
  assert.equal(value(a, 'February'), '2026-02');
  assert.equal(value(a, 'November'), '2025-11');
});

test('a stretch told in the future starts ahead and ends after its start', () => {
  const a = read('Officials said the Ardel bridge would be closed from November to February.');
  assert.equal(value(a, 'November'), '2027-11');
  assert.equal(value(a, 'February'), '2028-02');
});

test('the end of a stretch whose start carries a year follows that start', () => {
  const a = read('The Velmora study followed 4,000 ferry workers enrolled between Dec. 14, 2025, and Aug. 8 and found fewer injuries.');
  assert.equal(value(a, 'Aug. 8'), '2026-08-08');
});

test('a date moved from one month to another is two points, not a stretch', () => {
  const a = read('The Velmora council vote was postponed from March to May.');
  assert.equal(value(a, 'March'), '2026-03');
});

test("a future of the clause before a subordinate clause does not date the subordinate clause's day", () => {
  const a = read('The Velmora ferry ban will remain in place for now, after an appeals court on Monday granted the port authority a stay.');
  assert.equal(value(a, 'Monday'), '2026-12-07');
});

test('a future inside a relative clause set off by commas does not date the main clause', () => {
  const a = read('Ilse Brekke, who will take office as mayor of Velmora next month, on Sunday vowed to reopen the ferry terminal.');
  assert.equal(value(a, 'Sunday'), '2026-12-06');
});

test('a future of the clause before ", but" does not date the day after it', () => {
  const a = read("Brekke hopes the row over the ferry will fade quickly, but Tuesday's council hearing hardly helps her.");
  assert.equal(value(a, 'Tuesday'), '2026-12-08');
});

test('a coordinated phrase after ", but" stays in the future clause', () => {
  const a = read('"We shall close the terminal any time from next week, but not after Monday," the harbour master said.');
  assert.equal(value(a, 'Monday'), '2026-12-14');
});

test('a fronted date dates the promise or threat after it, not its infinitive', () => {
  const a = read('In April, the Velmora council threatened to impose a fee on cruise ships.');
  assert.equal(value(a, 'April'), '2026-04');
});

test('the commas of a place and its region do not end the clause', () => {
  const a = read('In May, a ferry in Velmora, Ardel, ran aground with 40 passengers aboard.', '2027-02-10');
  assert.equal(value(a, 'May'), '2026-05');
});

test('the participle of a publication day looks ahead', () => {
  const a = read('A study appearing Friday in the journal Harbour Science finds that ferries are safer than buses.', '2026-12-07');
  assert.equal(value(a, 'Friday'), '2026-12-11');
});

test('the participle of a publication day in a clause told in the past takes the nearer day', () => {
  const a = read('The documentary airing Friday drew three million viewers.', '2026-12-07');
  assert.equal(value(a, 'Friday'), '2026-12-04');
});

test('a capitalised "-ed" word inside a name is no past verb', () => {
  const a = read('Admiral Ilse Brekke will testify before the Senate Armed Services Committee on Thursday and the House Armed Services Committee on Friday.');
  assert.equal(value(a, 'Thursday'), '2026-12-10');
  assert.equal(value(a, 'Friday'), '2026-12-11');
});

test("a weekday owning an event noun in a past clause joins the name's coming day", () => {
  // 2026-12-06 is a Sunday.
  const a = read('The vote takes place Monday in all 40 Velmora wards. Surveys showed that for many voters Monday\'s election was the sixth in six years.', '2026-12-06');
  const mondays = a.times.filter((x) => x.text === 'Monday');
  assert.equal(mondays.length, 2);
  assert.deepEqual(mondays.map((x) => x.value), ['2026-12-07', '2026-12-07']);
});

test('a named event that happened unplanned lies behind the writing', () => {
  const a = read('The Velmora council approved a memorial for victims of the March 3 fire.');
  assert.equal(value(a, 'March 3'), '2026-03-03');
  const b = read('Survivors of the March storm met the mayor of Velmora.');
  assert.equal(value(b, 'March'), '2026-03');
  const c = read('The panel investigating the Jan. 6 harbour riot issued a subpoena.', '2026-10-14');
  assert.equal(value(c, 'Jan. 6'), '2026-01-06');
});

test('a named planned event keeps the nearer occurrence', () => {
  const a = read('Velmora voters head to the polls for the Jan. 12 election.');
  assert.equal(value(a, 'Jan. 12'), '2027-01-12');
});

test('a past verb closing a relative clause in the subject does not date the fronted month', () => {
  const a = read('And in August, a task force the mayor created will present plans for the Velmora ferry.', '2026-05-17');
  assert.equal(value(a, 'August'), '2026-08');
});

test('a forecast event named by its date, or a planned event an event noun premodifies, is not behind the writing', () => {
  // "the March 3 storm is expected to …": forecasters name a coming storm by its date.
  const a = read('Forecasters said the March 3 storm is expected to dump a foot of snow on Velmora.', '2026-03-01');
  assert.equal(value(a, 'March 3'), '2026-03-03');
  // "earthquake drill": the planned drill heads the compound.
  const b = read('Velmora schools close for the March 5 earthquake drill.', '2026-03-01');
  assert.equal(value(b, 'March 5'), '2026-03-05');
});

test('a court ruling named by its date may be the coming one', () => {
  // A court sets its ruling day ahead: "ahead of the Sept. 3 ruling" written in August.
  const a = read('Lawyers for the Velmora council are preparing ahead of the Sept. 3 ruling.', '2026-08-20');
  assert.equal(value(a, 'Sept. 3'), '2026-09-03');
});
