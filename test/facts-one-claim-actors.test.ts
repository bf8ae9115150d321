// The one-claim gate's actor test (src/compare/facts/one-claim.ts otherActor): one act done by
// different named actors, both in the active voice, is two claims even when each sentence names
// the other's actor somewhere. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { actorNames, oneClaimFacts } from '../src/compare/facts/one-claim.js';

function gate(a: string, b: string): FactCluster[] {
  const x: FactSentence = { idx: 0, article: 'a1', articleIndex: 0, start: 0, end: a.length, text: a };
  const y: FactSentence = { idx: 1, article: 'a2', articleIndex: 1, start: 0, end: b.length, text: b };
  const sentences = [x, y];
  const aff = new Affinity(sentences.map((s) => s.text));
  const entail = new Entailment(sentences.map((s) => s.text), aff.ctx);
  return oneClaimFacts([{ members: [x, y], also: [], centrality: [1, 0.5], origin: null, aligned: null }], sentences, [], { aff, entail, acts: sentences.map((s) => readAct(s.text)), near: 0.5 });
}

test('the same act by another named actor is another claim', () => {
  const out = gate(
    'The Harlow fishermen sharply opposed the harbour expansion and warned that it would ruin the bay.',
    'The Marlow council has opposed the harbour expansion as harmful to talks between the council and the Harlow fishermen.',
  );
  assert.equal(out.length, 2);
});

test('one actor named in other words, or a passive, stays one claim', () => {
  const one = (a: string, b: string): void => assert.equal(gate(a, b).length, 1, `${a} / ${b}`);
  one('Mayor Ilse Varga on Monday opposed the harbour expansion, saying it would ruin the bay.', 'Varga opposed the harbour expansion on Monday, saying it would ruin the bay.');
  one('The Ostland government opposed the harbour expansion on Monday.', 'Ostlandic officials opposed the harbour expansion on Monday.');
});

test('the actor is read after attribution and not in the passive voice', () => {
  assert.deepEqual(actorNames('Reuters reported that Kovac signed the harbour bill on Monday.', readAct('Reuters reported that Kovac signed the harbour bill on Monday.')), ['kovac']);
  assert.deepEqual(actorNames('Kovac and Brannik were arrested on Monday.', readAct('Kovac and Brannik were arrested on Monday.')), []);
});

test('names inside a quotation are no actor', () => {
  const a = '"Ostland is my business, madam, and it is the future of Ostland we are dealing with," the prime minister snapped at a news conference.';
  const b = '"Ostland is my business, madam," Varga, a Harlow native, snapped at a reporter.';
  assert.deepEqual(actorNames(a, readAct(a)), []);
  assert.equal(gate(a, b).length, 1);
});

test('two names one letter apart at the end are two actors; a place and its people are one', () => {
  // one-claim.ts kinWords: "Iran" / "Iraq" shared all but the last letter of the shorter word.
  const a = (x: string): string => `The ${x} government sharply opposed the harbour expansion and warned that it would ruin the bay.`;
  const b = (x: string): string => `The ${x} government has opposed the harbour expansion as harmful to the bay.`;
  assert.equal(gate(a('Iran'), b('Iraq')).length, 2);
  assert.equal(gate(a('Mali'), b('Malta')).length, 2);
  assert.equal(gate(a('Ostland'), b('Ostlandi')).length, 1);
});
