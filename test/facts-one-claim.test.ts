// The one-claim gate (src/compare/facts/one-claim.ts): two sentences aligned as one fact must
// state one claim. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { oneClaimFacts } from '../src/compare/facts/one-claim.js';

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
  const related: Array<[number, number]> = [];
  const out = oneClaimFacts(facts, sentences, related, { aff, entail, acts: sentences.map((s) => readAct(s.text)), near: 0.5 });
  // Every split fact stays related to the one it came from, and remembers it (aligned).
  for (const f of out) if (f.members.length === 1) assert.equal(f.aligned, f.members[0].idx - (f.members[0].idx % 2));
  return out;
}

test('a demand and its refusal are two claims, not one fact', () => {
  const out = gate([
    ['The Pereira family has called for Commissioner Dalby to resign.', 'Commissioner Dalby admitted on Thursday that the report had brought shame on his force and promised sweeping changes to recruitment, but he refused to resign.'],
  ]);
  assert.equal(out.length, 2);
  assert.ok(out.every((f) => f.members.length === 1));
});

test('one claim in other words stays one fact', () => {
  const out = gate([
    ['The Harlow council approved the new harbour budget on Tuesday after a long debate.', 'On Tuesday the Harlow council approved the new harbour budget.'],
  ]);
  assert.equal(out.length, 1);
  assert.equal(out[0].members.length, 2);
});
