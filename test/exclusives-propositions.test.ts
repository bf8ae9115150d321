/**
 * Exclusives told in other words with no figure or rare phrase in common (issue #12), on invented
 * text: the main clause read as who did what to whom (propositions.ts) — the same agent, an
 * equivalent act and the same object make one report; the same actor doing something else, or a
 * related act on a related object resting on word vectors alone, does not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { propositionsOf, sameProposition } from '../src/compare/words/propositions.js';
import { readAct } from '../src/compare/words/predicates.js';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';

const NEAR = 0.5;

function art(id: string, outlet: string, text: string): Article {
  return { id, file: `${id}.txt`, outlet, url: null, title: null, published: '2026-05-08', authors: [], agencies: [], text, removed: [] } as unknown as Article;
}

const one = (a: string, b: string, antA: string[] = [], antB: string[] = []): boolean =>
  propositionsOf(a).some((p) => !p.relative && propositionsOf(b).some((q) => sameProposition(p, q, NEAR, antA, antB)));

test('a clause opened after a comma does not make the verb before it a reduced relative', () => {
  const r = readAct('Ostrava, 52, pleaded guilty on May 3 to one count of bribery of a port official, as the court was told.');
  assert.deepEqual(r.main.map((p) => p.lemma), ['plead']);
  const [p] = propositionsOf('Ostrava, 52, pleaded guilty on May 3 to one count of bribery of a port official, as the court was told.');
  assert.equal(p.agent?.head, 'ostrava');
  assert.equal(p.patient?.head, 'guilty');
});

test('the same agent, an equivalent act and the same object are one proposition', () => {
  // A synonym of the act (WordNet: ban / prohibit), the object's head, the agent's head.
  assert.ok(one('The ordinance, signed by Mayor Lisa Brandt in March, prohibits fireworks once the dry season begins.', 'A new Kelmar ordinance that effectively bans fireworks drew protests from vendors.'));
  // A pronoun agent stands for the name of the sentence before.
  assert.ok(one('Ostrava, 52, pleaded guilty on May 3 to one count of bribery.', 'He pleaded guilty last month to bribing a port official.', [], ['pavel', 'ostrava']));
  // An agentless passive: the patient and the act.
  assert.ok(one('Tomas Verhoef, a friend of the former mayor, was arrested in Lyon on Tuesday morning.', 'Tomas Verhoef, who ran the mayor’s campaign fund, was arrested and charged Tuesday.'));
});

test('sentences sharing only the actor or the topic are not one proposition', () => {
  // The same actor, another act and another object.
  assert.ok(!one('Governor Brandt signed the budget on Friday.', 'Governor Brandt criticised the budget on Friday.'));
  // Another agent doing the same act to the same object.
  assert.ok(!one('Speaker Nadia Voss vetoed the nominees on Wednesday.', 'Councillor Hal Brenner vetoed the nominees on Wednesday.'));
  // A related act on a related object, both by word vectors only ("defend" / "oppose",
  // "decision" / "bill").
  assert.ok(!one('Senator Ivo Kral on Sunday defended his decision to vote against the transit bill.', 'Senator Ivo Kral on Sunday said he would oppose the transit bill.'));
  // Two counts of the patient are two sets, and a counted set is not a generic plural.
  assert.ok(!one('Sixteen bodies have been recovered from the lake since the storm.', 'At least two bodies have been recovered so far.'));
  assert.ok(!one('Six pupils in Dornfeld were suspended for two days in March.', 'They have suspended pupils caught making threats.'));
});

test('a reworded report with no shared figure is not an exclusive', () => {
  const { dossier: d } = buildDossier([
    art('t1', 'North Post', 'A port official was charged with bribery in the harbour contract case. Pavel Ostrava, 52, pleaded guilty on Tuesday to one count of bribery of a customs inspector, as the harbour inquiry widened. The inquiry began after a tip from a dock worker.'),
    art('t2', 'Coast Daily', 'The harbour contract case claimed its first conviction. Pavel Ostrava was the port’s deputy director until March. He pleaded guilty last week to bribing an inspector to wave through unlicensed cargo.'),
    art('t3', 'Strait Herald', 'Fuel prices in the coastal provinces rose for a fifth month. Fishing unions called for a strike in June.'),
  ]);
  const text = (id: string) => d.articles.find((a) => a.id === id)!.text;
  const fact = d.facts.find((f) => f.sentences.some((s) => s.article === 't1' && text('t1').slice(s.start, s.end).includes('pleaded guilty')));
  assert.ok(fact, 'the plea is a fact');
  assert.ok(!d.coverage.exclusives.some((e) => e.facts.includes(fact.id)), 'Coast Daily reports the plea in other words');
  // What only North Post says stays its exclusive.
  const tip = d.facts.find((f) => f.sentences.some((s) => s.article === 't1' && text('t1').slice(s.start, s.end).includes('tip from a dock worker')));
  assert.ok(tip && d.coverage.exclusives.some((e) => e.article === 't1' && e.facts.includes(tip.id)), 'no other outlet mentions the tip');
});
