// The one-claim gate's value test (src/compare/facts/figures.ts): a consensus fact never cites a
// sentence that gives another value for the thing it counts. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { figuresDiffer, figuresOf } from '../src/compare/facts/figures.js';
import { oneClaimFacts } from '../src/compare/facts/one-claim.js';

function gate(a: string, b: string): FactCluster[] {
  const x: FactSentence = { idx: 0, article: 'a1', articleIndex: 0, start: 0, end: a.length, text: a };
  const y: FactSentence = { idx: 1, article: 'a2', articleIndex: 1, start: 0, end: b.length, text: b };
  const sentences = [x, y];
  const aff = new Affinity(sentences.map((s) => s.text));
  const entail = new Entailment(sentences.map((s) => s.text), aff.ctx);
  return oneClaimFacts([{ members: [x, y], also: [], centrality: [1, 0.5], origin: null, aligned: null }], sentences, [], { aff, entail, acts: sentences.map((s) => readAct(s.text)), near: 0.5 });
}

const differ = (a: string, b: string): boolean => figuresDiffer(figuresOf(a), figuresOf(b));

test('two upper bounds a tenth apart are two figures: the fact splits', () => {
  const a = 'The fever kills up to 3 million people a year and sickens 200 million more, the agency said.';
  const b = 'The fever kills up to 2.7 million people a year, according to the agency.';
  assert.ok(differ(a, b));
  const out = gate(a, b);
  assert.equal(out.length, 2);
  // Kept related to the fact they came from, for the conflicts stage.
  assert.ok(out.every((f) => f.aligned === 0));
});

test('a lower bound the other figure is below is another figure', () => {
  assert.ok(differ('The flood in Ostrava killed more than 150 people, including 9 children.', 'A total of 148 people, including nine children, were killed in the Ostrava flood.'));
  // The same figure, or one above the bound, is the same claim.
  assert.ok(!differ('The flood in Ostrava killed more than 150 people.', 'A total of 153 people were killed in the Ostrava flood.'));
});

test('figures that may be one value stay one claim', () => {
  // Opposite bounds around one figure.
  assert.ok(!differ('Guards stopped more than 188,000 walkers at the pass in June.', 'There were nearly 190,000 walkers stopped at the pass in June.'));
  // An approximation within a tenth, a rounding of an exact figure.
  assert.ok(!differ('About 3,000 residents were evacuated.', 'Officials said 3,040 residents were evacuated.'));
  assert.ok(!differ('3,040 residents were evacuated.', '3,000 residents were evacuated.'));
  // A figure whose unit is not said, beside the shared one ("by 1,000 to 405,000").
  assert.ok(!differ('The count was revised down to 405,000.', 'The count was revised down by 1,000 to 405,000.'));
  // Different units of measure are not compared; a percentage shares no more than "percent".
  assert.ok(!differ('Vance was sentenced to 12 1/2 years in prison.', 'Vance received a 150-month prison sentence.'));
  assert.ok(!differ('The jobless rate fell to 4.8% from 5.1%, better than the forecast of 4.9%.', 'The jobless rate fell to 4.8% from 5.1%, far above the 2.8% rate of 2019.'));
});

test('two exact figures for one count are two claims, one within rounding is not', () => {
  assert.ok(differ('The storm destroyed 3 million acres of forest.', 'The storm destroyed 2.7 million acres of forest.'));
  assert.ok(differ('Eleven miners were rescued on Sunday.', 'Ten miners were rescued on Sunday.'));
  assert.ok(!differ('Eleven miners were rescued on Sunday.', '11 miners were rescued on Sunday.'));
});

test('a time word after a figure dates it and counts nothing', () => {
  // "last week" / "the week prior": both figures are of one week, not two values of a week.
  assert.ok(!differ('Claims rose by 4,000 last week to 412,000, the bureau said.', 'The bureau said 412,000 people filed claims, up from a revised 408,000 filings the week prior.'));
});

test('a number word times hundred or dozen is one figure; a count with a comma is no year', () => {
  // figures.ts MULTIPLIERS: "two hundred" was read as 2 and split from "200".
  assert.ok(!differ('Floods in the Varna valley killed two hundred people.', 'Floods in the Varna valley killed 200 people.'));
  assert.ok(differ('Floods in the Varna valley killed two hundred people.', 'Floods in the Varna valley killed 350 people.'));
  assert.ok(!differ('Rescuers freed three dozen miners.', 'Rescuers freed 36 miners.'));
  // figures.ts isYearFigure: "2,000" lies in the years' range but is written as a count.
  assert.ok(differ('The Varna floods killed 2,000 people.', 'The Varna floods killed 1,400 people.'));
  // A year as written is still no figure of the count.
  assert.ok(!differ('The Varna floods of 1998 killed 200 people.', 'The Varna floods of 2001 killed 200 people.'));
});

test('the alignment clash reads a count with a thousands comma as a figure, not a year', async () => {
  // facts.ts claimShape uses figures.ts isYearFigure: "2,000" was dropped as a year, so two
  // counts of one toll were no value clash.
  const { annotate } = await import('../src/annotate/index.js');
  const { alignFacts } = await import('../src/compare/facts/facts.js');
  const art = (id: string, outlet: string, text: string) => annotate({ id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as never);
  const arts = [art('v1', 'Orvel Post', 'The Varna floods killed 2,000 people on Tuesday.'), art('v2', 'Lantern Daily', 'The Varna floods killed 1,400 people on Tuesday.')];
  const al = alignFacts(arts);
  const i = al.sentences.findIndex((s) => s.article === 'v1');
  const j = al.sentences.findIndex((s) => s.article === 'v2');
  assert.equal(al.clash(i, j)?.kind, 'value');
});
