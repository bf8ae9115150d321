/**
 * Exclusives that are true (issue #12), on invented text: a statement of measure told in other
 * words by another outlet (the same amount, or one within rounding) is reported there, not an
 * exclusive; one whose amount the other outlet does not give stays exclusive; a month written
 * short ("Jan. 7") is a date word like the month's full name, not a name the other outlet lacks;
 * an amount in a clause of background, or a number that is part of a name ("Flight 447"), makes
 * no statement of measure.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Entailment } from '../src/compare/match/entail.js';
import { buildMatchContext, prepareSentence } from '../src/compare/match/match.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

function entailment(sentences: string[]): Entailment {
  const ctx = buildMatchContext(sentences);
  for (const s of sentences) prepareSentence(s, ctx);
  return new Entailment(sentences, ctx);
}

function art(id: string, outlet: string, text: string): Article {
  return { id, file: `${id}.txt`, outlet, url: null, title: null, published: '2026-05-08', authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

test('a statement of measure is covered in other words when the other outlet gives its amount', () => {
  const e = entailment([
    'Harbour police detained more than 1,240 fishermen trying to cross the northern strait in May, marking a ten-year high, as the ministry weighs new licensing rules.',
    'There were nearly 1,250 arrests of fishing crews at the northern strait in May, the coast authority said on Friday.',
    'Harbour police detained 3,100 fishermen trying to cross the northern strait last year.',
  ]);
  const c = e.covered(0, [1]);
  assert.ok(Math.max(c.whole, c.lead) < 0.75, JSON.stringify(c));
  assert.ok(c.amounts >= 0.5, JSON.stringify(c));
  // Another amount is another measure: the words alone do not make it reported.
  const d = e.covered(0, [2]);
  assert.equal(d.amounts, 0);
});

test('an amount in a clause of background does not make the statement a measure', () => {
  const e = entailment([
    'Candidate Omar Tesk, a moderate, blamed the low turnout in Varna on the lack of choice, as most of the 212 candidates were hard-liners.',
    'Most of the 212 candidates in the Varna vote were hard-liners loyal to the council, officials said.',
  ]);
  // What the sentence states is Tesk's blame; the count of candidates is its circumstance.
  assert.equal(e.covered(0, [1]).amounts, 0);
});

test('two exact figures a little apart are two measures; a hedged one agrees with a near one', () => {
  const e = entailment([
    'Government cutbacks of $5 billion have slowed the flight of capital from the country.',
    'Officials said the $4.5 billion bailout had slowed the flight of capital from the country.',
    'Officials said nearly $4.8 billion of cutbacks had slowed the flight of capital from the country.',
  ]);
  assert.equal(e.covered(0, [1]).amounts, 0);
  assert.ok(e.covered(0, [2]).amounts >= 0.5, JSON.stringify(e.covered(0, [2])));
});

test('a number that is part of a name is no amount', () => {
  const e = entailment([
    'Investigators said Flight 418 sent 24 error messages shortly before it vanished over the sea.',
    'Autopsies of the victims of Flight 418 show broken bones, suggesting the jet broke apart in the air.',
  ]);
  assert.equal(e.covered(0, [1]).amounts, 0);
  assert.deepEqual(e.amountsOf(0), []);
});

test('a month written short is a date word, not a name the other outlet must give', () => {
  const e = entailment([
    'Former mayor Dana Kolb could return to the Ostrava council on Jan. 7.',
    'Dana Kolb, the former mayor, could return to the Ostrava council from January 7, her lawyer said.',
  ]);
  // Everything it says is said there: "Jan." asks for nothing more than "January" would.
  const c = e.covered(0, [1]);
  assert.ok(c.whole > 0.999, JSON.stringify(c));
});

test('a count another outlet gives in other words is not an exclusive; a count it does not give stays one', () => {
  const { dossier: d } = buildDossier([
    art('t1', 'North Post', 'Harbour police detained more than 1,240 fishermen trying to cross the northern strait in May, marking a ten-year high, as the ministry weighs new licensing rules. Continuing detentions of trawler captains rose to 312 in the same month.'),
    art('t2', 'Coast Daily', 'There were nearly 1,250 arrests of fishing crews at the northern strait in May, the coast authority said on Friday. The authority blamed rising fuel prices for the crossings.'),
    art('t3', 'Strait Herald', 'Fuel prices in the coastal provinces rose for a fifth month. Fishing unions called for a strike in June.'),
  ]);
  const text = (id: string) => d.articles.find((a) => a.id === id)!.text;
  const factOf = (id: string, phrase: string) => d.facts.find((f) => f.sentences.some((s) => s.article === id && text(id).slice(s.start, s.end).includes(phrase)))!;
  const detained = factOf('t1', '1,240 fishermen');
  assert.ok(detained, 'the detention sentence is a fact');
  assert.ok(!d.coverage.exclusives.some((e) => e.facts.includes(detained.id)), 'reported by Coast Daily in other words');
  const captains = factOf('t1', 'trawler captains');
  assert.ok(d.coverage.exclusives.some((e) => e.article === 't1' && e.facts.includes(captains.id)), 'no other outlet gives 312');
});
