/**
 * Contradictions kept out of one consensus fact, and the opposite-act table's stems (issue #12,
 * branch consensus). Invented articles and sentences, real annotator.
 *
 * - Two count lists of one inventory with other values ("two rifles and a shotgun" / "two
 *   shotguns and a rifle") were one shared fact: "two" counted both nouns and "a shotgun" was no
 *   figure, so the one-claim gate saw one value (figures.ts coordinatedOnes, countsDiffer).
 * - A negative implicative verb denies its complement ("has declined to follow suit"), so a
 *   sentence telling that act undenied ("hoped other ports would follow the example") is another
 *   claim where it joins a fact as a sentence reporting two things (one-claim.ts
 *   implicativeClash, alsoStates).
 * - The opposite-act table is looked up by Porter stem: "summerize" / "winterize" made the stems
 *   "summer" / "winter" opposite acts (bench/build-opposite-acts.ts STEM_SHARE).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildDossier } from '../src/compare/dossier.js';
import type { Article } from '../src/core/schema.js';
import { figuresDiffer, figuresOf } from '../src/compare/facts/figures.js';
import { oppositeAct, readAct } from '../src/compare/words/predicates.js';
import { implicativeClash, oneClaimFacts } from '../src/compare/facts/one-claim.js';
import { Affinity } from '../src/compare/match/affinity.js';
import { Entailment } from '../src/compare/match/entail.js';
import type { FactCluster, FactSentence } from '../src/compare/facts/facts.js';
import { OPPOSITE_ACT_STEMS } from '../src/compare/words/opposite-act-data.js';

function art(id: string, outlet: string, text: string): Article {
  return { id, text, outlet, language: null, published: '2026-03-04', file: null, url: null, title: null, authors: [], agencies: [], removed: [] } as unknown as Article;
}

const RIFLES = 'Deputies found two rifles and a shotgun in the trunk of the Velmora pharmacist\'s car on Monday, the county sheriff said.';
const SHOTGUNS = 'Deputies found two shotguns and a rifle in the trunk of the Velmora pharmacist\'s car on Monday, the county sheriff said.';

test('two count lists of one inventory with other values differ', () => {
  assert.ok(figuresDiffer(figuresOf(RIFLES), figuresOf(SHOTGUNS)));
  assert.ok(figuresDiffer(figuresOf('Police seized a pistol and three rifles.'), figuresOf('Police seized three pistols and a rifle.')));
  // The same inventory in another order or other words is one value.
  assert.ok(!figuresDiffer(figuresOf(RIFLES), figuresOf('Officers recovered a shotgun and two rifles from the car, the sheriff said.')));
  assert.ok(!figuresDiffer(figuresOf(RIFLES), figuresOf('Deputies found the guns in the trunk of the car.')));
  // A plain count still compares as before.
  assert.ok(figuresDiffer(figuresOf('Deputies found two rifles in the car.'), figuresOf('Deputies found three rifles in the car.')));
});

test('"two rifles and a shotgun" and "two shotguns and a rifle" are not one shared fact', () => {
  const { dossier: d } = buildDossier([
    art('a', 'Courier', `${RIFLES} The pharmacist was held overnight at the county jail.`),
    art('b', 'Ledger', `${SHOTGUNS} A hearing is set for next week, the prosecutor said.`),
  ]);
  const both = d.facts.filter((f) => f.support.length > 1);
  assert.ok(!both.some((f) => /rifle|shotgun/.test(f.text)), 'two inventories cited as one fact');
});

test('stems that mostly name another word are no opposite acts; outcomes still are', () => {
  const lines = new Map(OPPOSITE_ACT_STEMS.split('\n').map((l) => [l.slice(0, l.indexOf(' ')), l.split(' ').slice(1)]));
  assert.ok(!lines.get('summer')?.includes('winter'), '"summerize" / "winterize" are not "summer" / "winter"');
  assert.ok(!lines.has('organ'), '"organ" is the stem of "organization", not "organize"');
  assert.ok(lines.get('approv')?.includes('reject'));
  assert.ok(lines.get('acquit')?.includes('convict'));
  assert.ok(!oppositeAct(readAct('The Kovac family summered in Velmora, neighbours said.'), readAct('The Kovac family wintered in Velmora, neighbours said.'), 0.5));
  assert.ok(oppositeAct(readAct('The jury acquitted the harbour pilot on Friday.'), readAct('The jury convicted the harbour pilot on Friday.'), 0.5));
});

test('an act a negative implicative denies is another claim than the act told', () => {
  const DECLINED = 'But Brannik, traditionally far more concerned about port revenue, has declined to follow suit.';
  const HOPED = 'He said he hoped other ports on the coast _ such as Sarn, Ostrava and Brannik _ would follow the Velmora example.';
  assert.ok(implicativeClash(DECLINED, HOPED));
  assert.ok(implicativeClash('The Velmora senate failed to pass the harbour bill on Tuesday.', 'The Velmora senate passed the harbour bill on Tuesday.'));
  // Both denying is one claim; an implicative's other senses are not read as one.
  assert.ok(!implicativeClash('The mayor refused to comment on the report.', 'The mayor did not comment on the report.'));
  assert.ok(!implicativeClash('Harbour fees declined to their lowest level in a decade.', 'Harbour fees fell to their lowest level in a decade.'));
  // In the gate: the sentence reporting two things is no longer cited with the fact.
  const texts = [DECLINED, 'Brannik, far more concerned about its revenue, has declined to follow suit, officials said.', HOPED];
  const sentences: FactSentence[] = texts.map((text, i) => ({ idx: i, article: `a${i + 1}`, articleIndex: i, start: 0, end: text.length, text }) as unknown as FactSentence);
  const aff = new Affinity(texts);
  const entail = new Entailment(texts, aff.ctx);
  const fact = { members: sentences.slice(0, 2), also: [sentences[2]], centrality: [1, 0.9], origin: null, aligned: null } as unknown as FactCluster;
  const out = oneClaimFacts([fact], sentences, [], { aff, entail, acts: texts.map((t) => readAct(t)), near: 0.5 });
  assert.equal(out.length, 1);
  assert.deepEqual(out[0].also.map((x) => x.idx), [], 'the hope that Brannik would follow is not cited for "declined to follow"');
});
