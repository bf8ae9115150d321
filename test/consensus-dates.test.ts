/**
 * The shown sentence of a shared fact is told of the same time as every sentence it cites
 * (facts/dates.ts, asked by the one-claim gate's hub): resolved dates of which none overlaps make
 * two claims.
 * Invented articles, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { annotate } from '../src/annotate/index.js';
import { buildDossier } from '../src/compare/dossier.js';
import { datesDiffer, sentenceTimes } from '../src/compare/facts/dates.js';
import type { Dossier } from '../src/core/dossier-schema.js';
import type { Article } from '../src/core/schema.js';

function art(id: string, outlet: string, published: string, text: string): Article {
  return { id, text, outlet, language: null, published, file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const textOf = (d: Dossier, s: { article: string; start: number; end: number }): string => d.articles.find((a) => a.id === s.article)!.text.slice(s.start, s.end);

const timesOf = (published: string, text: string) => {
  const a = annotate(art('t', 'T', published, text));
  return sentenceTimes(a, 0, text.length);
};

test('the same words told of "last year" in reports of different years are two facts', () => {
  const filler = 'The harbour master spoke to reporters at the quay about the new ferry timetable and the winter storms.';
  const d = buildDossier([
    art('a', 'Courier', '2024-03-10', `The Velmora port authority raised harbour fees for cargo ships by a fifth last year. ${filler}`),
    art('b', 'Ledger', '2026-02-01', `The Velmora port authority raised harbour fees for cargo ships by a fifth last year. ${filler}`),
  ]).dossier;
  const fees = d.facts.filter((f) => f.sentences.some((s) => textOf(d, s).includes('raised harbour fees')));
  assert.ok(fees.length > 0 && fees.every((f) => f.support.length < 2), 'each report tells of its own year');
  // The filler sentence, told of no date, is still one fact of both reports.
  assert.ok(d.facts.some((f) => f.support.length === 2 && f.sentences.some((s) => textOf(d, s).includes('new ferry timetable'))));
});

test('resolved dates compare across granularities and publication years', () => {
  // "in 1993" and "in April 1993": one time.
  assert.ok(!datesDiffer(timesOf('2025-04-13', 'The harbour was closed in April 1993.'), timesOf('2025-04-13', 'The harbour was closed in 1993.')));
  // "this year" in reports of 2026 and 2024: two years.
  assert.ok(datesDiffer(timesOf('2026-07-18', 'More than 15,000 ships are expected to dock at Velmora this year.'), timesOf('2024-11-10', 'About 15,000 ships are expected to dock at Velmora this year.')));
  // "last year" in a 2025 report and "in 2024": one year.
  assert.ok(!datesDiffer(timesOf('2025-04-13', 'The harbour was closed last year.'), timesOf('2025-01-13', 'The harbour was closed in 2024.')));
  // A relative day is left to the weekday names as written: no evidence here.
  assert.equal(timesOf('2025-04-11', 'The council suspended the account on Thursday.').dates.length, 0);
  // A named event's date names the event, not the act.
  assert.equal(timesOf('2025-04-11', 'Investigators of the Aug. 7, 2024 bombing made arrests.').dates.length, 0);
});

test('a date of saying or of a dateline is not the date of the claim', () => {
  assert.equal(timesOf('2025-04-11', 'The harbour is closed to cargo ships, the port authority said on March 3, 2025.').dates.length, 0);
  assert.equal(timesOf('2025-04-11', 'In March 2025, the port authority said the harbour was closed to cargo ships for repairs.').dates.length, 0);
  assert.equal(timesOf('2025-04-11', 'VELMORA, March 3, 2025 (Harbour News) -- The port authority closed the harbour.').dates.length, 0);
  // A date in the reported clause, or before a verb of saying that closes the sentence, counts.
  assert.equal(timesOf('2025-04-11', 'The port authority said police arrested the captain on March 3, 2025.').dates.length, 1);
  assert.equal(timesOf('2025-04-11', 'Police arrested the captain on March 3, 2025, officials said.').dates.length, 1);
});
