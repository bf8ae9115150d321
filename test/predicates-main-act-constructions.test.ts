/**
 * The main act of a lede read in three constructions that left it unread (issue #12, the main
 * event told in other words; predicates.ts readAct): a lede with no main act is never linked to
 * another outlet's lede of the same event by the act tests.
 *
 * - an adverb in "-ly" between the auxiliary and a passive with its agent ("was apparently
 *   attacked by …"), which was taken for a reduced relative;
 * - a plain present after a subject pronoun in a reported clause ("they suspect arson");
 * - a verb of making known with a noun phrase, no clause ("announced the members of …"): the act.
 *
 * Invented sentences.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mainActsDiffer, readAct, sameMainAct } from '../src/compare/words/predicates.js';

const mainOf = (s: string): string[] => readAct(s).main.map((p) => p.lemma);

test('a "-ly" adverb inside a passive verb group with its agent: the passive is the main act', () => {
  assert.deepEqual(mainOf('The Dalvik ferry terminal was apparently attacked by an arsonist early on Sunday.'), ['attack']);
  assert.ok(readAct('The Dalvik ferry terminal was apparently attacked by an arsonist early on Sunday.').passive);
  // A participle with its agent after a noun is still a reduced relative, not the main verb.
  assert.deepEqual(mainOf('Results commissioned by the Dalvik council showed a rise in fares.'), ['show']);
});

test('a plain present after "they" / "we" is the verb of the reported clause', () => {
  assert.deepEqual(mainOf('Authorities in Dalvik are now saying they suspect arson in the terminal fire.'), ['suspect']);
  assert.deepEqual(mainOf('Harbour officials announced on Monday that they plan to rebuild the terminal.'), ['plan', 'rebuild']);
  // "you" is as often an object: no verb read after it.
  assert.deepEqual(mainOf('The mayor gave you hope on Monday.'), []);
  // A speaker's own "I think" / "we believe" opening a quote is a stance, not the act.
  assert.ok(!mainOf('"I think we have enough doses, but I believe enough to slow the spread," he said.').some((l) => l === 'think' || l === 'believe'));
});

test('a verb of making known with a noun phrase is the act; before a clause it is attribution', () => {
  const named = readAct('The Velmoran council announced the members of its new harbour board on Tuesday.');
  assert.deepEqual(named.main.map((p) => p.lemma), ['announce']);
  assert.deepEqual(named.subject, ['velmoran']);
  assert.deepEqual(mainOf('Last month, the Velmoran government announced a plan to begin rebuilding the harbour.'), ['announce']);
  assert.deepEqual(mainOf('The Kessler group reported a record loss on Monday.'), ['report']);
  // A clause after the verb (with or without "that"): what it reports is the act.
  assert.deepEqual(mainOf('The Velmoran council announced the terminal would close in May.'), ['close']);
  assert.deepEqual(mainOf("The Kessler group reported the company's profits rose sharply in May."), ['rise']);
  assert.deepEqual(mainOf('The mayor said the fire destroyed the terminal.'), ['destroy']);
  // Two outlets announcing one board: one act named outright.
  const other = readAct('The Velmoran council on Tuesday announced the new harbour board, led by Ilse Brandt.');
  assert.ok(sameMainAct(named, other, 2));
});

test('two things made known are two acts: the verb of making known is not the act alone', () => {
  const differ = (a: string, b: string): boolean => mainActsDiffer(readAct(a), readAct(b), 0.5);
  // One company, one verb, another thing reported: never one fact.
  assert.ok(differ('Velmora Steel reported a record loss for the third quarter on Tuesday.', 'On Tuesday Velmora Steel reported a record third-quarter profit as prices climbed.'));
  assert.ok(differ('The Tessin council on Tuesday announced a new budget for the harbour.', 'The council of Tessin announced a hiring freeze in the harbour on Tuesday.'));
  // The same thing in other words round it: one act.
  assert.ok(!differ('Velmora Steel reported a record loss for the third quarter on Tuesday.', 'Velmora Steel on Tuesday reported a third-quarter loss of $20 million.'));
});
