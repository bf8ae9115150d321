/**
 * A shared fact never joins a deictic day with another report's date a month away or more
 * (facts/dates.ts datesDiffer with the deictic reach): "struck … on Sunday" or "last week" in a
 * report of 20 May is not "struck … in January" in one of 3 March. Reports of one news cycle keep
 * their shared fact, and there a date the other sentence gives for another clause does not split
 * it.
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

/** Whether some fact cites article a's sentence `p` and article b's sentence `q`. */
const together = (d: Dossier, p: string, q: string): boolean =>
  d.facts.some((f) => f.sentences.some((s) => s.article === 'a' && textOf(d, s) === p) && f.sentences.some((s) => s.article === 'b' && textOf(d, s) === q));

const timesOf = (published: string, text: string) => sentenceTimes(annotate(art('t', 'T', published, text)), 0, text.length);

const rescue = 'Rescue teams from three neighbouring towns searched the collapsed warehouses near the port until late in the evening.';
const marches = 'Thousands of students marched through the old town of Velmora on the following days, and shops along the harbour road stayed shut.';

const dossier = (pa: string, a: string, pb: string, b: string): Dossier =>
  buildDossier([art('a', 'Courier', pa, `${a} ${marches} ${rescue}`), art('b', 'Ledger', pb, `${b} ${rescue}`)]).dossier;

const SUNDAY = 'A strong earthquake struck the coast of Velmora on Sunday, killing two people and damaging the harbour.';
const LAST_WEEK = 'A strong earthquake struck the coast of Velmora last week, killing two people and damaging the harbour.';
const JANUARY = 'A strong earthquake struck the coast of Velmora in January, killing two people and damaging the harbour.';

test('a deictic day in a report months from the other is not the other\'s written month', () => {
  const d = dossier('2026-03-03', JANUARY, '2026-05-20', SUNDAY);
  assert.ok(!together(d, JANUARY, SUNDAY), '"on Sunday" in a report of 20 May is not "in January"');
  // The sentence told of no day is still one fact of both reports.
  assert.ok(together(d, rescue, rescue));
  assert.ok(!together(dossier('2026-05-20', LAST_WEEK, '2026-03-03', JANUARY), LAST_WEEK, JANUARY));
});

test('the deictic reach against a written date, read directly', () => {
  // Either way round.
  assert.ok(datesDiffer(timesOf('2026-03-03', JANUARY), timesOf('2026-05-20', SUNDAY)));
  assert.ok(datesDiffer(timesOf('2026-05-20', SUNDAY), timesOf('2026-03-03', JANUARY)));
  // A month the deictic day lies in agrees with it.
  assert.ok(!datesDiffer(timesOf('2026-06-10', 'A strong earthquake struck the coast of Velmora in May.'), timesOf('2026-05-20', SUNDAY)));
});

test('reports of one news cycle keep the fact their deictic days tell', () => {
  // Two days apart: one Sunday, however each was resolved.
  assert.ok(together(dossier('2026-03-03', SUNDAY, '2026-03-05', SUNDAY), SUNDAY, SUNDAY));
  // Ten days apart, "on Sunday" and "last week" may name one day.
  assert.ok(!datesDiffer(timesOf('2026-03-03', SUNDAY), timesOf('2026-03-13', LAST_WEEK)));
  // Two deictic days are not compared with each other, even months apart (dates.ts: outlets
  // retell one claim under the news peg of their own day).
  assert.ok(!datesDiffer(timesOf('2026-03-03', SUNDAY), timesOf('2026-05-20', SUNDAY)));
  // In one news cycle another clause's year is no evidence against the deictic day.
  assert.ok(!datesDiffer(timesOf('2026-03-03', 'Ivo Marrek, who founded the harbour fund in 2017, was arrested on Sunday.'), timesOf('2026-03-03', 'Ivo Marrek was arrested on Sunday in Velmora.')));
  assert.ok(!datesDiffer(timesOf('2026-03-03', 'Ivo Marrek, who founded the harbour fund in 2017, was arrested in Velmora.'), timesOf('2026-03-04', 'Ivo Marrek was arrested on Sunday in Velmora.')));
  // A weekday of saying is when it was said, not when it happened.
  assert.ok(!datesDiffer(timesOf('2026-03-03', JANUARY), timesOf('2026-05-20', 'A strong earthquake struck the coast of Velmora in January, officials said on Sunday.')));
});
