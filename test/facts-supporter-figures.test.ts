// What a supporting sentence must give for a shared fact to cite it (src/compare/facts/supporters.ts):
// the shown sentence's measured amount. A sentence that gives no figure passed every value test
// (nothing to compare), though the fact shown is the figure. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { oneClaimFacts } from '../src/compare/facts/one-claim.js';
import { claimFigures, lacksFigure } from '../src/compare/facts/supporters.js';

// A fact of two sentences of two articles, the first shown (the more central).
function gate(a: string, b: string): FactCluster[] {
  const x: FactSentence = { idx: 0, article: 'a1', articleIndex: 0, start: 0, end: a.length, text: a };
  const y: FactSentence = { idx: 1, article: 'a2', articleIndex: 1, start: 0, end: b.length, text: b };
  const sentences = [x, y];
  const aff = new Affinity(sentences.map((s) => s.text));
  const entail = new Entailment(sentences.map((s) => s.text), aff.ctx);
  return oneClaimFacts([{ members: [x, y], also: [], centrality: [1, 0.5], origin: null, aligned: null }], sentences, [], { aff, entail, acts: sentences.map((s) => readAct(s.text)), near: 0.5 });
}

const lacks = (a: string, b: string): boolean => lacksFigure(claimFigures(a), claimFigures(b));

test('a shown amount the cited sentence does not give: the fact splits', () => {
  const shown = 'The ministry said a total of 4,260 trawlers lost their fishing licences in the Korvel Sea last season.';
  const cited = 'Trawlers losing fishing licences in the Korvel Sea became rarer last season, ministry figures show.';
  assert.ok(lacks(shown, cited));
  // The amount is never shown citing the sentence that lacks it: the fact splits, or shows the
  // sentence without the amount (which the other states, with a detail of its own).
  for (const f of gate(shown, cited)) {
    const top = f.members[f.centrality.indexOf(Math.max(...f.centrality))];
    assert.ok(!(top.text === shown && f.members.length > 1), 'the amount shown citing a sentence that does not give it');
  }
});

test('the same amount in other words, or one of two amounts, is given', () => {
  const shown = 'The ministry said a total of 4,260 trawlers lost their fishing licences in the Korvel Sea last season.';
  assert.ok(!lacks(shown, 'Some 4,260 trawlers had their fishing licences revoked in the Korvel Sea last season, the ministry said.'));
  const kept = gate(shown, 'Some 4,260 trawlers had their fishing licences revoked in the Korvel Sea last season, ministry figures show.');
  assert.equal(kept.length, 1);
  assert.equal(kept[0].members[kept[0].centrality.indexOf(Math.max(...kept[0].centrality))].text, shown);
  // The rate and not the forecast it beat: a detail left out.
  assert.ok(!lacks('The jobless rate in Velmora fell to 5.8% from 6.1%, better than the forecast of 5.9%.', 'The jobless rate in Velmora had fallen to 5.8% from 6.1%.'));
  // Another unit of measure may be the same value converted (not read).
  assert.ok(!lacks('Dace Orrin was sentenced to 22 1/2 years in prison.', 'Dace Orrin received a 270-month prison sentence.'));
});

test('ages and days of the month are no amounts of the claim', () => {
  assert.ok(!lacks('Rosa Tellan, 45, was named fire chief of Dalvik on March 3.', 'Rosa Tellan was named fire chief of Dalvik.'));
  assert.ok(!lacks('Pell, an 18-year-old student, was stabbed in Eltham on Jan. 6.', 'Pell, a student, was stabbed in Eltham.'));
  // A shown sentence with no amount asks for none.
  assert.ok(!lacks('The harbour fund was closed by the council.', 'The council closed the harbour fund.'));
});

test('money scales written as letters, and numbers of names, addresses and clock times', () => {
  // "$1.5m" is "$1.5 million": the cited sentence gives the amount.
  const cost = 'The council of Dalvik will spend $1.5 million on the new harbour bridge.';
  assert.ok(!lacks(cost, 'Dalvik council is to spend $1.5m on a new harbour bridge.'));
  assert.ok(!lacks(cost, 'Dalvik council is to spend £1.5M on a new harbour bridge.'));
  assert.ok(!lacks(cost, 'Dalvik council is to spend 1.5 mln on a new harbour bridge.'));
  assert.ok(!lacks('The Dalvik fund raised $300,000 for the bridge.', 'The Dalvik fund raised $300k for the bridge.'));
  // Another amount is still another amount.
  assert.ok(lacks(cost, 'Dalvik council is to spend $2.5m on a new harbour bridge.'));
  // A number in a name or an address, a clock time, an age in brackets or after "aged".
  assert.ok(!lacks('Ostra Airways Flight 417 crashed near Dalvik on Sunday.', 'An Ostra Airways jet crashed near Dalvik on Sunday.'));
  assert.ok(!lacks('The fire broke out at 3 a.m. at 1200 Harbour Road in Dalvik.', 'The fire broke out overnight on Harbour Road in Dalvik.'));
  assert.ok(!lacks('Police in Dalvik arrested Orrin (45) and a man aged 61.', 'Police in Dalvik arrested Orrin and another man.'));
  // A capitalised word opening the sentence is no name's: "Some 1200" counts.
  assert.ok(lacks('Some 1200 workers lost their jobs at the Dalvik yard.', 'Workers lost their jobs at the Dalvik yard.'));
  assert.ok(!lacks('Some 1200 workers lost their jobs at the Dalvik yard.', 'About 1,200 workers lost their jobs at the Dalvik yard.'));
});
