// The one-claim gate's hub (src/compare/facts/one-claim.ts settle): the sentence a fact shows
// states one claim with every sentence it cites, so a sentence that joined through a third
// outlet's sentence (A~B, B~C, A not C) is not cited for A's words. And a sentence that reports
// the fact inside another statement (facts.ts `also`) is cited only when it can be one claim with
// the sentence shown. Invented sentences.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import { readAct } from '../src/compare/words/predicates.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { oneClaimFacts } from '../src/compare/facts/one-claim.js';

function run(texts: string[], also: string[] = []): { out: FactCluster[]; sentences: FactSentence[] } {
  const all = [...texts, ...also];
  const sentences: FactSentence[] = all.map((t, i) => ({ idx: i, article: `a${i + 1}`, articleIndex: i, start: 0, end: t.length, text: t }));
  const aff = new Affinity(sentences.map((s) => s.text));
  const entail = new Entailment(sentences.map((s) => s.text), aff.ctx);
  const fact: FactCluster = {
    members: sentences.slice(0, texts.length),
    also: sentences.slice(texts.length),
    // The first sentence is the most central: the one shown before the gate.
    centrality: texts.map((_, i) => 1 - i / 10),
    origin: null,
    aligned: null,
  };
  return { out: oneClaimFacts([fact], sentences, [], { aff, entail, acts: sentences.map((s) => readAct(s.text)), near: 0.5 }), sentences };
}

const shown = (f: FactCluster): string => f.members[f.centrality.indexOf(Math.max(...f.centrality))].article;
const cited = (f: FactCluster): string[] => [...f.members, ...f.also].map((m) => m.article);

test('a sentence that joined through another is not cited for the shown sentence', () => {
  // Commission ~ both bodies ~ council, but the commission's approval is not the council's.
  const { out } = run([
    'The harbour commission approved the Marlow bridge plan on Monday, ending a year of debate over tolls.',
    'The harbour commission and the town council on Monday backed the plan for the Marlow bridge.',
    'The town council approved the Marlow bridge plan on Monday after residents packed the hall.',
  ]);
  // The sentence shown states one claim with each sentence cited: the commission's approval is
  // never shown citing the council's, nor the other way round (the sentence naming both bodies
  // may stand for both).
  for (const f of out) {
    const s = shown(f);
    const other = s === 'a1' ? 'a3' : s === 'a3' ? 'a1' : null;
    assert.ok(!other || !cited(f).includes(other), `${s} shown citing ${other}: ${out.map((g) => `${shown(g)}: ${cited(g).join('+')}`).join(' | ')}`);
  }
});

test('a fact whose shown sentence states every cited one keeps its shown sentence', () => {
  const { out } = run([
    'The town council approved the Marlow bridge plan on Monday.',
    'On Monday the town council approved the plan for the Marlow bridge.',
    'The Marlow bridge plan was approved by the town council on Monday, ending a year of debate.',
  ]);
  assert.equal(out.length, 1);
  assert.equal(shown(out[0]), 'a1');
});

test('a sentence reporting the fact inside another statement is not cited with another value', () => {
  const { out } = run(
    ['The Varga flat could now rent for $1,000 a month once it is repaired, its owner said.', 'Once repaired, the Varga flat could rent for $1,000 a month, the owner said.'],
    ['"It is hard for those of us who work here," said the tenant, who paid $350 a month for the Varga flat.'],
  );
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].also, []);
});
