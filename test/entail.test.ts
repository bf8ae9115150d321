/**
 * "Reported elsewhere" (src/compare/match/entail.ts) on invented sentences: a short fact inside a long
 * sentence, other words for one act, a name in another spelling or named just before, a fact
 * told over two sentences are covered; a negated claim, a fragment of few words and a sentence
 * on another matter are not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Entailment } from '../src/compare/match/entail.js';
import { buildMatchContext, prepareSentence } from '../src/compare/match/match.js';

// The cut the dossier uses (facts.ts ENTAILED).
const REPORTED = 0.75;

function entailment(sentences: string[]): Entailment {
  const ctx = buildMatchContext(sentences);
  for (const s of sentences) prepareSentence(s, ctx);
  return new Entailment(sentences, ctx);
}

const best = (c: { whole: number; lead: number }): number => Math.max(c.whole, c.lead);

test('a short fact inside a longer sentence of another outlet is covered', () => {
  const e = entailment([
    'The Ardel bridge opened to traffic on Monday after four years of construction.',
    'Officials said the new Ardel bridge, which took four years of construction to build, opened to traffic on Monday, and the mayor praised the builders.',
  ]);
  assert.ok(best(e.covered(0, [1])) >= REPORTED);
  // Not the other way round: the longer sentence says more than the short one.
  assert.ok(best(e.covered(1, [0])) < REPORTED);
});

test('other words for one act count: a letter asking for money is writing to request funds', () => {
  const e = entailment([
    'Port director Mira Talbek wrote to the transport ministry requesting emergency funds to repair the damaged pier.',
    'In a letter to the transport ministry, Talbek asked for emergency money to repair the pier.',
  ]);
  assert.ok(best(e.covered(1, [0])) >= REPORTED, JSON.stringify(e.covered(1, [0])));
});

test('the lead clause stands for a long sentence whose main statement another outlet reports', () => {
  const e = entailment([
    'Port director Mira Talbek asked the transport ministry for emergency funds to repair the pier, while navy divers searched the harbour floor near the breakwater for the wreck of a sunken tug.',
    'Talbek wrote to the transport ministry requesting emergency funds to repair the pier.',
  ]);
  const c = e.covered(0, [1]);
  assert.ok(c.whole < REPORTED);
  assert.ok(c.lead >= REPORTED, JSON.stringify(c));
});

test('a fact told over two sentences is covered by the two together, and a pronoun finds its name just before', () => {
  const e = entailment([
    'Mayor Lena Orsk closed the Kerrow ferry terminal after the storm damaged its main pier.',
    'Lena Orsk visited the ferry terminal of Kerrow on Sunday.',
    'She closed it because the storm had damaged the main pier, she said.',
  ]);
  assert.ok(best(e.covered(0, [1, 2])) > best(e.covered(0, [2])));
  // The window alone lacks the names; the sentence before it names her.
  assert.ok(best(e.covered(0, [2], [1])) > best(e.covered(0, [2])));
});

test('names match by spelling, never by meaning: Tartous is Tartus, Kovac is not Brannik', () => {
  const e = entailment([
    'The Russian navy kept its repair station at Tartus open through the winter months.',
    'The Russian navy kept its repair station at Tartous open through the winter months.',
    'The Russian navy kept its repair station at Brannik open through the winter months.',
  ]);
  assert.equal(best(e.covered(0, [1])), 1);
  assert.ok(best(e.covered(0, [2])) < 1);
});

test('a negated claim is not said by a sentence that negates nothing', () => {
  const e = entailment([
    'The harbour council did not approve the budget for the pier repairs.',
    'The harbour council approved the budget for the pier repairs on Tuesday.',
  ]);
  assert.equal(best(e.covered(0, [1])), 0);
});

test('a fragment of few words is flagged slight; a sentence on another matter is not covered', () => {
  const e = entailment([
    'Claims were revised to 375,000.',
    'Initial claims rose by 37,000 to 412,000 in the week, and claims for the prior week were revised to 375,000.',
    'Fishermen moved their boats to the sheltered bay at Orsk while the pier is closed.',
    'The harbour council met on Tuesday to discuss the budget for the pier repairs.',
  ]);
  assert.equal(e.covered(0, [1]).slight, true);
  assert.equal(e.covered(2, [3]).slight, false);
  assert.ok(best(e.covered(2, [3])) < REPORTED);
});
