/**
 * Dates the annotator cannot resolve and dates of statements (src/compare/claims/claims.ts): reports
 * without a publication date that give two weekdays for one event disagree (compared by name,
 * never placed on the timeline); "police said Friday" against "police said Thursday" for one
 * statement is at most a possible conflict. Invented reports, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, text: string, published: string | null = null): Article {
  return { id, outlet, published, title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

test('two weekdays for one event, without publication dates, are a date conflict compared by name', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'The old Velmora grain silo at the river port was destroyed by a fire early Tuesday morning, according to port officials. Nobody was hurt.'),
    art('a2', 'Harbour Post', 'The historic Velmora grain silo at the river port was destroyed by a fire early Tuesday morning, port officials said, and the cause is unknown.'),
    art('a3', 'Coast News', 'The old Velmora grain silo at the river port was destroyed by a fire early Thursday morning, according to port officials. Firefighters came from three towns.'),
  ]).dossier;
  const dates = d.conflicts.filter((c) => c.kind === 'date');
  assert.equal(dates.length, 1, JSON.stringify(d.conflicts));
  assert.deepEqual(dates[0].claims.map((c) => [c.normalized, c.articles]), [['Tuesday (week unknown)', ['a1', 'a2']], ['Thursday (week unknown)', ['a3']]]);
  assert.deepEqual(dates[0].outliers, ['a3']);
  assert.match(dates[0].why, /no publication date/);
  // An unresolved weekday has no place on the timeline.
  assert.ok(d.timeline.every((e) => /^\d{4}/.test(e.date)));
});

test('the same weekday in every report, or a resolved date against a weekday, is no conflict', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'The old Velmora grain silo at the river port was destroyed by a fire early Tuesday morning, according to port officials.'),
    art('a2', 'Harbour Post', 'The old Velmora grain silo at the river port was destroyed by a fire on Tuesday, according to port officials.'),
    art('a3', 'Coast News', 'The old Velmora grain silo at the river port was destroyed by a fire on 3 March 2026, according to port officials.', '2026-03-05'),
  ]).dossier;
  assert.deepEqual(d.conflicts.filter((c) => c.kind === 'date'), []);
});

test('the date of one statement given as two days is a possible conflict, never a confident one', () => {
  const d = buildDossier([
    art('a1', 'Daily Ardel', 'A suspected smuggling boss hanged himself in his cell hours after his arrest in a port sweep, police in Velmora said on Friday.', '2026-03-07'),
    art('a2', 'Harbour Post', 'A suspected smuggling boss hanged himself in his cell hours after his arrest in a port sweep, police in Velmora said on Saturday.', '2026-03-07'),
  ]).dossier;
  const dates = d.conflicts.filter((c) => c.kind === 'date');
  assert.equal(dates.length, 1, JSON.stringify(d.conflicts));
  assert.equal(dates[0].confidence, 'possible');
  assert.match(dates[0].why, /statement/);
  assert.deepEqual(dates[0].outliers, []);
});

test('a weekday read six days back may be the day after publication (an act abroad): against the report day it is no conflict; three days back it still is', () => {
  const reports = (day: string): Article[] => [
    art('a1', 'Harbor Ledger', `Dorvanian ground troops attacked the border town of Kesk ${day} in an escalation of a conflict with rebel militias that had been fought by artillery for weeks.\n\nResidents fled south toward the river, witnesses said.`, '2024-03-14'),
    art('a2', 'Valley Courier', 'Dorvanian troops attacked the border town of Kesk on Thursday, marking a new level of conflict with rebel militias after weeks of artillery fire.\n\nResidents fled south toward the river.', '2024-03-14'),
    art('a3', 'Northern Post', `Dorvanian ground troops attacked the border town of Kesk ${day} after weeks of artillery fire failed to stop the rebel militias.\n\nResidents fled toward the river.`, '2024-03-14'),
  ];
  // 2024-03-14 is a Thursday: "early Friday" is read as 8 March, or is the 15th in a time zone ahead.
  assert.deepEqual(buildDossier(reports('early Friday')).dossier.conflicts.filter((c) => c.kind === 'date'), []);
  // "on Monday" (the 11th) against Thursday: no reading brings them within a day.
  const monday = buildDossier(reports('on Monday')).dossier.conflicts.filter((c) => c.kind === 'date');
  assert.equal(monday.length, 1, JSON.stringify(monday));
  assert.deepEqual(monday[0].outliers, ['a2']);
});
