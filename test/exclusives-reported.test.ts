/**
 * Exclusives that are true (issue #12), on invented text: a statement of measure told in other
 * words by another outlet (the same amount, or one within rounding) is reported there, not an
 * exclusive; one whose amount the other outlet does not give stays exclusive; a month written
 * short ("Jan. 7") is a date word like the month's full name, not a name the other outlet lacks;
 * an act another outlet names around most of the same words ("was barred indefinitely" / "its
 * indefinite ban") is reported there.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Entailment, reportedIn } from '../src/compare/match/entail.js';
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
  assert.equal(d.measured, 0);
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

test('an act another outlet names in other words around most of the same content is reported there', () => {
  const e = entailment([
    'The striker was barred indefinitely from both leagues in March after fighting a referee, but the players union criticised the open-ended penalty.',
    'The federation said it had ended its indefinite ban on the striker, which it imposed in March after he fought a referee.',
  ]);
  const c = e.covered(0, [1]);
  // Short of the whole-sentence bar, but the lead clause's act ("barred") is named there ("ban").
  assert.ok(Math.max(c.whole, c.lead) < 0.75, JSON.stringify(c));
  assert.ok(reportedIn(c, () => true), JSON.stringify(c));
  // The same words around another act are not enough.
  assert.ok(!reportedIn(c, () => false));
});
