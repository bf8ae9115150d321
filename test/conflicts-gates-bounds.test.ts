/**
 * The bounds of this session's conflict gates (issue #10), each found by a review on invented text:
 * - a month abbreviation or a one-word name before a digit is no numbered series ("Aug 3," /
 *   "Aug 5,"; "a Category 4,"): the dates and tolls of such sentences are still compared;
 * - a plan read after a figure stays in the figure's clause ("killed 12 people and is expected to
 *   reach …" is a done count, not a plan);
 * - a place after a counted noun is a place only when it is a whole name, not a month's prefix
 *   ("Montreal", "Decatur"), and not across a verb ("12 people were killed in Baghdad");
 * - a year after "of" is a count, not a past year ("a crowd of 1800 people").
 * Invented articles, run through the whole pipeline.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import { pastYears } from '../src/compare/conflicts/past-years.js';
import type { Article } from '../src/core/schema.js';

const article = (id: string, outlet: string, text: string): Article => ({ id, file: null, outlet, url: null, title: null, published: '2026-08-20', authors: [], agencies: [], text, removed: [] }) as unknown as Article;
const cards = (a: string, b: string) => buildDossier([article('a1', 'Vellmar Post', a), article('a2', 'Kestrel News', b)]).dossier.conflicts;

test('a month abbreviation before a day is no series: the dates are compared', () => {
  const c = cards('The ferry Solenne sank off Kessin on Aug 3, killing 41 passengers, the coast guard said.', 'The ferry Solenne sank off Kessin on Aug 5, killing 41 passengers, the coast guard said.');
  assert.ok(c.some((x) => x.kind === 'date'), 'Aug 3 / Aug 5');
});

test('a one-word name before a digit is no series: the tolls are compared', () => {
  const c = cards('Hurricane Mira, a Category 4, killed 12 people on the island of Kessin, officials said.', 'Hurricane Mira, a Category 3, killed 15 people on the island of Kessin, officials said.');
  assert.ok(c.some((x) => x.kind === 'number'), '12 / 15');
});

test('a plan after "and" is another clause: the done count is compared', () => {
  const c = cards('Hurricane Mira killed 12 people on Kessin island and is expected to reach the border on Friday.', 'Hurricane Mira killed 15 people on Kessin island and moved toward the border on Friday.');
  assert.ok(c.some((x) => x.kind === 'number'), '12 / 15');
});

test('a place named like a month ("Montreal") is a place: two places\' counts are two claims', () => {
  const c = cards('The strike closed 12 plants in Montreal on Monday, the union said, as talks stalled.', 'The strike closed 50 plants in Vellmar on Monday, the union said, as talks stalled.');
  assert.equal(c.filter((x) => x.kind === 'number').length, 0);
});

test('a year after "of" is a count, not a past year', () => {
  assert.deepEqual(pastYears('A crowd of 1800 people gathered outside the court.', '2024-05-01'), []);
  assert.deepEqual(pastYears('The law was signed in 1957.', '2024-05-01'), [1957]);
});
