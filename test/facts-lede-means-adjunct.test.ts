/**
 * The main act told again as the event noun of a means adjunct (issue #12): "The tribunal
 * extended … by a 7-2 ruling" is the tribunal's ruling, as another outlet's "The tribunal ruled
 * 7-2 …" says (predicates.ts readAct `means`, sameMainAct). Only an indefinite adjunct of means
 * ("by a 7-2 ruling", "in a 61-38 vote"), never a passive's agent ("defeated by a tally"), a
 * complex preposition ("by the end of"), a modifier of the head ("televised" in "a televised address"), and
 * only for one named actor. Also: prefixed irregular pasts ("upheld", "overrode") read as their
 * verbs (irregular-verbs.ts). Invented articles, real annotator.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { readAct, sameMainAct } from '../src/compare/words/predicates.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const shared = (text: string[]): string[][] => {
  const { dossier: d } = buildDossier(text.map((t, k) => art(`a${k}`, `Outlet ${k}`, t)));
  return d.facts.filter((f) => new Set(f.sentences.map((s) => s.article)).size > 1).map((f) => [...new Set(f.sentences.map((s) => s.article))].sort());
};

const extended = 'The Velmoran High Tribunal extended its protection of press freedom to online forums on Tuesday, by a 7-2 ruling that the Dorsk city council exceeded its powers by fining a local blogger.';
const ruled = 'The Velmoran High Tribunal on Tuesday ruled 7-2 that the Dorsk city council was wrong when it fined a local blogger for a post about the harbour budget.';

test('an event noun heading a means adjunct is read as the main act told again', () => {
  const a = readAct(extended);
  assert.deepEqual(a.means?.map((p) => p.lemma), ['ruling']);
  assert.ok(sameMainAct(a, readAct(ruled), 2), '"ruled 7-2" / "by a 7-2 ruling": one act of one actor');
  assert.deepEqual(readAct('In a 61-38 vote, the Velmoran Senate approved the harbour budget on Monday.').means?.map((p) => p.lemma), ['vote']);
});

test('a passive agent, a complex preposition, a modifier or a definite noun is no means adjunct', () => {
  assert.equal(readAct('The harbour budget was defeated by a vote of 50-50 in the Velmoran Senate on Monday.').means, undefined);
  assert.equal(readAct('The Velmoran Senate will approve the harbour budget by the end of the month, its leader said.').means, undefined);
  // The head noun, not its modifier: "address", not "televised".
  assert.deepEqual(readAct('The Velmoran president praised the harbour budget in a televised address on Sunday.').means?.map((p) => p.lemma), ['address']);
  assert.equal(readAct('The Velmoran Senate approved the harbour budget in the vote on Monday.').means, undefined);
});

test('the means noun counts for one named actor only', () => {
  const other = readAct('The Dorsk Appeals Court extended its protection of press freedom on Tuesday, by a 7-2 ruling that the council exceeded its powers.');
  assert.ok(!sameMainAct(other, readAct(ruled), 2), 'the Dorsk Appeals Court is not the Velmoran High Tribunal');
});

test('two ledes telling one ruling, one with the verb and one with the noun, are one shared fact', () => {
  const facts = shared([
    'The Velmoran High Tribunal widened the shield of press freedom to online forums and chat groups on Tuesday, by a 7-2 ruling that found against the Dorsk city council in a closely watched case. The blogger had been fined 2,000 crowns in March. Her lawyer called the fine an act of revenge.',
    'The Velmoran High Tribunal on Tuesday ruled 7-2 that a provincial council was wrong to punish a young blogger for a post about its harbour budget. Two judges dissented. The council has not said whether it will repay the money.',
  ]);
  assert.ok(facts.some((f) => f.length === 2), 'the ruling is a shared fact');
});

test('a prefixed irregular past is its base verb, the main act of its clause', () => {
  // "upheld", "overrode", "withheld": without them such a sentence has no main act at all.
  assert.deepEqual(readAct('The Velmoran appeals court upheld the harbour ban on Friday.').main.map((p) => p.lemma), ['uphold']);
  assert.deepEqual(readAct('The Dorsk health agency overrode its advisory panel early Friday.').main.map((p) => p.lemma), ['override']);
  assert.deepEqual(readAct('The Velmoran treasury withheld the harbour grant in March.').main.map((p) => p.lemma), ['withhold']);
});
