// The one-claim gate (src/compare/facts/one-claim.ts) on loose topics: sentences that share a
// topic's words, a dateline or a phrase but tell of different days, different subjects or only an
// aspectual verb are two claims; one claim told in another voice stays one. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { oneClaimFacts, otherSubjects, weekdaysDiffer } from '../src/compare/facts/one-claim.js';

function gate(pairs: Array<[string, string]>): FactCluster[] {
  const sentences: FactSentence[] = [];
  const facts: FactCluster[] = [];
  for (const [a, b] of pairs) {
    const x: FactSentence = { idx: sentences.length, article: 'a1', articleIndex: 0, start: sentences.length * 1000, end: sentences.length * 1000 + a.length, text: a };
    sentences.push(x);
    const y: FactSentence = { idx: sentences.length, article: 'a2', articleIndex: 1, start: sentences.length * 1000, end: sentences.length * 1000 + b.length, text: b };
    sentences.push(y);
    facts.push({ members: [x, y], also: [], centrality: [1, 0.5], origin: null, aligned: null });
  }
  const aff = new Affinity(sentences.map((s) => s.text));
  const entail = new Entailment(sentences.map((s) => s.text), aff.ctx);
  return oneClaimFacts(facts, sentences, [], { aff, entail, acts: sentences.map((s) => readAct(s.text)), near: 0.5 });
}

const split = (a: string, b: string): boolean => gate([[a, b]]).length === 2;

test('two stages of a running story, told on different weekdays, are two claims', () => {
  assert.ok(weekdaysDiffer('Voters went to the polls Friday.', 'Results showed Sunday that the reformists won.'));
  assert.ok(!weekdaysDiffer('Voters went to the polls Friday.', 'On Friday, voters chose a council.'));
  assert.ok(!weekdaysDiffer('Voters went to the polls Friday.', 'Voters went to the polls.'));
  assert.ok(
    split(
      'VALDORA CITY, Valdora (AP) _ Reformist candidates were leading in elections for a key council that elects and oversees the regional governor, according to partial results Saturday.',
      'VALDORA CITY, Valdora (AP) _ Reformist candidates won a clear victory in elections for a key council that oversees the regional governor, official results showed Sunday.',
    ),
  );
});

test('sentences about different subjects are two claims, whatever topic words they share', () => {
  assert.ok(otherSubjects("The verdict was widely considered the most important ever by Norland's high court.", 'A new federal formula is widely considered the only way to keep Westmark from leaving the Norland union.'));
  assert.ok(split("The verdict was widely considered the most important ever by Norland's high court.", 'A new federal formula is widely considered the only way to keep Westmark from leaving the Norland union.'));
  assert.ok(split('The poll results keep the autonomy movement alive, but it is weakened.', "Varga's return to regional politics will keep the autonomy movement in the province alive."));
  // A shared phrase that is an argument of two different statements, not their claim.
  assert.ok(
    split(
      "The city's failure to cut spending in two key areas _ school transport and street lighting _ and to improve tax collection makes Ardena heavily dependent on loans.",
      'In March the council rejected his school transport and street lighting reforms.',
    ),
  );
});

test('one claim told in another voice, or by a place and its people, stays one fact', () => {
  assert.ok(!otherSubjects('The state House on Wednesday voted 60-48 to repeal the Emergency Grazing Act of 1931.', 'In a 60-48 vote on Wednesday, the Emergency Grazing Act of 1931 was repealed.'));
  assert.ok(!otherSubjects('Libya had accepted the proposal in principle.', 'Libyan leader Omar Tarsi accepted the proposal in principle.'));
  assert.ok(!otherSubjects('The Bureau of Labor Statistics said Friday that the jobless rate had fallen to 5.1%.', 'The jobless rate fell to 5.1%.'));
  assert.ok(!otherSubjects('He said the rate fell.', 'The agency said the jobless rate fell.'));
});

test('an aspectual verb is no act two sentences share', () => {
  assert.ok(split('And the Green League continues to portray him as an outsider from the capital.', 'And so, Marten continued, even voters who see him as an outsider from the capital will vote for the Green League.'));
});
