/**
 * A shared fact never cites a sentence of another day or another place (facts/dates.ts
 * weekdayDiffers and written days of the month, facts/places.ts placeUnnamed, asked by the
 * one-claim gate's hub): "killed … on Sunday" is not "killed … on 6 December" (a Saturday), and a
 * report that never names Jordan does not state that Jordan enacted a law.
 * Invented articles, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import { datesDiffer, sentenceTimes, weekdayDiffers } from '../src/compare/facts/dates.js';
import { namesPlace, reportWords, sentencePlaces } from '../src/compare/facts/places.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, published: string, text: string): Article {
  return { id, text, outlet, language: null, published, file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);

/** Whether some fact cites both a sentence containing `p` and one containing `q`. */
const together = (d: Dossier, p: string, q: string): boolean =>
  d.facts.some((f) => f.sentences.some((s) => textOf(d, s).includes(p)) && f.sentences.some((s) => textOf(d, s).includes(q)));

const timesOf = (published: string, text: string) => sentenceTimes(annotate(art('t', 'T', published, text)), 0, text.length);

const placesOf = (text: string) => sentencePlaces(annotate(art('t', 'T', '2026-05-02', text)), 0, text.length);

const filler = 'Thousands of students marched through the old town of Velmora on the following days, and shops along the harbour road stayed shut.';

test('a weekday that is not the weekday of the other report\'s written day is another day', () => {
  // 6 December 2025 was a Saturday.
  const d = buildDossier([
    art('a', 'Courier', '2025-12-08', `A 15-year-old boy was killed by a police bullet in the centre of Velmora on 6 December. ${filler}`),
    art('b', 'Ledger', '2025-12-09', `A 15-year-old boy was killed by a police bullet in the centre of Velmora on Sunday. ${filler}`),
  ]).dossier;
  assert.ok(!together(d, 'on 6 December', 'on Sunday'), 'Sunday is not 6 December');
  // The filler, told of no day, is still one fact of both reports.
  assert.ok(together(d, 'Thousands of students', 'Thousands of students') && d.facts.some((f) => f.support.length === 2 && f.sentences.some((s) => textOf(d, s).includes('Thousands of students'))));
});

test('the weekday of the written day is the same day', () => {
  const d = buildDossier([
    art('a', 'Courier', '2025-12-08', `A 15-year-old boy was killed by a police bullet in the centre of Velmora on 6 December. ${filler}`),
    art('b', 'Ledger', '2025-12-09', `A 15-year-old boy was killed by a police bullet in the centre of Velmora on Saturday. ${filler}`),
  ]).dossier;
  assert.ok(together(d, 'on 6 December', 'on Saturday'));
  // Read directly: a weekday against a written day, either way round; a sentence naming both agrees with either.
  const sat = timesOf('2025-12-08', 'The boy was killed on 6 December.');
  assert.ok(weekdayDiffers(sat, timesOf('2025-12-09', 'The boy was killed on Sunday.')));
  assert.ok(weekdayDiffers(timesOf('2025-12-09', 'The boy was killed on Sunday.'), sat));
  assert.ok(!weekdayDiffers(sat, timesOf('2025-12-09', 'The boy was killed on Saturday.')));
  assert.ok(!weekdayDiffers(timesOf('2025-12-09', 'The boy was killed on Saturday, Dec. 6.'), timesOf('2025-12-09', 'The boy was killed on Saturday.')));
  // A weekday of saying is when it was said, not when it happened.
  assert.ok(!weekdayDiffers(sat, timesOf('2025-12-09', 'The boy was killed by a police bullet, officials said Sunday.')));
});

test('written days of the month are compared even when their year is resolved', () => {
  // "6 December" and "7 December" (no year written): two days, whatever the publication dates.
  assert.ok(datesDiffer(timesOf('2025-12-08', 'The harbour was closed on 6 December.'), timesOf('2025-12-10', 'The harbour was closed on Dec. 7.')));
  assert.ok(!datesDiffer(timesOf('2025-12-08', 'The harbour was closed on 6 December.'), timesOf('2025-12-10', 'The harbour was closed on Dec. 6.')));
});

test('a report that never names the place a sentence is about does not state its claim', () => {
  const d = buildDossier([
    art('a', 'Courier', '2026-05-02', `Jordan has enacted a law banning smoking in restaurants, cafes and all other public places. The health ministry will enforce it.`),
    art('b', 'Ledger', '2026-05-03', `The government has enacted a law banning smoking in restaurants, cafes and all other public places. Velmora's health ministry will enforce it.`),
  ]).dossier;
  assert.ok(!together(d, 'Jordan has enacted', 'The government has enacted'), 'the Ledger never names Jordan');
  // A report that names the place (here its people) may state the claim.
  const e = buildDossier([
    art('a', 'Courier', '2026-05-02', `Jordan has enacted a law banning smoking in restaurants, cafes and all other public places. The health ministry will enforce it.`),
    art('b', 'Ledger', '2026-05-03', `The government has enacted a law banning smoking in restaurants, cafes and all other public places. Jordanian health inspectors will enforce it.`),
  ]).dossier;
  assert.ok(together(e, 'Jordan has enacted', 'The government has enacted'));
});

test('the places a sentence is about: its whole subject or a fronted locative, not a qualifier', () => {
  assert.deepEqual(placesOf('Jordan has enacted a law banning smoking.'), [['jordan']]);
  assert.deepEqual(placesOf('The United States signed the treaty in 1994.'), [['united', 'states']]);
  assert.deepEqual(placesOf('In Velmora, the council voted to close the harbour.'), [['velmora']]);
  assert.deepEqual(placesOf('Former Velmora police officer Anton Brask was sentenced on Friday.'), []);
  assert.deepEqual(placesOf('Job openings in the United States rose by a million.'), []);
  assert.deepEqual(placesOf('"Jordan has enacted a law," he said.'), []);
  const r = reportWords('Officials in the U.S. and Jordanian inspectors met.');
  assert.ok(namesPlace(r, ['united', 'states']) && namesPlace(r, ['jordan']) && !namesPlace(r, ['lebanon']));
});
