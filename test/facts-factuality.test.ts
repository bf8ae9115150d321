// The one-claim gate's factuality test (src/compare/facts/modality.ts): one act told as done by
// one outlet and as expected, planned, required, possible or denied by another is two claims (a
// forecast, a rule or a plan is not its outcome); the same act told the same way, or a present
// tense (news writes scheduled acts in it), stays one. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { oneClaimFacts } from '../src/compare/facts/one-claim.js';
import { factualityDiffers, factualityOf } from '../src/compare/facts/modality.js';

function gate(a: string, b: string): FactCluster[] {
  const x: FactSentence = { idx: 0, article: 'a1', articleIndex: 0, start: 0, end: a.length, text: a };
  const y: FactSentence = { idx: 1, article: 'a2', articleIndex: 1, start: 0, end: b.length, text: b };
  const sentences = [x, y];
  const aff = new Affinity(sentences.map((s) => s.text));
  const entail = new Entailment(sentences.map((s) => s.text), aff.ctx);
  return oneClaimFacts([{ members: [x, y], also: [], centrality: [1, 0.5], origin: null, aligned: null }], sentences, [], { aff, entail, acts: sentences.map((s) => readAct(s.text)), near: 0.5 });
}

const differs = (a: string, b: string): string | null => factualityDiffers(factualityOf(a, readAct(a)), factualityOf(b, readAct(b)));

test('an expectation, a plan, a rule or a denial is not the outcome it is about', () => {
  const pairs: Array<[string, string]> = [
    ['Dalvenian exports are expected to rise 3 percent in the second quarter, the harbour authority said.', 'Dalvenian exports rose 3 percent in the second quarter, the harbour authority said.'],
    ['The Velmora ferry company plans to cut 400 jobs at the Halvar terminal.', 'The Velmora ferry company has cut 400 jobs at the Halvar terminal.'],
    ['Under the harbour charter, the council requires the mayor to win more than half of the votes.', 'Mayor Ilse Varga won more than half of the votes cast in the council on Monday.'],
    ['The Velmora ferry company said it will close the Halvar terminal in March.', 'The Velmora ferry company said it had closed the Halvar terminal in March.'],
    ['The Velmora ferry company denied that it closed the Halvar terminal in March.', 'The Velmora ferry company closed the Halvar terminal in March.'],
    // A main clause whose subject the act reading takes for a verb ("suspects") is read by its
    // first verb group with an auxiliary.
    ['Two dock workers have been charged in the deaths and are being held by police in Halvar.', 'Two dock workers held in connection with the Halvar fire will be charged in a local court next week, a newspaper said Saturday.'],
    ['It is widely expected that the Velmora ferry company will close the Halvar terminal in March.', 'The Velmora ferry company closed the Halvar terminal in March.'],
  ];
  for (const [a, b] of pairs) {
    assert.ok(differs(a, b), `${a} / ${b}`);
    assert.equal(gate(a, b).length, 2, `${a} / ${b}`);
  }
});

test('a reporting clause after a future ("will … , the board said") leaves the future a future', () => {
  // Only the backshifted "would" of a report is read as the reported decision; "will" stays a forecast.
  assert.ok(differs('Tomas Kovac will be suspended from the port for two years, the harbour board said on Friday.', 'The harbour board suspended Tomas Kovac from the port for two years.'));
});

test('one act told with one factuality, or told both ways by one sentence, stays one claim', () => {
  const none = (a: string, b: string): void => assert.equal(differs(a, b), null, `${a} / ${b}`);
  // Both done, or both to come.
  none('Dalvenian exports rose 3 percent in the second quarter.', 'Exports from Dalvenia rose 3 percent in the second quarter, the harbour authority said.');
  none('The Velmora ferry company will cut 400 jobs at the Halvar terminal.', 'The Velmora ferry company is expected to cut 400 jobs at the Halvar terminal.');
  // A present tense may tell a scheduled act: no reading; a present passive is no past.
  none('Tomas Kovac is charged with arson at the Halvar terminal.', 'Tomas Kovac will be charged with arson at the Halvar terminal.');
  none('Mayor Ilse Varga meets the harbour council on Wednesday.', 'Mayor Ilse Varga will meet the harbour council on Wednesday.');
  // The done sentence also tells the expectation: it states the other's claim too.
  none('Dalvenian exports rose 3 percent and are expected to rise further in the third quarter.', 'Dalvenian exports are expected to rise further in the third quarter.');
  // An implicative ("managed to") entails its act; "more than expected" governs nothing.
  none('The Velmora ferry company managed to cut 400 jobs at the Halvar terminal.', 'The Velmora ferry company cut 400 jobs at the Halvar terminal.');
  none('Dalvenian exports rose more than expected in the second quarter.', 'Dalvenian exports rose 3 percent in the second quarter.');
  // "would" after a past verb of announcing: the reported decision, which a later report tells
  // as done.
  none('The harbour board announced that Tomas Kovac would be suspended from the port for two years.', 'The harbour board has suspended Tomas Kovac from the port for two years.');
  // "would" with an adverb of hindsight is a narrative's future in the past: the act happened.
  none('Tomas Kovac would eventually win the Halvar harbour race in 1998.', 'Tomas Kovac won the Halvar harbour race in 1998.');
  // So too with the reporting clause after it (", the harbour board said"; ", according to …").
  none('Tomas Kovac would be suspended from the port for two years, the harbour board said on Friday.', 'The harbour board has suspended Tomas Kovac from the port for two years.');
  none('Tomas Kovac would be suspended from the port for two years, according to the harbour board.', 'The harbour board suspended Tomas Kovac from the port for two years.');
  // "to" before a place opens no ordered act.
  none('Firefighters were called in and took the injured to Halvar General Hospital.', 'Firefighters took the injured to Halvar General Hospital.');
  // A verb read as the main act under an earlier marker of its clause is no done act.
  none('The harbour board announced new steps it will take to try to get more ferry crews vaccinated.', 'The harbour board will require all ferry crews to be vaccinated.');
  // A hedged outcome ("reportedly") is someone's word on the act, not the act told as done.
  none('The two ministers reportedly discussed the future of the Halvar ferry terminal.', 'The ministry said the future of the Halvar ferry terminal is set to be discussed.');
  // A denied ability in a report of the past tells that the act did not happen.
  none('Tomas Kovac told the court he could not understand why he was charged.', 'Tomas Kovac told the court that he did not understand how he was charged.');
  // "'d" before "been" is "had"; a verb of an embedded question is no main act.
  none("He'd been dropped off at the Halvar pier and was walking to the terminal when he fell.", 'The ferry captain had been dropped off at the Halvar pier and was walking to the terminal when he fell.');
  none('Anyone with information about the Halvar fire is asked to call Sgt. Piet Varga.', 'Halvar police ask anyone with information about how the fire started to call Sgt. Piet Varga.');
  // Another act under the marker ("will appear" / "was arrested"): not the act told as done.
  none('Tomas Kovac, who was arrested on Monday, will appear in court in Halvar on Friday.', 'Tomas Kovac was arrested on Monday in Halvar.');
});
