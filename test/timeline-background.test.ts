/**
 * Timeline entries that are not what happened (issue #11, session 13), on invented text: a year
 * that pre-modifies a noun ("the 2010 harbour law", "a 2018 inspection") is background, not the
 * date of its sentence, unless the noun phrase is the occasion the act took place at ("second in
 * the 2019 Velmora Marathon"); the period a forecast is about ("expects growth of 5.9% this
 * year", "its projection for next year") is no event; a figure's old estimate ("lower than its
 * July estimate") is a baseline; the date of the source cited ("according to reports Monday")
 * does not date what the source tells; a plan in a sentence with a past act does not take the
 * sentence from it.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

// 2026-02-09 is a Monday.
const PUB = '2026-02-09';
function art(id: string, outlet: string, text: string): Article {
  return { id, outlet, published: PUB, title: null, url: null, file: null, authors: [], agencies: [], text, removed: [] } as unknown as Article;
}
const timeline = (text: string) => buildDossier([art('a1', 'Daily Ardel', text), art('a2', 'Harbour Post', text)]).dossier.timeline;
const dates = (text: string) => timeline(text).map((e) => e.date);

test('a year that pre-modifies a noun is background, in a past clause too', () => {
  const d = dates('The judges said the challengers of the 2010 harbour law had no standing. Damage to the Velmora dock had worsened since a 2018 inspection. He sold his 2008 Bentley to a dealer in Velmora. The harbour scene was likened to the 1975 fall of Tessin. The harbour board of Velmora closed the dock on Friday.');
  for (const y of ['2010', '2018', '2008', '1975']) assert.ok(!d.includes(y), `${y} in ${JSON.stringify(d)}`);
  assert.ok(d.includes('2026-02-06'), JSON.stringify(d));
  // A year as an adverbial stays, and so does a count back ("who a year ago worried").
  assert.ok(dates('The harbour law was passed in 2010.').includes('2010'));
  assert.ok(dates('The ferry crews have aroused complaints from pub owners who a year ago worried about the Velmora harbour closure.').includes('2025'));
});

test('the occasion an act took place at keeps its year; a future one does not', () => {
  assert.ok(dates('Mara Voss finished second in the 2019 Velmora Marathon.').includes('2019'));
  assert.ok(dates('The Velmora team won three gold medals at last year\'s harbour championships.').includes('2025'));
  assert.ok(!dates('Only one candidate in next year\'s harbour elections backed the ferry plan.').includes('2027'));
});

test('an act named by the subject of a past clause keeps its year', () => {
  assert.ok(dates('Last year\'s sudden closure of the Velmora ferry line provoked protests across the harbour towns.').includes('2025'));
  assert.ok(dates('Ortiz\'s warnings about the ferries came during this year\'s annual meeting of the harbour board.').includes('2026'));
  // A thing, not an act, as the subject: background.
  assert.ok(!dates('The 2010 harbour law gave the towns of Velmora no standing.').includes('2010'));
});

test('the period a forecast is about is no event', () => {
  const t = timeline('In its harbour outlook, published Tuesday, the Velmora fund said it expects the port economy to grow by 5.9% this year, 0.1 point lower than its October estimate. For next year, the Velmora fund kept its harbour growth projection at 4.9%. The Tessin board said the port economy will grow at 3 percent this year.');
  const d = t.map((e) => e.date);
  assert.ok(!d.includes('2026') && !d.includes('2027') && !d.includes('2025-10'), JSON.stringify(d));
  // The release keeps the sentence.
  const tuesday = t.find((e) => e.date === '2026-02-03');
  assert.ok(tuesday && /^In its harbour outlook/.test(tuesday.text), JSON.stringify(t));
  // An amount for a year still ahead is a projection.
  assert.ok(!dates('The harbour board sees robust trade, with Velmora cargo expanding by 4.3 percent in 2027.').includes('2027'));
  // A result set against a forecast stays.
  assert.ok(dates('Velmora harbour sales rose 5% this year, beating the forecast of the port board.').includes('2026'));
  assert.ok(dates('Velmora harbour sales beat expectations this year, the port board said in a statement.').includes('2026'));
  // A schedule of a day stays.
  assert.ok(dates('The harbour board will meet on Friday.').includes('2026-02-13'));
});

test('the date of a cited source does not date what it tells', () => {
  const s = 'The ferry operator, in a January letter, wrote that the Velmora dock was decaying, according to reports Monday.';
  const t = timeline(s);
  assert.ok(!t.some((e) => e.date === '2026-02-09'), JSON.stringify(t));
  const jan = t.find((e) => e.date === '2026-01');
  assert.ok(jan && jan.text === s, JSON.stringify(t));
});

test('a plan in the clause does not take the sentence from the past act', () => {
  const s = 'Worried that it could hurt a ferry line he wants to launch later this year, the mayor closed the harbour blog Tuesday.';
  const t = timeline(s);
  const tuesday = t.find((e) => e.date === '2026-02-03');
  assert.ok(tuesday && tuesday.text === s, JSON.stringify(t));
});
