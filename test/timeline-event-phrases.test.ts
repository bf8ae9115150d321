/**
 * Timeline dates that belong to a phrase of the sentence, not to what it reports (issue #11,
 * session 22's unseen reading), on invented text: "that day" counted from a named event's day in
 * the event's own sentence names that day again (no entry under it for the sentence's act), and
 * a year or month in a phrase of time with a noun of its own ("after an increase in 2014") shows
 * that noun phrase, while a day after "on" in such a phrase ("after a chase on Monday") keeps
 * the sentence, as it is as often the main act's own time.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

// 2026-02-13 is a Friday.
const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-02-13', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const timeline = (text: string) => buildDossier([article('a1', 'Vellmar Post', text), article('a2', 'Kestrel News', text)]).dossier.timeline;
const show = (t: ReturnType<typeof timeline>) => JSON.stringify(t.map((x) => [x.date, x.text]));

test('"that day" in a named event\'s sentence is the event\'s day, not a date of the sentence\'s act', () => {
  const t = timeline('Council leaders are trying to sink a bill creating a commission on the deadly Jan. 6 riot at the Velmora harbour that would scrutinize the mayor\'s calls with officials that day.');
  assert.ok(!t.some((x) => x.date === '2026-01-06'), show(t));
  // In a later sentence "that day" may date an act of its own.
  const u = timeline('The deadly Jan. 6 riot at the Velmora harbour shocked the city. Police arrested twelve dockworkers that day, the harbour master said.');
  assert.ok(u.some((x) => x.date === '2026-01-06' && x.text.startsWith('Police arrested')), show(u));
});

test('a year in a phrase of time with its own noun shows that noun phrase', () => {
  const t = timeline('Births in Velmora declined for the sixth consecutive year after an increase in 2014, the report said.');
  const e = t.find((x) => x.date === '2014');
  assert.ok(e, show(t));
  assert.equal(e.text, 'an increase in 2014');
  // A day after "on" in such a phrase is as often the main act's own: the sentence is kept.
  const u = timeline('Velmora police arrested Ardel Brekke after a chase on Wednesday.');
  assert.ok(u.some((x) => x.date === '2026-02-11' && x.text.startsWith('Velmora police arrested')), show(u));
});

test('a decade that classifies a person dates nothing the sentence reports', () => {
  const t = timeline('Lena Marsh, the 1950s pin-up model who vanished from public view, has died in a Velmora hospital.');
  assert.ok(!t.some((x) => x.date === '1950'), show(t));
  // A decade as the time of an act stays.
  const u = timeline('Lena Marsh posed for Velmora magazines in the 1950s, then vanished from public view.');
  assert.ok(u.some((x) => x.date === '1950'), show(u));
  // … and so does one a preposition governs, a word after it or not ("In the 1950s Marsh posed …").
  const v = timeline('In the mid-1950s Lena Marsh posed for Velmora magazines and toured the harbour towns.');
  assert.ok(v.some((x) => x.date === '1950'), show(v));
});
